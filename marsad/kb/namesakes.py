"""Person names that do not name the person: a namesake institution («مركز الملك سلمان»,
«إستاد محمد بن زايد») and a father's name inside a longer name («الأمير سعود بن نايف بن
عبدالعزيز»: not Prince Nayef).

``Namesakes.kept(tokens, pending)`` drops such person mentions before they are ranked; the
entity layer then reads the whole name (its tagger finds «مركز الملك سلمان للإغاثة» as an
organisation). The words are data: ``kb_namesake_heads.txt`` (institution heads),
``kb_name_particles.tsv`` («بن», «ابن», «بنت»…).

Not done: a family name after another first name («سليمان الأسد» is not Bashar al-Assad).
The first-name list at hand (``ner_person_names.txt``) holds everyday words too («طالب»,
«خليفة», «فإن»), and the corpus showed more right links lost that way than wrong ones.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence

from marsad.arabic.normalise import fold
from marsad.kb.rank import Pending
from marsad.kb.scan import clitic_letters
from marsad.lexicons import load_words
from marsad.model import Token

__all__ = ["Namesakes", "namesakes"]

#: The patterns whose person mentions may be namesakes (not an office title + country).
_BY_NAME = frozenset({"name", "short"})


class Namesakes:
    def __init__(self) -> None:
        self._heads = frozenset(fold(w) for w in load_words("kb_namesake_heads.txt"))
        self._chains = frozenset(fold(w) for w in load_words("kb_name_particles.tsv")
                                 if w != "word")
        self._letters = clitic_letters()

    def kept(self, tokens: Sequence[Token], pending: list[Pending]) -> list[Pending]:
        """``pending`` less the person mentions that name someone else or something else."""
        dropped = [n for n, p in enumerate(pending)
                   if p.first and p.cands and p.cands[0].type == "PER" and p.via in _BY_NAME
                   and self._suspect(tokens, p)]
        if not dropped:
            return pending
        gone = set(dropped)
        return [p for n, p in enumerate(pending) if n not in gone]

    def _suspect(self, tokens: Sequence[Token], p: Pending) -> bool:
        """A person mention (by name, not at the first token) right after «بن» or an
        institution's head word."""
        before = tokens[p.first - 1]
        if before.sentence != tokens[p.first].sentence or before.kind != "word":
            return False
        if before.norm in self._chains:
            return True  # «سعود بن نايف بن عبدالعزيز»: a father's name
        # «مركز الملك سلمان», «بمستشفى …»: the word, its stem past the text layer's
        # proclitics, or the word less one proclitic letter («بطريق», which the text layer
        # keeps whole: a penguin)
        norm = before.norm
        return norm in self._heads or before.stem in self._heads or (
            norm[:1] in self._letters and norm[1:] in self._heads)


@functools.cache
def namesakes() -> Namesakes:
    return Namesakes()
