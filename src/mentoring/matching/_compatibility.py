"""The second step of matching, compatibility: how well each eligible mentor
fits a mentee, as a weighted mean in [0, 1] of the model's soft criteria.

:func:`compatibility` scores every eligible pair of a run, fast (rows of
floats for the assignment step); :func:`explain` gives one pair's
:class:`~mentoring.score.Score`, whose parts say why, with exactly the value
the fast path gave.
"""

from array import array
from collections.abc import Callable, Sequence
from typing import TypeVar

from mentoring._i18n import N_
from mentoring.matching._criteria import CriterionKind, GradeBand
from mentoring.matching._model import CompatibilityModel
from mentoring.matching._scorer import Scorer, ScoreRows
from mentoring.matching._terms import (
    Plan,
    Term,
    choice_raw,
    delivery_raw,
    gap_raw,
    grades_raw,
    plan_of,
)
from mentoring.model._people import Mentee, Mentor, Person
from mentoring.score import Score, ScorePart

__all__ = ["PartCache", "compatibility", "explain", "score_rows"]

_C = CriterionKind
_T = TypeVar("_T", str, int)
#: From this many scores (64 MB of floats) a run's rows are computed when
#: read, not kept (:class:`~mentoring.matching._scorer.ScoreRows`).
_KEPT_UP_TO = 1 << 23


def compatibility(
    model: CompatibilityModel,
    mentors: Sequence[Mentor],
    mentees: Sequence[Mentee],
    candidates: Sequence["array[int]"],
) -> tuple["array[float]", ...]:
    """The score of each mentee with each of its candidates: for mentee ``i``,
    an ``array('d')`` parallel to ``candidates[i]`` (positions in *mentors*,
    ascending), each value the :func:`explain` value of the pair.
    """
    return _kept(Scorer(plan_of(model), mentors), mentees, candidates)


def score_rows(
    model: CompatibilityModel,
    mentors: Sequence[Mentor],
    mentees: Sequence[Mentee],
    candidates: Sequence["array[int]"],
    *,
    kept: bool | None = None,
) -> Sequence["array[float]"]:
    """The rows of :func:`compatibility`, kept (*kept*), or computed each
    time one is read (:class:`~mentoring.matching._scorer.ScoreRows`, not
    *kept*); by default kept up to ``_KEPT_UP_TO`` scores in all, or when
    numpy (which rebuilds a row at C speed) is not at hand.
    """
    scorer = Scorer(plan_of(model), mentors)
    if kept is None:
        kept = scorer.fast is None or sum(map(len, candidates)) < _KEPT_UP_TO
    if not kept:
        return ScoreRows(scorer, mentees, candidates)
    return _kept(scorer, mentees, candidates)


def _kept(
    scorer: Scorer, mentees: Sequence[Mentee], candidates: Sequence["array[int]"]
) -> tuple["array[float]", ...]:
    everyone = scorer.n
    return tuple(
        scorer.scores(mentee, None if len(at) == everyone else at)
        if len(at)
        else array("d")
        for mentee, at in zip(mentees, candidates, strict=True)
    )


# -- the explained path ------------------------------------------------------------


def _listed(items: Sequence[object]) -> str:
    return ", ".join(str(i) for i in items)


def _overlap(
    mine: frozenset[_T],
    theirs: frozenset[_T],
    noun: str,
    plural: str,
) -> tuple[float, str]:
    if not mine:
        return 0.0, f"the mentee names no {noun}"
    shared = sorted(mine & theirs)
    raw = len(shared) / len(mine)
    if not shared:
        return raw, f"no {noun} in common"
    if len(shared) == len(mine):
        label = "" if noun == "subject" else (plural if len(shared) > 1 else noun) + " "
        return raw, f"teaches {label}{_listed(shared)}"
    return raw, (
        f"teaches {len(shared)} of the mentee's {len(mine)} {plural}"
        f" ({_listed(shared)})"
    )


def _same(mine: str, theirs: str, noun: str, plural: str) -> tuple[float, str]:
    if not mine or not theirs:
        return 0.0, f"no {noun} given"
    if mine == theirs:
        return 1.0, f"both in {mine}"
    return 0.0, f"different {plural}"


_Reasoned = tuple[float, str]


def _subject(_t: Term, m: Mentor, e: Mentee) -> _Reasoned:
    return _overlap(e.person.subjects, m.person.subjects, "subject", "subjects")


def _grades(t: Term, m: Mentor, e: Mentee) -> _Reasoned:
    mine, theirs = e.person.grades, m.person.grades
    if not mine:
        return 0.0, "the mentee names no grade"
    shared = sorted(mine & theirs)
    near: list[int] = []
    bands: list[GradeBand] = []
    if t.credit > 0:
        for grade in sorted(mine - theirs):
            band = next((b for b in t.bands if b.covers(grade)), None)
            if band is not None and any(band.covers(g) for g in theirs):
                near.append(grade)
                if band not in bands:
                    bands.append(band)
    raw = grades_raw(len(shared), len(near), t.credit, len(mine))
    if not near:
        if not shared and t.credit > 0 and t.bands:
            return raw, "no grade in common, nor in the same band"
        return _overlap(mine, theirs, "grade", "grades")
    same_band = (
        f"teaches in the same band as grade{'s' if len(near) > 1 else ''}"
        f" {_listed(near)} ({'; '.join(b.describe() for b in bands)})"
    )
    if not shared:
        return raw, f"no shared grade; {same_band}"
    return raw, (
        f"teaches {len(shared)} of the mentee's {len(mine)} grades"
        f" ({_listed(shared)}); {same_band}"
    )


def _organization(_t: Term, m: Mentor, e: Mentee) -> _Reasoned:
    return _same(
        e.person.organization, m.person.organization, "organization", "organizations"
    )


def _district(_t: Term, m: Mentor, e: Mentee) -> _Reasoned:
    return _same(e.person.district, m.person.district, "district", "districts")


def _experience(t: Term, m: Mentor, e: Mentee) -> _Reasoned:
    mine, theirs = e.person.experience_years, m.person.experience_years
    gap = theirs - mine
    raw = gap_raw(gap, t.years)
    if gap <= 0:
        return raw, f"not more experienced ({theirs} against {mine} years)"
    return raw, f"{gap} more years of experience, full credit at {t.years}"


def _interests(_t: Term, m: Mentor, e: Mentee) -> _Reasoned:
    mine, theirs = e.person.interests, m.person.interests
    union = mine | theirs
    shared = sorted(mine & theirs)
    raw = len(shared) / len(union) if union else 0.0
    if not union:
        return raw, "no interests given"
    if not shared:
        return raw, "no shared interests"
    return raw, f"shares {_listed(shared)} ({len(shared)} of {len(union)} interests)"


def _language(_t: Term, m: Mentor, e: Mentee) -> _Reasoned:
    mine, theirs = e.person.languages, m.person.languages
    shared = sorted(mine & theirs)
    if shared:
        return 1.0, f"both speak {_listed(shared)}"
    if not mine or not theirs:
        return 0.0, "no language given"
    return 0.0, "no common language"


def _delivery(_t: Term, m: Mentor, e: Mentee) -> _Reasoned:
    a, b = e.person.preferred_delivery, m.person.preferred_delivery
    raw = delivery_raw(a, b)
    if a is None or b is None:
        return raw, "no delivery preference given on one side"
    if a is b:
        return raw, f"both prefer {a.value}"
    verb = "can meet" if raw else "do not fit"
    return raw, f"{a.value} and {b.value} {verb}"


def _choice(_t: Term, m: Mentor, e: Mentee) -> _Reasoned:
    prefs = e.preferred_mentor_ids
    if m.id in prefs:
        rank = prefs.index(m.id)
        return choice_raw(rank, len(prefs)), (
            f"the mentee's choice no. {rank + 1} of {len(prefs)}"
        )
    if not prefs:
        return 0.0, "the mentee ranked no mentor"
    n = len(prefs)
    return 0.0, f"not among the mentee's {n} choice{'s' if n != 1 else ''}"


def _continuity(_t: Term, m: Mentor, e: Mentee) -> _Reasoned:
    previous = e.previous_mentor_id
    if previous is None:
        return 0.0, "no mentor last year"
    if previous == m.id:
        return 1.0, "last year's mentor"
    return 0.0, "not last year's mentor"


_REASONED: dict[CriterionKind, Callable[[Term, Mentor, Mentee], _Reasoned]] = {
    _C.SAME_SUBJECT: _subject,
    _C.SAME_GRADES: _grades,
    _C.SAME_ORGANIZATION: _organization,
    _C.SAME_DISTRICT: _district,
    _C.EXPERIENCE_GAP: _experience,
    _C.SHARED_INTERESTS: _interests,
    _C.SHARED_LANGUAGE: _language,
    _C.DELIVERY: _delivery,
    _C.MENTEE_CHOICE: _choice,
    _C.CONTINUITY: _continuity,
}


#: What each criterion reads of the two people (mentor's person, mentee's
#: person, mentor, mentee): its raw value and reason are a function of these.
_READS: dict[CriterionKind, Callable[[Person, Person, Mentor, Mentee], object]] = {
    _C.SAME_SUBJECT: lambda pm, pe, _m, _e: (pe.subjects, pm.subjects),
    _C.SAME_GRADES: lambda pm, pe, _m, _e: (pe.grades, pm.grades),
    _C.SAME_ORGANIZATION: lambda pm, pe, _m, _e: (pe.organization, pm.organization),
    _C.SAME_DISTRICT: lambda pm, pe, _m, _e: (pe.district, pm.district),
    _C.EXPERIENCE_GAP: lambda pm, pe, _m, _e: (
        pe.experience_years,
        pm.experience_years,
    ),
    _C.SHARED_INTERESTS: lambda pm, pe, _m, _e: (pe.interests, pm.interests),
    _C.SHARED_LANGUAGE: lambda pm, pe, _m, _e: (pe.languages, pm.languages),
    _C.DELIVERY: lambda pm, pe, _m, _e: (
        pe.preferred_delivery,
        pm.preferred_delivery,
    ),
    _C.MENTEE_CHOICE: lambda _pm, _pe, m, e: (e.preferred_mentor_ids, m.id),
    _C.CONTINUITY: lambda _pm, _pe, m, e: (e.previous_mentor_id, m.id),
}


class PartCache:
    """What :func:`explain` built for earlier pairs of one plan: each term's
    raw value and part by what the criterion reads of the two people, and the
    parts by what they say (pairs with the same reason for a criterion share
    one part, checked once).
    """

    __slots__ = ("_by_reason", "_known", "_plan", "_shown_at")

    def __init__(self) -> None:
        self._plan: Plan | None = None
        self._shown_at: list[int] = []
        self._known: dict[tuple[int, object], tuple[float, ScorePart]] = {}
        self._by_reason: dict[tuple[str, float, float, float, str], ScorePart] = {}

    def of(
        self, plan: Plan
    ) -> tuple[dict[tuple[int, object], tuple[float, ScorePart]], list[int]]:
        """The raw values and parts known for *plan*'s terms (by position and
        what they read), and the position of each shown term.
        """
        if plan is not self._plan:
            at = {id(t): k for k, t in enumerate(plan.terms)}
            self._plan = plan
            self._shown_at = [at[id(t)] for t in plan.shown]
            self._known = {}
        return self._known, self._shown_at

    def part(self, t: Term, raw: float, reason: str) -> ScorePart:
        """The part of term *t* with *raw* and *reason*, shared."""
        key = (t.kind.value, raw, t.weight, t.coef * raw, reason)
        found = self._by_reason.get(key)
        if found is None:
            found = self._by_reason[key] = ScorePart(
                criterion=key[0],
                raw=raw,
                weight=t.weight,
                contribution=key[3],
                reason=reason,
            )
        return found


def explain(
    plan: Plan, mentor: Mentor, mentee: Mentee, parts: PartCache | None = None
) -> Score:
    """The explained score of one pair, equal to the fast path's value.

    *parts*, when given, keeps what was built for earlier pairs: a criterion's
    raw value and reason depend only on what it reads of the two people (both
    subjects, both districts, ...), and a part is plain data, so pairs alike
    in what a criterion reads share one part (checked once), which is most of
    them when a run explains many pairs.
    """
    if parts is None:
        parts = PartCache()
    known, shown_at = parts.of(plan)
    pm, pe = mentor.person, mentee.person
    value = 0.0
    found: list[ScorePart] = []
    for k, t in enumerate(plan.terms):
        kind = t.kind
        key = (k, _READS[kind](pm, pe, mentor, mentee))
        got = known.get(key)
        if got is None:
            raw, reason = _REASONED[kind](t, mentor, mentee)
            got = known[key] = (raw, parts.part(t, raw, reason))
        value = value + t.coef * got[0]
        found.append(got[1])
    return Score(value=value, parts=tuple([found[k] for k in shown_at]))


# The sentences this module composes in English, for the catalogues: they
# are shown translated, with their values, by mentoring._i18n.tr_text.
_MESSAGES = (
    N_("the mentee names no subject"),
    N_("the mentee names no grade"),
    N_("no subject in common"),
    N_("no grade in common"),
    N_("teaches {values}"),
    N_("teaches grade {values}"),
    N_("teaches grades {values}"),
    N_("teaches {k} of the mentee's {n} subjects ({values})"),
    N_("teaches {k} of the mentee's {n} grades ({values})"),
    N_("no organization given"),
    N_("no district given"),
    N_("both in {place}"),
    N_("different organizations"),
    N_("different districts"),
    N_("no grade in common, nor in the same band"),
    N_("teaches in the same band as grade {grades} ({bands})"),
    N_("teaches in the same band as grades {grades} ({bands})"),
    N_("grades {low}-{high}"),
    N_("{name}, grades {low}-{high}"),
    N_("no shared grade"),
    N_("not more experienced ({theirs} against {mine} years)"),
    N_("{gap} more years of experience, full credit at {years}"),
    N_("no interests given"),
    N_("no shared interests"),
    N_("shares {values} ({k} of {n} interests)"),
    N_("both speak {values}"),
    N_("no language given"),
    N_("no common language"),
    N_("no delivery preference given on one side"),
    N_("both prefer {mode}"),
    N_("{a} and {b} can meet"),
    N_("{a} and {b} do not fit"),
    N_("the mentee's choice no. {rank} of {n}"),
    N_("the mentee ranked no mentor"),
    N_("not among the mentee's {n} choice"),
    N_("not among the mentee's {n} choices"),
    N_("no mentor last year"),
    N_("last year's mentor"),
    N_("not last year's mentor"),
)
