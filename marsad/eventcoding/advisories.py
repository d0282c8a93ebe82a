"""Round 24 (advice): an authority's advice to the public, and a bare «لن نقبل» stance, are no
events (the convention of the relabelled gold sets).

- Advice to the public: a call or a warning (REQUEST, THREATEN) whose addressee is the public —
  citizens, residents, pilgrims, drivers, parents, consumers, beneficiaries — and whose first
  asked word, after «إلى» or a «ب», is an advice: «ودعت الوزارة المواطنين والمقيمين إلى الإبلاغ
  عن أي نشاط مشبوه»، «وطالب الدفاع المدني المواطنين بالابتعاد عن مجاري الأودية»، «داعيا
  المواطنين إلى عدم الانسياق وراء الشائعات». A call to the public to act in politics or war
  stays («داعيا المواطنين إلى التطوع لحمل السلاح»، «إلى الدفاع عن المؤسسات»), and so does a
  call to civilians or a call by an army or a party of a war («دعا الجيش السكان إلى التوجه
  جنوبا»).
- An advising speaker: a weather centre, civil defence, a health ministry, traffic police or a
  municipality, with an advice asked and no addressee named («ودعا الدفاع المدني إلى الابتعاد
  عن الأودية»), or with the public named.
- The whole public addressed, round 29: «داعياً الجميع إلى التكاتف»، «ناشد جميع أبناء
  الأمة…»، «وطالب المغردين بالدعاء» — whatever is asked,
  unless it is to act in politics or war («دعا أبناء الشعب إلى التظاهر» stays).
- A call for the necessity of an advice, round 27: «ودعت الإمارة إلى ضرورة استشعار أهمية الأمن»،
  «ودعا الأمير لضرورة تكثيف الاستعدادات» — «ضرورة» within a few words after the cue, then a word
  of vigilance, awareness or care, whoever speaks; «مطالبا بضرورة إيقاف العقوبات» stays.
- A stance: «لن نقبل بأي حل يفرض من الخارج»، «لن يقبل أن يتحول إلى دركي»، «لن تسمح لأي كان
  بالعبث» — «لن» and a verb of accepting or allowing, then «أي», «أن» or a word of menace or
  meddling: nothing concrete is on the table. Rejecting a named proposal stays a REJECT («لن
  تقبل بالمقترح الأمريكي»).

Words in ``event_advisories.yaml``.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

from marsad.arabic.normalise import fold, folded
from marsad.eventcoding.candidates import Candidate
from marsad.eventcoding.prec_mentions import first_token, last_token
from marsad.eventcoding.prec_words import listed, listed_spellings, words_after
from marsad.eventcoding.view import View
from marsad.lexicons import load_yaml

__all__ = ["advice_or_stance"]


@dataclass(frozen=True)
class _Words:
    public_types: frozenset[str]
    public_reach: int
    public: frozenset[str]
    tails: frozenset[str]
    qualifiers: frozenset[str]
    between: frozenset[str]
    markers: frozenset[str]
    asks: frozenset[str]
    not_word: str
    not_asks: frozenset[str]
    parties: frozenset[str]
    speaker_reach: int
    speakers: tuple[tuple[str, ...], ...]
    not_next: frozenset[str]
    necessity_reach: int
    necessity: frozenset[str]
    necessity_asks: frozenset[str]
    everyone: frozenset[str]
    everyone_phrases: frozenset[tuple[str, str]]
    everyone_stop: frozenset[str]
    everyone_keep_reach: int
    everyone_keep: frozenset[str]
    stance_types: frozenset[str]
    neg: str
    verbs: frozenset[str]
    objects: frozenset[str]


@functools.cache
def _words() -> _Words:
    """The lists of ``event_advisories.yaml``, folded."""
    data = load_yaml("event_advisories.yaml")
    public, speakers, stances = data["public"], data["speakers"], data["stances"]
    necessity, everyone = data["necessity"], data["everyone"]
    return _Words(
        public_types=frozenset(public["types"]), public_reach=int(public["reach"]),
        public=folded(public["words"]), tails=folded(public["tails"]),
        qualifiers=folded(public["qualifiers"]),
        between=folded(public["between"]),
        markers=folded(public["markers"]),
        asks=folded(public["asks"]), not_word=fold(public["not_word"]),
        not_asks=folded(public["not_asks"]), parties=folded(data["parties"]),
        speaker_reach=int(speakers["reach"]),
        speakers=tuple(tuple(fold(word) for word in phrase.split())
                       for phrase in speakers["phrases"]),
        not_next=folded(speakers["not_next"]),
        necessity_reach=int(necessity["reach"]), necessity=folded(necessity["words"]),
        necessity_asks=folded(public["asks"]) | folded(necessity["asks"]),
        everyone=folded(everyone["words"]),
        everyone_phrases=frozenset((fold(first), fold(second)) for first, second
                                   in (phrase.split() for phrase in everyone["phrases"])),
        everyone_stop=folded(everyone["stop"]),
        everyone_keep_reach=int(everyone["keep_reach"]),
        everyone_keep=folded(everyone["keep"]),
        stance_types=frozenset(stances["types"]), neg=fold(stances["neg"]),
        verbs=folded(stances["verbs"]), objects=folded(stances["objects"]))


def advice_or_stance(view: View, candidate: Candidate) -> bool:
    """The candidate is an advice to the public or a bare «لن نقبل» stance."""
    return _advice(view, candidate) or _stance(view, candidate)


def _words_before(view: View, first: int, reach: int) -> list[int]:
    """Up to ``reach`` word tokens before token ``first`` in its clause, nearest first."""
    found: list[int] = []
    at = first - 1
    while at >= 0 and len(found) < reach:
        if view.is_break(at):
            break
        if view.tokens[at].kind == "word":
            found.append(at)
        at -= 1
    return found


def _advice(view: View, candidate: Candidate) -> bool:
    """A call or a warning to the public, or by an advising speaker, asking an advice."""
    lex = _words()
    if candidate.type not in lex.public_types:
        return False
    first, last = first_token(view, candidate), last_token(view, candidate)
    after = words_after(view, last, lex.public_reach + 4)
    before = _words_before(view, first, lex.speaker_reach)
    near = before + after[:3]
    if any(listed(view.tokens[at].norm, lex.parties) for at in near):
        return False
    if _everyone(view, after):
        return True
    addressed = next((n for n, at in enumerate(after[:lex.public_reach])
                      if listed(view.tokens[at].norm, lex.public)), None)
    if addressed is not None:
        asked = _asked(view, after[addressed + 1:])
        return asked or _advising(view, near)
    if _necessity(view, after):
        return True
    if not _advising(view, near):
        return False
    marker = next((n for n, at in enumerate(after) if view.tokens[at].norm in lex.markers
                   or _by_ask(view, view.tokens[at].norm)), None)
    return marker is not None and _asked(view, after[marker:])


def _everyone(view: View, after: list[int]) -> bool:
    """«داعياً الجميع إلى…»، «ناشد جميع أبناء الأمة…»، «دعا الوزير الجميع إلى…»: the whole public
    after the trigger (or after its doer), before the first word of ``everyone.stop``, and no
    call to act in politics or war in the words after it."""
    lex = _words()
    norms = [view.tokens[at].norm for at in after[:lex.public_reach]]
    for n, norm in enumerate(norms):
        if norm in lex.everyone_stop:
            return False
        if listed(norm, lex.everyone):
            end = n + 1
        elif n + 1 < len(after) and (norm, view.tokens[after[n + 1]].norm) \
                in lex.everyone_phrases:
            end = n + 2
        else:
            continue
        rest = after[end:end + lex.everyone_keep_reach]
        return not any(listed(view.tokens[at].norm, lex.everyone_keep) for at in rest)
    return False


def _necessity(view: View, after: list[int]) -> bool:
    """«إلى ضرورة استشعار…»، «لضرورة تكثيف…»: the first «ضرورة» of the first ``reach`` words of
    ``after`` (a «و/ل/ب» on it read too) is followed by a word of vigilance, awareness or care."""
    lex = _words()
    for n, at in enumerate(after[:lex.necessity_reach]):
        if listed(view.tokens[at].norm, lex.necessity):
            if n + 1 >= len(after):
                return False
            norm = view.tokens[after[n + 1]].norm
            return listed(norm, lex.necessity_asks) or _with_article(norm) in lex.necessity_asks
    return False


def _by_ask(view: View, norm: str) -> bool:
    """«بالابتعاد»: an advice asked after a «ب»."""
    return norm.startswith(view.lex.prep_bi) and listed(norm, _words().asks)


def _asked(view: View, rest: list[int]) -> bool:
    """The first asked word of ``rest`` (past more of the public, the second word of a public
    of two words such as «أولياء الأمور», a qualifier such as «في المشاركة» or «لهذا العام», «و»,
    «جميع», «إلى») is an advice, or «عدم» and an
    advice not to."""
    lex = _words()
    for n, at in enumerate(rest):
        norm = view.tokens[at].norm
        if norm in lex.between or listed(norm, lex.public) or norm in lex.tails \
                or norm in lex.qualifiers:
            continue
        if listed(norm, frozenset({lex.not_word})):
            return n + 1 < len(rest) and listed(view.tokens[rest[n + 1]].norm, lex.not_asks)
        return listed(norm, lex.asks) or _with_article(norm) in lex.asks
    return False


def _with_article(norm: str) -> str:
    """«للتقيد» → «التقيد»: a «ل» before the article takes the article's alif."""
    return "ال" + norm[2:] if norm.startswith("لل") and len(norm) > 4 else norm


@functools.cache
def _speaker_phrases() -> tuple[tuple[tuple[str, ...], frozenset[str]], ...]:
    """Each phrase of an advising speaker, with the spellings of its first word that
    ``listed`` finds (``listed_spellings``): made once, not a set for each word and phrase."""
    return tuple((phrase, listed_spellings(frozenset({phrase[0]})))
                 for phrase in _words().speakers)


def _advising(view: View, near: list[int]) -> bool:
    """A phrase of an advising speaker starts at one of the tokens ``near``."""
    for at in near:
        for phrase, firsts in _speaker_phrases():
            end = at + len(phrase)
            if end <= len(view.tokens) and view.tokens[at].norm in firsts \
                    and all(view.tokens[at + k].norm == word
                            for k, word in enumerate(phrase[1:], 1)) \
                    and (end >= len(view.tokens) or view.tokens[end].norm not in _words().not_next):
                return True
    return False


def _stance(view: View, candidate: Candidate) -> bool:
    """«لن نقبل بأي حل»: «لن», a verb of accepting or allowing, then «أي», «أن» or a listed
    word."""
    lex = _words()
    if candidate.type not in lex.stance_types:
        return False
    verb = last_token(view, candidate)
    if view.tokens[verb].norm not in lex.verbs or verb == 0 \
            or view.tokens[verb - 1].norm != lex.neg:
        return False
    after = _next_word(view, verb)
    return after < len(view.tokens) and view.tokens[after].norm in lex.objects


def _next_word(view: View, at: int) -> int:
    """The first word token after token ``at`` (past quotes and other marks)."""
    at += 1
    while at < len(view.tokens) and view.tokens[at].kind != "word":
        at += 1
    return at
