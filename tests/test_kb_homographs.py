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
    ("أعلنت بعثة الأمم المتحدة في مالي أن خمسة من موظفيها قتلوا.", "مالي", "Mali"),
    ("وقعت اشتباكات في شمال مالي قرب الحدود مع النيجر.", "مالي", "Mali"),
    ("طهران - إرنا: وصل الرئيس الإيراني إلى مشهد في شرق إيران.", "مشهد", "Mashhad"),
])
def test_with_its_country_named_the_place_is_linked(text: str, word: str, name: str) -> None:
    assert links(text).get(word) == name
