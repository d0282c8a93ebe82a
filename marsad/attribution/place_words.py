"""A word spelled like a particle that the entities layer reads as a place is the place.

The Turkish city and province of Van is written «فان», which folds to the same letters as the
complementiser «فإن»; «وقال في لقائه بالإعلاميين في مدينة فان بعد يومين من مقتل حارسين
… أن على الحزب أن يلقي سلاحه» opens no content at «فان»: the content is what the
later «أن» opens, and the killing told before it is the reporter's narration. Any place name the entities layer tags over a token of the complementiser
list (a town called «إن» or «أن» alike) is read as the place, not as the particle.
"""

from __future__ import annotations

from marsad.attribution.lexicon import lexicon
from marsad.attribution.phrase import PLACE_TYPES
from marsad.attribution.view import View

__all__ = ["complementiser_at", "place_name"]


def place_name(view: View, k: int) -> bool:
    """Whether token ``k`` lies inside a place entity."""
    if k >= len(view.entity_at):
        return False
    entity = view.entity_at[k]
    return entity is not None and entity.type in PLACE_TYPES


def complementiser_at(view: View, k: int) -> bool:
    """Token ``k`` is a complementiser («أن، إن، فإن، بأن …») and not a place's name."""
    return view.norms[k] in lexicon().roles["complementiser"] and not place_name(view, k)
