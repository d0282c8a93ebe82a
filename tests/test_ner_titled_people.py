"""A name right after a person's title is a person, whole: «النائب سالم المطيري», «العقيد
ماجد بن علي الغامدي», even with stacked titles («النائب د. …»). Everyday words, royal titles
(the KB's business), namesake institutions and known names stay out."""

from __future__ import annotations

import pytest

import marsad


def people(text: str) -> list[str]:
    return [e.text for e in marsad.analyze(text, published="2015-08-09").entities
            if e.type == "PER"]


@pytest.mark.parametrize("sentence, name", [
    ("استنكر النائب سالم المطيري العمل الإرهابي.", "سالم المطيري"),
    ("من جانبه، شجب النائب د. سالم المطيري الاعتداء الآثم على المصلين.", "سالم المطيري"),
    ("ودعا العقيد ماجد بن علي الغامدي المواطنين إلى المبادرة بالتسجيل.",
     "ماجد بن علي الغامدي"),
    ("وأوضح المهندس فهد المغرق أن المشروع يكتمل العام المقبل.", "فهد المغرق"),
])
def test_a_titled_name_is_one_person(sentence: str, name: str) -> None:
    assert name in people(sentence)


@pytest.mark.parametrize("sentence, not_a_name", [
    ("وقال المتحدث باسم المجلس إن الجلسة تأجلت.", "باسم المجلس"),
    ("وقال الوزير علي العمل مستمر في الموقع.", "علي العمل"),
    ("تبرعت جمعية الملك فهد الخيرية بمئة سلة غذائية.", "فهد الخيرية"),
    ("وقال نائب مرشد الإخوان إن الجماعة لن تشارك.", "مرشد الإخوان"),
    ("وأكد الأمير فيصل بن خالد رئيس اللجنة أن العمل مستمر.", "فيصل بن خالد رئيس"),
])
def test_everyday_words_and_institutions_are_not_read_as_a_titled_name(
        sentence: str, not_a_name: str) -> None:
    assert not_a_name not in people(sentence)


def test_a_family_after_a_name_is_part_of_it() -> None:
    found = marsad.analyze("استقبل الملك سلمان بن عبدالعزيز آل سعود في الرياض أمس الوفد.",
                           published="2015-08-09").entities
    king = [e for e in found if e.type == "PER"]
    assert [(e.text, e.link.kb if e.link else None) for e in king] == [
        ("الملك سلمان بن عبدالعزيز آل سعود", "actor:king-salman")]


@pytest.mark.parametrize("sentence, namesake", [
    ("أغلقت الشرطة طريق الملك سعود بعد الحادث.", "سعود"),
    ("تخرج الطلاب في جامعة الملك عبدالعزيز بجدة.", "عبدالعزيز"),
    ("أقيمت الصلاة في جامع الإمام تركي بن عبدالله وسط المدينة.", "تركي بن عبدالله"),
])
def test_a_name_after_an_institution_head_is_no_person(sentence: str, namesake: str) -> None:
    assert namesake not in people(sentence)


def test_by_way_of_is_not_a_road() -> None:
    assert "أحمد العلي" in people("وجاء الهدف الثاني عن طريق أحمد العلي في الدقيقة العشرين.")
