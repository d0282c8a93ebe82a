"""From cues to statement drafts: each cue gets a speaker (its own phrase, a chain, the
subject of the clause before it, or the last agreeing speaker) and a content span. A verb
inside another statement's indirect content that names its own speaker there is a nested
report (the outer speaker becomes its ``via``); other cues inside a content (a quote's
words, participles) are not statements of their own."""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass, field

from marsad.attribution.agreement import agrees, between_kana_and_qad, shares_subject
from marsad.attribution.content import (CONTENT_WINDOW, PARAGRAPH_BREAK, STRICT_WINDOW, Content,
                                        after_cue, before_cue, clause, skip_frames)
from marsad.attribution.cues import CueHit, find_cues
from marsad.attribution.described_objects import described_at
from marsad.attribution.lexicon import BEFORE, lexicon
from marsad.attribution.links import clause_link
from marsad.attribution.phrase import MAX_PHRASE, Phrase, phrase
from marsad.attribution.reading import (as_reported, describes_thing, passive, people,
                                        title_follows)
from marsad.attribution.speaker import (looks_like_speaker, names_owner, plural_before,
                                        speaker_after, speaker_before)
from marsad.attribution.view import COMMAS, View

#: The word a preposition cue may take before its verb («بحسب ما أعلنت الوزارة»).
WHAT = "ما"
#: Acts whose verbs introduce their content with a marker (إن، أن، a colon or a quote),
#: never with a bare object.
MARKED_ACTS = frozenset({"SAY"})
#: The act of a call; a call joined to a call shares its speaker (``_joins_call``).
CALL = "CALL"
#: A preposition that links a chain's relay to its source («نقلت الوكالة عن مصدر»).
FROM = "عن"
#: Cue kinds that may open a nested report (they name their own speaker).
NESTED_KINDS = frozenset({"verb", "transmit"})
#: How many sentences back a subjectless cue looks for the subject of a non-reporting verb.
LOOKBACK_SENTENCES = 2


@dataclass(slots=True)
class Draft:
    hit: CueHit
    content: Content
    speaker: Phrase | None = None
    via: list[Phrase] = field(default_factory=list)
    inherited: bool = False  # the speaker continues an earlier statement's
    nested: bool = False  # reported inside another statement's content


class _Run:
    """The state of one article's attribution pass."""

    def __init__(self, view: View) -> None:
        self.view = view
        self.hits = find_cues(view)
        self.cue_tokens = frozenset(k for h in self.hits for k in range(h.first, h.last + 1))
        if self.hits:
            view.attach_layers([(h.start, h.end) for h in self.hits])
        self.hit_at = {h.first: h for h in self.hits}
        self.firsts = [h.first for h in self.hits]  # ascending: find_cues goes in order
        # a cue behind a clause link («فيما»، «لكن») opens a clause at the link
        self.links = {h.first: link for h in self.hits
                      if (link := clause_link(view, h, self.cue_tokens)) is not None}
        self.drafts: list[Draft] = []
        self.absorbed: set[int] = set()
        self.host: Draft | None = None  # the statement a nested report is read inside

    def stop_after(self, hit: CueHit, k: int | None = None) -> int:
        """The token where the clause after ``k`` (default: the cue) ends: the sentence
        end or the next cue that opens a clause."""
        end = self.view.sentence_end[hit.first]
        k = hit.after if k is None else k
        hits = self.hits
        # the hits from ``k`` on, by bisection: not a pass over every hit of the article
        for at in range(bisect_left(self.firsts, k), len(hits)):
            other = hits[at]
            if other.first >= end:
                break
            if other.first in self.absorbed:
                continue
            if other.opens_clause:
                return other.first
            link = self.links.get(other.first)
            if link is not None and link >= k:
                return link
        return end

    def inside_content(self, start: int, end: int) -> bool:
        """Whether ``[start, end)`` touches another statement's content — except, while a
        nested report is read (``host``), standing wholly inside its host's content."""
        host = self.host
        for d in self.drafts:  # a loop, not any(): asked for every phrase a cue tries
            c_start, c_end = d.content.start, d.content.end
            if (c_start <= start < c_end or c_start < end <= c_end) \
                    and not (d is host and c_start <= start and end <= c_end):
                return True
        return False

    def host_of(self, hit: CueHit) -> Draft | None:
        """The innermost statement whose content holds the cue wholly."""
        holding = [d for d in self.drafts if d.content.start <= hit.start
                   and hit.end <= d.content.end]
        return min(holding, key=lambda d: d.content.end - d.content.start) if holding else None

    def token_span(self, k: int) -> tuple[int, int]:
        return self.view.tokens[k].start, self.view.tokens[k].end

    def phrase_span(self, ph: Phrase) -> tuple[int, int]:
        return self.view.tokens[ph.first].start, self.view.tokens[ph.last].end

    def usable(self, ph: Phrase | None) -> Phrase | None:
        if ph is None:
            return None
        return None if self.inside_content(*self.phrase_span(ph)) else ph

    def antecedent(self, hit: CueHit) -> Draft | None:
        """The last statement whose speaker agrees with the cue in gender and number,
        preferring one in the cue's own sentence (a participle's main clause)."""
        with_speaker = [d for d in reversed(self.drafts) if d.speaker is not None
                        and not d.nested]  # a speaker inside a content never carries on
        sentence = self.view.sentence_start[hit.first]
        same = [d for d in with_speaker if self.view.sentence_start[d.hit.first] == sentence]
        for draft in same + with_speaker:
            if agrees(hit, draft.speaker):
                return draft
        return with_speaker[0] if with_speaker else None

    def in_sentence(self, hit: CueHit) -> bool:
        """Whether a statement with a speaker stands earlier in ``hit``'s sentence."""
        sentence = self.view.sentence_start[hit.first]
        return any(self.view.sentence_start[d.hit.first] == sentence and d.speaker is not None
                   for d in self.drafts)

    def inherit(self, draft: Draft) -> Draft:
        source = self.antecedent(draft.hit)
        sentence = self.view.sentence_start[draft.hit.first]
        since = self.view.sentence_start[source.hit.first] if source is not None else -1
        recent = _recent_subject(self, draft.hit, since)
        if recent is not None:  # «وانتقد رئيس البلدية … . وقال …»: the last clause's subject
            draft.speaker, draft.inherited = recent, True
            return draft
        if draft.hit.cue.number == "pl" and (
                source is None or not agrees(draft.hit, source.speaker)
                or self.view.sentence_start[source.hit.first] != sentence):
            found = plural_before(self.view, draft.hit.first, self.cue_tokens,
                                  lambda k: not self.inside_content(*self.token_span(k)))
            if found is not None:  # «… من قبل السكان، حيث طالبوا …»
                draft.speaker, draft.inherited = found, True
                return draft
        if source is not None:
            draft.speaker, draft.via, draft.inherited = source.speaker, list(source.via), True
        return draft


def _verb(run: _Run, hit: CueHit) -> Draft | None:
    view = run.view
    if (describes_thing(view, hit) and hit.first not in run.links) or passive(view, hit):
        return None  # behind a link («لكن مسؤولا قطريا أكد») the noun opens the clause
    speaker = _subject(run, hit)
    via: list[Phrase] = []
    k = hit.after
    if speaker is not None and speaker.first > hit.last:
        k = speaker.last + 1
        speaker, via, k = _chain(run, hit, speaker, k)
    needs_marker = hit.cue.strict or hit.cue.act in MARKED_ACTS
    window = CONTENT_WINDOW
    if hit.cue.strict:  # «وبين اللواء أن …» but not «المباراة بين الناديين التي يرجح أن»
        window = 1 if hit.cue.act in MARKED_ACTS else STRICT_WINDOW
    if speaker is not None and title_follows(view, k):
        window += MAX_PHRASE  # «قال سيف الشحي، مدير عام … ببنك أبوظبي الوطني: "…"»
    content = after_cue(view, k, run.stop_after(hit, k), hit.cue.takes, needs_marker, window)
    if content is None and speaker is not None and as_reported(view, hit):
        content = before_cue(view, hit.first - 1)
    if content is None:
        return None
    draft = Draft(hit, content, speaker, via)
    return draft if speaker is not None else run.inherit(draft)


def _subject(run: _Run, hit: CueHit) -> Phrase | None:
    """The subject before the verb (SVO) when a phrase starts the clause there, else the
    one after it (VSO). A verb before its subject is singular in Arabic, so a plural verb
    (أدانوا) has none after it; a feminine verb (أكدت) with a masculine phrase after it
    takes the phrase before it when there is one."""
    before = None
    if hit.conjunction != "و":
        before = run.usable(speaker_before(run.view, hit.first, run.cue_tokens))
    if before is not None and (looks_like_speaker(run.view, before)
                               or (hit.cue.number == "pl" and people(run.view, before))
                               or between_kana_and_qad(run.view, before, hit)):
        return before
    if hit.cue.number == "pl":
        return None
    feminine = hit.cue.gender == "f"
    after = run.usable(speaker_after(run.view, hit.after, run.cue_tokens, feminine))
    if after is not None and shares_subject(run.view, hit, after, _earlier_speakers(run, hit),
                                            _joins_call(run, hit)):
        return None
    described = described_at(run.view, hit, after) if after is not None else None
    if after is not None and described is not None:  # «ووصف الحادث بأنه …»: the object
        return _recent_subject(run, hit, -1, over_paragraphs=True) if described == after.first \
            else phrase(run.view, after.first, described - 1)  # «ووصف معاليه الحادث»
    if after is None or hit.cue.act in MARKED_ACTS or looks_like_speaker(run.view, after) \
            or names_owner(run.view, after) or _marker_follows(run.view, after.last + 1, hit):
        return after
    return None  # «وأكد تعثر مشروعين»: the phrase is the object, the speaker carries on


def _earlier_speakers(run: _Run, hit: CueHit) -> list[Phrase]:
    """The speakers of the statements before ``hit`` in its sentence (nested ones left out)."""
    sentence = run.view.sentence_start[hit.first]
    return [d.speaker for d in run.drafts if d.speaker is not None and not d.nested
            and d.hit.first < hit.first and run.view.sentence_start[d.hit.first] == sentence]


def _joins_call(run: _Run, hit: CueHit) -> bool:
    """A call joined to the call just before it in its sentence by another verb («دعا …
    إلى … وحث الحكومة على …», round 28): the sentence's last statement before ``hit`` is a
    call whose verb takes another preposition. The same verb again brings a new speaker
    («وطالب البعض بـ… وطالب آخرون بـ…»)."""
    sentence = run.view.sentence_start[hit.first]
    last = [d.hit.cue for d in run.drafts if not d.nested and d.hit.first < hit.first
            and run.view.sentence_start[d.hit.first] == sentence]
    return bool(last) and last[-1].act == hit.cue.act == CALL \
        and last[-1].takes != hit.cue.takes


def _marker_follows(view: View, k: int, hit: CueHit) -> bool:
    """A content marker (quote, colon, complementiser, the cue's preposition) right after
    the phrase, past frames: then the phrase was the subject."""
    end = view.sentence_end[hit.first]
    j = skip_frames(view, k, end, hit.cue.takes)
    if j >= end:
        return False
    norm = view.norms[j]
    lex = lexicon()
    return view.opens_quote(j) or view.tokens[j].text == ":" or \
        norm in lex.roles["complementiser"] or norm == hit.cue.takes or \
        norm in lex.roles["content_preposition"] or \
        (len(hit.cue.takes) == 1 and norm.startswith(hit.cue.takes))


def _chain(run: _Run, hit: CueHit, relay: Phrase, k: int) -> tuple[Phrase, list[Phrase], int]:
    """«نقلت الوكالة عن مصدر قوله» and «قال التلفزيون نقلا عن مصدر»: the relay becomes
    ``via`` and the source after عن becomes the speaker."""
    view = run.view
    linked = run.hit_at.get(k)
    if hit.cue.kind == "transmit" and k < len(view.tokens) and view.norms[k] == FROM:
        source_at = k + 1
    elif linked is not None and linked.cue.kind == "preposition" and linked.cue.words[-1] == FROM:
        run.absorbed.add(linked.first)
        source_at = linked.after
    else:
        return relay, [], k
    source = speaker_after(view, source_at, run.cue_tokens)
    if source is None:
        return relay, [], k
    k = source.last + 1
    masdar = run.hit_at.get(k)
    if masdar is not None and masdar.cue.kind == "masdar":
        run.absorbed.add(masdar.first)
        k = masdar.after
    return source, [relay], k


def _dependent(run: _Run, hit: CueHit) -> Draft | None:
    """A participle, masdar or phrase cue: no subject of its own, the speaker carries on —
    from a statement earlier in the sentence, else (a participle) from the subject of the
    sentence's main verb («أشاد الرئيس بالعلاقات، معربا عن …»)."""
    view = run.view
    if hit.cue.takes == BEFORE:
        content = before_cue(view, hit.first)
    else:
        needs_marker = hit.cue.strict or hit.cue.act in MARKED_ACTS
        content = after_cue(view, hit.after, run.stop_after(hit), hit.cue.takes, needs_marker)
    if content is None:
        return None
    draft = Draft(hit, content)
    if hit.cue.kind == "participle" and not run.in_sentence(hit):
        draft.speaker = _main_subject(run, hit)
    return draft if draft.speaker is not None else run.inherit(draft)


def _main_subject(run: _Run, hit: CueHit) -> Phrase | None:
    """A cue verb opening the sentence made no statement («وأعلن الوزير استقالته، متهما…»):
    its subject speaks for the participle as any verb's does (round 16)."""
    view = run.view
    return _opening_subject(run, view.sentence_start[hit.first], hit.first, cue_verb=True)


def _recent_subject(run: _Run, hit: CueHit, since: int,
                    over_paragraphs: bool = False) -> Phrase | None:
    """For a cue with no subject of its own: the named subject of a non-reporting verb
    that opens its sentence or one of the few before it, later than the sentence of the
    statement it would otherwise carry on (``since``) and agreeing with the cue, within
    the cue's paragraph (or past its start, ``over_paragraphs``)."""
    view = run.view
    limit = hit.first
    first = view.sentence_start[hit.first]
    for _ in range(LOOKBACK_SENTENCES):
        if first <= since:
            return None
        found = _opening_subject(run, first, limit)
        if found is not None and looks_like_speaker(view, found, definite_will_do=False) \
                and agrees(hit, found):
            return found
        if first == 0 or not over_paragraphs and PARAGRAPH_BREAK in view.text[
                view.tokens[first - 1].end:view.tokens[first].start]:
            return None  # a new paragraph: the earlier subject is another topic's
        limit, first = first, view.sentence_start[first - 1]
    return None


def _opening_subject(run: _Run, first: int, limit: int, cue_verb: bool = False) -> Phrase | None:
    """The subject of the verb that opens the clause at ``first``, ended before ``limit``;
    a cue verb only when ``cue_verb`` (it made no statement)."""
    view = run.view
    verb = skip_frames(view, first, limit)
    if verb >= limit - 1 or not view.is_word(verb) or verb in run.cue_tokens and not cue_verb:
        return None
    lex = lexicon()
    if view.bare(verb) in lex.roles["topic"]:  # «أما المذيعة فلانة فقد عددت … وقالت»
        return _speaking(run, speaker_after(view, verb + 1, run.cue_tokens), limit)
    while verb < limit - 1 and view.norms[verb] in lex.roles["left_boundary"]:
        verb += 1  # «كما رحب القادة …»
    if view.definite(verb) or view.norms[verb] in lex.roles["boundary"] \
            or view.norms[verb] in lex.roles["complementiser"]:
        return None  # the sentence does not open with a verb
    return _speaking(run, speaker_after(view, verb + 1, run.cue_tokens), limit)


def _speaking(run: _Run, found: Phrase | None, limit: int) -> Phrase | None:
    """``found`` when it is usable, ends before ``limit`` and reads as a speaker."""
    found = run.usable(found)
    if found is None or found.last >= limit or not looks_like_speaker(run.view, found):
        return None
    return found


def _preposition(run: _Run, hit: CueHit) -> Draft | None:
    """«بحسب المرصد، فإن …» or «… بحسب ما أعلنت الوزارة»."""
    view = run.view
    k = hit.after
    if k + 1 < len(view.tokens) and view.norms[k] == WHAT and \
            view.norms[k + 1] in lexicon().by_token:
        k += 2  # the verb after «ما» is no cue of its own (see cues._noun_reading)
    speaker = run.usable(speaker_after(view, k, run.cue_tokens))
    if speaker is None or not looks_like_speaker(view, speaker, definite_will_do=False):
        return None  # «بحسب رؤيتهما»: according to a view, not to a speaker
    after = speaker.last + 1
    stop = run.stop_after(hit, after)
    content = _marked_after(view, after, stop)
    if content is None and _opens_sentence(view, hit):
        content = _rest_after(view, after, stop)
    elif content is None:
        content = before_cue(view, hit.first)
    return Draft(hit, content, speaker) if content is not None else None


def _marked_after(view: View, k: int, stop: int) -> Content | None:
    """Content a complementiser opens right after a preposition cue's speaker
    («على لسان المتحدث أن …»)."""
    j = skip_frames(view, k, stop)
    if j < stop and view.norms[j] in lexicon().roles["complementiser"] and not _is_then(view, j):
        return clause(view, j + 1, stop)
    return None


def _is_then(view: View, j: int) -> bool:
    """«فإن» after «بحسب X،» continues the sentence rather than opening content."""
    return view.norms[j].startswith("ف")


def _opens_sentence(view: View, hit: CueHit) -> bool:
    return hit.first == view.sentence_start[hit.first]


def _rest_after(view: View, k: int, stop: int) -> Content | None:
    lex = lexicon()
    while k < stop and (view.is_punct(k, COMMAS) or view.norms[k] in lex.roles["complementiser"]):
        k += 1
    return clause(view, k, stop)


_BUILDERS = {"verb": _verb, "transmit": _verb, "participle": _dependent, "masdar": _dependent,
             "phrase": _dependent, "preposition": _preposition}


def attribute(view: View) -> list[Draft]:
    run = _Run(view)
    for hit in run.hits:
        if hit.first in run.absorbed:
            continue
        host = run.host_of(hit)
        if host is not None:
            draft = _nested(run, hit, host)
        elif run.inside_content(hit.start, hit.end) or _within_a_speaker(run, hit):
            continue
        else:
            draft = _BUILDERS[hit.cue.kind](run, hit)
        if draft is not None:
            run.drafts.append(draft)
    return run.drafts


def _nested(run: _Run, hit: CueHit, host: Draft) -> Draft | None:
    """«قال المبعوث إن الحكومة أكدت أن …»: a report inside another's indirect content is a
    statement when its verb names its own speaker there; the outer speaker (and its relays)
    become its ``via``, and its content ends where the outer one does. A quote's words,
    a participle or a subjectless verb inside a content report nothing of their own."""
    if host.content.direct or hit.cue.kind not in NESTED_KINDS:
        return None
    run.host = host
    try:
        draft = _verb(run, hit)
    finally:
        run.host = None
    if draft is None or draft.inherited or draft.speaker is None:
        return None
    start, end = run.phrase_span(draft.speaker)
    if start < host.content.start or end > host.content.end:
        return None
    content_end = min(draft.content.end, host.content.end)
    if content_end <= draft.content.start:
        return None
    draft.content = Content(draft.content.start, content_end, draft.content.direct)
    draft.via = ([host.speaker] if host.speaker is not None else []) + host.via + draft.via
    draft.nested = True
    return draft


def _within_a_speaker(run: _Run, hit: CueHit) -> bool:
    """Whether ``hit`` stands inside the (own, not inherited) speaker phrase of a statement
    found so far."""
    first = hit.first
    for d in run.drafts:
        speaker = d.speaker
        if speaker is not None and not d.inherited and speaker.first <= first <= speaker.last:
            return True
    return False
