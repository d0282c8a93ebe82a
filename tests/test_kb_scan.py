"""The KB scan's quick filters never hide a word the clitic analysis would let start a key:
the set lookup of ``Scanner.may_start`` and the per-norm ``Scanner.hint`` (followers and table
bits) are supersets of what ``Scanner.analyse`` finds, for words with proclitics, with the
article after «لل», and admin heads with a pronoun suffix."""

from __future__ import annotations

import pytest

from marsad.arabic.tokenise import tokenise
from marsad.kb.match import matcher
from marsad.kb.scan import NOTHING

SENTENCES = [
    "وصل الوفد إلى بغداد مساء أمس وبغداد تستعد للقمة.",
    "قدمت دول الخليج دعماً للعراق ولسوريا وللأردن.",
    "قصفت الطائرات أحياء بحمص وريفها الشمالي.",
    "زار وزير الخارجية العراقي محافظة البصرة ومحافظتها المجاورة.",
    "قال الرئيس الإيراني إبراهيم رئيسي إن بلاده سترد.",
    "أعلنت وزارة الدفاع السورية وللجيش السوري بيانا في دير الزور.",
    "التقى العاهل الأردني في عمان بوفد من الأمم المتحدة وللأمم المتحدة مكتب هناك.",
    "فبالعاصمة الرياض وبجنوب لبنان وكالشام سيتوجه الوفد.",
]


@pytest.mark.parametrize("sentence", SENTENCES)
def test_the_quick_filters_keep_every_word_the_analysis_lets_start_a_key(sentence: str) -> None:
    scan = matcher().scan
    tokens = tokenise(sentence)
    flags = [scan.may_start(token.norm) for token in tokens]
    started = 0
    for token, flag in zip(tokens, flags):
        options, bits, follow = scan.analyse(token)
        if (options, bits, follow) == NOTHING:
            continue
        started += 1
        hinted, hinted_bits = scan.hint(token.norm)
        assert flag, token.text
        assert bits & ~hinted_bits == 0, token.text
        assert hinted is None or (follow is not None and follow <= hinted), token.text
    assert started


@pytest.mark.parametrize("word", ["في", "وبغداد", "للعراق", "وريفها", "الدفاع", "كتاب"])
def test_a_hint_is_judged_once_per_norm(word: str) -> None:
    scan = matcher().scan
    norm = tokenise(word)[0].norm
    assert scan.hint(norm) is scan.hint(norm)
