"""Types of the compiled feature loops (``_fastfeat.c``); see ``marsad.ner.attributes`` and
``marsad.ner.features``."""

from collections.abc import Callable, Iterable, Mapping, Sequence

def parts(word: str, facts: tuple[str, str, str, str, str], tables: tuple[object, ...], /
          ) -> tuple[tuple[bytes, ...], tuple[bytes, ...], tuple[bytes, ...], tuple[bytes, ...],
                     tuple[bytes, ...]]: ...

def packed(word: str, facts: tuple[str, str, str, str, str], refs: tuple[object, ...], /
           ) -> bytes: ...

def sentence(words: Sequence[str], packed: dict[str, bytes], missing: Callable[[str], bytes],
             pairs: dict[str, dict[str, tuple[bytes | None, bytes | None]]],
             marks: tuple[str, str], maker: tuple[object, ...] | None = None,
             tags: list[str] | None = None,
             records: Mapping[str, tuple[tuple[object, ...], ...]] | None = None,
             make: Callable[[str], tuple[tuple[object, ...], ...]] | None = None, /
             ) -> tuple[list[bytes], list[tuple[str | bytes, ...]]]: ...

def facts(word: str, splitter: tuple[object, ...], triggers: dict[str, tuple[str, str]],
          names: frozenset[str], /) -> tuple[str, str, str, str, str]: ...

def gazetteer(words: Sequence[str], openers: dict[str, tuple[str, ...]],
              opening_keys: Callable[[str, dict[str, str], frozenset[str]], tuple[str, ...]],
              types: dict[str, str], prefixes: frozenset[str], max_words: int,
              maker: tuple[int, tuple[object, ...]] | None = None, /
              ) -> list[str]: ...

def spans(sentences: list[Sequence[str]], features: tuple[object, ...],
          gazetteer: tuple[object, ...] | None, tables: tuple[object, ...], /
          ) -> list[list[tuple[int, int, str, float]]]: ...

def article_words(tokens: Sequence[object], /
                  ) -> tuple[list[str], list[Sequence[object]], list[tuple[str, ...]]]: ...

def propagate(sentences: Sequence[Sequence[str]],
              spans: Sequence[Sequence[tuple[int, int, str, float]]],
              forms: Callable[[str], tuple[str, ...]], prefixes: Iterable[str], person: str,
              sure: float, added: float, max_words: int, min_letters: int, /
              ) -> list[list[tuple[int, int, str, float]]]: ...
