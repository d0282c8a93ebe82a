"""Events, round 23 (spurious): five shapes that made events the gold sets do not have.

* An envoy summoned or called home (``eventcoding/envoy_calls.py``, ``event_envoys.yaml``): a
  woman ambassador («سفيرة», which folding wrote as «سفيره») is summoned, an ACCUSE; an envoy
  called «للتشاور», «من» a foreign place, or «سفير بلاده» is the caller's own, a SANCTION.
* Talks named in a condition about their fate («إذا انهارت المحادثات»، «في حال فشل
  المفاوضات») are no new talks (``eventcoding/prec_fates.py``, ``event_fates.yaml``).
* Talks a party refuses to join or boycotts («رفضت المشاركة في مشاورات …»، «سيقاطع مشاورات
  …») are no talks held (``eventcoding/prec_attendance.py``, ``event_attendance.yaml``).
* Shots fired into the air («أطلقت الرصاص الحي في الهواء») are no attack, and a duty handed
  over («حمّله مسؤولية متابعة الملف») is no blame (two rows of ``event_senses.yaml``).

Each has its counter-cases: what stays an event. The real chain on our own sentences."""

from __future__ import annotations

import pytest

from gold.events.oracle import triggers


# ---- envoys ---------------------------------------------------------------------------------

@pytest.mark.parametrize("text, trigger", [
    ("واستدعت وزارة الخارجية المصرية سفيرة هولندا لدى القاهرة احتجاجا على التصريحات.",
     "واستدعت"),
    ("واستدعت الحكومة الإسبانية سفيرة المغرب لإبلاغها احتجاجها على تدفق المهاجرين.", "واستدعت"),
])
def test_a_woman_ambassador_is_summoned_not_called_home(text: str, trigger: str) -> None:
    assert triggers(text, "ACCUSE") == [trigger]
    assert triggers(text, "SANCTION") == []


@pytest.mark.parametrize("text, trigger", [
    ("واستدعت وزارة الخارجية الجزائرية سفير الجزائر لدى باريس للتشاور.", "واستدعت"),
    ("وأعلنت الحكومة الأردنية استدعاء السفير الأردني من تل أبيب فورا.", "استدعاء السفير"),
    ("وقررت الحكومة استدعاء سفير بلادها في طهران.", "استدعاء سفير"),
])
def test_an_envoy_called_home_after_a_summon_row_is_a_recall(text: str, trigger: str) -> None:
    assert triggers(text, "SANCTION") == [trigger]
    assert triggers(text, "ACCUSE") == []


@pytest.mark.parametrize("text, kind, trigger", [
    ("واستدعت وزارة الخارجية العراقية السفير التركي لدى بغداد.", "ACCUSE", "واستدعت"),
    ("واستدعت الخارجية الكويتية القائم بالأعمال الإيراني لدى الكويت.", "ACCUSE", "واستدعت"),
    ("واستدعت وزارة الخارجية المصرية سفيرها لدى هولندا للتشاور.", "SANCTION", "واستدعت"),
    ("واستدعت الرباط سفيرتها في برلين للتشاور.", "SANCTION", "واستدعت"),
    ("واستدعت الرباط بعثتها الدبلوماسية من برلين.", "SANCTION", "واستدعت"),
    ("واستدعت الحكومة أفراد بعثتها الدبلوماسية في طهران.", "SANCTION", "واستدعت"),
])
def test_other_envoys_keep_their_reading(text: str, kind: str, trigger: str) -> None:
    assert triggers(text, kind) == [trigger]


# ---- talks in a condition about their fate ---------------------------------------------------

@pytest.mark.parametrize("text", [
    "وقال المتحدث إن واشنطن قد تفرض عقوبات على الطرفين إذا انهارت المحادثات.",
    "وقال إن الحكومة ستفرض عقوبات جديدة في حال انهيار المحادثات.",
])
def test_talks_named_in_a_condition_about_their_fate_are_none(text: str) -> None:
    assert triggers(text, "CONSULT") == []


@pytest.mark.parametrize("text, trigger", [
    ("وتوقفت المفاوضات في جنيف مساء الجمعة.", "المفاوضات"),
    ("وعقد الوفدان محادثات في الدوحة أمس، وقال الوسيط إنه سيعلن موقفه إذا فشلت المحادثات.",
     "محادثات"),
])
def test_talks_told_as_held_stay(text: str, trigger: str) -> None:
    assert triggers(text, "CONSULT") == [trigger]


# ---- talks refused or boycotted ----------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "وكانت الجماعة قد رفضت المشاركة في مشاورات الرياض، مشترطة نقلها إلى بلد محايد.",
    "وأوضح المتحدث أن وفد الحركة سيقاطع مشاورات جنيف في حال استمرار القصف.",
])
def test_talks_a_party_refuses_to_join_or_boycotts_are_none(text: str) -> None:
    assert triggers(text, "CONSULT") == []


@pytest.mark.parametrize("text, trigger", [
    ("وقال الرئيس إن بلاده ستشارك في المحادثات المقرر عقدها في جدة الثلاثاء المقبل.",
     "المحادثات"),
    ("ووصل الوفد إلى جنيف للمشاركة في المفاوضات مع الحكومة.", "المفاوضات"),
    ("وعقد الوفدان مشاورات في الرياض أمس.", "مشاورات"),
])
def test_talks_a_party_joins_stay(text: str, trigger: str) -> None:
    assert triggers(text, "CONSULT") == [trigger]


# ---- other senses: shots into the air, a duty handed over ------------------------------------

@pytest.mark.parametrize("text", [
    "وقال شهود إن قوات الأمن أطلقت الرصاص الحي في الهواء لتفريق المتظاهرين في المدينة.",
    "وأطلق مسلحون النار في الهواء ابتهاجا بالإفراج عن الأسرى.",
])
def test_shots_fired_into_the_air_are_no_attack(text: str) -> None:
    assert triggers(text, "ASSAULT") == []


def test_shots_fired_at_someone_stay_an_attack() -> None:
    assert triggers("وأطلق مسلحون النار على دورية للشرطة في المدينة.", "ASSAULT") == ["وأطلق"]


@pytest.mark.parametrize("text", [
    "وأكد الوزير أن الجيش سينتشر في الجنوب، محملا الدولة اللبنانية مسؤولية متابعة الملف.",
    "وحملت الحكومة الحركة مسؤولية حماية المدنيين في المدينة.",
])
def test_a_duty_handed_over_is_no_blame(text: str) -> None:
    assert triggers(text, "ACCUSE") == []


@pytest.mark.parametrize("text, trigger", [
    ("وحملت الحكومة الحركة مسؤولية التصعيد في المدينة.", "حملت"),
    ("وحمل الوزير إسرائيل مسؤولية إفشال المفاوضات.", "حمل"),
])
def test_blame_stays(text: str, trigger: str) -> None:
    assert triggers(text, "ACCUSE") == [trigger]
