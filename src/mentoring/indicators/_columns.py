"""The columns of the row views of snapshots and reports (private).

The names are data (the keys of exported rows); how a row is written, as CSV,
JSON or a text table, is :mod:`mentoring.export`'s business.
"""

import enum

__all__ = ["REPORT_COLUMNS", "SNAPSHOT_COLUMNS", "Column"]


class Column(enum.StrEnum):
    """The columns of exported rows (their labels are the headers).

    .. versionadded:: 0.1.0
    """

    ON = "on"
    START_ON = "start_on"
    REVIEW_ON = "review_on"
    ORGANIZATION = "organization"
    DISTRICT = "district"
    REGION = "region"
    CODE = "code"
    GROUP = "group"
    INDICATOR = "indicator"
    VALUE = "value"
    UNIT = "unit"
    KIND = "kind"
    DIRECTION = "direction"
    PROVENANCE = "provenance"
    NUMERATOR = "numerator"
    DENOMINATOR = "denominator"
    REPORTED = "reported"
    MISSING = "missing"
    IDS = "ids"
    START = "start"
    REVIEW = "review"
    DELTA = "delta"
    GROWTH = "growth"
    VERDICT = "verdict"
    TARGET = "target"
    ATTAINED = "attained"
    SUPPRESSED = "suppressed"


_C = Column

#: The columns of a snapshot's rows, in order.
SNAPSHOT_COLUMNS = (
    _C.ON,
    _C.ORGANIZATION,
    _C.DISTRICT,
    _C.REGION,
    _C.CODE,
    _C.GROUP,
    _C.INDICATOR,
    _C.VALUE,
    _C.UNIT,
    _C.KIND,
    _C.PROVENANCE,
    _C.NUMERATOR,
    _C.DENOMINATOR,
    _C.REPORTED,
    _C.MISSING,
    _C.SUPPRESSED,
    _C.IDS,
)

#: The columns of a report's rows, in order.
REPORT_COLUMNS = (
    _C.START_ON,
    _C.REVIEW_ON,
    _C.ORGANIZATION,
    _C.DISTRICT,
    _C.REGION,
    _C.CODE,
    _C.GROUP,
    _C.INDICATOR,
    _C.UNIT,
    _C.DIRECTION,
    _C.START,
    _C.REVIEW,
    _C.DELTA,
    _C.GROWTH,
    _C.VERDICT,
    _C.TARGET,
    _C.ATTAINED,
    _C.SUPPRESSED,
)
