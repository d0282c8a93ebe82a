"""marsad — offline, Arabic-native news analysis.

    >>> import marsad
    >>> article = marsad.analyze("...", published="2024-12-06")
    >>> record = article.to_dict()

``analyze`` raises ``RejectedInput`` (a ``ValueError``) for input that holds no article;
``Pipeline`` raises ``PipelineError`` naming every missing stage requirement.
"""

from importlib import metadata as _metadata

from marsad.api import RejectedInput, analyze
from marsad.model import Article
from marsad.pipeline import Pipeline, PipelineError

__all__ = ["Article", "Pipeline", "PipelineError", "RejectedInput", "analyze"]

try:
    __version__ = _metadata.version("marsad")  # written once, in pyproject.toml
except _metadata.PackageNotFoundError:  # run from a checkout that was never installed
    __version__ = "0+unknown"
