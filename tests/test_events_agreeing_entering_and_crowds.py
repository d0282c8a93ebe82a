"""Events, round 22: trigger words that the gold of two or more spent sets shows and no row read
(``marsad/lexicons/event_triggers.tsv``, the «round 22 (lexcross)» rows, and their guards in
``event_grammar.yaml`` ``context_blockers``).

* «الاتفاق على» is parties agreeing (AGREE); not what a deal says («وينص الاتفاق على»), not
  what was agreed told again («ما يتم الاتفاق عليه»), not a failure to agree («لم يتمكنوا من
  الاتفاق على»).
* «دخلت قوات/وحدات من الجيش…» is a unit entering (MOBILIZE), its army after «من» the actor;
  the unit must follow the verb («دخل الانتحاري مسجد مقر قوات الطوارئ» is no deployment).
* «خرج مئات/المئات/آلاف/الآلاف/عشرات …» is a protest; not a crowd out to celebrate, to bury, to
  welcome a team, nor worshippers leaving a mosque.
* «إعادة تسليح/التسلح» is rearming (MOBILIZE); «استمر القتال» fighting (ASSAULT);
  «قدم المساعدة/مساعدة» and field hospitals or camps set up are AID.

Our own sentences, through the real chain. Each guard test also codes the event sense in a
sentence of the same shape, so it fails without the rows."""

from __future__ import annotations

import pytest

from gold.events.oracle import analyzed, first_coded, names, of_type


def _coded(text: str, type_: str, trigger: str) -> bool:
    """Whether ``text`` has an event of ``type_`` whose trigger text holds ``trigger``."""
    article = analyzed(text)
    return any(event.trigger is not None and trigger in article.text[event.trigger[0]:event.trigger[1]]
               for event in of_type(article.events, type_))


# ---- «الاتفاق على» ------------------------------------------------------------------------

def test_parties_agreeing_on_a_step_is_an_agreement() -> None:
    article, event = first_coded("أعلنت الكويت وقطر أمس الاتفاق على تشكيل لجنة مشتركة لمكافحة "
                                 "التهريب عبر الحدود.", "AGREE")
    assert article.text[event.trigger[0]:event.trigger[1]] == "الاتفاق على"  # type: ignore[index]


def test_what_a_deal_stipulates_is_no_agreeing() -> None:
    assert _coded("وقال مسؤول إنه تم الاتفاق على انسحاب المسلحين من خطوط التماس.", "AGREE",
                  "الاتفاق على")
    assert not _coded("وينص الاتفاق على انسحاب المسلحين من خطوط التماس.", "AGREE", "الاتفاق على")


def test_what_was_agreed_told_again_is_no_agreeing() -> None:
    assert _coded("وأكدت الوزارة أنه تم الاتفاق على تحديث الأسعار من الشركات.", "AGREE",
                  "الاتفاق على")
    assert not _coded("وقالت الهيئة إنها ستتابع ما يتم الاتفاق عليه بين النقابة والمصانع.",
                      "AGREE", "الاتفاق")


def test_a_failure_to_agree_is_no_agreeing() -> None:
    assert _coded("وأعلن أعضاء المجلس الاتفاق على موعد الاقتراع.", "AGREE", "الاتفاق على")
    assert not _coded("لكن أعضاء المجلس لم يتمكنوا أمس من الاتفاق على موعد الاقتراع.", "AGREE",
                      "الاتفاق")


# ---- «دخلت قوات…» ------------------------------------------------------------------------

def test_units_entering_a_town_are_deployed_by_their_army() -> None:
    article, event = first_coded("دخلت وحدات من الجيش العراقي، مساء أمس، بلدة القائم على "
                                 "الحدود.", "MOBILIZE")
    assert names(article, event.actors) == ["الجيش العراقي"]


def test_a_unit_not_right_after_the_verb_is_no_deployment() -> None:
    assert _coded("دخلت قوات من الجيش التركي مدينة جرابلس فجر الأحد.", "MOBILIZE", "دخلت")
    assert not _coded("دخل المهاجم مسجد مقر قوات الأمن في المدينة فجر الأحد.", "MOBILIZE", "دخل")


# ---- «خرج آلاف…» -------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "وخرج مئات المواطنين إلى ميدان الشهداء مطالبين برحيل الحكومة.",
    "وخرج المئات في البصرة والناصرية رافعين مطالب بتحسين الخدمات.",
    "وخرج آلاف الطلاب إلى شوارع العاصمة رفضا لقانون التعليم الجديد.",
    "وخرج الآلاف في ساحة التحرير للمطالبة بإجراء انتخابات مبكرة.",
    "وخرج عشرات العمال أمام مقر الشركة للمطالبة بصرف رواتبهم المتأخرة.",
])
def test_a_crowd_out_by_its_number_is_a_protest(text: str) -> None:
    assert _coded(text, "PROTEST", "خرج")


def test_a_crowd_out_to_celebrate_is_no_protest() -> None:
    assert _coded("وخرج آلاف الشباب إلى شوارع المدينة مطالبين بفرص عمل.", "PROTEST", "خرج")
    assert not _coded("وخرج آلاف الشباب إلى شوارع المدينة احتفالاً بفوز المنتخب.", "PROTEST",
                      "خرج")


def test_a_crowd_out_to_bury_the_dead_is_no_protest() -> None:
    assert _coded("وخرج عشرات الآلاف في النجف مطالبين بمحاسبة المسؤولين.", "PROTEST", "خرج")
    assert not _coded("وخرج عشرات الآلاف في تشييع جثمان الشيخ في النجف.", "PROTEST", "خرج")


def test_fans_out_to_welcome_a_team_are_no_protest() -> None:
    assert _coded("وخرج آلاف الشباب إلى مطار المدينة مطالبين بفرص عمل.", "PROTEST", "خرج")
    assert not _coded("وخرج آلاف المشجعين إلى مطار المدينة لاستقبال لاعبي المنتخب.", "PROTEST",
                      "خرج")


# ---- the other rows ---------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "وقال الوزير إن بلاده سترد بقوة إذا حاولت الجماعة إعادة تسليح عناصرها قرب الحدود.",
    "وقال الوزير إن بلاده سترد بقوة إذا حاولت الجماعة إعادة التسلح قرب الحدود.",
])
def test_rearming_is_a_mobilization(text: str) -> None:
    assert _coded(text, "MOBILIZE", "إعادة")


def test_fighting_that_goes_on_is_an_assault() -> None:
    article, event = first_coded("وحذرت نقابة الأطباء من انهيار المستشفيات إذا استمر "
                                 "القتال في نيالا.", "ASSAULT")
    assert article.text[event.trigger[0]:event.trigger[1]] == "استمر القتال"  # type: ignore[index]
    assert event.factuality == "hypothetical"


@pytest.mark.parametrize("text", [
    "وأكدت اليابان أنها ستقدم كل المساعدة اللازمة إلى الحكومة الأوكرانية.",
    "وقدمت الكويت مساعدة عاجلة إلى المتضررين من الزلزال في المغرب.",
])
def test_help_given_is_aid(text: str) -> None:
    assert _coded(text, "AID", "قدم")


@pytest.mark.parametrize("text", [
    "وستقيم قطر مستشفيين ميدانيين في مدينة خان يونس خلال الأيام المقبلة.",
    "وقال الوزير إن الأردن سيقيم مخيمات لإيواء النازحين قرب الحدود.",
])
def test_field_hospitals_and_camps_set_up_are_aid(text: str) -> None:
    assert _coded(text, "AID", "قيم")
