"""Events, round 24 (opinion): a column's rhetoric is no happening
(``marsad/eventcoding/prec_opinion.py``, words in ``marsad/lexicons/event_opinion.yaml``).

* a writer's question: a sentence that ends in «؟» asks, it tells no act (a name the column
  sets in «» does not make it a quote); a question inside a crowd's quoted chant does not hide
  the march it is chanted in;
* a writer's first person: «فإننا نستنكر …» is the writer's stance, «ونحن في الجمعية نقوم
  بتوزيع …» (an interview's unquoted answer) a habit of "us";
* a first-person spoken verb with no speaker («نرفض التدخل …») is the writer's stance; the
  same words quoted from a named minister stay.

Our own sentences, through the real chain. Each guarded sentence is coded as an event without
the module (checked when the tests were written)."""

from __future__ import annotations

from gold.events.oracle import triggers


def _coded(text: str, type_: str, trigger: str) -> bool:
    """Whether ``text`` has an event of ``type_`` whose trigger text holds ``trigger``."""
    return any(trigger in found for found in triggers(text, type_))


def test_a_writers_question_tells_no_bombing() -> None:
    assert not _coded("من يقف وراء تفجيرات العريش الأخيرة؟", "ASSAULT", "تفجيرات")


def test_a_writers_question_tells_no_agreement() -> None:
    text = "هل كان دعمها للميليشيات نكاية بأمريكا وبإبرام الاتفاق انتهى السبب؟"
    assert not _coded(text, "AGREE", "الاتفاق")


def test_a_question_in_a_quoted_chant_keeps_the_march() -> None:
    text = "وفي باريس، تظاهر نحو ثلاثمائة شخص هاتفين «أين العالم؟ غزة تموت»."
    assert _coded(text, "PROTEST", "تظاهر")


def test_the_writers_first_person_condemnation_is_no_accuse() -> None:
    text = "وفي الوقت الذي نعزي فيه الشعب الكويتي فإننا نستنكر أن تمر جريمة كهذه دون محاسبة."
    assert not _coded(text, "ACCUSE", "نستنكر")


def test_an_unquoted_we_at_work_is_no_aid_delivery() -> None:
    text = "ونحن في الجمعية نقوم بتوزيع المساعدات الغذائية على المتضررين في عدن."
    assert not _coded(text, "AID", "توزيع")


def test_a_first_person_verb_with_no_speaker_is_no_rejection() -> None:
    assert not _coded("نرفض التدخل الإيراني في شؤون دول الخليج.", "REJECT", "نرفض")


def test_a_quoted_minister_saying_we_reject_stays() -> None:
    text = "وقال وزير الخارجية البحريني: نرفض التدخل الإيراني في شؤون دول الخليج."
    assert _coded(text, "REJECT", "نرفض")


def test_a_name_in_guillemets_does_not_hide_the_question() -> None:
    assert not _coded("كيف تعامل العالم مع تفجيرات «داعش» الأخيرة في سيناء؟", "ASSAULT", "تفجيرات")
