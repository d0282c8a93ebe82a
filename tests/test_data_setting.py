"""``MARSAD_DATA``: the one setting that points at large data kept outside the package. Set,
it must name a folder that holds ``kb.sqlite``; unset, the shipped artefact is read; a folder
without the file is a one-line error, never a traceback."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from marsad import cli
from marsad.kb.keys import name_key
from marsad.kb.paths import ARTEFACT, ARTEFACT_NAME, DATA_ENV, artefact
from marsad.kb.store import KB, KBError


@pytest.mark.parametrize("value", [None, "", "  "])
def test_without_the_setting_the_shipped_artefact_is_read(
        monkeypatch: pytest.MonkeyPatch, value: str | None) -> None:
    if value is None:
        monkeypatch.delenv(DATA_ENV, raising=False)
    else:
        monkeypatch.setenv(DATA_ENV, value)
    assert artefact() == ARTEFACT


@pytest.mark.parametrize("name", ["دمشق", "بغداد"])
def test_a_folder_holding_the_artefact_is_read_from_there(
        monkeypatch: pytest.MonkeyPatch, tmp_path: Path, name: str) -> None:
    shutil.copyfile(ARTEFACT, tmp_path / ARTEFACT_NAME)
    monkeypatch.setenv(DATA_ENV, str(tmp_path))
    assert artefact() == tmp_path / ARTEFACT_NAME
    assert KB.load().lookup(name_key(name))


def test_a_folder_without_it_is_a_one_line_error(monkeypatch: pytest.MonkeyPatch,
                                                  tmp_path: Path) -> None:
    monkeypatch.setenv(DATA_ENV, str(tmp_path))
    with pytest.raises(KBError) as raised:
        KB.load()
    message = str(raised.value)
    assert DATA_ENV in message and ARTEFACT_NAME in message and "\n" not in message


def test_analyze_stops_before_the_first_article(monkeypatch: pytest.MonkeyPatch,
                                                tmp_path: Path,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    article = tmp_path / "خبر.txt"
    article.write_text("قال وزير الخارجية إن المحادثات ستستأنف الأسبوع المقبل.", encoding="utf-8")
    monkeypatch.setenv(DATA_ENV, str(tmp_path))
    code = cli.main(["analyze", str(article)])
    out, err = capsys.readouterr()
    assert code == 2 and out == ""
    assert len(err.strip().splitlines()) == 1 and DATA_ENV in err
