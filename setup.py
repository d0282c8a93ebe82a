"""The compiled parts of marsad: in the KB matcher, the scan's first filter
(``marsad/kb/_fastscan.c``), the scan loop (``_fastmatch.c``) and the choice of links
(``_fastresolve.c``); in the NER tagger, the CRF's inference (``marsad/ner/_fastcrf.c``) and
its features' hot loops, from a sentence's words to its name spans in one call
(``marsad/ner/_fastfeat.c``, through ``_crfapi.h``); in the tokeniser, the scan of
the text into tokens (regex matches only for what is not a plain Arabic word), the
conservative clitic split, a word's candidate stems and the event matcher's pre-test of a
word's possible stems (``marsad/arabic/_fasttok.c``); in the event matcher, its passes over an
article's tokens (``marsad/eventcoding/_fasthits.c``); in the statements stage, the view's
columns of an article's tokens (``marsad/attribution/_fastview.c``).

Everything else is declared in ``pyproject.toml``. The extensions are optional: where they
cannot be built (no C compiler), the install goes on and their Python twins
(``marsad.kb.scan.starts_py``, ``Matcher._walk``, ``rank.resolve``; python-crfsuite for the
tagger, ``parts_py`` and the Python loops for its features; ``tokenise_py`` for the tokeniser,
``split_uncached_py`` for the clitic split, ``_candidates_py`` for the stems, and the matcher
goes without its pre-test; ``matcher._scan_py`` and the events view's list comprehensions;
``attribution.view._columns_py``) give the same answers, slower.
"""

from setuptools import Extension, setup

_SLOTS = ["marsad/kb/_slots.h"]  # included by all three
_SLOTTED = [*_SLOTS, "marsad/kb/_slotted.h"]  # included by the last two
_RANK = [*_SLOTTED, "marsad/kb/_fastrank.h"]
_CRF_API = ["marsad/ner/_crfapi.h"]  # the CRF's entry points for the features' one-call path
_TOKEN_SLOTS = ["marsad/_token_slots.h"]  # Token's slots, read by the passes over the tokens

setup(ext_modules=[
    Extension("marsad.kb._fastscan", ["marsad/kb/_fastscan.c"], depends=_SLOTS, optional=True),
    Extension("marsad.kb._fastmatch", ["marsad/kb/_fastmatch.c"], depends=_SLOTTED,
              optional=True),
    Extension("marsad.kb._fastresolve", ["marsad/kb/_fastresolve.c"], depends=_RANK,
              optional=True),
    Extension("marsad.ner._fastcrf", ["marsad/ner/_fastcrf.c"], depends=_CRF_API, optional=True),
    Extension("marsad.ner._fastfeat", ["marsad/ner/_fastfeat.c"], depends=_CRF_API,
              optional=True),
    Extension("marsad.arabic._fasttok", ["marsad/arabic/_fasttok.c"], depends=_TOKEN_SLOTS,
              optional=True),
    Extension("marsad.eventcoding._fasthits", ["marsad/eventcoding/_fasthits.c"],
              depends=_TOKEN_SLOTS, optional=True),
    Extension("marsad.attribution._fastview", ["marsad/attribution/_fastview.c"],
              depends=_TOKEN_SLOTS, optional=True),
])
