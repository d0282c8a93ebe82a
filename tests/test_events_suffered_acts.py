"""Events: who suffered the act is not who did it (``eventcoding/suffered_acts.py``).

«تعرضت السفارة لاعتداء»، «يتعرض المخيم لقصف»، «بعد تعرضه لهجوم»: the subject of «تعرض»
underwent the act the masdar after it tells. The argument readers took the party inside that
subject («قنصلية الإمارات») as the doer; the doer of such an act is only named after the masdar
in its own clause («لقصف إسرائيلي»، «من قبل الجيش الإسرائيلي»), and is kept there.

The real chain on our own sentences."""

from __future__ import annotations

import pytest

from gold.events.oracle import first_coded, names


@pytest.mark.parametrize("text", [
    "تعرضت قنصلية الإمارات في مدينة مشهد لاعتداء مماثل فجر اليوم.",
    "تعرضت سفارة الكويت في بغداد لاعتداء من قبل أنصار حزب الله صباح اليوم.",
    "تعرضت دورية للشرطة العراقية لإطلاق نار في مدينة كركوك مساء أمس.",
    "تعرضت ناقلة نفط يونانية لهجوم قبالة سواحل اليمن أمس.",
])
def test_the_party_that_suffered_the_act_is_not_its_doer(text: str) -> None:
    article, event = first_coded(text, "ASSAULT")
    assert names(article, event.actors) == []
    assert event.actor_text == []


@pytest.mark.parametrize("text, doer", [
    ("تعرضت مواقع للجيش السوري في ريف حماة لقصف إسرائيلي فجر اليوم.", "إسرائيلي"),
    ("تعرضت بلدة حولا لقصف مدفعي من قبل الجيش الإسرائيلي فجر اليوم.", "الجيش الإسرائيلي"),
])
def test_the_doer_named_after_the_masdar_stays(text: str, doer: str) -> None:
    article, event = first_coded(text, "ASSAULT")
    assert names(article, event.actors) == [doer]

