"""The blind events sets of the second and third sessions (``tests/gold/events/blind2``–``blind8``): 192
short reports written by engineers who never opened the events code, lexicons, docs or tests,
each set labelled before the stage was run on it (their README files say how).

Each set was scored as a figure only after each round of work, then spent in turn as a
development set: blind2 by round 2, blind3 by round 3, blind4 by round 4 (their floors are in
``tests/test_events_unseen.py``), and blind5 by round 5 (round 8 in docs/events.md), whose
misses were then read and worked on. Its floors below sit a little under the figures measured
after that round through the real chain (``scripts/eval_events.py --pipeline --gold
tests/gold/events/blind5``: type P 0.908 R 0.577, actor P 0.767 R 0.739, place P 0.508 R 0.443,
factuality 0.875; before it, unseen: type P 0.904 R 0.550, factuality 0.861), so a regression
shows and a rise is made on purpose. After the constructions round: type P 0.914 R 0.622,
actor P 0.763 R 0.741, place P 0.507 R 0.436, factuality 0.884 (type recall and factuality
floors raised).

``blind6`` (24 articles, 159 events) was written during round 5 and scored only after it,
never with its errors in view: type P 0.890 R 0.560, actor P 0.759 R 0.797, target P 0.846
R 0.579, place P 0.551 R 0.692, factuality 0.888. Spent in round 9 (see below).

Third session: ``blind7`` and ``blind8`` (24 articles each, 170 and 176 events) were written
blind at its start and scored only as figures. blind7 was spent by recall round 2 (its floors
are in ``tests/test_events_unseen.py``); blind6 and blind8 by round 9. After the session's
rounds (lexicon ×2, constructions, arguments 2, precision, recall 2, statements 3, small
fixes): blind6 type P 0.884 R 0.623, actor P 0.731 R 0.791, target P 0.885 R 0.575, place
P 0.585 R 0.705, factuality 0.899; blind8 (session start: type P 0.886 R 0.574) type P 0.871
R 0.614, actor P 0.606 R 0.685, target P 0.733 R 0.468, place P 0.514 R 0.452, factuality
0.907.

Round 9 (material acts) spent blind6 and blind8: their errors were read and worked on, so they
are development sets now, like the others. After it: blind5 type P 0.937 R 0.734, factuality
0.877; blind6 type P 0.910 R 0.698, actor P 0.863 R 0.772, place P 0.565 R 0.700, factuality
0.910; blind8 type P 0.913 R 0.716, actor P 0.791 R 0.689, place P 0.558 R 0.453, factuality
0.913 (the events newly matched are the ones whose arguments are hardest to find).

Round 9 (docs/events.md) SPENT blind6 and blind8: their errors were read and worked on, so
they are development sets now, like the others. After round 9 (verbal and diplomatic acts):
blind6 type P 0.909 R 0.692, actor P 0.750 R 0.804, target P 0.900 R 0.562, place P 0.607
R 0.723, factuality 0.900; blind8 type P 0.901 R 0.670, actor P 0.621 R 0.713, target
P 0.719 R 0.451, place P 0.541 R 0.444, factuality 0.915; blind5 type P 0.939 R 0.757.

Round 10 (docs/events.md, "Round 10: arguments that let events stand") SPENT blind9 and
blind10, the fourth session's blind sets: their errors were read, so they are development sets
now too (figures in their floors' comments).

Round 11 (docs/events.md, "Round 11: recall from blind11 and blind12") SPENT blind11 and
blind12, written blind while round 10 ran: their errors were read and worked on, so they are
development sets now as well (figures in their floors' comments).

Round 12 (docs/events.md, "Round 12: precision") SPENT blind13: its spurious and wrong-type
events, with those of blind9–blind12, were read and worked on (figures in the floors'
comments).

Sixth session: rounds 16–18 SPENT blind20, blind21 (round 16) and blind22 (round 17); blind23–
blind26 were written blind during it and stay unseen — scored as figures only, their floors
a little under the session's end (figures in the floors' comments).

Seventh session: blind27 (North African and Egyptian press) and blind28 (the pan-Arab TV
channels' news sites) were written blind at its start; round 21 worked on the spent sets only,
so blind23–blind28 are all still unseen, scored as figures only.

Sixteenth session: blind33–blind35 (42 reports of the length of real news, 360 events, labelled
under ``tests/gold/realnews/BRIEF.md``) were written blind at its start and stay unseen, scored
as figures only (their floors' comments)."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from gold.events.oracle import scored

ROOT = Path(__file__).resolve().parent.parent
EVENTS = ROOT / "tests" / "gold" / "events"
SETS = ("blind2", "blind3", "blind4", "blind5", "blind6", "blind7", "blind8", "blind9",
        "blind10", "blind11", "blind12", "blind13", "blind14", "blind15", "blind16",
        "blind17", "blind18", "blind19", "blind20", "blind21", "blind22", "blind23",
        "blind24", "blind25", "blind26", "blind27", "blind28", "blind29", "blind30",
        "blind31", "blind32", "blind33", "blind34", "blind35")
ARTICLES = {"blind2": 30, "blind3": 30, "blind4": 30, "blind5": 30, "blind6": 24, "blind7": 24,
            "blind8": 24, "blind9": 24, "blind10": 24, "blind11": 24, "blind12": 24,
            "blind13": 20, "blind14": 20, "blind15": 20,
            "blind16": 20, "blind17": 20, "blind18": 20, "blind19": 20,
            "blind20": 20, "blind21": 20, "blind22": 20, "blind23": 20, "blind24": 20,
            "blind25": 20, "blind26": 20, "blind27": 20, "blind28": 20,
            "blind29": 16, "blind30": 16, "blind31": 14, "blind32": 14,
            "blind33": 14, "blind34": 14, "blind35": 14}
TYPES = {"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
         "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"}
FACTUALITY = {"asserted", "reported", "denied", "future", "hypothetical"}

#: (set, measure) -> floor; filled from the measured figures (see the module's docstring).
FLOORS: dict[str, dict[tuple[str, str], float]] = {
    # 2026-11-30: the 22 older sets were relabelled to the once-per-happening convention of
    # blind29-32 (re-tellings, advisories to the public and bare «لن نقبل» stances unlabelled;
    # each set's README lists the changes). Re-tellings the coder still codes are now spurious, so
    # six type-precision floors follow the new labels (measured with the code of d07eb81):
    # blind8 0.890, blind9 0.875, blind11 0.883, blind12 0.892, blind14 0.857, blind18 0.810.
    # spent: floors in test_events_unseen.py
    "blind2": {}, "blind3": {}, "blind4": {}, "blind7": {},
    # merged round 9 (material + verbal acts, 2026-11-29), scored through the real chain:
    # blind5 type P 0.950 R 0.766, actor 0.813 / 0.730, place 0.521 / 0.495, factuality 0.876
    # (place since quoted-source datelines are read: the filing city fills more events)
    "blind5": {("type", "precision"): 0.93, ("type", "recall"): 0.75,
               ("actor", "precision"): 0.79, ("actor", "recall"): 0.71,
               # round 21 (places, second pass): a stale dateline gives no place, place
               # 0.565/0.471 -> 0.597/0.451 (F1 the same; pooled place F1 up): floor 0.47 -> 0.44
               ("place", "precision"): 0.50, ("place", "recall"): 0.44,
               ("factuality", "accuracy"): 0.86},
    # blind6 type P 0.931 R 0.761, actor 0.761 / 0.811, target 0.903 / 0.549 (the verbal
    # round's talks now carry a deal's parties), place 0.585 / 0.717, factuality 0.909
    # round 10: type P 0.932 R 0.774, actor 0.757 / 0.813, factuality 0.911
    # round 12 (precision): type P 0.946 R 0.774
    "blind6": {("type", "precision"): 0.93, ("type", "recall"): 0.75,
               ("actor", "precision"): 0.74, ("actor", "recall"): 0.79,
               ("target", "precision"): 0.88, ("target", "recall"): 0.53,
               ("place", "precision"): 0.56, ("place", "recall"): 0.70,
               ("factuality", "accuracy"): 0.89},
    # blind8 type P 0.938 R 0.773, actor 0.622 / 0.699, target 0.758 / 0.446, place 0.581 /
    # 0.446, factuality 0.919
    # round 10: type P 0.939 R 0.784, actor 0.628 / 0.704, factuality 0.913 (one of the two
    # events newly matched is told as reported where the gold says future)
    "blind8": {("type", "precision"): 0.88, ("type", "recall"): 0.76,
               ("actor", "precision"): 0.60, ("actor", "recall"): 0.68,
               ("target", "precision"): 0.74, ("target", "recall"): 0.43,
               ("place", "precision"): 0.56, ("place", "recall"): 0.43,
               ("factuality", "accuracy"): 0.90},
    # Written blind while round 9 ran and scored unseen after it merged (blind9 type P 0.911
    # R 0.613, factuality 0.910; blind10 P 0.906 R 0.659, factuality 0.914; session start:
    # 0.872 / 0.594 and 0.897 / 0.642); SPENT in round 10 (arguments; the lexicon's breadth),
    # their errors read. After round 10 merged: blind9 P 0.917 R 0.664, factuality 0.917;
    # blind10 P 0.904 R 0.699, factuality 0.919. Round 12 (precision, spurious events read):
    # blind9 P 0.947 R 0.664, blind10 P 0.946 R 0.699.
    "blind9": {("type", "precision"): 0.86, ("type", "recall"): 0.66,
               ("factuality", "accuracy"): 0.90},
    "blind10": {("type", "precision"): 0.93, ("type", "recall"): 0.71,
                ("factuality", "accuracy"): 0.90},
    # Written blind while round 10 ran and scored unseen after it (blind11 P 0.885 R 0.777,
    # factuality 0.972; blind12 P 0.913 R 0.556, factuality 0.819); SPENT in round 11 (recall),
    # their errors read; read again in round 12 (spurious events). End of the fifth session
    # (rounds 12-14 merged): blind11 P 0.975 R 0.835, factuality 0.974; blind12 P 0.951
    # R 0.580, factuality 0.847.
    "blind11": {("type", "precision"): 0.87, ("type", "recall"): 0.82,
                ("factuality", "accuracy"): 0.95},
    "blind12": {("type", "precision"): 0.88, ("type", "recall"): 0.56,
                ("factuality", "accuracy"): 0.82},
    # Written blind while round 11 ran, scored unseen after it: blind13 type P 0.854 R 0.647,
    # factuality 0.932. SPENT in round 12. End of the session: P 0.935 R 0.735, factuality 0.940.
    "blind13": {("type", "precision"): 0.92, ("type", "recall"): 0.71,
                ("factuality", "accuracy"): 0.92},
    # Written blind while round 12 ran; unseen at the session's start (73b772b) blind14 P 0.827
    # R 0.667, factuality 0.965; blind15 P 0.849 R 0.627, factuality 0.835; after round 12
    # (still unseen) blind14 P 0.853 R 0.674, blind15 P 0.870 R 0.635. SPENT in round 13. End of
    # the session: blind14 P 0.875 R 0.705, factuality 0.956; blind15 P 0.884 R 0.667,
    # factuality 0.893.
    "blind14": {("type", "precision"): 0.84, ("type", "recall"): 0.69,
                ("factuality", "accuracy"): 0.94},
    "blind15": {("type", "precision"): 0.87, ("type", "recall"): 0.65,
                ("factuality", "accuracy"): 0.87},
    # Written blind while round 13 ran; unseen at the session's start blind16 P 0.848 R 0.651,
    # blind17 P 0.826 R 0.699, blind18 P 0.911 R 0.506 (Saudi local pages, half non-event
    # items), blind19 P 0.844 R 0.643 (Arab local pages); after round 13 (still unseen) blind16
    # P 0.850 R 0.659, blind17 P 0.842 R 0.706, blind18 P 0.911 R 0.506, blind19 P 0.857
    # R 0.643. SPENT in round 14. End of the session: blind16 P 0.853 R 0.674, factuality
    # 0.816; blind17 P 0.842 R 0.706, factuality 0.871; blind18 P 0.933 R 0.519, factuality
    # 0.929; blind19 P 0.875 R 0.667, factuality 0.911.
    "blind16": {("type", "precision"): 0.83, ("type", "recall"): 0.66,
                ("factuality", "accuracy"): 0.80},
    "blind17": {("type", "precision"): 0.82, ("type", "recall"): 0.69,
                ("factuality", "accuracy"): 0.85},
    "blind18": {("type", "precision"): 0.80, ("type", "recall"): 0.50,
                ("factuality", "accuracy"): 0.91},
    "blind19": {("type", "precision"): 0.85, ("type", "recall"): 0.65,
                ("factuality", "accuracy"): 0.89},
    # UNSEEN (written blind while round 14 ran, scored only as figures, never read for
    # errors): at the session's start blind20 P 0.917 R 0.541, factuality 0.924 (Maghreb
    # press); blind21 P 0.813 R 0.718, factuality 0.869 (TV channels' sites, half other
    # items). Before round 14: blind20 the same, blind21 P 0.808 R 0.741; after it: blind20
    # the same, blind21 P 0.818 R 0.741, factuality 0.889. After round 15 (an ultimatum is a
    # threat; a title-only speaker linked): blind20 P 0.918 R 0.549, blind21 the same.
    # SPENT in round 16 (sixth session, blind20 and blind21 errors read; blind22 in round 17).
    # End of the sixth session: blind20 P 0.929 R 0.648, factuality 0.949; blind21 P 0.865
    # R 0.753, factuality 0.906.
    "blind20": {("type", "precision"): 0.91, ("type", "recall"): 0.63,
                ("factuality", "accuracy"): 0.93},
    "blind21": {("type", "precision"): 0.84, ("type", "recall"): 0.73,
                ("factuality", "accuracy"): 0.88},
    # Sixth session: blind22 (Sudan, Yemen, Somalia press), blind23 (Lebanese and Palestinian
    # press 2000–2009) and blind24 (the Arab Spring in the daily press) written blind at its
    # start; blind25 (Iraqi and Kurdish-region press) and blind26 (Gulf agencies) while round
    # 17 ran. Unseen at the session's start (db127a3): blind22 P 0.845 R 0.689, blind23 P 0.808
    # R 0.556, blind24 P 0.888 R 0.659, blind25 P 0.920 R 0.686, blind26 P 0.855 R 0.535.
    # blind22 SPENT in round 17 (end: P 0.856 R 0.697, factuality 0.976). At the session's end,
    # still unseen: blind23 P 0.810 R 0.563 (factuality 0.976), blind24 P 0.888 R 0.659
    # (0.954), blind25 P 0.921 R 0.695 (0.939), blind26 P 0.857 R 0.545 (0.870).
    "blind22": {("type", "precision"): 0.83, ("type", "recall"): 0.67,
                ("factuality", "accuracy"): 0.95},
    "blind23": {("type", "precision"): 0.79, ("type", "recall"): 0.54,
                ("factuality", "accuracy"): 0.95},
    "blind24": {("type", "precision"): 0.87, ("type", "recall"): 0.64,
                ("factuality", "accuracy"): 0.93},
    # Ninth session (round 23, recall rows written for the spent sets): blind25 went from P
    # 0.903 R 0.712 to P 0.878 R 0.729 — 5 more events coded there, 2 of them right, while the
    # eight unseen sets together went from P 0.859 (634/738) R 0.611 to P 0.853 (651/763)
    # R 0.628 at the round's end. The floor follows the measured figure, not the other way round.
    "blind25": {("type", "precision"): 0.86, ("type", "recall"): 0.70,
                ("factuality", "accuracy"): 0.91},
    "blind26": {("type", "precision"): 0.83, ("type", "recall"): 0.52,
                ("factuality", "accuracy"): 0.85},
    # Seventh session (round 21, spent sets only). Unseen at its start (abd091a): blind27 P
    # 0.934 R 0.538 (factuality 0.915), blind28 P 0.926 R 0.600 (0.931); blind23 P 0.810 R
    # 0.563, blind24 P 0.888 R 0.659, blind25 P 0.921 R 0.695, blind26 P 0.857 R 0.545. At its
    # end, all still unseen: blind27 P 0.923 R 0.545 (0.931), blind28 P 0.917 R 0.607 (0.932),
    # blind23 P 0.817 R 0.563 (0.976), blind24 P 0.888 R 0.659 (0.977), blind25 P 0.923 R 0.712
    # (0.929), blind26 P 0.871 R 0.545 (0.889).
    "blind27": {("type", "precision"): 0.90, ("type", "recall"): 0.52,
                ("factuality", "accuracy"): 0.90},
    "blind28": {("type", "precision"): 0.89, ("type", "recall"): 0.58,
                ("factuality", "accuracy"): 0.91},
    # Eighth session (round 22): four sets of longer reports (200–260 words), each happening
    # labelled once, where it is first told (re-tellings and generic background left out and
    # listed in their README files). blind29 (wars in Yemen, Sudan, Syria, Iraq) and blind30
    # (Gulf and Levant news sites) stay unseen, scored as figures only: at the session's start
    # (3bbbdb2) blind29 P 0.757 R 0.623 (factuality 0.914), blind30 P 0.806 R 0.608 (0.911).
    # blind31 and blind32 were written for the round's precision work and SPENT by it: start
    # P 0.837 R 0.675 and P 0.705 R 0.609.
    "blind29": {("type", "precision"): 0.73, ("type", "recall"): 0.60,
                ("factuality", "accuracy"): 0.89},
    "blind30": {("type", "precision"): 0.79, ("type", "recall"): 0.59,
                ("factuality", "accuracy"): 0.89},
    "blind31": {("type", "precision"): 0.87, ("type", "recall"): 0.68,
                ("factuality", "accuracy"): 0.90},
    "blind32": {("type", "precision"): 0.77, ("type", "recall"): 0.60,
                ("factuality", "accuracy"): 0.93},
    # Sixteenth session (round 30): blind33 (Sudan, Yemen, Iraq, Syria), blind34 (North Africa
    # and the Gulf) and blind35 (Palestine, Lebanon, Jordan, the Horn of Africa, world news),
    # 14 reports of 150–260 words each, written blind at the session's start in the real-news
    # brief's conventions and scored as figures only. Start (352c258) → end of the round:
    # blind33 P 0.829 R 0.725 → 0.829 / 0.725 (factuality 0.954); blind34 P 0.853 R 0.675 →
    # 0.844 / 0.675 (0.951); blind35 P 0.839 R 0.783 → 0.838 / 0.775 (0.914).
    "blind33": {("type", "precision"): 0.80, ("type", "recall"): 0.70,
                ("factuality", "accuracy"): 0.93},
    "blind34": {("type", "precision"): 0.82, ("type", "recall"): 0.65,
                ("factuality", "accuracy"): 0.93},
    "blind35": {("type", "precision"): 0.81, ("type", "recall"): 0.75,
                ("factuality", "accuracy"): 0.89},
}


def _files(name: str) -> list[Path]:
    return sorted((EVENTS / name).glob("*.yaml"))


@pytest.mark.parametrize("name", SETS)
def test_each_blind_set_has_its_articles_and_a_readme(name: str) -> None:
    assert len(_files(name)) == ARTICLES[name]
    assert (EVENTS / name / "README.md").is_file()


@pytest.mark.parametrize("path", [p for name in SETS for p in _files(name)],
                         ids=lambda p: f"{p.parent.name}/{p.stem}")
def test_each_blind_label_is_a_string_of_its_article(path: Path) -> None:
    gold = yaml.safe_load(path.read_text(encoding="utf-8"))
    text = gold["text"]
    for event in gold["events"]:
        assert event["type"] in TYPES, event
        for key in ("actor_text", "target_text"):  # the scorer reads lists, not strings
            assert isinstance(event.get(key, []), list), (key, event)
        assert event.get("factuality", "asserted") in FACTUALITY, event
        assert event["trigger"] in text, event["trigger"]
        if event.get("nth"):
            assert text.count(event["trigger"]) >= int(event["nth"]), event["trigger"]
        for name in (event.get("actors") or []) + (event.get("targets") or []):
            assert name in text, name
        assert event.get("place") is None or event["place"] in text, event["place"]


@pytest.fixture(scope="module")
def scores() -> dict[str, dict[tuple[str, str], float]]:
    out: dict[str, dict[tuple[str, str], float]] = {}
    for name in SETS:
        if not FLOORS[name]:
            continue
        result = scored(name)
        flat = {("type", k): v for k, v in result["type"].items()}
        for role, row in result["arguments"].items():
            flat.update({(role, k): v for k, v in row.items() if k in ("precision", "recall")})
        flat[("factuality", "accuracy")] = result["factuality_accuracy"]
        out[name] = flat
    return out


@pytest.mark.parametrize("name,measure",
                         [(name, m) for name in SETS for m in sorted(FLOORS[name])],
                         ids=lambda x: x if isinstance(x, str) else "_".join(x))
def test_blind_events_stay_above_their_floor(scores: dict[str, dict[tuple[str, str], float]],
                                             name: str, measure: tuple[str, str]) -> None:
    got, floor = scores[name][measure], FLOORS[name][measure]
    assert got >= floor, f"{name} {measure} {got:.3f} < {floor}"
