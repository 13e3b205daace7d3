"""Why a mentee has no mentor: every rule that left each mentor out.

A reason is derived mentor by mentor, never from the order in which rules
are applied: each mentor is checked against every hard rule of the run, and
the reason names, rule by rule, the mentors that rule left out. So a mentor
is never said to fail a rule it passes (the false "no mentor works in the
same organization" when one does but teaches another subject).
"""

from collections.abc import Callable, Iterable, Mapping, Sequence
from operator import itemgetter

from mentoring._i18n import N_, tr, tr_n
from mentoring.matching._criteria import ConstraintKind
from mentoring.matching._result import Exclusion, Unmatched, UnmatchedReason
from mentoring.matching._rules import Rules
from mentoring.model._people import Mentee, Mentor

__all__ = ["RULE_ORDER", "Reasons", "exclusions", "no_mentor", "rule_text"]

_K = ConstraintKind

#: Every rule that may leave a mentor out, in the order a reason lists them.
RULE_ORDER: tuple[str, ...] = (
    "self",
    "function",
    _K.REQUIRED_CERTIFICATION.value,
    _K.REQUIRED_LEVEL.value,
    _K.SAME_SUBJECT.value,
    _K.SAME_GRADES.value,
    _K.SAME_ORGANIZATION.value,
    _K.SAME_DISTRICT.value,
    _K.EXPERIENCE_GAP.value,
    "paired",
    "dissolved",
    "avoided",
    "forbidden",
    "allow",
    "full",
    "min_score",
)

_TEXTS = {
    "self": N_("is the mentee"),
    "function": N_("does not fill the function {function}"),
    "required_certification": N_("holds no {certifications}"),
    "required_level": N_("is not at level {levels}"),
    "same_subject": N_("teaches none of the mentee's subjects ({subjects})"),
    "same_grades": N_("teaches none of the mentee's grades ({grades})"),
    "same_organization": N_("works outside the mentee's organization ({organization})"),
    "same_district": N_("works outside the mentee's district ({district})"),
    "experience_gap": N_("has less than {years} years of experience"),
    "paired": N_("already has a pending or open pair with the mentee"),
    "dissolved": N_(
        "had a pair with the mentee dissolved (rematch_dissolved=True allows it again)"
    ),
    "avoided": N_("is avoided by the mentee"),
    "forbidden": N_("is forbidden for the mentee"),
    "allow": N_("is refused by the custom rule (allow)"),
    "full": N_("has no place left"),
    "min_score": N_("scores below the minimum of {min_score}"),
}


def _joined(values: Iterable[object], sep: str = ", ") -> str:
    shown = sorted(str(getattr(v, "value", v)) for v in values)
    return sep.join(shown) if shown else "-"


def rule_text(rule: str, rules: Rules, mentee: Mentee, lang: str = "en") -> str:
    """What a mentor left out by *rule* fails, in *lang*, with the mentee's
    own value the rule compares.
    """
    e = mentee.person
    years = max(
        (c.years for c in rules.pair_rules if c.kind is _K.EXPERIENCE_GAP), default=0
    )
    values = {
        "function": rules.function.value,
        "certifications": " / ".join(
            _joined(c.certifications, " or ")
            for c in rules.mentor_rules
            if c.kind is _K.REQUIRED_CERTIFICATION
        ),
        "levels": " / ".join(
            _joined(c.levels, " or ")
            for c in rules.mentor_rules
            if c.kind is _K.REQUIRED_LEVEL
        ),
        "subjects": _joined(e.subjects),
        "grades": _joined(e.grades),
        "organization": e.organization or "-",
        "district": e.district or "-",
        "years": str(e.experience_years + years),
        "min_score": f"{rules.min_score:.0%}",
    }
    return tr(_TEXTS[rule], lang).format(**values)


def mentor_rules_failed(rules: Rules, mentor: Mentor, mentee: Mentee) -> list[str]:
    """Every hard rule of *rules* the pair of *mentor* and *mentee* breaks,
    places apart, as rule codes (empty when the pair may be made).
    """
    if mentor.id == mentee.id:
        return ["self"]
    failed = [] if rules.function in mentor.functions else ["function"]
    failed.extend(
        c.kind.value
        for c in rules.mentor_rules
        if rules.mentor_fault(mentor, c) is not None
    )
    failed.extend(
        c.kind.value
        for c in rules.pair_rules
        if rules.pair_fault(c, mentor, mentee) is not None
    )
    mid, eid = mentor.id, mentee.id
    named = (
        ("paired", mid in rules.paired.get(eid, ())),
        ("dissolved", mid in rules.dissolved.get(eid, {})),
        ("avoided", mid in mentee.avoided_mentor_ids),
        ("forbidden", mid in rules.forbidden.get(eid, ())),
    )
    failed.extend(rule for rule, broken in named if broken)
    if not failed and rules.allow is not None and not rules.allow(mentor, mentee):
        failed.append("allow")
    return list(dict.fromkeys(failed))


def exclusions(
    rules: Rules,
    mentee: Mentee,
    mentors: Sequence[Mentor],
    places: Mapping[str, int],
    below: Iterable[str] = (),
) -> tuple[Exclusion, ...]:
    """Rule by rule, the *mentors* each rule leaves out for *mentee*: the
    hard rules, then ``full`` (passes every rule, no place left), then
    ``min_score`` (the mentors of *below*).
    """
    by_rule: dict[str, list[str]] = {}
    low = set(below)
    for mentor in sorted(mentors, key=lambda m: m.id):
        failed = mentor_rules_failed(rules, mentor, mentee)
        if not failed:
            if places.get(mentor.id, 0) <= 0:
                failed = ["full"]
            elif mentor.id in low:
                failed = ["min_score"]
        for rule in failed:
            by_rule.setdefault(rule, []).append(mentor.id)
    return tuple(
        Exclusion(rule=rule, mentor_ids=tuple(by_rule[rule]))
        for rule in RULE_ORDER
        if rule in by_rule
    )


def _ids(ids: Sequence[str], lang: str) -> str:
    if len(ids) <= 3:
        return ", ".join(ids)
    more = len(ids) - 3
    return tr_n("{ids}, {n} more", "{ids}, {n} more", more, lang).format(
        ids=", ".join(ids[:3]), n=more
    )


def no_mentor(  # noqa: PLR0913
    rules: Rules,
    mentee: Mentee,
    mentors: Sequence[Mentor],
    places: Mapping[str, int],
    below: Iterable[str] = (),
    *,
    lang: str = "en",
) -> Unmatched:
    """The :class:`Unmatched` of *mentee*, who has no candidate: the code
    (``all_full`` when every mentor passing the rules is full,
    ``below_min_score`` when every one left scores below the floor,
    ``no_eligible_mentor`` otherwise) and the reason rule by rule.
    """
    found = exclusions(rules, mentee, mentors, places, below)
    if not mentors:
        return Unmatched(
            mentee_id=mentee.id,
            code=UnmatchedReason.NO_ELIGIBLE_MENTOR,
            reason=tr("there are no mentors", lang),
        )
    passing = [m.id for m in mentors if not mentor_rules_failed(rules, m, mentee)]
    code, reason = _told(
        found, len(passing), lambda rule: rule_text(rule, rules, mentee, lang), lang
    )
    return Unmatched(mentee_id=mentee.id, code=code, reason=reason, excluded=found)


def _told(
    found: Sequence[Exclusion], passing: int, text: Callable[[str], str], lang: str
) -> tuple[UnmatchedReason, str]:
    """The code and the sentence of a mentee whose mentors the rules of
    *found* left out, *passing* of them passing every hard rule; *text*
    gives a rule's words.
    """
    rules_of = {x.rule for x in found}
    if passing and rules_of & {"full", "min_score"}:
        if "min_score" in rules_of:
            code = UnmatchedReason.BELOW_MIN_SCORE
            head = tr(
                "no pair with a mentor who passes every rule reaches the floor", lang
            )
        else:
            code = UnmatchedReason.ALL_FULL
            head = tr_n(
                "the {n} mentor who passes every rule is full",
                "all {n} mentors who pass every rule are full",
                passing,
                lang,
            ).format(n=passing)
    else:
        code = UnmatchedReason.NO_ELIGIBLE_MENTOR
        head = tr("no mentor passes every rule", lang)
    parts = [f"{text(x.rule)}: {_ids(x.mentor_ids, lang)}" for x in found]
    return code, f"{head} ({'; '.join(parts)})"


#: the mentee's value each pair rule compares (the rest compare none)
_KEYS = {
    _K.SAME_SUBJECT.value: "subjects",
    _K.SAME_GRADES.value: "grades",
    _K.SAME_ORGANIZATION.value: "organization",
    _K.SAME_DISTRICT.value: "district",
    _K.EXPERIENCE_GAP.value: "experience_years",
}


class Reasons:
    """:func:`no_mentor` for many mentees of one run, the same answers at the
    cost of a few set operations per mentee rather than every rule per
    mentor.

    A rule's verdict depends on the mentor alone (function, certification,
    level: computed once) or on one value of the mentee (the pair rules: the
    mentors that fit a value are computed once per distinct value), apart
    from the rules naming people (self, paired, dissolved, avoided,
    forbidden) and the custom rule (``allow``), asked per pair as before.
    Mentees with the same values, nobody named and the same mentors below
    the floor get the same exclusions and sentence, computed once.
    """

    def __init__(
        self, rules: Rules, mentors: Sequence[Mentor], places: Mapping[str, int]
    ) -> None:
        self.rules = rules
        self.mentors = tuple(sorted(mentors, key=lambda m: m.id))
        self.ids = tuple(m.id for m in self.mentors)
        self.at: dict[str, list[int]] = {}
        for j, mentor_id in enumerate(self.ids):
            self.at.setdefault(mentor_id, []).append(j)
        self.every = frozenset(range(len(self.mentors)))
        fixed: dict[str, set[int]] = {}
        if unfit := {
            j for j, m in enumerate(self.mentors) if rules.function not in m.functions
        }:
            fixed["function"] = unfit
        for c in rules.mentor_rules:
            fails = {
                j
                for j, m in enumerate(self.mentors)
                if rules.mentor_fault(m, c) is not None
            }
            if fails:
                fixed.setdefault(c.kind.value, set()).update(fails)
        self.fixed = {rule: frozenset(js) for rule, js in fixed.items()}
        self.full = frozenset(
            j for j, m in enumerate(self.mentors) if places.get(m.id, 0) <= 0
        )
        self._unfits: dict[tuple[int, object], frozenset[int]] = {}
        self._said: dict[
            tuple[object, ...],
            tuple[tuple[Exclusion, ...], UnmatchedReason, str],
        ] = {}

    def _unfit(self, k: int, mentee: Mentee) -> frozenset[int]:
        """The positions of the mentors the *k*-th pair rule leaves out for
        *mentee*: computed with the rule itself for the first mentee with
        the value it compares, then shared.
        """
        c = self.rules.pair_rules[k]
        key = (k, getattr(mentee.person, _KEYS[c.kind.value]))
        found = self._unfits.get(key)
        if found is None:
            fault = self.rules.pair_fault
            found = self._unfits[key] = frozenset(
                j for j, m in enumerate(self.mentors) if fault(c, m, mentee) is not None
            )
        return found

    def _named(self, mentee: Mentee) -> dict[str, set[int]]:
        """The positions of the mentors the rules naming people leave out."""
        rules, eid = self.rules, mentee.id
        named = {
            "paired": rules.paired.get(eid, ()),
            "dissolved": rules.dissolved.get(eid, {}),
            "avoided": mentee.avoided_mentor_ids,
            "forbidden": rules.forbidden.get(eid, ()),
        }
        at = self.at
        return {
            rule: js
            for rule, ids in named.items()
            if (js := {j for i in ids for j in at.get(i, ())})
        }

    def no_mentor(
        self, mentee: Mentee, below: Iterable[str] = (), *, lang: str = "en"
    ) -> Unmatched:
        """What :func:`no_mentor` says of *mentee*, who has no candidate,
        with the mentors of this run and their places.
        """
        if not self.mentors:
            return no_mentor(self.rules, mentee, (), {}, below, lang=lang)
        rules = self.rules
        own = self.at.get(mentee.id, ())
        named = self._named(mentee)
        low = tuple(below)
        values = tuple(
            getattr(mentee.person, _KEYS[c.kind.value]) for c in rules.pair_rules
        )
        alone = not own and not named and rules.allow is None
        key = (values, low, lang)
        if alone and (said := self._said.get(key)) is not None:
            found, code, reason = said
            return Unmatched(
                mentee_id=mentee.id, code=code, reason=reason, excluded=found
            )
        by_rule, passing = self._left_out(mentee, own, named, low)
        ids = self.ids
        found = tuple(
            Exclusion(rule=rule, mentor_ids=_picked(ids, by_rule[rule]))
            for rule in RULE_ORDER
            if by_rule.get(rule)
        )
        code, reason = _told(
            found,
            passing,
            lambda rule: rule_text(rule, rules, mentee, lang),
            lang,
        )
        if alone:
            self._said[key] = (found, code, reason)
        return Unmatched(mentee_id=mentee.id, code=code, reason=reason, excluded=found)

    def _left_out(
        self,
        mentee: Mentee,
        own: Sequence[int],
        named: Mapping[str, set[int]],
        low: Sequence[str],
    ) -> tuple[dict[str, set[int] | frozenset[int]], int]:
        """Rule by rule, the positions of the mentors left out for *mentee*
        (*own*: the mentee's positions among the mentors, *named*: what the
        rules naming people leave out, *low*: the ids below the floor), and
        how many mentors pass every hard rule.
        """
        rules = self.rules
        by_rule: dict[str, set[int] | frozenset[int]] = dict(self.fixed)
        for k, c in enumerate(rules.pair_rules):
            unfit = self._unfit(k, mentee)
            if unfit:
                rule = c.kind.value
                by_rule[rule] = by_rule.get(rule, frozenset()) | unfit
        by_rule.update(named)
        if own:
            mine = frozenset(own)
            by_rule = {rule: js - mine for rule, js in by_rule.items()}
            by_rule["self"] = mine
        failed = set(own).union(*by_rule.values())
        if rules.allow is not None:
            allow, mentors = rules.allow, self.mentors
            refused = {
                j
                for j in range(len(mentors))
                if j not in failed and not allow(mentors[j], mentee)
            }
            if refused:
                by_rule["allow"] = refused
                failed |= refused
        passing = self.every - failed
        if full := passing & self.full:
            by_rule["full"] = full
        if low and (scored := (passing - self.full) & self._positions(low)):
            by_rule["min_score"] = scored
        return by_rule, len(passing)

    def _positions(self, ids: Iterable[str]) -> set[int]:
        at = self.at
        return {j for i in ids for j in at.get(i, ())}


def _picked(ids: Sequence[str], positions: Iterable[int]) -> tuple[str, ...]:
    """The ids at *positions*, in the order of the positions (ascending)."""
    chosen = sorted(positions)
    if len(chosen) == 1:
        return (ids[chosen[0]],)
    return tuple(itemgetter(*chosen)(ids))
