"""The time of a statement's own act (round 24, real news): «استنكر معالي … العمل الإرهابي
الآثم الذي نفذته أيدي الفكر الضال في مسجد … يوم الخميس الماضي» is a condemnation made on
the day of the report, not on Thursday. An event that is a statement (a condemnation, a
call) took the date nearest its cue in the sentence, even a date inside a relative clause
of what was said («الذي استهدف … الخميس الماضي»), which dates the deed described there.
When every date of the sentence stands after a relative pronoun of the statement's
content (the relative clause may run past the content's end at a comma), the saying is told undated and takes the article's date. A date right after
the speaker («دعا ملادينوف، مجددا، أمس، إلى…»، «دعا فلان أمس الحزب إلى…») keeps dating
the saying, even where the statement layer counted it into the content."""

from __future__ import annotations

from marsad.eventcoding.candidates import Candidate
from marsad.eventcoding.lexicon import lexicon
from marsad.model import Article, Time

__all__ = ["saying_time"]

#: The time kinds ``events._time`` reads from a sentence.
DATED = ("DATE", "TIME")


def saying_time(article: Article, candidate: Candidate) -> str | None:
    """The article's date for a statement event whose sentence dates only a deed told in a
    relative clause of what was said, else None (the nearest date stands)."""
    if not candidate.statement or candidate.by is None or article.published is None \
            or candidate.sentence >= len(article.sentences):
        return None
    statement = next((s for s in article.statements if s.id == candidate.by), None)
    if statement is None or statement.content[0] < statement.cue[1]:
        return None  # the content before the cue («…، قال الوزير»)
    sentence = article.sentences[candidate.sentence]
    dates = [t for t in article.times if t.value and t.type in DATED
             and sentence.start <= t.start < sentence.end]
    if not dates or not all(_in_relative(article, statement.content, t) for t in dates):
        return None
    return article.published.isoformat()


def _in_relative(article: Article, content: tuple[int, int], time: Time) -> bool:
    """Whether ``time`` stands after a relative pronoun of the content (the statement
    layer may end the content at a comma the relative clause goes on past: «الذي نفذته
    … في منطقة عسير، ونتج عنه … يوم الخميس الماضي»)."""
    lo, hi = content
    relatives = lexicon().relatives
    return lo <= time.start and any(lo <= token.start < min(hi, time.start)
                                    and token.norm in relatives for token in article.tokens)
