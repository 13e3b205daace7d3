"""The ``hypothesis`` entry point: makes ``st.from_type`` know every public type.

Hypothesis calls :func:`_hypothesis_setup_hook` when it is imported (not when
:mod:`mentoring` is). The hook imports :mod:`mentoring` and registers, for each
public type, a *function* that returns the matching strategy of
:mod:`mentoring.testing.strategies`; the strategies module itself is imported
only when a strategy is first resolved, and nothing is drawn at hook time.
Set ``HYPOTHESIS_NO_PLUGINS=1`` to turn every such hook off.
"""

import importlib
from collections.abc import Callable
from typing import Any

__all__: list[str] = []

#: (module, public type, the strategy function of mentoring.testing.strategies).
_REGISTRY: tuple[tuple[str, str, str], ...] = (
    ("mentoring.calendar", "AcademicYear", "academic_years"),
    ("mentoring.calendar", "Term", "terms"),
    ("mentoring.calendar", "Holiday", "holidays"),
    ("mentoring.calendar", "TermSystem", "term_systems"),
    ("mentoring.schedule", "Schedule", "schedules"),
    ("mentoring.matching", "CompatibilityModel", "compatibility_models"),
    ("mentoring.model.plans", "PlanTemplate", "plan_templates"),
    ("mentoring.score", "Score", "scores"),
    ("mentoring.score", "ScorePart", "score_parts"),
    ("mentoring.model.people", "Certification", "certifications"),
    ("mentoring.model.people", "Person", "people"),
    ("mentoring.model.people", "Mentor", "mentors"),
    ("mentoring.model.people", "Mentee", "mentees"),
    ("mentoring.model.pairs", "Transition", "transitions"),
    ("mentoring.model.pairs", "Pair", "pairs"),
    ("mentoring.model.pairs", "Group", "groups"),
    ("mentoring.model.criteria", "SuccessCriterion", "criteria"),
    ("mentoring.model.criteria", "Assessment", "assessments"),
    ("mentoring.model.plans", "Activity", "activities"),
    ("mentoring.model.plans", "PlanStep", "plan_steps"),
    ("mentoring.model.plans", "MentoringPlan", "plans"),
    ("mentoring.model.records", "Event", "events"),
    ("mentoring.model.records", "Achievement", "achievements"),
    ("mentoring.model.records", "Measurement", "measurements"),
    ("mentoring.model.records", "SurveyResponse", "surveys"),
    ("mentoring.model.program", "Program", "programs"),
    ("mentoring.matching", "Matching", "matchings"),
    ("mentoring.matching", "Assignment", "assignments"),
    ("mentoring.matching", "Unmatched", "unmatched_mentees"),
    ("mentoring.health", "Signal", "signals"),
    ("mentoring.matching", "MentorLoad", "mentor_loads"),
    ("mentoring.matching", "Suggestion", "suggestions"),
    ("mentoring.indicators", "Snapshot", "snapshots"),
    ("mentoring.indicators", "Report", "reports"),
    ("mentoring.reports", "ControlReport", "control_reports"),
    ("mentoring.health", "HealthThresholds", "health_thresholds"),
    ("mentoring.scoring", "ProgressWeights", "progress_weights"),
)


def _lazy(strategy_name: str) -> Callable[[type], Any]:
    def resolve(_: type) -> Any:
        strategies = importlib.import_module("mentoring.testing.strategies")
        return getattr(strategies, strategy_name)()

    resolve.__name__ = f"resolve_{strategy_name}"
    return resolve


def _hypothesis_setup_hook() -> None:
    """Register a strategy function for every public type of :mod:`mentoring`."""
    from hypothesis import strategies as st

    for module_name, type_name, strategy_name in _REGISTRY:
        try:
            module = importlib.import_module(module_name)
        except ImportError:  # pragma: no cover - a module not written yet
            continue
        cls = getattr(module, type_name, None)
        if cls is None:  # pragma: no cover
            continue
        st.register_type_strategy(cls, _lazy(strategy_name))
