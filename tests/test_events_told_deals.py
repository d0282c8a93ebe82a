"""A deal told by its noun as concluded, with a date of its own, is an AGREE
(``marsad/eventcoding/told_deals.py``; rows «اتفاق @concluded_it»… in ``event_triggers.tsv``,
words in ``event_told_deals.yaml`` and ``event_object_classes.yaml``).

* «الاتفاق الذي تم التوصل إليه في أبريل الماضي»، «طبقا للاتفاق الذي أعلن عنه في 9 أبريل»: an
  AGREE dated by its own date, asserted even inside a speaker's words;
* with its kind between («الاتفاق النووي المبرم … في مارس الماضي»);
* its parties after «بين» or «مع» are its actors;
* with no date of its own («تبعات الاتفاق النووي المبرم بين إيران والدول الكبرى») it is a topic:
  no event;
* told after an agreement the article told before, it names that one: no second event.

Our own sentences, through the real chain (the article is dated 2024-05-01). Three tests pin the
rows of ``event_triggers.tsv`` and the deal nouns of ``event_object_classes.yaml``, not the
module: they hold without its hooks (the deal after «لـ» with its announced date, the deal with
its kind between, the party after «مع»). The others fail without ``told_deals.py``."""

from __future__ import annotations

from gold.events.oracle import analyzed, names, of_type


def _deals(text: str) -> list[tuple[str, str | None, str, list[str]]]:
    article = analyzed(text)
    found = []
    for event in of_type(article.events, "AGREE"):
        start, end = event.trigger or event.evidence
        found.append((article.text[start:end], event.time, event.factuality,
                      names(article, event.actors) + event.actor_text))
    return found


def test_a_deal_reached_last_month_is_an_agreement_of_its_own_time() -> None:
    [(trigger, time, factuality, _)] = _deals(
        "وقال الوزير إن الاتفاق الذي تم التوصل إليه في أبريل الماضي بين الحكومة والمتمردين ما زال "
        "صامدا.")
    assert trigger == "الاتفاق الذي تم التوصل إليه"
    assert (time, factuality) == ("2024-04", "asserted")


def test_a_deal_after_lil_with_its_announced_date_is_an_agreement() -> None:
    [(trigger, time, factuality, actors)] = _deals(
        "وتطالب الوكالة بدخول المنشأة طبقا للاتفاق الذي أعلن عنه في 9 أبريل بين إيران والقوى الست.")
    assert trigger == "للاتفاق الذي أعلن عنه"
    assert (time, factuality) == ("2024-04-09", "asserted")
    assert "إيران" in actors


def test_a_deal_told_with_its_kind_between_is_an_agreement() -> None:
    [(trigger, time, _, _)] = _deals(
        "ويتناول التقرير الاتفاق النووي المبرم بين إيران والدول الكبرى في مارس الماضي.")
    assert trigger == "الاتفاق النووي المبرم"
    assert time == "2024-03"


def test_the_party_after_maa_is_the_deals_actor() -> None:
    [(_, _, _, actors)] = _deals(
        "وستستخدم واشنطن القاعدة بموجب الاتفاق الذي تم التوصل إليه مع تركيا في مارس الماضي.")
    assert actors == ["تركيا"]


def test_a_concluded_deal_with_no_date_of_its_own_is_a_topic() -> None:
    assert _deals("ويخشى المستثمرون تبعات الاتفاق النووي المبرم بين إيران والدول الكبرى.") == []


def test_a_concluded_deal_after_the_agreement_told_before_is_no_second_event() -> None:
    found = _deals("وبعد التوصل لاتفاق نووي في أبريل الماضي بين إيران ومجموعة الدول الست بدأت "
                   "اتصالات جديدة. ويقول دبلوماسيون إن موسكو تقف وراء المسعى عقب "
                   "الاتفاق النووي الذي تم التوصل إليه في فيينا يوم 20 أبريل.")
    assert [trigger for trigger, *_ in found] == ["التوصل لاتفاق"]
