"""The enums whose every member must have an English, Russian and Romanian
label (the test of missing labels covers exactly these).

To label a new enum: add it to :data:`LABELLED_ENUMS` and its members to a
table of :data:`TABLES` (keyed by the enum's class name and the member's
value). Two labelled enums must not share a class name; the tests check it,
and that every public enum of :mod:`mentoring` is labelled.
"""

import enum

from mentoring import _enums as model_enums
from mentoring.calendar import Weekday
from mentoring.health import Severity, SignalKind
from mentoring.indicators import (
    Column,
    Direction,
    Kind,
    Provenance,
    Source,
    Unit,
    Verdict,
)
from mentoring.labels._health import HEALTH_LABELS
from mentoring.labels._indicators import INDICATOR_LABELS
from mentoring.labels._matching import MATCHING_LABELS
from mentoring.labels._model import MODEL_LABELS
from mentoring.labels._time import TIME_LABELS
from mentoring.labels._types import Labels
from mentoring.matching import (
    ConstraintKind,
    CriterionKind,
    UnmatchedReason,
    UnplacedReason,
)
from mentoring.model import ActivityTiming
from mentoring.schedule import Frequency

__all__ = ["LABELLED_ENUMS", "TABLES", "TABLE_OF"]

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
    CriterionKind,
    ConstraintKind,
    UnmatchedReason,
    UnplacedReason,
    Severity,
    SignalKind,
    Weekday,
    Frequency,
    ActivityTiming,
]

#: The label tables: enum class name -> member value -> labels.
TABLES: dict[str, dict[str, Labels]] = {
    **MODEL_LABELS,
    **INDICATOR_LABELS,
    **MATCHING_LABELS,
    **HEALTH_LABELS,
    **TIME_LABELS,
}

#: The table of each labelled enum, by the class itself: another enum that
#: only shares a labelled enum's name gets no labels from it.
TABLE_OF: dict[type[enum.Enum], dict[str, Labels]] = {
    cls: TABLES.get(cls.__name__, {}) for cls in LABELLED_ENUMS
}
