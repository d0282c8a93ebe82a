"""Where, and to whom: the second arguments round (docs/events.md, "Arguments round 2").

Each rule is pinned through the real chain (``marsad.analyze``) on sentences written for the
test, and the place scores of the spent gold sets are pinned as floors a little under what was
measured (``scripts/eval_events.py --pipeline --gold tests/gold/events/SET``), so they can only
go up on purpose.

* acts that are agreed, granted, given or cooperated on (AGREE, CONCEDE, AID, COOPERATE) are
  not put at the dateline's place: the reporter's city is seldom where a truce was agreed or
  from where aid left (``spoken_types`` in ``event_grammar.yaml``);
* «في بيان/تصريحات…» is the medium of a statement: neither it nor the name after it is a place
  (``medium`` in ``event_args_stems.tsv``);
* «بـ» + a place after a meeting names where it was held, not whom it was with (``bi_place``);
* «بحق» names whom an arrest, an attack or a sanction was done to (``right_marker``);
* an unnamed object stops at a charge, a time frame or a duration («بتهمة»، «خلال»، «لمدة»،
  «على التوالي»: ``object_end``), runs on through «أكثر من» to its count (``quantifier``), and
  never begins with «و» (a new clause: «رفضوها واعتبروها…»);
* more place nouns («قضاء»، «ناحية»، «ضاحية»، «منتجع»، «مديرية»): the name after one is a place."""

from __future__ import annotations

import pytest

import marsad
from gold.events.oracle import scored
from marsad.model import Article, Event


def _analyze(text: str) -> Article:
    return marsad.analyze(text, published="2025-03-02")


def _of(article: Article, type_: str) -> Event:
    found = [e for e in article.events if e.type == type_]
    assert found, (type_, [e.type for e in article.events])
    return found[0]


def _place(article: Article, event: Event) -> str | None:
    entity = article.entity(event.place) if event.place else None
    return entity.text if entity else None


def _targets(article: Article, event: Event) -> list[str]:
    named = [e.text for e in (article.entity(i) for i in event.targets) if e is not None]
    return named + event.target_text


# ---- the dateline is not where a deal was struck or aid was sent from -------------------------

@pytest.mark.parametrize("text, type_", [
    ("عمّان - وكالات: وافقت الحكومة اليمنية وجماعة الحوثي على هدنة لمدة شهرين.", "AGREE"),
    ("الكويت - كونا: أرسلت الكويت اليوم طائرة مساعدات ثالثة إلى السودان تحمل 40 طنا من الأغذية.",
     "AID"),
])
def test_a_deal_or_aid_told_under_a_dateline_is_not_placed_there(text: str, type_: str) -> None:
    article = _analyze(text)
    assert _place(article, _of(article, type_)) is None


def test_an_attack_under_a_dateline_still_takes_it() -> None:
    article = _analyze("غزة - وكالات: قصفت طائرات إسرائيلية منزلا فجر اليوم.")
    assert _place(article, _of(article, "ASSAULT")) == "غزة"


# ---- the medium of a statement is no place ---------------------------------------------------

@pytest.mark.parametrize("text", [
    "واتهمت حكومة الإقليم في بيان بغداد بخرق الاتفاق.",
    "واتهمت حكومة إقليم كردستان في بيان بغداد بخرق الاتفاق النفطي.",
])
def test_the_name_after_in_a_statement_is_not_the_place(text: str) -> None:
    article = _analyze(text)
    assert all(_place(article, e) != "بغداد" for e in article.events)
    assert any(e.type == "ACCUSE" for e in article.events)


# ---- a meeting «بـ» a city was held there ------------------------------------------------------

def test_a_meeting_in_a_city_after_bi_is_placed_there_not_met() -> None:
    article = _analyze("ويشارك الوزير غدا في اجتماع وزاري خليجي بالرياض.")
    meeting = _of(article, "CONSULT")
    assert _place(article, meeting) == "الرياض"
    assert "الرياض" not in _targets(article, meeting)


def test_a_person_after_bi_is_still_the_one_met() -> None:
    article = _analyze("التقى وزير الخارجية السعودي بنظيره الأمريكي في الرياض.")
    meeting = _of(article, "CONSULT")
    assert _place(article, meeting) == "الرياض"
    assert _targets(article, meeting)


# ---- «بحق» names the one the deed was done to --------------------------------------------------

def test_the_arrested_after_bihaqq_are_the_target() -> None:
    article = _analyze("نفذت القوات الإسرائيلية حملة اعتقالات بحق عشرات الفلسطينيين في مدينة الخليل.")
    arrest = _of(article, "COERCE")
    assert any("الفلسطينيين" in t for t in _targets(article, arrest))
    assert _place(article, arrest) == "الخليل"


# ---- an unnamed object ends before a charge, a time frame or a duration ------------------------

@pytest.mark.parametrize("text, type_, kept, cut", [
    ("اعتقلت قوات الأمن 12 شخصا بتهمة التخريب في مدينة صفاقس.", "COERCE", "12 شخصا", "بتهمة"),
    ("أوقفت الشرطة الكويتية خمسة أشخاص لمدة شهرين في الجهراء.", "COERCE", "خمسة أشخاص",
     "لمدة"),
])
def test_an_unnamed_object_stops_before_its_adjunct(text: str, type_: str, kept: str,
                                                   cut: str) -> None:
    article = _analyze(text)
    targets = _targets(article, _of(article, type_))
    assert kept in targets
    assert not any(cut in t for t in targets)


def test_on_end_is_no_target_of_a_rally() -> None:
    article = _analyze("واحتشد آلاف المحتجين لليوم الثاني على التوالي أمام مقر الحكومة في بيروت.")
    rally = _of(article, "PROTEST")
    assert not any("التوالي" in t for t in _targets(article, rally))
    assert _place(article, rally) == "بيروت"


@pytest.mark.parametrize("text, whole", [
    ("وقالت منظمات حقوقية إن قوات الأمن اعتقلت أكثر من 12 ألف شخص منذ بدء الاحتجاجات.",
     "أكثر من 12 ألف شخص"),
    ("اعتقلت الشرطة أكثر من 30 متظاهرا في وسط العاصمة.", "أكثر من 30 متظاهرا"),
])
def test_more_than_a_count_is_read_through_to_the_count(text: str, whole: str) -> None:
    article = _analyze(text)
    assert whole in _targets(article, _of(article, "COERCE"))


def test_a_clause_opened_by_wa_is_no_unnamed_object() -> None:
    article = _analyze("وشنت قوات الأمن حملة دهم واعتقالات طالت عشرات الشبان في مدينة نابلس.")
    assert article.events
    for event in article.events:
        assert not any(t.startswith("و") for t in event.target_text), event.target_text


# ---- more place nouns ----------------------------------------------------------------------------

def test_a_district_noun_before_a_name_makes_it_the_place() -> None:
    article = _analyze("قصف الجيش محطة كهرباء في قضاء سنجار.")
    place = _place(article, _of(article, "ASSAULT"))
    assert place is not None and "سنجار" in place


# ---- floors on the spent sets ------------------------------------------------------------------

#: Measured at the end of this round (``--pipeline --gold DIR``), place P / R: blind5 0.569 /
#: 0.432, blind4 0.491 / 0.400, blind3 0.518 / 0.414, blind2 0.500 / 0.516, blind 0.958 /
#: 0.676, dev2 0.727 / 0.635 (before the round: 0.531 / 0.457, 0.444 / 0.400, 0.420 / 0.414,
#: 0.432 / 0.547, 0.920 / 0.676, 0.722 / 0.619).
#: blind5 since datelines with a quoted source are read («تونس - «وات»:», 2026-11-29): the
#: dateline's place now fills 12 more events, P 0.577 → 0.495, R 0.423 → 0.474 (the filing
#: city is often not the scene: Cairo for Rafah, Tunis for Bardo).
PLACE_FLOORS = {
    # Round 12: only what happened takes the dateline's place (plans, conditions and denials
    # do not; nor do cut ties, expulsions, recalls): precision up, recall down a little
    # (blind5 0.521/0.495 -> 0.565/0.475, blind4 0.491/0.384 -> 0.529/0.370, blind3
    # 0.500/0.403 -> 0.509/0.389, blind2 0.530/0.522 -> 0.557/0.507) -- a trade made on purpose.
    # Round 21 (places, second pass): a dateline the text has moved away from gives no place
    # (``stale_datelines``): blind5 0.565/0.471 -> 0.597/0.451, F1 unchanged, pooled place F1
    # 0.593 -> 0.605 -- recall floor lowered on purpose.
    "blind5": (0.54, 0.44), "blind4": (0.51, 0.36), "blind3": (0.49, 0.38),
    "blind2": (0.53, 0.49), "blind": (0.93, 0.65),
    "dev2": (0.69, 0.59),  # 0.709 / 0.609 after round 9 merged (was 0.727 / 0.635)
}


@pytest.mark.parametrize("name", sorted(PLACE_FLOORS))
def test_place_scores_on_the_spent_sets_stay_above_the_floors(name: str) -> None:
    result = scored(name)
    place = result["arguments"]["place"]
    precision, recall = PLACE_FLOORS[name]
    assert place["precision"] >= precision, (name, place["precision"])
    assert place["recall"] >= recall, (name, place["recall"])
