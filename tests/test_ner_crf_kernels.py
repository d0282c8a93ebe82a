"""The compiled CRF chooses its inner loops once, when it loads: AVX2 where the CPU has it,
else SSE2 (``_fastcrf.use_avx2``). Both must give the same labels and the same marginal
probabilities to the last bit, on models whose whole rows (a weight for every label) are in
label order, which the compiled loop adds as one row, and on models with a whole row out of
order, which it adds weight by weight; both kinds have partial rows too."""

from __future__ import annotations

import random
from array import array
from collections.abc import Iterator

import pytest

from marsad.ner import crf

pytestmark = pytest.mark.skipif(crf._fastcrf is None, reason="no compiled extension")

WORDS = ["استقبل", "الرئيس", "وفدا", "من", "بغداد", "وتناول", "اللقاء", "الأوضاع"]


@pytest.fixture
def kernels() -> Iterator[list[bool]]:
    """The kernels this machine can run (SSE2 always; AVX2 where the CPU has it); the
    module's own choice is put back after the test."""
    fast = crf._fastcrf
    assert fast is not None
    default = fast.use_avx2(True)
    fast.use_avx2(False)
    yield [False, True] if default else [False]
    fast.use_avx2(default)


def _model(rng: random.Random, n: int, in_order: bool) -> crf.CompiledCRF:
    labels = ["O"] + [f"L{k}" for k in range(1, n)]
    index: dict[bytes, int] = {}
    targets, flat = array("i"), array("d")
    for k, word in enumerate(WORDS):
        # the first row is whole, in label order or reversed; the others whole or partial
        if k == 0:
            wanted = list(range(n)) if in_order else list(range(n))[::-1]
        elif rng.random() < 0.5:
            wanted = list(range(n))
        else:
            wanted = sorted(rng.sample(range(n), rng.randrange(1, n)))
        index[word.encode()] = len(flat) * 64 + len(wanted)
        targets.extend(wanted)
        flat.extend(rng.uniform(-3.0, 3.0) for _ in wanted)
    transitions = array("d", (rng.uniform(-2.0, 2.0) for _ in range(n * n)))
    return crf.CompiledCRF(labels, index, targets, flat, transitions)


@pytest.mark.parametrize("in_order", [True, False])
@pytest.mark.parametrize("n", [2, 3, 4, 5, 7, 8, 9, 15, 16])
def test_every_kernel_gives_the_same_labels_and_probabilities(kernels: list[bool], n: int,
                                                               in_order: bool) -> None:
    fast = crf._fastcrf
    assert fast is not None
    rng = random.Random(n * 2 + in_order)
    for _ in range(50):
        model = _model(rng, n, in_order)
        items: list[tuple[bytes, ...]] = [(WORDS[rng.randrange(len(WORDS))].encode(),)
                                          for _ in range(rng.randrange(1, 12))]
        answers = []
        for avx2 in kernels:
            fast.use_avx2(avx2)
            answers.append(model.tag(items))
        assert all(answer == answers[0] for answer in answers)


def test_whole_rows_out_of_label_order_turn_the_one_row_sum_off() -> None:
    rng = random.Random(7)
    assert _model(rng, 5, in_order=True)._args[-1] is True
    assert _model(rng, 5, in_order=False)._args[-1] is False
