"""Round 35 (entities): two compiled paths and their Python twins.

- A word's card keeps its packed record with its own part's state scores summed after it
  (``_crfapi.h``: ``with_own``); ``_fastcrf``'s ``spans`` copies those sums into the word's row
  instead of adding part 0's weights again. The scores must be the same to the bit: the spans
  and their confidences equal those of ``tag_spans`` sentence by sentence (which adds every
  weight itself), cards cold or warm.
- ``consistency.propagate_in`` is one compiled call (``_fastfeat.propagate``) where the
  extension was built: it must give what the Python loop (``_propagate_in``) gives, list for
  list, on sentences the tagger reads and on made-up spans (sure and unsure names, a
  person's surname alone, a proclitic on a first word, names that meet tagged ones).
"""

from __future__ import annotations

import random
import struct

import pytest

from marsad.arabic.normalise import fold
from marsad.ner import consistency
from marsad.ner import crf
from marsad.ner import features as ft
from marsad.ner import tagger

compiled = pytest.mark.skipif(
    ft._fastfeat is None or not tagger.available() or tagger._compiled() is None
    or not hasattr(ft._fastfeat, "spans") or not hasattr(crf._fastcrf, "_api"),
    reason="no compiled extension or no NER model")

TEXT = """قال وزير الخارجية السعودي عادل الجبير في الرياض إن المملكة تدعم الحل السياسي في سوريا
واستقبل خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز آل سعود في قصر اليمامة الرئيس الفرنسي
التقى فؤاد حسين وزير خارجية العراق بنظيره الإيراني في طهران وبحث حسين معه الأوضاع في بغداد
وقال فؤاد حسين إن وفؤاد حسين زار بغداد والعراق ولبنان ثم عاد حسين إلى بغداد
وأعلنت وزارة الداخلية في جدة عن ضبط خمسة مهربين قرب الحدود مع اليمن
Barack Obama visited 2015 - فرانك-فالتر شتاينماير ، « الأمم المتحدة » ؟"""

SENTENCES = [[fold(w) for w in line.split()] for line in TEXT.splitlines()]


def _article(seed: int) -> list[list[str]]:
    rng = random.Random(seed)
    words = [w for s in SENTENCES for w in s]
    article = [list(s) for s in SENTENCES]
    for _ in range(5):
        article.append([rng.choice(words) for _ in range(rng.randrange(1, 20))])
    article.append([])
    rng.shuffle(article)
    return article


@compiled
@pytest.mark.parametrize("seed", range(4))
def test_summed_own_parts_give_the_same_scores(seed: int) -> None:
    article = _article(seed)
    expected = [tagger.tag_spans(words) for words in article]
    tagger.clear_caches()
    assert tagger.sentence_spans(article) == expected  # every card new
    assert tagger.sentence_spans(article) == expected  # every card warm


@compiled
def test_cards_carry_their_sums() -> None:
    """Not a vacuous agreement: the cards' records hold the sums after their int32s."""
    tagger.sentence_spans(SENTENCES)
    features, fast = tagger._shipped()
    assert fast is not None
    labels = len(fast.labels)
    for word in SENTENCES[0]:
        record = features._cards[word][0]
        ends = struct.unpack_from("5i", record)
        base = 4 * (5 + ends[4])
        assert len(record) == (base + 7) // 8 * 8 + 8 * labels


def _sure_spans(rng: random.Random, words: list[str]) -> list[tuple[int, int, str, float]]:
    """Made-up, non-overlapping spans over ``words``, sorted."""
    out, i = [], 0
    while i < len(words):
        if rng.random() < 0.35:
            stop = min(len(words), i + rng.randrange(1, 6))
            out.append((i, stop, rng.choice(["PER", "GPE", "ORG", "LOC"]),
                        rng.choice([0.95, 0.99, 0.9, 0.5, 0.89999])))
            i = stop + rng.randrange(0, 3)
        else:
            i += 1
    return out


def _cases() -> list[tuple[list[list[str]], list[list[tuple[int, int, str, float]]]]]:
    cases = []
    tagged = tagger.sentence_spans(SENTENCES) if tagger.available() else []
    if tagged:
        cases.append((SENTENCES, tagged))
    rng = random.Random(35)
    for _ in range(300):
        article = _article(rng.randrange(1000))
        cases.append((article, [_sure_spans(rng, words) for words in article]))
    cases.append(([], []))
    cases.append(([[]], [[]]))
    cases.append((SENTENCES, [[] for _ in SENTENCES]))  # no sure name
    cases.append((SENTENCES[:2], [[(0, 1, "PER", 0.95)]]))  # fewer spans than sentences
    return cases


@pytest.mark.skipif(consistency._fastfeat is None
                    or not hasattr(consistency._fastfeat, "propagate"),
                    reason="no compiled extension")
def test_compiled_propagation_is_the_python_loop() -> None:
    added = 0
    for sentences, spans in _cases():
        vocab = set().union(*sentences) if sentences else set()
        python = consistency._propagate_in(sentences, spans, None)
        assert consistency._propagate_in(sentences, spans, vocab) == python
        out = consistency.propagate_in(sentences, spans, vocab)
        assert out == python
        assert consistency.propagate(sentences, spans) == python
        assert all(type(found) is list for found in out)
        assert all(found is not given for found, given in zip(out, spans))  # new lists
        added += sum(len(a) - len(b) for a, b in zip(out, spans))
    assert added > 100  # names were found again


def test_the_fallback_without_the_extension(monkeypatch: pytest.MonkeyPatch) -> None:
    sentences = [[fold(w) for w in "استقبل الوزير فؤاد حسين نظيره".split()],
                 [fold(w) for w in "وأضاف حسين أن وفؤاد حسين وصل".split()]]
    spans = [[(2, 4, "PER", 0.97)], []]
    with monkeypatch.context() as m:
        m.setattr(consistency, "_fastfeat", None)
        out = consistency.propagate(sentences, spans)
    assert out == [[(2, 4, "PER", 0.97)],
                   [(1, 2, "PER", consistency.ADDED), (3, 5, "PER", consistency.ADDED)]]
    assert consistency.propagate(sentences, spans) == out
