"""Events, round 27: one happening told twice in an article is one event.

* A masdar in construct with a definite word or a name, or a definite masdar, whose next words
  repeat what an earlier event of its type named (the words after its trigger, its place, a
  party's name) is that event told again (``eventcoding/retold_happenings.py``): «أحدث هجمات
  كابول» after attacks in Kabul, «الهجمات التركية» after Turkish shelling.
* It stays when its place, its parties or its own date differ from the earlier event's, when
  a word makes it another one («جولة أخرى»), and when nothing of its type was told before.
* A coming visit named again by its visitor after a title («زيارة الرئيس تبون المقبلة»)
  is the coming visit told before; a coming visit after a visit told as done is another one.

The real chain on our own sentences. The tests of what is dropped fail without the round's
code; the tests of what stays guard the rule's bounds."""

from __future__ import annotations

from gold.events.oracle import triggers

SHELLING = ("قصفت المدفعية التركية فجر الثلاثاء مواقع لمسلحين في بلدة عفرين شمال سوريا، ما "
            "أسفر عن دمار واسع. ")
ATTACK = "هاجم مسلحون مراكز للشرطة في مدينة قندهار مساء الجمعة. "


def test_attacks_named_again_by_their_city_are_no_new_attack() -> None:
    assert triggers(ATTACK + "وقال محلل إن الحركة تريد أن تبعث بأحدث هجمات قندهار رسالة إلى "
                    "الحكومة.", "ASSAULT") == ["هاجم"]


def test_attacks_named_again_by_their_doer_are_no_new_attack() -> None:
    assert triggers(SHELLING + "ودعت موسكو أنقرة إلى ضبط النفس، فيما اتهم القيادي الكردي "
                    "روسيا بالصمت على الهجمات التركية.", "ASSAULT") == ["قصفت"]


def test_attacks_in_another_city_stay() -> None:
    assert triggers(ATTACK + "وقال محلل إن هجمات كابول الأسبوع الماضي كانت أشد.",
                    "ASSAULT") == ["هاجم", "هجمات"]


def test_attacks_on_another_town_stay() -> None:
    assert triggers(SHELLING + "وقالت القوات الكردية إن القصف التركي على بلدة منبج أمس أوقع "
                    "قتلى.", "ASSAULT") == ["قصفت", "القصف"]


def test_attacks_of_another_day_stay() -> None:
    assert triggers(ATTACK + "وقال محلل إن هجمات قندهار يوم 3 مارس الماضي كانت أشد.",
                    "ASSAULT") == ["هاجم", "هجمات"]


def test_attacks_told_as_other_ones_stay() -> None:
    assert triggers(ATTACK + "وقال محلل إن هجمات قندهار الأخرى كانت أشد.",
                    "ASSAULT") == ["هاجم", "هجمات"]


COMING = ("وصرح المتحدث بأن المبعوث نقل تطلع نظيره إلى استقبال الرئيس تبون في زيارته "
          "المقبلة إلى الهند. ")


def test_a_coming_visit_named_again_by_its_visitor_is_no_new_visit() -> None:
    assert triggers(COMING + "وأشار المبعوث إلى أن بلاده تتطلع إلى إتمام زيارة الرئيس تبون "
                    "المقبلة إلى الهند لبحث التعاون.", "CONSULT") == ["استقبال"]


def test_a_coming_visit_after_a_visit_told_as_done_is_another_one() -> None:
    assert triggers("زار الرئيس تبون أمس العاصمة الهندية نيودلهي والتقى نظيره الهندي. "
                    "وأشار المبعوث إلى أن بلاده تتطلع إلى إتمام زيارة الرئيس تبون المقبلة إلى "
                    "الهند لبحث التعاون.", "CONSULT")[-1] == "زيارة"
