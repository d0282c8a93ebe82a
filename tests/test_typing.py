"""The package type-checks: mypy over ``marsad/`` (settings in pyproject.toml) reports nothing."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def test_mypy_finds_no_problem_in_the_package() -> None:
    pytest.importorskip("mypy", reason="mypy comes with the `test` extra")
    done = subprocess.run([sys.executable, "-m", "mypy", "--no-error-summary"], cwd=ROOT,
                          capture_output=True, text=True, timeout=600)
    problems = [line for line in done.stdout.splitlines() if ": error:" in line]
    assert done.returncode == 0 and not problems, "\n".join(problems[:20]) or done.stderr
