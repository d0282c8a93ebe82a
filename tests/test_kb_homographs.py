"""Names that are mostly everyday words (``kb_homographs.txt``: «المالية» "financial", «مشهد»
"scene", «دوما» "always") link only where the article names their country another way, a
place of that country or a locative word before a country («في مالي») says they are the
place."""

from __future__ import annotations

import pytest

from marsad.kb.match import find_matches
from marsad.model import Article
from marsad.pipeline import Pipeline


def links(text: str) -> dict[str, str]:
    article = Pipeline(["clean", "text"])(Article(raw=text))
    return {m.text: m.link.name_en for m in find_matches(article.tokens, article.text)}


@pytest.mark.parametrize(("text", "word"), [
    ("أعلنت الوزارة أن الأوضاع المالية مستقرة رغم تراجع أسعار النفط.", "المالية"),
    ("وقدمت الجمعية دعما ماليا ومبلغ مالي شهري للأسر المحتاجة.", "مالي"),
    ("كشفت دراسة حديثة أن القراءة تحسن الذاكرة.", "حديثة"),
    ("كان مشهد المصلين في المسجد مؤثرا.", "مشهد"),
    ("وقال إن الفريق يسعى دوما إلى الفوز.", "دوما"),
    ("افتتح المستشفى عيادة لأمراض العيون.", "العيون"),
])
def test_the_everyday_word_is_not_linked(text: str, word: str) -> None:
    assert word not in links(text)


@pytest.mark.parametrize(("text", "word", "name"), [
    ("باماكو - أ ف ب: قتل خمسة جنود ماليين وقال الجيش المالي إن الهجوم وقع فجرا.",
     "المالي", "Mali"),
    ("وقالت قوة حفظ السلام في مالي إن اثنين من جنودها أصيبا.", "مالي", "Mali"),
    ("وقعت اشتباكات في شمال مالي قرب الحدود مع النيجر.", "مالي", "Mali"),
    ("طهران - إرنا: وصل الرئيس الإيراني إلى مشهد في شرق إيران.", "مشهد", "Mashhad"),
])
def test_with_its_country_named_the_place_is_linked(text: str, word: str, name: str) -> None:
    assert links(text).get(word) == name


@pytest.mark.parametrize(("text", "not_linked"), [
    ("وقالت فاطمة إن ابنها عاد سالما.", "اطمة"),          # not ف + the Syrian town Atmeh
    ("وأحيت فرقة موسيقية حفلا في المدينة.", "رقة"),        # not ف + Raqqa
    ("وقال مصدر لوكالة فرانس إن الاجتماع انتهى.", "رانس"),  # not ف + Reims
    ("وأسدل ستارا على القضية.", "تارا"),                   # the future س never opens a name
    ("وشكرت فريدة الحضور.", "ريدة"),
])
def test_a_word_is_not_read_as_a_proclitic_and_a_place(text: str, not_linked: str) -> None:
    assert not_linked not in links(text)


@pytest.mark.parametrize(("text", "place"), [
    ("وصل الوفد فبيروت ثم إلى دمشق.", "بيروت"),
    ("سيزور الوزير بغداد ثم سيتوجه لطهران.", "طهران"),
])
def test_a_true_proclitic_before_a_place_still_comes_off(text: str, place: str) -> None:
    assert place in links(text)


@pytest.mark.parametrize(("text", "title", "paper"), [
    ("وقال مصدر مطلع لـ\"الرياض\" إن الاجتماع سيعقد الأسبوع المقبل.", "الرياض",
     "Al Riyadh (newspaper)"),
    ("وعلمت «الشرق الأوسط» من مصدر مطلع أن الوفد وصل.", "الشرق الأوسط", "Asharq Al-Awsat"),
    ("وقال المتحدث لـ“الاقتصادية” إن الأسعار ستنخفض.", "الاقتصادية", "Al Eqtisadiah"),
])
def test_a_newspapers_bare_title_in_quotes_is_the_paper(text: str, title: str, paper: str
                                                         ) -> None:
    assert links(text).get(title) == paper


@pytest.mark.parametrize(("text", "word", "name"), [
    ("وصل الوفد إلى الرياض مساء أمس.", "الرياض", "Riyadh"),
    ("تشهد منطقة الشرق الأوسط توترا متصاعدا.", "الشرق الأوسط", "Middle East"),
])
def test_unquoted_the_title_is_the_place(text: str, word: str, name: str) -> None:
    assert links(text).get(word) == name


@pytest.mark.parametrize(("text", "word", "name"), [
    ("افتتحت الشركة فروعا في الرياض وجدة والدمام.", "جدة", "Jeddah"),   # «و» + Jeddah
    ("وصل الوفد إلى وجدة قادما من الرباط.", "وجدة", "Oujda"),          # Morocco named
])
def test_an_everyday_reading_gives_way_to_the_other_reading_by_context(text: str, word: str,
                                                                       name: str) -> None:
    assert links(text).get(word) == name
