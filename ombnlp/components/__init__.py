"""The spaCy components of ombnlp. Importing this module registers their factories."""

from ombnlp.components.extensions import register_extensions
from ombnlp.components.sections import SectionFinder
from ombnlp.components.header import HeaderReader
from ombnlp.components.points import PointFinder
from ombnlp.components.disposal import DisposalClassifier

register_extensions()

__all__ = ["SectionFinder", "HeaderReader", "PointFinder", "DisposalClassifier"]
