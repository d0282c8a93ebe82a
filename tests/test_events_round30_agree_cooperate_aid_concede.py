"""Events, round 30 (R3, breadth of AGREE, COOPERATE, AID, CONCEDE): wordings the desk uses
for these acts that no row read (``marsad/lexicons/event_triggers.tsv``, the «round 30 (R3)»
rows), a masdar's phrase split by a time («تم التوصل أمس إلى اتفاق»،
``event_trigger_masdar_gaps.txt``), the dual of a present verb after «لم/لن/أن» («لم يتوصلا»،
``verb.dual_prefixes``/``dual_suffixes`` of ``event_grammar.yaml``) and a deal told as concluded
with «جرى» or the passive «أُبرم» (``concluded_it``/``concluded_her`` of
``event_object_classes.yaml``).

Our own sentences, through the real chain. Each guard test also codes the event sense in a
sentence of the same shape, so it fails without the change."""

from __future__ import annotations

from gold.events.oracle import triggers


def _coded(text: str, type_: str, trigger: str) -> bool:
    """Whether ``text`` has an event of ``type_`` whose trigger text holds ``trigger``."""
    return any(trigger in found for found in triggers(text, type_))


def test_a_pact_concluded_told_by_its_construct_noun_is_agree() -> None:
    assert _coded("أبرمت الحكومة والحركة المسلحة أمس اتفاق سلام في الدوحة.", "AGREE", "أبرمت")


def test_a_deal_reached_with_a_time_inside_the_masdar_phrase_is_agree() -> None:
    assert _coded("وتم التوصل مساء أمس إلى اتفاق بين الحكومة والنقابات لإنهاء الأزمة.",
                  "AGREE", "التوصل")


def test_the_dual_of_a_present_verb_without_its_nun_is_read() -> None:
    assert _coded("غير أن الطرفين لم يتوصلا إلى اتفاق بشأن الحدود البحرية.",
                  "AGREE", "يتوصلا")


def test_a_first_person_verb_ending_in_alif_is_no_dual() -> None:
    # «أُدينا» (were convicted) spells «أ» + «دين» + «ا»: a dual takes «ي» or «ت» only
    assert not _coded("وقضت المحكمة بسجن رجلين أدينا بتهريب المخدرات عبر الحدود.",
                      "ACCUSE", "أدينا")
    assert _coded("غير أن الطرفين لم يتوصلا إلى اتفاق بشأن الحدود البحرية.",
                  "AGREE", "يتوصلا")


def test_understandings_told_as_reached_with_a_date_are_agree() -> None:
    assert _coded("وقال المحلل إن التفاهمات التي توصل إليها الرئيسان في مارس الماضي "
                  "ما زالت صامدة.", "AGREE", "التفاهمات")


def test_a_deal_told_by_the_passive_concluded_with_a_date_is_agree() -> None:
    assert _coded("وانتقد النائب الاتفاق الذي أبرم بين البلدين في مارس الماضي.",
                  "AGREE", "الذي أبرم")


def test_a_partnership_launched_is_cooperate() -> None:
    assert _coded("وأطلقت مصر والصين أمس شراكة استراتيجية في مجال الطاقة.",
                  "COOPERATE", "أطلقت")


def test_help_offered_by_its_masdar_is_aid() -> None:
    assert _coded("وأكدت اليابان استعدادها لتقديم مساعدة عاجلة إلى الحكومة السودانية.",
                  "AID", "لتقديم مساعدة")


def test_a_convoy_pushed_towards_a_city_is_aid() -> None:
    assert _coded("وقال البرنامج إنه سيدفع بقافلة مساعدات إلى المدينة الأسبوع المقبل.",
                  "AID", "سيدفع")


def test_an_airdrop_of_indefinite_relief_is_aid() -> None:
    assert _coded("ونفذ سلاح الجو الأردني أمس عملية إنزال جوي لأدوية عاجلة فوق مستشفى في غزة.",
                  "AID", "إنزال جوي")


def test_a_resignation_handed_to_a_body_is_concede() -> None:
    assert _coded("وقدم رئيس الحكومة استقالته إلى مجلس النواب أمس.", "CONCEDE", "قدم")


def test_a_resignation_handed_to_no_one_is_not_coded() -> None:
    # a resignation is a concession when handed to a party; alone it may be a protest
    assert not _coded("وقدم رئيس الحكومة استقالته أمس.", "CONCEDE", "قدم")
    assert _coded("وقدم رئيس الحكومة استقالته إلى مجلس النواب أمس.", "CONCEDE", "قدم")


def test_leave_to_open_a_crossing_is_concede() -> None:
    assert _coded("وسمحت السلطات أمس بفتح المعبر أمام الشاحنات.", "CONCEDE", "سمحت")


def test_leave_given_to_a_party_named_before_the_act_is_concede() -> None:
    assert _coded("وقررت الحكومة الأردنية أمس السماح لقناة محلية باستئناف بثها.",
                  "CONCEDE", "السماح")
