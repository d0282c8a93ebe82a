"""The gold set of event articles (``tests/gold/events/``): every file is well formed, and
the scores on it stay above the pinned floors (raise a floor on purpose, never lower it).

Measured with ``.venv/bin/python scripts/eval_events.py`` (oracle upstream layers)."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from gold.events.oracle import article_from_gold, gold_files, load_gold
from marsad.eventcoding.lexicon import FACTUALITY_RANK, TYPES

ROOT = Path(__file__).resolve().parent.parent
FILES = gold_files()

#: Floors a little under what was measured (oracle upstream layers). Development set measured:
#: type P 1.000 R 0.946; actor P 0.982 R 0.947; target P 1.000 R 0.826; place P 1.000 R 0.939;
#: factuality 1.000. Held-out set: type P 1.000 R 0.929; actor P 1.000 R 0.929; target P 1.000
#: R 0.692; place P 0.875 R 0.824; factuality 1.000. Round 3: type R 0.964 on both sets
#: (recall floors raised). Round 4: held-out type R 1.000 (oracle and pipeline; floor raised
#: to 0.96). Constructions round: development type R 0.982 (oracle and pipeline; floor 0.96).
#: Round 21: a seized or stormed town is the place only, as the blind sets label it (six
#: development and args_dev labels moved from target to place); development target P 0.944,
#: floor 0.95 → 0.94 on purpose.
FLOORS = {
    "": {("type", "precision"): 0.97, ("type", "recall"): 0.96,
         ("actor", "precision"): 0.95, ("actor", "recall"): 0.92,
         ("target", "precision"): 0.94, ("target", "recall"): 0.78,
         ("place", "precision"): 0.95, ("place", "recall"): 0.90},
    "heldout": {("type", "precision"): 0.95, ("type", "recall"): 0.96,
                ("actor", "precision"): 0.95, ("actor", "recall"): 0.89,
                ("target", "precision"): 0.95, ("target", "recall"): 0.65,
                ("place", "precision"): 0.85, ("place", "recall"): 0.78},
}
FACTUALITY_FLOOR = 0.95


def _script():
    spec = importlib.util.spec_from_file_location("eval_events", ROOT / "scripts" / "eval_events.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _evaluate(part: str):
    return _script().evaluate(heldout=part == "heldout")


def test_any_folder_of_gold_files_can_be_scored():
    script = _script()
    folder = ROOT / "tests" / "gold" / "events" / "heldout"
    assert script.evaluate(gold_dir=folder) == script.evaluate(heldout=True)
    with pytest.raises(SystemExit, match="no gold"):
        script.evaluate(gold_dir=ROOT / "tests" / "gold" / "events" / "no-such-folder")


def test_several_gold_folders_are_scored_pooled():
    script = _script()
    events = ROOT / "tests" / "gold" / "events"
    one, two = (script.evaluate(gold_dir=events / name) for name in ("heldout", "args_dev"))
    both = script.evaluate(gold_dir=[events / "heldout", events / "args_dev"])
    for count in ("articles", "gold", "predicted", "matched"):
        assert both[count] == one[count] + two[count]
    assert both["type"]["precision"] == both["matched"] / both["predicted"]
    actor = both["arguments"]["actor"]
    assert actor["gold"] == one["arguments"]["actor"]["gold"] + two["arguments"]["actor"]["gold"]


def test_the_gold_set_has_at_least_forty_articles():
    assert len(FILES) >= 40


@pytest.mark.parametrize("path", FILES + gold_files("heldout") + gold_files("dev2"),
                         ids=lambda p: p.stem)
def test_each_gold_event_names_strings_that_are_in_its_article(path: Path):
    gold = load_gold(path)
    article = article_from_gold(gold)  # places entities, statements and times, or raises
    text = article.text
    for event in gold["events"]:
        assert event["type"] in TYPES
        assert event.get("factuality", "asserted") in FACTUALITY_RANK
        assert event["trigger"] in text
        for name in (event.get("actors") or []) + (event.get("targets") or []):
            assert name in text, name
        assert event.get("place") is None or event["place"] in text


@pytest.mark.parametrize("part", ["", "heldout"], ids=["development", "heldout"])
def test_scores_on_the_gold_set_stay_above_the_floors(part: str):
    result = _evaluate(part)
    scores = {("type", k): v for k, v in result["type"].items()}
    for name in ("actor", "target", "place"):
        for key in ("precision", "recall"):
            scores[(name, key)] = result["arguments"][name][key]
    below = {k: round(scores[k], 3) for k, floor in FLOORS[part].items() if scores[k] < floor}
    assert not below, below
    assert result["factuality_accuracy"] >= FACTUALITY_FLOOR
