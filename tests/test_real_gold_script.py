"""scripts/real_gold.py: skeleton folders to label, the format check, near-duplicate stories."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parent.parent
_spec = importlib.util.spec_from_file_location("real_gold", ROOT / "scripts" / "real_gold.py")
assert _spec and _spec.loader
real_gold = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(real_gold)

TEXT = ("اعتقلت الشرطة أمس ثلاثة مشتبه بهم في مدينة الدمام بعد مداهمة منزل في حي الشاطئ.\n"
        "وقال متحدث باسم الشرطة إن التحقيق ما زال جاريا.")
EVENT = {"type": "COERCE", "trigger": "اعتقلت", "actors": ["الشرطة"], "targets": [],
         "target_text": ["ثلاثة مشتبه بهم"], "place": "الدمام", "time": "2015-08-08",
         "factuality": "asserted"}


def _corpus(tmp_path: Path, contents: list[str]) -> Path:
    path = tmp_path / "corpus.jsonl"
    lines = [json.dumps({"title": f"خبر {i}", "content": c, "date_extracted": "2015-08-09 10:00"},
                        ensure_ascii=False) for i, c in enumerate(contents)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_a_well_formed_label_has_no_problem() -> None:
    assert real_gold.event_problems(EVENT, TEXT) == []


def test_a_trigger_not_in_the_text_is_a_problem() -> None:
    found = real_gold.event_problems({**EVENT, "trigger": "داهمت"}, TEXT)
    assert found == ["trigger «داهمت» is not in the text (nth 1)"]


def test_a_reported_event_without_its_statement_is_a_problem() -> None:
    found = real_gold.event_problems({**EVENT, "factuality": "reported"}, TEXT)
    assert found == ["a reported or denied event needs `by`"]


def test_unknown_types_fields_and_times_are_problems() -> None:
    found = real_gold.event_problems({**EVENT, "type": "ARREST", "time": "أمس", "who": 1}, TEXT)
    assert found == ["unknown fields ['who']", "type 'ARREST' is not a PLOVER type",
                     "time 'أمس' is not YYYY, YYYY-MM, YYYY-MM-DD or YYYY-Www"]


def test_a_skeleton_reads_back_as_its_text_with_no_events(tmp_path: Path) -> None:
    path = tmp_path / "r01_7.yaml"
    path.write_text(real_gold.skeleton(TEXT, "عنوان", "2015-08-09"), encoding="utf-8")
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    assert (data["text"], data["events"], str(data["published"])) == (TEXT, [], "2015-08-09")


def test_skeletons_leave_out_excluded_and_too_short_articles(tmp_path: Path) -> None:
    long = " ".join(["كلمة"] * 50)
    corpus = _corpus(tmp_path, [long, "قصير جدا", long + " أخرى", long + " ثالثة"])
    made = real_gold.make_skeletons(tmp_path / "gold", ["s1"], seed=1, per=2, words=(40, 800),
                                    excluded={0}, corpus=corpus)
    assert made == {"s1": [2, 3]}
    assert sorted(p.name for p in (tmp_path / "gold" / "s1").iterdir()) == ["r01_2.yaml",
                                                                            "r02_3.yaml"]
    assert real_gold.used_indices([tmp_path / "gold" / "s1"]) == {2, 3}


def test_asking_for_more_articles_than_are_left_is_a_one_line_error(tmp_path: Path) -> None:
    corpus = _corpus(tmp_path, [" ".join(["كلمة"] * 50)])
    with pytest.raises(SystemExit, match="only 1 articles are left"):
        real_gold.make_skeletons(tmp_path / "gold", ["s1"], seed=1, per=2, words=(40, 800),
                                 excluded=set(), corpus=corpus)


def test_one_story_in_two_folders_is_listed_once(tmp_path: Path) -> None:
    retold = TEXT + "\nوأضاف أن الموقوفين سيحالون إلى النيابة."
    other = "افتتح أمير المنطقة معرضا للكتاب في المدينة."
    for folder, text in (("dev", TEXT), ("unseen", retold), ("other", other)):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "r01_1.yaml").write_text(
            real_gold.skeleton(text, "", "2015-08-09"), encoding="utf-8")
    pairs = real_gold.overlaps([tmp_path / "dev", tmp_path / "unseen", tmp_path / "other"])
    assert [(a, b) for a, b, _ in pairs] == [("dev/r01_1.yaml", "unseen/r01_1.yaml")]


def test_the_check_counts_events_and_problems(tmp_path: Path) -> None:
    data = {"published": "2015-08-09", "text": TEXT,
            "events": [EVENT, {**EVENT, "place": "الرياض"}]}
    (tmp_path / "r01_1.yaml").write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    assert real_gold.problems(tmp_path) == (2, ["r01_1.yaml event 2: place «الرياض» is not in "
                                                "the text"])


def _labelled(tmp_path: Path, corpus: Path, events: list[dict]) -> Path:
    """A folder of one labelled article: corpus line 0 (``TEXT``) with ``events``."""
    folder = tmp_path / "gold" / "rX"
    real_gold.make_skeletons(tmp_path / "gold", ["rX"], seed=1, per=1, words=(1, 800),
                             excluded=set(), corpus=corpus)
    path = next(folder.glob("*.yaml"))
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    path.write_text(yaml.safe_dump({**data, "events": events}, allow_unicode=True),
                    encoding="utf-8")
    return folder


def test_a_packed_label_holds_offsets_and_no_words_of_the_text() -> None:
    packed = real_gold.pack_event(EVENT, TEXT)
    assert packed["trigger"] == [0, 6] and packed["place"] == [TEXT.index("الدمام"),
                                                                TEXT.index("الدمام") + 6]
    assert not any(ch in json.dumps(packed, ensure_ascii=False) for ch in "اعتقلتالشرطة")


def test_a_packed_label_unpacks_to_the_label_it_was(tmp_path: Path) -> None:
    said = {**EVENT, "trigger": "الشرطة", "nth": 2, "factuality": "reported",
            "by": "متحدث باسم الشرطة"}
    for event in (EVENT, said):
        assert real_gold.unpack_event(real_gold.pack_event(event, TEXT), TEXT) == event


def test_a_packed_folder_unpacks_from_the_corpus_to_the_same_labels(tmp_path: Path) -> None:
    corpus = _corpus(tmp_path, [TEXT])
    folder = _labelled(tmp_path, corpus, [EVENT])
    packed = json.loads(real_gold.packed_json(real_gold.pack_folder(folder)))
    out = real_gold.unpack_folder(packed, tmp_path / "again", corpus)
    before = yaml.safe_load(next(folder.glob("*.yaml")).read_text(encoding="utf-8"))
    after = yaml.safe_load(next(out.glob("*.yaml")).read_text(encoding="utf-8"))
    assert after == before and real_gold.problems(out) == (1, [])


def test_unpacking_against_another_text_is_a_one_line_error(tmp_path: Path) -> None:
    folder = _labelled(tmp_path, _corpus(tmp_path, [TEXT]), [EVENT])
    packed = real_gold.pack_folder(folder)
    (tmp_path / "changed").mkdir()
    changed = _corpus(tmp_path / "changed", [TEXT.replace("أمس", "اليوم")])
    with pytest.raises(SystemExit, match="is not the text rX/r01_0.yaml was labelled on"):
        real_gold.unpack_folder(packed, tmp_path / "again", changed)


def test_two_labellings_agree_on_type_and_sentence(tmp_path: Path) -> None:
    said = {**EVENT, "type": "CONSULT", "trigger": "وقال", "factuality": "asserted"}
    for name, events in (("first", [EVENT, said]), ("second", [{**EVENT, "trigger": "مداهمة"}])):
        (tmp_path / name).mkdir()
        data = {"published": "2015-08-09", "text": TEXT, "events": events}
        (tmp_path / name / "r01_1.yaml").write_text(yaml.safe_dump(data, allow_unicode=True),
                                                   encoding="utf-8")
    result = real_gold.agreement(tmp_path / "first", tmp_path / "second")
    assert (result["both"], result["first_only"], result["second_only"]) == (1, 1, 0)
    assert result["f1"] == pytest.approx(2 / 3)
    assert result["alone"] == ["r01_1.yaml: first only CONSULT «وقال»"]
