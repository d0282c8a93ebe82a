"""Round 34 (U2), start-up: YAML parsed by libyaml, the event trigger table compiled with
less work. Both must load exactly what they loaded before."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

import marsad
import marsad.lexicons as lexicons
from marsad.arabic.normalise import folded
from marsad.eventcoding import lexicon as event_lexicon
from marsad.eventcoding.trig_classes import expand_rows
from marsad.eventcoding.trig_seats import case_variants
from marsad.lexicons import LexiconError, load_table, load_yaml

ROOT = Path(marsad.__file__).parent
YAML_FILES = sorted(ROOT.rglob("*.yaml"))


def _same(a: Any, b: Any, where: str = "") -> None:
    """Equal values of the same types all the way down, dict keys in the same order."""
    assert type(a) is type(b), f"{where}: {type(a).__name__} != {type(b).__name__}"
    if isinstance(a, dict):
        assert list(a) == list(b), where
        for key in a:
            _same(a[key], b[key], f"{where}/{key}")
    elif isinstance(a, list):
        assert len(a) == len(b), where
        for k, (x, y) in enumerate(zip(a, b)):
            _same(x, y, f"{where}[{k}]")
    else:
        assert a == b, where


def test_there_are_yaml_files() -> None:
    assert len(YAML_FILES) > 50


@pytest.mark.skipif(not hasattr(yaml, "CSafeLoader"), reason="PyYAML built without libyaml")
@pytest.mark.parametrize("path", YAML_FILES, ids=lambda p: str(p.relative_to(ROOT)))
def test_libyaml_loads_every_file_as_the_python_loader(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    _same(yaml.load(text, Loader=yaml.CSafeLoader), yaml.load(text, Loader=yaml.SafeLoader),
          path.name)


def test_load_yaml_is_the_python_loaders_value() -> None:
    for path in (ROOT / "lexicons").glob("*.yaml"):
        _same(load_yaml(path.name), yaml.safe_load(path.read_text(encoding="utf-8")), path.name)


def _broken(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fast: Any) -> str:
    path = tmp_path / "broken_round34_u2.yaml"
    path.write_text("words: [unclosed\nother: 1\n", encoding="utf-8")
    monkeypatch.setattr(lexicons, "lexicon_path", lambda name: path)
    monkeypatch.setattr(lexicons, "_FAST_LOADER", fast)
    load_yaml.cache_clear()
    try:
        with pytest.raises(LexiconError) as caught:
            load_yaml("broken_round34_u2.yaml")
    finally:
        load_yaml.cache_clear()
    return str(caught.value)


def test_invalid_yaml_is_told_in_the_python_parsers_words(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    fast = _broken(tmp_path, monkeypatch, getattr(yaml, "CSafeLoader", None))
    slow = _broken(tmp_path, monkeypatch, None)
    assert fast == slow
    assert fast.startswith("broken_round34_u2.yaml: invalid YAML: ")


# --- the trigger table: the round-33 way of compiling it, kept here as the reference ---


def _reference_surfaces(grammar: dict[str, Any]) -> dict[str, tuple[Any, ...]]:
    table: dict[str, list[Any]] = {}
    table_rows = expand_rows(load_table("event_triggers.tsv"),
                             load_yaml("event_object_classes.yaml"))
    rows = [(event_lexicon._trigger(row), row["form"].split()[0]) for row in table_rows]
    written = {(first, trigger.rest) for trigger, first in rows}
    triggers: dict[Any, Any] = {}
    interned: dict[tuple[int, str, bool], Any] = {}
    for trigger, first in rows:
        forms = list(dict.fromkeys(
            event_lexicon._verb_forms(first, grammar) if trigger.kind == "verb"
            else event_lexicon._first_word_forms(first, grammar)))
        for variant in case_variants(trigger, grammar):
            if variant is not trigger and (first, variant.rest) in written:
                continue
            variant = triggers.setdefault(variant, variant)
            for surface, tense, plural in forms:
                key = (id(variant), tense, plural)
                one = interned.get(key) or interned.setdefault(
                    key, event_lexicon.Surface(variant, tense, plural))
                table.setdefault(surface, []).append(one)
    order = {"phrase": 0, "verb": 1, "masdar": 2, "participle": 3}
    excluded = folded(grammar["not_triggers"])
    return {surface: tuple(sorted(found, key=lambda s: (order[s.trigger.kind],
                                                         -len(s.trigger.rest))))
            for surface, found in table.items() if surface not in excluded}


def _shape(table: dict[str, tuple[Any, ...]]) -> list[tuple[str, list[tuple[int, int, Any]]]]:
    """The table with each reading and trigger numbered by first appearance: equal shapes
    are equal tables that share their objects the same way."""
    readings: dict[int, int] = {}
    triggers: dict[int, int] = {}
    return [(surface, [(readings.setdefault(id(s), len(readings)),
                        triggers.setdefault(id(s.trigger), len(triggers)), s) for s in found])
            for surface, found in table.items()]


def test_trigger_table_is_the_reference_table() -> None:
    grammar = load_yaml("event_grammar.yaml")
    surfaces, triggers = event_lexicon._compiled_surfaces(grammar)
    reference = _reference_surfaces(grammar)
    assert _shape(surfaces) == _shape(reference)
    assert _shape(event_lexicon._surfaces(grammar)) == _shape(reference)
    # the triggers it reports are those of the table, each once
    held = {id(s.trigger): s.trigger for found in reference.values() for s in found}
    assert len(triggers) == len({id(t) for t in triggers}) == len(held)
    assert {id(t) for t in triggers} == {id(t) for t in
                                         (s.trigger for found in surfaces.values() for s in found)}


def test_lexicon_markers_and_gapped_forms_as_read_from_the_table() -> None:
    lex = event_lexicon.lexicon()
    markers = {word for found in lex.surfaces.values() for s in found
               for word in s.trigger.target | s.trigger.place | s.trigger.actor}
    assert markers - {"obj"} <= lex.function_words
    assert lex.masdar_gap_forms == frozenset(
        s.trigger.form for found in lex.surfaces.values() for s in found
        if s.trigger.kind == "phrase" and s.trigger.form.split()[0] in lex.masdar_gaps)
