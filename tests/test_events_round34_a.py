"""Speed round 34 (part A): ``evidence_needs.relaxed`` reads the signs around a candidate only
for the rules its row and its own fields leave possible. Its answer must be the plain one: every
rule of ``event_needs.yaml`` tested against every sign the candidate shows (``signs``)."""

from __future__ import annotations

from gold.events.oracle import analyzed

from marsad.eventcoding.candidates import Candidate, statement_candidates, trigger_candidates
from marsad.eventcoding.evidence_needs import _fits, kind_of, needs_rules, relaxed, signs
from marsad.eventcoding.view import View

TEXTS = (
    "وجاء القصف الجديد بعد ساعات من هجوم صاروخي آخر استهدف منزلا قرب المطار.",
    "ولقي القاضي حتفه قبل عامين إثر انفجار سيارة مفخخة استهدفت موكبه لدى خروجه من منزله.",
    "وأكد المتحدث أن الضربات تستهدف مواقع المسلحين فقط ولا تطال المدنيين.",
    "إسرائيل نفذت ضربة محدودة على موقع عسكري، فيما اقتحمت القوات المخيم فجر اليوم.",
    "وقالت الخارجية إن المفاوضات ستستأنف الشهر المقبل في جنيف بعد تعليقها.",
    "وأجبرت القوات المسلحين على الانسحاب من البلدة، وتم قطع خدمة الإنترنت عن المدينة.",
    "واستنكر الوزير العمل الإرهابي الذي استهدف المسجد، وقال إن التفجير الذي طال المصلين جبان.",
)


def _plain(view: View, candidate: Candidate) -> bool:
    shown, kind = signs(view, candidate), kind_of(view, candidate)
    return any(_fits(rule, candidate, kind, shown) for rule in needs_rules())


def test_relaxed_gives_the_plain_answer() -> None:
    seen = 0
    for text in TEXTS:
        view = View(analyzed(text))
        found = trigger_candidates(view)
        found += statement_candidates(view, found)
        for candidate in found:
            assert relaxed(view, candidate) == _plain(view, candidate), text
            seen += 1
    assert seen >= len(TEXTS)
