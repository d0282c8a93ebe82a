"""An event's evidence span starts no earlier than the event's own clause
(``marsad/eventcoding/evidence_start.py``, words in ``evidence_start.yaml``).

* a place named in the reporting clause («نقلت الوكالة عن مدير شرطة … بمحافظة … قوله إن …»)
  stays the event's place, but the span starts after «إن»;
* a speaker's clause before «أن» does not stretch the span back either;
* an actor in the event's own clause still opens the span.

Our own sentences, through the real chain."""

from __future__ import annotations

from gold.events.oracle import analyzed, of_type


def _spans(text: str, event_type: str) -> list[tuple[str, str]]:
    article = analyzed(text)
    return [(article.text[e.evidence[0]:e.evidence[1]],
             article.text[e.trigger[0]:e.trigger[1]] if e.trigger else "")
            for e in of_type(article.events, event_type)]


def test_a_place_of_the_reporting_clause_does_not_open_the_span() -> None:
    spans = _spans("ونقلت الوكالة عن مدير شرطة المدينة بمحافظة البصرة قوله إن رجال الشرطة "
                   "اعتقلوا صاحب المستودع وشخصين آخرين.", "COERCE")
    assert spans, spans
    for evidence, _ in spans:
        assert "البصرة" not in evidence and "قوله" not in evidence, evidence
        assert "اعتقلوا" in evidence


def test_a_speaker_clause_before_an_does_not_open_the_span() -> None:
    spans = _spans("وذكر مسؤول في وزارة الداخلية لوكالة الأنباء بمدينة الموصل أن القوات الأمنية "
                   "اعتقلت خمسة مسلحين.", "COERCE")
    assert spans, spans
    for evidence, _ in spans:
        assert evidence.startswith("القوات الأمنية اعتقلت"), evidence


def test_an_actor_of_the_event_s_own_clause_still_opens_the_span() -> None:
    spans = _spans("اعتقلت الشرطة العراقية خمسة مسلحين في حي الزهراء بالموصل أمس.", "COERCE")
    assert spans, spans
    assert spans[0][0].startswith("اعتقلت الشرطة"), spans
