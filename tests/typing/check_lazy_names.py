"""Checked by ``make types`` (``mypy --strict``), never run: the packages
whose names load lazily (PEP 562) still give the user's type checker
exactly their names and types.

Under ``--strict`` an ignore that is not needed is itself an error, so each
``type: ignore[attr-defined]`` below fails the check if a package's lazy
hook ever makes every attribute an ``object`` again.
"""

import datetime as dt

import mentoring
import mentoring.indicators
import mentoring.matching
import mentoring.model
from mentoring.indicators import Snapshot, compute_many
from mentoring.matching import assign

person_type: type[mentoring.Person] = mentoring.model.Person
snapshot_type: type[Snapshot] = mentoring.indicators.Snapshot
pairs: dict[str, str] = assign({"e1": {"m1": 0.5}}, {"m1": 1})
total: Snapshot = compute_many([], on=dt.date(2025, 5, 31))

mentoring.Persn  # type: ignore[attr-defined]  # noqa: B018
mentoring.model.Pear  # type: ignore[attr-defined]  # noqa: B018
mentoring.indicators.comput  # type: ignore[attr-defined]  # noqa: B018
mentoring.matching.mach  # type: ignore[attr-defined]  # noqa: B018
