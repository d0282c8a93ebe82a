"""A meeting or a visit done at regular times is no event (a habit, not a happening): the habit words
«بصفة منتظمة»، «بشكل منتظم»، «بانتظام»… of ``event_standing_backdrops.yaml``.

Our own sentences, through the real chain; each guarded sentence is coded as a CONSULT without
these words in the data (checked when the tests were written), and the control sentence stays."""

from __future__ import annotations

from gold.events.oracle import triggers


def test_a_meeting_held_at_regular_times_is_a_habit() -> None:
    assert triggers("وقال النائب إنه يلتقي رئيس الحكومة بصفة منتظمة في مكتبه.", "CONSULT") == []


def test_a_visit_made_stays_a_consult() -> None:
    assert triggers("وقال الوزير إن حزب الشعوب الديمقراطي زاره أمس في سجنه.", "CONSULT") == ["زاره"]
