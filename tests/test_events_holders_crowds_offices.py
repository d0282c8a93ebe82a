"""Who and to whom on news told the way real reports tell it, through the whole chain:

* an attack on the «مواقع/أهداف/معاقل» of a group has that group as its target
  (``target_holdings.py``), but not when something else named was hit;
* a protest by a counted crowd («نحو ثلاثمئة شخص»، «أكثر من 300 عامل») has that crowd as its
  doer (``actor_crowds.py``), but a count with no people named after it is none;
* a place or body inside a person's title is the person's office, not the doer
  (``office_holders.py``)."""

from __future__ import annotations

import marsad


def _events(text: str) -> list[tuple[str, list[str], list[str]]]:
    article = marsad.analyze(text, published="2025-03-04")
    out = []
    for event in article.events:
        actors = [e.text for e in (article.entity(i) for i in event.actors) if e is not None]
        targets = [e.text for e in (article.entity(i) for i in event.targets) if e is not None]
        out.append((event.type, actors + event.actor_text, targets + event.target_text))
    return out


def test_the_group_that_holds_the_positions_hit_is_the_target() -> None:
    found = _events("وقصفت مقاتلات روسية ليل الاثنين مواقع لتنظيم داعش في ريف حمص الشرقي.")
    assert [targets for t, _, targets in found if t == "ASSAULT"] == [["داعش"]]


def test_positions_owned_through_tabi_name_the_group() -> None:
    found = _events("ونفذت طائرات التحالف غارات جديدة ضد أهداف تابعة لجماعة الحوثي قرب صعدة.")
    assert [targets for t, _, targets in found if t == "ASSAULT"] == [["جماعة الحوثي"]]


def test_a_named_object_hit_near_positions_keeps_its_target() -> None:
    found = _events("وقصفت المدفعية منزلا قرب مواقع لجبهة النصرة في ريف إدلب.")
    assert [targets for t, _, targets in found if t == "ASSAULT"] == [["منزلا"]]


def test_an_estimated_crowd_is_the_doer_of_its_protest() -> None:
    found = _events("وتظاهر نحو ثلاثمئة شخص أمس في مدينة ليون احتجاجا على القانون الجديد.")
    assert [actors for t, actors, _ in found if t == "PROTEST"] == [["نحو ثلاثمئة شخص"]]


def test_a_crowd_counted_in_digits_is_the_doer() -> None:
    found = _events("واعتصم أكثر من 400 عامل أمام مقر الشركة في المحلة للمطالبة بأجورهم.")
    assert [actors for t, actors, _ in found if t == "PROTEST"] == [["أكثر من 400 عامل"]]


def test_a_crowd_going_out_to_the_streets_is_the_doer() -> None:
    found = _events("ويتوقع المنظمون أن يخرج ما يزيد عن خمسة آلاف شخص إلى الشوارع في لشبونة.")
    assert [actors for t, actors, _ in found if t == "PROTEST"] == [
        ["ما يزيد عن خمسة آلاف شخص"]]


def test_a_country_in_a_title_after_the_name_is_not_the_doer() -> None:
    found = _events("وقال الدكتور سامي العلي الأمين المساعد رئيس قطاع لبنان في المنظمة، "
                    "عقب لقائه وفدا من الأطباء، إن الوضع صعب.")
    assert [actors for t, actors, _ in found if t == "CONSULT"] == [["سامي العلي"]]
