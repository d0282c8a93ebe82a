"""Places named right after a head word that neither the KB nor the tagger knows.

«قتل ثلاثة في اشتباكات ببلدة سيلوبي», «عند عزبة الحجارة بمركز سنورس»: a word right after a
place's head word in construct («مدينة», «بلدة», «قرية», «منطقة», «حي», «مخيم»… with their
proclitics, ``ner_headed_places.yaml``) is a place's name, of the head's type, two words where
the first opens a name («منطقة أم شرشوح»). It is no name where it is an everyday word — the
KB's common words and the file's stops («منطقة الحدود», «مدينة الملاهي», «حي سكني»), an
adjective («منطقة مجاورة»: with «ة» dropped an everyday word; «مركز متقدم»: with «ة» added
one), a preposition or conjunction before an everyday word («منطقة بتواجد»), a word with a
pronoun suffix («محافظة يخسرها») — or a function word, a title, another head word or a
country's nisba. A weak head («مركز», «ناحية», «قضاء», which have everyday senses) wants
an indefinite name that closes its phrase (see the YAML).

The spans are rule mentions (``marsad.ner.fusion``): the KB's link is adopted where the KB
has the same span, and a place the tagger or the KB already found is left as it is.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from marsad.arabic.clitics import ARTICLE, CONJUNCTIONS, PREPOSITIONS
from marsad.arabic.normalise import fold
from marsad.lexicons import load_yaml
from marsad.model import Entity, Token
from marsad.ner.clitics import strip_any_proclitics, with_any_proclitics
from marsad.ner.fusion import Mention
from marsad.ner.spans import text_offset
from marsad.ner.triggers import breaks, head_type, is_title

#: «لل»: «ل» before the article, whose alef is dropped («للمنطقة» is definite).
_LI_ARTICLE = "ل" + ARTICLE[1:]
#: Quotation marks that may open a place's name after its head («منطقة "جزرة"»).
_OPENING_QUOTES = frozenset('"«“')
_CLOSING_QUOTES = frozenset('"»”')
#: The folded feminine ending («ة» is folded to «ه»).
_TA = fold("ة")
#: The folded ending of a feminine nisba adjective («ية»).
_NISBA_TA = fold("ية")
#: The ending of a masculine nisba adjective («ي»: «الشمالي»).
_NISBA_YA = "ي"
_LOCATIONS = frozenset({"GPE", "LOC"})
#: The types a rule-found place may have (a named site is a FAC: «ميدان التحرير»).
_PLACES = frozenset({"GPE", "LOC", "FAC"})
#: Names of parties: a site named after one is theirs, not named («قاعدة الحرس الثوري»).
_PARTIES = frozenset({"PER", "ORG", "NORP"})
#: The conjunction «و».
_WA = "و"


@dataclass(frozen=True)
class _Lexicon:
    heads: dict[str, tuple[str, bool]]  # folded head -> (type, weak)
    links: frozenset[str]
    openers: frozenset[str]
    stops: frozenset[str]
    pronouns: tuple[str, ...]
    pronouns_if_word: tuple[str, ...]
    before_heads: frozenset[str]
    written_ta: frozenset[str]
    masculine: frozenset[str]  # definite adjectives that go on a name (masculine)
    feminine: frozenset[str]  # … and feminine
    construct_openers: frozenset[str]
    construct_words: int
    no_wa: frozenset[str]
    open_ended: frozenset[str]
    head_forms: frozenset[str]  # every word ``_head`` may find a head in (a superset)
    sites: dict[str, str]  # folded site head -> type (the span holds the head)
    site_adjectives: frozenset[str]
    site_stops: frozenset[str]
    strict_sites: frozenset[str]


@functools.cache
def _lexicon() -> _Lexicon:
    data = load_yaml("ner_headed_places.yaml")
    words = lambda key: frozenset(fold(w) for w in data[key])  # noqa: E731
    heads = {fold(h): (typ, kind == "weak") for h, (typ, kind) in data["heads"].items()}
    sites = {fold(h): typ for h, typ in data["sites"].items()}
    for site, typ in sites.items():
        heads.setdefault(site, (typ, False))
    return _Lexicon(
        heads=heads,
        links=words("links"), openers=words("openers"), stops=words("stops"),
        pronouns=tuple(fold(w) for w in data["pronouns"]),
        pronouns_if_word=tuple(fold(w) for w in data["pronouns_if_word"]),
        before_heads=words("before_heads"), written_ta=words("written_ta"),
        masculine=frozenset(fold(w) for w in data["adjectives"]["masculine"]),
        feminine=frozenset(fold(w) for w in data["adjectives"]["feminine"]),
        construct_openers=words("construct_openers"),
        construct_words=int(data["construct_words"]), no_wa=words("no_wa"),
        open_ended=words("open_ended"), head_forms=with_any_proclitics(frozenset(heads)),
        sites=sites, site_adjectives=words("site_adjectives"), site_stops=words("site_stops"),
        strict_sites=words("strict_sites"))


def headed_places(tokens: Sequence[Token], everyday: Callable[[str], bool],
                  demonym: Callable[[str], bool], found: Sequence[Mention] = ()) -> list[Mention]:
    """Rule spans for place names right after a head word (see the module docstring).
    ``everyday`` tells an everyday word and ``demonym`` a country's nisba by its folded form;
    a word inside a place of ``found`` (the tagger's, the KB's certain ones) is left alone."""
    # ``_head`` finds a head only in a word of ``head_forms`` (a head with up to two
    # proclitic letters): the other words are passed by with one set lookup
    forms = head_forms()
    return headed_places_at(tokens, [k for k, token in enumerate(tokens) if token.norm in forms],
                            everyday, demonym, found)


def head_forms() -> frozenset[str]:
    """Every word a place's head may be found in (``_Lexicon.head_forms``)."""
    return _lexicon().head_forms


def headed_places_at(tokens: Sequence[Token], heads_at: Sequence[int],
                     everyday: Callable[[str], bool], demonym: Callable[[str], bool],
                     found: Sequence[Mention] = ()) -> list[Mention]:
    """``headed_places`` with the positions of the tokens whose ``norm`` is one of
    ``head_forms`` already found (``heads_at``, in order), as the stage finds them for
    several rules at once (``marsad.ner.spans.indices_in``)."""
    spans: list[Mention] = []
    if not heads_at:
        return spans
    lex = _lexicon()
    known = [m for m in found if m.type in _LOCATIONS]
    organisations = [m for m in found if m.type == "ORG"]
    n = len(tokens)
    for i in heads_at:
        head = tokens[i]
        if head.kind != "word":
            continue
        kind = _head(head.norm, lex)
        if kind is None or _common_head(tokens, i, lex):
            continue
        typ, weak = kind
        site = _site(head.norm, lex)
        if site is not None:
            span = _site_span(tokens, i, site, lex, everyday, demonym, found)
            if span is not None:
                spans.append(span)
            continue
        j = i + 1
        quoted = j < n and tokens[j].norm in _OPENING_QUOTES
        if quoted:
            j += 1
        if j >= n or tokens[j].sentence != head.sentence or tokens[j].kind != "word":
            continue
        following = j + 1 < n and tokens[j + 1].kind == "word" \
            and tokens[j + 1].sentence == head.sentence
        if tokens[j].norm in lex.openers and following \
                and _opened(tokens[j + 1].norm, everyday):
            last = j + 1  # «منطقة أم شرشوح» («أم» is also "or": «مدينة أم قرية»)
        elif _name_word(tokens[j].norm, lex, everyday, demonym):
            last = j
            if tokens[j].norm[0] == _WA and any(
                    form in lex.no_wa for form in (head.norm, *strip_any_proclitics(head.norm))):
                continue  # «حي وصادق»: «حي» is "alive"
            if tokens[j].norm in lex.construct_openers:
                chain = _construct_chain(tokens, j, lex, everyday)
                if chain is None:
                    continue
                last = chain  # «حي إسكان قوى الأمن»
            elif following and not weak \
                    and _second_word(tokens[j].norm, tokens[j + 1], lex, everyday, demonym):
                last = j + 1  # «مديرية حزم العدين»
            elif following and _in_construct(tokens[j].norm, tokens[j + 1], everyday):
                continue  # «حي منسوبي التعليم»: a common noun opens a longer name
        else:
            continue
        went_on = _went_on(tokens, last, lex, everyday, demonym, organisations,
                           masculine_head=not head.norm.endswith(_TA))
        if went_on is None:
            continue  # «ولاية نورد راين فستفاليا»: the name goes on, where it ends is unknown
        last = went_on
        if quoted and not (last + 1 < n and tokens[last + 1].norm in _CLOSING_QUOTES):
            continue  # «"ولاية" أقامها»: the quote closed before the word
        if weak and not _closes_phrase(tokens, j, last, quoted, lex):
            continue
        span = Mention(tokens[j].start, tokens[last].end, typ, "rule")
        for m in known:  # ``Mention.overlaps`` spelt out: a place found already wins
            if span.start < m.end and m.start < span.end:
                break
        else:
            spans.append(span)
    return spans


def _site(word: str, lex: _Lexicon) -> tuple[str, int] | None:
    """The type of a folded site head in construct (``sites``: «ميدان», «بمعبر») and the
    letters of its proclitics, or None."""
    if word in lex.sites:
        return lex.sites[word], 0
    if word.startswith(_LI_ARTICLE):
        return None
    for form in strip_any_proclitics(word):
        if form.startswith(ARTICLE):
            return None
        if form in lex.sites:
            return lex.sites[form], len(word) - len(form)
    return None


def _strict(word: str, proclitics: int, lex: _Lexicon) -> bool:
    """Whether a folded site head (``proclitics`` letters before it) has an everyday sense."""
    return word[proclitics:] in lex.strict_sites


def _site_span(tokens: Sequence[Token], i: int, site: tuple[str, int], lex: _Lexicon,
               everyday: Callable[[str], bool], demonym: Callable[[str], bool],
               found: Sequence[Mention]) -> Mention | None:
    """A named site from its head word at ``i`` to the end of its name («ميدان التحرير»,
    «قاعدة عين الأسد», «مطار عدن الدولي»), or None. A definite everyday word names a site
    («ساحة الشهداء», «جسر الجمهورية») unless it says what kind of site it is (``site_stops``);
    a site whose head word another name already holds is left to that name."""
    head = tokens[i]
    typ, proclitics = site
    j = i + 1
    nxt = _next_word(tokens, i)
    if nxt is None:
        return None
    word = nxt.norm
    if word in lex.site_stops or word in lex.stops or word in breaks():
        return None
    if word in lex.openers and _next_word(tokens, j) is not None \
            and _opened(tokens[j + 1].norm, everyday):
        last = j + 1  # «قاعدة عين الأسد», «معبر باب السلامة»
    elif word.startswith(ARTICLE) and nxt.text.startswith(ARTICLE) and len(word) > 4 \
            and word.isalpha() and not demonym(word) and not is_title(word) \
            and head_type(word) is None and head_type(word[len(ARTICLE):]) is None \
            and not _glued(word, everyday) \
            and not (_strict(head.norm, proclitics, lex) and everyday(word)) \
            and not any(m.start == nxt.start and m.type in _PARTIES for m in found):
        last = j  # «ميدان التحرير»; not «قاعدة القوات الأمريكية» (whose base)
    elif _name_word(word, lex, everyday, demonym):
        last = j
        after = _next_word(tokens, j)
        if after is not None and _second_word(word, after, lex, everyday, demonym):
            last = j + 1  # «قصر عين الطيبة»
    else:
        return None
    went_on = _went_on(tokens, last, lex, everyday, demonym, ())
    if went_on is None:
        return None
    last = went_on
    after = _next_word(tokens, last)
    if after is not None and after.norm in lex.site_adjectives:
        last += 1  # «مطار عدن الدولي»
    start = head.start + text_offset(head, proclitics)
    if any(m.start < head.end and start < m.end for m in found):
        return None  # «مضيق باب المندب», the tagger's «ميناء الحديدة»
    return Mention(start, tokens[last].end, typ, "rule")


def site_only(entity: Entity) -> bool:
    """Whether an entity is a named site this rule alone found («قاعدة عين الأسد», «جبل
    الجماجم»): a place of its event, never a party to it."""
    if not headed_only(entity):
        return False
    words = fold(entity.text).split()
    return bool(words) and words[0] in _lexicon().sites


def headed_only(entity: Entity) -> bool:
    """Whether an entity is a place this rule alone found: a rule span of a place type with no
    link (the KB's link is adopted where the KB has the same span). Such a place is the place
    of its event but no evidence that a happening was told (``eventcoding.argument_core``)."""
    return entity.source == "rule" and entity.link is None and entity.type in _PLACES


def _head(word: str, lex: _Lexicon) -> tuple[str, bool] | None:
    """The (type, weak) of a folded place head in construct, its proclitics allowed
    («ببلده»), or None (a definite head, «للمنطقه», «بالمدينه», heads no name here)."""
    found = lex.heads.get(word)
    if found is not None:
        return found
    if word.startswith(_LI_ARTICLE):
        return None
    for form in strip_any_proclitics(word):
        if form.startswith(ARTICLE):
            return None
        found = lex.heads.get(form)
        if found is not None:
            return found
    return None


def _common_head(tokens: Sequence[Token], i: int, lex: _Lexicon) -> bool:
    """Whether the head at ``i`` is a common noun: after a quantifier or an elative («كل
    محافظة», «أكبر مدينة»), or a head that must be written with «ة» written with «ه»
    («بلده»: his country)."""
    head = tokens[i]
    if head.text[-1:] != "ة" and any(form in lex.written_ta
                                     for form in (head.norm, *strip_any_proclitics(head.norm))):
        return True
    return i > 0 and tokens[i - 1].kind == "word" and tokens[i - 1].sentence == head.sentence \
        and tokens[i - 1].norm in lex.before_heads


def _glued(word: str, everyday: Callable[[str], bool]) -> bool:
    """Whether a folded word is two glued together, the second a title or an everyday word
    with its article («عسيرالأمير»: «عسير» + «الأمير»)."""
    body = word[len(ARTICLE):] if word.startswith(ARTICLE) else word
    at = body.find(ARTICLE, 2)
    if at < 0 or len(body) - at < len(ARTICLE) + 3:
        return False
    rest = body[at:]
    return is_title(rest) or everyday(rest)


def _in_construct(first: str, token: Token, everyday: Callable[[str], bool]) -> bool:
    """Whether an indefinite name word is a common noun in construct with the everyday
    definite word after it («منسوبي التعليم»); a nisba adjective («الحدودية») describes."""
    word = token.norm
    return token.kind == "word" and not first.startswith(ARTICLE) \
        and token.text.startswith(ARTICLE) and everyday(word) \
        and not word.endswith((_NISBA_TA, _NISBA_YA))


def _name_word(word: str, lex: _Lexicon, everyday: Callable[[str], bool],
               demonym: Callable[[str], bool]) -> bool:
    """Whether a folded word right after a place's head may open the place's name."""
    if len(word) < 2 or not word.isalpha() or word in breaks() or word in lex.stops \
            or everyday(word) or demonym(word) or is_title(word) or head_type(word) is not None \
            or _glued(word, everyday):
        return False
    if any(word.endswith(p) and len(word) > len(p) + 1 for p in lex.pronouns):
        return False  # «محافظة يخسرها»
    if any(word.endswith(p) and everyday(word[:-len(p)]) for p in lex.pronouns_if_word):
        return False  # «بمنطقه أصبحنا»
    if word.startswith(ARTICLE):
        return True
    if (word.endswith(_TA) and everyday(word[:-1])) or everyday(word + _TA):
        return False  # «منطقة مجاورة», «مركز متقدم»: an adjective
    if word[0] in CONJUNCTIONS or word[0] in PREPOSITIONS:
        rest = word[1:]  # «مدينة وللأمانة», «منطقة بتواجد»: a clause or phrase goes on
        return not (everyday(rest) or rest in breaks() or head_type(rest) is not None)
    return True


def _next_word(tokens: Sequence[Token], at: int) -> Token | None:
    """The word right after ``at`` in its sentence, or None (a punctuation mark, the end)."""
    if at + 1 >= len(tokens):
        return None
    token = tokens[at + 1]
    return token if token.kind == "word" and token.sentence == tokens[at].sentence else None


def _construct_chain(tokens: Sequence[Token], first: int, lex: _Lexicon,
                     everyday: Callable[[str], bool]) -> int | None:
    """The last word of a name in construct a common noun opens («إسكان» + «قوى» + «الأمن»):
    everyday indefinite nouns up to the first definite word or proper name; None where it
    does not end so within ``construct_words`` words."""
    at = first
    for _ in range(lex.construct_words):
        token = _next_word(tokens, at)
        if token is None or token.norm in breaks() or not token.norm.isalpha():
            return None
        at += 1
        if token.text.startswith(ARTICLE) or not everyday(token.norm):
            return at
    return None


def _went_on(tokens: Sequence[Token], last: int, lex: _Lexicon, everyday: Callable[[str], bool],
             demonym: Callable[[str], bool], organisations: Sequence[Mention],
             masculine_head: bool = False) -> int | None:
    """The last word of a name that ends at ``last`` or goes on: a company's name in construct
    with it («محاسن» + «أرامكو») and a definite adjective that agrees with it («الكورنيش» +
    «الجنوبي», «السلام» + «الأول», or with a masculine head: «حي الفيصلية» + «الثاني»; see
    the YAML) go on it; a masculine one after a name in «ة» and a feminine head («مدينة
    الرقة الشمالي») or a name word after a foreign opener («نورد» + «راين») leaves its
    end unknown (None)."""
    token = _next_word(tokens, last)
    if token is None:
        return last
    name = tokens[last].norm
    if not name.startswith(ARTICLE):
        company = next((m for m in organisations if m.start == token.start), None)
        if company is not None:  # «حي محاسن أرامكو»
            end = max(k for k in range(last + 1, len(tokens)) if tokens[k].end <= company.end
                      and tokens[k].sentence == token.sentence)
            return _went_on(tokens, end, lex, everyday, demonym, (), masculine_head)
    if token.text.startswith(ARTICLE):
        if token.norm in lex.feminine:
            return last + 1
        if token.norm in lex.masculine:
            return None if name.endswith(_TA) and not masculine_head else last + 1
        return last
    if name in lex.open_ended and _name_word(token.norm, lex, everyday, demonym):
        return None
    return last


def _opened(word: str, everyday: Callable[[str], bool]) -> bool:
    """Whether a folded word may close a name an opener began («أم» + «شرشوح»): not an
    everyday word, a function word or a head word («مدينة أم قرية»: "or")."""
    return word.isalpha() and word not in breaks() and not everyday(word) \
        and head_type(word) is None


def _second_word(first: str, token: Token, lex: _Lexicon, everyday: Callable[[str], bool],
                 demonym: Callable[[str], bool]) -> bool:
    """Whether a word goes on a place's name of one indefinite word (``first``, folded) as its
    definite second part («حزم» + «العدين», «نقيل» + «العرقوب»), the article as written (a
    verb in «أل» folds to it too: «ألزم»); a nisba adjective in «ية» («مدينة دولسي
    الكونغولية», «بمنطقة الشرم الترفيهية») describes the place instead."""
    word = token.norm
    return not first.startswith(ARTICLE) and token.text.startswith(ARTICLE) \
        and not word.endswith(_NISBA_TA) and _name_word(word, lex, everyday, demonym)


def _closes_phrase(tokens: Sequence[Token], first: int, last: int, quoted: bool,
                   lex: _Lexicon) -> bool:
    """Whether a name after a weak head is indefinite and ends its phrase (module docstring)."""
    if tokens[first].norm.startswith(ARTICLE):
        return False
    after = last + 2 if quoted else last + 1
    if after >= len(tokens) or tokens[after].sentence != tokens[last].sentence:
        return True
    nxt = tokens[after]
    if nxt.kind == "punct":
        return True
    if nxt.norm in lex.links:
        return True
    return any(form in lex.heads for form in strip_any_proclitics(nxt.norm))
