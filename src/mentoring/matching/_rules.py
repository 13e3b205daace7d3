"""Hard constraints: who may mentor at all, and which pairs may be made.

Every rule says why in words, for a locked pair that breaks it and for a
mentee left without a mentor.
"""

import datetime as dt
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from functools import partial

from mentoring._enums import MentorFunction, PairStatus
from mentoring._i18n import N_
from mentoring.matching._criteria import Constraint, ConstraintKind
from mentoring.matching._model import CompatibilityModel
from mentoring.model._pairs import Pair
from mentoring.model._people import Mentee, Mentor

__all__ = ["Allow", "Rules", "pending"]

#: A custom hard rule, ``allow(mentor, mentee) -> bool``, that says whether a
#: mentor may mentor a mentee (the type of the ``allow`` argument of
#: :func:`~mentoring.matching.match`). Being code, it is not stored in a
#: :class:`~mentoring.matching.CompatibilityModel`.
Allow = Callable[[Mentor, Mentee], bool]

_K = ConstraintKind


def pending(pairs: Iterable[Pair]) -> list[Pair]:
    """The pairs not ended yet (proposed, active or paused): they hold places."""
    return [p for p in pairs if not p.status.is_terminal]


def _names(values: Iterable[object]) -> str:
    return " or ".join(sorted(str(getattr(v, "value", v)) for v in values))


def _listed(values: Iterable[object]) -> str:
    return ", ".join(str(v) for v in sorted(values))  # type: ignore[type-var]


class Rules:
    """The hard constraints of one matching run."""

    def __init__(  # noqa: PLR0913
        self,
        model: CompatibilityModel,
        *,
        function: MentorFunction,
        on: dt.date | None,
        allow: Allow | None,
        existing: Sequence[Pair],
        rematch_dissolved: bool = False,
    ) -> None:
        self.function = function
        self.on = on
        self.allow = allow
        self.min_score = model.min_score
        applying = [c for c in model.constraints if c.applies_to(function)]
        self.mentor_rules = [
            c
            for c in applying
            if c.kind in (_K.REQUIRED_CERTIFICATION, _K.REQUIRED_LEVEL)
        ]
        #: which mentees the function is for (``mentee_category``)
        self.mentee_rules = [c for c in applying if c.kind is _K.MENTEE_CATEGORY]
        self.pair_rules = [
            c
            for c in applying
            if c not in self.mentor_rules and c not in self.mentee_rules
        ]
        self.forbidden: dict[str, set[str]] = defaultdict(set)
        for ref in model.forbidden:
            self.forbidden[ref.mentee_id].add(ref.mentor_id)
        self.paired: dict[str, set[str]] = defaultdict(set)
        self.held: dict[str, int] = defaultdict(int)
        self.same_function: dict[str, str] = {}
        for pair in sorted(pending(existing), key=lambda p: p.id):
            self.paired[pair.mentee_id].add(pair.mentor_id)
            self.held[pair.mentor_id] += 1
            if pair.function is function:
                self.same_function.setdefault(pair.mentee_id, pair.id)
        #: mentee id -> mentor id -> the first pair of theirs that was dissolved
        self.dissolved: dict[str, dict[str, str]] = defaultdict(dict)
        if not rematch_dissolved:
            for pair in sorted(existing, key=lambda p: p.id):
                if pair.status is PairStatus.DISSOLVED:
                    self.dissolved[pair.mentee_id].setdefault(pair.mentor_id, pair.id)

    # -- one mentee, one mentor, one pair ------------------------------------------

    def outside(self, mentee: Mentee) -> str | None:
        """Why the run's function is not for *mentee* (its category), or None."""
        for c in self.mentee_rules:
            if mentee.category not in c.categories:
                return _names(c.categories)
        return None

    def mentor_fault(self, mentor: Mentor, constraint: Constraint) -> str | None:
        """Why *mentor* breaks a mentor-only *constraint*, or None."""
        if constraint.kind is _K.REQUIRED_CERTIFICATION:
            if mentor.person.holds(*constraint.certifications, on=self.on):
                return None
            return f"mentor {mentor.id!r} holds no {_names(constraint.certifications)}"
        if mentor.level in constraint.levels:
            return None
        level = "no level" if mentor.level is None else f"level {mentor.level.value}"
        return f"mentor {mentor.id!r} has {level}, not {_names(constraint.levels)}"

    def mentor_faults(self, mentor: Mentor) -> list[str]:
        """Why *mentor* may not mentor in this run at all (empty when eligible)."""
        faults = []
        if self.function not in mentor.functions:
            faults.append(
                f"mentor {mentor.id!r} does not fill the function"
                f" {self.function.value!r}"
            )
        faults.extend(self.qualification_faults(mentor))
        return faults

    def qualification_faults(self, mentor: Mentor) -> list[str]:
        """Which required certification or level *mentor* lacks."""
        found = (self.mentor_fault(mentor, c) for c in self.mentor_rules)
        return [fault for fault in found if fault is not None]

    def pair_fault(
        self, constraint: Constraint, mentor: Mentor, mentee: Mentee
    ) -> str | None:
        """Why the pair breaks a pair *constraint*, or None."""
        return _PAIR_FAULTS[constraint.kind](constraint, mentor, mentee)

    def exclusion(self, mentor: Mentor, mentee: Mentee) -> str | None:
        """Why the pair is excluded by name (self, pending or open, dissolved,
        avoided, forbidden).
        """
        mid, eid = mentor.id, mentee.id
        if mid == eid:
            return "a person cannot mentor themself"
        if mid in self.paired.get(eid, ()):
            return (
                f"mentor {mid!r} and mentee {eid!r} already have a pending or open pair"
            )
        gone = self.dissolved.get(eid, {}).get(mid)
        if gone is not None:
            return (
                f"the pair {gone!r} of mentor {mid!r} and mentee {eid!r} was"
                " dissolved (pass rematch_dissolved=True to allow them again)"
            )
        if mid in mentee.avoided_mentor_ids:
            return f"mentee {eid!r} avoids mentor {mid!r}"
        if mid in self.forbidden.get(eid, ()):
            return f"the pair {mid!r} - {eid!r} is forbidden"
        return None

    def pair_faults(self, mentor: Mentor, mentee: Mentee) -> list[str]:
        """Every hard constraint the pair breaks, places apart."""
        faults = self.mentor_faults(mentor)
        excluded = self.exclusion(mentor, mentee)
        if excluded is not None:
            faults.append(excluded)
        for c in self.pair_rules:
            fault = self.pair_fault(c, mentor, mentee)
            if fault is not None:
                faults.append(fault)
        if not faults and self.allow is not None and not self.allow(mentor, mentee):
            faults.append("the custom rule (allow) refuses the pair")
        return faults

    # -- why a mentee has nobody --------------------------------------------------

    def why_nobody(
        self,
        mentee: Mentee,
        mentors: Sequence[Mentor],
        places: Mapping[str, int],
    ) -> tuple[bool, str]:
        """Why *mentee* has no eligible mentor with a place: ``(full, reason)``
        where ``full`` says every eligible mentor is full.
        """
        pool = [m for m in mentors if m.id != mentee.id]
        if not pool:
            return False, (
                "there are no mentors"
                if not mentors
                else "the only mentor is the mentee themself"
            )
        for fits, reason in self._filters(mentee):
            pool = [m for m in pool if fits(m)]
            if not pool:
                return False, reason
        ids = [m.id for m in pool]
        if all(places.get(i, 0) <= 0 for i in ids):
            shown = ", ".join(ids[:3]) + (", ..." if len(ids) > 3 else "")
            n = len(ids)
            return True, (
                f"all {n} eligible mentor{'s are' if n != 1 else ' is'} full ({shown})"
            )
        return False, "no eligible mentor"

    def _qualified(self, constraint: Constraint, mentor: Mentor) -> bool:
        return self.mentor_fault(mentor, constraint) is None

    def _fits(self, constraint: Constraint, mentee: Mentee, mentor: Mentor) -> bool:
        return self.pair_fault(constraint, mentor, mentee) is None

    def _not_excluded(self, mentee: Mentee, mentor: Mentor) -> bool:
        return self.exclusion(mentor, mentee) is None

    def _filters(
        self, mentee: Mentee
    ) -> Iterator[tuple[Callable[[Mentor], bool], str]]:
        """The hard constraints in the order :meth:`why_nobody` applies them,
        each with the reason when no mentor is left after it.
        """
        function = self.function
        yield (
            lambda m: function in m.functions,
            f"no mentor fills the function {function.value!r}",
        )
        for c in self.mentor_rules:
            yield partial(self._qualified, c), _nobody_qualified(c)
        for c in self.pair_rules:
            yield partial(self._fits, c, mentee), _NOBODY[c.kind](c, mentee)
        yield (
            partial(self._not_excluded, mentee),
            (
                "every mentor who fits is avoided by the mentee, forbidden,"
                " already paired with them, or had a pair with them dissolved"
            ),
        )
        allow = self.allow
        if allow is not None:
            yield (
                lambda m: allow(m, mentee),
                "the custom rule (allow) refuses every mentor who fits",
            )


# -- the pair constraints, each with why a pair breaks it ----------------------


def _shared_fault(what: str, mentor: Mentor, mentee: Mentee) -> str | None:
    """``same_subject`` and ``same_grades``: a value in common."""
    mine = getattr(mentor.person, what)
    theirs = getattr(mentee.person, what)
    if mine & theirs:
        return None
    listed = _listed(theirs) or "none given"
    mid, eid = mentor.id, mentee.id
    if what == "subjects":
        return f"mentor {mid!r} teaches no subject of mentee {eid!r} ({listed})"
    return f"mentor {mid!r} teaches none of the grades of mentee {eid!r} ({listed})"


def _subject_fault(_c: Constraint, mentor: Mentor, mentee: Mentee) -> str | None:
    return _shared_fault("subjects", mentor, mentee)


def _grades_fault(_c: Constraint, mentor: Mentor, mentee: Mentee) -> str | None:
    return _shared_fault("grades", mentor, mentee)


def _place_fault(c: Constraint, mentor: Mentor, mentee: Mentee) -> str | None:
    """``same_organization`` and ``same_district``."""
    what = "organization" if c.kind is _K.SAME_ORGANIZATION else "district"
    mine, theirs = getattr(mentor.person, what), getattr(mentee.person, what)
    if mine and mine == theirs:
        return None
    return (
        f"mentor {mentor.id!r} ({mine or 'none given'}) and mentee {mentee.id!r}"
        f" ({theirs or 'none given'}) are not in the same {what}"
    )


def _experience_fault(c: Constraint, mentor: Mentor, mentee: Mentee) -> str | None:
    m, e = mentor.person, mentee.person
    need = e.experience_years + c.years
    if m.experience_years >= need:
        return None
    return (
        f"mentor {mentor.id!r} has {m.experience_years} years of experience, at"
        f" least {need} wanted ({e.experience_years} + {c.years})"
    )


_PAIR_FAULTS: dict[
    ConstraintKind, Callable[[Constraint, Mentor, Mentee], str | None]
] = {
    _K.SAME_SUBJECT: _subject_fault,
    _K.SAME_GRADES: _grades_fault,
    _K.SAME_ORGANIZATION: _place_fault,
    _K.SAME_DISTRICT: _place_fault,
    _K.EXPERIENCE_GAP: _experience_fault,
}


# -- why no mentor is left ------------------------------------------------------


def _nobody_qualified(c: Constraint) -> str:
    if c.kind is _K.REQUIRED_CERTIFICATION:
        return f"no mentor holds {_names(c.certifications)}"
    return f"no mentor is at level {_names(c.levels)}"


def _nobody_sharing(c: Constraint, mentee: Mentee) -> str:
    """``same_subject`` and ``same_grades``: nobody teaches one in common."""
    subject = c.kind is _K.SAME_SUBJECT
    noun, values = ("subject", "subjects") if subject else ("grade", "grades")
    given = getattr(mentee.person, values)
    if not given:
        return f"the mentee names no {noun}, and a {noun} in common is required"
    same = "subject" if subject else "grades"
    return f"no mentor teaches the same {same} ({_listed(given)})"


def _nobody_nearby(c: Constraint, mentee: Mentee) -> str:
    """``same_organization`` and ``same_district``."""
    what = "organization" if c.kind is _K.SAME_ORGANIZATION else "district"
    place = getattr(mentee.person, what)
    if not place:
        return f"the mentee names no {what}, and the same {what} is required"
    return f"no mentor works in the same {what} ({place})"


def _nobody_senior(c: Constraint, mentee: Mentee) -> str:
    return (
        f"no mentor has at least {c.years} more years of experience than the"
        f" mentee's {mentee.person.experience_years}"
    )


_NOBODY: dict[ConstraintKind, Callable[[Constraint, Mentee], str]] = {
    _K.SAME_SUBJECT: _nobody_sharing,
    _K.SAME_GRADES: _nobody_sharing,
    _K.SAME_ORGANIZATION: _nobody_nearby,
    _K.SAME_DISTRICT: _nobody_nearby,
    _K.EXPERIENCE_GAP: _nobody_senior,
}

# The sentences this module composes in English for a reader (why a mentee
# has no mentor), for the catalogues: shown translated, with their values, by
# mentoring._i18n.tr_text.
_MESSAGES = (
    N_("there are no mentors"),
    N_("the only mentor is the mentee themself"),
    N_("all {n} eligible mentor is full ({ids})"),
    N_("all {n} eligible mentors are full ({ids})"),
    N_("no eligible mentor"),
    N_("no mentor fills the function {function}"),
    N_(
        "every mentor who fits is avoided by the mentee, forbidden, already "
        "paired with them, or had a pair with them dissolved"
    ),
    N_("the custom rule (allow) refuses every mentor who fits"),
    N_("no mentor holds {certifications}"),
    N_("no mentor is at level {levels}"),
    N_("the mentee names no subject, and a subject in common is required"),
    N_("the mentee names no grade, and a grade in common is required"),
    N_("no mentor teaches the same subject ({values})"),
    N_("no mentor teaches the same grades ({values})"),
    N_("the mentee names no organization, and the same organization is required"),
    N_("the mentee names no district, and the same district is required"),
    N_("no mentor works in the same organization ({place})"),
    N_("no mentor works in the same district ({place})"),
    N_(
        "no mentor has at least {years} more years of experience than the "
        "mentee's {mine}"
    ),
)
