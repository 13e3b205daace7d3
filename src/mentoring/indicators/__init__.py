"""Programme indicators: the catalogue, computed as of a date, compared,
merged across organizations and exported.

>>> from mentoring import indicators
>>> indicators.CATALOG.get("1.2").kind.value
'stock'

The contract: :data:`~mentoring.indicators.catalog.CATALOG`,
:func:`~mentoring.indicators.compute.compute` gives a
:class:`~mentoring.indicators.snapshot.Snapshot` (and
:func:`~mentoring.indicators.compute.measurement_problems` says what it
refuses in a measurement),
:func:`~mentoring.indicators.compare.compare` gives a
:class:`~mentoring.indicators.compare.Report`,
:func:`~mentoring.indicators.effectiveness.effectiveness` gives a
:class:`~mentoring.score.Score`; snapshots merge with
:func:`~mentoring.indicators.aggregate.merge`,
:func:`~mentoring.indicators.aggregate.merge_all` and
:func:`~mentoring.indicators.aggregate.group_by`, and export with
:func:`~mentoring.indicators.export.rows`,
:func:`~mentoring.indicators.export.to_csv`,
:func:`~mentoring.indicators.export.to_json` and
:func:`~mentoring.indicators.export.to_table`. Every name is also importable
from :mod:`mentoring.indicators` itself.
"""

from mentoring.indicators.aggregate import group_by, merge, merge_all
from mentoring.indicators.catalog import (
    CATALOG,
    GROUPS,
    Catalog,
    Direction,
    Indicator,
    Kind,
    Source,
    Unit,
)
from mentoring.indicators.compare import Comparison, Report, Target, Verdict, compare
from mentoring.indicators.compute import (
    EXPERT_REVIEW_SCOPES,
    EXTERNAL_ORIGINS,
    MENTORING_TRAINING_KINDS,
    SCIENTIFIC_PRACTICAL_KINDS,
    compute,
    measurement_problems,
)
from mentoring.indicators.effectiveness import DEFAULT_WEIGHTS, effectiveness
from mentoring.indicators.export import (
    REPORT_COLUMNS,
    SNAPSHOT_COLUMNS,
    Column,
    rows,
    to_csv,
    to_json,
    to_table,
)
from mentoring.indicators.snapshot import Provenance, Snapshot, Value

__all__ = [
    "CATALOG",
    "DEFAULT_WEIGHTS",
    "EXPERT_REVIEW_SCOPES",
    "EXTERNAL_ORIGINS",
    "GROUPS",
    "MENTORING_TRAINING_KINDS",
    "REPORT_COLUMNS",
    "SCIENTIFIC_PRACTICAL_KINDS",
    "SNAPSHOT_COLUMNS",
    "Catalog",
    "Column",
    "Comparison",
    "Direction",
    "Indicator",
    "Kind",
    "Provenance",
    "Report",
    "Snapshot",
    "Source",
    "Target",
    "Unit",
    "Value",
    "Verdict",
    "compare",
    "compute",
    "effectiveness",
    "group_by",
    "measurement_problems",
    "merge",
    "merge_all",
    "rows",
    "to_csv",
    "to_json",
    "to_table",
]
