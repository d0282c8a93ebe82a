"""Round 21 guards, one call for ``events.py``: a candidate that tells no happening of the
report — an attack only plotted (``prec_plans``), a trigger inside a name (``prec_names``), a
habit (``prec_habits``) or an attack mourned in a condolence (``prec_condolences``)."""

from __future__ import annotations

from marsad.eventcoding.candidates import Candidate
from marsad.eventcoding.prec_condolences import mourned
from marsad.eventcoding.prec_habits import habitual
from marsad.eventcoding.prec_names import named_by_head
from marsad.eventcoding.prec_plans import prepared
from marsad.eventcoding.view import View

__all__ = ["no_happening_of_report"]


def no_happening_of_report(view: View, candidate: Candidate) -> bool:
    """Any of the round-21 guards holds."""
    return prepared(view, candidate) or named_by_head(view, candidate) \
        or habitual(view, candidate) or mourned(view, candidate)
