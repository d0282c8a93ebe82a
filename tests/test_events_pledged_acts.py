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
    text = ("واختتم في جنيف أمس اجتماع دولي حول السودان، تعهد خلاله المشاركون باحترام حظر "
            "توريد الأسلحة إلى البلاد.")
    assert of_type(analyzed(text).events, "SANCTION") == []
