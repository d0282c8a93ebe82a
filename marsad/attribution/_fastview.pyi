"""Types of the statement finder's compiled pass over the tokens (``_fastview.c``); see
``marsad.attribution.view`` (``_columns``, and ``_columns_py`` its Python twin)."""

from collections.abc import Callable
from typing import Any

from marsad.model import Token

def bind(token: type, fields: tuple[str, ...], /) -> bool: ...

def columns(tokens: list[Token], fold: Callable[[str], str], opens: dict[str, Any],
            titles: set[int], marks: str, /
            ) -> tuple[list[str], list[int], list[int], bool, list[int], list[int],
                       list[int]] | None: ...
