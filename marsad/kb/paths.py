"""Where the KB's files live."""

from __future__ import annotations

from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent
ARTEFACT = PACKAGE_DIR / "data" / "kb.sqlite"
ACTORS_DIR = PACKAGE_DIR / "actors"
#: ``../shared/data`` beside the checkout: the build's sources (not committed).
DEFAULT_SHARED = PACKAGE_DIR.parent.parent.parent / "shared" / "data"
