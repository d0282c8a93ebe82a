"""Finding the speaker of a cue: the phrase after the cue (VSO, «قال الوزير») or before
it (SVO, «الوزارة أكدت»), with a title and a name in apposition («وزير الخارجية العراقي،
فؤاد حسين،») as one speaker, an outlet with its quoted name, an unnamed source with its
body and tail (مصدر في الوزارة، مسؤول رفض الكشف عن اسمه), the topic of «أما X، فـ…» and
the antecedent of a relative pronoun. The phrase grammar itself is in ``phrase.py``.
"""

from __future__ import annotations

import functools
from collections.abc import Callable

from marsad.attribution.honorifics import skip_honorific
from marsad.attribution.lexicon import lexicon
from marsad.attribution.phrase import (DEFINITE_ARTICLE, MAX_APPOSITION, MAX_PHRASE, Phrase,
                                       extend_right, is_plural, is_skip, owned_masdar,
                                       owned_masdar_word, phrase, phrase_at, phrase_len,
                                       skip_adverbs, stops_phrase)
from marsad.attribution.view import COMMAS, QUOTE_PAIRS, View
from marsad.kb.keys import name_key

#: «لـ» standing alone before a quoted outlet name (folded: the tatweel is dropped).
CHANNEL_LAM = "ل"


def _apposition_right(view: View, last: int, end: int, cue_tokens: frozenset[int]) -> int:
    """``last`` moved over «، NAME،» when a short name stands between two commas."""
    k = last + 1
    if k >= end or not view.is_punct(k, COMMAS):
        return last
    run = k + 1
    while run < end and run - k <= MAX_APPOSITION and not stops_phrase(view, run, cue_tokens):
        if view.in_time[run]:
            return last
        run += 1
    if run == k + 1 or run - k > MAX_APPOSITION + 1:
        return last
    if run < end and not view.is_punct(run, COMMAS):
        return last
    return run - 1


def skip_channel(view: View, k: int, end: int) -> int:
    """The token after «لـ"عكاظ"» (a medium, not a speaker) at ``k``, or ``k``."""
    if k + 1 >= end or view.norms[k] != CHANNEL_LAM or not view.opens_quote(k + 1):
        return k
    close = QUOTE_PAIRS[view.tokens[k + 1].text]
    for j in range(k + 2, min(end, k + 3 + MAX_APPOSITION)):
        if view.tokens[j].text == close:
            return j + 1
    return k


def _quoted_name(view: View, last: int, end: int) -> int:
    """«صحيفة "كاثميريني"»: an outlet word takes the quoted name after it."""
    k = last + 1
    if k >= end or not view.opens_quote(k) or not lexicon().has_any("channel", view.forms(last)):
        return last
    close = QUOTE_PAIRS[view.tokens[k].text]
    for j in range(k + 1, min(end, k + 2 + MAX_APPOSITION)):
        if view.tokens[j].text == close:
            return j
    return last


def _unnamed_source_body(view: View, first: int, last: int, end: int,
                         cue_tokens: frozenset[int]) -> int:
    """«مصدر في قيادة المنطقة»، «مسؤول حكومي رفض الكشف عن اسمه»: the body and tail
    of an unnamed source stay with it."""
    lex = lexicon()
    if lex.anonymous.keys().isdisjoint(view.forms(first)):
        return last
    k = last + 1
    if k + 1 < end and view.norms[k] in lex.roles["source_link"] \
            and not stops_phrase(view, k + 1, cue_tokens):
        last = extend_right(view, k + 1, end, cue_tokens, False)
        k = last + 1
    for start in range(first + 1, min(k, end) + 1):
        tail = phrase_len(view, start, end, "speaker_tail")
        if tail:
            return start + tail - 1
    if k + 1 < end and view.is_punct(k, COMMAS):
        tail = phrase_len(view, k + 1, end, "speaker_tail")
        after = k + 1 + tail
        if tail and (after >= end or view.is_punct(after, COMMAS)):
            return after - 1
        return _tail_clause(view, k + 1, end, last)
    return last


def _tail_clause(view: View, k: int, end: int, last: int) -> int:
    """«، طلبا عدم ذكر اسميهما،»: a short clause opened by a verb of asking or refusing,
    closed by a comma, stays with the unnamed source."""
    lex = lexicon()
    if not lex.has_any("tail_verb", view.forms(k)):
        return last
    for j in range(k + 1, min(end, k + 1 + MAX_APPOSITION)):
        if view.is_punct(j, COMMAS):
            return j - 1
    return last


def looks_like_speaker(view: View, ph: Phrase, definite_will_do: bool = True) -> bool:
    """Whether a phrase reads as a speaker: it holds an entity, or its head is a speaker
    noun (with or without ال), an unnamed source, or (``definite_will_do``) definite."""
    if any(view.entity_at[ph.first:ph.last + 1]):  # an entity is never falsy
        return True
    norm, bare = view.forms(ph.first)
    forms = (norm, bare, bare.removeprefix(DEFINITE_ARTICLE), _without_accusative(bare))
    return (definite_will_do and view.definite(ph.first)) \
        or not _speaker_words().isdisjoint(forms) \
        or not lexicon().anonymous.keys().isdisjoint(forms)


@functools.cache
def _speaker_words() -> frozenset[str]:
    """The heads that make a phrase a speaker (``looks_like_speaker``): speaker nouns,
    plurals and feminine nouns of ``attribution_words.tsv``, as one set."""
    roles = lexicon().roles
    return roles["speaker_head"] | roles["plural"] | roles["feminine"]


def names_owner(view: View, ph: Phrase) -> bool:
    """«وأعلن بلاتيني ترشحه»، «وأكد فلان رفضه»: one untagged, indefinite word right before
    a listed masdar with a pronoun suffix (``owned_masdar``) is a name the tagger missed,
    the owner the pronoun points back at, not the cue's object. An everyday word (the KB's
    common words: «وأعلن قبول استقالته»، «وأكد أهمية مشاركته»), a listed masdar or a cue
    word is the head of that object instead."""
    k = ph.first
    if ph.last != k or view.entity_at[k] is not None or view.definite(k) \
            or view.conjoined(k) or not view.is_word(k):
        return False
    nxt = k + 1
    if nxt >= view.sentence_end[k] or not owned_masdar(view, nxt):
        return False
    lex = lexicon()
    norm, bare = view.forms(k)
    return not (owned_masdar_word(norm) or norm in lex.by_token or bare in lex.by_token
                or name_key(view.tokens[k].text) in common_words())


@functools.cache
def common_words() -> frozenset[str]:
    """The KB's common words: words the labelled NER corpora mostly use outside names."""
    from marsad.kb.store import kb
    return kb().common


#: The indefinite accusative ending (tanween alif, folded) and the shortest noun that has it.
ACCUSATIVE_ALIF, ACCUSATIVE_MIN = "ا", 5


def _without_accusative(form: str) -> str:
    """«لكن مسؤولا قطريا أكد»: the head noun without its accusative alif (مسؤولا → مسؤول)."""
    return form[:-1] if len(form) >= ACCUSATIVE_MIN and form.endswith(ACCUSATIVE_ALIF) else form


#: Entity types a speaker's object may have (a nisba or a title is never an object).
NAMED_OBJECTS = frozenset({"PER", "GPE", "ORG", "LOC"})
#: Entity types of a speaker that a name in apposition never follows (a person's title,
#: tagged PER, may: «وزير الخارجية العراقي فؤاد حسين»).
BODIES = frozenset({"ORG", "GPE"})


def _first_name_end(view: View, first: int, last: int) -> int:
    """«ودعت جامعة الدول العربية إثيوبيا إلى …»، «واتهمت حركة النهضة سعيد بـ…»: a phrase
    that opens with a name ends with that name when another name, bare (no article, no
    «و»), follows it at once: that one is the verb's object, not an apposition."""
    if not view.entity_at or first >= last:
        return last
    name = view.entity_at[first]
    if name is None or name.type not in BODIES or name.start < view.tokens[first].start:
        return last
    j = first
    while j < last and view.entity_at[j + 1] is name:
        j += 1
    nxt = view.entity_at[j + 1] if j < last else None
    if nxt is None or nxt.type not in NAMED_OBJECTS or view.definite(j + 1) \
            or view.conjoined(j + 1):
        return last
    return j


def speaker_after(view: View, k: int, cue_tokens: frozenset[int],
                  feminine: bool = False) -> Phrase | None:
    """The speaker phrase starting at or just after token ``k`` (VSO); ``feminine`` when
    the cue is, which lets a feminine adjective follow a masculine head."""
    end = view.sentence_end[k] if k < len(view.tokens) else k
    k = skip_channel(view, skip_adverbs(view, k, end), end)
    k = skip_honorific(view, k, end)  # «استنكر معالي نائب رئيس …» (round 24)
    if k < end and view.opens_quote(k):
        return _quoted_speaker(view, k, end, cue_tokens)
    if k >= end or stops_phrase(view, k, cue_tokens) or owned_masdar(view, k):
        return None  # «وأعلن سيطرته على …»: the announced masdar is no speaker
    last = _first_name_end(view, k, extend_right(view, k, end, cue_tokens, feminine))
    last = _quoted_name(view, last, end)
    last = _unnamed_source_body(view, k, last, end, cue_tokens)
    last = _apposition_right(view, last, end, cue_tokens)
    return phrase(view, k, last)


#: Entity types a name in quotation marks speaks as («وأعلن «حزب الله» …»).
QUOTED_SPEAKERS = frozenset({"ORG", "PER", "NORP"})


def _quoted_speaker(view: View, k: int, end: int, cue_tokens: frozenset[int]) -> Phrase | None:
    """«وأعلن «حزب الله» في بيان أنه …»: a short name in quotation marks right after the cue
    speaks when the tagger names a body or a person in it (marks included), or its first
    word is a speaker noun («"حركة الشباب"»); a quoted title of a book, a slogan or a
    project is no speaker."""
    close = QUOTE_PAIRS[view.tokens[k].text]
    shut = next((j for j in range(k + 1, min(end, k + 2 + MAX_APPOSITION))
                 if view.tokens[j].text == close), None)
    if shut is None or shut == k + 1 or shut + 1 >= end or any(
            j in cue_tokens or not view.is_word(j) for j in range(k + 1, shut)):
        return None  # a quote that ends the sentence is what was said
    name = view.entity_at[k + 1] if view.entity_at else None
    named = name is not None and name.type in QUOTED_SPEAKERS and all(
        view.entity_at[j] is name for j in range(k + 1, shut))  # the name fills the quote
    lex = lexicon()
    if not named and not lex.has_any("speaker_head", view.forms(k + 1)):
        return None
    after = view.entity_at[shut + 1] if view.entity_at else None
    if after is not None and after.type in QUOTED_SPEAKERS:
        return None  # «وأبلغ «الشرق الأوسط» سامر النجار»: the quoted name is told, the next speaks
    inner = phrase(view, k + 1, shut - 1)
    return Phrase(k, _apposition_right(view, shut, end, cue_tokens), inner.plural,
                  inner.feminine)


def _stops_left(view: View, j: int, cue_tokens: frozenset[int]) -> bool:
    lex = lexicon()
    norm = view.norms[j]
    forms = _left_forms(view, j)
    return j in cue_tokens or not view.is_word(j) or is_skip(view, j) or \
        lex.has_any("left_boundary", forms) or norm in lex.roles["complementiser"] or \
        (lex.has_any("boundary", forms) and norm not in lex.roles["left_link"])


def _run_left(view: View, k: int, floor: int, cue_tokens: frozenset[int]) -> int:
    """The first token of the run of phrase words ending at ``k`` (``k + 1`` when none);
    a run that would be longer than a phrase is no run."""
    first = k + 1
    while first - 1 >= floor and not _stops_left(view, first - 1, cue_tokens):
        first -= 1
        if k - first + 1 > MAX_PHRASE:
            return k + 1
    return first


def _clean_edge(view: View, first: int, floor: int) -> bool:
    """A left phrase must start a clause: at the sentence start, after a comma or after a
    word that ends a phrase on the left (أن، أما، غير أن …), never inside a skip phrase."""
    if first == floor:
        return True
    before = first - 1
    if view.is_punct(before, COMMAS) or not view.is_word(before):
        return True
    lex = lexicon()
    forms = _left_forms(view, before)
    return (lex.has_any("left_boundary", forms) or lex.has_any("complementiser", forms)) \
        and not is_skip(view, before)


def _left_forms(view: View, j: int) -> tuple[str, str]:
    """The folded form and, after a و/ف, the rest («وكان»، «ففي»: short words too)."""
    norm = view.norms[j]
    return (norm, norm[1:]) if norm[:1] in ("و", "ف") else view.forms(j)


def _ends_skip_phrase(view: View, k: int, floor: int) -> bool:
    lex = lexicon()
    if view.norms[k] not in lex.phrase_lasts["skip"]:
        return False  # most words end no skip phrase
    for words in lex.phrases.get("skip", ()):  # a dozen phrases, once per SVO try
        start = k - len(words) + 1
        if start >= floor and phrase_at(view, start, words, k + 1):
            return True
    return False


def speaker_before(view: View, cue: int, cue_tokens: frozenset[int]) -> Phrase | None:
    """The speaker phrase ending just before the cue token (SVO, «أما الوزير، X، فأكد»)."""
    lex = lexicon()
    floor = view.sentence_start[cue]
    k = cue - 1
    while k >= floor and lex.has_any("left_skip", view.forms(k)):
        k -= 1
    if k < floor or _ends_skip_phrase(view, k, floor):
        return None
    if view.norms[k] in lex.roles["relative"]:
        return _antecedent(view, k, floor, cue_tokens)
    if view.is_punct(k, COMMAS):
        found = _apposition_left(view, k, floor, cue_tokens)
        if found is None and view.norms[cue].startswith("ف"):
            return _topic_before(view, k, floor, cue_tokens)  # «أما المهاجم زياية، فاعتبر»
        return found
    first = _run_left(view, k, floor, cue_tokens)
    if first > k or not _clean_edge(view, first, floor):
        return None
    if first - 1 > floor and view.is_punct(first - 1, COMMAS) and k - first < MAX_APPOSITION:
        title_first = _run_left(view, first - 2, floor, cue_tokens)
        if title_first <= first - 2 and _clean_edge(view, title_first, floor):
            return phrase(view, title_first, k)
    return phrase(view, first, k)


def _antecedent(view: View, relative: int, floor: int, cue_tokens: frozenset[int]
                ) -> Phrase | None:
    """«… كمال خليفة، الذي أكد»: the phrase before the relative pronoun speaks."""
    k = relative - 1
    if k >= floor and view.is_punct(k, COMMAS):
        k -= 1
    if k < floor:
        return None
    first = _run_left(view, k, floor, cue_tokens)
    return phrase(view, first, k) if first <= k else None


def _topic_before(view: View, comma: int, floor: int, cue_tokens: frozenset[int]
                  ) -> Phrase | None:
    first = _run_left(view, comma - 1, floor, cue_tokens)
    if first > comma - 1 or not _clean_edge(view, first, floor):
        return None
    return phrase(view, first, comma - 1)


def _apposition_left(view: View, comma: int, floor: int, cue_tokens: frozenset[int]
                     ) -> Phrase | None:
    """«TITLE، NAME، cue»: the comma before the cue closes a name in apposition."""
    name_first = _run_left(view, comma - 1, floor, cue_tokens)
    if name_first > comma - 1 or comma - name_first > MAX_APPOSITION \
            or name_first - 1 <= floor or not view.is_punct(name_first - 1, COMMAS):
        return None
    first = _run_left(view, name_first - 2, floor, cue_tokens)
    if first > name_first - 2 or not _clean_edge(view, first, floor):
        return None
    return phrase(view, first, comma - 1)


def plural_before(view: View, cue: int, cue_tokens: frozenset[int],
                  allowed: Callable[[int], bool]) -> Phrase | None:
    """The nearest plural noun phrase before a plural cue in its sentence (at a token
    ``allowed`` says may speak), for a cue with no agreeing speaker to carry on
    («… من قبل السكان، حيث طالبوا بالتعويض»)."""
    floor = view.sentence_start[cue]
    for k in range(cue - 1, floor - 1, -1):
        if k in cue_tokens or not view.is_word(k) or not is_plural(view, k) or not allowed(k):
            continue
        return phrase(view, k, extend_right(view, k, cue, cue_tokens, False))
    return None
