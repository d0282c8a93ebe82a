"""Events told of «المملكة» / «السلطنة» standing alone (the home press's word for its own
country, read by ``marsad.ner.country_epithets``): the country is an actor; the whole country
is no event's place; its standing policy in the present tense is no event; its envoy at a post
abroad, called by its own side, is called home (``eventcoding/envoy_calls.py``).

The real chain on our own sentences."""

from __future__ import annotations

from gold.events.oracle import analyzed, first_coded, names, of_type, triggers


def test_the_kingdom_alone_is_the_actor_of_a_past_act() -> None:
    article, event = first_coded(
        "الرياض - أعلنت السعودية حزمة جديدة من الإجراءات. وقدمت المملكة أمس مساعدات طبية "
        "عاجلة إلى السودان.", "AID")
    assert names(article, event.actors) == ["المملكة"]


def test_the_whole_home_country_is_no_place() -> None:
    article, event = first_coded(
        "مسقط - أعلنت سلطنة عمان نتائج التحقيق. وقالت الشرطة إنها اعتقلت في السلطنة أمس "
        "خمسة أشخاص بتهمة التهريب.", "COERCE")
    assert event.place is None


def test_a_named_city_stays_the_place() -> None:
    article, event = first_coded(
        "مسقط - أعلنت سلطنة عمان نتائج التحقيق. وقالت الشرطة إنها اعتقلت في صلالة أمس "
        "خمسة أشخاص بتهمة التهريب.", "COERCE")
    assert event.place is not None and article.entity(event.place).text == "صلالة"


def test_the_kingdoms_standing_policy_in_the_present_is_no_event() -> None:
    text = ("الرياض - أعلنت السعودية خطة الموسم. وقال المتحدث إن المملكة ترحب بضيوف الرحمن "
            "من كل مكان.")
    assert of_type(analyzed(text).events, "SUPPORT") == []


def test_its_envoy_at_a_post_abroad_is_called_home() -> None:
    text = ("عمان - أكد الأردن موقفه من الحرب. وقررت وزارة الخارجية أمس استدعاء سفير المملكة "
            "لدى إسرائيل فورا.")
    assert triggers(text, "ACCUSE") == []
    assert triggers(text, "SANCTION") == ["استدعاء سفير"]


def test_an_envoy_called_by_his_own_named_country_is_called_home() -> None:
    text = "واستدعت وزارة الخارجية القطرية أمس السفير القطري لدى القاهرة."
    assert triggers(text, "ACCUSE") == []
    assert triggers(text, "SANCTION") == ["واستدعت"]


def test_an_envoy_summoned_by_the_posts_country_stays_summoned() -> None:
    text = ("الرياض - قالت السعودية إنها ترفض التصريحات. واستدعت الخارجية الإيرانية أمس سفير "
            "المملكة لدى طهران احتجاجا على التصريحات.")
    assert triggers(text, "SANCTION") == []
    assert triggers(text, "ACCUSE") == ["واستدعت"]


def test_an_envoy_of_an_unnamed_caller_stays_summoned() -> None:
    text = "واستدعت وزارة الخارجية أمس سفير إسرائيل لدى عمان احتجاجا على الاقتحام."
    assert triggers(text, "SANCTION") == []
    assert triggers(text, "ACCUSE") == ["واستدعت"]
