"""The misses tracer (``scripts/trace_events.py``) tells how far each missed gold label got: a
word no trigger row reads, a row a guard turned away, a candidate dropped for want of its
arguments. An article of our own, labelled on purpose with one event of each kind."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parent.parent
_spec = importlib.util.spec_from_file_location("trace_events", ROOT / "scripts" / "trace_events.py")
assert _spec and _spec.loader
tracer = importlib.util.module_from_spec(_spec)
sys.modules["trace_events"] = tracer
_spec.loader.exec_module(tracer)

TEXT = ("بغداد - خاص:\nقصفت طائرات حربية مواقع لمسلحين قرب الموصل صباح اليوم. "
        "وتبختر الوفد في أروقة الفندق قبل الظهر. وقع الحادث قرب الجسر. "
        "وعززت مواقعها بعد الظهر.")
EVENTS = [
    {"type": "ASSAULT", "trigger": "قصفت", "factuality": "asserted"},  # coded: not a miss
    {"type": "CONSULT", "trigger": "وتبختر", "factuality": "asserted"},  # no row reads it
    {"type": "AGREE", "trigger": "وقع", "factuality": "asserted"},  # «وقع الحادث»: guarded
    {"type": "MOBILIZE", "trigger": "وعززت", "factuality": "asserted"},  # nobody reinforces
]


@pytest.fixture(scope="module")
def traced(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    folder = tmp_path_factory.mktemp("gold")
    (folder / "x01_baghdad.yaml").write_text(yaml.safe_dump(
        {"published": "2024-05-01", "text": TEXT, "events": EVENTS}, allow_unicode=True),
        encoding="utf-8")
    return {event["trigger"]: stage for _, event, stage, _ in tracer.trace_folder(folder)}


def test_a_coded_event_is_no_miss(traced: dict[str, str]) -> None:
    assert "قصفت" not in traced


@pytest.mark.parametrize("trigger,stage", [
    ("وتبختر", "no hit"),  # a lexicon gap
    ("وقع", "hit, no candidate"),  # the row matched; the homograph guard turned it away
    ("وعززت", "candidate, no evidence"),  # made, dropped: no one named as reinforcing
])
def test_each_miss_is_told_how_far_it_got(traced: dict[str, str], trigger: str,
                                          stage: str) -> None:
    assert traced[trigger] == stage


def test_the_summary_counts_every_miss(tmp_path: Path,
                                       capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "x01.yaml").write_text(yaml.safe_dump(
        {"published": "2024-05-01", "text": TEXT, "events": EVENTS}, allow_unicode=True),
        encoding="utf-8")
    assert tracer.main([str(tmp_path), "--summary"]) == 0
    assert capsys.readouterr().out.strip() == ("3 missed: no hit 1, hit, no candidate 1, "
                                               "candidate, no evidence 1, candidate, lost later 0")


def test_a_miss_is_told_at_the_word_coded_with_another_type(tmp_path: Path) -> None:
    """Round 30 (S3): two labels of one type in a sentence, one coded at its word, the other
    coded with another type: the scorer's nearest match gives the coded event to the first
    label; the tracer tells the miss at the word that got another type, not at the one coded."""
    text = ("بغداد - خاص:\nاقتحمت قوة من الشرطة صباح اليوم مقر جمعية أهلية في الحي القديم "
            "واعتقلت أربعة من العاملين فيها.")
    events = [{"type": "COERCE", "trigger": "اقتحمت", "factuality": "asserted"},
              {"type": "COERCE", "trigger": "واعتقلت", "factuality": "asserted"}]
    (tmp_path / "x02.yaml").write_text(yaml.safe_dump(
        {"published": "2024-05-01", "text": text, "events": events}, allow_unicode=True),
        encoding="utf-8")
    traced = tracer.trace_folder(tmp_path)
    assert [(event["trigger"], stage) for _, event, stage, _ in traced] \
        == [("اقتحمت", "candidate, lost later")]
