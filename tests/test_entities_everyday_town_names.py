"""Everyday words that GeoNames lists as one-word towns (``kb_common_words.txt``: «ودان» as
«و» + «دان», «مهربين» "smugglers", «بادر» split as «ب» + «ادر») are neither linked nor tagged
as places unless a head word names the town («مدينة ودان»); «إيكواس» is the West African
bloc; «مالي» after a noun whose complement is a country («عضوية مالي») is Mali, and «مالي
الخاص» is "my own money"."""

from __future__ import annotations

import pytest

from marsad.api import analyze
from marsad.kb.sources import listed_common_words
from marsad.kb.store import kb


def entities(text: str) -> dict[str, tuple[str, str | None]]:
    article = analyze(text, published="2024-05-01")
    return {e.text: (e.type, e.link.kb if e.link else None) for e in article.entities}


def test_listed_words_are_common_words_of_the_artefact() -> None:
    # built into the KB by ``marsad kb build``: a stale artefact fails here
    assert {"ودان", "مهربين", "ادر", "عنك"} <= listed_common_words()
    assert listed_common_words() <= kb().common


@pytest.mark.parametrize(("text", "word"), [
    ("ضبطت دوريات حرس الحدود خمسة مهربين ومعهم كميات من الذخيرة.", "مهربين"),
    ("ودان شيخ الأزهر التفجير الذي استهدف الكنيسة صباح الأحد.", "ودان"),
    ("وقال الكاتب إنه لا لوم على الأهالي الذين غادروا القرية.", "لوم"),
    ("وأضاف في رسالته: لن يتحدث أحد بدلا عنك في هذه القضية.", "عنك"),
])
def test_the_everyday_word_is_no_place(text: str, word: str) -> None:
    found = entities(text)
    assert not any(word in name and typ in ("GPE", "LOC") for name, (typ, _) in found.items())


def test_after_a_head_word_the_town_is_linked() -> None:
    found = entities("وصلت تعزيزات عسكرية إلى مدينة ودان في منطقة الجفرة وسط ليبيا.")
    assert found.get("ودان") == ("GPE", "geonames:2209055")


@pytest.mark.parametrize("text", [
    "فرضت إيكواس عقوبات اقتصادية على النيجر بعد الانقلاب.",
    "قالت المجموعة الاقتصادية لدول غرب أفريقيا إنها سترسل وفدا إلى النيجر.",
])
def test_ecowas_is_an_organisation(text: str) -> None:
    found = entities(text)
    assert ("ORG", "actor:ecowas") in found.values()


def test_mali_after_a_country_taking_noun_is_the_country() -> None:
    found = entities("وجمدت إيكواس عضوية مالي إلى حين إجراء الانتخابات.")
    assert found.get("مالي") == ("GPE", "country:ML")


def test_my_own_money_is_not_mali() -> None:
    found = entities("وقال المتبرع إنه دفع تكاليف البئر من مالي الخاص.")
    assert "مالي" not in found
