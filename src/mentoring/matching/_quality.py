"""The quality of a matching, the questions coordinators ask first: how
many got their first choice, is it stable, who is overloaded, who is waiting
and why.
"""

import datetime as dt
import math
from collections import Counter
from collections.abc import Iterable

import attrs

from mentoring._format import number, percent
from mentoring._i18n import tr, tr_n
from mentoring.matching._inputs import Priority
from mentoring.matching._result import Matching, MentorLoad, UnmatchedReason
from mentoring.matching._rules import Allow
from mentoring.matching._stability import blocking_pairs
from mentoring.model._pairs import Pair
from mentoring.model._people import Mentee, Mentor

__all__ = ["MatchingQuality", "quality"]

#: How many of the most loaded mentors a report names.
_MOST_LOADED = 3


@attrs.frozen(kw_only=True)
class MatchingQuality:
    """How good a :class:`~mentoring.matching.Matching` is.

    ``choices[k]`` is how many mentees got the mentor they named
    ``k + 1``-th (``Mentee.preferred_mentor_ids``; 1st, 2nd, 3rd, the
    later choices counted at the end); ``unchosen`` got a mentor they did
    not name (or named none). ``blocking_pairs`` is the number of mentee and
    mentor who would both rather be together (0 for a stable matching).
    Scores are over the pairs the matching proposed; ``most_loaded`` are the
    mentors with the largest share of places taken (then the most places,
    then by id); ``idle`` the mentors with places and no pair at all;
    ``unmatched`` the mentees left, counted by reason, the most frequent
    first. Made by :func:`quality` only, so not checked again.

    .. versionadded:: 0.1.0
    """

    method: str
    assigned: int
    choices: tuple[int, ...] = ()
    unchosen: int = 0
    blocking_pairs: int = 0
    lowest_score: float | None = None
    mean_score: float | None = None
    utilization: float = 0.0
    most_loaded: tuple[MentorLoad, ...] = ()
    idle: int = 0
    unmatched: tuple[tuple[UnmatchedReason, int], ...] = ()

    def lines(self, lang: str = "en") -> tuple[str, ...]:
        """The report in words, one fact a line, in *lang*."""
        out = [
            tr_n(
                "{n} mentee matched ({method})",
                "{n} mentees matched ({method})",
                self.assigned,
                lang,
            ).format(n=self.assigned, method=self.method),
        ]
        if any(self.choices) or self.unchosen:
            parts = [
                tr("choice no. {k}: {n}", lang).format(k=k, n=n)
                for k, n in enumerate(self.choices, start=1)
                if n
            ]
            parts.append(tr("not a choice: {n}", lang).format(n=self.unchosen))
            out.append(tr("choices: {parts}", lang).format(parts=", ".join(parts)))
        out.append(
            tr_n(
                "{n} blocking pair",
                "{n} blocking pairs",
                self.blocking_pairs,
                lang,
            ).format(n=self.blocking_pairs)
            + (" (" + tr("stable", lang) + ")" if not self.blocking_pairs else "")
        )
        if self.lowest_score is not None and self.mean_score is not None:
            out.append(
                tr("score: lowest {low}, mean {mean}", lang).format(
                    low=percent(self.lowest_score, lang, 0),
                    mean=percent(self.mean_score, lang, 0),
                )
            )
        out.append(
            tr("places taken: {share}", lang).format(
                share=percent(self.utilization, lang, 0)
            )
        )
        if self.most_loaded:
            loaded = ", ".join(
                f"{m.mentor_id} {number(m.used, lang, 0)}/{number(m.capacity, lang, 0)}"
                for m in self.most_loaded
            )
            out.append(tr("most loaded: {mentors}", lang).format(mentors=loaded))
        if self.idle:
            out.append(
                tr_n(
                    "{n} mentor with places has no pair",
                    "{n} mentors with places have no pair",
                    self.idle,
                    lang,
                ).format(n=self.idle)
            )
        for code, n in self.unmatched:
            out.append(tr("unmatched, {code}: {n}", lang).format(code=code.value, n=n))
        return tuple(out)


def quality(  # noqa: PLR0913
    matching: Matching,
    *,
    mentors: Iterable[Mentor],
    mentees: Iterable[Mentee],
    existing: Iterable[Pair] = (),
    priority: Priority | None = None,
    allow: Allow | None = None,
    on: dt.date | None = None,
    rematch_dissolved: bool = False,
) -> MatchingQuality:
    """The quality report of *matching*, made from *mentors* and *mentees*
    with the options it was made with (as for
    :func:`~mentoring.matching.blocking_pairs`).

    Raises:
        ~mentoring.errors.ValidationError: people or options that are not
            those the matching was made from, every problem with its path.

    >>> from mentoring import Mentee, Mentor, Person
    >>> from mentoring.matching import match
    >>> mentors = [Mentor(person=Person(id=i, name=i)) for i in ("m1", "m2")]
    >>> mentees = [Mentee(person=Person(id="e1", name="E"),
    ...                   preferred_mentor_ids=("m2", "m1"))]
    >>> result = match(mentors, mentees)
    >>> report = quality(result, mentors=mentors, mentees=mentees)
    >>> report.choices, report.blocking_pairs, report.idle
    ((1, 0, 0), 0, 1)

    .. versionadded:: 0.1.0
    """
    mentor_list = tuple(mentors)
    mentee_list = tuple(mentees)
    blocking = blocking_pairs(
        matching,
        mentors=mentor_list,
        mentees=mentee_list,
        existing=existing,
        priority=priority,
        allow=allow,
        on=on,
        rematch_dissolved=rematch_dissolved,
    )
    wanted = {e.id: e.preferred_mentor_ids for e in mentee_list}
    ranks: Counter[int] = Counter()
    unchosen = 0
    for a in matching.assignments:
        named = wanted.get(a.mentee_id, ())
        if a.mentor_id in named:
            ranks[named.index(a.mentor_id) + 1] += 1
        else:
            unchosen += 1
    deepest = max(3, *ranks) if ranks else 3
    values = [a.score.value for a in matching.assignments]
    loads = sorted(
        (m for m in matching.utilization if m.used),
        key=lambda m: (-m.rate, -m.used, m.mentor_id),
    )
    reasons = Counter(u.code for u in matching.unmatched)
    return MatchingQuality(
        method=matching.method,
        assigned=len(matching.assignments),
        choices=tuple(ranks[k] for k in range(1, deepest + 1)),
        unchosen=unchosen,
        blocking_pairs=len(blocking),
        lowest_score=min(values) if values else None,
        mean_score=math.fsum(values) / len(values) if values else None,
        utilization=matching.overall_utilization,
        most_loaded=tuple(loads[:_MOST_LOADED]),
        idle=sum(1 for m in matching.utilization if m.capacity and not m.used),
        unmatched=tuple(sorted(reasons.items(), key=lambda kv: (-kv[1], kv[0].value))),
    )
