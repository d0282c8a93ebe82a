"""Arguments, round 27 (real news, second pass):

* a definite title with a nationality and no name after it («أشاد الوزير الفرنسي…») is the
  person the article named before with that title and country, not the nation
  (``arg_nations.titled_before``, ``marsad/lexicons/event_nation_titles.yaml``);
* a person entity that is only a title, then a rank and a name («وزير الداخلية العراقي اللواء
  سالم الحاسي»), is the person named (``arg_nations``);
* whoever announces a death or a wound («أعلنت الوزارة استشهاد الجندي…») did not inflict it
  (``suffered_masdars`` in ``marsad/lexicons/event_suffered_acts.yaml``);
* a country visited is the visit's target as well as its place; a town stays the place alone
  (``visited_countries.py``, ``marsad/lexicons/event_visited_countries.yaml``).

Our own sentences, through the real chain; each was coded otherwise before the change."""

from __future__ import annotations

import marsad


def _events(text: str, kind: str) -> list[tuple[list[str], list[str], list[str], list[str], str | None]]:
    article = marsad.analyze(text, published="2024-05-01")

    def names(ids: list[str]) -> list[str]:
        return [e.text for e in (article.entity(i) for i in ids) if e is not None]

    return [(names(e.actors), e.actor_text, names(e.targets), e.target_text,
             article.entity(e.place).text if e.place and article.entity(e.place) else None)
            for e in article.events if e.type == kind]


def test_titled_nationality_is_the_person_named_before() -> None:
    found = _events("التقى وزير الخارجية الفرنسي جان نويل بارو نظيره المصري في القاهرة أمس. "
                    "وفي الوقت نفسه، أشاد الوزير الفرنسي بالحكومة المصرية الحالية.", "SUPPORT")
    assert found and found[0][0] == ["جان نويل بارو"]


def test_title_entity_then_rank_then_name_is_the_person() -> None:
    found = _events("بعث وزير الداخلية العراقي اللواء سالم الحاسي برقية تعزية إلى نظيره، دان فيها "
                    "الهجوم الذي استهدف كمينا أمنيا في الأنبار أمس.", "ACCUSE")
    assert found and found[0][0] == ["سالم الحاسي"]


def test_announcer_of_a_death_is_not_its_doer() -> None:
    found = _events("أعلنت وزارة الدفاع الأردنية في بيان صدر أمس استشهاد الجندي أحمد الزعبي "
                    "أثناء أدائه الواجب على الحدود الشمالية.", "ASSAULT")
    assert found and not found[0][0] and not found[0][1]
    assert "أحمد الزعبي" in found[0][2]


def test_visited_country_is_a_target_and_a_town_is_not() -> None:
    found = _events("أكد السفير الحرص على ترتيب زيارة الرئيس الكوري إلى المغرب الشهر المقبل.",
                    "CONSULT")
    assert found and "المغرب" in found[0][2] and found[0][4] == "المغرب"
    town = _events("زار الرئيس الفرنسي بيروت أمس.", "CONSULT")
    assert town and town[0][2] == [] and town[0][4] == "بيروت"
