"""Events: «اتفق» names a deal with its «على» told far after it, past the time and the place.

«اتفق|يتفق» is AGREE only with «على» after it (to agree «with» someone is an opinion); the usual
window stops at a comma and after six words. When a time is told between the verb and «على»
(«اتفقت الحكومة والمعارضة يوم الأحد، في ختام محادثات في مسقط، على …») the mark may stand up
to ``reach`` words on, past commas (``event_far_marks.yaml``, ``eventcoding/far_marks.py``);
not as a view shared («على أن …»), and not with only the subject between («واتفق الجانبان، على
تعزيز العلاقات» stays out).

The real chain on our own sentences."""

from __future__ import annotations

from gold.events.oracle import analyzed, first_coded, of_type


def test_a_deal_whose_mark_stands_past_a_date_and_a_meeting_is_agreed() -> None:
    text = ("اتفقت الحكومة الليبية وقيادة الجيش يوم الأحد، في ختام محادثات استمرت أسبوعا في "
            "مدينة غدامس برعاية البعثة الأممية، على توحيد المؤسسة العسكرية.")
    article, event = first_coded(text, "AGREE")
    assert article.text[slice(*event.trigger)] == "اتفقت"
    assert event.factuality == "asserted"


def test_a_deal_whose_mark_stands_past_a_meeting_and_a_date_without_commas_is_agreed() -> None:
    text = "اتفق وزراء النفط في اجتماعهم اليوم الخميس في الجزائر على خفض الإنتاج."
    article, event = first_coded(text, "AGREE")
    assert article.text[slice(*event.trigger)] == "اتفق"


def test_a_view_shared_or_a_mark_with_only_the_subject_between_is_no_deal() -> None:
    for text in ("واتفق المدربون الثلاثة في حديثهم يوم الأحد للصحيفة، على أن المعسكر كان ناجحا.",
                 "واتفق الجانبان خلال زيارة الوزير، على تعزيز التعاون في مجال التعليم."):
        assert not of_type(analyzed(text).events, "AGREE"), text
