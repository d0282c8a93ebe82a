"""Events, round 31 (real-news arguments): a speaker that is an office speaks through the
person named right after it (``speakers.office_holder_after``).

* the office's first word is an office's (``event_args_titles.tsv``, the titles of
  ``event_title_condemners.yaml``) or a spokesman's (``office_holder_heads`` of
  event_grammar.yaml); the bodies and places it governs may stand inside it
  («المتحدث باسم وزارة الخارجية»، «محافظ البصرة»);
* a rank or an academic title may stand between the office and the name
  (``object_aside_titles``, ``rank_seconds``: «الدكتور»، «اللواء»، «الفريق أول»);
* a body that is no office («حكومة …») keeps its own name: the person after it is the
  object.

Our own sentences, through the real chain."""

from __future__ import annotations

from gold.events.oracle import analyzed, of_type

PUBLISHED = "2024-05-04"


def _actors(text: str, kind: str) -> list[list[str]]:
    article = analyzed(text, PUBLISHED)
    names = {e.id: e.text for e in article.entities}
    return [[names.get(a, a) for a in e.actors] + list(e.actor_text)
            for e in of_type(article.events, kind)]


def test_spokesman_of_a_body_speaks_by_name() -> None:
    found = _actors("وأدان المتحدث باسم البيت الأبيض جون كيربي الهجوم على السفارة.", "ACCUSE")
    assert found == [["جون كيربي"]]


def test_office_then_academic_title_then_name() -> None:
    found = _actors("واستنكر وكيل وزارة العمل بالمنطقة الشمالية الأستاذ فهد بن ناصر الدوسري "
                    "الهجوم على المسجد.", "ACCUSE")
    assert found == [["فهد بن ناصر الدوسري"]]


def test_office_then_rank_then_name() -> None:
    found = _actors("ودعا رئيس أركان القوات البرية الفريق سالم بن حمد العتيبي الحوثيين إلى "
                    "وقف القتال.", "REQUEST")
    assert found == [["سالم بن حمد العتيبي"]]


def test_a_government_is_no_office() -> None:
    found = _actors("واتهمت حكومة الوفاق خليفة حفتر بعرقلة الحوار.", "ACCUSE")
    assert found == [["حكومة الوفاق"]]
