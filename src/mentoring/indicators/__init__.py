"""Programme indicators: the catalogue, computed as of a date, compared,
merged across organizations and exported.

>>> from mentoring import indicators
>>> indicators.CATALOG["1.2"].kind.value
'stock'
>>> indicators.CATALOG
Catalog(40 indicators)

The contract: :data:`~mentoring.indicators.CATALOG`,
:func:`~mentoring.indicators.compute` gives a
:class:`~mentoring.indicators.Snapshot` (and
:func:`~mentoring.indicators.measurement_problems` says what it
refuses in a measurement),
:func:`~mentoring.indicators.compare` gives a
:class:`~mentoring.indicators.Report`,
:func:`~mentoring.indicators.effectiveness` gives a
:class:`~mentoring.score.Score`; snapshots merge with
:func:`~mentoring.indicators.merge`,
:func:`~mentoring.indicators.merge_all` and
:func:`~mentoring.indicators.group_by`;
:func:`~mentoring.indicators.compute_many` gives the total of many
organizations with their ids dropped in one pass. Rows, CSV,
JSON rows and text tables of snapshots and reports are the business of
:mod:`mentoring.export`.
"""

from typing import TYPE_CHECKING

from mentoring._lazy import lazy_names

if TYPE_CHECKING:
    from mentoring.indicators._aggregate import group_by, merge, merge_all
    from mentoring.indicators._batch import compute_many
    from mentoring.indicators._catalog import (
        CATALOG,
        GROUPS,
        Catalog,
        Direction,
        Indicator,
        Kind,
        Source,
        Unit,
    )
    from mentoring.indicators._columns import REPORT_COLUMNS, SNAPSHOT_COLUMNS, Column
    from mentoring.indicators._compare import (
        Comparison,
        Report,
        Target,
        Targets,
        Verdict,
        compare,
    )
    from mentoring.indicators._compute import (
        EXPERT_REVIEW_SCOPES,
        EXTERNAL_ORIGINS,
        MENTORING_TRAINING_KINDS,
        SCIENTIFIC_PRACTICAL_KINDS,
        compute,
        measurement_problems,
    )
    from mentoring.indicators._effectiveness import DEFAULT_WEIGHTS, effectiveness
    from mentoring.indicators._privacy import (
        SMALL_COUNT_THRESHOLD,
        is_small,
        key_id,
        pseudonymise,
    )
    from mentoring.indicators._snapshot import Provenance, Snapshot, Value

_WHERE = {
    "CATALOG": "mentoring.indicators._catalog",
    "Catalog": "mentoring.indicators._catalog",
    "Column": "mentoring.indicators._columns",
    "Comparison": "mentoring.indicators._compare",
    "DEFAULT_WEIGHTS": "mentoring.indicators._effectiveness",
    "Direction": "mentoring.indicators._catalog",
    "EXPERT_REVIEW_SCOPES": "mentoring.indicators._compute",
    "EXTERNAL_ORIGINS": "mentoring.indicators._compute",
    "GROUPS": "mentoring.indicators._catalog",
    "Indicator": "mentoring.indicators._catalog",
    "Kind": "mentoring.indicators._catalog",
    "MENTORING_TRAINING_KINDS": "mentoring.indicators._compute",
    "Provenance": "mentoring.indicators._snapshot",
    "REPORT_COLUMNS": "mentoring.indicators._columns",
    "Report": "mentoring.indicators._compare",
    "SCIENTIFIC_PRACTICAL_KINDS": "mentoring.indicators._compute",
    "SMALL_COUNT_THRESHOLD": "mentoring.indicators._privacy",
    "SNAPSHOT_COLUMNS": "mentoring.indicators._columns",
    "Snapshot": "mentoring.indicators._snapshot",
    "Source": "mentoring.indicators._catalog",
    "Target": "mentoring.indicators._compare",
    "Targets": "mentoring.indicators._compare",
    "Unit": "mentoring.indicators._catalog",
    "Value": "mentoring.indicators._snapshot",
    "Verdict": "mentoring.indicators._compare",
    "compare": "mentoring.indicators._compare",
    "compute": "mentoring.indicators._compute",
    "compute_many": "mentoring.indicators._batch",
    "effectiveness": "mentoring.indicators._effectiveness",
    "group_by": "mentoring.indicators._aggregate",
    "is_small": "mentoring.indicators._privacy",
    "key_id": "mentoring.indicators._privacy",
    "measurement_problems": "mentoring.indicators._compute",
    "merge": "mentoring.indicators._aggregate",
    "merge_all": "mentoring.indicators._aggregate",
    "pseudonymise": "mentoring.indicators._privacy",
}

__all__ = [
    "CATALOG",
    "DEFAULT_WEIGHTS",
    "EXPERT_REVIEW_SCOPES",
    "EXTERNAL_ORIGINS",
    "GROUPS",
    "MENTORING_TRAINING_KINDS",
    "REPORT_COLUMNS",
    "SCIENTIFIC_PRACTICAL_KINDS",
    "SMALL_COUNT_THRESHOLD",
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
    "Targets",
    "Unit",
    "Value",
    "Verdict",
    "compare",
    "compute",
    "compute_many",
    "effectiveness",
    "group_by",
    "is_small",
    "key_id",
    "measurement_problems",
    "merge",
    "merge_all",
    "pseudonymise",
]

if not TYPE_CHECKING:
    __getattr__, __dir__ = lazy_names(__name__, _WHERE, __all__)
