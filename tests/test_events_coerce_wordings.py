"""Events, round 23 (coerce): wordings of COERCE and SANCTION that no row read
(``marsad/lexicons/event_triggers.tsv``, the «round 23 (coerce)» rows; the classes ``premises``
and ``cells`` of ``event_object_classes.yaml``; their guards in ``event_grammar.yaml``
``context_blockers``; «إيداع» in ``event_trigger_masdar_gaps.txt``).

COERCE: premises closed by an authority and roads closed by a force (not by protesters); a
death sentence carried out is no sentence «ونفذت … حكما بالإعدام»; a cell broken up;
what a force «managed» to do «تمكنت … من القبض على»; the Maghreb's custody «الحراسة النظرية» and
«إيداع … السجن»; a crowd dispersed «تفرقهم … بالغاز»; Bahrain's «حالة السلامة الوطنية».
SANCTION: crossings closed with a count; a state's representation cut; a listing as terrorist
entities; trade suspended with a state; a whole mission called home.

Our own sentences, through the real chain. Each guard test also codes the event sense in a
sentence of the same shape, so it fails without the rows."""

from __future__ import annotations

from gold.events.oracle import analyzed, of_type


def _coded(text: str, type_: str, trigger: str, mode: str | None = None) -> bool:
    """Whether ``text`` has an event of ``type_`` (and ``mode``) whose trigger holds ``trigger``."""
    article = analyzed(text)
    return any(event.trigger is not None
               and trigger in article.text[event.trigger[0]:event.trigger[1]]
               and (mode is None or event.mode == mode)
               for event in of_type(article.events, type_))


# ---- COERCE ------------------------------------------------------------------------------

def test_shops_closed_by_an_authority_are_a_coercion() -> None:
    assert _coded("وأغلقت بلدية المدينة أمس 14 محلا تجاريا في حي النزهة لمخالفتها الاشتراطات "
                  "الصحية.", "COERCE", "أغلقت", "ban")


def test_roads_closed_by_a_force_are_a_coercion() -> None:
    assert _coded("وأغلقت قوات الشرطة الطرق المؤدية إلى مبنى البرلمان في بغداد.", "COERCE",
                  "أغلقت", "ban")


def test_roads_closed_by_protesters_are_no_coercion() -> None:
    assert _coded("وأغلقت قوات الأمن الطرق المؤدية إلى الساحة في بيروت.", "COERCE", "أغلقت")
    assert not _coded("وتظاهر آلاف في بيروت وأغلقوا الطرق المؤدية إلى الساحة احتجاجا على "
                      "الضرائب.", "COERCE", "أغلقوا")


def test_a_death_sentence_carried_out_is_no_coercion() -> None:
    assert _coded("وأصدرت المحكمة حكما بالإعدام بحق ثلاثة مدانين أمس.", "COERCE", "")
    assert not _coded("ونفذت السلطات حكما بالإعدام بحق ثلاثة مدانين أمس.", "COERCE", "")


def test_a_cell_broken_up_is_an_arrest() -> None:
    assert _coded("وأعلنت المديرية العامة للأمن الوطني تفكيك خلية إرهابية تتكون من خمسة "
                  "متطرفين.", "COERCE", "تفكيك خلية", "arrest")


def test_what_a_force_managed_to_do_is_an_arrest() -> None:
    assert _coded("وتمكنت الأجهزة الأمنية بفضل الله من القبض على خلية إرهابية مرتبطة بتنظيم "
                  "داعش كانت تعد لاستهداف مواقع حيوية.", "COERCE", "تمكنت", "arrest")


def test_custody_under_police_watch_is_a_detention() -> None:
    assert _coded("وتم وضع المشتبه بهم تحت تدابير الحراسة النظرية رهن البحث.", "COERCE",
                  "الحراسة النظرية", "detain")


def test_sent_to_prison_with_the_names_between_is_a_detention() -> None:
    assert _coded("وأذن قاضي التحقيق بإيداع الناشط سمير الهادي والمدون كريم الصادق السجن.",
                  "COERCE", "إيداع", "detain")


def test_a_crowd_dispersed_by_a_pronoun_is_a_dispersal() -> None:
    assert _coded("وتجمع العشرات أمام مقر الولاية قبل أن تفرقهم الشرطة بالغاز المسيل للدموع.",
                  "COERCE", "تفرقهم", "disperse")


def test_the_state_of_national_safety_is_an_emergency() -> None:
    assert _coded("وأعلن ملك البحرين حالة السلامة الوطنية لمدة ثلاثة أشهر.", "COERCE",
                  "أعلن", "emergency")


# ---- SANCTION ----------------------------------------------------------------------------

def test_crossings_closed_with_a_count_are_a_sanction() -> None:
    assert _coded("وأغلقت تركيا أمس أربعة معابر حدودية مع الإقليم.", "SANCTION", "أغلقت",
                  "close")


def test_a_states_representation_cut_is_a_sanction() -> None:
    assert _coded("وقررت الكويت تخفيض مستوى تمثيلها الدبلوماسي لدى دمشق.", "SANCTION",
                  "تخفيض", "cut-ties")


def test_a_listing_as_terrorist_entities_is_a_designation() -> None:
    assert _coded("وأدرجت وزارة الخزانة الأمريكية الحركة على قائمة الكيانات الإرهابية.",
                  "SANCTION", "أدرجت", "designate")


def test_trade_suspended_with_a_state_is_a_sanction() -> None:
    assert _coded("وأعلن قادة المجموعة تعليق المعاملات التجارية مع باماكو.", "SANCTION",
                  "تعليق", "suspend")


def test_a_whole_mission_called_home_is_a_recall() -> None:
    assert _coded("وقالت الخارجية إن المملكة استدعت جميع أفراد بعثتها الدبلوماسية من طهران.",
                  "SANCTION", "استدعت", "recall")
