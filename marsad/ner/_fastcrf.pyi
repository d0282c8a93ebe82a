"""Types of the compiled CRF inference (``_fastcrf.c``); see ``marsad.ner.crf``."""

from array import array
from collections.abc import Sequence

def tag(items: list[tuple[bytes, ...]], index: dict[bytes, int], labels: array,
        weights: array, trans: array, exp_trans: array, n_labels: int, other: int,
        dense: bool = False, /) -> tuple[list[int], list[float] | None]: ...

def tag_packed(packs: list[bytes], extras: Sequence[tuple[object, ...]], index: dict[bytes, int],
               labels: array, weights: array, trans: array, exp_trans: array, n_labels: int,
               other: int, dense: bool = False, /) -> tuple[list[int], list[float] | None]: ...

def pack(parts: tuple[tuple[object, ...], ...], index: dict[bytes, int], /) -> bytes: ...

def use_avx2(on: bool, /) -> bool: ...
