"""Events: judicial and government measures (COERCE) on real-news wordings.

- A measure on a paper or a licence is told by the phrase itself and needs no argument: the
  paper is often a genitive («وقف صدور الصحيفة»، «تعليق صدور الجريدة») and the authority the
  subject of «قررت/أعلنت» before it; «إيقاف إصدار الصحيفة» is one too (class ``outputs``).
- A licence withdrawn joined by «و» to a closure of the same party («إغلاق المنشأة نهائيا
  وإلغاء ترخيصها») is that one measure.
- An arrest told as an aim («هو للقبض على المطلوبين»، «تعمل على استكمال التحقيقات للقبض
  على…»، «هو لقمع أي تحرك») is no event; a crowd dispersed «لتفريق المحتجين» is.
- A measure named as the genitive of its decision or date («من تاريخ إلغاء الترخيص») is the
  measure told before; a decision issued here («أصدرت الوزارة قرار إلغاء ترخيص الشركة») is one.

Our own sentences, through the real chain (``marsad/eventcoding/measure_mentions.py``,
``marsad/lexicons/event_measure_mentions.yaml``)."""

from __future__ import annotations

from gold.events.oracle import triggers


def _coerce(text: str) -> list[str]:
    """The trigger texts of the COERCE events coded in ``text``."""
    return triggers(text, "COERCE")


def test_paper_stopped_by_decision_needs_no_argument() -> None:
    assert _coerce("وقررت الوزارة قبل أسبوع وقف صدور المجلة لمخالفتها قواعد النشر.") == ["وقف صدور"]


def test_paper_issue_stopped_is_measure() -> None:
    assert _coerce("وأكدت الهيئة في بيانها أن إيقاف إصدار الجريدة قرار مهني.") \
        == ["إيقاف إصدار"]


def test_arrest_as_aim_is_no_event() -> None:
    assert _coerce("وقال إن انتشار قوات الأمن في المدينة هو للقبض على المطلوبين.") == []
    assert _coerce("وأضاف أن الشرطة تعمل على جمع الأدلة للقبض على كل من "
                   "تورط في السرقة.") == []
    assert _coerce("وقبضت قوات الأمن في المدينة على المطلوبين.") == ["وقبضت"]
    assert _coerce("وأطلقت الشرطة الغاز لتفريق المحتجين في الساحة.") == ["لتفريق المحتجين"]


def test_repression_joined_to_aim_is_no_event() -> None:
    assert _coerce("وقال إن مهمة الجيش هي للتدخل وقمع أي تحرك في المدينة.") == []


def test_licence_joined_to_closure_is_one_measure() -> None:
    assert _coerce("وأكد أنه في حال تكرار المخالفة سيتم إغلاق المنشأة نهائيا وإلغاء ترخيصها.") \
        == ["إغلاق المنشأة"]


def test_licence_measure_named_by_its_date_is_no_new_event() -> None:
    assert _coerce("وأصدرت الوزارة أمس قرار إلغاء ترخيص الشركة.") == ["إلغاء ترخيص"]
    assert _coerce("وبين أن المصنع يظل ملزما بالتعويض ستة أشهر من تاريخ إلغاء الترخيص.") == []
