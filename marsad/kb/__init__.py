"""The knowledge base: places, countries, demonyms and actors, built offline into one
SQLite artefact (``marsad/kb/data/kb.sqlite``) and matched over normalised tokens.

``marsad kb build`` compiles the artefact (``marsad.kb.build``); ``marsad.kb.store`` loads it;
``marsad.kb.match`` finds and links mentions; ``marsad.kb.stage`` is the pipeline stage "kb".
"""
