"""Hypothesis strategies for every public type of :mod:`mentoring`.

Requires ``mentoring[testing]`` (Hypothesis). Every value a strategy generates
is valid: it constructs without error, and every programme from
:func:`programs` has ``problems() == ()``. The strategies follow Hypothesis's
API style: plural names, keyword-only arguments with defaults, arguments a
test varies are strategies, bad arguments raise
:class:`~hypothesis.errors.InvalidArgument` as soon as the strategy is built
(naming every bad argument in the words the rest of the library uses), and
related fields are drawn together so that failing examples shrink toward
small, simple values: dates toward the start of the academic year, empty
collections, the first member of each enum.

>>> from hypothesis import given
>>> from mentoring.testing import strategies as ms
>>> @given(ms.programs(max_mentors=2, max_mentees=3))
... def test_programme_is_consistent(program):
...     assert program.problems() == ()
>>> test_programme_is_consistent()

Once Hypothesis is imported, ``st.from_type(T)`` uses these strategies for
every public type ``T`` (registered by the ``hypothesis`` entry point).

.. versionadded:: 0.1.0
"""

try:
    import hypothesis  # noqa: F401
except ImportError as exc:  # pragma: no cover - tested in a fresh interpreter
    _HINT = (
        "mentoring.testing.strategies requires the 'hypothesis' package: install"
        ' it with `pip install "mentoring[testing]"`'
    )
    raise ModuleNotFoundError(_HINT, name="hypothesis") from exc

from mentoring.testing._strategies._calendar import (
    academic_years,
    holiday_rules,
    holidays,
    month_days,
    review_dates,
    schedules,
    term_rules,
    term_systems,
    terms,
)
from mentoring.testing._strategies._contact import (
    contact_times,
    mentor_agreements,
    pair_contacts,
    program_contacts,
    public_holidays,
    qualitative_reports,
)
from mentoring.testing._strategies._health import health_thresholds, signals
from mentoring.testing._strategies._indicators import (
    catalogs,
    comparisons,
    indicator_definitions,
    indicator_values,
    reports,
    snapshots,
    targets,
    targets_documents,
)
from mentoring.testing._strategies._matching import (
    assignments,
    compatibility_criteria,
    compatibility_models,
    constraints,
    exclusions,
    formed_groups,
    grade_bands,
    groupings,
    matching_qualities,
    matchings,
    mentor_loads,
    pair_refs,
    suggestions,
    unmatched_mentees,
    unplaced_members,
)
from mentoring.testing._strategies._pairs import (
    groups,
    pair_histories,
    pairs,
    transitions,
)
from mentoring.testing._strategies._people import (
    certifications,
    mentees,
    mentors,
    people,
)
from mentoring.testing._strategies._plans import (
    activities,
    assessments,
    criteria,
    duties,
    plan_steps,
    plan_templates,
    plans,
    plans_from_templates,
    progress_weights,
    template_activities,
)
from mentoring.testing._strategies._program import programs
from mentoring.testing._strategies._records import (
    achievements,
    events,
    measurements,
    surveys,
)
from mentoring.testing._strategies._reports import control_reports, control_rows
from mentoring.testing._strategies._scores import score_parts, scores

__all__ = [
    "academic_years",
    "achievements",
    "activities",
    "assessments",
    "assignments",
    "catalogs",
    "certifications",
    "comparisons",
    "compatibility_criteria",
    "compatibility_models",
    "constraints",
    "contact_times",
    "control_reports",
    "control_rows",
    "criteria",
    "duties",
    "events",
    "exclusions",
    "formed_groups",
    "grade_bands",
    "groupings",
    "groups",
    "health_thresholds",
    "holiday_rules",
    "holidays",
    "indicator_definitions",
    "indicator_values",
    "matching_qualities",
    "matchings",
    "measurements",
    "mentees",
    "mentor_agreements",
    "mentor_loads",
    "mentors",
    "month_days",
    "pair_contacts",
    "pair_histories",
    "pair_refs",
    "pairs",
    "people",
    "plan_steps",
    "plan_templates",
    "plans",
    "plans_from_templates",
    "program_contacts",
    "programs",
    "progress_weights",
    "public_holidays",
    "qualitative_reports",
    "reports",
    "review_dates",
    "schedules",
    "score_parts",
    "scores",
    "signals",
    "snapshots",
    "suggestions",
    "surveys",
    "targets",
    "targets_documents",
    "template_activities",
    "term_rules",
    "term_systems",
    "terms",
    "transitions",
    "unmatched_mentees",
    "unplaced_members",
]
