"""What is said: direct quotes (also across sentences), indirect content after أن/إن/بأن to the
end of the clause, the object of حذّر من / دعا إلى / نفى, and never the next attribution."""

from __future__ import annotations

import pytest

from statements_support import article_by_hand
from marsad.statements import statements_of


def contents(text: str) -> list[tuple[str, bool]]:
    article = article_by_hand(text)
    return [(article.text[st.content[0]:st.content[1]], st.direct)
            for st in statements_of(article)]


@pytest.mark.parametrize("text, content", [
    ("قال الوزير: «الحدود مفتوحة أمام الجميع».", "الحدود مفتوحة أمام الجميع"),
    ("وقال الوزير إن “الحدود مفتوحة أمام الجميع”.", "الحدود مفتوحة أمام الجميع"),
    ('وأضاف الوزير: "الحدود مفتوحة أمام الجميع".', "الحدود مفتوحة أمام الجميع"),
    ("وأكد الوزراء “خطورة الأحداث في المنطقة”، محذرين من التصعيد.", "خطورة الأحداث في المنطقة"),
])
def test_a_direct_quote_is_the_text_inside_its_marks(text: str, content: str) -> None:
    assert contents(text)[0] == (content, True)


def test_a_quote_spans_sentences() -> None:
    assert contents("قال المسؤول: «المفاوضات لم تتوقف. نحن نعمل ليلا ونهارا». وغادر القاعة.") \
        == [("المفاوضات لم تتوقف. نحن نعمل ليلا ونهارا", True)]


@pytest.mark.parametrize("text, content", [
    ("قال الوزير إن الحدود مفتوحة أمام الجميع.", "الحدود مفتوحة أمام الجميع"),
    ("وأكدت الوزارة في بيان أن حركة العبور طبيعية.", "حركة العبور طبيعية"),
    ("وأفاد مراسلنا بأن الغارات استهدفت الحي.", "الغارات استهدفت الحي"),
    ("وأشار الوزير، خلال المؤتمر الصحفي المشترك، إلى أن الاتفاق قريب.", "الاتفاق قريب"),
    ("وقالت مصادر مطلعة لرويترز إن المحادثات تعثرت.", "المحادثات تعثرت"),
])
def test_indirect_content_follows_its_complementiser(text: str, content: str) -> None:
    assert contents(text) == [(content, False)]


@pytest.mark.parametrize("text, content", [
    ("وحذر الوزير من أن أي هجوم سيقابل برد.", "أي هجوم سيقابل برد"),
    ("وحذرت المنظمة من انتشار الوباء.", "انتشار الوباء"),
    ("ودعا الأمين العام إلى وقف فوري لإطلاق النار.", "وقف فوري لإطلاق النار"),
    ("ودعوا مجلس الأمن إلى تحمل مسؤولياته.", "مجلس الأمن إلى تحمل مسؤولياته"),
    ("وطالب الوزراء في بيان مشترك بتحقيق دولي.", "بتحقيق دولي"),
    ("ونفت وزارة الداخلية الأنباء عن إغلاق المعابر.", "الأنباء عن إغلاق المعابر"),
])
def test_warnings_calls_and_denials_take_their_object(text: str, content: str) -> None:
    assert contents(text)[-1] == (content, False)


def test_a_denial_records_what_is_denied_not_the_comment_after_it() -> None:
    assert contents("ونفت قوات الأمن هذه الاتهامات، واصفة إياها بأنها محاولة للتضليل.") == [
        ("هذه الاتهامات", False)]


def test_content_never_swallows_the_next_attribution() -> None:
    assert contents("وقالت الوزارة إن الجيش في مواقعه، مؤكدة أن الوضع مستقر.") == [
        ("الجيش في مواقعه", False), ("الوضع مستقر", False)]


def test_a_stray_closing_quote_is_left_out_of_the_content() -> None:
    assert contents("ومحذرا من أنها تهدف إلى تقسيم المنطقة”.") == [
        ("تهدف إلى تقسيم المنطقة", False)]
    assert contents("قال الوزير إن الخطة تهدف إلى تقسيم المنطقة”.") == [
        ("الخطة تهدف إلى تقسيم المنطقة", False)]


def test_a_source_before_the_content_and_after_it() -> None:
    assert contents("وبحسب المرصد السوري، فإن عشرة مدنيين قتلوا.") == [
        ("عشرة مدنيين قتلوا", False)]
    assert contents("وارتفعت الحصيلة إلى عشرين قتيلا، وفق ما أعلنت مديرية الصحة.") == [
        ("وارتفعت الحصيلة إلى عشرين قتيلا", False)]


@pytest.mark.parametrize("text, content", [
    ('وقال المتحدث لـ"الوطن" إن الحكومة ستتخذ قرارات عملية.', "الحكومة ستتخذ قرارات عملية"),
    ("وأكد مصدر دبلوماسي لـ«الشرق الأوسط» أن الزيارة ستتم.", "الزيارة ستتم"),
])
def test_an_outlet_named_in_quotes_is_not_the_content(text: str, content: str) -> None:
    assert contents(text) == [(content, False)]


def test_an_adverb_before_the_speaker_is_stepped_over() -> None:
    article = article_by_hand("من ناحيته حذر الناشط الحقوقي من تجاهل شكاوى السكان.")
    (st,) = statements_of(article)
    assert st.speaker is not None and st.speaker.text == "الناشط الحقوقي"
    assert article.text[st.content[0]:st.content[1]] == "تجاهل شكاوى السكان"


def test_a_relative_clause_between_commas_is_stepped_over() -> None:
    assert contents('وأشاروا في الرسالة، التي اطلعت "الوطن" على نسخة منها، إلى أن القرار '
                    'متسرع.') == [("القرار متسرع", False)]


@pytest.mark.parametrize("text, content", [
    ("وقتل عشرون شخصا في الهجوم، كما صرح المتحدث باسم الشرطة.", "وقتل عشرون شخصا في الهجوم"),
    ("وتراجعت الأسعار، كما تقول غرفة التجارة.", "وتراجعت الأسعار"),
])
def test_as_a_speaker_said_points_back_to_the_content(text: str, content: str) -> None:
    assert contents(text) == [(content, False)]


def test_a_quoted_name_inside_the_object_opens_no_quote() -> None:
    assert contents("أعلنت الشركة الانتهاء من مشروع «توسعة» المحطة الشمالية.") == [
        ("الانتهاء من مشروع «توسعة» المحطة الشمالية", False)]


def test_a_stray_quote_never_carries_content_into_the_next_paragraph() -> None:
    text = ("وقالت الصحيفة إن الاتفاق مهدد\".\n"
            "وأضافت الصحيفة: المفاوضات ستستأنف \"قريبا\".")
    assert contents(text) == [("الاتفاق مهدد", False), ("المفاوضات ستستأنف \"قريبا\"", True)]


def test_a_bracketed_aside_after_the_speaker_is_stepped_over() -> None:
    assert contents("وذكرت هيئة الإذاعة (بي بي سي) أن الشحنة أعيدت.") == [
        ("الشحنة أعيدت", False)]


def test_a_quoted_name_after_the_complementiser_opens_no_quote() -> None:
    assert contents("وأوضح المتحدث أن «الأهلي» أنهى استعداداته.") == [
        ("«الأهلي» أنهى استعداداته", False)]
