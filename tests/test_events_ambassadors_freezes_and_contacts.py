"""Events, round 16 (issue 7): triggers the coder did not read at all. Ambassadors recalled in
the plural, whatever seat the hamza takes for the case («سحب سفرائها»، «سحبت سفراءها»: the
``hamza_case_seats`` of ``event_grammar.yaml``, read by ``eventcoding.lexicon``); a body's work
or powers frozen («تجميد عمل البرلمان»، «تجميد اختصاصات الحكومة») as a coercion, not the
suspension of a treaty; contacts between parties («اتصالات مع/بين») as talks, but not the
telecom sector («هيئة الاتصالات»، ``trig_next``); a bare «وقّع» with a signer after it and a
document further on as a signing («ووقع وفدا البلدين، أمس، اتفاقا…»، ``trig_signing``), not
«ووقع انفجار». Each with its look-alike. Our own sentences, through the real chain."""

from __future__ import annotations

import pytest

from gold.events.oracle import analyzed, of_type, types


def _trigger_text(text: str, type_: str) -> str:
    article = analyzed(text)
    found = of_type(article.events, type_)
    assert len(found) == 1, types(article.events)
    start, end = found[0].trigger
    return article.text[start:end]


@pytest.mark.parametrize("text, trigger", [
    ("وقررت دول المجلس سحب سفرائها من العاصمة المالية.", "سحب سفرائها"),  # masdar, genitive
    ("وسحبت البحرين سفرائها من طهران.", "وسحبت"),  # the verb row «سفراءها», another seat
    ("وسحبت البحرين سفراءها من طهران.", "وسحبت"),  # the row as written
])
def test_ambassadors_recalled_in_the_plural_is_a_sanction(text: str, trigger: str) -> None:
    assert _trigger_text(text, "SANCTION") == trigger


@pytest.mark.parametrize("text", [
    "ودعا المجلس الدول العربية إلى سحب سفرائها من دمشق.",  # asked for: inside the call
    "وأشاد الوزير بسفرائها في الخارج.",  # no recall at all
])
def test_ambassadors_named_without_a_recall_are_no_sanction(text: str) -> None:
    assert "SANCTION" not in types(analyzed(text).events)


@pytest.mark.parametrize("text, trigger", [
    ("وأعلن الرئيس تجميد عمل البرلمان لمدة شهر.", "تجميد عمل"),
    ("وقرر المجلس العسكري تجميد اختصاصات الحكومة المحلية.", "تجميد اختصاصات"),
])
def test_a_body_frozen_is_a_coercion(text: str, trigger: str) -> None:
    assert _trigger_text(text, "COERCE") == trigger


def test_freezing_a_treaty_stays_a_suspension() -> None:
    events = analyzed("وقررت الحكومة تجميد العمل بالاتفاقية مع إسرائيل.").events
    assert "COERCE" not in types(events)
    assert "SANCTION" in types(events)


def test_frozen_wages_are_no_coercion() -> None:
    assert "COERCE" not in types(analyzed("واحتج المعلمون على تجميد الأجور.").events)


@pytest.mark.parametrize("text", [
    "وأكد الوزير أن بلاده تجري اتصالات مع الجانب الروسي لتثبيت الهدنة.",
    "وكشفت مصادر عن اتصالات بين حركة حماس والوسطاء المصريين.",
])
def test_contacts_with_or_between_parties_are_talks(text: str) -> None:
    assert "اتصالات" in _trigger_text(text, "CONSULT")


@pytest.mark.parametrize("text", [
    "وأعلنت هيئة الاتصالات مع بداية العام تخفيض الأسعار.",  # a body's name, «مع» a time
    "وارتفعت أسهم قطاع الاتصالات بنسبة 2 في المئة.",  # the sector
    "وقال المسؤول إن الاتصالات انقطعت عن المدينة ساعتين.",  # no party after it
])
def test_the_telecom_sector_is_no_talks(text: str) -> None:
    assert "CONSULT" not in types(analyzed(text).events)


@pytest.mark.parametrize("text", [
    "ووقع وفدا السودان وجنوب السودان، مساء أمس في أديس أبابا، اتفاقا لترسيم الحدود.",  # past a comma
    "ووقع قادة الدول الخليجية على \"إعلان الرياض\" في ختام القمة.",  # a document no row lists
])
def test_a_signing_told_at_length_is_an_agreement(text: str) -> None:
    assert _trigger_text(text, "AGREE") == "ووقع"


@pytest.mark.parametrize("text", [
    "ووقع انفجار عنيف قرب مقر الوزارة.",  # happened
    "ووقع الرئيس مرسوما بتعيين الحكومة الجديدة.",  # a decree is no deal
    "ووقع وزير الخارجية في خطأ دبلوماسي أمام الصحفيين.",  # fell into
])
def test_a_bare_waqqa_without_signer_and_document_is_no_agreement(text: str) -> None:
    assert "AGREE" not in types(analyzed(text).events)
