"""Events, round 30 (R1, breadth): plain words of the desk for an attack, a withdrawal and a
deployment that no trigger row read (``event_triggers.tsv``, «round 30 (R1, breadth)»).

* ASSAULT: a raid by craft («أغارت المقاتلات على…»), a town occupied or wrested («انتزعت
  … بلدة…»), an advance («زحفت … نحو…»), a fierce battle («معركة ضارية»), fire exchanged
  («تبادلت … القصف»), villages burnt («أحرقت … قرى»), ambushes («لكمائن»).
* RETREAT: a redeployment back («إعادة انتشار»), an alert called off («إنهاء الاستنفار»),
  fighters leaving in batches under a deal, troops falling back («تراجعت قوات…») or fleeing
  («هربت عناصر التنظيم»: only fighters, as «فر»), positions left, a military
  mission ended («أنهت … مهمتها العسكرية»).
* MOBILIZE: columns moving («تحركت أرتال…»), troops pushed in or thrown in by the masdar
  («الدفع بقوات»، «الزج بقوات»), readiness raised, troops put on alert, checks tightened, a
  call for volunteers («فتحت … باب التطوع»).
* Left out: «يغير … على» (change), «نقلت وكالة … عن مصدر … وحدات» (a report, not a move),
  a graduation («تخرجت الدفعة الأولى من الطلاب»), an appeal («يطعن في»), civilians or
  prisoners who flee.

The real chain on our own sentences."""

from __future__ import annotations

import pytest

from gold.events.oracle import analyzed, first_coded, names, of_type


@pytest.mark.parametrize(("text", "type_"), [
    ("أغارت المقاتلات الحربية على معسكر للمتمردين شمال مدينة حلب صباح الخميس.", "ASSAULT"),
    ("أغار الطيران الحربي على قرى في ريف إدلب الجنوبي فجر اليوم.", "ASSAULT"),
    ("احتلت قوات المتمردين مدينة غوما بعد قتال استمر أياما.", "ASSAULT"),
    ("انتزعت وحدات الجيش بلدة الحويجة من المسلحين مساء الأربعاء.", "ASSAULT"),
    ("زحفت قوات المعارضة نحو مدينة حماة أمس من ثلاثة محاور.", "ASSAULT"),
    ("دارت معركة ضارية بين الجيش والمسلحين في أطراف مدينة درعا ليلة الجمعة.", "ASSAULT"),
    ("أحرقت ميليشيات مسلحة قرى في ولاية غرب دارفور خلال الأيام الماضية.", "ASSAULT"),
    ("تعرضت دوريات الشرطة لكمائن متتالية في ولاية شمال سيناء مساء الاثنين.", "ASSAULT"),
    ("قال الجيش في بيان إنه نفذ إعادة انتشار لقواته في ريف حماة الشمالي.", "RETREAT"),
    ("أعلنت الجماعة إنهاء الاستنفار في صفوف عناصرها جنوب البلاد.", "RETREAT"),
    ("خرجت الدفعة الأولى من مقاتلي المعارضة من مدينة داريا صباح اليوم نحو إدلب.", "RETREAT"),
    ("تراجعت قوات المتمردين من مواقعها قرب مدينة بنغازي أمس.", "RETREAT"),
    ("هربت عناصر التنظيم من مدينة تكريت مع تقدم القوات العراقية.", "RETREAT"),
    ("تركت القوات الحكومية مواقعها في بلدة الحويجة مساء أمس.", "RETREAT"),
    ("أنهت بلجيكا مهمتها العسكرية في مالي اليوم بعد تسع سنوات.", "RETREAT"),
    ("تحركت أرتال عسكرية من الجيش نحو مدينة منبج صباح اليوم.", "MOBILIZE"),
    ("أعلنت رئاسة الأركان الدفع بقوات إضافية إلى الحدود الشرقية.", "MOBILIZE"),
    ("أعلنت قيادة الجيش الزج بقوات خاصة في معركة مدينة الفلوجة.", "MOBILIZE"),
    ("رفعت القوات المسلحة الجهوزية في المحافظات الحدودية منذ صباح أمس.", "MOBILIZE"),
    ("فتحت وزارة الدفاع باب التطوع أمام الشباب في ولايات الوسط أمس.", "MOBILIZE"),
    ("وضع الجيش قواته في حالة تأهب قصوى على الحدود الشمالية مساء الأحد.", "MOBILIZE"),
    ("شددت قوات الأمن إجراءات التفتيش على الطريق الساحلي في مدينة العريش اليوم.", "MOBILIZE"),
])
def test_plain_words_of_the_desk_are_read(text: str, type_: str) -> None:
    first_coded(text, type_)


def test_fire_exchanged_is_a_clash_between_its_subjects() -> None:
    article, event = first_coded("تبادلت القوات الهندية والباكستانية القصف عبر خط المراقبة في "
                                 "كشمير أمس.", "ASSAULT")
    assert article.text[slice(*event.trigger)].startswith("تبادلت")
    assert len(names(article, event.actors)) == 2


@pytest.mark.parametrize(("text", "type_"), [
    ("قال الخبير إن هبوط الأسعار لن يغير قواعد العمل في الأسواق على المدى القريب.", "ASSAULT"),
    ("نقلت وكالة الأنباء عن مصدر عسكري قوله إن وحدات من الجيش صدت هجوما للمسلحين.",
     "MOBILIZE"),
    ("تخرجت الدفعة الأولى من الطلاب في كلية الهندسة بالجامعة أمس.", "RETREAT"),
    ("قال محام إن موكله يطعن في صحة القرار أمام المحكمة العليا.", "ASSAULT"),
    ("هرب آلاف المدنيين من منازلهم في ريف حلب الجنوبي.", "RETREAT"),
    ("هرب ثلاثة سجناء من سجن المدينة المركزي فجر اليوم.", "RETREAT"),
])
def test_other_senses_stay_out(text: str, type_: str) -> None:
    assert not of_type(analyzed(text).events, type_)
