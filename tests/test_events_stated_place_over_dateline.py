"""Events, round 19 (issue 7): the dateline's city is not where the sentence says the act was.

An act with no place of its own falls back on the dateline's place — where the report was
filed. When the act's own clause states another place after a place word («في/ب/عند/قرب…»,
through a place noun: «في بلدة غريان»), that place is the act's; when that place only locates an
unnamed one before it («في منطقتي زاب وأفاشين شمالي العراق»: the towns are not known names),
the act gets no place rather than a wrong one.

And the counter-cases: the dateline stays when the other place is a topic's («بحث … التطورات
في جنوب لبنان»), a way taken («نحو ريف حلب»), in a «فيما» aside, or in a relative clause after
the act. The same holds for a place carried from an earlier sentence, which a refused, planned
or conditional act no longer takes at all («لن تنسحب»). Our own sentences, through the real
chain."""

from __future__ import annotations

import pytest

from gold.events.oracle import analyzed, of_type, scored
from marsad.model import Article, Event


def _place(article: Article, event: Event) -> str | None:
    entity = article.entity(event.place) if event.place else None
    return entity.text if entity else None


def _places(text: str, type_: str) -> list[str | None]:
    article = analyzed(text)
    return [_place(article, event) for event in of_type(article.events, type_)]


# ---- the clause names the act's own place ----------------------------------------------------

@pytest.mark.parametrize("text, type_, place", [
    ("الرياض - واس: أعلنت رئاسة أمن الدولة اليوم أنها ألقت القبض على ستة أشخاص ينتمون إلى شبكة "
     "لتهريب الأسلحة في المنطقة الشرقية.", "COERCE", "المنطقة الشرقية"),
    ("أنقرة - وكالات: أرسل الجيش التركي اليوم تعزيزات جديدة من الدبابات عبر معبر باب الهوى إلى "
     "داخل إدلب.", "MOBILIZE", "إدلب"),
    ("طرابلس - وكالات: قتل خمسة مدنيين في غارة شنتها طائرة مسيرة على منزل يؤوي عائلات نازحة في "
     "بلدة غريان جنوب العاصمة.", "ASSAULT", "غريان"),
])
def test_a_place_stated_in_the_clause_replaces_the_dateline(text: str, type_: str,
                                                           place: str) -> None:
    assert _places(text, type_) == [place]


def test_a_place_that_only_locates_an_unnamed_one_gives_no_place() -> None:
    text = ("أنقرة - الأناضول: أعلنت وزارة الدفاع أن مقاتلاتها شنت غارات جوية على مواقع للمسلحين "
            "في منطقتي زاب وأفاشين شمالي العراق.")
    assert _places(text, "ASSAULT") == [None]


# ---- the dateline stays ----------------------------------------------------------------------

@pytest.mark.parametrize("text, type_, place", [
    # a topic's place: the talks were held in Amman, not in south Lebanon
    ("عمّان - بترا: بحث وزير الخارجية مع نظيره القبرصي اليوم التطورات في جنوب لبنان.",
     "CONSULT", "عمّان"),
    # a way taken: the fighters left Raqqa towards the countryside
    ("الرقة - وكالات: وجاء ذلك بعد يومين من خروج مئات المقاتلين وعائلاتهم في حافلات نحو ريف حلب "
     "الشمالي.", "RETREAT", "الرقة"),
    # the place of a relative clause after the act is that clause's
    ("الكويت - كونا: أصدرت محكمة الجنايات اليوم حكما بسجن ثلاثة متهمين في القضية التي ضبطت فيها "
     "الأجهزة أسلحة في منطقة الصليبية.", "COERCE", "الكويت"),
])
def test_the_dateline_stays_when_the_other_place_is_not_the_acts(text: str, type_: str,
                                                               place: str) -> None:
    assert _places(text, type_) == [place]


def test_a_place_in_a_reporters_aside_is_the_asides_only() -> None:
    article = analyzed("غزة - وفا: قصفت طائرات الاحتلال منزلا فجر اليوم، فيما تظاهر مئات في مدينة "
                       "رام الله.")
    assert [_place(article, e) for e in of_type(article.events, "ASSAULT")] == ["غزة"]
    assert [_place(article, e) for e in of_type(article.events, "PROTEST")] == ["رام الله"]


# ---- a place carried from an earlier sentence ------------------------------------------------

def test_a_carried_place_gives_way_to_the_place_the_clause_states() -> None:
    article = analyzed("تظاهر مئات أمام مقر الحكومة في عمّان أمس. وفرضت قوات الدرك طوقا حول محيط "
                       "القنصلية في منطقة الرابية، ومنعت المحتجين من الاقتراب منها.")
    assert [_place(article, e) for e in of_type(article.events, "COERCE")] == ["منطقة الرابية"]


def test_a_refused_or_planned_act_takes_no_place_from_an_earlier_sentence() -> None:
    text = ("اقتحمت قوات الاحتلال فجر اليوم مدينة نابلس وداهمت عشرات المنازل. وقال قائد الكتيبة "
            "إن قواته لن تنسحب من مواقعها قبل انتهاء العملية.")
    assert _places(text, "RETREAT") == [None]
    assert _places(text, "ASSAULT") == ["نابلس"]


def test_a_done_act_still_takes_the_place_of_the_sentence_before() -> None:
    # round 27: «حي الكرادة» is a place now (``marsad.ner.headed_places``). The spent gold
    # gives a neighbourhood stated with its act as that act's place («في حي الفيحاء
    # بالرياض», «في حي السلي شرق الرياض», «حي كوكجلي شرقي الموصل», «في حي الدمج»), and the
    # acts the next sentence goes on with the city («واعتقلت» after «في حي الدمج»: جنين;
    # «شن هجمات» after «حي كوكجلي شرقي الموصل»: الموصل), so the second act still takes
    # the place of the sentence before: the city that locates the neighbourhood
    text = "داهمت قوات الأمن منزلا في حي الكرادة ببغداد. واعتقلت القوات ثلاثة مطلوبين وصادرت أسلحة."
    assert _places(text, "COERCE") == ["الكرادة", "بغداد"]


# ---- floors: place on the spent sets after round 19 ------------------------------------------
# Measured with scripts/eval_events.py --pipeline --unnamed (see docs/events.md, Round 19).

@pytest.mark.parametrize("folder, precision, recall", [
    ("dev2", 0.74, 0.61),
    ("args_dev", 0.83, 0.83),
    ("blind2", 0.58, 0.49),
    ("blind11", 0.51, 0.43),
    ("blind14", 0.57, 0.67),  # round 23 (aid): one more AID matched, its place (the
    # destination after «إلى») unread like every aid sent (docs/events.md: tried and dropped)
    ("blind17", 0.72, 0.67),  # round 23b (assault2): a gained «ودمرت مراكز قيادة» takes
    # «ريف حمص», the strikes' place told before; gold gives that act no place
    ("blind19", 0.49, 0.22),
    ("blind21", 0.58, 0.58),
])
def test_place_floors_on_the_sets_the_round_moved(folder: str, precision: float,
                                                  recall: float) -> None:
    place = scored(folder)["arguments"]["place"]
    assert place["precision"] >= precision
    assert place["recall"] >= recall
