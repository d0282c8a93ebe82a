"""What a statement says: a direct quote («…»، “…”، "…", possibly across sentences) or
indirect content after أن/إن/بأن (or the cue's preposition, or its object) up to the end
of the clause — which is the end of the sentence or the next cue that opens a clause."""

from __future__ import annotations

from typing import Literal

from dataclasses import dataclass

from marsad.attribution.lexicon import lexicon
from marsad.attribution.phrase import frame_end, skip_adverbs, stops_phrase
from marsad.attribution.place_words import complementiser_at, place_name
from marsad.attribution.speaker import skip_channel
from marsad.attribution.view import (CLOSING_QUOTES, COLONS, COMMAS, QUOTE_PAIRS, TRAILING,
                                     View)

#: How far (tokens) after the speaker the content may begin.
CONTENT_WINDOW = 12
#: The longest relative clause stepped over between commas, in tokens.
RELATIVE_CLAUSE_WORDS = 12
#: The longest quote read as a term or a name inside a sentence, in words.
QUOTED_TERM_WORDS = 3
#: A bracketed aside stepped over between a speaker and the content, and its length.
ASIDE_OPEN, ASIDE_CLOSE, ASIDE_WORDS = "(", ")", 6
#: What separates paragraphs in the article text.
PARAGRAPH_BREAK = "\n"
#: How far (tokens) a strict cue's marker may stand after its speaker.
STRICT_WINDOW = 6
#: The most words a frame's tail («نشرته على موقعها الرسمي») may have before its content.
FRAME_TAIL_WORDS = 6


@dataclass(slots=True)
class Content:
    start: int
    end: int
    direct: bool


_OPENER_OF = {close: mark for mark, close in QUOTE_PAIRS.items() if close != mark}


def _unbalanced_close(segment: str) -> bool:
    last = segment[-1]
    if last not in CLOSING_QUOTES:
        return False
    if last == '"':
        return segment.count('"') % 2 == 1
    opener = _OPENER_OF.get(last)
    return opener is not None and segment.count(opener) < segment.count(last)


def _trim(view: View, start: int, end: int) -> tuple[int, int]:
    """``[start, end)`` without edge punctuation or a stray closing quote at the end."""
    text = view.text
    while start < end and text[start] in TRAILING:
        start += 1
    while end > start and text[end - 1] in TRAILING:
        end -= 1
    if end > start and _unbalanced_close(text[start:end]):
        end -= 1
        while end > start and text[end - 1] in TRAILING:
            end -= 1
    return start, end


def quoted(view: View, k: int) -> Content | None:
    """The quotation opened by token ``k`` (to its closing mark, across sentences)."""
    mark = view.tokens[k].text
    start = view.tokens[k].end
    close = view.text.find(QUOTE_PAIRS[mark], start)
    if close < 0:
        close = view.tokens[view.sentence_end[k] - 1].end
    start, end = _trim(view, start, close)
    return Content(start, end, True) if end > start else None


def clause(view: View, k: int, stop: int, object_only: bool = False) -> Content | None:
    """Indirect content from token ``k`` to the clause end before token ``stop``; a quote
    that opens inside it is carried to its closing mark. An object (``object_only``) also
    ends at a comma that no و continues («نفت … هذه الاتهامات، واصفة إياها …»)."""
    if k >= stop:
        return None
    if object_only:
        stop = _object_end(view, k, stop)
    start = view.tokens[k].start
    end = view.tokens[stop - 1].end
    closed_at = -1  # a mark that closes a quote opened inside the clause opens none
    for j in view.quotes_between(k, stop):
        if view.tokens[j].start <= closed_at or not view.opens_quote(j):
            continue
        close = view.text.find(QUOTE_PAIRS[view.tokens[j].text], view.tokens[j].end)
        closed_at = close
        if close >= end and PARAGRAPH_BREAK not in view.text[end:close]:
            end = close + 1  # a quote never carries content into the next paragraph
    start, end = _trim(view, start, end)
    return Content(start, end, False) if end > start else None


def _object_end(view: View, k: int, stop: int) -> int:
    quotes = view.quotes_between(k, stop)
    depth = 0
    for j in range(k, stop):
        if quotes and j in quotes:
            depth = depth + 1 if view.opens_quote(j) and depth == 0 else max(0, depth - 1)
        elif depth == 0 and view.is_punct(j, COMMAS) and j + 1 < stop \
                and not _continues_object(view, j + 1):
            return j
    return stop


def _continues_object(view: View, k: int) -> bool:
    """After a comma, «وعلى غزة» or «والمنطقة» carry an object on; «واصفة» does not."""
    if not view.norms[k].startswith("و"):
        return False
    bare = view.norms[k][1:]
    return bare.startswith("ال") or bare in lexicon().roles["boundary"]


def _opens_with_quote(view: View, k: int, stop: int) -> Content | None:
    if k < stop and view.opens_quote(k) and not quoted_term(view, k):
        return quoted(view, k)
    return None


def skip_frames(view: View, k: int, stop: int, takes: str = "") -> int:
    """Step over what may stand between a speaker and the content: commas, adverbs, time
    expressions, and frames such as «في بيان مشترك» or «خلال مؤتمر صحفي مع نظيره»."""
    lex = lexicon()
    frames = lex.roles["frame"]
    tokens = view.tokens
    while k < stop:
        nxt = skip_adverbs(view, k, stop)
        if nxt >= stop:
            return nxt  # nothing below steps on from the clause's end
        comma = tokens[nxt].text in COMMAS
        if comma and nxt + 1 < stop and view.norms[nxt + 1] in lex.roles["relative"]:
            nxt = _relative_clause_end(view, nxt + 1, stop)
        elif comma:
            nxt += 1
        elif (channel := skip_channel(view, nxt, stop)) > nxt:
            nxt = channel
        elif (aside := _aside_end(view, nxt, stop)) > nxt:  # «الإذاعة الرسمية (بي بي سي) أن …»
            nxt = aside
        elif not frames.isdisjoint(view.forms(nxt)) and nxt + 1 < stop \
                and not stops_phrase(view, nxt + 1, frozenset()):
            nxt = _frame_tail_end(view, nxt + 1, frame_end(view, nxt + 1, stop, takes) + 1, stop)
        if nxt == k:
            return k
        k = nxt
    return k


def _frame_tail_end(view: View, noun: int, k: int, stop: int) -> int:
    """Past «نشرته على موقعها» after a frame's noun («في بيان نشرته على موقعها أن …»): a
    verb carrying the frame on (in the frame's phrase from ``noun`` or right after it at
    ``k``), up to the complementiser a few words after it; else ``k``."""
    lex = lexicon()
    tail = next((j for j in range(noun + 1, min(k + 1, stop))
                 if lex.has_any("frame_tail", view.forms(j))), None)
    if tail is None:
        return k
    for j in range(tail + 1, min(stop, tail + 1 + FRAME_TAIL_WORDS)):
        if view.norms[j] in lex.roles["complementiser"]:
            return max(j, k)
        if not view.is_word(j):
            return k
    return k


def _aside_end(view: View, k: int, stop: int) -> int:
    """The token after a short bracketed aside opened at ``k`` (an abbreviation, a
    gloss), or ``k`` when none opens there."""
    if k >= stop or view.tokens[k].text != ASIDE_OPEN:
        return k
    for j in range(k + 1, min(stop, k + 2 + ASIDE_WORDS)):
        if view.tokens[j].text == ASIDE_CLOSE:
            return j + 1
    return k


def _relative_clause_end(view: View, k: int, stop: int) -> int:
    """Past «، التي اطلعت "الصحيفة" عليها،»: the comma closing a relative clause."""
    for j in range(k, min(stop, k + RELATIVE_CLAUSE_WORDS)):
        if view.is_punct(j, COMMAS):
            return j + 1
    return k - 1


def _marked(view: View, j: int, stop: int, takes: str, later: bool = False
            ) -> Content | None | Literal[False]:
    """Content opened at token ``j`` by a quote, a colon, a complementiser or a
    preposition (``later``: only the cue's own); ``False`` when nothing opens there."""
    lex = lexicon()
    norm = view.norms[j]
    if view.opens_quote(j):
        return False if quoted_term(view, j) else quoted(view, j)
    if view.is_punct(j, COLONS):
        return _opens_with_quote(view, j + 1, stop) or _direct_rest(view, j + 1, stop)
    if complementiser_at(view, j):  # not «في مدينة فان» (place_words)
        return _opens_with_quote(view, j + 1, stop) or clause(view, j + 1, stop)
    if len(takes) == 1 and norm.startswith(takes) and len(norm) > 2:
        return clause(view, j, stop)
    if norm == takes or (norm in lex.roles["content_preposition"] and not later):
        nxt = j + 1
        if nxt < stop and view.norms[nxt] in lex.roles["complementiser"]:
            nxt += 1
        return _opens_with_quote(view, nxt, stop) or clause(view, nxt, stop)
    return False


def quoted_term(view: View, j: int) -> bool:
    """«مشروع «توسعة» المحطة»، «جائزة «الريادة» للشباب»: a quote of a few words that the
    sentence goes on after is a term or a name, not what was said."""
    close = QUOTE_PAIRS[view.tokens[j].text]
    end = view.sentence_end[j]
    for n in range(j + 1, min(end, j + 2 + QUOTED_TERM_WORDS)):
        if view.tokens[n].text == close:
            return n > j + 1 and n + 1 < end and view.is_word(n + 1)
    return False


def after_cue(view: View, k: int, stop: int, takes: str, needs_marker: bool,
              window: int = CONTENT_WINDOW) -> Content | None:
    """Content of a cue whose speaker (if any) ends before token ``k``: what a quote, a
    colon, a complementiser or a preposition opens after the frames; else (unless the
    cue ``needs_marker``) the object standing there."""
    j = skip_frames(view, k, stop, takes)
    if j >= stop:
        return None
    found = _marked(view, j, stop, takes, later=needs_marker)
    if found is not False:
        return found
    if needs_marker or takes in lexicon().roles["complementiser"]:
        found = _marked_later(view, j, stop, takes, window)
        if found is not None or needs_marker:
            return found
    return _opens_with_quote(view, j, stop) or clause(view, j, stop, object_only=True)


#: The marks that open content at a token (``_marked``): a quote or a colon.
_OPENING_MARKS = frozenset(QUOTE_PAIRS) | COLONS


def _marked_later(view: View, j: int, stop: int, takes: str, window: int) -> Content | None:
    """A marker a few words on: a complementiser, colon or quote opens the content there;
    the cue's own preposition keeps the object before it («طالب الوزراء الدول بـ…»). A town
    spelled like a particle («في مدينة فان») is no marker: the search goes on to the clause's
    end for the marker it was mistaken for."""
    end = min(stop, j + window)
    n = j
    norms, tokens = view.norms, view.tokens
    complementisers = lexicon().roles["complementiser"]
    one_letter = len(takes) == 1
    while n + 1 < end:
        n += 1
        norm = norms[n]
        if not (norm in complementisers or tokens[n].text in _OPENING_MARKS or norm == takes
                or one_letter and norm.startswith(takes) and len(norm) > 2):
            continue  # a plain word: every test below needs one of these to answer
        if place_name(view, n) and view.norms[n] in lexicon().roles["complementiser"]:
            end = stop  # the marker the town was mistaken for is further on in the clause
            continue
        if skip_channel(view, n - 1, stop) > n:
            continue  # «لـ"الوطن"»: the outlet's quoted name opens no content
        if _subordinate(view, n, takes):
            return None  # «… بعد أن تحولت»: a time clause, not what was said
        found = _marked(view, n, stop, takes, later=True)
        if found is False:
            continue
        if _opens_indirect(view, n) or (n + 1 < stop and _opens_indirect(view, n + 1)):
            return found
        return clause(view, j, stop) if takes else found
    return None


def _subordinate(view: View, n: int, takes: str) -> bool:
    """A complementiser after a preposition other than the cue's (بعد أن، قبل أن، دون أن)."""
    lex = lexicon()
    before = view.norms[n - 1]
    return view.norms[n] in lex.roles["complementiser"] and before in lex.roles["boundary"] \
        and before != takes and before not in lex.roles["content_preposition"]


def _opens_indirect(view: View, n: int) -> bool:
    return view.opens_quote(n) or view.is_punct(n, COLONS) or complementiser_at(view, n)


def _direct_rest(view: View, k: int, stop: int) -> Content | None:
    found = clause(view, k, stop)
    return Content(found.start, found.end, True) if found else None


def before_cue(view: View, cue: int) -> Content | None:
    """Content standing before the cue in its sentence («…، بحسب المرصد»)."""
    first = view.sentence_start[cue]
    return clause(view, first, cue)
