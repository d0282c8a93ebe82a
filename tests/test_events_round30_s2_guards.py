"""Events, round 30 (S2): guards of ``trigger_candidates`` that turned away a happening.

* «بطلب من X» (``fact_requested``): the statements layer reads X's call as holding the clause
  around it, and a call's content is dropped; the verb before the cue is the reporter's
  narration, done at X's request. A masdar alone before it stays out (a backdrop may end so),
  and the requester is no party of a meeting held at its request.
* «أوقف/أبعد» with the people they hold named with the article («الناشط»، «الصحفيين») or by
  a count («40 من الأسرى»).
* «ووقع الوزيران …»: two signers by their title, and an executive programme signed.
* A warning that is a threat with no condition told (``warned_threats``): the warner's own
  forces and their act to come («من أن قواته ستقصف…»), a named party's red line. Another
  party's forces stay a forecast; the warner's pronoun alone stays a warning (round 14).
* «ستقاطع» (will boycott) is read; «تقاطع» alone is a crossroads (``future_only``).
* «الدوري» right after a meeting's noun is «periodic», no league: it frames no match
  (``military_ranks.periodic``); «لقاء الدوري» stays a match.
* «أطلق» with what is launched after the launcher and an aside (``trig_subjects``).
* «منع … من الوصول» with the bar's mark far after the verb (``far_marks``, ``followed``).
* «مفاوضات السلام» are peace talks, no abstract «السلام»; being open to talks is a stance.

Our own sentences, through the real chain. Each was coded otherwise without the change."""

from __future__ import annotations

import pytest

from gold.events.oracle import analyzed, of_type, triggers


def test_an_entry_at_a_government_request_is_told_done() -> None:
    text = "دخلت قوات من الحرس الوطني إلى مدينة الكرك صباح أمس بطلب من المحافظ."
    assert triggers(text, "MOBILIZE")
    assert triggers(text, "REQUEST")  # the request stays an event of its own


def test_a_masdar_alone_before_the_request_stays_out() -> None:
    text = "وأدت الفضيحة إلى اعتقال سبعة من مسؤولي الاتحاد بطلب من القضاء السويسري."
    assert not triggers(text, "COERCE")


def test_the_requester_is_no_party_of_the_meeting() -> None:
    article = analyzed("ويعقد سفراء الدول الأعضاء اجتماعا طارئا اليوم بطلب من تركيا لبحث التطورات.")
    names = {entity.id: entity.text for entity in article.entities}
    for event in of_type(article.events, "CONSULT"):
        assert "تركيا" not in [names.get(actor) for actor in event.actors]


@pytest.mark.parametrize("text", [
    "أوقفت الشرطة الناشط الحقوقي في مطار القاهرة مساء أمس.",
    "وأبعدت السلطات 40 من الأسرى المحررين إلى قطر يوم الخميس.",
])
def test_people_held_named_with_the_article_or_a_count(text: str) -> None:
    assert triggers(text, "COERCE")


def test_two_ministers_sign_a_programme() -> None:
    assert triggers("ووقع الوزيران برنامجا تنفيذيا للتعاون الزراعي في الرباط أمس.", "AGREE")


@pytest.mark.parametrize("text", [
    "وحذر وزير الدفاع السوداني من أن قواته ستقصف أي قافلة تقترب من الحدود.",
    "وحذر الرئيس التونسي قيس سعيد من أن أمن الحدود خط أحمر.",
])
def test_a_warning_of_own_forces_or_a_red_line_is_a_threat(text: str) -> None:
    assert triggers(text, "THREATEN")


def test_another_partys_forces_stay_a_forecast() -> None:
    assert not triggers("وحذر المرصد من أن قوات النظام ستهاجم المدينة خلال أيام.", "THREATEN")


def test_will_boycott_is_read_and_a_crossroads_is_not() -> None:
    assert triggers("أعلنت أحزاب المعارضة أنها ستقاطع الانتخابات البلدية.", "REJECT")
    assert not triggers("وقع الحادث عند تقاطع شارعين وسط المدينة.", "REJECT")


def test_a_periodic_meeting_is_no_league_match() -> None:
    text = "عقد وزراء الداخلية العرب اجتماعهم الدوري في تونس اليوم برئاسة الوزير التونسي."
    assert triggers(text, "CONSULT")


def test_a_league_match_stays_a_frame() -> None:
    assert not triggers("والتقى الفريقان في لقاء الدوري مساء أمس بالقاهرة.", "CONSULT")


def test_a_launch_told_after_the_launcher_and_an_aside() -> None:
    text = ("وأطلقت سرايا القدس، الذراع العسكرية لحركة الجهاد الإسلامي، عشرات الصواريخ على "
            "مستوطنات الغلاف.")
    assert triggers(text, "ASSAULT")


def test_a_campaign_launched_is_no_attack() -> None:
    text = "وأطلقت وزارة الصحة، بالتعاون مع المنظمة الدولية، حملة واسعة لتطعيم الأطفال."
    assert not triggers(text, "ASSAULT")


def test_a_bar_with_its_mark_far_after_the_verb() -> None:
    text = "منعت قوات الأمن قوافل الإغاثة التابعة للهلال الأحمر في مدينة بنغازي من الوصول إلى البلدة."
    assert triggers(text, "COERCE")


def test_peace_talks_are_talks() -> None:
    assert triggers("بدأت مفاوضات السلام بين الحكومة والمتمردين في جنيف أمس.", "CONSULT")
    assert not triggers("وقال إن الحركة منفتحة على محادثات السلام مع الحكومة.", "CONSULT")
