"""The speaker noun phrase, read over tokens without part-of-speech tags.

An indefinite word takes the next word as its genitive (وزير الخارجية); a definite word takes
only an adjective agreeing with a noun of the phrase (الدفاع السورية after وزارة), a
ل-genitive (الأمين العام لحزب الله), a word of the same entity, a short untagged name after a
title (رئيس الهيئة فاروق بوعسكر) or a person's name; a plural head takes conjoined members
(وزراء خارجية العراق وسوريا وإيران). A place or a whole name, a fused preposition
(بالوقوف) and the boundary words of ``attribution_words.tsv`` end it.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

from marsad.arabic.clitics import ARTICLE as DEFINITE_ARTICLE
from marsad.arabic.clitics import CONJUNCTIONS, split
from marsad.attribution.lexicon import lexicon
from marsad.attribution.view import COMMAS, View, word_answer
from marsad.pipeline import register_cache

#: The longest speaker phrase, in tokens.
MAX_PHRASE = 9
#: The longest untagged name after a title («فاروق بوعسكر»), in tokens.
MAX_NAME = 3
#: The longest name in apposition («، فؤاد حسين،»), in tokens.
MAX_APPOSITION = 6
FEMININE_ENDING = "ة"
#: A ta marbuta before a pronoun suffix is written ت (سيطرته); folded, the masdar ends in ه.
FEMININE_STEM_ENDING, FEMININE_STEM_FOLDED = "ت", "ه"
FEMININE_PLURAL_ENDING = "ات"
NISBA_ENDINGS = ("ي", "يه")
PLURAL_NISBA_ENDINGS = ("يون", "يين")
#: A definite participle (المستقلة، المتطرف) may serve as an adjective.
PARTICIPLE_PREFIX = "الم"
PLURAL_ENDINGS = ("ات", "ين", "ون")
SOUND_PLURAL_ENDINGS = ("ين", "ون")
#: Folded prefixes of a preposition fused with the article (بالوقوف، كالمعتاد).
FUSED_PREPOSITIONS = ("بال", "كال")
PLACE_TYPES = frozenset({"GPE", "LOC", "FAC"})
DIACRITICS = "\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652"


@dataclass(slots=True)
class Phrase:
    first: int  # token range, inclusive
    last: int
    plural: bool
    feminine: bool


def phrase_at(view: View, k: int, words: tuple[str, ...], end: int) -> bool:
    """Whether the folded ``words`` stand at token ``k`` (the first may carry و/ف)."""
    if k + len(words) > end:
        return False
    if not words:
        return True
    norms = view.norms
    first = words[0]
    if norms[k] != first and view.bare(k) != first:
        return False
    for n in range(1, len(words)):
        if norms[k + n] != words[n]:
            return False
    return True


def phrase_len(view: View, k: int, end: int, role: str) -> int:
    lex = lexicon()
    firsts = lex.phrase_firsts[role]
    norm, bare = view.forms(k)
    if norm not in firsts and bare not in firsts:
        return 0  # most words open no phrase of the role
    for words in lex.phrases_at(role, norm):
        if phrase_at(view, k, words, end):
            return len(words)
    if bare != norm:
        for words in lex.phrases_at(role, bare):
            if phrase_at(view, k, words, end):
                return len(words)
    return 0


@functools.cache
def _skip_words() -> frozenset[str]:
    return lexicon().roles.get("skip", frozenset())


def is_skip(view: View, k: int) -> bool:
    if view.in_time[k]:
        return True
    norm = view.norms[k]
    words = _skip_words()
    if norm in words:
        return True
    # the form without its conjunction (``View.forms``), read inline: a hot test
    return len(norm) > 3 and norm[0] in CONJUNCTIONS and norm[1:] in words


def skip_adverbs(view: View, k: int, end: int) -> int:
    """Step over adverbs, time expressions and the commas around them from ``k``."""
    tokens = view.tokens
    while k < end:
        if is_skip(view, k) or (tokens[k].text in COMMAS and k + 1 < end and is_skip(view, k + 1)):
            k += 1
            continue
        matched = phrase_len(view, k, end, "skip")
        if not matched:
            return k
        k += matched
    return k


@functools.cache
def _stop_words() -> frozenset[str]:
    """The words of the roles that end a phrase: boundary, complementiser, skip."""
    roles = lexicon().roles
    return frozenset().union(*(roles.get(role, frozenset())
                               for role in ("boundary", "complementiser", "skip")))


def stops_phrase(view: View, k: int, cue_tokens: frozenset[int]) -> bool:
    if k in cue_tokens or not view.is_word(k):
        return True
    ent = view.entity_at[k]
    if ent is not None and ent.type == "PER":
        return False  # «علي سالم»، «سامي علي»: a name that looks like a preposition
    norm = view.norms[k]
    known = _STOPS.get(norm)
    if known is None:
        known = word_answer(_STOPS, norm, _stopping_word(norm))
    return known


#: Per-word answers of the phrase walk's word tests (``stops_phrase``, ``owned_masdar``):
#: asked again and again of the same words, each a few set and string tests.
_STOPS: dict[str, bool] = register_cache({})
_OWNED: dict[str, bool] = register_cache({})


def _stopping_word(norm: str) -> bool:
    """A word that ends a phrase whatever stands around it (``stops_phrase``)."""
    if norm in _stop_words():
        return True
    return norm.startswith(FUSED_PREPOSITIONS) or norm.startswith("ل") and _is_channel(norm)


def owned_masdar(view: View, k: int) -> bool:
    """«أعلن الجيش سيطرته على …»، «أعلنت الحكومة موافقتها»: a listed masdar with a pronoun
    suffix is what the cue announces, never a word after the head of its speaker or of a
    frame (nor the untagged name of a title: «عبده»، «شحاته» are no masdars). It may head
    a frame («لدى وصوله»، «خلال مشاركته»)."""
    text = view.tokens[k].text
    known = _OWNED.get(text)
    if known is None:
        _, stem, suffix = split(text)
        known = word_answer(_OWNED, text, bool(suffix) and owned_masdar_word(stem))
    return known


def owned_masdar_word(stem: str) -> bool:
    """Whether a folded stem is a listed masdar (``سيطرت`` read as ``سيطره``)."""
    forms = (stem, stem[:-1] + FEMININE_STEM_FOLDED) if stem.endswith(FEMININE_STEM_ENDING) \
        else (stem,)
    return any(form in lexicon().roles["owned_masdar"] for form in forms)


def _is_channel(norm: str) -> bool:
    channel = lexicon().roles.get("channel", frozenset())
    if norm.startswith("لل"):
        return "ال" + norm[2:] in channel
    return norm.startswith("ل") and norm[1:] in channel


def is_feminine(view: View, k: int) -> bool:
    text = view.tokens[k].text.rstrip(DIACRITICS)
    return text.endswith((FEMININE_ENDING, FEMININE_PLURAL_ENDING)) or \
        lexicon().has_any("feminine", view.forms(k))


def is_plural(view: View, k: int) -> bool:
    """A plural noun: listed, a feminine plural (قوات) or a definite sound masculine
    plural (المتابعين، المشاركون)."""
    lex = lexicon()
    forms = view.forms(k)
    if view.tokens[k].text.rstrip(DIACRITICS).endswith(FEMININE_PLURAL_ENDING):
        return True
    bare = forms[1]
    if view.definite(k) and len(bare) > 5 and bare.endswith(SOUND_PLURAL_ENDINGS):
        return True
    return lex.has_any("plural", forms) or "pl" in (lex.anonymous.get(f) for f in forms)


def agreeing_adjective(view: View, k: int, head_feminine: bool) -> bool:
    """A definite adjective of the phrase: listed, a nisba (السوري، السورية) or a
    participle (المستقلة، المتطرف) whose gender fits."""
    bare = view.bare(k)
    if bare in lexicon().roles["adjective"]:
        return True
    if not bare.startswith("ال") or len(bare) < 5 or bare in lexicon().roles["not_adjective"]:
        return False
    if bare.endswith(PLURAL_NISBA_ENDINGS):
        return True
    feminine = bare.endswith("ه")
    if bare.endswith(NISBA_ENDINGS):
        return bare.endswith("يه") == head_feminine
    return bare.startswith(PARTICIPLE_PREFIX) and feminine == head_feminine \
        and not bare.endswith(PLURAL_ENDINGS)


def _continues(view: View, prev: int, k: int, head: int, cue_tokens: frozenset[int],
               feminine: bool) -> bool:
    """Whether token ``k`` carries on the phrase whose last token is ``prev``."""
    lex = lexicon()
    roles = lex.roles
    norm = view.norms[k]
    if norm in roles["np_link"]:
        return True
    ent_prev, ent_k = view.entity_at[prev], view.entity_at[k]
    if ent_k is not None and ent_k is ent_prev and ent_k.type != "PER" and view.is_word(k) \
            and k not in cue_tokens and norm in roles["boundary"] and norm in roles["frame"]:
        return True  # «المؤسسة الوطنية للنفط في ليبيا»: one name across its preposition
    if ent_k is not None and ent_k is ent_prev and ent_k.type == "PER" and not view.is_word(k):
        return True  # «فرانك - فالتر شتاينماير»: the hyphen inside one person's name
    if stops_phrase(view, k, cue_tokens) or owned_masdar(view, k):
        return False
    if norm.startswith("ب") and len(norm) > 2 and not (ent_k is not None and ent_k.type == "PER") \
            and norm not in roles["b_noun"]:
        # «رئيس اللجنة بنادي الفروسية»: a place or body after ب stays; any other is a
        # preposition's object (بالوقوف، بفتح تحقيق)
        return view.definite(prev) and norm[1:] in roles["locative_head"] \
            and k + 1 < len(view.tokens) and (view.definite(k + 1)
                                              or view.entity_at[k + 1] is not None)
    if ent_k is not None and ent_k is ent_prev and not (view.definite(prev) and view.definite(k)):
        return True
    if ent_prev is not None and ent_prev.type == "PER" and ent_k is not ent_prev:
        # a person's name ends the phrase, or its title, or the same person named again
        same = _same_person_after(view, prev, k)
        return same or _title_after_name(view, k) and not _other_person(view, prev, k)
    if view.conjoined(k):  # «وزراء خارجية العراق وسوريا»، «القيادة العامة للجيش والقوات»
        return is_plural(view, head) or (ent_k is not None and ent_prev is not None) \
            or (view.definite(prev) and view.definite(k) and view.bare(k) not in roles["relative"])
    if view.definite(prev) and _adjective_of(view, head, prev, k, feminine):
        return True
    if norm in lex.agencies:
        return True
    if ent_prev is not None and ent_k is not ent_prev and not starts_person(view, k) \
            and (ent_prev.type in PLACE_TYPES or view.tokens[prev].end >= ent_prev.end):
        # a place or a whole name ends the phrase (طهران إسرائيل، … ليبيا حالة), unless a
        # title's town is told with its region before the person («محافظ محايل عسير فلان»)
        return _region_before_name(view, head, prev, k)
    if not view.definite(prev):
        return not _lam_break(norm)
    return norm.startswith("ل") and not norm.startswith("ال") or starts_person(view, k)


def _region_before_name(view: View, head: int, prev: int, k: int) -> bool:
    """«أدان محافظ بيشة عسير سعد الفلاني»، «قال رئيس بلدية جبلة اللاذقية فلان»: a
    title, its town and the town's region (two places side by side), then a person's name
    at once — the region belongs to the title, the person closes the phrase."""
    ent_prev, ent_k = view.entity_at[prev], view.entity_at[k]
    if ent_prev is None or ent_k is None or ent_prev.type not in PLACE_TYPES \
            or ent_k.type not in PLACE_TYPES or view.conjoined(k) or head >= prev \
            or not lexicon().has_any("speaker_head", view.forms(head)):
        return False
    after = k
    while after + 1 < len(view.tokens) and view.entity_at[after + 1] is ent_k:
        after += 1
    return after + 1 < len(view.tokens) and starts_person(view, after + 1)


def _title_after_name(view: View, k: int) -> bool:
    """«سالم الحربي المدير الطبي للمستشفى»: a definite title right after a name."""
    bare = view.bare(k)
    head = bare.removeprefix(DEFINITE_ARTICLE)
    return bare.startswith(DEFINITE_ARTICLE) and not view.conjoined(k) \
        and head in lexicon().roles["speaker_head"] \
        and head not in lexicon().roles["locative_head"]  # a body: «حمّل فلان الحكومة…»


def _same_person_after(view: View, prev: int, k: int) -> bool:
    """«حذر الرئيس المصري عبد الفتاح السيسي»: a title the KB links to a person, right before
    that person's name, is one phrase (apposition); another person after it is the object
    («دعا الرئيس الأمريكي فلاديمير بوتين»)."""
    ent_prev, ent_k = view.entity_at[prev], view.entity_at[k]
    return ent_k is not None and ent_k.type == "PER" and ent_k.start == view.tokens[k].start \
        and ent_prev is not None and ent_prev.end <= view.tokens[prev].end \
        and ent_prev.link is not None and ent_k.link is not None \
        and ent_prev.link.kb == ent_k.link.kb


def _other_person(view: View, prev: int, k: int) -> bool:
    """«دعا ترامب الرئيس الروسي…»: a title after a name that the KB links to someone else;
    «حمّل المالكي الحكومة الإسرائيلية…»: a body's name, no title (round 16)."""
    ent_prev, ent_k = view.entity_at[prev], view.entity_at[k]
    if ent_k is None or ent_prev is None:
        return False
    if ent_k.type != "PER":
        return True
    return ent_prev.link is not None and ent_k.link is not None \
        and ent_prev.link.kb != ent_k.link.kb


def _lam_break(norm: str) -> bool:
    """After an indefinite word, «للـ…» or «لـ» + an outlet (لرويترز) leaves the phrase;
    a word that merely begins with ل (لجنة، لبنان) stays in it."""
    if norm.startswith("لل"):
        return True
    lex = lexicon()
    return norm.startswith("ل") and (norm[1:] in lex.agencies or norm[1:] in lex.roles["channel"])


def _adjective_of(view: View, head: int, prev: int, k: int, feminine: bool) -> bool:
    """An adjective agreeing with some noun of the phrase (الأعمال اللبنانية after حكومة)."""
    any_feminine = feminine or any(is_feminine(view, j) for j in range(head, prev + 1))
    if agreeing_adjective(view, k, any_feminine) or agreeing_adjective(view, k, False):
        return True
    # a feminine nisba also agrees with a plural of things (مدير الشؤون الهندسية)
    return head < prev and view.bare(k).endswith(NISBA_ENDINGS[1]) \
        and agreeing_adjective(view, k, True)


def starts_person(view: View, k: int) -> bool:
    ent = view.entity_at[k]
    return ent is not None and ent.type == "PER"


def extend_right(view: View, first: int, end: int, cue_tokens: frozenset[int],
                  feminine: bool) -> int:
    last = first
    while last + 1 < end and last - first + 1 < MAX_PHRASE:
        if not _continues(view, last, last + 1, first, cue_tokens, feminine):
            if view.definite(last) or _ends_person(view, last):
                return _name_after_title(view, last, end, cue_tokens, _ends_person(view, last))
            break
        last += 1
    return last


def _name_after_title(view: View, last: int, end: int, cue_tokens: frozenset[int],
                      after_person: bool) -> int:
    """«رئيس الهيئة فاروق بوعسكر هذه الاتهامات»: a short run of bare words after a
    definite title (or the rest of a name the tagger cut short), closed by a phrase
    stopper, is the name the tagger did not mark."""
    k = last + 1
    ent = view.entity_at[last]
    if after_person and ent is not None and ent.link is not None:
        return last  # a name the KB knows is whole («أكد السيسي انفتاح مصر…»)
    while k < end and k - last <= MAX_NAME and _bare_word(view, k, cue_tokens) \
            and (not view.norms[k].startswith("ب") or after_person and _name_word(view, k)):
        k += 1
    if k == last + 1 or k - last > MAX_NAME:
        return last
    if k < end and view.is_word(k) and not _closes_name(view, k):
        return last
    return k - 1


def _name_word(view: View, k: int) -> bool:
    """After a person, a word in ب carries the name on only as «بن/بنت» (b_noun): «هدد
    ترامب بفرض عقوبات…» is the cue's preposition (round 16)."""
    return view.norms[k] in lexicon().roles["b_noun"]


def _closes_name(view: View, k: int) -> bool:
    lex = lexicon()
    norm = view.norms[k]
    return norm in lex.roles["complementiser"] or norm in lex.roles["name_end"]


def _bare_word(view: View, k: int, cue_tokens: frozenset[int]) -> bool:
    return view.tokens[k].kind == "word" and not view.definite(k) and not view.conjoined(k) \
        and not view.norms[k].startswith("ل") and not stops_phrase(view, k, cue_tokens) \
        and not owned_masdar(view, k)


def _ends_person(view: View, k: int) -> bool:
    ent = view.entity_at[k]
    return ent is not None and ent.type == "PER" and ent.end <= view.tokens[k].end


def frame_end(view: View, k: int, end: int, takes: str = "") -> int:
    """The last token of the noun phrase of a frame starting at ``k`` («بيان مشترك»); a
    word bearing the cue's one-letter preposition (بتحقيق after طالب) ends it."""
    last = k
    while last + 1 < end and last - k + 1 < MAX_PHRASE:
        nxt = last + 1
        if len(takes) == 1 and view.norms[nxt].startswith(takes):
            break
        if not _continues(view, last, nxt, k, frozenset(), False):
            break
        last = nxt
    return last


def phrase(view: View, first: int, last: int) -> Phrase:
    """A phrase with its agreement: plural by its head; feminine by its head or by the
    adjective right after a definite head (الدفاع السورية, the ministry elided)."""
    feminine = is_feminine(view, first) or (
        first < last and view.definite(first) and view.bare(first + 1).endswith("يه")
        and agreeing_adjective(view, first + 1, True))
    return Phrase(first, last, is_plural(view, first), feminine)
