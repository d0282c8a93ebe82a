"""Who speaks: the subject after the verb or before it, a title and a name in apposition,
compound speakers, agreement, continuation, participles, unnamed sources and chains."""

from __future__ import annotations

import pytest

from statements_support import article_by_hand
from marsad.model import Statement
from marsad.statements import statements_of


def speakers(text: str, entities: list[tuple[str, str]] = ()) -> list[str | None]:
    return [st.speaker.text if st.speaker else None for st in run(text, entities)]


def run(text: str, entities: list[tuple[str, str]] = ()) -> list[Statement]:
    return statements_of(article_by_hand(text, entities))


@pytest.mark.parametrize("text, speaker", [
    ("قال وزير الخارجية إن المفاوضات مستمرة.", "وزير الخارجية"),
    ("وأعلنت وزارة الصحة أن الإصابات تراجعت.", "وزارة الصحة"),
    ("وقالت الدفاع السورية إن الجيش في مواقعه.", "الدفاع السورية"),
    ("أكد رئيس الجمعية الفلاحية أن الدعم لم يصل.", "رئيس الجمعية الفلاحية"),
    ("دعا الأمين العام للأمم المتحدة إلى وقف النار.", "الأمين العام للأمم المتحدة"),
    ("قال المتحدث باسم الحكومة إن الوفد سيسافر.", "المتحدث باسم الحكومة"),
])
def test_the_subject_after_the_verb_speaks(text: str, speaker: str) -> None:
    assert speakers(text) == [speaker]


@pytest.mark.parametrize("text, speaker", [
    ("الجيش الإسرائيلي أعلن صباح اليوم اعتراض صاروخ.", "الجيش الإسرائيلي"),
    ("بعثة إيران لدى الأمم المتحدة قالت إن العملية انتهت.", "بعثة إيران لدى الأمم المتحدة"),
    ("أما المهاجم عبد المالك زياية، فاعتبر أن الفوز ممكن.", "المهاجم عبد المالك زياية"),
    ("غير أن وزارة الدفاع مفت هذه الأنباء.", "وزارة الدفاع"),
    ("أما رئيس البرلمان فقد أكد أن الجلسة قائمة.", "رئيس البرلمان"),
])
def test_the_subject_before_the_verb_speaks(text: str, speaker: str) -> None:
    assert speakers(text) == [speaker]


def test_a_relative_clause_speaks_for_its_antecedent() -> None:
    (spoken,) = speakers("وتحدث في الحفل المدير كمال خليفة، الذي أكد أن الخطة جاهزة.")
    assert spoken is not None and spoken.endswith("كمال خليفة")


@pytest.mark.parametrize("text, speaker", [
    ("وأعلن وزير الخارجية العراقي، فؤاد حسين، أن بغداد ستستضيف القمة.",
     "وزير الخارجية العراقي، فؤاد حسين"),
    ("أما وزير الخارجية الإيراني، عباس عراقتشي، فأكد أن الرسالة وصلت.",
     "وزير الخارجية الإيراني، عباس عراقتشي"),
])
def test_a_title_and_a_name_in_apposition_are_one_speaker(text: str, speaker: str) -> None:
    assert speakers(text) == [speaker]


def test_a_title_and_a_name_link_to_the_person() -> None:
    article = article_by_hand("وأعلن وزير الخارجية العراقي، فؤاد حسين، أن بغداد ستستضيف القمة.",
                              [("فؤاد حسين", "PER"), ("بغداد", "GPE")])
    (st,) = statements_of(article)
    assert st.speaker is not None and st.speaker.entity == "m1"


def test_ministers_of_three_countries_are_one_speaker_with_three_actors() -> None:
    (st,) = run("أكد وزراء خارجية العراق وسوريا وإيران أن أمن المنطقة واحد.",
                [("العراق", "GPE"), ("سوريا", "GPE"), ("إيران", "GPE")])
    assert st.speaker is not None
    assert st.speaker.text == "وزراء خارجية العراق وسوريا وإيران"
    assert st.speaker.actors == ["m1", "m2", "m3"]


@pytest.mark.parametrize("text, expected", [
    ("أعلنت وزارة الصحة أن الإصابات تراجعت. وقال مدير المستشفى إن الأسرة ممتلئة. "
     "وأشارت إلى أن اللقاحات متوفرة.", ["وزارة الصحة", "مدير المستشفى", "وزارة الصحة"]),
    ("أكد الوزراء أن الحوار ضروري. وقال المبعوث إن الجولة المقبلة قريبة. "
     "كما أدانوا الهجوم على القافلة.", ["الوزراء", "المبعوث", "الوزراء"]),
])
def test_agreement_chooses_among_earlier_speakers(text: str, expected: list[str]) -> None:
    assert speakers(text) == expected


@pytest.mark.parametrize("text", [
    "قال الوزير إن المعبر مفتوح. وأضاف أن الشاحنات تعبر يوميا.",
    "قال الوزير إن المعبر مفتوح. وأكد تعثر مشروعين حيويين في المحافظة.",
    "قال الوزير إن المعبر مفتوح. بدوره، أوضح أن الشاحنات تعبر يوميا.",
    "قال الوزير إن المعبر مفتوح. وأوضح بدوره أن الشاحنات تعبر يوميا.",
])
def test_a_cue_without_a_subject_continues_the_last_speaker(text: str) -> None:
    assert speakers(text) == ["الوزير", "الوزير"]


@pytest.mark.parametrize("text, expected", [
    ("وقالت الوزارة إن الحدود مفتوحة، مؤكدة أن لا تغيير في القرار.", ["الوزارة", "الوزارة"]),
    ("أدان الوزراء الهجوم، محذرين من تداعياته.", ["الوزراء", "الوزراء"]),
    ("من جانبه، أشاد رئيس الوزراء بالعلاقات، معربا عن تطلعه إلى الزيارة.", ["رئيس الوزراء"]),
])
def test_a_participle_takes_the_main_clause_speaker(text: str, expected: list[str]) -> None:
    assert speakers(text) == expected


@pytest.mark.parametrize("text, anonymous", [
    ("قالت مصادر مطلعة إن المحادثات تعثرت.", True),
    ("وقال مصدر في الوزارة إن القرار صدر.", True),
    ("نفى مسؤول حكومي رفض الكشف عن اسمه وجود أي خلاف.", True),
    ("وقال شهود عيان إن الانفجار هز الحي.", True),
    ("وقال وزير المالية إن العجز تراجع.", False),
])
def test_unnamed_sources_are_marked_anonymous(text: str, anonymous: bool) -> None:
    (st,) = run(text)
    assert st.speaker is not None and st.speaker.anonymous is anonymous


def test_an_unnamed_source_keeps_its_body_and_its_tail() -> None:
    assert speakers("نفى مسؤول حكومي رفض الكشف عن اسمه وجود أي خلاف.") == [
        "مسؤول حكومي رفض الكشف عن اسمه"]


@pytest.mark.parametrize("text, speaker, via", [
    ("نقلت وكالة سانا عن مصدر عسكري قوله إن الهجوم صد.", "مصدر عسكري", ["وكالة سانا"]),
    ("ذكر التلفزيون الرسمي نقلا عن مصدر أمني أن الحدود أغلقت.", "مصدر أمني",
     ["التلفزيون الرسمي"]),
])
def test_a_chain_puts_the_relay_in_via(text: str, speaker: str, via: list[str]) -> None:
    (st,) = run(text)
    assert st.speaker is not None and st.speaker.text == speaker
    assert [v["text"] for v in st.via] == via


def test_a_speaker_never_comes_from_inside_another_statement() -> None:
    sts = run("قال المبعوث إن الحكومة أكدت له استعدادها للحوار. وأضاف أن المعارضة لم ترد.")
    assert [st.speaker.text if st.speaker else None for st in sts] == ["المبعوث", "المبعوث"]


def test_a_quote_that_names_someone_gives_no_speaker() -> None:
    sts = run("قال الوزير: «الرئيس أكد لنا أن الدعم مستمر». وأضاف أن الزيارة ناجحة.")
    assert [(st.act, st.speaker.text if st.speaker else None) for st in sts] == [
        ("SAY", "الوزير"), ("SAY", "الوزير")]


def test_a_later_short_mention_takes_the_earlier_speakers_entity() -> None:
    sts = run("وأكد وزير الخارجية السوري، بسام صباغ، أن التدخلات مكشوفة. وأشار صباغ إلى أن "
              "الهجوم سبب نزوحا.", [("بسام صباغ", "PER")])
    assert [st.speaker.entity if st.speaker else None for st in sts] == ["m1", "m1"]


def test_the_ministers_again_are_the_same_three_actors() -> None:
    sts = run("أكد وزراء خارجية العراق وسوريا وإيران أن الأمن واحد. وحث الوزراء على التنسيق.",
              [("العراق", "GPE"), ("سوريا", "GPE"), ("إيران", "GPE")])
    assert [st.speaker.actors if st.speaker else None for st in sts] == [
        ["m1", "m2", "m3"], ["m1", "m2", "m3"]]


def test_a_plural_verb_with_no_speaker_before_takes_the_plural_noun_of_its_sentence() -> None:
    assert speakers("وانتشرت التغريدات من قبل المتابعين، حيث دعوا للمصابين بالشفاء، "
                    "واستنكروا الهجوم.") == ["المتابعين", "المتابعين"]
