"""Named entities: a CRF tagger trained on open Arabic data, and its fusion with the KB.

``marsad.entities`` is the pipeline stage; this package holds its parts: ``clitics`` and
``features`` (what the tagger sees), ``tagger`` (the shipped model), ``fusion`` and
``rules`` (how KB, tagger and rules agree), ``corpus``/``score``/``evaluate`` (training
data and the CoNLL-style measure).
"""
