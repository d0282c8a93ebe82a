"""Quality floors on the team's dev set of 32 short articles (``tests/gold/times_dev``),
scored by ``scripts/eval_times.py``. The floors sit a little under what was measured, so
they can only go up on purpose."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

SCRIPT = Path(__file__).resolve().parent.parent / "scripts" / "eval_times.py"
FLOORS = {"exact_f1": 0.96, "overlap_f1": 0.97, "value_acc_found": 0.98, "value_acc_all": 0.95}


@pytest.fixture(scope="module")
def report() -> dict[str, float]:
    spec = importlib.util.spec_from_file_location("eval_times", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    sys.modules["eval_times"] = module  # dataclasses look their module up there
    spec.loader.exec_module(module)  # type: ignore[union-attr]
    articles, score = module.evaluate()
    assert articles >= 30 and score.gold >= 120
    return score.report()


@pytest.mark.parametrize("measure", sorted(FLOORS))
def test_dev_set_floor(report: dict[str, float], measure: str) -> None:
    assert report[measure] >= FLOORS[measure], f"{measure} {report[measure]:.3f} < {FLOORS[measure]}"
