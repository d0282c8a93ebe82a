"""The times stage in the pipeline: spans that line up with the text, values the record
contract accepts, nothing guessed without a date, and the shared sample read right."""

from __future__ import annotations

import importlib.util
import json
from datetime import date
from pathlib import Path

import pytest

from marsad.arabic.tokenise import tokenise
from marsad.model import Article
from marsad.pipeline import Pipeline
from marsad.times import times_in

GOLD = Path(__file__).parent / "gold"
FRIDAY = date(2024, 12, 6)
ARTICLE = ("أعلنت وزارة الخارجية مساء اليوم الجمعة أن الوزير سيزور بغداد الاثنين المقبل، "
           "بعد محادثات استمرت ثلاثة أيام في عمّان. وكانت الوزارة قد أعلنت في 20 تشرين "
           "الثاني/نوفمبر 2024 عن جولة تشمل الأردن والعراق خلال الأسابيع القليلة الماضية.")


def _dev_texts() -> list[str]:
    return [json.loads(p.read_text(encoding="utf-8"))["text"]
            for p in sorted((GOLD / "times_dev").glob("*.json"))]


def _case_sentences() -> list[str]:
    lines = (GOLD / "times_cases.tsv").read_text(encoding="utf-8").splitlines()
    rows = [l.split("\t") for l in lines if l and not l.startswith("#")]
    return sorted({row[1] for row in rows[1:]})


def _timex(shared_dir: Path):
    path = shared_dir / "checks" / "contract.py"
    if not path.is_file():
        pytest.skip("../shared/checks/contract.py is not beside this checkout")
    spec = importlib.util.spec_from_file_location("shared_contract", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)  # type: ignore[union-attr]
    return module.TIMEX


def test_the_stage_fills_times_with_spans_into_the_text() -> None:
    article = Article(raw=ARTICLE, published_override=FRIDAY)
    Pipeline(["clean", "text", "times"])(article)
    got = [(t.text, t.value) for t in article.times]
    assert got == [("مساء اليوم الجمعة", "2024-12-06TEV"), ("الاثنين المقبل", "2024-12-09"),
                   ("ثلاثة أيام", "P3D"),
                   ("20 تشرين الثاني/نوفمبر 2024", "2024-11-20"),
                   ("الأسابيع القليلة الماضية", "PAST_REF")]
    for t in article.times:
        assert article.span_text(t.start, t.end) == t.text


@pytest.mark.parametrize("text", _dev_texts() + _case_sentences())
def test_tokens_and_plain_text_give_the_same_times(text: str) -> None:
    assert times_in(text, FRIDAY, tokenise(text)) == times_in(text, FRIDAY)


@pytest.mark.parametrize("anchor", [FRIDAY, None])
def test_every_value_matches_the_contract(anchor: date | None, shared_dir: Path) -> None:
    timex = _timex(shared_dir)
    values = [t.value for text in _dev_texts() + _case_sentences()
              for t in times_in(text, anchor) if t.value is not None]
    assert values
    assert [v for v in values if not timex.match(v)] == []


@pytest.mark.parametrize("text, value", [
    ("وصل الوفد أمس إلى بغداد", "XXXX-XX-XX"),
    ("تعقد القمة الأسبوع المقبل", "XXXX-WXX"),
    ("قال المتحدث الجمعة إن الهدنة صامدة", "XXXX-WXX-5"),
    ("تراجعت الأسعار الشهر الماضي", "XXXX-XX"),
])
def test_without_a_date_nothing_is_guessed(text: str, value: str) -> None:
    (found,) = times_in(text, None)
    assert (found.value, found.anchored) == (value, False)


def test_the_record_says_anchored_false_only_for_unresolved_times() -> None:
    (anchored,) = times_in("وصل الوفد أمس إلى بغداد", FRIDAY)
    (unanchored,) = times_in("وصل الوفد أمس إلى بغداد", None)
    assert "anchored" not in anchored.to_dict()
    assert unanchored.to_dict()["anchored"] is False


@pytest.mark.parametrize("text", ["قال الأمين العام إن الوضع خطير", "مارس الجيش ضغوطا كبيرة"])
def test_words_that_only_look_like_times_give_nothing(text: str) -> None:
    assert times_in(text, FRIDAY) == []


def test_a_glued_dateline_reads_as_one_date() -> None:
    (found,) = times_in("الجمعة6 ديسمبر2024_ أعلنت الحكومة", None)
    assert (found.text, found.value, found.anchored) == ("الجمعة6 ديسمبر2024", "2024-12-06", True)


def test_the_shared_sample(sample_path: Path) -> None:
    article = Article(raw=sample_path.read_text(encoding="utf-8"), published_override=FRIDAY)
    Pipeline(["clean", "text", "times"])(article)
    by_text = {t.text: t for t in article.times}
    assert by_text["اليوم"].value == "2024-12-06"
    evening = by_text["مساء اليوم الجمعة"]
    assert (evening.value, evening.part_of_day) == ("2024-12-06TEV", "EV")
    assert by_text["الأسابيع القليلة الماضية"].value == "PAST_REF"
    dateline = next(line for line in sample_path.read_text(encoding="utf-8").splitlines()
                    if "ديسمبر" in line)
    assert [t.value for t in times_in(dateline, None)][:1] == ["2024-12-06"]


def test_the_tabular_hijri_calendar_stays_within_two_days_of_umm_al_qura() -> None:
    """Outside the Umm al-Qura table (1343–1500 AH) Hijri dates are read with the tabular
    calendar; inside it the two agree within two days, month by month."""
    from hijridate import Hijri

    from marsad.temporal.tabular import to_gregorian
    gaps = [abs((to_gregorian(y, m, 1) - Hijri(y, m, 1).to_gregorian()).days)
            for y in range(1343, 1501, 7) for m in range(1, 13)]
    assert len(gaps) > 250 and max(gaps) <= 2
