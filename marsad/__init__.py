"""marsad — offline, Arabic-native news analysis.

    >>> import marsad
    >>> article = marsad.analyze("...", published="2024-12-06")
    >>> record = article.to_dict()
"""

from marsad.api import analyze
from marsad.model import Article
from marsad.pipeline import Pipeline, PipelineError

__all__ = ["Article", "Pipeline", "PipelineError", "analyze"]
__version__ = "0.1.0"
