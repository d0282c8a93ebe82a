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
  ``lead_subjects`` and ``argument_owners``;
* verbal and diplomatic acts (round 9): ``narrated`` (a speaker's next act inside a wish, the
  cue without its «و»), ``force_threats``, ``participles`` (a verbal act after a pause),
  ``verbal_args`` (arguments the finder leaves empty) and ``word_guards`` (look-alikes); their
  words are in ``event_verbal.yaml``.
"""
