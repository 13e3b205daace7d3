"""Why a mentee has no mentor: every rule that left each mentor out.

A reason is derived mentor by mentor, never from the order in which rules
are applied: each mentor is checked against every hard rule of the run, and
the reason names, rule by rule, the mentors that rule left out. So a mentor
is never said to fail a rule it passes (the false "no mentor works in the
same organization" when one does but teaches another subject).
"""

from collections.abc import Iterable, Mapping, Sequence

from mentoring._i18n import N_, tr, tr_n
from mentoring.matching._criteria import ConstraintKind
from mentoring.matching._result import Exclusion, Unmatched, UnmatchedReason
from mentoring.matching._rules import Rules
from mentoring.model._people import Mentee, Mentor

__all__ = ["RULE_ORDER", "exclusions", "no_mentor", "rule_text"]

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
    rules_of = {x.rule for x in found}
    passing = [m.id for m in mentors if not mentor_rules_failed(rules, m, mentee)]
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
                len(passing),
                lang,
            ).format(n=len(passing))
    else:
        code = UnmatchedReason.NO_ELIGIBLE_MENTOR
        head = tr("no mentor passes every rule", lang)
    parts = [
        f"{rule_text(x.rule, rules, mentee, lang)}: {_ids(x.mentor_ids, lang)}"
        for x in found
    ]
    return Unmatched(
        mentee_id=mentee.id,
        code=code,
        reason=f"{head} ({'; '.join(parts)})",
        excluded=found,
    )
