"""Round 16: statements that are acts. A title the KB links to a person keeps that person's
name after it as one speaker («حذر الرئيس المصري عبد الفتاح السيسي، أمس، من أن…»); an
accusing participle after a verb that reported nothing takes that verb's subject («وأعلن
الوزير استقالته، متهما…»); «وصف … بأنه انقلاب/احتلال/جريمة» is an accusation, not under
«إذا»; a word in «بـ» after a name is the cue's preposition. Each rule with its
counter-case, through the real chain."""

from __future__ import annotations

import functools

import pytest

from marsad.api import analyze
from marsad.model import Article, Statement


@functools.cache
def analysed(text: str) -> Article:
    return analyze(text, published="2024-12-06")


def statement(text: str, cue: str) -> Statement:
    article = analysed(text)
    found = [st for st in article.statements if article.text[st.cue[0]:st.cue[1]] == cue]
    assert found, [article.text[st.cue[0]:st.cue[1]] for st in article.statements]
    return found[0]


def cues(text: str) -> list[tuple[str, str]]:
    article = analysed(text)
    return [(st.act, article.text[st.cue[0]:st.cue[1]]) for st in article.statements]


def events(text: str) -> list[tuple[str, list[str]]]:
    """(type, actor texts) of each event of ``text``."""
    article = analysed(text)
    names = {e.id: e.text for e in article.entities}
    return [(ev.type, [names[a] for a in ev.actors] + ev.actor_text) for ev in article.events]


# A title the KB links to a person, then that person's name: one speaker, and the content
# starts after «من أن», not at the name.
@pytest.mark.parametrize("text, cue, name, content_start", [
    ("حذر الرئيس المصري عبد الفتاح السيسي، اليوم الأحد، من أن مصر ستتدخل عسكريا إذا "
     "اقتربت الميليشيات من حدودها الغربية.", "حذر", "عبد الفتاح السيسي", "مصر"),
    ("ودعا الرئيس المصري عبد الفتاح السيسي إلى حوار شامل بين الفرقاء في السودان.",
     "دعا", "عبد الفتاح السيسي", "حوار"),
])
def test_a_linked_title_and_its_name_are_one_speaker(text: str, cue: str, name: str,
                                                      content_start: str) -> None:
    article = analysed(text)
    st = statement(text, cue)
    assert st.speaker is not None and st.speaker.text.endswith(name)
    assert article.text[st.content[0]:st.content[1]].startswith(content_start)


def test_a_linked_title_threatening_on_a_condition_is_a_threat() -> None:
    text = ("حذر الرئيس المصري عبد الفتاح السيسي، اليوم الأحد، من أن مصر ستتدخل عسكريا إذا "
            "اقتربت الميليشيات من حدودها الغربية.")
    assert [t for t, _ in events(text)] == ["THREATEN"]


# Another person named after the name is the cue's object, not the speaker's title.
def test_another_persons_title_after_the_name_is_the_object() -> None:
    text = "دعا الرئيس الأمريكي دونالد ترامب الرئيس الروسي فلاديمير بوتين إلى لقاء قريب."
    st = statement(text, "دعا")
    assert st.speaker is not None and st.speaker.text.endswith("دونالد ترامب")
    assert "بوتين" not in st.speaker.text


# After a name, a word in «بـ» is the cue's preposition, not the rest of the name («بن» is).
@pytest.mark.parametrize("text, speaker, content_start", [
    ("وهدد دونالد ترامب بفرض رسوم جمركية «غير مسبوقة» على الصين.", "دونالد ترامب", "بفرض"),
    ("وقال الأمير محمد بن سلمان إن المملكة ماضية في خطتها.", "الأمير محمد بن سلمان",
     "المملكة"),
])
def test_a_word_in_ba_after_a_name_is_no_part_of_it(text: str, speaker: str,
                                                     content_start: str) -> None:
    article = analysed(text)
    st = article.statements[0]
    assert st.speaker is not None and st.speaker.text == speaker
    assert article.text[st.content[0]:st.content[1]].startswith(content_start)


# An accusing participle after a verb that reported nothing (an act: a resignation, a
# decision) takes that verb's subject as its speaker, and is an ACCUSE.
@pytest.mark.parametrize("text, speaker", [
    ("وأعلن وزير الصحة خالد المنصوري استقالته، متهما الحكومة بعرقلة خطة الإصلاح.",
     "وزير الصحة"),
    ("وأعلن المجلس العسكري تعليق عمل البرلمان، متهما النواب بتعطيل مصالح البلاد.",
     "المجلس العسكري"),
])
def test_an_accusing_participle_after_an_act_takes_its_subject(text: str, speaker: str) -> None:
    st = statement(text, "متهما")
    assert st.act == "ACCUSE"
    assert st.speaker is not None and st.speaker.text.startswith(speaker)
    assert "ACCUSE" in [t for t, _ in events(text)]


# After a statement in the sentence, the participle keeps that statement's speaker.
def test_a_participle_after_a_statement_keeps_its_speaker() -> None:
    text = ("وقال المتحدث باسم الجيش إن قواته صدت الهجوم، متهما المتمردين بخرق الهدنة.")
    st = statement(text, "متهما")
    assert st.speaker is not None and st.speaker.text.startswith("المتحدث باسم الجيش")


# «وصف X Y بأنه انقلاب/احتلال/جريمة…»: calling it a coup, an occupation, a crime accuses.
@pytest.mark.parametrize("text, cue", [
    ("ووصفت الجبهة المعارضة ما جرى في العاصمة بأنه انقلاب على إرادة الناخبين.", "وصفت"),
    ("ووصف الحزب الحاكم دخول القوات الأجنبية بأنه \"احتلال صريح\" للبلاد.", "وصف"),
    ("وتصف المنظمة الحقوقية ما يتعرض له المعتقلون بأنه جريمة ضد الإنسانية.", "تصف"),
])
def test_calling_it_a_coup_or_a_crime_accuses(text: str, cue: str) -> None:
    assert ("ACCUSE", cue) in cues(text)


def test_the_describers_accusation_is_an_accuse_event_with_its_actor() -> None:
    text = "ووصفت الجبهة المعارضة ما جرى في العاصمة بأنه انقلاب على إرادة الناخبين."
    assert ("ACCUSE", ["الجبهة المعارضة"]) in events(text)


# A description that is no charge reports nothing.
@pytest.mark.parametrize("text", [
    "ووصف الوزير العلاقات مع الجارة الشمالية بأنها ممتازة.",
    "ووصفت الحكومة القرار الأمريكي بأنه تصعيد خطير.",
    "وصف المدرب أداء اللاعبين بأنه مقبول في الشوط الأول.",
    "وهدد الرئيس بقطع العلاقات إذا وصف البرلمان الأوروبي ما جرى بأنه انقلاب.",
])
def test_a_description_that_is_no_charge_is_no_statement(text: str) -> None:
    assert not [c for a, c in cues(text) if "صف" in c]
