"""Shared fixtures. ``shared_dir`` is ../shared beside the checkout (absent on some machines:
tests that need it skip with a reason)."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    if not SHARED.is_dir():
        pytest.skip("../shared is not beside this checkout")
    return SHARED


@pytest.fixture(scope="session")
def sample_path(shared_dir: Path) -> Path:
    path = shared_dir / "samples" / "homs-denial-2024-12-06.txt"
    if not path.is_file():
        pytest.skip("the shared sample article is missing")
    return path
