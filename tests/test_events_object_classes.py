"""Events, round 18: object classes of phrase triggers. A phrase row may name a class of
objects in place of one noun («سلم|يسلم @sites», «دفع|يدفع ب@forces»); the classes are data
(``event_object_classes.yaml``) and the rows are expanded as the lexicon loads
(``eventcoding/trig_classes.py``), so the matcher meets ordinary phrases. Every frame is tried
here with objects no row of its own ever listed, with a count before its object, and beside
its counter-cases: the same verb with an object of no class («سلم الجائزة»، «دفع الثمن»،
«خفض الأسعار»), a class noun after a preposition («في مقر الرئاسة»)."""

from __future__ import annotations

import pytest

from gold.events.oracle import analyzed
from marsad.eventcoding.trig_classes import class_counts, expand_rows, objects
from marsad.lexicons import LexiconError, load_yaml


def _events(text: str) -> list[tuple[str, str]]:
    """The (type, mode) of every event coded in ``text``."""
    return [(e.type, e.mode) for e in analyzed(text, published="2024-05-01").events]


@pytest.mark.parametrize("text, expected", [
    # RETREAT: forces withdrawn or cut, sites evacuated or handed over
    ("وسحبت روسيا عشرات الآليات العسكرية من قاعدتها في اللاذقية.", ("RETREAT", "withdraw")),
    ("وقلصت بريطانيا عدد جنودها في أفغانستان إلى النصف.", ("RETREAT", "withdraw")),
    ("وأخلت الميليشيات الثكنة العسكرية في أطراف مدينة سرت.", ("RETREAT", "withdraw")),
    ("وسلمت قوات أتميس الجيش الصومالي قاعدة عسكرية في إقليم شبيلي السفلى.",
     ("RETREAT", "handover")),
    ("وسلمت الحركة المقرات الحكومية في عدن إلى الجيش اليمني.", ("RETREAT", "handover")),
    # MOBILIZE: forces sent, massed, pushed in
    ("ودفعت الميليشيا خلال الأيام الماضية بمئات المقاتلين إلى جبهة مأرب.",
     ("MOBILIZE", "reinforce")),
    ("وحشد الجيش التركي آلاف الجنود على الحدود مع سوريا.", ("MOBILIZE", "mass")),
    ("واستقدم الجيش السوداني مدرعات إلى جبهة الفاشر.", ("MOBILIZE", "reinforce")),
    ("وأرسلت فرنسا كتيبة إلى رومانيا.", ("MOBILIZE", "deploy")),
    # AID: relief sent, brought in, handed out; arms supplied
    ("وأدخلت الأمم المتحدة قافلة تضم عشرين شاحنة إلى حلب.", ("AID", "humanitarian")),
    ("ووزع مركز الملك سلمان سلالا غذائية على النازحين في عدن.", ("AID", "humanitarian")),
    ("وزودت إيران جماعة الحوثي بمئات المسيرات.", ("AID", "military")),
    # ASSAULT, SANCTION, COERCE, CONCEDE
    ("وأسقطت الدفاعات الجوية الأوكرانية مروحية روسية فوق خاركيف.", ("ASSAULT", "attack")),
    ("وجمدت السلطات السويسرية حسابات مصرفية لرجل الأعمال الروسي.", ("SANCTION", "sanctions")),
    ("وهدمت الجرافات الإسرائيلية مساكن في قرية الولجة.", ("COERCE", "confiscate")),
    ("وسلمت حركة حماس ثلاثة رهائن إلى الصليب الأحمر.", ("CONCEDE", "release")),
    ("ودمرت المقاومة الفلسطينية ثلاث دبابات إسرائيلية في خان يونس.", ("ASSAULT", "attack")),
])
def test_a_class_row_reads_an_object_no_row_listed(text: str, expected: tuple[str, str]) -> None:
    assert expected in _events(text)


@pytest.mark.parametrize("text, expected", [
    ("ووقعت الحكومة اتفاقا مع واشنطن يقضي بخفض ألفي جندي من قواتها في العراق.",
     ("RETREAT", "withdraw")),
    ("ودفع الجيش الروسي بآلاف الجنود إلى باخموت.", ("MOBILIZE", "reinforce")),
    ("ودفعت أنقرة بعشرات الدبابات إلى الحدود.", ("MOBILIZE", "reinforce")),
])
def test_a_count_before_the_object_keeps_the_phrase(text: str, expected: tuple[str, str]) -> None:
    assert expected in _events(text)


@pytest.mark.parametrize("text, kind", [
    ("وسلم الأمير الجائزة للفائزين في المسابقة.", "RETREAT"),
    ("ودفع المواطنون الثمن غاليا بسبب الأزمة.", "MOBILIZE"),
    ("وقررت الحكومة المصرية خفض الأسعار.", "RETREAT"),
    ("وأرسل الوزير برقية تهنئة إلى نظيره الأردني.", "MOBILIZE"),
    ("ودمر الزلزال المنازل في القرية الجبلية.", "ASSAULT"),
    # a class noun after a preposition is no object of the verb
    ("وسلم الرئيس الميداليات للفائزين في مقر الرئاسة.", "RETREAT"),
    ("وسلم الرئيس الجوائز للفائزين بمقر الرئاسة.", "RETREAT"),
])
def test_the_verb_with_another_object_is_no_event_of_the_frame(text: str, kind: str) -> None:
    assert kind not in [type_ for type_, _ in _events(text)]


def test_the_subject_before_the_object_is_not_taken_for_it() -> None:
    """«سحبت القوات الأمريكية وحداتها»: the definite class noun right after the verb is its
    subject; the phrase reads on to the object."""
    assert ("RETREAT", "withdraw") in _events("وسحبت القوات الأمريكية وحداتها من القاعدة.")


def test_a_preposition_before_the_class_reads_the_article_and_the_counts_it_bears() -> None:
    data = {"classes": {"forces": ["قوات"]}, "counts": ["مئات"], "count_prepositions": ["ب"]}
    assert objects("ب@forces", data) == ["بقوات", "بالقوات"]
    assert objects("@forces", data) == ["قوات"]
    assert class_counts(data) == {"بميات": "ب"}  # folded: «بمئات»


def test_a_row_of_its_own_wins_over_the_class_row() -> None:
    data = {"classes": {"sites": ["مواقع", "معبر"]}, "counts": []}
    rows = [{"form": "سلم|يسلم معبر", "kind": "phrase", "mode": "own"},
            {"form": "سلم|يسلم @sites", "kind": "phrase", "mode": "class"}]
    expanded = [(row["form"], row["mode"]) for row in expand_rows(rows, data)]
    assert expanded == [("سلم|يسلم معبر", "own"), ("سلم|يسلم مواقع", "class")]


def test_an_unknown_class_is_a_clear_error() -> None:
    rows = [{"form": "سلم|يسلم @nowhere", "kind": "phrase"}]
    with pytest.raises(LexiconError, match="nowhere"):
        list(expand_rows(rows, {"classes": {}, "counts": []}))


def test_the_classes_are_clean_arabic_data() -> None:
    data = load_yaml("event_object_classes.yaml")
    for name, members in data["classes"].items():
        assert members, name
        for word in members:
            assert not any("\ufb50" <= ch <= "\ufeff" or ch in "\u200e\u200f\u202a\u202b\u202c"
                           for ch in word), word
