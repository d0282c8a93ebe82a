"""Events: who launches an operation or a campaign («أطلق … عملية/حملة») did it: «أطلق» is a
light verb of ours (``event_args_light_verbs.tsv``, role ``actor``), its subject the actor of
the masdar it carries, past a time told between them and under «كان … قد».

The real chain on our own sentences."""

from __future__ import annotations

from gold.events.oracle import first_coded


def test_who_launches_an_operation_makes_it() -> None:
    _, event = first_coded("أطلق الجيش عملية عسكرية واسعة في ريف المدينة.", "ASSAULT")
    assert event.actor_text == ["الجيش"]


def test_a_launch_told_under_kana_past_a_date_keeps_its_doer() -> None:
    text = "وكان الجيش قد أطلق في السابع من مايو الماضي عملية برية واسعة للسيطرة على المدينة."
    _, event = first_coded(text, "ASSAULT")
    assert event.actor_text == ["الجيش"]


def test_a_relief_drive_launched_is_the_launchers() -> None:
    article, event = first_coded(
        "وأعلنت جمعية الهلال الأحمر أنها ستطلق حملة تبرعات الأسبوع المقبل.", "AID")
    assert [article.entity(e).text for e in event.actors] == ["الهلال الأحمر"]
    assert event.factuality == "future"
