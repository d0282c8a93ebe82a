"""How a verb cue reads in its clause, before a speaker is looked for: the description of
a noun rather than a report («نصا قديما يقول»), a passive («واتُّهمت بالقسوة»), content pointed
back to («…، كما صرح المتحدث»), a long title after the name, people before a plural verb."""

from __future__ import annotations

from marsad.attribution.cues import CueHit
from marsad.attribution.described_objects import object_borne
from marsad.attribution.lexicon import lexicon
from marsad.attribution.phrase import (DEFINITE_ARTICLE, SOUND_PLURAL_ENDINGS, Phrase, is_skip,
                                       phrase)
from marsad.attribution.speaker import looks_like_speaker
from marsad.attribution.view import COMMAS, View

#: Word roles before a verb that keep it a cue (not a noun's description): particles,
#: pronouns, adverbs.
NOT_A_THING = ("boundary", "left_boundary", "left_skip", "skip", "complementiser", "relative",
               "not_before", "pronoun", "name_end")
#: Acts whose verbs name their object before the preposition («اتهم الوزير الحركة بـ…»).
OBJECT_ACTS = frozenset({"ACCUSE"})
#: How many words back an adverb phrase may begin.
SKIP_REACH = 3
#: Word roles after which a noun opens a clause (so it may be a verb's subject).
CLAUSE_OPENERS = ("left_boundary", "complementiser", "relative", "skip")


def describes_thing(view: View, hit: CueHit) -> bool:
    """«نصا قديما يقول …»، «مع مشكلة تهدد مزارعهم»: a verb right after an indefinite noun
    inside a clause describes that noun (its subject); when the noun names no speaker,
    nobody is reported. After a definite word the bare word is a name («الوزير سامي يقول»);
    a noun with a pronoun suffix (من جانبه) is definite and takes no such description."""
    noun = hit.first - 1
    if hit.conjunction or hit.cue.number == "pl" or noun - 1 < view.sentence_start[hit.first]:
        return False  # a plural verb (ذكروا) describes people: «لكن محققين ذكروا»
    if not view.is_word(noun) or not view.is_word(noun - 1) or view.definite(noun) \
            or view.definite(noun - 1) or view.tokens[noun].suffix \
            or view.entity_at[noun] is not None or view.conjoined(noun) \
            or view.tokens[noun].kind == "number":
        return False
    lex = lexicon()
    forms = view.forms(noun)
    if any(lex.has_any(role, forms) for role in NOT_A_THING) or is_skip(view, noun) \
            or ends_skip(view, noun) \
            or any(lex.has_any(role, view.forms(noun - 1)) for role in CLAUSE_OPENERS):
        return False  # «من جانبه أشار»، «لكن مسؤولا قال»: the noun may open the clause
    return not looks_like_speaker(view, phrase(view, noun, noun), definite_will_do=False)


def passive(view: View, hit: CueHit) -> bool:
    """«اعتُقلت واتُّهمت بالقسوة»: a verb that needs whom it accuses with its preposition
    right after it has no agent — it is passive, and nobody is reported."""
    k = hit.after
    takes = hit.cue.takes
    return hit.cue.act in OBJECT_ACTS and len(takes) == 1 and k < view.sentence_end[hit.first] \
        and view.norms[k].startswith(takes) and len(view.norms[k]) > 2 \
        and not object_borne(hit.cue.form)  # «ووصفه بالمخيب»: the pronoun is its object


def title_follows(view: View, k: int) -> bool:
    """A comma and a title (مدير، وزير، رئيس …), bare or with the article («، المتحدث
    الرسمي باسم هيئة الموانئ، لـ"الصحيفة"، أن …»): a long apposition after the name."""
    if not (k + 1 < view.sentence_end[k - 1] and view.is_punct(k, COMMAS)):
        return False
    forms = view.forms(k + 1)
    heads = forms + tuple(f.removeprefix(DEFINITE_ARTICLE) for f in forms
                          if f.startswith(DEFINITE_ARTICLE) and len(f) > len(DEFINITE_ARTICLE) + 2)
    return any(h in lexicon().roles["speaker_head"] for h in heads)


def as_reported(view: View, hit: CueHit) -> bool:
    """«قتل عشرون شخصا، كما صرح المتحدث»: «كما» after what the sentence said (used only
    when the verb names its speaker; «كما يقول» alone points back to a pronoun)."""
    k = hit.first - 1
    return not hit.conjunction and k > view.sentence_start[hit.first] \
        and view.bare(k) in lexicon().roles["as_reported"]


def ends_skip(view: View, k: int) -> bool:
    """Whether token ``k`` closes an adverb phrase («ومن جانبه»، «من ناحيته»)."""
    lex = lexicon()
    for start in range(max(view.sentence_start[k], k - SKIP_REACH), k):
        norm = view.norms[start]
        firsts = {norm, norm[1:]} if norm[:1] in ("و", "ف") else {norm}
        for first in firsts:
            for words in lex.phrases_at("skip", first):
                if len(words) == k - start + 1 and all(
                        view.norms[start + n] == w for n, w in enumerate(words[1:], 1)):
                    return True
    return False


def people(view: View, ph: Phrase) -> bool:
    """A sound masculine plural (محققين، مسؤولون): with a plural verb, people who speak."""
    bare = view.bare(ph.first)
    return len(bare) > len(SOUND_PLURAL_ENDINGS[0]) + 2 and bare.endswith(SOUND_PLURAL_ENDINGS)
