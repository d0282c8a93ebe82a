"""Stages registered by name, checked when a pipeline is built, run in order and timed.

A stage is a plain callable ``(Article) -> None`` that reads the layers it
``requires`` and fills the layers it ``assigns``; it never rewrites an earlier layer.

    @stage("times", requires=("text", "tokens", "published"), assigns=("times",))
    def find_times(article: Article) -> None: ...

``Pipeline(["clean", "text", "times"])`` checks the whole chain at once and raises
``PipelineError`` naming every missing requirement.
"""

from __future__ import annotations

import gc
import importlib
import time
from collections.abc import Callable, Iterable, MutableMapping, Sequence
from dataclasses import dataclass
from typing import Any, Protocol, TypeVar

from marsad.model import Article

StageFn = Callable[[Article], None]

#: Layers a reader provides before any stage runs.
READER_LAYERS: tuple[str, ...] = ("raw", "source", "metadata")

#: The default order of the built-in stages.
DEFAULT_STAGES: tuple[str, ...] = (
    "clean", "text", "kb", "entities", "times", "statements", "events",
)

#: Modules that register the built-in stages when imported.
_STAGE_MODULES: tuple[str, ...] = (
    "marsad.clean",
    "marsad.arabic.stage",
    "marsad.kb.stage",
    "marsad.entities",
    "marsad.times",
    "marsad.statements",
    "marsad.events",
)


#: Collector thresholds for a long run: a pass every 50,000 new objects rather than 700
#: (an article makes ~2,000; reference counting frees almost all of them anyway).
BATCH_GC_THRESHOLDS: tuple[int, int, int] = (50_000, 20, 20)


def quiet_collector() -> None:
    """Set the cyclic garbage collector up for a long run; call it once the first article
    has gone through a pipeline. What is loaded so far (lexicons, KB, models: some 150,000
    objects) is taken out of its passes (``gc.freeze``; still freed as usual when no longer
    used) and it runs less often (``BATCH_GC_THRESHOLDS``): a run that keeps every
    article's tokens alive otherwise spends a third of the text stage in the collector.
    See ``docs/benchmarks.md`` for the figures."""
    gc.collect()
    gc.freeze()
    gc.set_threshold(*BATCH_GC_THRESHOLDS)


class _Clearable(Protocol):
    def cache_clear(self) -> None: ...


Cache = TypeVar("Cache", bound="_Clearable | MutableMapping[Any, Any]")

#: The word caches of the stage modules (``functools.lru_cache`` functions, dicts), cleared
#: together by ``clear_caches``; each registers itself when its module is imported.
_CACHES: list[_Clearable | MutableMapping[Any, Any]] = []


def register_cache(cache: Cache) -> Cache:
    """Register a cache (an ``lru_cache`` function or a dict) for ``clear_caches`` and
    return it unchanged, so it can decorate: ``@register_cache`` above ``@lru_cache``."""
    if not (hasattr(cache, "cache_clear") or isinstance(cache, MutableMapping)):
        raise TypeError(f"not a cache: {cache!r} (an lru_cache function or a dict)")
    if not any(known is cache for known in _CACHES):
        _CACHES.append(cache)
    return cache


def clear_caches() -> int:
    """Empty every registered word cache (of the modules imported so far), as a fresh
    process has them: a benchmark's cold round starts here. Loaded data (lexicons, KB,
    models) stays loaded. Returns how many caches were cleared."""
    for cache in _CACHES:
        if isinstance(cache, MutableMapping):
            cache.clear()
        else:
            cache.cache_clear()
    return len(_CACHES)


class PipelineError(ValueError):
    """A pipeline that cannot run: unknown stages or missing requirements (all named)."""


@dataclass(frozen=True, slots=True)
class StageSpec:
    name: str
    fn: StageFn
    requires: tuple[str, ...]
    assigns: tuple[str, ...]


_REGISTRY: dict[str, StageSpec] = {}
_loaded = False


def stage(name: str, *, requires: Iterable[str] = (), assigns: Iterable[str] = ()
          ) -> Callable[[StageFn], StageFn]:
    """Register ``fn`` as the stage ``name``."""

    def register(fn: StageFn) -> StageFn:
        _REGISTRY[name] = StageSpec(name, fn, tuple(requires), tuple(assigns))
        return fn

    return register


def _load_builtin_stages() -> None:
    global _loaded
    if _loaded:
        return
    for module in _STAGE_MODULES:
        try:
            importlib.import_module(module)
        except ModuleNotFoundError as exc:  # a stage not built yet
            if exc.name != module:
                raise
    _loaded = True


def registered_stages() -> dict[str, StageSpec]:
    _load_builtin_stages()
    return dict(_REGISTRY)


def default_stage_names() -> list[str]:
    registry = registered_stages()
    return [name for name in DEFAULT_STAGES if name in registry]


class Pipeline:
    """An ordered, checked list of stages."""

    def __init__(self, stages: Sequence[str] | None = None) -> None:
        registry = registered_stages()
        names = list(stages) if stages is not None else default_stage_names()
        problems: list[str] = []
        available = set(READER_LAYERS)
        specs: list[StageSpec] = []
        for name in names:
            spec = registry.get(name)
            if spec is None:
                problems.append(f"unknown stage {name!r} (known: {', '.join(sorted(registry))})")
                continue
            missing = [req for req in spec.requires if req not in available]
            if missing:
                problems.append(f"stage {name!r} requires {', '.join(missing)}, "
                                "which no earlier stage assigns")
            available.update(spec.assigns)
            specs.append(spec)
        if problems:
            raise PipelineError("; ".join(problems))
        self.stages: tuple[StageSpec, ...] = tuple(specs)
        self.timings: dict[str, float] = {spec.name: 0.0 for spec in specs}

    @property
    def names(self) -> list[str]:
        return [spec.name for spec in self.stages]

    def __call__(self, article: Article) -> Article:
        clock = time.perf_counter
        for spec in self.stages:
            started = clock()
            spec.fn(article)
            spent = clock() - started
            article.timings[spec.name] = spent
            self.timings[spec.name] += spent
        return article

    def __repr__(self) -> str:
        return f"Pipeline({self.names!r})"
