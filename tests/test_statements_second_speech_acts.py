"""Round 13 of the statements stage: the statements verbal events were lost to — a second
speech act after a comma swallowed by a quote paired across the sentence, «حمّل …
المسؤولية» with the article, a speaker's name in quotation marks, a new clause opened by
«فيما / لكن / في حين» before a cue or its subject. Each rule with its counter-case,
through the real chain."""

from __future__ import annotations

import functools

import pytest

from marsad.api import analyze
from marsad.model import Article


@functools.cache
def analysed(text: str) -> Article:
    return analyze(text, published="2024-12-06")


def said(text: str) -> list[tuple[str, str, str | None]]:
    """(act, cue, speaker text) of each statement of ``text``, in order."""
    article = analysed(text)
    return [(st.act, article.text[st.cue[0]:st.cue[1]], st.speaker.text if st.speaker else None)
            for st in article.statements]


def content_of(text: str, cue: str) -> str:
    article = analysed(text)
    found = [st for st in article.statements if article.text[st.cue[0]:st.cue[1]] == cue]
    assert found, said(text)
    return article.text[found[0].content[0]:found[0].content[1]]


# A straight quote that closes a name inside the content opens nothing: the content ends
# with its sentence, and the participle of the next sentence is a statement of its own.
@pytest.mark.parametrize("text, cue, act", [
    ('أعلن الجيش أن قواته دخلت البلدة في إطار عملية "فجر الوادي". وقال قائد العملية إن '
     'المسلحين فروا من البلدة، مضيفا أن التمشيط سيستمر أياما. ثم عقد مؤتمرا بـ"الحضور الكامل".',
     "مضيفا", "SAY"),
    ('ذكرت الوزارة أن الوفد وصل إلى مؤتمر "أصدقاء السودان". وقالت الوزيرة إن المساعدات '
     'ستصل غدا، محذرة من أن الوضع الإنساني يتدهور. وختمت بـ"نداء عاجل".',
     "محذرة", "WARN"),
])
def test_a_participle_after_a_quoted_name_is_its_own_statement(text: str, cue: str,
                                                                act: str) -> None:
    assert (act, cue) in [(a, c) for a, c, _ in said(text)]


def test_the_first_statement_ends_with_its_sentence_after_a_quoted_name() -> None:
    text = ('أعلن الجيش أن قواته دخلت البلدة في إطار عملية "فجر الوادي". وقال قائد العملية إن '
            'المسلحين فروا، مضيفا أن التمشيط سيستمر. ثم عقد مؤتمرا بـ"الحضور الكامل".')
    assert content_of(text, "أعلن").endswith('"فجر الوادي"')


def test_a_participle_that_is_no_speech_act_stays_in_the_content() -> None:
    text = "وقال الوزير إن الحكومة ستبني مدارس جديدة، مستخدما أرقاما من التقرير السنوي."
    assert [a for a, _, _ in said(text)] == ["SAY"]


# «حمّل X المسؤولية»: the context word counts with its article after the object or before
# its ل; the verb that bears a responsibility accuses no one.
@pytest.mark.parametrize("text, cue", [
    ("وقال رئيس الوزراء إن القصف طال مدرسة، محملا قوات الاحتلال المسؤولية الكاملة عن الضحايا.",
     "محملا"),
    ("ووصفت الوزارة الحادث بالمؤسف، محملة الشركة المسؤولية عن الإهمال.", "محملة"),
])
def test_laying_the_responsibility_on_someone_is_an_accusation(text: str, cue: str) -> None:
    assert ("ACCUSE", cue) in [(a, c) for a, c, _ in said(text)]


@pytest.mark.parametrize("text", [
    "وقال المدير إن الموظفين يحملون المسؤولية بأمانة.",
    "ودعا الله أن يعينه على تحمل هذه المسؤولية.",
])
def test_bearing_a_responsibility_accuses_no_one(text: str) -> None:
    assert "ACCUSE" not in [a for a, _, _ in said(text)]


# A name in quotation marks right after the cue speaks; the marks are not its text.
@pytest.mark.parametrize("text, speaker", [
    ("وأعلن «حزب الله» في بيان أنه استهدف موقعا عسكريا بالصواريخ.", "حزب الله"),
    ("ونفى «البنك الدولي» أن يكون قد أوقف تمويل المشروع.", "البنك الدولي"),
    ('وأكدت "حركة النهضة" أن مرشحها سيخوض الانتخابات.', "حركة النهضة"),
])
def test_a_quoted_name_after_the_cue_speaks(text: str, speaker: str) -> None:
    assert said(text)[0][2] == speaker


@pytest.mark.parametrize("text", [
    "وبين الوزير أن الخبراء وصلوا، مشيرا إلى أن الجوار لن يسمح بذلك، "
    "وأضاف “نحن مستعدون للحوار مع الإيرانيين”.",
    "وأعلن «الطريق إلى السلام» رواية جديدة للكاتب.",
])
def test_a_quote_that_is_speech_or_a_title_is_no_speaker(text: str) -> None:
    speakers = [sp for _, _, sp in said(text)]
    assert not any(sp and ("نحن" in sp or "الطريق" in sp) for sp in speakers)


# «فيما / لكن / في حين» before a cue or its subject opens the reporter's next clause: the
# content before ends there, and the cue is a statement with its own speaker.
@pytest.mark.parametrize("text, expected", [
    ("وحذرت الحركة من أن أي تأخير سيعرض حياة الأسرى للخطر، فيما طالبت عائلات الأسرى "
     "الحكومة بإبرام الصفقة فورا.", ("CALL", "طالبت", "عائلات الأسرى")),
    ("وقالت الحكومة إنها تدرس المقترح، لكن مسؤولا حكوميا أكد لمراسلنا أن الرد سيكون سلبيا.",
     ("AFFIRM", "أكد", "مسؤولا حكوميا")),
    ("وقال مصدر أمني إن المسلحين انسحبوا من القرية، في حين نفى قائد الفصيل أن يكون "
     "مقاتلوه قد غادروا.", ("DENY", "نفى", "قائد الفصيل")),
    ("وقال الوزير إن بلاده لن ترد الآن، لكنه حذر من أن أي هجوم جديد سيقابل برد قوي.",
     ("WARN", "حذر", "الوزير")),
])
def test_a_clause_link_opens_a_statement_of_its_own(text: str,
                                                    expected: tuple[str, str, str]) -> None:
    assert expected in said(text)


def test_the_content_before_a_clause_link_ends_there() -> None:
    text = ("وقال مصدر أمني إن المسلحين انسحبوا من القرية، في حين نفى قائد الفصيل أن يكون "
            "مقاتلوه قد غادروا.")
    assert content_of(text, "قال") == "المسلحين انسحبوا من القرية"


@pytest.mark.parametrize("text, cue", [
    ("ودعا المحافظ الجمعيات إلى التنسيق فيما بينها لتوزيع المساعدات.", "دعا"),
    ("وكتب الناشط قائلا: لا أتهم أحدا لكن الأمر يدعو للقلق والمتابعة.", "قائلا"),
])
def test_no_clause_link_among_themselves_or_inside_direct_speech(text: str, cue: str) -> None:
    assert [c for _, c, _ in said(text)] == [cue]
