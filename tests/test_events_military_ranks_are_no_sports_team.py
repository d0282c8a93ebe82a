"""Events: a lieutenant general («الفريق»، «الفريق أول») is no sports team.

The sport lists of ``context_blockers`` (event_grammar.yaml) hold «الفريق» (the team): a
signing, a withdrawal or talks in a sentence about a team are sport. The same word is a military
rank before a name («رئيس الأركان الفريق محمد فريد»، «الفريق أول عبد الفتاح البرهان») or before
«أول/ركن»; told so it blocks nothing (``event_military_ranks.yaml``,
``eventcoding/military_ranks.py``). A team is still a team.

The real chain on our own sentences."""

from __future__ import annotations

from gold.events.oracle import analyzed, first_coded, of_type


def test_a_signing_by_generals_named_with_their_rank_is_a_deal() -> None:
    text = ("وقع رئيس أركان الجيش الأردني الفريق أول يوسف الحنيطي ونظيره العراقي في عمان "
            "اتفاقية للتعاون العسكري بين البلدين.")
    article, event = first_coded(text, "AGREE")
    assert article.text[slice(*event.trigger)] == "وقع"


def test_a_withdrawal_ordered_by_a_general_named_with_his_rank_is_a_retreat() -> None:
    text = "وأعلن قائد القوات البرية الفريق الركن سامي الحسني انسحاب الوحدات من مدينة الرمادي."
    article, event = first_coded(text, "RETREAT")
    assert article.text[slice(*event.trigger)] == "انسحاب"


def test_a_team_that_withdraws_or_signs_is_still_sport() -> None:
    for text, kind in (("وانسحب الفريق من البطولة العربية بعد خسارته الثانية.", "RETREAT"),
                       ("ووقع الفريق اتفاقية رعاية مع شركة اتصالات قبل انطلاق الدوري.", "AGREE")):
        assert not of_type(analyzed(text).events, kind), text
