"""A COERCE word that tells no new measure.

- An arrest told as an aim: «انتشار الجيش في المدينة هو للقبض على المطلوبين»، «السلطات تعمل
  على استكمال التحقيقات للقبض على جميع المتورطين». The masdar after the purpose «لـ» (or
  joined by «و» to a purpose word right before it: «هو للحماية وقمع أي شغب») says what
  someone means to do, so it is no arrest. «تعرض للاعتقال» (undergone) and «الغاز المسيل
  للدموع واعتقال» (a name) are no aims, and a crowd dispersed «لتفريق المحتجين» keeps its
  event (its mode is not listed).
- A measure named as the genitive of its decision or its date: «تضمن قرار إلغاء الترخيص»،
  «من تاريخ إلغاء الترخيص» name the measure told before; «أصدرت الوزارة قرار إلغاء الترخيص»
  (the decision issued here) keeps it.
- A licence withdrawn joined by «و» to a closure told just before it: «سيتم إغلاق المنشأة
  نهائيا وإلغاء ترخيصها» is one measure.
- A paper's own decision: «وأعلنت الصحيفة وقف صدور نسختها الورقية» (a paper, a channel or a
  company among the three words before a stopped output or licence) is no authority's measure.

The words and modes are in ``marsad/lexicons/event_measure_mentions.yaml``."""

from __future__ import annotations

import functools
from dataclasses import dataclass

from marsad.arabic.clitics import ARTICLE
from marsad.arabic.normalise import fold, folded
from marsad.eventcoding.candidates import Candidate
from marsad.eventcoding.prec_mentions import first_token
from marsad.eventcoding.view import View
from marsad.lexicons import load_yaml

__all__ = ["no_new_measure"]


@dataclass(frozen=True, slots=True)
class _Words:
    aim_modes: frozenset[str]
    purpose: str
    not_aims: frozenset[str]
    undergone: frozenset[str]
    named_modes: frozenset[str]
    heads: frozenset[str]
    issued: frozenset[str]
    joined_modes: frozenset[str]
    licences: frozenset[str]
    measures: frozenset[str]
    window: int
    own_modes: frozenset[str]
    stopped: frozenset[str]
    makers: frozenset[str]
    own_window: int


@functools.cache
def _words() -> _Words:
    data = load_yaml("event_measure_mentions.yaml")
    aims, named, joined, own = data["aims"], data["named_by"], data["joined"], \
        data["own_decision"]
    classes = load_yaml("event_object_classes.yaml")["classes"]
    stopped = [word for name in own["classes"] for word in classes[str(name)]]
    return _Words(frozenset(str(m) for m in aims["modes"]), fold(str(aims["purpose"])),
                  folded(aims["not_aims"]), folded(aims["undergone"]),
                  frozenset(str(m) for m in named["modes"]), folded(named["heads"]),
                  folded(named["issued"]), frozenset(str(m) for m in joined["modes"]),
                  folded(classes[str(joined["licences_class"])]), folded(joined["measures"]),
                  int(joined["window"]), frozenset(str(m) for m in own["modes"]),
                  folded(stopped), folded(own["makers"]), int(own["window"]))


def _purpose_word(view: View, at: int, words: _Words) -> bool:
    """Token ``at`` is «لـ» + a word («للقبض»، «لاعتقال»، «للتدخل»), not a listed name word."""
    token = view.tokens[at]
    return token.kind == "word" and len(token.norm) > len(words.purpose) + 2 \
        and token.norm.startswith(words.purpose) and token.norm not in words.not_aims


def _aimed(view: View, first: int, words: _Words) -> bool:
    """The trigger is a purpose masdar, or joined by «و» to one right before it."""
    at = first
    if not _purpose_word(view, at, words):
        if not (view.norm(at).startswith(view.lex.conjunction) and at > 0
                and _purpose_word(view, at - 1, words)):
            return False
        at -= 1
    return at == 0 or view.norm(at - 1) not in words.undergone


def _named_by_head(view: View, first: int, words: _Words) -> bool:
    """«قرار/تاريخ إلغاء الترخيص» with no issuing verb among the three words before the head."""
    if first < 1 or view.norm(first - 1) not in words.heads:
        return False
    return not any(view.norm(at) in words.issued for at in range(max(first - 4, 0), first - 1))


def _joined_to_measure(view: View, first: int, words: _Words) -> bool:
    """«إغلاق المنشأة نهائيا وإلغاء ترخيصها»: «و» + masdar + its or the licence (not «ترخيص
    مكتب», another party's), a measure masdar among the words before it in its clause."""
    if not view.norm(first).startswith(view.lex.conjunction) or first + 1 >= len(view.tokens):
        return False
    licence = view.norm(first + 1)  # «ترخيصها»، «الترخيص»: the same party; «ترخيص مكتب» another
    if licence in words.licences or not any(licence.startswith(word) or licence == ARTICLE + word
                                            for word in words.licences):
        return False
    for at in range(first - 1, max(first - 1 - words.window, -1), -1):
        if view.is_break(at) or view.tokens[at].kind != "word":
            return False
        if view.bare(at) in words.measures or view.norm(at) in words.measures:
            return True
    return False


def _own_decision(view: View, first: int, words: _Words) -> bool:
    """«أعلنت الصحيفة وقف صدور نسختها»: a stopped output or licence after a paper, a channel
    or a company in its clause."""
    if first + 1 >= len(view.tokens) or view.norm(first + 1) not in words.stopped:
        return False
    for at in range(first - 1, max(first - 1 - words.own_window, -1), -1):
        if view.is_break(at) or view.tokens[at].kind != "word":
            return False
        if view.norm(at) in words.makers:
            return True
    return False


def no_new_measure(view: View, candidate: Candidate) -> bool:
    """The COERCE candidate is an aim, a measure named by its decision or date, a licence
    joined to a measure told just before, or a paper's own decision."""
    if candidate.type != "COERCE":
        return False
    words = _words()
    first = first_token(view, candidate)
    if candidate.mode in words.aim_modes and _aimed(view, first, words):
        return True
    if candidate.kind == "verb":
        return False
    return candidate.mode in words.named_modes and _named_by_head(view, first, words) \
        or candidate.mode in words.joined_modes and _joined_to_measure(view, first, words) \
        or candidate.mode in words.own_modes and _own_decision(view, first, words)
