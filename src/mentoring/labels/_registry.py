"""The enums whose every member must have an English, Russian and Romanian
label (the test of missing labels covers exactly these).

To label a new enum: add it to :data:`LABELLED_ENUMS` and its members to a
table of :data:`TABLES` (keyed by the enum's class name and the member's
value).
"""

import enum

from mentoring.indicators.catalog import Direction, Kind, Source, Unit
from mentoring.indicators.compare import Verdict
from mentoring.indicators.export import Column
from mentoring.indicators.snapshot import Provenance
from mentoring.labels._indicators import INDICATOR_LABELS
from mentoring.labels._model import MODEL_LABELS
from mentoring.labels._types import Labels
from mentoring.model import enums as model_enums

__all__ = ["LABELLED_ENUMS", "TABLES"]

#: Every enum that must be labelled in en, ru and ro.
LABELLED_ENUMS: list[type[enum.Enum]] = [
    *(getattr(model_enums, name) for name in model_enums.__all__),
    Unit,
    Kind,
    Direction,
    Source,
    Provenance,
    Verdict,
    Column,
]

#: The label tables: enum class name -> member value -> labels.
TABLES: dict[str, dict[str, Labels]] = {**MODEL_LABELS, **INDICATOR_LABELS}
