"""Events, round 22, arguments on long reports: a group told again by its bare head, and aid
sent to a town.

A group the tagger keeps by its bare head («الحزب») after the report named it in full
(«حزب الله») is that group, actor or target, unless two groups with that head were named
(``eventcoding/group_anaphora.py``, heads in ``group_anaphora.yaml``). Aid sent «إلى» a town
or a province is sent there: the town is the place, not the target; a state it is sent to
stays the recipient (``eventcoding/destination_towns.py``, called from
``destination_places``).

The real chain on our own sentences."""

from __future__ import annotations

from gold.events.oracle import first_coded, names


def test_a_group_threatened_by_its_bare_head_is_the_group_named_before() -> None:
    article, event = first_coded("وأعلن حزب الله مسؤوليته عن الهجوم. وتوعد وزير الدفاع "
                                 "الإسرائيلي الحزب برد قاس.", "THREATEN")
    assert names(article, event.targets) == ["حزب الله"]


def test_a_group_attacking_by_its_bare_head_is_the_group_named_before() -> None:
    article, event = first_coded("نعى حزب الله أحد مقاتليه. وهاجم الحزب ثلاثة مواقع "
                                 "عسكرية إسرائيلية بالصواريخ.", "ASSAULT")
    assert names(article, event.actors) == ["حزب الله"]


def test_two_groups_with_the_same_head_leave_the_bare_head_as_it_is() -> None:
    article, event = first_coded("وقال حزب الله إن قواته مستعدة، فيما دعا حزب الكتائب إلى "
                                 "التهدئة. وتوعد وزير الدفاع الإسرائيلي الحزب برد قاس.",
                                 "THREATEN")
    assert names(article, event.targets) == ["الحزب"]


def test_aid_sent_to_a_town_has_the_town_as_its_place_and_no_target() -> None:
    article, event = first_coded("أرسلت الإمارات طائرة محملة بالمساعدات الطبية إلى بغداد "
                                 "يوم الأحد.", "AID")
    assert names(article, event.targets) == []
    assert event.place is not None and names(article, [event.place]) == ["بغداد"]


def test_aid_sent_to_a_province_has_the_province_as_its_place() -> None:
    article, event = first_coded("سيرسل برنامج الأغذية العالمي قافلة مساعدات إلى شمال "
                                 "دارفور الأسبوع المقبل.", "AID")
    assert names(article, event.targets) == []
    assert event.place is not None and names(article, [event.place]) == ["شمال دارفور"]


def test_aid_sent_to_a_state_keeps_the_state_as_its_recipient() -> None:
    article, event = first_coded("أرسلت الكويت طائرة مساعدات إلى السودان يوم الأحد.", "AID")
    assert names(article, event.targets) == ["السودان"]
    assert event.place is None


def test_aid_sent_to_gaza_keeps_the_territory_as_its_recipient() -> None:
    article, event = first_coded("أرسلت الأردن قافلة مساعدات غذائية إلى قطاع غزة يوم "
                                 "الأحد.", "AID")
    assert names(article, event.targets) == ["قطاع غزة"]


def test_aid_sent_to_a_named_city_has_the_city_as_its_place() -> None:
    article, event = first_coded("وأرسلت الكويت طائرة مساعدات إلى مدينة بورتسودان.", "AID")
    assert names(article, event.targets) == []
    assert event.place is not None and names(article, [event.place]) == ["بورتسودان"]
