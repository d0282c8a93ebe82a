"""Events, small fixes (issue 7): the addressee at the start of a call's content is its target
(«…، وطالبت السلطات المصرية بالإفراج عن…» — the nisba's entity, or the words when no entity
names them); fighters named by their organisation word act («عناصر الميليشيا»، «مسلحي
الجماعة»); an aggression with its doer named after it is an attack («العدوان الإسرائيلي على
غزة»), not a stance, a saying or a hospital's name; an order is a plan done by the one who
gave it («أمر ترامب بسحب القوات»). These run the real chain, as the bundled example does."""

from __future__ import annotations

import pytest

from gold.events.oracle import analyzed as _analyzed, names, only, types


# ---- the addressee at the start of a call's content -----------------------------------------

@pytest.mark.parametrize("text, target", [
    ("وأدانت منظمة العفو الدولية اعتقال الصحفيين، وطالبت السلطات المصرية بالإفراج عن "
     "المعتقلين فورا.", "المصرية"),
    ("وأدانت الخارجية القطرية القصف، ودعت الحكومة العراقية إلى حماية المدنيين.", "العراقية"),
    ("طالب الاتحاد الأوروبي إسرائيل بوقف الاستيطان.", "إسرائيل"),
])
def test_a_body_addressed_by_a_call_is_its_target(text, target):
    article = _analyzed(text)
    request = only(article.events, "REQUEST")
    assert names(article, request.targets) == [target]


def test_an_unnamed_addressee_is_kept_as_text():
    article = _analyzed("وأدانت الخارجية القطرية القصف، ودعت الأجهزة الأمنية إلى حماية المدنيين.")
    request = only(article.events, "REQUEST")
    assert request.target_text == ["الأجهزة الأمنية"]
    assert names(article, request.actors) == ["الخارجية القطرية"]


def test_a_second_party_joined_by_wa_is_no_addressee():
    article = _analyzed("دعا الوزير الحكومة العراقية وحكومة إقليم كردستان إلى ضبط النفس.")
    request = only(article.events, "REQUEST")
    assert not any(text.startswith("و") for text in request.target_text)


# ---- fighters named by their organisation word ----------------------------------------------

@pytest.mark.parametrize("text, actor", [
    ("وقال مسؤول إن عناصر الميليشيا اقتحموا البلدة صباح الأحد.", "عناصر الميليشيا"),
    ("وأعلن الجيش أن مسلحي الجماعة قصفوا القرية.", "مسلحي الجماعة"),
    ("وهاجم مقاتلو الحركة مواقع الجيش قرب الحدود.", "مقاتلو الحركة"),
    ("واشتبك عناصر الحزب مع قوات الأمن في الضاحية.", "عناصر الحزب"),
])
def test_fighters_of_an_organisation_are_the_actor(text, actor):
    article = _analyzed(text)
    assault = only(article.events, "ASSAULT")
    assert assault.actor_text == [actor]


def test_the_whole_head_is_the_actor_not_its_last_words():
    article = _analyzed("وقال مصدر إن طائرات التحالف قصفت مواقع للمسلحين.")
    assert only(article.events, "ASSAULT").actor_text == ["طائرات التحالف"]


def test_fighters_held_after_an_are_not_the_doers_of_their_arrest():
    article = _analyzed("وقالت المنظمة إن مسلحي الجماعة اعتقلوا في المطار.")
    assert all("مسلحي الجماعة" not in e.actor_text for e in article.events)


def test_the_organisation_alone_still_acts():
    article = _analyzed("وهاجمت الميليشيا القرية.")
    assert only(article.events, "ASSAULT").actor_text == ["الميليشيا"]


# ---- an aggression with its doer named ------------------------------------------------------

@pytest.mark.parametrize("text, doer, factuality", [
    ("أسفر العدوان الإسرائيلي على غزة عن سقوط مئات الشهداء.", "الإسرائيلي", "asserted"),
    ("وتواصل العدوان التركي على عفرين لليوم العاشر.", "التركي", "asserted"),
    ("ندد المتظاهرون بالعدوان الإسرائيلي على غزة.", "الإسرائيلي", "reported"),
])
def test_an_aggression_with_its_doer_is_an_attack(text, doer, factuality):
    article = _analyzed(text)
    assault = only(article.events, "ASSAULT")
    assert names(article, assault.actors) == [doer]
    assert assault.factuality == factuality


@pytest.mark.parametrize("text", [
    "نرفض العدوان بكل أشكاله ونقف مع الشعوب.",  # a stance, no doer
    "وقال الكاتب إن العدوان على الأمة لا يتوقف.",  # generic
    "وقال ابن عباس إن الرجل ندم على عدوانه.",  # a saying, a pronoun for its doer
    "ونقل الجريح إلى مستشفى كمال عدوان في بيت لاهيا.",  # a hospital's name
])
def test_an_aggression_without_a_named_doer_is_no_attack(text):
    assert "ASSAULT" not in types(_analyzed(text).events)


# ---- an order is a plan, done by the one who gave it ----------------------------------------

@pytest.mark.parametrize("text, orderer", [
    ("وأمر ترامب بسحب القوات الأمريكية من سوريا.", "ترامب"),
    ("وأمر الرئيس الأمريكي دونالد ترامب بسحب ألف جندي من سوريا.", "دونالد ترامب"),
])
def test_an_ordered_withdrawal_is_the_orderers_plan(text, orderer):
    article = _analyzed(text)
    retreat = only(article.events, "RETREAT")
    assert names(article, retreat.actors) == [orderer]
    assert retreat.factuality == "future"


def test_an_order_with_no_named_orderer_gives_no_doer_from_before():
    article = _analyzed("وصل الوزير سعد إلى المدينة. وأمرت قواتها بالبقاء في مواقعها على أهبة "
                        "الاستعداد.")
    assert all("سعد" not in names(article, e.actors) for e in article.events)


def test_the_noun_amr_is_no_order():
    article = _analyzed("إن هذا أمر جديد والاعتداءات الإسرائيلية على المدنيين مستمرة.")
    assert all(e.factuality != "future" for e in article.events)
