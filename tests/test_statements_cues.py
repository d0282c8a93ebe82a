"""Which words are reporting cues, and which act each carries — past, present, participle,
phrase and preposition forms, with or without و/ف, and look-alikes that are not cues."""

from __future__ import annotations

import pytest

from statements_support import article_by_hand
from marsad.statements import statements_of


def acts(text: str) -> list[tuple[str, str]]:
    article = article_by_hand(text)
    return [(st.act, article.text[st.cue[0]:st.cue[1]]) for st in statements_of(article)]


@pytest.mark.parametrize("text, act, cue", [
    ("قال الوزير إن المحادثات مستمرة.", "SAY", "قال"),
    ("وقالت الوزارة إن الحدود مفتوحة.", "SAY", "قالت"),
    ("يقول المزارعون إن المحصول تلف.", "SAY", "يقول"),
    ("وأضاف المتحدث أن الوفد سيصل غدا.", "SAY", "أضاف"),
    ("وأشار الوزير إلى أن الأسعار ستنخفض.", "SAY", "أشار"),
    ("أكد الرئيس أن بلاده لن تتراجع.", "AFFIRM", "أكد"),
    ("وشدد الوزير على ضرورة الحوار.", "AFFIRM", "شدد"),
    ("ونفت الوزارة هذه الأنباء.", "DENY", "نفت"),
    ("كذب المتحدث هذه الادعاءات.", "DENY", "كذب"),
    ("وحذّر الوزير من تدهور الأوضاع.", "WARN", "حذّر"),
    ("أدان المجلس الهجوم على القافلة.", "CONDEMN", "أدان"),
    ("واستنكرت الجامعة العربية القصف.", "CONDEMN", "استنكرت"),
    ("ودعا الأمين العام إلى وقف القتال.", "CALL", "دعا"),
    ("وطالب النواب بفتح تحقيق.", "CALL", "طالب"),
    ("وأعلنت الشركة أن الإنتاج سيرتفع.", "ANNOUNCE", "أعلنت"),
    ("وكشف الوزير عن خطة جديدة.", "ANNOUNCE", "كشف"),
    ("اتهمت الحكومة المعارضة بالتحريض.", "ACCUSE", "اتهمت"),
    ("وهدد القائد برد قاس.", "THREATEN", "هدد"),
    ("وتعهد الرئيس بإجراء انتخابات.", "PROMISE", "تعهد"),
    ("وزعم الحزب أن النتائج زورت.", "CLAIM", "زعم"),
])
def test_verb_cues_carry_their_act(text: str, act: str, cue: str) -> None:
    assert (act, cue) in acts(text)


@pytest.mark.parametrize("text, act, cue", [
    ("وقال الوزير إن الحدود مفتوحة، مؤكدا أن لا تغيير في القرار.", "AFFIRM", "مؤكدا"),
    ("ونفت الوزارة الخبر، محذّرةً من الشائعات.", "WARN", "محذّرةً"),
    ("وأدان الوزراء القصف، داعين إلى تحقيق دولي.", "CALL", "داعين"),
    ("وبحسب المرصد، فإن عشرة مدنيين قتلوا.", "SAY", "بحسب"),
    ("وقتل عشرة مدنيين، وفق ما أعلنت مديرية الصحة.", "SAY", "وفق"),
])
def test_participles_and_prepositions_are_cues(text: str, act: str, cue: str) -> None:
    assert (act, cue) in acts(text)


@pytest.mark.parametrize("text", [
    "حمل المتطوعون المساعدات إلى القرى.",
    "وشارك طالب جامعي في توزيع الطرود.",
    "افتتح الأمير المعرض بمشاركة ألف دار نشر.",
    "ورفض الكرملين التعليق على التقارير.",
    "وتحسنت الصادرات، وهو ما يشير إلى تعافي القطاع الصناعي.",
    "ودخل الفريق المباراة بمعنويات مرتفعة مع حذر ضروري.",
    "أما التحالف فلم يعلن موقفه من التظاهرات.",
    "ولم تقتصر الحملة على الأسواق فحسب بل شملت المستودعات.",
    "ويذكر أن المعرض افتتح قبل عشرين عاما.",
    "وسيجري التصويت وفق الضوابط المعتمدة.",
    "وناقشت الندوة نصا قديما يقول: التعليم أولا.",
    "ووقف الأهالي في وجه مشكلة تهدد مزارعهم.",
    "واعتقل الشاب واتهم بالسرقة.",
    "وتعتبر الجائزة من أبرز المبادرات في المنطقة.",
    "وحقق المعرض نجاحاً لافتاً هذا العام.",
])
def test_look_alikes_and_plain_reports_are_not_statements(text: str) -> None:
    assert acts(text) == []


def test_a_misspelled_denial_next_to_the_news_it_denies_is_a_denial() -> None:
    assert ("DENY", "مفت") in acts("غير أن الوزارة مفت هذه الأنباء جملة وتفصيلا.")


def test_the_misspelling_alone_is_no_cue() -> None:
    assert acts("وقالت الوزارة إن المفتشين وصلوا. مفت الحدود مغلق.") == [("SAY", "قالت")]


def test_a_claim_is_hedged_and_a_saying_is_not() -> None:
    article = article_by_hand("زعمت الجماعة أن مقاتليها تقدموا. وقال الجيش إن الهجوم صد.")
    assert [st.hedged for st in statements_of(article)] == [True, False]


def test_a_cue_form_right_after_a_verb_is_a_name_but_a_participle_stays_a_cue() -> None:
    assert acts("وقال دان فيفير إن الاتفاق صامد.") == [("SAY", "قال")]
    # «وأضاف قائلا إن …» is one statement, carried by the participle
    assert acts("قال المصدر إن الموقع سقط. وأضاف قائلا إن الاقتحام كان مفاجئا.") == [
        ("SAY", "قال"), ("SAY", "قائلا")]


@pytest.mark.parametrize("text, act, cue", [
    ("وتابع: الأبواب مفتوحة للجميع.", "SAY", "تابع"),
    ("وأبان المدير أن العمل يسير وفق الخطة.", "SAY", "أبان"),
    ("وكتبت الصحيفة أن المفاوضات تعثرت.", "SAY", "كتبت"),
    ("وكتب الزميل: رحمك الله يا صديقي.", "SAY", "كتب"),
    ("وغردت الفنانة: صدمة كبيرة.", "SAY", "غردت"),
    ("واتهمت الوزارة الحركة بالتخطيط للهجوم.", "ACCUSE", "اتهمت"),
])
def test_continuing_writing_and_accusing_are_cues(text: str, act: str, cue: str) -> None:
    assert acts(text) == [(act, cue)]


@pytest.mark.parametrize("text", [
    "وتابع الوزير سير العمل في المشروع.",
    "كتب الروائي مقالا طويلا عن المدينة.",
])
def test_following_a_matter_or_writing_a_piece_is_no_saying(text: str) -> None:
    assert acts(text) == []
