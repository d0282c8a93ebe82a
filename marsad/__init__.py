"""marsad — offline, Arabic-native news analysis.

    >>> import marsad
    >>> article = marsad.analyze("...", published="2024-12-06")
    >>> record = article.to_dict()

``analyze`` raises ``RejectedInput`` (a ``ValueError``) for input that holds no article;
``Pipeline`` raises ``PipelineError`` naming every missing stage requirement.
"""

from marsad.api import RejectedInput, analyze
from marsad.model import Article
from marsad.pipeline import Pipeline, PipelineError

__all__ = ["Article", "Pipeline", "PipelineError", "RejectedInput", "analyze"]
__version__ = "0.1.0"
