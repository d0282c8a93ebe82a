"""The statements stage in the pipeline: what it requires and assigns, the record it writes
(offsets that line up, the statement time), and an empty article."""

from __future__ import annotations

from datetime import date

from statements_support import article_by_hand
from marsad.model import Article, Time
from marsad.pipeline import registered_stages
from marsad.statements import find_statements, statements_of


def test_the_stage_declares_what_it_reads_and_writes() -> None:
    spec = registered_stages()["statements"]
    assert set(spec.requires) == {"sentences", "tokens", "entities", "times"}
    assert spec.assigns == ("statements",)


def test_the_record_spans_line_up_with_the_text() -> None:
    article = article_by_hand("نقلت وكالة سانا عن مصدر عسكري قوله إن الهجوم صد. "
                              "وأضاف المصدر أن الطريق فتح.", [("سانا", "ORG")])
    find_statements(article)
    records = article.to_dict()["statements"]
    assert [r["id"] for r in records] == ["s1", "s2"]
    for rec in records:
        for part in ("cue", "content", "speaker"):
            span = rec[part]
            assert article.text[span["start"]:span["end"]] == span["text"]
        for via in rec["via"]:
            assert article.text[via["start"]:via["end"]] == via["text"]
    assert records[0]["via"][0]["entity"] == "m1"


def test_the_time_is_the_date_in_the_sentence_else_the_article_date() -> None:
    text = "قال الوزير أمس إن الحدود فتحت. وأضاف أن الشاحنات تعبر."
    article = article_by_hand(text, published=date(2024, 12, 6))
    article.times.append(Time(text.index("أمس"), text.index("أمس") + 3, "أمس", "DATE",
                              "2024-12-05"))
    assert [st.time for st in statements_of(article)] == ["2024-12-05", "2024-12-06"]


def test_an_article_without_tokens_has_no_statements() -> None:
    article = Article(raw="")
    find_statements(article)
    assert article.statements == []
