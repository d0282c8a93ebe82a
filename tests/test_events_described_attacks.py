"""Events, round 23b (assault2): attack words the lexicon reads that were dropped for want of
arguments (``merge.has_evidence``), kept by two rules of ``event_needs.yaml``:

* ``described_attack``: an indefinite attack noun described by the verb that tells what it hit
  («هجوم صاروخي آخر استهدف منزلا»، «انفجار سيارة مفخخة استهدفت موكبه»; the sign
  ``described_after`` of ``eventcoding/described_attacks.py``, words in
  ``event_described_attacks.yaml``); a definite one told as a habit stays out;
* ``armed_object``: an attack verb whose object is a place or a thing of war («حيث اقتحمت
  المخيم»، «ودمرت مراكز قيادة»; ``eventcoding/armed_objects.py``, words in
  ``event_armed_objects.yaml``) stands with no doer read; a figure of speech («اقتحمت الأسعار
  حاجز …») and a masdar before a definite object («قبيل اقتحام المعسكر») stay out;
* ``attack_with_doer``: an indefinite strike whose row needs a target stands by its named doer
  («إسرائيل نفذت ضربة محدودة»); a definite «الضربة» with a doer is a mention and stays out.

Our own sentences, through the real chain; each positive fails on the tree before the rules."""

from __future__ import annotations

from gold.events.oracle import triggers


def test_an_earlier_attack_described_by_its_target_verb_is_an_event() -> None:
    assert triggers("وجاء القصف الجديد بعد ساعات من هجوم صاروخي آخر استهدف منزلا قرب "
                    "المطار.", "ASSAULT") == ["القصف", "هجوم"]


def test_a_car_bomb_described_by_its_target_verb_is_an_event() -> None:
    assert triggers("ولقي القاضي حتفه قبل عامين إثر انفجار سيارة مفخخة استهدفت موكبه لدى "
                    "خروجه من منزله.", "ASSAULT") == ["انفجار"]


def test_a_strike_answered_is_an_event_of_its_own() -> None:
    assert triggers("وأطلقت الجماعة مسيرات نحو الميناء ردا على ضربة استهدفت مخزنا للوقود "
                    "الأسبوع الماضي.", "ASSAULT") == ["وأطلقت", "ضربة"]


def test_definite_strikes_told_as_a_habit_stay_out() -> None:
    assert triggers("وجاء القصف الجديد بعد ساعات من هجوم صاروخي آخر استهدف منزلا قرب المطار. "
                    "وأكد المتحدث أن الضربات تستهدف مواقع المسلحين فقط ولا تطال المدنيين.",
                    "ASSAULT") == ["القصف", "هجوم"]


def test_a_strike_with_its_doer_is_an_event() -> None:
    assert triggers("وقال مسؤول أمريكي إن إسرائيل نفذت ضربة محدودة على موقع عسكري قرب "
                    "أصفهان.", "ASSAULT") == ["ضربة"]


def test_a_conditional_strike_with_its_doer_is_an_event() -> None:
    assert triggers("وحذر الوزير من أنه في حال ردت واشنطن بضربات داخل الأراضي العراقية فإن "
                    "ذلك سيعد تصعيدا.", "ASSAULT") == ["بضربات"]


def test_a_definite_strike_claimed_stays_out_beside_an_indefinite_one() -> None:
    assert triggers("وقال مسؤول أمريكي إن إسرائيل نفذت ضربة محدودة على موقع عسكري قرب "
                    "أصفهان. وأعلنت وزارة الدفاع الأمريكية مسؤوليتها عن الضربة في بيان "
                    "مقتضب.", "ASSAULT") == ["ضربة"]


def test_storming_a_camp_is_an_event_with_no_doer_read() -> None:
    assert triggers("وواصلت القوات عملياتها لليوم الثالث، حيث اقتحمت المخيم بعشرات الآليات "
                    "العسكرية.", "ASSAULT") == ["اقتحمت"]


def test_destroying_command_posts_is_an_event_with_no_doer_read() -> None:
    assert triggers("وقال المتحدث إن الطائرات نفذت عشر طلعات ودمرت مراكز قيادة ومستودعات "
                    "ذخيرة.", "ASSAULT") == ["ودمرت"]


def test_prices_storming_a_level_and_a_storming_told_before_stay_out() -> None:
    assert triggers("وواصلت القوات عملياتها لليوم الثالث، حيث اقتحمت المخيم بعشرات الآليات "
                    "العسكرية. وفي سوق العملات، اقتحمت الأسعار حاجز الخمسين جنيها للمرة "
                    "الأولى. وذكر الشهود أن الضابط هرب قبل دقائق من اقتحام الثكنة.",
                    "ASSAULT") == ["اقتحمت"]
