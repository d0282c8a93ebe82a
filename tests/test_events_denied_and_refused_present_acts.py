"""Events: a present verb after «لم» or «لن» tells a denied or refused act, not a standing
state (``eventcoding/negated_tenses.py``, words in ``lexicons/event_negated_tenses.yaml``).

* The guard of ``present_is_state`` holds back a present-tense assent or strike told as a
  state («المناطق التي يسيطر عليها»); after «لم» (past, denied) or «لن» (future, refused) the
  same form tells an act, coded with its factuality.
* Not in a relative clause («الشروط التي لم يوافق عليها» stays a state), not a bare present,
  and not for a ban told as a figure of speech («لم تمنع الظروف …»).

Our own sentences, through the real chain. The first two fail without the module."""

from __future__ import annotations

from gold.events.oracle import analyzed, of_type, triggers


def test_a_refused_assent_after_lan_is_coded_denied() -> None:
    article = analyzed("وقال المتحدث باسم الحركة إن الحركة لن توافق على أي هدنة لا تضمن "
                       "انسحاب القوات من المدينة.")
    agreed = of_type(article.events, "AGREE")
    assert [article.text[slice(*e.trigger)] for e in agreed if e.trigger] == ["توافق"]
    assert agreed[0].factuality == "denied"


def test_a_denied_strike_after_lam_is_coded() -> None:
    assert triggers("وأكد الناطق باسم الجيش أن الطائرات لم تستهدف أي حي سكني في المدينة "
                    "خلال عملياتها أمس.", "ASSAULT") == ["تستهدف"]


def test_a_negated_present_in_a_relative_clause_stays_a_state() -> None:
    assert triggers("وعرض الوفد الشروط التي لم يوافق عليها الطرف الآخر منذ بدء المحادثات "
                    "قبل عامين.", "AGREE") == []


def test_a_figurative_ban_after_lam_stays_out() -> None:
    assert triggers("لكن هذه الظروف الصعبة لم تمنع الشاعر من كتابة أجمل قصائده في تلك "
                    "السنوات.", "COERCE") == []
