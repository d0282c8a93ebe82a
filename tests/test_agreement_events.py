"""Two people's labels of the same article, compared as the events scorer compares (same type,
same sentence, one to one): the agreement script's arithmetic on an article of our own."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parent.parent
_spec = importlib.util.spec_from_file_location("agreement_events",
                                               ROOT / "scripts" / "agreement_events.py")
assert _spec and _spec.loader
agreement = importlib.util.module_from_spec(_spec)
sys.modules["agreement_events"] = agreement  # dataclasses look their module up
_spec.loader.exec_module(agreement)

TEXT = ("بغداد - خاص:\nقصفت طائرات حربية مواقع لمسلحين قرب الموصل صباح اليوم. "
        "واعتقلت الشرطة عشرة أشخاص في حي الكرادة. وطالب المحتجون الحكومة بتحسين الخدمات.")


def _write(folder: Path, name: str, data: dict) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / name).write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")


@pytest.fixture()
def folders(tmp_path: Path) -> tuple[Path, Path]:
    first, second = tmp_path / "first", tmp_path / "second"
    _write(first, "x01_baghdad.yaml", {"published": "2024-05-01", "text": TEXT, "events": [
        {"type": "ASSAULT", "trigger": "قصفت", "factuality": "asserted"},
        {"type": "COERCE", "trigger": "واعتقلت", "factuality": "asserted"},
        {"type": "REQUEST", "trigger": "وطالب", "factuality": "asserted"}]})
    # the second person agrees on the shelling, calls the arrests reported, reads the demand
    # as a protest and adds nothing else
    _write(second, "x01.yaml", {"events": [
        {"type": "ASSAULT", "trigger": "قصفت", "factuality": "asserted"},
        {"type": "COERCE", "trigger": "واعتقلت", "factuality": "reported"},
        {"type": "PROTEST", "trigger": "المحتجون", "factuality": "asserted"}]})
    return first, second


def test_the_second_labelling_is_scored_against_the_first(folders: tuple[Path, Path]) -> None:
    scores = agreement.compare(*folders)["second vs first"].scores()
    assert scores["precision"] == pytest.approx(2 / 3)
    assert scores["recall"] == pytest.approx(2 / 3)
    assert scores["factuality"] == pytest.approx(1 / 2)


def test_a_labelling_against_itself_agrees_fully(folders: tuple[Path, Path],
                                                 tmp_path: Path) -> None:
    first, _ = folders
    gold = yaml.safe_load((first / "x01_baghdad.yaml").read_text(encoding="utf-8"))
    _write(tmp_path / "same", "x01.yaml", {"events": gold["events"]})
    scores = agreement.compare(first, tmp_path / "same")["second vs first"].scores()
    assert scores == {"precision": 1.0, "recall": 1.0, "f1": 1.0, "factuality": 1.0}


def test_a_coded_event_either_person_labelled_counts_as_right_when_lenient(
        folders: tuple[Path, Path]) -> None:
    tallies = agreement.compare(*folders, system=True)
    lenient = tallies["coder vs either"]
    strict = tallies["coder vs first"]
    assert lenient.second == strict.second  # the coder's events, counted once each
    assert lenient.matched >= strict.matched


def test_a_missing_second_labelling_is_a_clear_error(folders: tuple[Path, Path],
                                                      tmp_path: Path) -> None:
    first, _ = folders
    with pytest.raises(SystemExit, match="no second labelling"):
        agreement.compare(first, tmp_path / "nowhere")


SECOND = ROOT / "tests" / "gold" / "events" / "agreement"


@pytest.mark.parametrize("path", sorted(SECOND.glob("*/*.yaml")),
                         ids=lambda p: p.parent.name + "/" + p.name)
def test_each_second_label_names_a_string_of_its_article(path: Path) -> None:
    first = ROOT / "tests" / "gold" / "events" / path.parent.name
    gold_path = next(first.glob(path.stem + "_*.yaml"))
    text = yaml.safe_load(gold_path.read_text(encoding="utf-8"))["text"]
    events = (yaml.safe_load(path.read_text(encoding="utf-8")) or {}).get("events") or []
    for event in events:
        assert event["trigger"] in text, event["trigger"]
        assert text.count(event["trigger"]) >= int(event.get("nth", 1)), event["trigger"]


def test_both_blind_sets_have_a_second_labelling_of_every_article() -> None:
    for name in ("blind14", "blind15"):
        gold = ROOT / "tests" / "gold" / "events" / name
        firsts = {p.name.split("_")[0] for p in gold.glob("*.yaml")}
        seconds = {p.stem for p in (SECOND / name).glob("*.yaml")}
        assert firsts == seconds and len(firsts) == 20, name
