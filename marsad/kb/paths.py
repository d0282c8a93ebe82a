"""Where the KB's files live."""

from __future__ import annotations

import os
from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent
#: The artefact's file name, in the shipped data folder or in ``$MARSAD_DATA``.
ARTEFACT_NAME = "kb.sqlite"
#: The shipped artefact (and where ``marsad kb build`` writes by default).
ARTEFACT = PACKAGE_DIR / "data" / ARTEFACT_NAME
ACTORS_DIR = PACKAGE_DIR / "actors"
#: ``../shared/data`` beside the checkout: the build's sources (not committed).
DEFAULT_SHARED = PACKAGE_DIR.parent.parent.parent / "shared" / "data"
#: The one setting that points at large data kept outside the package.
DATA_ENV = "MARSAD_DATA"


class DataPathError(FileNotFoundError):
    """``$MARSAD_DATA`` names a folder without the file asked for."""


def artefact() -> Path:
    """The artefact to read: ``$MARSAD_DATA/kb.sqlite`` when the setting is made, else the
    shipped file."""
    folder = os.environ.get(DATA_ENV, "").strip()
    if not folder:
        return ARTEFACT
    path = Path(folder).expanduser() / ARTEFACT_NAME
    if not path.is_file():
        raise DataPathError(f"{DATA_ENV}={folder} holds no {ARTEFACT_NAME} "
                            f"(build one with `marsad kb build --out {path}`, or unset {DATA_ENV})")
    return path
