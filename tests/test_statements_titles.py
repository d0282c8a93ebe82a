"""Round 15 of the statements stage: a speaker named only by a title right after the cue
(«وأكد أمير المنطقة…»، «ودعا وزير الخارجية…») is the person named in apposition right after
it, or the person the same title named earlier in the article (by the name before it or a
few words after it); with no such person the title stays as the speaker's text. Through the real chain, each rule with its counter-case."""

from __future__ import annotations

import functools

import pytest

from marsad.api import analyze
from marsad.model import Article


@functools.cache
def analysed(text: str) -> Article:
    return analyze(text, published="2024-12-06")


def speaker_of(text: str, cue: str) -> tuple[str | None, str | None]:
    """(speaker text, the text of the speaker's entity) of the statement with cue ``cue``."""
    article = analysed(text)
    found = [st for st in article.statements if article.text[st.cue[0]:st.cue[1]] == cue]
    assert found, [article.text[st.cue[0]:st.cue[1]] for st in article.statements]
    speaker = found[0].speaker
    assert speaker is not None
    entity = article.entity(speaker.entity) if speaker.entity else None
    return speaker.text, entity.text if entity else None


# The title names a person earlier: the name stands just before it, or a few words after.
@pytest.mark.parametrize("text, cue, title, person", [
    ("افتتح الأمير محمد بن ناصر أمير منطقة جازان المعرض أمس. وأكد أمير المنطقة أن "
     "المشاريع ستكتمل قريبا.", "أكد", "أمير المنطقة", "محمد بن ناصر"),
    ("التقى وزير الخارجية السعودي عادل الجبير نظيره الفرنسي في باريس. ودعا وزير الخارجية "
     "إلى وقف القتال فورا.", "دعا", "وزير الخارجية", "عادل الجبير"),
    ("استقبل ولي العهد الأمير محمد بن سلمان الرئيس الفرنسي في جدة. وأكد ولي العهد أن "
     "المملكة تدعم جهود السلام.", "أكد", "ولي العهد", "محمد بن سلمان"),
])
def test_a_title_alone_speaks_for_the_person_it_named(text: str, cue: str, title: str,
                                                      person: str) -> None:
    spoken, named = speaker_of(text, cue)
    assert spoken == title
    assert named is not None and person in named


# No earlier name for the title: the title itself is the speaker, as text, with no entity.
@pytest.mark.parametrize("text, cue, title", [
    ("قال الرئيس عبد الفتاح السيسي إن الاقتصاد يتعافى. وطالب النائب العام بمحاكمة "
     "المسؤولين عن الحادث.", "طالب", "النائب العام"),
    ("اجتاحت السيول الأحياء الشرقية أمس. ودعا محافظ المدينة السكان إلى الابتعاد عن مجاري "
     "الأودية.", "دعا", "محافظ المدينة"),
])
def test_a_title_with_no_name_stays_text(text: str, cue: str, title: str) -> None:
    assert speaker_of(text, cue) == (title, None)


# A different office, or the same office over another domain, names someone else.
@pytest.mark.parametrize("text, cue, title", [
    ("التقى وزير الخارجية السعودي عادل الجبير وفدا أوروبيا. ودعا وزير الداخلية إلى "
     "تشديد الرقابة على الحدود.", "دعا", "وزير الداخلية"),
    ("افتتح الأمير محمد بن ناصر أمير منطقة جازان المعرض. وأكد محافظ المنطقة أن المشاريع "
     "ستكتمل قريبا.", "أكد", "محافظ المنطقة"),
])
def test_another_title_takes_no_earlier_name(text: str, cue: str, title: str) -> None:
    assert speaker_of(text, cue) == (title, None)


# A title after a verb that has its own subject is its object: the subject speaks.
@pytest.mark.parametrize("text, cue, speaker", [
    ("التقى وزير الخارجية السعودي عادل الجبير نظيره الفرنسي. واستقبل الملك سلمان وزير "
     "الخارجية في قصره وأكد أن العلاقات متينة.", "أكد", "الملك سلمان"),
])
def test_a_title_as_object_does_not_speak(text: str, cue: str, speaker: str) -> None:
    spoken, named = speaker_of(text, cue)
    assert spoken is not None and speaker in spoken
    assert named is None or "الجبير" not in named


# A person named a few words after the title and closed by a comma or «أن» is the title's
# name in apposition, even when the phrase stopped before it.
@pytest.mark.parametrize("text, cue, person", [
    ("أكد نائب خادم الحرمين الشريفين الأمير محمد بن نايف بن عبد العزيز، أن الأمن مستتب "
     "في المنطقة.", "أكد", "محمد بن نايف"),
    ("وأوضح مدير مرور محافظة القطيف العقيد سالم الدوسري، أن الحركة عادت إلى طبيعتها.",
     "أوضح", "سالم الدوسري"),
])
def test_a_name_in_apposition_after_the_title_speaks(text: str, cue: str, person: str) -> None:
    named = speaker_of(text, cue)[1]
    assert named is not None and person in named


# A title that carries a nisba of another country is another office holder.
@pytest.mark.parametrize("text, cue, title", [
    ("التقى وزير الخارجية السعودي عادل الجبير وفدا أوروبيا في الرياض. وقال وزير الخارجية "
     "الإيطالي إن بلاده تدعم الحل السياسي.", "قال", "وزير الخارجية الإيطالي"),
])
def test_a_title_with_another_nisba_takes_no_earlier_name(text: str, cue: str,
                                                          title: str) -> None:
    assert speaker_of(text, cue) == (title, None)


# A speaker carried on to the next cue keeps the person the title gave.
def test_a_carried_speaker_keeps_the_person() -> None:
    text = ("افتتح الأمير محمد بن ناصر أمير منطقة جازان المعرض أمس. وأكد أمير المنطقة أن "
            "المشاريع ستكتمل قريبا، وقال إن الدولة تدعم المنطقة.")
    article = analysed(text)
    spoken = [st.speaker for st in article.statements if st.speaker is not None]
    assert len(spoken) >= 2
    names = {article.entity(sp.entity).text for sp in spoken if sp.entity}
    assert names and all("محمد بن ناصر" in name for name in names)
    assert all(sp.entity for sp in spoken)


# A person after the title who goes on to the cue's complement is its object, not a name.
@pytest.mark.parametrize("text, cue, title", [
    ("ودعا وزير الخارجية الرئيس بشار الأسد إلى وقف القصف فورا.", "دعا", "وزير الخارجية"),
])
def test_a_person_the_cue_addresses_is_no_apposition(text: str, cue: str, title: str) -> None:
    spoken, named = speaker_of(text, cue)
    assert spoken is not None and spoken.startswith(title)
    assert named is None or "الأسد" not in named
