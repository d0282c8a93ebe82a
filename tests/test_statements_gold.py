"""Quality floors of the statements stage on the team's gold sets (run through the real
pipeline), and the statements of the shared sample report. Floors sit a little under the
last measured figures (docs/statements.md) so they can only go up on purpose."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from statements_support import eval_module

GOLD = Path(__file__).resolve().parent / "gold"

FLOORS = {
    "statements": {"cue_precision": 0.97, "cue_recall": 0.97, "act_recall": 0.97,
                   "speaker_right": 0.95, "content_exact": 0.92, "content_overlap": 0.97},
    "statements_heldout": {"cue_precision": 0.95, "cue_recall": 0.95, "act_recall": 0.95,
                           "speaker_right": 0.92, "content_exact": 0.85,
                           "content_overlap": 0.95},
}


@pytest.fixture(scope="module")
def scorer() -> Any:
    return eval_module()


@pytest.mark.parametrize("name", FLOORS)
def test_gold_set_scores_stay_above_their_floors(scorer: Any, name: str) -> None:
    summary = scorer.evaluate(GOLD / name).summary()
    low = {k: (summary[k], floor) for k, floor in FLOORS[name].items() if summary[k] < floor}
    assert not low, low


def test_the_gold_set_has_at_least_forty_articles() -> None:
    assert len(list((GOLD / "statements").glob("*.yaml"))) >= 40


# (act, cue, a word of the speaker) for each statement the sample report makes.
SAMPLE = [
    ("DENY", "مفت", "الدفاع"), ("SAY", "قالت", "الدفاع"),
    ("AFFIRM", "أكد", "وزراء"), ("WARN", "محذّرين", "الوزراء"), ("CALL", "حثّ", "الوزراء"),
    ("CONDEMN", "أدانوا", "الوزراء"), ("CONDEMN", "دانوا", "الوزراء"),
    ("ANNOUNCE", "أعلن", "فؤاد حسين"),
    ("AFFIRM", "أكد", "صباغ"), ("AFFIRM", "مشدّداً", "صباغ"), ("WARN", "محذّراً", "صباغ"),
    ("SAY", "أشار", "صباغ"), ("SAY", "مضيفاً", "صباغ"),
    ("AFFIRM", "أكد", "عراقتشي"), ("SAY", "أوضح", "عراقتشي"), ("SAY", "مضيفاً", "عراقتشي"),
]


def test_the_sample_report_statements_have_their_speakers(scorer: Any, sample_path: Path) -> None:
    article = scorer.analyse(sample_path.read_text(encoding="utf-8"), None, scorer._pipeline())
    found = [(st.act, article.text[st.cue[0]:st.cue[1]], st.speaker.text if st.speaker else "")
             for st in article.statements]
    missing = [want for want in SAMPLE
               if not any(a == want[0] and c == want[1] and want[2] in s for a, c, s in found)]
    assert not missing, (missing, found)
    army = [st for st in article.statements if st.act == "SAY" and "الدفاع" in
            (st.speaker.text if st.speaker else "")]
    assert army and "حمص" in article.text[army[0].content[0]:army[0].content[1]]
    compound = next(st for st in article.statements if st.speaker and
                    st.speaker.text.startswith("وزراء خارجية"))
    assert compound.speaker is not None and len(compound.speaker.actors) == 3
