"""The enums whose every member must have a label (the test of missing
labels covers exactly these).

To label a new enum: add it to :data:`LABELLED_ENUMS` and its members to a
table of :data:`TABLES` (keyed by the enum's class name and the member's
value), the English marked with ``N_`` (``NC_`` and :data:`CONTEXTS` when the
same English word means something else elsewhere); ``make messages`` then
adds it to the catalogues for the translators. Two labelled enums must not
share a class name; the tests check it, and that every public enum of
:mod:`mentoring` is labelled.
"""

import enum

from mentoring import _enums as model_enums
from mentoring.calendar import DayShift, Weekday
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
from mentoring.matching import (
    ConstraintKind,
    CriterionKind,
    UnmatchedReason,
    UnplacedReason,
)
from mentoring.model import ActivityTiming
from mentoring.schedule import Frequency

__all__ = ["CONTEXTS", "LABELLED_ENUMS", "TABLES", "TABLE_OF"]

#: Every enum that must be labelled in every language.
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
    DayShift,
    Frequency,
    ActivityTiming,
]

#: The label tables: enum class name -> member value -> labels.
TABLES: dict[str, dict[str, str]] = {
    **MODEL_LABELS,
    **INDICATOR_LABELS,
    **MATCHING_LABELS,
    **HEALTH_LABELS,
    **TIME_LABELS,
}

#: The table of each labelled enum, by the class itself: another enum that
#: only shares a labelled enum's name gets no labels from it.
TABLE_OF: dict[type[enum.Enum], dict[str, str]] = {
    cls: TABLES.get(cls.__name__, {}) for cls in LABELLED_ENUMS
}

#: The gettext context of a label whose English means something else in
#: another table: (enum class name, member value) -> context.
CONTEXTS: dict[tuple[str, str], str] = {
    ("Approach", "group"): "approach",
    ("Scope", "district"): "scope",
    # Russian and Romanian say "посещение урока", "asistență la lecție" for a
    # mentor in a lesson as contact time; the work method keeps its words.
    ("ContactKind", "lesson_observation"): "contact",
}
