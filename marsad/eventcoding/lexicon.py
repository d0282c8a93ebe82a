"""The event coder's data, compiled once: triggers by surface form, factuality cues,
unnamed-actor heads, the grammar words and the statement-act table.

Every word is folded (``marsad.arabic.normalise.fold``) as it is loaded, so the data files
are written as news spells them. The trigger table is expanded here into every surface form
a lookup may meet: the inflections of a verb («سيطرت، يسيطرون»), the endings of a noun
(«اشتباكات»), the ta marbuta and hamza seat a noun takes before a pronoun («سيطرتها»،
«لقائه»).
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Iterator
import dataclasses
from dataclasses import dataclass
from operator import itemgetter
from typing import Any

from marsad.arabic.normalise import fold, folded
from marsad.lexicons import LexiconError, load_table, load_words, load_yaml
from marsad.eventcoding.trig_classes import CLASS_AT, class_counts, expand_rows
from marsad.eventcoding.trig_seats import case_variants

__all__ = ["Trigger", "Cue", "ActRule", "Lexicon", "lexicon", "TYPES", "FACTUALITY_RANK", "PREP_TARGET",
           "verb_forms"]

TYPES = frozenset({"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT",
                   "REQUEST", "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION",
                   "MOBILIZE", "COERCE", "ASSAULT"})
KINDS = frozenset({"verb", "masdar", "participle", "phrase"})
NEEDS = frozenset({"arg", "party", "actor", "target", "-"})
#: The evidence a verb needing a target takes when its target stands after a preposition only.
PREP_TARGET = "prep-target"
#: The stronger a factuality, the more it overrides: a denial beats a report.
FACTUALITY_RANK = {"asserted": 0, "reported": 1, "future": 2, "hypothetical": 3, "denied": 4}
#: A cue that says there is no happening at all («تحت سيطرة»، «أي هجوم»).
NO_EVENT = "none"
CONTENT_RULES = frozenset({"reported", "denied", "future", "drop"})


@dataclass(frozen=True, slots=True)
class Trigger:
    form: str
    type: str
    mode: str
    kind: str
    target: frozenset[str]
    place: frozenset[str]
    actor: frozenset[str]
    needs: str
    rest: tuple[str, ...] = ()  # the words after the first, for a phrase
    # round 18: where in ``rest`` the noun of an object class stands (-1: a row of its own)
    class_at: int = -1
    #: Whether the first word is a verb (its subject follows or precedes it): worked out
    #: once, when the trigger is made (read some 80,000 times a corpus pass); no part of
    #: the trigger's equality, hash or repr, as it follows from ``kind`` and ``form``.
    verbal: bool = dataclasses.field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "verbal", self.kind == "verb" or (
            self.kind == "phrase" and "|" in self.form.split()[0]))


@dataclass(frozen=True, slots=True)
class Surface:
    """One way a trigger's first word may be written, and the tense that form is in."""

    trigger: Trigger
    tense: str  # past | present | noun
    plural: bool = False  # the verb's ending is its subject («دانوا»)


@dataclass(frozen=True, slots=True)
class Cue:
    words: tuple[str, ...]
    factuality: str
    side: str  # before | after
    window: int
    by_text: bool  # match the word as written, not folded


@dataclass(frozen=True, slots=True)
class ActRule:
    event_type: str
    mode: str
    needs: str
    content: str


@dataclass(frozen=True, slots=True)
class Lexicon:
    surfaces: dict[str, tuple[Surface, ...]]
    cues: dict[str, tuple[Cue, ...]]  # by first word (folded, or as written for by_text)
    cue_reach: int
    heads: dict[str, tuple[tuple[str, ...], ...]]  # first word -> head phrases, longest first
    acts: dict[str, ActRule]
    place_words: frozenset[str]
    skip_words: frozenset[str]
    clause_breaks: frozenset[str]
    relatives: frozenset[str]
    agent: tuple[str, ...]
    between: str
    conjunction: str
    future_proclitics: tuple[str, ...]
    definite: tuple[str, ...]
    article: str
    conjunctions: tuple[str, ...]
    short_verbs: frozenset[str]  # two-letter verbs read after a conjunction («وحث»)
    clitic_preps: tuple[str, ...]
    prep_bi: str  # «بـ» as a proclitic
    prep_li: str  # «لـ» as a proclitic
    prep_li_article: str  # «لل»
    prep_with: str  # «مع»
    prepositional_articles: tuple[str, ...]  # «لل»، «بال»…
    accusative_marked: tuple[str, ...]  # «اً»، «ًا» as written
    accusative_bare: str
    accusative_bare_min: int
    present_prefixes: frozenset[str]  # the letters a present-tense verb begins with
    pronouns: tuple[str, ...]
    place_nouns: frozenset[str]
    argument_breaks: frozenset[str]
    prepositions: frozenset[str]
    noun_marks: frozenset[str]
    passive_mark: str
    honorifics: frozenset[str]
    target_is_place: frozenset[str]
    spoken_types: frozenset[str]
    placeless_modes: frozenset[str]
    dateline_factualities: frozenset[str]
    speaker_pronouns: frozenset[str]
    speaker_does: frozenset[str]
    prayer_words: frozenset[str]
    context_blockers: dict[str, frozenset[str]]
    accused_from_embedded: frozenset[str]
    statement_types: frozenset[str]
    org_places: frozenset[str]
    speaker_words: int
    participant_types: frozenset[str]
    joiners: frozenset[str]
    light_verbs: dict[str, str]  # surface -> actor | target
    abstract_objects: frozenset[str]
    happening: dict[str, frozenset[int]]  # mode -> the groups of modes it shares a happening with
    sides: frozenset[frozenset[str]]  # pairs of modes that are two sides of one happening
    tolls: frozenset[str]  # modes that tell the toll of an act told before them in a sentence
    verb_objects: frozenset[str]  # object pronouns a verb may carry («قصفها»، «زارهم»)
    adjective_endings: frozenset[str]  # what is left after a trigger when it is an adjective
    concrete_types: frozenset[str]  # types an abstract object does not cancel («أشاد بالجهود»)
    abstract_doers: frozenset[str]  # abstract objects that are the doer after the modes below
    abstract_doer_modes: frozenset[str]  # («اعتقل الأمن ناشطين»: the security services)
    numerals: frozenset[str]  # words of number a noun phrase may hold («نشر ألفي جندي»)
    narrative_before: frozenset[str]  # words before a masdar whose pronoun tells a happening
    asides: frozenset[str]  # commas that may open and close a short aside inside a phrase
    aside_words: int  # the most words such an aside holds («، اليوم الثلاثاء،»)
    phrase_gap: int
    light_window: int
    place_window: int
    function_words: frozenset[str]  # markers, place words, clause breaks
    object_window: int
    marker_window: int
    subject_window: int
    act_marks: dict[str, frozenset[str]]  # verbal event type -> the marks it needs after its cue
    act_mark_window: int
    trigger_marks: dict[str, frozenset[str]]  # trigger form -> a mark it needs after it
    object_blockers: dict[str, frozenset[str]]  # type -> objects that make it something else
    unrealised_before: dict[str, frozenset[str]]  # type -> words before it: foiled, asked for
    unrealised_window: int  # … at most this many words before it
    present_is_state: frozenset[str]  # modes whose present tense is a state
    no_pronoun_evidence: frozenset[str]  # modes a masdar's pronoun suffix is no evidence for
    stand_alone: frozenset[str]  # trigger forms that are a happening with no argument named
    generic_before: frozenset[str]  # words before a trigger that make it a kind, not a happening
    frame_words: frozenset[str]  # words that frame a sentence as a match or an anniversary
    year_words: frozenset[str]  # words before a year («عام 1982»)
    trigger_leads: dict[str, frozenset[str]]  # trigger form -> the word it must follow («لن»)
    history_days: int  # a date ended this long before the article's makes an event history
    history_reach: int  # … when it stands at most this many tokens from the trigger
    history_years: int  # a bare year this many calendar years before the article's is history
    verb_only_cues: frozenset[str]  # factuality cues (as written) that mark only a verb
    present_only_cues: frozenset[str]  # factuality cues (folded) that mark only a present verb
    unnamed_speakers: frozenset[str]  # first words of unnamed speakers that can act
    mark_lookalikes: frozenset[str]  # words that begin with a mark's letter but are no mark
    between_is_target: frozenset[str]  # types whose «بين … و…» parties are targets
    accused_skip: frozenset[str]  # words between a condemnation's cue and what it condemns
    accused_words: int  # the most words kept of what a condemnation is aimed at
    paused_cues: frozenset[str]  # participle cues that are acts only after a pause («، متهمة»)
    threat_conditions: frozenset[str]  # words that make a warning by a named party a threat
    warning_acts: frozenset[str]  # statement acts that are a threat when conditional
    presupposing: frozenset[str]  # content heads that take their act as told («أسفها لقرار»)
    doer_after: frozenset[str]  # trigger forms that need their doer named after them («العدوان التركي»)
    forecast_words: frozenset[str]  # words that make a conditional warning a forecast
    clause_contrasts: frozenset[str]  # after a comma: the reporter's next clause («، فيما»)
    clause_contrasts_tails: frozenset[str]  # their last four letters (a quick first test)
    speaker_verb_lead: frozenset[str]  # «أن تكون قد رفضت»: words before a speaker's own verb
    speaker_verb_opener: frozenset[str]  # the word («أن») that opens them
    speaker_quotes: frozenset[str]  # quote marks around a speaker's own words («إنها "لن تنسحب"»)
    speaker_joined_reach: int  # the most words of a content's first verb before a «و» verb
    long_gaps: dict[str, int]  # a verbal phrase's first word (as written) -> its longer gap
    # surfaces read as a trigger only after the future «سـ» («ستوقع»; «توقع» is "expected")
    future_only: frozenset[str] = frozenset()
    # first word -> the sequences of quantity a noun phrase may hold before its rest, longest
    # first («جزء» -> («جزء»، «من»); «أي» -> («أي»,))
    quantifiers: dict[str, tuple[tuple[str, ...], ...]] = dataclasses.field(default_factory=dict)
    # numbers from 11 to 19 whose first word folds like a trigger («اثني عشر»: not «أثنى»)
    teens: frozenset[tuple[str, str]] = frozenset()
    # a masdar (as written) -> how many words its object may hold before the phrase's rest
    # («تزويد الحوثيين بالصواريخ»), round 13
    masdar_gaps: dict[str, int] = dataclasses.field(default_factory=dict)
    masdar_gap_forms: frozenset[str] = frozenset()  # the phrases (forms) those masdars open
    # round 17: the words that open a longer aside, a time and where («، أمس الجمعة بمقر
    # الأمم المتحدة في جنيف،»), and the most words it holds
    time_asides: frozenset[str] = frozenset()
    time_aside_words: int = 0
    # round 18: the prepositions a noun of an object class may follow as a phrase's object
    class_partitives: frozenset[str] = frozenset()
    #: round 28: the marks of a bracketed aside a verb's subject may carry before a class
    #: phrase's object («سلمت قوات البعثة (أتميس) قاعدة»), and the most words it holds
    class_brackets: tuple[str, str] = ("(", ")")
    class_bracket_words: int = 0
    # round 18: a word of count with a class preposition on it -> that preposition («بمئات»)
    class_counts: dict[str, str] = dataclasses.field(default_factory=dict)
    # round 28: the titles that open an aside between commas the object blockers read past
    # («رفض المتحدث العسكري، العقيد …، الإفصاح»)
    object_aside_titles: frozenset[str] = frozenset()
    # round 28 (F): a gapped verbal phrase's first word whose gap holds its subject alone, the
    # act's object standing after the phrase («تمكنت قوات الجيش من قتل عشرة مسلحين»)
    subject_gaps: frozenset[str] = frozenset()
    #: round 35 (D): the chains of «لـ» a present verb may carry after a comma («، لتنسحب
    #: القوات»: what followed), and those commas
    verb_li: frozenset[str] = frozenset()
    verb_li_after: frozenset[str] = frozenset()
    #: the first letters of those chains («ل»، «و»، «ف»): most words are ruled out by theirs
    verb_li_openings: frozenset[str] = frozenset()


@functools.cache  # rows repeat their target, place and actor words (start-up, round 34)
def _words(value: str) -> frozenset[str]:
    return folded(value.split())


def _verb_forms(form: str, grammar: dict[str, Any]) -> Iterator[tuple[str, str, bool]]:
    past, _, present = (fold(part) for part in form.partition("|"))
    if not present:
        raise LexiconError(f"event_triggers.tsv: verb {form!r} needs 'past|present'")
    verb = grammar["verb"]
    subject = {fold(s) for s in verb["subject_suffixes"]}
    pasts = [past] + ([past[:-1]] if past[-1] in "اي" else [])  # «التقى» → «التقت»
    for stem in pasts:
        for suffix in verb["past_suffixes"]:
            yield stem + fold(suffix), "past", fold(suffix) in subject
    presents = [present[1:]] + ([present[1:-1]] if present[-1] in "وي" else [])
    for prefix in verb["present_prefixes"]:
        for stem in presents:
            for suffix in verb["present_suffixes"]:
                yield fold(prefix) + stem + fold(suffix), "present", fold(suffix) in subject
    for prefix in verb.get("dual_prefixes", ()):  # round 30: «لم يتوصلا»
        for stem in presents:
            for suffix in verb.get("dual_suffixes", ()):
                yield fold(prefix) + stem + fold(suffix), "present", fold(suffix) in subject


#: The public name of ``_verb_forms`` (surface, tense, whether the suffix is the subject) for
#: the modules that build their own verb lists from a ``past|present`` form.
verb_forms = _verb_forms


def _noun_forms(form: str, grammar: dict[str, Any]) -> Iterator[tuple[str, str, bool]]:
    noun = fold(form)
    stems = [noun]
    for written, before_pronoun in grammar["hamza_before_pronoun"].items():
        if noun.endswith(fold(written)):
            stems.append(noun[: -len(fold(written))] + fold(before_pronoun))
    for stem in stems:
        for suffix in grammar["noun_suffixes"]:
            yield stem + fold(suffix), "noun", False
    if noun.endswith("ه"):  # ta marbuta: «مظاهرة» → «مظاهرات»، «سيطرتها» (not «مصادر»)
        yield noun[:-1] + "ات", "noun", False
        yield noun[:-1] + fold(grammar["ta_marbuta_before_pronoun"]), "noun", False
        for dual in grammar["ta_marbuta_dual"]:  # round 35: «غارتين»، «مظاهرتان»
            yield noun[:-1] + fold(dual), "noun", False


def _first_word_forms(first: str, grammar: dict[str, Any]) -> Iterator[tuple[str, str, bool]]:
    if "|" in first:
        return _verb_forms(first, grammar)
    return _noun_forms(first, grammar)


def _trigger(row: dict[str, str]) -> Trigger:
    kind, type_, needs = row["kind"], row["type"], row["needs"] or "arg"
    if type_ not in TYPES or kind not in KINDS or needs not in NEEDS:
        raise LexiconError(f"event_triggers.tsv: bad row {row['form']!r} "
                           f"(type {type_!r}, kind {kind!r}, needs {needs!r})")
    words = row["form"].split()
    return Trigger(form=row["form"], type=type_, mode=row["mode"], kind=kind,
                   target=_words(row["target"]), place=_words(row["place"]),
                   actor=_words(row["actor"]), needs=needs,
                   rest=tuple(fold(word) for word in words[1:]),
                   class_at=int(row.get(CLASS_AT) or -1))


def _surfaces(grammar: dict[str, Any]) -> dict[str, tuple[Surface, ...]]:
    return _compiled_surfaces(grammar)[0]


def _compiled_surfaces(grammar: dict[str, Any]
                       ) -> tuple[dict[str, tuple[Surface, ...]], list[Trigger]]:
    """The surface table, and the triggers it holds (each once): what ``lexicon`` reads its
    markers and gapped forms from without walking the table's ~114,000 readings."""
    table_rows = expand_rows(load_table("event_triggers.tsv"),
                             load_yaml("event_object_classes.yaml"))
    rows = [(_trigger(row), row["form"].split()[0]) for row in table_rows]
    written = {(first, trigger.rest) for trigger, first in rows}
    # equal triggers and surfaces are one object each (a trigger's surface is filed under
    # every spelling of its first word): the matcher tells readings apart by identity
    # instead of hashing them through Surface and Trigger, and the table holds ~11,000
    # surfaces instead of ~90,000
    triggers: dict[Trigger, Trigger] = {}
    # round 34 (start-up): the surface forms of a first word are worked out once per first
    # word and kind (5,595 rows share 680), each paired with the index of its (tense,
    # plural) among the form list's own; a trigger's Surfaces are then made once, one per
    # (tense, plural), and filed without a key tuple per form
    forms_of: dict[tuple[str, bool], tuple[tuple[tuple[str, int], ...],
                                           tuple[tuple[str, bool], ...]]] = {}
    interned: dict[int, list[Surface]] = {}
    placed: list[tuple[Trigger, tuple[str, bool]]] = []  # each trigger, and its forms' key
    # phrases first (longest), then verbs before nouns: «قصف» is read as a verb unless
    # its clitics say noun.
    order = {"phrase": 0, "verb": 1, "masdar": 2, "participle": 3}
    # what to file, with the rank its readings are sorted by: filed in the order of a
    # stable sort by rank, every surface's readings come out sorted, with no sort (and no
    # key call) per surface
    work: list[tuple[tuple[int, int], list[Surface], tuple[tuple[str, int], ...]]] = []
    for trigger, first in rows:
        verb = trigger.kind == "verb"
        compiled = forms_of.get((first, verb))
        if compiled is None:
            forms = dict.fromkeys(_verb_forms(first, grammar) if verb
                                  else _first_word_forms(first, grammar))
            kinds = list(dict.fromkeys((tense, plural) for _, tense, plural in forms))
            compiled = forms_of[(first, verb)] = (
                tuple((surface, kinds.index((tense, plural)))
                      for surface, tense, plural in forms), tuple(kinds))
        filed, readings = compiled
        for variant in case_variants(trigger, grammar):
            if variant is not trigger and (first, variant.rest) in written:
                continue  # a row of its own says it
            variant = triggers.setdefault(variant, variant)
            made = interned.get(id(variant))
            if made is None:
                placed.append((variant, (first, verb)))
                made = interned[id(variant)] = [Surface(variant, tense, plural)
                                                for tense, plural in readings]
            work.append(((order[variant.kind], -len(variant.rest)), made, filed))
    # the surfaces in the order their rows first spell them (a row's own trigger is filed
    # at once under every surface of its first word)
    table: dict[str, list[Surface]] = {surface: [] for filed, _ in forms_of.values()
                                       for surface, _ in filed}
    work.sort(key=itemgetter(0))
    for _, made, filed in work:
        for surface, reading in filed:
            table[surface].append(made[reading])
    excluded = folded(grammar["not_triggers"])
    surfaces = {surface: tuple(found) for surface, found in table.items()
                if surface not in excluded}
    # a trigger is in the table unless every surface of its first word is excluded
    shown = {key: any(surface not in excluded for surface, _ in filed)
             for key, (filed, _) in forms_of.items()}
    return surfaces, [trigger for trigger, key in placed if shown[key]]


def _cues() -> tuple[dict[str, tuple[Cue, ...]], int]:
    table: dict[str, list[Cue]] = {}
    reach = 0
    for row in load_table("event_factuality.tsv"):
        if row["factuality"] not in (*FACTUALITY_RANK, NO_EVENT) or row["side"] not in ("before", "after"):
            raise LexiconError(f"event_factuality.tsv: bad row {row['cue']!r}")
        by_text = row["match"] == "text"
        words = tuple(row["cue"].split()) if by_text else tuple(fold(w) for w in row["cue"].split())
        cue = Cue(words, row["factuality"], row["side"], int(row["window"]), by_text)
        table.setdefault(words[0], []).append(cue)
        reach = max(reach, cue.window + len(words))
    return {k: tuple(sorted(v, key=lambda c: -len(c.words))) for k, v in table.items()}, reach


def _heads() -> dict[str, tuple[tuple[str, ...], ...]]:
    table: dict[str, list[tuple[str, ...]]] = {}
    for row in load_table("event_actor_heads.tsv"):
        words = tuple(fold(word) for word in row["head"].split())
        table.setdefault(words[0], []).append(words)
    return {k: tuple(sorted(v, key=len, reverse=True)) for k, v in table.items()}


def _acts() -> dict[str, ActRule]:
    acts: dict[str, ActRule] = {}
    for row in load_table("event_statement_acts.tsv"):
        if row["event_type"] and row["event_type"] not in TYPES or row["content"] not in CONTENT_RULES:
            raise LexiconError(f"event_statement_acts.tsv: bad row {row['act']!r}")
        acts[row["act"]] = ActRule(row["event_type"], row["mode"], row["needs"] or "-",
                                   row["content"])
    return acts



#: Lexicon fields that are folded word sets, and their key in event_grammar.yaml.
_WORD_SETS = {
    "place_words": "place_words", "place_nouns": "place_nouns", "clause_breaks": "clause_breaks",
    "argument_breaks": "argument_breaks", "relatives": "relatives", "joiners": "joiners",
    "prepositions": "prepositions", "honorifics": "honorifics", "org_places": "org_places",
    "speaker_pronouns": "speaker_pronouns", "prayer_words": "prayer_words",
    "abstract_objects": "abstract_objects", "unnamed_speakers": "unnamed_speakers",
    "accused_skip": "accused_skip", "mark_lookalikes": "mark_lookalikes",
    "paused_cues": "paused_cues", "threat_conditions": "threat_conditions",
    "forecast_words": "forecast_words", "clause_contrasts": "clause_contrasts",
    "speaker_verb_lead": "speaker_verb_lead", "speaker_verb_opener": "speaker_verb_opener",
    "speaker_quotes": "speaker_quotes",
    "presupposing": "presupposing", "doer_after": "doer_after",
}
#: Lexicon fields that are sets of event types or statement acts.
_NAME_SETS = {
    "target_is_place": "target_is_place", "spoken_types": "spoken_types",
    "placeless_modes": "placeless_modes", "dateline_factualities": "dateline_factualities",
    "speaker_does": "speaker_does",
    "statement_types": "statement_types", "participant_types": "participants_from_speakers",
    "accused_from_embedded": "accused_from_embedded", "between_is_target": "between_is_target",
    "warning_acts": "warning_acts", "subject_gaps": "subject_gap_phrases",
}


def _by_length(values: Iterable[str]) -> tuple[str, ...]:
    return tuple(sorted((fold(v) for v in values), key=len, reverse=True))


def _grammar_fields(grammar: dict[str, Any]) -> dict[str, Any]:
    window = grammar["window"]
    happening: dict[str, set[int]] = {}
    for number, group in enumerate(grammar["same_happening"]):
        for mode in group:
            happening.setdefault(mode, set()).add(number)
    fields: dict[str, Any] = {name: folded(grammar[key]) for name, key in _WORD_SETS.items()}
    fields.update({name: frozenset(grammar[key]) for name, key in _NAME_SETS.items()})
    fields["skip_words"] = folded(grammar["skip_words"]) | fields["place_nouns"]
    fields["unnamed_speakers"] |= folded(load_words("honorific_pronouns.txt"))  # «سموه»، «معاليه»
    fields["clause_contrasts_tails"] = frozenset(w[-4:] for w in fields["clause_contrasts"])
    fields["long_gaps"] = {form: int(gap) for form, gap in grammar["long_phrase_gaps"].items()}
    fields.update(
        light_verbs={surface: role for form, role in grammar["light_verbs"].items()
                     for surface, _, _ in _verb_forms(form, grammar)},
        happening={mode: frozenset(groups) for mode, groups in happening.items()},
        sides=frozenset(frozenset(pair) for pair in grammar["happening_sides"]),
        tolls=frozenset(grammar["tolls"]),
        verb_objects=folded(grammar["verb_object_suffixes"]),
        adjective_endings=folded(grammar["adjective_endings"]),
        concrete_types=frozenset(grammar["abstract_objects_kept_by"]),
        abstract_doers=folded(grammar["abstract_doers"]["words"]),
        abstract_doer_modes=frozenset(grammar["abstract_doers"]["modes"]),
        numerals=folded(grammar["numerals"]),
        narrative_before=folded(grammar["narrative_before"]),
        asides=folded(grammar["asides"]), aside_words=int(window["aside"]),
        context_blockers={t: folded(words) for t, words in grammar["context_blockers"].items()},
        act_marks={t: folded(words) for t, words in grammar["act_marks"].items()},
        act_mark_window=int(window["act_mark"]),
        trigger_marks={form: folded(words) for form, words in grammar["trigger_marks"].items()},
        object_blockers={t: folded(words) for t, words in grammar["object_blockers"].items()},
        unrealised_before={t: folded(words)
                           for t, words in grammar["unrealised_before"].items()},
        unrealised_window=int(window["unrealised"]),
        present_is_state=frozenset(grammar["present_is_state"]),
        no_pronoun_evidence=frozenset(grammar["no_pronoun_evidence"]),
        stand_alone=frozenset(grammar["stand_alone"]),
        generic_before=folded(grammar["generic_before"]),
        frame_words=folded(grammar["frame_words"]), year_words=folded(grammar["year_words"]),
        trigger_leads={form: folded(words) for form, words in grammar["trigger_leads"].items()},
        history_days=int(window["history_days"]), history_reach=int(window["history_reach"]),
        history_years=int(window["history_years"]),
        verb_only_cues=frozenset(grammar["verb_only_cues"]),
        present_only_cues=folded(grammar["present_only_cues"]),
        future_only=folded(grammar["future_only"]),
        noun_marks=frozenset(grammar["noun_marks"]), passive_mark=str(grammar["passive_mark"]),
        speaker_words=int(grammar["speaker_text_words"]),
        speaker_joined_reach=int(grammar["speaker_joined_reach"]),
        accused_words=int(window["accused_words"]),
        agent=tuple(fold(w) for w in grammar["agent_marker"].split()),
        between=fold(grammar["between"]), conjunction=fold(grammar["conjunction"]),
        future_proclitics=_by_length(grammar["future_proclitics"]),
        definite=_by_length(grammar["definite_proclitics"]), article=fold(grammar["article"]),
        conjunctions=_by_length(grammar["conjunction_proclitics"]),
        short_verbs=folded(grammar["short_verbs"]),
        clitic_preps=_by_length(grammar["clitic_prepositions"]),
        prep_bi=fold(grammar["preposition_bi"]), prep_li=fold(grammar["preposition_li"]),
        prep_li_article=fold(grammar["preposition_li_article"]),
        prep_with=fold(grammar["preposition_with"]),
        verb_li=folded(grammar["verb_li_chains"]), verb_li_after=folded(grammar["verb_li_after"]),
        verb_li_openings=frozenset(chain[:1] for chain in folded(grammar["verb_li_chains"])),
        prepositional_articles=tuple(fold(w) for w in grammar["prepositional_articles"]),
        accusative_marked=tuple(grammar["accusative_marked"]),
        accusative_bare=fold(grammar["accusative_bare"]),
        accusative_bare_min=int(grammar["accusative_bare_min"]),
        present_prefixes=folded(grammar["verb"]["present_prefixes"]),
        pronouns=_by_length(grammar["pronouns"]),
        object_window=int(window["object"]), marker_window=int(window["marker"]),
        subject_window=int(window["subject_before"]), phrase_gap=int(window["phrase_gap"]),
        light_window=int(window["light_verb"]), place_window=int(window["place_before"]),
    )
    return fields


@functools.cache
def lexicon() -> Lexicon:
    """The compiled tables (loaded once)."""
    grammar = load_yaml("event_grammar.yaml")
    try:
        fields = _grammar_fields(grammar)
        surfaces, triggers = _compiled_surfaces(grammar)
    except (KeyError, TypeError, ValueError) as exc:
        raise LexiconError(f"event_grammar.yaml: missing or bad entry {exc}") from None
    markers = {word for trigger in triggers
               for word in trigger.target | trigger.place | trigger.actor}
    function_words = (markers | fields["place_words"] | fields["clause_breaks"]
                      | fields["relatives"] | set(fields["agent"]) | {fields["between"]})
    cues, reach = _cues()
    gaps = _masdar_gaps()
    classes = load_yaml("event_object_classes.yaml")
    return Lexicon(surfaces=surfaces, cues=cues, cue_reach=reach, heads=_heads(), acts=_acts(),
                   function_words=frozenset(function_words - {"obj"}),
                   quantifiers=_quantifiers(),
                   teens=_pairs(load_words("event_trigger_teens.txt")),
                   time_asides=folded(grammar["time_asides"]),
                   time_aside_words=int(grammar["window"]["time_aside"]),
                   class_partitives=folded(classes["partitives"]),
                   class_brackets=(str(classes["subject_brackets"][0]),
                                   str(classes["subject_brackets"][1])),
                   class_bracket_words=int(classes["subject_bracket_words"]),
                   class_counts=class_counts(classes),
                   object_aside_titles=folded(grammar["object_aside_titles"]),
                   masdar_gaps=gaps, masdar_gap_forms=frozenset(
                       trigger.form for trigger in triggers
                       if trigger.kind == "phrase" and trigger.form.split()[0] in gaps),
                   **fields)


def _pairs(lines: Iterable[str]) -> frozenset[tuple[str, str]]:
    """Two-word lines, folded («اثني عشر» -> («اثني»، «عشر»))."""
    found = set()
    for line in lines:
        first, second = (fold(word) for word in line.split())
        found.add((first, second))
    return frozenset(found)


def _masdar_gaps() -> dict[str, int]:
    """The lines of ``event_trigger_masdar_gaps.txt``: a masdar and the most words of its
    object between it and the rest of its phrase."""
    found: dict[str, int] = {}
    for line in load_words("event_trigger_masdar_gaps.txt"):
        word, _, gap = line.partition(" ")
        if not gap.strip().isdigit():
            raise LexiconError(f"event_trigger_masdar_gaps.txt: no gap after {word!r}")
        found[word] = int(gap)
    return found


def _quantifiers() -> dict[str, tuple[tuple[str, ...], ...]]:
    """The sequences of ``event_trigger_quantifiers.txt``, folded, by their first word, longest
    first."""
    found: dict[str, set[tuple[str, ...]]] = {}
    for line in load_words("event_trigger_quantifiers.txt"):
        words = tuple(fold(word) for word in line.split())
        found.setdefault(words[0], set()).add(words)
    return {first: tuple(sorted(sequences, key=len, reverse=True))
            for first, sequences in found.items()}
