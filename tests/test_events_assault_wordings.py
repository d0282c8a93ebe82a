"""Events, round 23 (assault): ways the desk tells an attack that no row read, and two market
senses of attack words (``marsad/lexicons/event_triggers.tsv``, the «round 23 (assault)» rows;
the classes ``towns`` and ``projectiles`` in ``event_object_classes.yaml``; ``context_blockers`` in
``event_grammar.yaml``).

* «مهاجمة» with an armed object, a position or a town («مهاجمة مواقع/قوات/ثكنة/بلدة») is an
  attack; bare «مهاجمه» is also a team's striker and stays out.
* missiles and shells launched in every number («أطلق صاروخين/قذيفتين/مقذوفات») are shelling, as
  «صاروخا/صواريخ»; tear gas («أطلقت قنابل الغاز») is none.
* a share that «storms» a price level and dear prices that «shell» buying power are no attack;
  the storming and the shelling of armed men in sentences of the same shape still are.

Our own sentences, through the real chain."""

from __future__ import annotations

from gold.events.oracle import triggers


def test_attacking_positions_is_an_assault() -> None:
    assert triggers("وقال مصدر عسكري إن مسلحين قاموا فجر اليوم بمهاجمة مواقع للجيش في ريف "
                    "إدلب.", "ASSAULT") == ["بمهاجمة مواقع"]


def test_attacking_forces_is_an_assault_and_a_striker_is_none() -> None:
    assert triggers("وحاول عشرات المسلحين مهاجمة قوات الأمن في بلدة العريش قبل أن يتم "
                    "صدهم.", "ASSAULT") == ["مهاجمة قوات"]
    assert triggers("وجدد النادي عقد مهاجمه الدولي لثلاثة أعوام.", "ASSAULT") == []


def test_attacking_a_town_is_an_assault() -> None:
    assert triggers("وكان مسلحو التنظيم قد حاولوا أمس مهاجمة بلدة الخالدية غرب الرمادي.",
                    "ASSAULT") == ["مهاجمة بلدة"]


def test_two_missiles_launched_are_shelling() -> None:
    assert triggers("وأطلق الحوثيون صاروخين باليستيين على مدينة جازان مساء السبت.",
                    "ASSAULT") == ["وأطلق"]


def test_two_shells_launched_are_shelling() -> None:
    assert triggers("وأطلق الحوثيون قذيفتين على حي سكني في مدينة نجران صباح اليوم.",
                    "ASSAULT") == ["وأطلق"]


def test_projectiles_launched_are_shelling_and_tear_gas_is_none() -> None:
    assert triggers("وأطلقت الميليشيا مقذوفات عسكرية على قرى حدودية في جازان.",
                    "ASSAULT") == ["وأطلقت"]
    assert triggers("وأطلقت قوات الأمن قنابل الغاز لتفريق المحتجين.", "ASSAULT") == []


def test_a_share_storming_a_price_level_is_no_storming() -> None:
    assert triggers("وقاد سهم بنك دبي التجاري الارتفاعات بعدما اقتحم حاجز 5 دراهم للمرة "
                    "الأولى هذا العام.", "ASSAULT") == []
    assert triggers("اقتحم مستوطنون باحات المسجد الأقصى صباح اليوم بحماية شرطة الاحتلال.",
                    "ASSAULT") == ["اقتحم"]


def test_dear_prices_shelling_buying_power_is_no_shelling() -> None:
    assert triggers("وفي الأسواق، قصفت موجة الغلاء القدرة الشرائية للأسر خلال الشهر "
                    "الماضي.", "ASSAULT") == []
    assert triggers("وقصفت المدفعية مواقع المسلحين في ريف حماة الشمالي أمس.",
                    "ASSAULT") == ["وقصفت"]
