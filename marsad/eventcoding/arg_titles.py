"""An office named by its title alone is the subject of the verb before it (round 14):
«وأشاد وزير الداخلية بجهود رجال الأمن»، «وطالب المدعي العام بإيقاع أشد العقوبات». No name
follows the title, so the entities layer has no person there and the verb stood without a
doer. Only right after an active verb whose subject is not told before it (a verb sharing an
earlier subject takes the title as its object: «وصل الرئيس والتقى وزير الخارجية»). Titles are
data: ``event_args_titles.tsv``."""

from __future__ import annotations

from marsad.arabic.titles import office_titles
from marsad.eventcoding.view import Phrase, View
from marsad.model import Entity

__all__ = ["title_subject"]


def title_subject(view: View, verb: int, cursor: int, stop: int) -> Phrase | None:
    """The title at ``cursor`` and the definite word it heads («وزير الداخلية»), or a whole
    title («المدعي العام»), when no entity begins there; kept as text, or the person it names
    (after it, or the same title before in the article). Not after a verb marked passive
    («واستُقبل وزير الخارجية»: he was received)."""
    if cursor + 1 >= stop or cursor in view.entity_at \
            or view.lex.passive_mark in view.tokens[verb].text:
        return None
    first, second = view.tokens[cursor], view.tokens[cursor + 1]
    if first.kind != "word" or second.kind != "word":
        return None
    heads, whole = office_titles()
    pair = (first.norm, second.norm)
    if pair not in whole and not (first.norm in heads and _definite(view, cursor + 1)):
        return None
    named = _name_after(view, cursor + 2, stop) or _named_before(view, cursor)
    if named is not None:  # «مدير المكتب الإعلامي … الشيخ فلان»، «ولي العهد» told before
        return Phrase(cursor, cursor + 1, [named], named.text)
    return Phrase(cursor, cursor + 1, [], view.article.text[first.start:second.end])


def _name_after(view: View, at: int, stop: int) -> Entity | None:
    """The person a long title names a few words on («مدير المكتب الإعلامي لوزارة الخارجية
    الشيخ سيف…»): the first entity in its words, when it is a person."""
    for index in range(at, min(stop, at + NAME_GAP)):
        if view.tokens[index].kind != "word" or view.ends_argument(index):
            return None
        entity = view.entity_at.get(index)
        if entity is not None and entity.type == "PER":
            return entity
        if entity is not None and not view.clitic_prep(index):
            return None  # a body the title belongs to («لوزارة الخارجية») is passed
        if entity is None and view.tokens[index].norm.startswith(view.lex.clitic_preps):
            return None  # «أشاد وزير الداخلية بجهود الشيخ…»: what he praised
    return None


def _named_before(view: View, cursor: int) -> Entity | None:
    """The person the same title named earlier in the article, after or before it («ولي
    العهد الأمير محمد…»، «الأمير فلان أمير منطقة جازان» for «أمير المنطقة»): the latest."""
    title, domain = view.tokens[cursor].norm, _bare(view, view.tokens[cursor + 1].norm)
    for at in range(cursor - 2, -1, -1):
        if view.tokens[at].norm == title and _bare(view, view.tokens[at + 1].norm) == domain:
            found = _name_before(view, at) or _name_after(view, at + 2, view.sentence_of(at)[1])
            if found is not None:
                return found
    return None


def _name_before(view: View, at: int) -> Entity | None:
    """A person whose name the title follows («الأمير محمد بن ناصر أمير منطقة جازان»)."""
    entity = next((e for e in view.article.entities if e.type == "PER"
                   and view.entity_last.get(e.id) == at - 1), None)
    return entity


def _bare(view: View, word: str) -> str:
    article = view.lex.article
    return word[len(article):] if word.startswith(article) else word


#: The most words between a title's head and the name it gives.
NAME_GAP = 6


def _definite(view: View, at: int) -> bool:
    """A definite word that names the office's domain («الداخلية»، «المنطقة»)."""
    token = view.tokens[at]
    return token.norm.startswith(view.lex.article) and at not in view.entity_at \
        and not view.ends_argument(at)
