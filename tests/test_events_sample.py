"""The shared sample article through the whole pipeline (skips where ../shared is absent):
the happenings a reader finds in it, each with its type and how sure the report is."""

from __future__ import annotations

from pathlib import Path

import pytest

import marsad
from marsad.arabic.normalise import fold
from marsad.model import Article, Event


@pytest.fixture(scope="module")
def sample(sample_path: Path) -> Article:
    return marsad.analyze(sample_path.read_text(encoding="utf-8"))


def at(article: Article, event: Event) -> str:
    place = article.entity(event.place) if event.place else None
    return fold(place.text) if place else ""


def find(article: Article, type_: str, place: str = "", factuality: str | None = None) -> list[Event]:
    return [e for e in article.events if e.type == type_ and fold(place) in at(article, e)
            and (factuality is None or e.factuality == factuality)]


def test_armed_groups_take_hama_and_the_army_withdraws_from_it(sample: Article):
    assert find(sample, "ASSAULT", "حماة", "asserted")
    assert find(sample, "RETREAT", "حماة", "asserted")


def test_the_withdrawal_from_homs_is_denied(sample: Article):
    [retreat] = find(sample, "RETREAT", "حمص")
    assert retreat.factuality == "denied"


def test_the_army_is_reinforced_in_homs(sample: Article):
    assert find(sample, "MOBILIZE", "حمص")


def test_the_trilateral_meeting_has_three_parties_on_the_day(sample: Article):
    meetings = [e for e in find(sample, "CONSULT", factuality="asserted") if len(e.actors) == 3]
    assert meetings and meetings[0].time == "2024-12-06"
    parties = {fold(sample.entity(i).text) for i in meetings[0].actors}
    assert parties == {fold("العراق"), fold("سوريا"), fold("إيران")}


def test_the_condemnation_of_israeli_attacks_is_an_accuse_by_the_ministers_statement(sample: Article):
    statements = {s.id: s for s in sample.statements}
    contents = [sample.text[slice(*statements[e.by].content)]
                for e in sample.events if e.type == "ACCUSE" and e.by]
    assert any("الإسرائيلية" in content for content in contents), contents


def test_every_condemnation_in_the_sample_is_an_accuse_event(sample: Article):
    condemnations = {s.id for s in sample.statements if s.act in ("CONDEMN", "ACCUSE")}
    assert condemnations
    assert condemnations <= {e.by for e in sample.events if e.type == "ACCUSE"}


def test_the_planned_baghdad_meeting_is_future(sample: Article):
    assert find(sample, "CONSULT", "بغداد", "future")


def test_every_event_refers_to_known_entities_and_statements(sample: Article):
    entity_ids = {e.id for e in sample.entities}
    statement_ids = {s.id for s in sample.statements}
    for event in sample.events:
        assert set(event.actors + event.targets) <= entity_ids
        assert event.place is None or event.place in entity_ids
        assert event.by is None or event.by in statement_ids
