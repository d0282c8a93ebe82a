"""The compiled CRF's Viterbi (``marsad/ner/_fastcrf.c``) keeps crfsuite's tie-breaking: for
each label the previous labels are tried in order and the first best is kept, the last
token's label likewise. The inner loop takes two labels at a time where SSE2 is there, so
ties are tried in every lane and on an odd last label, against a plain Viterbi written here,
on small models whose integer weights make equal sums exact."""

from __future__ import annotations

import random
from array import array

import pytest

from marsad.ner import crf

pytestmark = pytest.mark.skipif(crf._fastcrf is None, reason="no compiled extension")

WORDS = ["اجتمع", "الوزير", "مع", "السفير", "في", "عمان", "امس", "وبحثا", "العلاقات"]


def _model(n: int, weights: dict[bytes, list[float]], transitions: list[float]
           ) -> crf.CompiledCRF:
    labels = ["O"] + [f"L{k}" for k in range(1, n)]
    index: dict[bytes, int] = {}
    targets, flat = array("i"), array("d")
    for name, row in weights.items():
        index[name] = len(flat) * 64 + n
        targets.extend(range(n))
        flat.extend(row)
    return crf.CompiledCRF(labels, index, targets, flat, array("d", transitions))


def _viterbi(states: list[list[float]], trans: list[float], n: int) -> list[int]:
    score = [list(states[0])]
    back: list[list[int]] = [[0] * n]
    for row in states[1:]:
        prev, cur, bk = score[-1], [-1.7976931348623157e308] * n, [0] * n
        for i in range(n):
            for j in range(n):
                s = prev[i] + trans[i * n + j]
                if cur[j] < s:
                    cur[j], bk[j] = s, i
        score.append([c + r for c, r in zip(cur, row)])
        back.append(bk)
    best, last = -1.7976931348623157e308, 0
    for i, s in enumerate(score[-1]):
        if best < s:
            best, last = s, i
    path = [last]
    for bk in reversed(back[1:]):
        path.append(bk[path[-1]])
    return path[::-1]


def _sentence(rng: random.Random, n: int, length: int, spread: int
              ) -> tuple[crf.CompiledCRF, list[tuple[bytes, ...]], list[list[float]], list[float]]:
    words = [WORDS[rng.randrange(len(WORDS))] for _ in range(length)]
    weights = {w.encode(): [float(rng.randrange(spread)) for _ in range(n)] for w in set(words)}
    transitions = [float(rng.randrange(spread)) for _ in range(n * n)]
    items = [(w.encode(),) for w in words]
    states = [list(weights[w.encode()]) for w in words]
    return _model(n, weights, transitions), items, states, transitions


@pytest.mark.parametrize("n", range(1, 11))
def test_the_first_best_previous_label_is_kept_on_ties(n: int) -> None:
    rng = random.Random(n)
    for _ in range(200):
        model, items, states, transitions = _sentence(rng, n, rng.randrange(1, 9), 3)
        labels, _probs = model.tag(items)
        assert [model.labels.index(x) for x in labels] == _viterbi(states, transitions, n)


def test_all_equal_scores_give_the_first_label_everywhere() -> None:
    for n in (2, 5, 8, 15):
        model = _model(n, {"الوزير".encode(): [0.0] * n}, [0.0] * (n * n))
        labels, probs = model.tag([("الوزير".encode(),)] * 4)
        assert labels == ["O"] * 4 and probs is None


def test_a_tie_in_the_second_lane_keeps_the_earlier_label() -> None:
    # five labels; from labels 1 and 3 label 4 (and label 3) are reached with the same score,
    # label 1 tried first; the last token prefers label 4, then 3 is tied with 1 before it
    n = 5
    trans = [0.0] * (n * n)
    first = [0.0, 2.0, 0.0, 2.0, 0.0]
    second = [0.0, 0.0, 0.0, 0.0, 5.0]
    model = _model(n, {"اجتمع".encode(): first, "الوزير".encode(): second}, trans)
    labels, _probs = model.tag([("اجتمع".encode(),), ("الوزير".encode(),)])
    assert labels == ["L1", "L4"]
