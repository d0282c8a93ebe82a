"""A prisoner released «عن الأسير …» is the release's target, never its actor: an unnamed
head's run to the person it names ends at «عن/على/ضد/مع» (``name_run_stops``), and a
prisoner's title before a name is read past (``skip_words``). Our own sentences."""

from __future__ import annotations

from gold.events.oracle import first_coded, names


def test_a_prisoner_released_by_a_named_state_is_the_target() -> None:
    article, event = first_coded(
        "وأفرجت السلطات المصرية أمس عن الأسير محمود حسن بعد عامين من الاحتجاز.", "CONCEDE")
    assert "محمود حسن" in names(article, event.targets)
    assert "محمود حسن" not in names(article, event.actors)


def test_a_prisoner_released_by_an_unnamed_body_is_no_actor() -> None:
    article, event = first_coded(
        "وأفرجت الشرطة عن الأسير خالد يوسف مساء الثلاثاء.", "CONCEDE")
    assert names(article, event.actors) == []
    assert "خالد يوسف" in names(article, event.targets)


def test_a_detainee_released_by_a_court_order_is_the_target() -> None:
    article, event = first_coded(
        "وقررت المحكمة الإفراج عن الأسيرة فاطمة أحمد يوم الأحد.", "CONCEDE")
    assert "فاطمة أحمد" not in names(article, event.actors)
