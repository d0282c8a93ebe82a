"""One statement, one scene: «قال المتحدث إن القوات قتلت أكثر من مئة مسلح خلال الاشتباكات،
وإن مقاتلات دمرت مواقع للمسلحين جنوب الشيخ زويد» — two acts of one type that one statement
tells in one sentence, the first with no place of its own, happened where the second did."""

from __future__ import annotations

from marsad.eventcoding.candidates import Candidate
from marsad.eventcoding.merge import material_types

__all__ = ["share_places"]


def share_places(candidates: list[Candidate]) -> None:
    """Give a placeless candidate of a material act the stated place of its statement's other
    act of its type in its sentence."""
    for candidate in candidates:
        if candidate.args.place is not None or candidate.by is None \
                or candidate.type not in material_types():
            continue
        for other in candidates:
            if other is not candidate and other.sentence == candidate.sentence \
                    and other.type == candidate.type and other.by == candidate.by \
                    and other.args.place is not None and other.args.place_stated:
                candidate.args.place = other.args.place
                break
