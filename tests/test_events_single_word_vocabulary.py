"""Events, round 18 (issue 7): trigger vocabulary written by design, type by type.

The single words news uses for a happening that no row of the lexicon read, each added only
where most of its uses in the corpus are that event: a brawl («مشاجرة»),
looting («نهب»), a plot or a smuggling run foiled («أحبط») and torture («تعذيب»). A trial
(«محاكمة») was read too until round 27: on real news it is told by its procedure (postponed,
resumed, «خلال محاكمته»), which coerces no one, and its row is gone.

And the counter-cases: the words that were weighed and left out stay silent — their other sense
is common («وفّرت» is no flight, «هنّأ» folds to «هنا/هناك», «دحر الإرهاب» is a wish) — and a
new word with nothing to attach to codes nothing. Our own sentences, through the real chain."""

from __future__ import annotations

import pytest

from gold.events.oracle import analyzed, of_type


def _triggers(text: str, type_: str) -> list[str]:
    article = analyzed(text)
    return [article.text[event.trigger[0]:event.trigger[1]]
            for event in of_type(article.events, type_) if event.trigger]


@pytest.mark.parametrize("text, type_, trigger", [
    ("ونشبت مشاجرة بين عمال شركة النقل وسائقي الحافلات في موقف المدينة.", "ASSAULT",
     "مشاجرة"),
    ("ونهب المسلحون المحلات التجارية في سوق المدينة بعد انسحاب الشرطة.", "COERCE", "ونهب"),
    ("أحبطت الجمارك في ميناء جدة محاولة تهريب كمية كبيرة من الأسلحة.", "COERCE", "أحبطت"),
    ("وقالت المنظمة إن الحراس يمارسون تعذيب السجناء السياسيين في سجن المدينة.", "ASSAULT",
     "تعذيب"),
])
def test_a_word_news_uses_for_the_type_is_read(text: str, type_: str, trigger: str) -> None:
    assert trigger in _triggers(text, type_)


@pytest.mark.parametrize("text, type_", [
    ("ووفرت الحكومة مئتي حافلة جديدة لنقل الطلاب إلى المدارس.", "RETREAT"),  # provided
    ("وهناك خلافات بين الوزارة والشركة على بنود العقد.", "SUPPORT"),  # «هنأ» folds to «هنا»
    ("ودعا الخطيب إلى الوقوف صفا واحدا حتى دحر الإرهاب.", "ASSAULT"),  # a wish, not a rout
    ("وفر آلاف السكان من القرية إلى المخيمات هربا من الفيضانات.", "RETREAT"),  # people fleeing
    ("وتسلمت الوزيرة الجديدة مهامها في مقر الوزارة أمس.", "AID"),  # took office
    ("وأعدمت السلطات ثلاثة مدانين في قضايا تهريب.", "ASSAULT"),  # a state's sentence carried out
])
def test_a_word_with_a_common_other_sense_stays_out(text: str, type_: str) -> None:
    assert _triggers(text, type_) == []


@pytest.mark.parametrize("text", [
    "قررت محكمة الجنايات تأجيل محاكمة 40 متهما في قضية الاعتداء على مركز الشرطة.",
    "واستأنفت المحكمة العسكرية صباح اليوم محاكمة القائد السابق وسبعة من مساعديه.",
])
def test_a_trial_told_by_its_procedure_is_no_coercion(text: str) -> None:
    """Round 27 (real news): postponing or resuming a trial coerces no one."""
    assert _triggers(text, "COERCE") == []


@pytest.mark.parametrize("text, type_", [
    ("وقال الخطيب إن هؤلاء يستحقون المحاكمة العادلة.", "COERCE"),  # no one tried, no one named
    ("وتحدث الكتاب عن عمليات التعذيب في تلك الحقبة.", "ASSAULT"),
])
def test_a_new_word_with_nothing_to_attach_to_codes_nothing(text: str, type_: str) -> None:
    assert _triggers(text, type_) == []
