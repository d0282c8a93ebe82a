"""How KB matches, tagger spans and rules become one set of entities (marsad.ner.fusion)."""

from __future__ import annotations

import pytest

from marsad.model import Link
from marsad.ner.fusion import Mention, resolve

# «قال وزير الخارجية العراقي فؤاد حسين في بغداد إن مجلس الأمن …» — offsets of the names
BAGHDAD = Link(kb="geonames:98182", name_en="Baghdad", country="IQ")
COUNCIL = Link(kb="actor:un-security-council", name_en="UN Security Council")


def kb(start: int, end: int, typ: str, certain: bool = True, link: Link | None = None) -> Mention:
    return Mention(start, end, typ, "kb", link=link, certain=certain)


def tagged(start: int, end: int, typ: str) -> Mention:
    return Mention(start, end, typ, "tagger")


def spans(mentions: list[Mention]) -> list[tuple[int, int, str, str]]:
    return [(m.start, m.end, m.type, m.source) for m in mentions]


def test_same_span_certain_kb_gives_type_and_link() -> None:
    out = resolve([kb(40, 45, "GPE", link=BAGHDAD)], [tagged(40, 45, "ORG")])
    assert spans(out) == [(40, 45, "GPE", "kb")]
    assert out[0].link == BAGHDAD


def test_tagger_span_with_uncertain_kb_of_same_type_keeps_link() -> None:
    out = resolve([kb(40, 45, "GPE", certain=False, link=BAGHDAD)], [tagged(40, 45, "GPE")])
    assert spans(out) == [(40, 45, "GPE", "fused")]
    assert out[0].link == BAGHDAD


def test_uncertain_kb_of_other_type_loses_to_tagger() -> None:
    out = resolve([kb(0, 3, "GPE", certain=False)], [tagged(0, 3, "PER")])
    assert spans(out) == [(0, 3, "PER", "tagger")]
    assert out[0].link is None


def test_longer_tagger_span_of_another_type_wins_over_contained_kb_span() -> None:
    # «وزارة الدفاع السورية»: the tagger's ORG holds the KB's NORP «السورية»
    out = resolve([kb(13, 20, "NORP")], [tagged(0, 20, "ORG")])
    assert spans(out) == [(0, 20, "ORG", "tagger")]


def test_longer_kb_span_wins_over_contained_tagger_span() -> None:
    out = resolve([kb(10, 20, "ORG", link=COUNCIL)], [tagged(10, 14, "ORG")])
    assert spans(out) == [(10, 20, "ORG", "kb")]


@pytest.mark.parametrize("tagger_span", [(5, 12), (12, 20)])
def test_tagger_span_crossing_a_certain_kb_span_is_dropped(tagger_span: tuple[int, int]) -> None:
    out = resolve([kb(10, 15, "GPE")], [tagged(*tagger_span, "ORG")])
    assert spans(out) == [(10, 15, "GPE", "kb")]


def test_tagger_span_holding_two_certain_kb_names_is_dropped() -> None:
    # «حمص وحماة» tagged as one place: the two KB places stay apart
    out = resolve([kb(0, 3, "GPE"), kb(5, 9, "GPE")], [tagged(0, 9, "GPE")])
    assert spans(out) == [(0, 3, "GPE", "kb"), (5, 9, "GPE", "kb")]


def test_uncertain_kb_alone_is_dropped_when_the_tagger_ran() -> None:
    assert resolve([kb(0, 3, "PER", certain=False)], [], tagger_ran=True) == []


def test_uncertain_kb_alone_is_kept_without_a_tagger() -> None:
    out = resolve([kb(0, 3, "PER", certain=False)], [], tagger_ran=False)
    assert spans(out) == [(0, 3, "PER", "kb")]


def test_result_is_in_text_order_and_never_overlaps() -> None:
    out = resolve([kb(30, 35, "GPE"), kb(0, 4, "PER")],
                  [tagged(2, 8, "PER"), tagged(10, 20, "ORG"), tagged(12, 14, "GPE")])
    assert [m.start for m in out] == sorted(m.start for m in out)
    for a, b in zip(out, out[1:]):
        assert a.end <= b.start


def test_tagger_span_around_a_certain_kb_name_of_its_type_loses() -> None:
    # «راشد الغنوشي سيزور»: the tagger ran one word too far; the KB's person stands
    out = resolve([kb(0, 12, "PER")], [tagged(0, 18, "PER")])
    assert spans(out) == [(0, 12, "PER", "kb")]


def test_tagger_span_opening_with_a_head_word_keeps_its_extent() -> None:
    # «نادي الهلال» around the KB's club «الهلال»
    headed = Mention(0, 11, "ORG", "tagger", headed=True)
    out = resolve([kb(5, 11, "ORG")], [headed])
    assert spans(out) == [(0, 11, "ORG", "fused")]


def test_rule_span_may_hold_a_kb_organisation_and_its_nisba() -> None:
    # «حزب البعث السوري»: the rule's ORG holds the KB's ORG and the KB's NORP
    rule = Mention(0, 16, "ORG", "rule")
    out = resolve([kb(0, 9, "ORG"), kb(10, 16, "NORP")], [rule])
    assert spans(out) == [(0, 16, "ORG", "rule")]
