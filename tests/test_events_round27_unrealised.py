"""Round 27 (real news): acts told as not done — what lies beyond a party's power, what is
feared, the basis or the condition of a proposal, and an attack named as the purpose of a use.

* «بمقدور»، «بوسع» join the words of ability of ``event_news_prec.yaml`` («لم يعد بمقدوره
  زيارته»);
* «خوف من»، «مخاوف من»، «خشية من» … make a feared act no event, and «القائمة على»، «على
  أساس»، «بشرط»، «شريطة» a term of a proposal (``event_factuality.tsv``, cue ``none``);
* «باستخدام قواعدها لقصف …»: the attack masdar with the purpose «لـ» after a use is the
  use's aim (``marsad/eventcoding/means_of_use.py``).

Our own sentences; each fails with its change reverted (checked when the tests were written)."""

from __future__ import annotations

from gold.events.oracle import triggers


def test_a_visit_no_longer_in_a_party_power_is_no_visit() -> None:
    assert triggers("وقال الوزير إن وفد المعارضة لم يعد بمقدوره زيارة الزعيم المسجون.",
                    "CONSULT") == []
    assert triggers("وأكد المتحدث أنه ليس بوسع الحكومة اعتقال قادة الاحتجاجات.", "COERCE") == []


def test_a_visit_made_stays() -> None:
    assert triggers("وزار وفد المعارضة الزعيم المسجون في سجنه أمس.", "CONSULT")


def test_a_feared_attack_is_no_attack() -> None:
    assert triggers("ويعيش سكان البلدة حالة خوف من تجدد القصف على أحيائهم.", "ASSAULT") == []
    assert triggers("وأبدى الأهالي مخاوف من اندلاع اشتباكات جديدة في المدينة.", "ASSAULT") == []


def test_an_attack_beside_a_fear_stays() -> None:
    text = "وقصفت الطائرات الحربية أحياء البلدة أمس، وسط مخاوف من موجة نزوح جديدة."
    assert triggers(text, "ASSAULT")


def test_the_basis_of_talks_is_no_withdrawal() -> None:
    assert triggers("وتسعى الوساطة إلى استئناف المفاوضات القائمة على انسحاب المسلحين من المدن.",
                    "RETREAT") == []
    assert triggers("وعرض الوسيط تسوية على أساس انسحاب القوات من الحدود.", "RETREAT") == []
    assert triggers("وقبلت الحركة الهدنة بشرط انسحاب الجيش من المدينة.", "RETREAT") == []


def test_a_withdrawal_done_stays() -> None:
    assert triggers("وأعلن الجيش انسحاب قواته من المدينة صباح اليوم.", "RETREAT")


def test_an_attack_named_as_the_purpose_of_a_use_is_no_attack() -> None:
    text = "وسمحت الحكومة للتحالف الدولي باستخدام مطاراتها العسكرية لقصف مواقع التنظيم."
    assert triggers(text, "ASSAULT") == []


def test_an_attack_undergone_after_lam_stays() -> None:
    assert triggers("وتعرض حي الوعر لقصف عنيف بقذائف الهاون مساء أمس.", "ASSAULT")
