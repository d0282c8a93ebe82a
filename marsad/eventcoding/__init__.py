"""The event coder behind the ``events`` stage (``marsad/events.py``): one module per step.

* ``lexicon``    — the data files, compiled once (triggers by surface form, cues, heads);
* ``matcher``    — triggers found over the tokens;
* ``view``       — the article as the argument finder sees it (entities by token, phrases);
* ``arguments``  — actors, targets and place of one trigger;
* ``factuality`` — cues and statements that say how sure the report is;
* ``candidates`` — one candidate per trigger and per statement that is an act;
* ``merge``      — one event per happening, and the evidence each needs;
* ``constructions`` — the constructions that tell two happenings apart or name who acted
  (adjuncts, gatherings, «أن يكون … قد», claims, «كل من»), with ``gatherings``,
  ``lead_subjects`` and ``argument_owners``.
"""
