"""Agreement between a cue and a phrase: which phrase may be a verb's subject, the
subject a verb shares with an earlier cue of its sentence («أدانت الخارجية الهجوم، وطالبت
مجلس الأمن بالتحرك»), and the subject between «كان» and «قد + cue»."""

from __future__ import annotations

from marsad.attribution.cues import CueHit
from marsad.attribution.lexicon import lexicon
from marsad.attribution.phrase import SOUND_PLURAL_ENDINGS, Phrase
from marsad.attribution.view import COMMAS, View

#: Acts whose verbs take the one addressed as an object before their preposition
#: («طالبت مجلس الأمن بالتحرك»، «اتهمت إسرائيل بارتكاب»، «حذرت المواطنين من»).
ADDRESSEE_ACTS = frozenset({"CALL", "ACCUSE", "WARN"})


def agrees(hit: CueHit, speaker: Phrase | None) -> bool:
    """Whether ``speaker`` agrees with the cue in gender and number."""
    if speaker is None:
        return False
    if hit.cue.number == "pl":
        return speaker.plural
    if hit.cue.number == "sg" and speaker.plural:
        return False
    if hit.cue.gender == "f":
        return speaker.feminine
    if hit.cue.gender == "m":
        return not speaker.feminine
    return True


def between_kana_and_qad(view: View, before: Phrase, hit: CueHit) -> bool:
    """«وكان وفد المعارضة قد أكد»: a phrase between «كان» and «قد + cue» is the subject."""
    lex = lexicon()
    if before.first == 0 or not lex.has_any("auxiliary", view.forms(before.first - 1)):
        return False
    return any(lex.has_any("left_skip", view.forms(k)) for k in range(before.last + 1, hit.first))


def shares_subject(view: View, hit: CueHit, after: Phrase, earlier: list[Phrase],
                   joins_call: bool = False) -> bool:
    """«أدانت الخارجية الهجوم، وطالبت مجلس الأمن بالتحرك»: a cue joined by «و» to an
    earlier statement of its sentence whose speaker agrees with it keeps that speaker when
    the phrase after it cannot be its subject (it does not agree with the verb) or, after
    «، و» or as a call joined to a call (``joins_call``: «دعا … إلى … وحث الحكومة على …»),
    is the one addressed (a call's, warning's or accusation's preposition follows)."""
    if hit.conjunction != "و" or hit.first == 0 or not any(agrees(hit, s) for s in earlier):
        return False
    if _cannot_follow(view, hit, after):
        return True
    # an agreeing phrase is the one addressed only after «، و» («وطالب آخرون بـ…» speaks)
    return hit.cue.act in ADDRESSEE_ACTS \
        and (joins_call or view.is_punct(hit.first - 1, COMMAS)) \
        and _preposition_follows(view, after.last + 1, hit)


def _cannot_follow(view: View, hit: CueHit, after: Phrase) -> bool:
    """Whether ``after`` cannot be the subject of a feminine verb before it: a masculine
    singular or a sound masculine plural («ناشدت المحلفين»); a verb before its subject is
    singular, and a broken plural takes a feminine one («أضافت المصادر»)."""
    if hit.cue.gender != "f" or hit.cue.number == "pl" or after.feminine:
        return False
    return not after.plural or view.bare(after.first).endswith(SOUND_PLURAL_ENDINGS)


def _preposition_follows(view: View, k: int, hit: CueHit) -> bool:
    """The cue's own preposition (ب، إلى، على) right after the phrase ending before ``k``."""
    takes = hit.cue.takes
    if not takes or k >= view.sentence_end[hit.first]:
        return False
    norm = view.norms[k]
    return norm == takes or (len(takes) == 1 and norm.startswith(takes) and len(norm) > 2)
