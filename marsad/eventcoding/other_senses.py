"""Round 24: more trigger words taken in a sense that tells no happening, read from the
trigger's doer or object (``prec_senses`` reads the object classes of round 22 and the sport
frame; this module adds eight more classes).

- An aim: «دورة استهدفت تعزيز معرفتهم»، «تستهدف الحملة رفع الوعي» — what is «targeted» is a
  verbal noun of bettering or spreading, so nobody is attacked.
- A place that receives: «استقبل مطار الملك خالد أول رحلة»، «استقبلت مدينة بيت لحم الزوار» —
  an airport, a port, a hospital or a city as the doer of «استقبل» meets nobody.
- A club's row: in an article about sport, «اتهم رئيس نادي الاتحاد الحكم بظلم فريقه، مطالبا
  اتحاد الكرة بفتح تحقيق» is the game's quarrel — unless the sentence tells violence or names a
  government, a court, the police or the army.
- A notice to a company's customers: «دعت هيئة كهرباء ومياه دبي «ديوا» عملاءها إلى الحذر»،
  «داعية المتعاملين إلى الإبلاغ» (advice to citizens, consumers or a ministry's beneficiaries
  is turned away by ``advisories``, round 24's convention for advice to the public).
- An illness or the body: «نوبة قلبية داهمت قلبه»، «هاجم المرض جسده».
- A team, a player, traders or a market as the doer: «اقتحم لاعبو الاتحاد منطقة الجزاء»،
  «انسحب المستثمرون من السوق» («الفريق» is left out: it is also a general's rank).
- A state of emergency raised, not lifted: «رفعت المحافظة حالة الطوارئ تحسبا لسيول».
- An apology to a service's public: «مقدما اعتذاره لأهالي المحافظة وزوارها».
- Round 28: «أيد» read as «hands» — a bare adjective right after it: «بأموال مصرية وأيد
  مصرية»، «حرب تدار بأيد خفية» (and a body that «rejects» water, with the ailments).
- Round 28: a deal between firms, no state body in the sentence: «أعلنت مجموعة فنادق …
  توقيعها اتفاقية لبرنامج الولاء مع شركة الطيران» — routine business.
- Round 28: followers or users of social media as the doer: «حيث طالب متابعو المقطع
  بمعاقبة السائق» — a public's outcry, no party's act.
- Round 29: the arts and letters: «انتقد خطاط مغربي مدارس الخط الحديثة»، «ودعا
  مدير التعليم إلى تكريم الشاعر»، «داعيا إلى تنقيح المخطوطات القديمة» — a culture sense, unless a
  state, a party, an army, a court or terror is named in the sentence.
- Round 29: a meeting or a visit in one's own family: «طلب أن أجمع له إخوانه وأخواته، كنا في
  لقاء جميل»، «أخشى زيارتها» (his mother) — a private gathering.
- Round 31: a killing over a charge of witchcraft: «قتل أهالي القرية امرأتين بعد اتهامهما
  بالسحر» — a private crime, unless an army, armed men or terror is named in the sentence.

Words in ``event_other_senses.yaml``.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

from marsad.arabic.normalise import folded
from marsad.eventcoding.candidates import Candidate
from marsad.eventcoding.prec_mentions import first_token, last_token
from marsad.eventcoding.prec_words import listed, listed_spellings, spelled, words_after
from marsad.eventcoding.said_words import holds_any
from marsad.eventcoding.sense_words import about_sport, tells_violence
from marsad.eventcoding.view import View
from marsad.lexicons import load_yaml

__all__ = ["another_sense"]


@dataclass(frozen=True)
class _Words:
    aim_modes: frozenset[str]
    aim_reach: int
    aims: frozenset[str]
    host_modes: frozenset[str]
    hosts: frozenset[str]
    club_types: frozenset[str]
    clubs: frozenset[str]
    club_keep: frozenset[str]
    customer_types: frozenset[str]
    customer_reach: int
    customers: frozenset[str]
    ailment_types: frozenset[str]
    ailment_reach: int
    ailments: frozenset[str]
    doer_modes: frozenset[str]
    doers: frozenset[str]
    raised_modes: frozenset[str]
    raised_reach: int
    raised_verbs: frozenset[str]
    raised: frozenset[str]
    courtesy_modes: frozenset[str]
    courtesy_reach: int
    courtesy: frozenset[str]
    hand_triggers: frozenset[str]
    hands: frozenset[str]
    online_types: frozenset[str]
    online: frozenset[str]
    firm_types: frozenset[str]
    firm_reach: int
    firm_doers: frozenset[str]
    firm_partners: frozenset[str]
    firm_keep: frozenset[str]
    firm_with: frozenset[str]
    culture_types: frozenset[str]
    culture: frozenset[str]
    culture_keep: frozenset[str]
    kin_types: frozenset[str]
    kin: frozenset[str]
    private_types: frozenset[str]
    private: frozenset[str]
    private_keep: frozenset[str]


@functools.cache
def _words() -> _Words:
    """The lists of ``event_other_senses.yaml``, folded."""
    data = load_yaml("event_other_senses.yaml")
    aims, hosts, clubs = data["aims"], data["hosts"], data["clubs"]
    customers, ailments, doers = data["customers"], data["ailments"], data["doers"]
    raised, courtesy = data["raised"], data["courtesy"]
    hands, online, firms = data["hands"], data["online"], data["firms"]
    culture, kin, private = data["culture"], data["kin"], data["private"]
    return _Words(
        aim_modes=frozenset(aims["modes"]), aim_reach=int(aims["reach"]),
        aims=folded(aims["words"]),
        host_modes=frozenset(hosts["modes"]), hosts=folded(hosts["words"]),
        club_types=frozenset(clubs["types"]), clubs=folded(clubs["words"]),
        club_keep=folded(clubs["keep"]),
        customer_types=frozenset(customers["types"]), customer_reach=int(customers["reach"]),
        customers=folded(customers["words"]),
        ailment_types=frozenset(ailments["types"]), ailment_reach=int(ailments["reach"]),
        ailments=folded(ailments["words"]),
        doer_modes=frozenset(doers["modes"]), doers=folded(doers["words"]),
        raised_modes=frozenset(raised["modes"]), raised_reach=int(raised["reach"]),
        raised_verbs=folded(raised["verbs"]), raised=folded(raised["words"]),
        courtesy_modes=frozenset(courtesy["modes"]), courtesy_reach=int(courtesy["reach"]),
        courtesy=folded(courtesy["words"]),
        hand_triggers=folded(hands["triggers"]), hands=folded(hands["words"]),
        online_types=frozenset(online["types"]), online=folded(online["words"]),
        firm_types=frozenset(firms["types"]), firm_reach=int(firms["reach"]),
        firm_doers=folded(firms["doers"]), firm_partners=folded(firms["partners"]),
        firm_keep=folded(firms["keep"]), firm_with=folded(firms["with"]),
        culture_types=frozenset(culture["types"]),
        culture=listed_spellings(folded(culture["words"])),
        culture_keep=listed_spellings(folded(culture["keep"])),
        kin_types=frozenset(kin["types"]), kin=listed_spellings(folded(kin["words"])),
        private_types=frozenset(private["types"]),
        private=listed_spellings(folded(private["words"])),
        private_keep=listed_spellings(folded(private["keep"])))


def another_sense(view: View, candidate: Candidate) -> bool:
    """The candidate's trigger is read in a sense that tells no happening: an aim, a place that
    receives, a club's row, a notice to customers, an illness, a team or a market, an
    emergency raised, a courtesy apology, hands, an outcry online, a deal between firms, the
    arts and letters, one's own family, a private crime over witchcraft."""
    return (_aim(view, candidate) or _place_receives(view, candidate)
            or _club_row(view, candidate) or _customer_notice(view, candidate)
            or _ailment(view, candidate) or _game_or_market(view, candidate)
            or _alert_raised(view, candidate) or _courtesy(view, candidate)
            or _hands(view, candidate) or _online(view, candidate)
            or _firms_deal(view, candidate) or _culture(view, candidate)
            or _kin(view, candidate) or _private(view, candidate))


def _after(view: View, candidate: Candidate, reach: int) -> list[int]:
    """Up to ``reach`` word tokens after the trigger in its clause (a name counts once)."""
    return words_after(view, last_token(view, candidate), reach, names_whole=True)


def _listed_after(view: View, candidate: Candidate, words: frozenset[str], reach: int) -> bool:
    """A word of ``words`` (``listed``) among the ``reach`` words after the trigger."""
    # ``listed`` of each word as one lookup in the list's spellings, made in C
    return not spelled(words).isdisjoint(map(view.norms.__getitem__,
                                             _after(view, candidate, reach)))


def _aim(view: View, candidate: Candidate) -> bool:
    """«استهدفت تعزيز معرفتهم»: an aim within reach after the trigger."""
    lex = _words()
    if candidate.mode not in lex.aim_modes:
        return False
    return _listed_after(view, candidate, lex.aims, lex.aim_reach)


def _place_receives(view: View, candidate: Candidate) -> bool:
    """«استقبل مطار الملك خالد»: a place or a building right after the trigger or right
    before it."""
    lex = _words()
    if candidate.mode not in lex.host_modes:
        return False
    after = _after(view, candidate, 1)
    if after and listed(view.tokens[after[0]].norm, lex.hosts):
        return True
    first = first_token(view, candidate)
    return first > 0 and not view.is_break(first - 1) \
        and view.tokens[first - 1].norm in lex.hosts


def _club_row(view: View, candidate: Candidate) -> bool:
    """An accusation or a demand of a match report's sentence about the club, the game or its
    officials, telling no violence and naming no state body."""
    lex = _words()
    if candidate.type not in lex.club_types or not about_sport(view):
        return False
    first = first_token(view, candidate)
    return holds_any(view, first, lex.clubs) and not holds_any(view, first, lex.club_keep) \
        and not tells_violence(view, first)


def _customer_notice(view: View, candidate: Candidate) -> bool:
    """«دعت الهيئة عملاءها»: the customers addressed within reach after the trigger."""
    lex = _words()
    if candidate.type not in lex.customer_types:
        return False
    return _listed_after(view, candidate, lex.customers, lex.customer_reach)


def _ailment(view: View, candidate: Candidate) -> bool:
    """«نوبة قلبية داهمت قلبه»: an illness or the body within reach before or after."""
    lex = _words()
    if candidate.type not in lex.ailment_types:
        return False
    if _listed_after(view, candidate, lex.ailments, lex.ailment_reach):
        return True
    first = first_token(view, candidate)
    for at in range(first - 1, max(-1, first - 1 - lex.ailment_reach), -1):
        if view.is_break(at):
            return False
        if listed(view.tokens[at].norm, lex.ailments):
            return True
    return False


def _game_or_market(view: View, candidate: Candidate) -> bool:
    """«اقتحم لاعبو الاتحاد منطقة الجزاء»، «انسحب المستثمرون»: a team, a player, traders or a
    market right after the trigger or right before it (to storm, attack, withdraw, seize)."""
    lex = _words()
    return candidate.mode in lex.doer_modes and _next_to(view, candidate, lex.doers)


def _alert_raised(view: View, candidate: Candidate) -> bool:
    """«رفعت المحافظة حالة الطوارئ تحسبا لسيول»: a state raised, not lifted."""
    lex = _words()
    if candidate.mode not in lex.raised_modes \
            or not listed(view.tokens[first_token(view, candidate)].norm, lex.raised_verbs):
        return False
    return _listed_after(view, candidate, lex.raised, lex.raised_reach)


def _courtesy(view: View, candidate: Candidate) -> bool:
    """«مقدما اعتذاره لأهالي المحافظة»: an apology to a service's public."""
    lex = _words()
    if candidate.mode not in lex.courtesy_modes:
        return False
    return any(view.tokens[at].norm in lex.courtesy
               for at in _after(view, candidate, lex.courtesy_reach))


def _hands(view: View, candidate: Candidate) -> bool:
    """«وأيد مصرية»، «بأيد خفية»: «أيد» with an adjective of the hands right after it."""
    lex = _words()
    first = first_token(view, candidate)
    if first != last_token(view, candidate) \
            or not listed(view.tokens[first].norm, lex.hand_triggers):
        return False
    after = _after(view, candidate, 1)
    return bool(after) and view.tokens[after[0]].norm in lex.hands


def _online(view: View, candidate: Candidate) -> bool:
    """«طالب متابعو الفيديو»: followers or users of social media right after the trigger or
    right before it."""
    lex = _words()
    return candidate.type in lex.online_types and _next_to(view, candidate, lex.online)


def _next_to(view: View, candidate: Candidate, words: frozenset[str]) -> bool:
    """A listed word right after the trigger, or right before it in its clause."""
    after = _after(view, candidate, 1)
    if after and listed(view.tokens[after[0]].norm, words):
        return True
    first = first_token(view, candidate)
    return first > 0 and not view.is_break(first - 1) \
        and listed(view.tokens[first - 1].norm, words)


def _firms_deal(view: View, candidate: Candidate) -> bool:
    """«وقعت شركة الكهرباء مع جمعية البر اتفاقية»: a firm signs with a firm or a charity, and
    the words of the parties (from the sentence's start to the partner's name) name no state
    body."""
    lex = _words()
    if candidate.type not in lex.firm_types:
        return False
    after = _after(view, candidate, lex.firm_reach)
    partner = next((after[nxt] for nxt, at in enumerate(after, start=1)
                    if view.tokens[at].norm in lex.firm_with and nxt < len(after)
                    and listed(view.tokens[after[nxt]].norm, lex.firm_partners)), None)
    if partner is None:
        return False
    first = first_token(view, candidate)
    start, stop = view.sentence_of(first)
    parties = range(start, min(stop, partner + _PARTNER_WORDS))
    if any(listed(view.tokens[at].norm, lex.firm_keep) for at in parties):
        return False
    if after and listed(view.tokens[after[0]].norm, lex.firm_doers):
        return True
    return any(listed(view.tokens[at].norm, lex.firm_doers) for at in range(start, first))


def _culture(view: View, candidate: Candidate) -> bool:
    """«انتقد الخطاط التونسي حركة الخط العربي»: a word of the arts and letters in the trigger's
    sentence, and no word of a state, a party, an army, a court or terror."""
    lex = _words()
    return _sentence_sense(view, candidate, lex.culture_types, lex.culture, lex.culture_keep)


def _private(view: View, candidate: Candidate) -> bool:
    """«قتل أهالي القرية امرأتين بعد اتهامهما بالسحر»: a word of witchcraft in the assault's
    sentence, and no word of an army, armed men or terror."""
    lex = _words()
    return _sentence_sense(view, candidate, lex.private_types, lex.private, lex.private_keep)


def _sentence_sense(view: View, candidate: Candidate, types: frozenset[str],
                    words: frozenset[str], keep: frozenset[str]) -> bool:
    """The candidate is of ``types``, a word of ``words`` is in its sentence and none of
    ``keep``."""
    if candidate.type not in types:
        return False
    first = first_token(view, candidate)  # a word ``listed`` in its sentence
    return holds_any(view, first, words) and not holds_any(view, first, keep)


def _kin(view: View, candidate: Candidate) -> bool:
    """«كنا في لقاء جميل» after «أجمع له إخوانه»: a meeting in a sentence that names the doer's
    own family."""
    lex = _words()
    if candidate.type not in lex.kin_types:
        return False
    return holds_any(view, first_token(view, candidate), lex.kin)


#: How many tokens from the partner's first word are read as its name («شركة الطيران الوطنية
#: السعودية»).
_PARTNER_WORDS = 4
