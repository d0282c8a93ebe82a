"""The ``events`` stage: who did what to whom, where, when — and how sure — in PLOVER.

Triggers (``marsad/lexicons/event_triggers.tsv``) are found over the tokens; each takes its
actors, targets and place from the entities and unnamed actors around it
(``marsad.eventcoding.arguments``), its time from the times layer (else the article's date),
and its factuality from nearby cues and the statement whose content holds it
(``marsad.eventcoding.factuality``). Statements that are acts — a condemnation, a call, a
threat — are verbal events of their own. Candidates for one happening are merged, and a
candidate without the evidence its trigger needs is dropped: precision first.
See ``docs/events.md``.
"""

from __future__ import annotations

from marsad.arabic.normalise import fold
from marsad.eventcoding.candidates import (Candidate, actors_from_speakers,
                                          participants_from_speakers, statement_candidates,
                                          trigger_candidates)
from marsad.eventcoding.merge import (borrow_accused, has_evidence, merge_anaphora,
                                      merge_in_sentences)
from marsad.eventcoding.view import View
from marsad.model import Article, Entity, Event
from marsad.pipeline import stage

__all__ = ["find_events", "code_events"]


def code_events(article: Article) -> list[Event]:
    """The events of an article whose earlier layers are filled."""
    if not article.tokens:
        return []
    view = View(article)
    found = trigger_candidates(view)
    participants_from_speakers(view, found)
    actors_from_speakers(view, found)
    found += statement_candidates(view, found)
    found = merge_in_sentences(found)
    borrow_accused(found)
    found = [c for c in merge_anaphora(found) if has_evidence(c)]
    return [_event(article, n, c) for n, c in enumerate(found, 1)]


@stage("events", requires=("sentences", "tokens", "entities", "times", "statements"),
       assigns=("events",))
def find_events(article: Article) -> None:
    article.events = code_events(article)


def _event(article: Article, number: int, candidate: Candidate) -> Event:
    args = candidate.args
    place = args.place or _dateline_place(article)
    return Event(id=f"e{number}", type=candidate.type, mode=candidate.mode,
                 evidence=candidate.evidence,
                 actors=[e.id for e in args.actors], targets=[e.id for e in args.targets],
                 place=place.id if place else None, time=_time(article, candidate),
                 factuality=candidate.factuality, by=candidate.by, trigger=candidate.trigger,
                 actor_text=list(args.actor_text),
                 target_text=[t for t in args.target_text if t not in args.actor_text])


def _dateline_place(article: Article) -> Entity | None:
    """The dateline's place, when an entity in the text names it."""
    place = article.dateline.place if article.dateline else None
    if not place:
        return None
    wanted = fold(place)
    return next((e for e in article.entities if fold(e.text) == wanted), None)


def _time(article: Article, candidate: Candidate) -> str | None:
    """The date nearest the trigger in its sentence, else the article's date."""
    if article.times and article.sentences and candidate.sentence < len(article.sentences):
        sentence = article.sentences[candidate.sentence]
        best: tuple[int, str] | None = None
        for time in article.times:
            if time.value and time.type in ("DATE", "TIME") and \
                    sentence.start <= time.start < sentence.end:
                distance = abs(time.start - candidate.trigger[0])
                if best is None or distance < best[0]:
                    best = (distance, time.value[:10] if _is_day(time.value) else time.value)
        if best is not None:
            return best[1]
    return article.published.isoformat() if article.published else None


def _is_day(value: str) -> bool:
    return len(value) >= 10 and value[4] == "-" and value[7] == "-" and value[:4].isdigit()
