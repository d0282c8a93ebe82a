"""The ``statements`` stage: who said, denied, warned, condemned or called for what.

Each reporting cue (``lexicons/cues.tsv``) becomes a ``Statement`` with its act, its
speaker (the phrase after or before the cue, a chain's source, or the last agreeing
speaker), its content (a quote, or indirect content to the end of the clause), ``via``
for relays, the statement time and whether the reporter hedged. The mechanics live in
``marsad.attribution``; this module turns drafts into records.
"""

from __future__ import annotations

from typing import Any

from marsad.attribution.attribute import Draft, attribute
from marsad.attribution.lexicon import lexicon
from marsad.arabic.normalise import fold
from marsad.attribution.phrase import DEFINITE_ARTICLE, Phrase
from marsad.attribution.titles import titled_person
from marsad.attribution.view import CLOSING_QUOTES, View, build_view
from marsad.model import Article, Entity, Speaker, Statement
from marsad.pipeline import stage

#: Entity types a speaker links to, best first.
SPEAKER_TYPES = ("PER", "ORG", "GPE", "NORP", "FAC", "LOC", "MISC")
#: Entity types a speaker links to wherever they stand in it; the others only when they
#: open it (a place or nationality inside «رئيس اللجنة بنادي الطلبة المصريين» qualifies
#: the speaker, it does not speak).
HEAD_ANYWHERE = frozenset({"PER", "ORG"})
#: Entity types that count as actors of a compound speaker.
ACTOR_TYPES = frozenset({"PER", "ORG", "GPE", "NORP"})


def _entities_in(article: Article, start: int, end: int) -> list[Entity]:
    return [e for e in article.entities if e.start < end and start < e.end]


def _speaker(view: View, ph: Phrase) -> Speaker:
    article = view.article
    start, end = _unquoted(view, ph)
    inside = _entities_in(article, start, end)
    if not inside:  # most speakers hold no entity: nothing to rank
        return Speaker(start, end, article.text[start:end], None, [], _unnamed(view, ph), None)
    ranked = sorted((e for e in inside if e.type in HEAD_ANYWHERE or e.start <= start),
                    key=lambda e: (SPEAKER_TYPES.index(e.type)
                                   if e.type in SPEAKER_TYPES else 99, e.start))
    actors = [e.id for e in inside if e.type in ACTOR_TYPES]
    compound = ph.plural and len(actors) >= 2
    entity = None if compound or not ranked else ranked[0]
    anonymous = _unnamed(view, ph) and not any(e.type == "PER" for e in inside)
    return Speaker(start, end, article.text[start:end], entity.id if entity else None,
                   actors if compound else [], anonymous, entity.link if entity else None)


def _unquoted(view: View, ph: Phrase) -> tuple[int, int]:
    """The phrase's span without the quotation marks of a quoted name («حزب الله»)."""
    first, last = ph.first, ph.last
    if first < last and view.opens_quote(first):
        first += 1
        if view.tokens[last].text in CLOSING_QUOTES:
            last -= 1
    return view.tokens[first].start, view.tokens[last].end


def _unnamed(view: View, ph: Phrase) -> bool:
    """Headed by an unnamed-source noun, possibly after a numeral or «أحد» (ثلاثة مندوبين)."""
    heads = lexicon().anonymous.keys()
    return any(not heads.isdisjoint(view.forms(k))
               for k in range(ph.first, min(ph.first + 2, ph.last + 1)))


def _via(view: View, ph: Phrase) -> dict[str, Any]:
    sp = _speaker(view, ph)
    return {"start": sp.start, "end": sp.end, "text": sp.text, "entity": sp.entity}


def _time(view: View, draft: Draft) -> str | None:
    article = view.article
    first = view.sentence_start[draft.hit.first]
    last = view.sentence_end[draft.hit.first] - 1
    lo, hi = view.tokens[first].start, view.tokens[last].end
    content_start, content_end = draft.content.start, draft.content.end
    for tm in article.times:
        if not (lo <= tm.start < hi) or content_start <= tm.start < content_end:
            continue  # a date inside what was said dates the content, not the saying
        if tm.type == "DATE" and _is_calendar_value(tm.value):
            return tm.value
    return article.published.isoformat() if article.published else None


def _is_calendar_value(value: str | None) -> bool:
    """A resolved calendar date (``2024-12-06``, ``2024-12-06TEV``), not ``PAST_REF`` or ``XXXX-…``."""
    return value is not None and value[:4].isdigit() and "X" not in value


def _statement(view: View, n: int, draft: Draft, earlier: list[Speaker]) -> Statement:
    cue = draft.hit.cue
    speaker = _speaker(view, draft.speaker) if draft.speaker else None
    if speaker is not None and draft.speaker is not None:
        _titled(view, draft.speaker, draft.hit.last, speaker)
        _same_as_earlier(speaker, earlier)
        earlier.append(speaker)
    return Statement(
        id=f"s{n}", act=cue.act, cue=(draft.hit.start, draft.hit.end),
        content=(draft.content.start, draft.content.end), speaker=speaker,
        direct=draft.content.direct, via=[_via(view, ph) for ph in draft.via],
        time=_time(view, draft), hedged=cue.hedged)


def _titled(view: View, ph: Phrase, cue_last: int, speaker: Speaker) -> None:
    """«وأشاد أمير المنطقة…» after «الأمير فلان أمير منطقة جازان»: a title alone right
    after the cue takes the person named in apposition after it or by the same title
    earlier (round 15, ``attribution/titles.py``)."""
    if speaker.entity or speaker.actors:
        return
    person = titled_person(view, ph, cue_last)
    if person is not None:
        speaker.entity, speaker.link = person.id, person.link


def _same_as_earlier(speaker: Speaker, earlier: list[Speaker]) -> None:
    """«صباغ» after «وزير الخارجية السوري، بسام صباغ»، «الوزراء» after «وزراء خارجية …»:
    a later short mention takes the entity (or actors) of the earlier speaker it names."""
    if speaker.entity or speaker.actors:
        return
    short = fold(speaker.text)
    bare = short.removeprefix(DEFINITE_ARTICLE)
    for prior in reversed(earlier):
        same_span = (prior.start, prior.end) == (speaker.start, speaker.end)  # carried on
        if (prior.entity or prior.actors) and (same_span or prior.text != speaker.text and (
                short in fold(prior.text) or bare in fold(prior.text))):
            speaker.entity, speaker.actors = prior.entity, list(prior.actors)
            speaker.link, speaker.anonymous = prior.link, prior.anonymous
            return


def statements_of(article: Article) -> list[Statement]:
    """The statements of an article whose tokens, sentences, entities and times are set."""
    if not article.tokens:
        return []
    view = build_view(article)
    earlier: list[Speaker] = []
    return [_statement(view, n, d, earlier) for n, d in enumerate(attribute(view), 1)]


@stage("statements", requires=("sentences", "tokens", "entities", "times"),
       assigns=("statements",))
def find_statements(article: Article) -> None:
    article.statements = statements_of(article)


__all__ = ["find_statements", "statements_of"]
