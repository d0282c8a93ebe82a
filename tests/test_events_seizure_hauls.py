"""Events, round 13: precision on text the coder was not written with. The spurious events of
blind14 and blind15 were sorted by why the coder made them (``docs/events.md``, «Round 13:
precision»); the class closed by a general rule, through the real chain
(``eventcoding/prec_hauls.py``, ``prec_round13`` in ``event_grammar.yaml``):

* the haul of an arrest or a raid: a seizure told in the sentence of an arrest or a raid that
  was done is what that operation found, one happening with it — not a coercion of its own.
  A seizure alone, beside a ban, beside an arrest only planned, or of people stays;
* a word's other sense: «يدين X بـ… لـ/إلى Y» is a debt (X owes it to Y), no condemnation; a
  condemnation keeps its object past a word of force («تدين الوزارة بشدة الهجوم»)."""

from __future__ import annotations

import pytest

from gold.events.oracle import analyzed as _analyzed, of_type


def _triggers(text: str, type_: str) -> list[str]:
    article = _analyzed(text, published="2024-05-01")
    return [article.text[e.trigger[0]:e.trigger[1]] for e in of_type(article.events, type_)]


def _modes(text: str) -> list[str]:
    article = _analyzed(text, published="2024-05-01")
    return [e.mode for e in of_type(article.events, "COERCE")]


@pytest.mark.parametrize("text", [
    "ألقت الشرطة في مدينة الزرقاء القبض على ثلاثة لصوص، وضبطت بحوزتهم مسدسات ومبالغ مالية.",
    "واعتقلت القوات الإسرائيلية أربعة شبان في بلدة بيتا وصادرت أجهزة حاسوب من منازلهم.",
    "وأعلنت الشرطة المغربية توقيف خمسة مهربين وضبط طنين من الحشيش في ميناء طنجة.",
    "وداهمت قوات الأمن العراقية مخبأ في قضاء الطارمية وضبطت أسلحة ومتفجرات داخله.",
])
def test_a_seizure_told_with_an_arrest_or_a_raid_is_its_haul_not_a_second_coercion(text):
    modes = _modes(text)
    assert "confiscate" not in modes
    assert len(modes) == 1 and modes[0] in ("arrest", "detain", "raid")


@pytest.mark.parametrize("text", [
    "وصادرت الجمارك السعودية في ميناء جدة شحنة من الحبوب المخدرة.",
    "وحظرت السلطات نشاط الجمعية المعارضة وصادرت مقارها في العاصمة.",
])
def test_a_seizure_alone_or_beside_a_ban_stays_a_seizure(text):
    assert "confiscate" in _modes(text)


def test_a_seizure_beside_an_arrest_only_planned_is_not_taken_in():
    text = "وستعتقل الشرطة المطلوبين غدا، وقد صادرت أمس أسلحتهم في المدينة."
    assert sorted(_modes(text)) == ["arrest", "confiscate"]


def test_a_seizure_of_people_is_an_arrest_of_its_own():
    text = ("وأطاحت الأجهزة الأمنية أمس بأربعة متهمين، وخلال اليومين الماضيين ضبطت الجهات المختصة"
            " ستة متهمين آخرين.")
    assert sorted(_modes(text)) == ["arrest", "confiscate"]


# ---- a word's other sense: «يدين … بـ… لـ/إلى …» owes ---------------------------------------

@pytest.mark.parametrize("text", [
    "ويدين الوداد البيضاوي بهذا التعادل لحارسه الذي أنقذ ركلة جزاء في الدقيقة الأخيرة.",
    "ويدين ريال مدريد بلقبه إلى مهاجمه الذي سجل هدف المباراة الوحيد.",
])
def test_owing_a_win_to_someone_is_no_condemnation(text):
    assert _triggers(text, "ACCUSE") == []


@pytest.mark.parametrize("text", [
    "وتدين وزارة الخارجية بشدة الهجوم الذي استهدف السفارة في العاصمة.",
    "وتدين الحكومة الأردنية الاعتداء الإسرائيلي على المسجد الأقصى.",
    "وأدانت مصر بأشد العبارات الهجوم على الكنيسة في الإسكندرية.",
])
def test_a_condemnation_stays_past_a_word_of_force(text):
    assert len(_triggers(text, "ACCUSE")) == 1
