"""The ``hypothesis`` entry point of mentoring: ``st.from_type`` for every
public type.

Hypothesis calls :func:`_hypothesis_setup_hook` when it is imported (not when
:mod:`mentoring` is). An entry point inside the package would import
:mod:`mentoring` with every import of Hypothesis, so this hook lives in a tiny
top-level module of its own and imports nothing of :mod:`mentoring`, now or
later: a process that imports Hypothesis pays only for the public modules it
imports itself.

* The types of the modules already imported are registered at once.
* For the others, the hook puts a finder on :data:`sys.meta_path` that steps
  aside for every module but those of :mod:`mentoring`; when one of them has
  finished importing, the finder registers the public types it defines
  (looked up in its namespace, so a lazy attribute is never touched). Once
  every type is registered, the finder removes itself.

For each public type, named by its public path, the hook registers a
*function* that returns the matching strategy of
:mod:`mentoring.testing.strategies`; that module is imported only when a
strategy is first resolved, and nothing is drawn at hook time. Every type
is defined in its public module or in a module inside it, so it is
registered as soon as it exists. Set ``HYPOTHESIS_NO_PLUGINS=1`` to turn
every such hook off.
"""

import importlib
import importlib.abc
import importlib.machinery
import sys
from collections.abc import Callable, Sequence
from types import ModuleType
from typing import Any

__all__: list[str] = []

_PACKAGE = "mentoring"

#: (module, public type, the strategy function of mentoring.testing.strategies).
_REGISTRY: tuple[tuple[str, str, str], ...] = (
    ("mentoring.calendar", "AcademicYear", "academic_years"),
    ("mentoring.calendar", "Term", "terms"),
    ("mentoring.calendar", "Holiday", "holidays"),
    ("mentoring.calendar", "TermSystem", "term_systems"),
    ("mentoring.calendar", "MonthDay", "month_days"),
    ("mentoring.calendar", "TermRule", "term_rules"),
    ("mentoring.calendar", "HolidayRule", "holiday_rules"),
    ("mentoring.calendar", "ReviewDate", "review_dates"),
    ("mentoring.schedule", "Schedule", "schedules"),
    ("mentoring.matching", "CompatibilityModel", "compatibility_models"),
    ("mentoring.matching", "Constraint", "constraints"),
    ("mentoring.matching", "Criterion", "compatibility_criteria"),
    ("mentoring.matching", "GradeBand", "grade_bands"),
    ("mentoring.matching", "PairRef", "pair_refs"),
    ("mentoring.model", "PlanTemplate", "plan_templates"),
    ("mentoring.model", "TemplateActivity", "template_activities"),
    ("mentoring.model", "Duty", "duties"),
    ("mentoring.score", "Score", "scores"),
    ("mentoring.score", "ScorePart", "score_parts"),
    ("mentoring.model", "Certification", "certifications"),
    ("mentoring.model", "Person", "people"),
    ("mentoring.model", "Mentor", "mentors"),
    ("mentoring.model", "Mentee", "mentees"),
    ("mentoring.model", "Transition", "transitions"),
    ("mentoring.model", "Pair", "pairs"),
    ("mentoring.model", "Group", "groups"),
    ("mentoring.model", "SuccessCriterion", "criteria"),
    ("mentoring.model", "Assessment", "assessments"),
    ("mentoring.model", "Activity", "activities"),
    ("mentoring.model", "PlanStep", "plan_steps"),
    ("mentoring.model", "MentoringPlan", "plans"),
    ("mentoring.model", "Event", "events"),
    ("mentoring.model", "Achievement", "achievements"),
    ("mentoring.model", "Measurement", "measurements"),
    ("mentoring.model", "SurveyResponse", "surveys"),
    ("mentoring.model", "Program", "programs"),
    ("mentoring.matching", "Matching", "matchings"),
    ("mentoring.matching", "Assignment", "assignments"),
    ("mentoring.matching", "Unmatched", "unmatched_mentees"),
    ("mentoring.health", "Signal", "signals"),
    ("mentoring.matching", "MentorLoad", "mentor_loads"),
    ("mentoring.matching", "Suggestion", "suggestions"),
    ("mentoring.matching", "Exclusion", "exclusions"),
    ("mentoring.matching", "FormedGroup", "formed_groups"),
    ("mentoring.matching", "Grouping", "groupings"),
    ("mentoring.matching", "Unplaced", "unplaced_members"),
    ("mentoring.matching", "MatchingQuality", "matching_qualities"),
    ("mentoring.indicators", "Snapshot", "snapshots"),
    ("mentoring.indicators", "Report", "reports"),
    ("mentoring.indicators", "Catalog", "catalogs"),
    ("mentoring.indicators", "Indicator", "indicator_definitions"),
    ("mentoring.indicators", "Target", "targets"),
    ("mentoring.indicators", "Targets", "targets_documents"),
    ("mentoring.indicators", "Value", "indicator_values"),
    ("mentoring.indicators", "Comparison", "comparisons"),
    ("mentoring.reports", "ControlReport", "control_reports"),
    ("mentoring.reports", "ControlRow", "control_rows"),
    ("mentoring.health", "HealthThresholds", "health_thresholds"),
    ("mentoring.progress", "ProgressWeights", "progress_weights"),
    ("mentoring.calendar", "PublicHoliday", "public_holidays"),
    ("mentoring.model", "MentorAgreement", "mentor_agreements"),
    ("mentoring.model", "QualitativeReport", "qualitative_reports"),
    ("mentoring.contact", "ContactTime", "contact_times"),
    ("mentoring.contact", "PairContact", "pair_contacts"),
    ("mentoring.contact", "ProgramContact", "program_contacts"),
)


def _lazy(strategy_name: str) -> Callable[[type], Any]:
    def resolve(_: type) -> Any:
        strategies = importlib.import_module("mentoring.testing.strategies")
        return getattr(strategies, strategy_name)()

    resolve.__name__ = f"resolve_{strategy_name}"
    return resolve


#: The types not registered yet: {public module: {type: strategy function}}.
_PENDING: dict[str, dict[str, str]] = {}


def _register_defined_in(module: ModuleType) -> None:
    """Register a strategy function for each pending type that *module*
    defines (imports nothing: a lazy module attribute is never touched).
    """
    from hypothesis import strategies as st

    name = module.__name__
    parts = name.split(".")
    namespace = vars(module)
    for public in (".".join(parts[:i]) for i in range(len(parts), 0, -1)):
        pending = _PENDING.get(public)
        if not pending:
            continue
        for type_name, strategy_name in tuple(pending.items()):
            cls = namespace.get(type_name)
            if (
                isinstance(cls, type)
                and cls.__name__ == type_name
                and cls.__module__ in (name, public)
            ):
                st.register_type_strategy(cls, _lazy(strategy_name))
                del pending[type_name]
        if not pending:
            del _PENDING[public]
    if not _PENDING:
        _remove_finder()


def _is_ours(name: str) -> bool:
    return name == _PACKAGE or name.startswith(_PACKAGE + ".")


class _RegisteringLoader(importlib.abc.Loader):
    """The loader of a public module, registering its types once it has run."""

    def __init__(self, loader: importlib.abc.Loader) -> None:
        self._loader = loader

    def __getattr__(self, name: str) -> Any:
        # get_source, get_resource_reader, is_package...: the real loader's.
        return getattr(self._loader, name)

    def create_module(self, spec: importlib.machinery.ModuleSpec) -> ModuleType | None:
        return self._loader.create_module(spec)

    def exec_module(self, module: ModuleType) -> None:
        self._loader.exec_module(module)
        _register_defined_in(module)


class _RegisterOnImport(importlib.abc.MetaPathFinder):
    """Steps aside for every import but that of a module of :mod:`mentoring`
    while types are pending; gives it a loader that registers those it
    defines.
    """

    def find_spec(
        self,
        fullname: str,
        path: Sequence[str] | None,
        target: ModuleType | None = None,
    ) -> importlib.machinery.ModuleSpec | None:
        if not _PENDING or not _is_ours(fullname):
            return None
        # The finders after this one, in their order, find the real spec.
        spec: importlib.machinery.ModuleSpec | None = None
        for finder in tuple(sys.meta_path):
            if isinstance(finder, _RegisterOnImport):
                continue
            find = getattr(finder, "find_spec", None)
            spec = find(fullname, path, target) if find is not None else None
            if spec is not None:
                break
        if spec is None or spec.loader is None:  # pragma: no cover
            return spec
        spec.loader = _RegisteringLoader(spec.loader)
        return spec


def _remove_finder() -> None:
    sys.meta_path[:] = [
        f for f in sys.meta_path if not isinstance(f, _RegisterOnImport)
    ]


def _hypothesis_setup_hook() -> None:
    """Register a strategy function for every public type of :mod:`mentoring`:
    now for the types of the modules already imported, for each of the
    others right after the module that defines it is imported.
    """
    for module_name, type_name, strategy_name in _REGISTRY:
        _PENDING.setdefault(module_name, {})[type_name] = strategy_name
    if not any(isinstance(f, _RegisterOnImport) for f in sys.meta_path):
        sys.meta_path.insert(0, _RegisterOnImport())
    for name, module in tuple(sys.modules.items()):
        if _PENDING and _is_ours(name) and isinstance(module, ModuleType):
            _register_defined_in(module)
