"""An air campaign is an attack; a campaign named as what a use of land or bases
serves is not (``marsad/lexicons/event_triggers.tsv``, the air-campaign rows «حملة جوية»،
«حملة غارات»; ``marsad/eventcoding/means_of_use.py`` and ``event_means_of_use.yaml``).

* «بدأت … حملة جوية ضد …»، «شن الجيش حملة غارات على …» are ASSAULT, dated
  by their own day;
* «السماح … باستخدام مطاراتها في شن حملة جوية …»، «سمحت باستخدام
  القاعدة لشن غارات»: the permission to use the land is the news; the campaign it serves is no
  happening of the report.

Our own sentences, through the real chain."""

from __future__ import annotations

from gold.events.oracle import timed_triggers

PUBLISHED = "2015-08-09"


def _assaults(text: str) -> list[tuple[str, str | None]]:
    return timed_triggers(text, "ASSAULT", PUBLISHED)


def test_an_air_campaign_begun_on_a_day_is_an_attack_of_that_day() -> None:
    text = "بدأت الطائرات الحربية حملة جوية ضد مواقع المتمردين قرب الحدود يوم 24 يوليو."
    assert _assaults(text) == [("حملة جوية", "2015-07-24")]


def test_a_campaign_of_raids_waged_is_an_attack() -> None:
    text = "وشن الطيران الحربي أمس حملة غارات على مواقع المسلحين في ريف حلب."
    assert [trigger for trigger, _ in _assaults(text)] == ["حملة غارات"]


def test_a_campaign_served_by_the_use_of_land_is_no_attack() -> None:
    waged = "وشنت الولايات المتحدة حملة جوية على التنظيم في شمال سوريا أمس."
    served = ("ووافقت عمّان على السماح للطائرات الفرنسية باستخدام مطاراتها في شن حملة جوية "
              "على التنظيم.")
    assert [trigger for trigger, _ in _assaults(waged)] == ["حملة جوية"]
    assert _assaults(served) == []


def test_raids_served_by_the_use_of_a_base_are_no_attack_but_a_weapon_used_is_a_means() -> None:
    served = "وسمحت الحكومة باستخدام قاعدة جوية في الجنوب لشن غارات على مواقع التنظيم."
    weapon = "شنت الطائرات غارات على مواقع التنظيم في الرقة باستخدام قنابل موجهة."
    assert _assaults(served) == []
    assert [trigger for trigger, _ in _assaults(weapon)] == ["غارات"]
