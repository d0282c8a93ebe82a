"""A speaker named only by a title (round 15): «وأشاد أمير المنطقة بجهود…» after «الأمير
فلان أمير منطقة جازان», «وطالب المدعي العام…». The title (at most four words) right after
the cue speaks; a person named in apposition right after it, or the person the same title
named earlier in the article (the name just before it, or a few words after it), is the
speaker's entity; else the title stays as text. The
titles are the events layer's data (``event_args_titles.tsv``): an office word followed by
a definite word («وزير الداخلية»), or a whole two-word title («المدعي العام»)."""

from __future__ import annotations

from marsad.arabic.titles import office_titles
from marsad.attribution.honorifics import skip_honorific
from marsad.attribution.lexicon import lexicon
from marsad.attribution.phrase import DEFINITE_ARTICLE, Phrase
from marsad.attribution.view import View
from marsad.model import Entity

__all__ = ["titled_person"]

#: The most words between a title and the name it gives («وزير الخارجية السعودي عادل…»).
NAME_GAP = 6
#: The most words of a title alone («نائب محافظ المؤسسة للتدريب»).
TITLE_WORDS = 4
#: The most words between a title alone and a name in apposition after it.
APPOSED_GAP = 3
#: The most words of a name left after the tagged part («بن عبد العزيز»).
NAME_TAIL = 3
#: Marks that close a name in apposition.
APPOSITION_ENDS = frozenset({"،", ",", ":", "."})


def _bare(word: str) -> str:
    return word.removeprefix(DEFINITE_ARTICLE)


def _words_at(view: View, k: int, size: int) -> tuple[str, ...]:
    """The folded words from token ``k`` on, without their article («منطقة جازان» and
    «المنطقة» both give «منطقة»)."""
    return tuple(_bare(view.norms[j]) for j in range(k, min(k + size, len(view.tokens))))


def titled_person(view: View, ph: Phrase, cue_last: int) -> Entity | None:
    """The person a speaker phrase of a title alone names: it opens right after the cue
    and holds no person; the person is named right after it, in apposition («أكد نائب خادم
    الحرمين الشريفين الأمير فلان، أن…»), or by the same title earlier in the article."""
    first, last = ph.first, ph.last
    if first not in (cue_last + 1, skip_honorific(view, cue_last + 1, len(view.tokens))) \
            or first == last or last - first >= TITLE_WORDS or ph.plural \
            or any(_person(view.entity_at[k]) for k in range(first, last + 1)):
        return None
    heads, whole = office_titles()
    pair = (view.norms[first], view.norms[first + 1])
    if pair not in whole and not (pair[0] in heads and view.definite(last)):
        return None
    named = _apposed(view, last + 1)
    if named is not None:
        return named
    size = last - first + 1  # «وزير الخارجية الإيطالي» is not «وزير الخارجية السعودي»
    wanted = _words_at(view, first, size)
    head, norms = view.norms[first], view.norms
    earlier = [at for at, word in enumerate(norms[:max(first - size + 1, 0)]) if word == head]
    for at in reversed(earlier):
        if _words_at(view, at, size) == wanted:
            found = _name_before(view, at) or _name_after(view, at + size)
            if found is not None:
                return found
    return None


def _person(entity: Entity | None) -> bool:
    return entity is not None and entity.type == "PER"


def _apposed(view: View, at: int) -> Entity | None:
    """A person named a few words after the title, closed by a comma, «أن/إن», a colon or
    the sentence's end («…الشريفين الأمير فلان، أن»); one that goes on to a preposition
    («ودعا وزير الخارجية الرئيس فلان إلى…») is the cue's object."""
    end = view.sentence_end[at - 1]
    for k in range(at, min(end, at + APPOSED_GAP)):
        entity = view.entity_at[k]
        if _person(entity):
            after = k
            while after + 1 < end and view.entity_at[after + 1] is entity:
                after += 1
            return entity if _closed(view, after + 1, end) else None
        if not view.is_word(k) or entity is not None or view.conjoined(k) \
                or not view.definite(k):
            return None
    return None


def _closed(view: View, k: int, end: int) -> bool:
    """Whether a name ends at ``k`` or after a short tail the tagger cut off («… بن عبد
    العزيز،»): a comma, «أن/إن», a colon or the sentence's end, with no particle between."""
    lex = lexicon()
    for j in range(k, min(end, k + NAME_TAIL + 1)):
        if view.tokens[j].text in APPOSITION_ENDS or view.norms[j] in lex.roles["complementiser"]:
            return True
        if not view.is_word(j) or view.conjoined(j) or view.entity_at[j] is not None \
                or lex.has_any("boundary", view.forms(j)):
            return False
    return end <= k + NAME_TAIL + 1


def _name_before(view: View, at: int) -> Entity | None:
    """«الأمير محمد بن ناصر أمير منطقة جازان»: a person whose name the title follows."""
    entity = view.entity_at[at - 1] if at > 0 else None
    return entity if _person(entity) else None


def _name_after(view: View, at: int) -> Entity | None:
    """«ولي العهد الأمير محمد…»، «وزير الخارجية السعودي عادل الجبير»: the first entity a
    few words on, when it is a person, inside the title's sentence."""
    stop = min(view.sentence_end[at - 1], at + NAME_GAP)
    for k in range(at, stop):
        if not view.is_word(k):
            return None
        entity = view.entity_at[k]
        if entity is not None and entity.start < view.tokens[at].start:
            continue  # a tagged span holding the title itself («وزير الخارجية السعودي»)
        if entity is not None:
            return entity if entity.type == "PER" else None
    return None
