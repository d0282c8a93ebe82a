"""Events: who pledges an act («تعهد … بـ») is the actor of the masdar pledged, read as a light
verb of ours (``event_args_light_verbs.tsv``, role ``pledge``), but only for the masdar right
after the verb or its subject: a thing the pledge only names further on is not done by it.

The real chain on our own sentences."""

from __future__ import annotations

import pytest

from gold.events.oracle import analyzed, first_coded, of_type


@pytest.mark.parametrize("text, actor", [
    ("وقال الوسيط إن الجانبين تعهدا بالإفراج عن المحتجزين لديهما خلال أيام.", "الجانبين"),
    ("وأوضح البيان أن الطرفين تعهدا بتسهيل وصول المساعدات إلى سكان المدينة.", "الطرفين"),
])
def test_the_one_who_pledges_does_the_act_pledged(text: str, actor: str) -> None:
    _, event = first_coded(text, "CONCEDE")
    assert event.actor_text == [actor]


def test_a_thing_named_further_in_the_pledge_is_not_done_by_it() -> None:
    """«تعهدت الحكومة باحترام حظر التجول»: the curfew is coded, but the government only pledges
    to respect it; the pledged masdar is «احترام», not «حظر»."""
    [event] = of_type(analyzed(
        "وقال الوزير إن الحكومة تعهدت باحترام حظر التجول في المدينة.").events, "COERCE")
    assert event.actors == [] and event.actor_text == []


def test_the_masdar_right_after_the_pledge_by_a_subject_before_it_is_done_by_it() -> None:
    """The control of the test above: the same shape with the masdar right after the verb."""
    _, event = first_coded("وقال الوزير إن الحكومة تعهدت بتسهيل مرور المساعدات إلى المدينة.",
                           "CONCEDE")
    assert event.actor_text == ["الحكومة"]
