"""The one loader for marsad's language data (TSV and YAML files in this folder).

TSV files: lines starting with ``#`` are comments, the first other line names the
columns, fields are tab-separated. Every file is read as UTF-8 and must be NFC with no
presentation forms (U+FB50–U+FEFF) and no bidi controls (``tests/test_lexicons.py``).
A missing or malformed file raises ``LexiconError`` naming the file.
"""

from __future__ import annotations

import functools
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

__all__ = ["LexiconError", "lexicon_path", "load_table", "load_yaml", "load_words"]

#: libyaml's loader where PyYAML was built with it (round 34): it parses the same safe
#: subset to the same values some seven times faster than the pure-Python ``SafeLoader``,
#: which was most of the data loading of a first ``analyze``
#: (``tests/test_lexicons_round34_u2.py`` pins that every YAML file under ``marsad/`` loads
#: equal both ways).
_FAST_LOADER: Any = getattr(yaml, "CSafeLoader", None)


class LexiconError(RuntimeError):
    """A language data file that is missing or malformed."""


def lexicon_path(name: str) -> Path:
    path = Path(str(resources.files("marsad.lexicons").joinpath(name)))
    if not path.is_file():
        raise LexiconError(f"lexicon {name!r} not found in {path.parent}")
    return path


@functools.cache
def _read_table(name: str) -> tuple[dict[str, str], ...]:
    path = lexicon_path(name)
    rows: list[dict[str, str]] = []
    header: list[str] | None = None
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        fields = line.split("\t")
        if header is None:
            header = [f.strip() for f in fields]
            continue
        if len(fields) > len(header):
            raise LexiconError(f"{name}:{number}: {len(fields)} fields, header has {len(header)}")
        fields += [""] * (len(header) - len(fields))
        rows.append({key: value.strip() for key, value in zip(header, fields)})
    if header is None:
        raise LexiconError(f"{name}: no header line")
    return tuple(rows)


def load_table(name: str) -> list[dict[str, str]]:
    """Rows of a TSV lexicon as dicts keyed by the header's column names."""
    return [dict(row) for row in _read_table(name)]


@functools.cache
def load_yaml(name: str) -> Any:
    path = lexicon_path(name)
    text = path.read_text(encoding="utf-8")
    try:
        if _FAST_LOADER is not None:
            try:
                return yaml.load(text, Loader=_FAST_LOADER)
            except yaml.YAMLError:
                pass  # the pure-Python parser says what is wrong, in its own words
        return yaml.safe_load(text)
    except yaml.YAMLError as exc:
        raise LexiconError(f"{name}: invalid YAML: {exc}".splitlines()[0]) from None


@functools.cache
def load_words(name: str) -> frozenset[str]:
    """A one-column word list (first column of each non-comment line, no header)."""
    path = lexicon_path(name)
    words = set()
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            words.add(line.split("\t")[0].strip())
    return frozenset(words)
