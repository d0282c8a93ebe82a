"""A death toll told with the act that caused it names that act's happening: the act leads.

«قتل 15 وأصيب 33 في تفجير سيارة مفخخة»، «والذي توفي إثر التفجير الآثم في
السوق يوم الأحد الماضي»، «لقوا مصرعهم من جراء سقوط قذائف»: the merge (``merge.py``) takes
the toll and the act named as its cause for one happening. The happening is the bombing,
the battle, the shelling; the toll only counts what it did. So when the toll names no doer
and the act is a noun after it told as its cause («في، إثر، جراء، بعد …»، «بـ»: ``causes``),
the merged event takes the act's word as its trigger (its type, mode and arguments stay the
merge's), and what is judged by the trigger's place judges the act: the time nearest it
(«يوم الخميس الماضي» of the bombing, not the funeral's day), the condolence guard that keeps
the first dated telling of an attack (``mourned_first``). A killing told with its doer
(«قتل الجيش عشرين مسلحا في المعارك») is a deed of its own and keeps its word.

The toll's own word is kept (``Candidate.toll_word``), and the guards that judge a toll or
its mode judge it there (``at_toll``): a toll told again («وقتل جندي في هذا الهجوم» after the
attack: ``retold_attacks``), the dead counted again (``tallies``), a death folded into a
strike coded apart (``prec_long``), the evidence rescued for a reported toll and the
mentions that tell no new happening (``prec_mentions.no_new_happening`` in ``events.py``;
«في مقتل» is an idiom of the toll's word, not of «في الغارة»). One act leads; a second one in
the sentence is taken in. A killing told by a verb with its own doer after a led toll is a
killing of its own («قتل أربعة حراس في الهجوم، وإن القوات الخاصة قتلت المهاجمين»:
``second_killing``). Data: ``toll_led_kinds`` and ``toll_cause_proclitic`` of
``event_grammar.yaml``; whether the «ب» is a proclitic is read from the matcher's clitic
analysis of the word (``matcher.proclitics``)."""

from __future__ import annotations

import dataclasses
import functools

from marsad.arabic.normalise import fold
from marsad.eventcoding.candidates import Candidate
from marsad.eventcoding.matcher import proclitics
from marsad.eventcoding.tolls import caused_acts
from marsad.eventcoding.view import View
from marsad.lexicons import load_yaml

__all__ = ["at_toll", "causes", "lead", "leads", "second_killing"]


@functools.cache
def _grammar() -> tuple[frozenset[str], frozenset[str]]:
    data = load_yaml("event_grammar.yaml")
    return frozenset(data["death_tolls"]), frozenset(data["toll_led_kinds"])


@functools.cache
def _proclitic() -> str:
    return fold(str(load_yaml("event_grammar.yaml")["toll_cause_proclitic"]))


def causes(view: View, candidates: list[Candidate]) -> frozenset[int]:
    """The ids of the acts told as a toll's cause: ``tolls.caused_acts``, and a noun act
    whose own word carries «بـ» («قتل ثلاثة بقصف نفذته طائرة»، «بانفجار عبوة»: the reader
    leaves the clitic on the word), not a word that starts with «ب» itself («براميل»)."""
    found = set(caused_acts(view, candidates))
    proclitic = _proclitic()
    _, kinds = _grammar()
    for candidate in candidates:
        if candidate.kind not in kinds:
            continue
        words = view.article.text[candidate.trigger[0]:candidate.trigger[1]].split()
        if words and any(p.startswith(proclitic) for p in proclitics(words[0])):
            found.add(id(candidate))
    return frozenset(found)


def leads(toll: Candidate, act: Candidate, caused: frozenset[int]) -> bool:
    """Whether ``act``, about to be taken in by ``toll`` (kept by the merge), leads it: the
    toll is a death told without its doer («قتل خمسة»، «استشهد»; not «قتل الجيش عشرين
    مسلحا في المعارك», a deed of its own) and the act is of its type, named by a noun after
    it and told as its cause (in ``caused``: «في، إثر، جراء، بعد …» or «بـ» before it;
    «وتفكيك 15 عبوة ناسفة» after a toll is no cause of it)."""
    deaths, kinds = _grammar()
    return id(act) in caused and toll.type == act.type and toll.mode in deaths \
        and act.mode not in deaths and act.kind in kinds and act.trigger[0] > toll.trigger[0] \
        and not (toll.statement or act.statement or toll.args.has_actor) \
        and toll.toll_word is None  # the first act named as the cause leads


def lead(toll: Candidate, act: Candidate) -> None:
    """The merged event takes the act's word; the toll's is kept."""
    toll.toll_word = toll.trigger
    toll.trigger = act.trigger


def second_killing(led: Candidate, candidate: Candidate) -> bool:
    """A death told by a verb with its own doer after a toll its act leads is a killing of
    its own: the toll's doer is the act's, so it is not taken in."""
    deaths, _ = _grammar()
    return led.toll_word is not None and candidate.mode in deaths \
        and candidate.kind == "verb" and candidate.args.has_actor


def at_toll(candidate: Candidate) -> Candidate:
    """The candidate seen at its toll's word, for the guards that judge a toll; a candidate
    no act leads, as it is."""
    if candidate.toll_word is None:
        return candidate
    return dataclasses.replace(candidate, trigger=candidate.toll_word)
