"""Events, round 23 (aid): AID told by a general verb and what it gives; AGREE told by a
proposal accepted, a truce in force or extended, a consensus reached or a pact ratified
(``marsad/lexicons/event_triggers.tsv``, the «round 23 (aid)» rows; the object classes
``money``, ``arms``, ``militants``, ``proposals``, ``truces``, ``pacts``, ``reached_it``,
``reached_her`` and the wider ``aid`` of ``event_object_classes.yaml``; «بشأن»، «تحقيق»،
«إحراز» among AID's ``unrealised_before`` in ``event_grammar.yaml``).

* money given, lent or deposited («ستقدم الإمارات 50 مليون دولار»، «قدمت حزمة من القروض»،
  «أودعت … 500 مليون دولار»), a grant («هبة»), arms sent or given («إرسال أسلحة»، «لن تقدم
  أسلحة»; not «سلاح الجو»), relief trucks («الشاحنات المحملة بالمساعدات»), relief teams that
  arrive («وصلت فرق إغاثة»), vaccine doses handed over («جرعة»), armed groups financed
  («تموّل جماعات») and a side backed «عسكريا/ماليا/بالسلاح» are AID; aid talked about
  («بشأن تقديم قروض») and progress made («تحقيق تقدم») are not.
* a side that accepts a proposal («قبلت الحركة بالمبادرة»)، a truce that comes into force
  («دخول هدنة … حيز التنفيذ»، «دخل وقف إطلاق النار حيز التنفيذ») or is extended («تمديد
  الهدنة»), a consensus reached («توصل إلى توافق»), a deal told by its noun and «reached
  it» («اتفاق توصلت إليه الحركة»; classes ``reached_it``, ``reached_her``) and a pact ratified
  («أقر البرلمان الاتفاقية») are AGREE; to «أقر بـ» (admit) is not.

Our own sentences, through the real chain. Each guard test also codes the event sense in a
sentence of the same shape, so it fails without the rows."""

from __future__ import annotations

from gold.events.oracle import analyzed, of_type, triggers


def _coded(text: str, type_: str, trigger: str) -> bool:
    """Whether ``text`` has an event of ``type_`` whose trigger text holds ``trigger``."""
    return any(trigger in found for found in triggers(text, type_))


def _fact(text: str, type_: str) -> str:
    """The factuality of the one event of ``type_`` in ``text``."""
    events = of_type(analyzed(text).events, type_)
    assert len(events) == 1
    return events[0].factuality


def test_money_pledged_to_a_state_is_aid() -> None:
    text = "وأعلن الوزير أن الإمارات ستقدم 50 مليون دولار إلى السودان لدعم جهود الإغاثة."
    assert _coded(text, "AID", "ستقدم")
    assert _fact(text, "AID") == "future"


def test_a_package_of_loans_given_is_aid() -> None:
    assert _coded("وقدمت الكويت حزمة من القروض إلى الأردن لتمويل مشاريع البنية التحتية.",
                  "AID", "وقدمت")


def test_money_deposited_is_aid() -> None:
    assert _coded("وأودعت قطر 500 مليون دولار في البنك المركزي المصري.", "AID", "وأودعت")


def test_progress_in_talks_on_loans_gives_nothing() -> None:
    assert not _coded("وتحدث المسؤولون عن تحقيق تقدم في المحادثات مع البرتغال حول قروض "
                      "إضافية بقيمة 12 مليار يورو.", "AID", "تقدم")
    assert _coded("وقال المسؤولون إن أوروبا تقدم للبرتغال قروضا إضافية بقيمة 12 مليار يورو.",
                  "AID", "تقدم")


def test_a_grant_given_to_an_army_is_aid() -> None:
    assert _coded("وقدمت السعودية هبة بقيمة مليار دولار للجيش اللبناني.", "AID", "وقدمت")


def test_money_given_as_aid_is_one_event() -> None:
    article = analyzed("وأعلنت وزارة الخارجية الأمريكية أنها ستقدم 15 مليون دولار كمساعدات "
                       "عاجلة للبنان.")
    aid = of_type(article.events, "AID")
    assert len(aid) == 1 and aid[0].trigger is not None
    assert article.text[aid[0].trigger[0]:aid[0].trigger[1]] == "ستقدم"


def test_arms_sent_denied_is_aid_denied() -> None:
    text = "ونفت طهران إرسال أسلحة إلى الحوثيين في اليمن."
    assert _coded(text, "AID", "إرسال أسلحة")
    assert _fact(text, "AID") == "denied"


def test_the_air_force_that_sends_planes_gives_no_arms() -> None:
    assert not _coded("وأرسل سلاح الجو المصري طائرتين إلى الحدود الغربية.", "AID", "أرسل")
    assert _coded("وأرسلت روسيا أسلحة إلى الجيش السوري.", "AID", "وأرسلت")


def test_trucks_laden_with_aid_are_aid() -> None:
    assert _coded("ودخلت عشرات الشاحنات المحملة بالمساعدات الطبية إلى قطاع غزة عبر معبر "
                  "رفح.", "AID", "الشاحنات المحملة")


def test_relief_teams_that_arrive_are_aid() -> None:
    assert _coded("ووصلت إلى مطار بنينا أمس فرق إغاثة مصرية وتونسية.", "AID", "ووصلت")


def test_a_side_backed_with_arms_is_aid_and_backing_efforts_is_not() -> None:
    assert _coded("وقال الوزير إن المملكة ستدعم المعارضة السورية سياسيا وعسكريا.", "AID",
                  "ستدعم")
    assert not _coded("وقال الوزير إن المملكة ستدعم جهود السلام في اليمن.", "AID", "ستدعم")


def test_aid_talked_about_is_not_given() -> None:
    assert not _coded("وتواصلت المحادثات مع البرتغال بشأن تقديم قروض إضافية بقيمة 12 مليار "
                      "يورو.", "AID", "تقديم")
    assert _coded("وأعلن الاتحاد الأوروبي تقديم قروض إضافية إلى البرتغال بقيمة 12 مليار "
                  "يورو.", "AID", "تقديم")


def test_armed_groups_financed_is_aid_and_fighting_their_funds_is_not() -> None:
    text = "ونفت الحكومة أن تكون قطر قد مولت أي جماعة مسلحة في ليبيا."
    assert _coded(text, "AID", "مولت")
    assert _fact(text, "AID") == "denied"
    assert not _coded("وشارك الوفد في ندوة عن مكافحة تمويل الجماعات الإرهابية.", "AID",
                      "تمويل")


def test_vaccine_doses_received_are_aid() -> None:
    assert _coded("وتسلمت وزارة الصحة من منظمة الصحة العالمية ستمائة ألف جرعة من اللقاح.",
                  "AID", "وتسلمت")


def test_a_proposal_accepted_is_agree() -> None:
    assert _coded("وقبلت حركة حماس بالمبادرة المصرية لوقف القتال.", "AGREE", "وقبلت")


def test_a_truce_that_comes_into_force_is_agree() -> None:
    assert _coded("وبدأت المفاوضات في القاهرة بعد ساعات من دخول هدنة إنسانية مدتها 72 ساعة "
                  "حيز التنفيذ.", "AGREE", "هدنة")


def test_a_ceasefire_that_enters_into_force_is_agree() -> None:
    assert _coded("ودخل وقف إطلاق النار حيز التنفيذ في غزة فجر اليوم.", "AGREE", "ودخل")


def test_a_truce_extended_is_agree() -> None:
    assert _coded("وأعلنت مصر تمديد الهدنة في قطاع غزة 72 ساعة أخرى.", "AGREE", "تمديد")


def test_a_consensus_reached_is_agree() -> None:
    text = "وتوصلت مصر والسودان إلى توافق حول قواعد ملء السد."
    assert _coded(text, "AGREE", "وتوصلت")
    assert _fact(text, "AGREE") == "asserted"


def test_a_deal_the_parties_reached_told_after_its_noun_is_agree() -> None:
    assert _coded("وخرجت الحافلات من حرستا بموجب اتفاق توصلت إليه حركة أحرار الشام مع روسيا "
                  "الأربعاء الماضي.", "AGREE", "اتفاق توصلت إليه")


def test_a_pact_ratified_is_agree_and_an_admission_is_not() -> None:
    assert _coded("وأقر البرلمان التركي الاتفاقية الأمنية مع ليبيا.", "AGREE", "وأقر")
    assert not _coded("وأقر الوزير المصري بوجود أخطاء في الاتفاقية.", "AGREE", "وأقر")
