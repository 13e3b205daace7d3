"""Forming groups: focus groups led by an eligible leader, or leaderless
peer groups.

:func:`match_groups` places every member in exactly one group or lists it
as unplaced with the reason. The number of groups is the fewest that keeps
every group within the size bounds; the sizes are as even as possible (they
differ by at most one when every member may join every group); leaders are
chosen by the model's hard rules and, among those, the ones most members may
join; members go to leaders by the assignment step (``stable`` by default,
``optimal`` for the most members placed, then the highest total score).
Alike or mixed groups, and members kept apart or together, are then reached
by swapping members between groups, which keeps the sizes. Every input is
sorted by id first, so the result is the same for any input order.
"""

import datetime as dt
import enum
import math
from array import array
from bisect import bisect_left
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from typing import cast

import attrs

from mentoring._checks import check, expect, raise_if
from mentoring._enums import Approach, DeliveryMode, MentorFunction
from mentoring._i18n import tr, tr_n
from mentoring._problems import (
    not_one_of,
    out_of_range,
    problem,
    unknown_id,
    wrong_type,
)
from mentoring.errors import Problem
from mentoring.matching._assignment import METHODS, Instance, Method, solve
from mentoring.matching._compatibility import compatibility
from mentoring.matching._eligibility import Pool
from mentoring.matching._inputs import model_or_default, option_problems, people
from mentoring.matching._model import CompatibilityModel
from mentoring.matching._reasons import Reasons
from mentoring.matching._rules import Rules
from mentoring.model._pairs import Group
from mentoring.model._people import Mentee, Mentor

__all__ = [
    "GROUP_ATTRIBUTES",
    "FormedGroup",
    "Grouping",
    "Unplaced",
    "UnplacedReason",
    "match_groups",
]

#: The attributes groups can be alike or mixed by.
GROUP_ATTRIBUTES: tuple[str, ...] = (
    "subject",
    "grades",
    "organization",
    "district",
    "category",
    "language",
)

_SUBJECT = "arguments of match_groups"


class UnplacedReason(enum.StrEnum):
    """Why a member is in no group.

    .. versionadded:: 0.1.0
    """

    NO_LEADER = "no_leader"  #: no leader the member may join passes the rules
    GROUPS_FULL = "groups_full"  #: every group the member may join is full
    TOO_FEW = "too_few"  #: too few members for one more group of the least size
    KEPT_APART = "kept_apart"  #: no group without a member it is kept apart from
    KEPT_TOGETHER = "kept_together"  #: its set cannot be kept in one group
    LEADS = "leads"  #: a member who leads a group of its own


@attrs.frozen(kw_only=True)
class FormedGroup:
    """One group: its leader (``None`` for a leaderless peer group), its
    members sorted by id, and the mean score of the leader with its members
    (0.0 for a peer group).

    .. versionadded:: 0.1.0
    """

    leader_id: str | None
    member_ids: tuple[str, ...]
    mean_score: float = 0.0

    def __attrs_post_init__(self) -> None:
        check(self)


@attrs.frozen(kw_only=True)
class Unplaced:
    """A member in no group, with the reason in words and as a code.

    .. versionadded:: 0.1.0
    """

    member_id: str
    code: UnplacedReason
    reason: str

    def __attrs_post_init__(self) -> None:
        check(self)


@attrs.frozen(kw_only=True)
class Grouping:
    """The result of :func:`match_groups`: the groups, sorted by leader id
    (peer groups by their first member), and the members left out with why.

    .. versionadded:: 0.1.0
    """

    groups: tuple[FormedGroup, ...] = ()
    unplaced: tuple[Unplaced, ...] = ()
    size: tuple[int, int] = (2, 8)

    def __attrs_post_init__(self) -> None:
        check(self)

    def group_of(self, member_id: str) -> FormedGroup | None:
        """The group *member_id* is in, if any."""
        for group in self.groups:
            if member_id in group.member_ids:
                return group
        return None

    def to_groups(  # noqa: PLR0913
        self,
        *,
        on: dt.date,
        id_prefix: str = "group-",
        topics: Sequence[str] = (),
        facilitator: str | None = None,
        approach: Approach = Approach.GROUP,
        delivery: DeliveryMode = DeliveryMode.OFFLINE,
    ) -> tuple[Group, ...]:
        """The groups as :class:`~mentoring.model.Group` values formed *on*,
        to add to a programme's ``groups``: ids *id_prefix* + 1, 2, ...,
        the ``k``-th group's topic ``topics[k]`` when given. A leaderless
        peer group is convened by *facilitator* (a mentor of the programme,
        for example its coordinator) as the group's ``mentor_id``.

        Raises:
            ~mentoring.errors.ValidationError: a peer group without a
                *facilitator*, or a facilitator who is also a member.
        """
        problems: list[Problem] = []
        expect(problems, "$.on", on, dt.date)
        expect(problems, "$.facilitator", facilitator, str | None)
        if facilitator is None and any(g.leader_id is None for g in self.groups):
            problems.append(
                problem("$.facilitator", "missing", "peer groups need a facilitator")
            )
        raise_if(problems, "arguments of Grouping.to_groups")
        made = []
        for k, group in enumerate(self.groups):
            leader = group.leader_id if group.leader_id is not None else facilitator
            made.append(
                Group(
                    id=f"{id_prefix}{k + 1}",
                    mentor_id=str(leader),
                    mentee_ids=frozenset(group.member_ids),
                    topic=topics[k] if k < len(topics) else "",
                    approach=approach,
                    delivery=delivery,
                    formed_on=on,
                )
            )
        return tuple(made)


# -- the entry point -------------------------------------------------------------


def match_groups(  # noqa: PLR0913
    leaders: Iterable[Mentor] | None,
    members: Iterable[Mentee],
    *,
    model: CompatibilityModel | None = None,
    size: tuple[int, int] = (2, 8),
    function: MentorFunction = MentorFunction.CONSULTANT,
    alike: str | None = None,
    mixed: str | None = None,
    apart: Iterable[Iterable[str]] = (),
    together: Iterable[Iterable[str]] = (),
    on: dt.date | None = None,
    method: Method = "stable",
) -> Grouping:
    """Form groups of *members*, each led by one of *leaders* (``None``:
    leaderless peer groups).

    Args:
        leaders: who may lead; the model's hard rules for *function* decide
            who may (under the Kazakh preset, NIS level 1-2 teachers) and,
            with each member, whom they may lead (a subject leader, the same
            subject). A leader's ``capacity`` (for pairs) does not bound a
            group: *size* does. ``None`` forms leaderless peer groups.
        members: the people to place, each in exactly one group or listed
            in ``Grouping.unplaced`` with the reason.
        model: the compatibility model (default:
            :meth:`CompatibilityModel.default`).
        size: ``(least, most)`` members per group. The fewest groups that fit
            are formed, their sizes as even as possible.
        function: the mentor function the leaders fill for the group.
        alike: group members alike by this attribute (one of
            ``GROUP_ATTRIBUTES``: ``"subject"``, ``"grades"``,
            ``"organization"``, ``"district"``, ``"category"``,
            ``"language"``), as far as the rules allow.
        mixed: group members as mixed as possible by this attribute.
        apart: sets of member ids never in one group.
        together: sets of member ids always in one group.
        on: count certifications obtained by this day only.
        method: how members go to the chosen leaders: ``"stable"`` (the
            default: no member and leader would both rather be together),
            ``"optimal"`` (the most members placed, then the highest total
            score; exact, and several times slower on large rosters) or
            ``"greedy"``. When every member may join every leader, each
            fills every place.

    Returns:
        A :class:`Grouping`; :meth:`Grouping.to_groups` gives the
        programme's :class:`~mentoring.model.Group` values.

    Raises:
        ValidationError: bad input, every problem with its path.

    >>> from mentoring import Mentee, Mentor, Person
    >>> lead = [Mentor(person=Person(id=f"l{i}", name="L")) for i in (1, 2)]
    >>> team = [Mentee(person=Person(id=f"t{i}", name="T")) for i in range(5)]
    >>> result = match_groups(lead, team, size=(2, 3))
    >>> [(g.leader_id, len(g.member_ids)) for g in result.groups]
    [('l1', 3), ('l2', 2)]

    .. versionadded:: 0.1.0
    """
    problems: list[Problem] = []
    leader_list = (
        None if leaders is None else people(problems, "leaders", leaders, Mentor)
    )
    member_list = people(problems, "members", members, Mentee)
    option_problems(problems, model=model, function=function, on=on)
    low, high = _size(problems, size)
    for name, value in (("alike", alike), ("mixed", mixed)):
        if value is not None and value not in GROUP_ATTRIBUTES:
            problems.append(not_one_of(f"$.{name}", GROUP_ATTRIBUTES, value))
    if method not in METHODS:
        problems.append(not_one_of("$.method", METHODS, method))
    if alike is not None and mixed is not None:
        problems.append(
            problem("$.mixed", "conflict", "groups cannot be alike and mixed")
        )
    known = {m.id for m in member_list}
    apart_sets = _id_sets(problems, "apart", apart, known)
    together_sets = _id_sets(problems, "together", together, known)
    checked = model_or_default(problems, _SUBJECT, model)
    rules = Rules(checked, function=function, on=on, allow=None, existing=())
    if leader_list is None:
        made = _peer_groups(member_list, low, high, alike=alike, mixed=mixed)
        former = _Former(member_list, [], None, low, high)
    else:
        former = _leader_former(
            checked, rules, leader_list, member_list, (low, high), method
        )
        made = former.groups
    former.groups = made
    former.settle(
        key=_key_of(alike or mixed),
        alike=alike is not None,
        mixed=mixed is not None,
        apart=apart_sets,
        together=together_sets,
    )
    return former.result(rules, leader_list)


def _size(problems: list[Problem], size: object) -> tuple[int, int]:
    if (
        not isinstance(size, tuple)
        or len(size) != 2
        or not all(isinstance(v, int) and not isinstance(v, bool) for v in size)
    ):
        problems.append(wrong_type("$.size", "(least, most) as two ints", size))
        return 1, 1
    low, high = cast("tuple[int, int]", size)
    if low < 1:
        problems.append(out_of_range("$.size[0]", low, low=1))
    if high < max(low, 1):
        problems.append(out_of_range("$.size[1]", high, low=max(low, 1)))
    return max(low, 1), max(high, low, 1)


def _id_sets(
    problems: list[Problem], name: str, value: object, known: set[str]
) -> list[tuple[str, ...]]:
    if not expect(problems, f"$.{name}", value, Iterable[Iterable[str]]):
        return []
    found = []
    for i, ids in enumerate(cast("Iterable[Iterable[str]]", value)):
        members = tuple(sorted(set(ids)))
        problems.extend(
            unknown_id(f"$.{name}[{i}]", "member", member_id)
            for member_id in members
            if member_id not in known
        )
        found.append(members)
    return sorted(found)


def _key_of(attribute: str | None) -> Callable[[Mentee], str] | None:
    if attribute is None:
        return None

    def key(member: Mentee) -> str:
        p = member.person
        value: object = {
            "subject": sorted(p.subjects),
            "grades": sorted(p.grades),
            "organization": p.organization,
            "district": p.district,
            "category": member.category.value,
            "language": sorted(p.languages),
        }[attribute]
        return ",".join(map(str, value)) if isinstance(value, list) else str(value)

    return key


def _count(n: int, low: int, high: int, most: int | None = None) -> int:
    """How many groups for *n* members: the fewest within *high*, fewer when
    they could not all reach *low*, at most *most*.
    """
    g = math.ceil(n / high) if n else 0
    if most is not None:
        g = min(g, most)
    if g * low > n:
        g = n // low
    return g


def _targets(n: int, g: int, high: int) -> list[int]:
    """Even sizes for *n* members in *g* groups of at most *high*."""
    if not g:
        return []
    q, r = divmod(min(n, g * high), g)
    return [q + 1] * r + [q] * (g - r)


# -- leaderless peer groups --------------------------------------------------------


def _peer_groups(
    members: Sequence[Mentee],
    low: int,
    high: int,
    *,
    alike: str | None,
    mixed: str | None,
) -> list[list[int]]:
    n = len(members)
    g = _count(n, low, high)
    order = list(range(n))
    key = _key_of(alike or mixed)
    if key is not None:
        order.sort(key=lambda i: (key(members[i]), members[i].id))
    sizes = _targets(n, g, high)
    if mixed is not None:
        groups: list[list[int]] = [[] for _ in range(g)]
        k = 0
        for i in order[: sum(sizes)]:
            while len(groups[k % g]) >= sizes[k % g]:
                k += 1
            groups[k % g].append(i)
            k += 1
        return groups
    groups, at = [], 0
    for s in sizes:
        groups.append(order[at : at + s])
        at += s
    return groups


# -- groups with leaders ----------------------------------------------------------


class _Allowed:
    """Who may join whom, and the score: each member's candidate leaders
    (ascending positions) and the scores parallel to them.
    """

    def __init__(
        self, candidates: Sequence["array[int]"], scores: Sequence["array[float]"]
    ) -> None:
        self.candidates = candidates
        self.scores = scores

    def allows(self, i: int, j: int) -> bool:
        """Whether member *i* may join leader *j*."""
        cand = self.candidates[i]
        k = bisect_left(cand, j)
        return k < len(cand) and cand[k] == j

    def any(self, i: int) -> bool:
        """Whether member *i* may join any leader."""
        return len(self.candidates[i]) > 0

    def score(self, i: int, j: int) -> float:
        """The score of member *i* with leader *j* (allowed)."""
        return self.scores[i][bisect_left(self.candidates[i], j)]


class _Former:
    """Groups being formed: member positions per group, each group's leader
    (a position in ``leaders``), and who may join whom.
    """

    def __init__(
        self,
        members: Sequence[Mentee],
        leaders: Sequence[Mentor],
        may: _Allowed | None,
        low: int,
        high: int,
    ) -> None:
        self.members = members
        self.leaders = leaders
        self.may = may
        self.low = low
        self.high = high
        self.groups: list[list[int]] = []
        self.chosen: list[int] = []  # the leader of each group
        self.reasons: dict[int, tuple[UnplacedReason, str]] = {}
        #: why a member has no leader, for every member left without one
        self.no_leader: Reasons | None = None

    def fits(self, i: int, k: int) -> bool:
        """Whether member *i* may be in group *k*."""
        return self.may is None or self.may.allows(i, self.chosen[k])

    def settle(
        self,
        *,
        key: Callable[[Mentee], str] | None,
        alike: bool,
        mixed: bool,
        apart: Sequence[tuple[str, ...]],
        together: Sequence[tuple[str, ...]],
    ) -> None:
        """Swap members between groups until the sets of *together* share a
        group and those of *apart* do not, then towards alike or mixed
        groups; a member who cannot be settled leaves its group with the
        reason, and a group left below the least size is dissolved.
        """
        at = {m.id: i for i, m in enumerate(self.members)}
        bound = {at[x] for ids in together for x in ids}
        for ids in together:
            self._together([at[x] for x in ids], bound)
        for ids in apart:
            self._apart([at[x] for x in ids], bound, apart)
        if key is not None and (alike or mixed):
            self._improve(key, alike=alike, bound=bound, apart=apart)
        for k, group in enumerate(self.groups):
            if 0 < len(group) < self.low:
                for i in group:
                    self.reasons[i] = (
                        UnplacedReason.TOO_FEW,
                        tr_n(
                            "too few members left for a group of at least {n}",
                            "too few members left for a group of at least {n}",
                            self.low,
                        ).format(n=self.low),
                    )
                self.groups[k] = []

    def _where(self) -> dict[int, int]:
        return {i: k for k, group in enumerate(self.groups) for i in group}

    def _swap(self, i: int, k: int, j: int, h: int) -> None:
        """Member *i* of group *k* and member *j* of group *h* change places."""
        self.groups[k].remove(i)
        self.groups[h].remove(j)
        self.groups[k].append(j)
        self.groups[h].append(i)

    def _clash(
        self,
        i: int,
        h: int,
        apart: Sequence[tuple[str, ...]],
        out: int = -1,
    ) -> bool:
        """Whether member *i* in group *h* (without member *out*) would share
        it with one it is kept apart from.
        """
        mine = self.members[i].id
        others = {self.members[j].id for j in self.groups[h] if j not in (i, out)}
        return any(mine in ids and others & set(ids) for ids in apart)

    def _together(self, members: list[int], bound: set[int]) -> None:
        where = self._where()
        placed = [i for i in members if i in where]
        if len(placed) < 2:
            return
        counts = Counter(where[i] for i in placed)
        target = min(counts, key=lambda k: (-counts[k], k))
        for i in placed:
            k = where[i]
            if k == target:
                continue
            swap = next(
                (
                    j
                    for j in sorted(self.groups[target])
                    if j not in bound and self.fits(i, target) and self.fits(j, k)
                ),
                None,
            )
            if swap is None:
                self.groups[k].remove(i)
                self.reasons[i] = (
                    UnplacedReason.KEPT_TOGETHER,
                    tr(
                        "the members it is kept together with are in a group"
                        " it cannot join"
                    ),
                )
            else:
                self._swap(i, k, swap, target)

    def _apart(
        self,
        members: list[int],
        bound: set[int],
        apart: Sequence[tuple[str, ...]],
    ) -> None:
        seen: set[int] = set()
        for i in sorted(members):
            where = self._where()
            k = where.get(i)
            if k is None:
                continue
            if k not in seen:
                seen.add(k)
                continue
            done = False
            for h in range(len(self.groups)):
                if h in seen or h == k or not self.fits(i, h):
                    continue
                for j in sorted(self.groups[h]):
                    if (
                        j not in bound
                        and self.fits(j, k)
                        and not self._clash(i, h, apart, out=j)
                        and not self._clash(j, k, apart, out=i)
                    ):
                        self._swap(i, k, j, h)
                        seen.add(h)
                        done = True
                        break
                if done:
                    break
            if not done:
                self.groups[k].remove(i)
                self.reasons[i] = (
                    UnplacedReason.KEPT_APART,
                    tr("every group it may join holds a member it is kept apart from"),
                )

    def _improve(  # noqa: C901 - one loop of swaps, its guards in a row
        self,
        key: Callable[[Mentee], str],
        *,
        alike: bool,
        bound: set[int],
        apart: Sequence[tuple[str, ...]],
    ) -> None:
        """Swap members while a swap makes the groups more alike (or mixed):
        the number of members sharing a value with another of their group
        rises (or falls).
        """
        keys = [key(m) for m in self.members]
        sign = 1 if alike else -1
        for _ in range(4):
            changed = False
            counts = [Counter(keys[i] for i in g) for g in self.groups]
            for k in range(len(self.groups)):
                for h in range(k + 1, len(self.groups)):
                    for i in sorted(self.groups[k]):
                        if i in bound or i not in self.groups[k]:
                            continue
                        for j in sorted(self.groups[h]):
                            a, b = keys[i], keys[j]
                            if a == b or j in bound:
                                continue
                            gain = (
                                counts[h][a]
                                + counts[k][b]
                                - counts[k][a]
                                - counts[h][b]
                                + 2
                            )
                            if sign * gain <= 0:
                                continue
                            if not (self.fits(i, h) and self.fits(j, k)):
                                continue
                            if self._clash(i, h, apart, out=j) or self._clash(
                                j, k, apart, out=i
                            ):
                                continue
                            self._swap(i, k, j, h)
                            counts[k][a] -= 1
                            counts[k][b] += 1
                            counts[h][b] -= 1
                            counts[h][a] += 1
                            changed = True
                            break
            if not changed:
                return

    def result(self, rules: Rules, leaders: Sequence[Mentor] | None) -> Grouping:
        placed = set()
        groups = []
        for k, group in enumerate(self.groups):
            if not group:
                continue
            placed.update(group)
            ids = tuple(sorted(self.members[i].id for i in group))
            if self.may is not None:
                leader = self.chosen[k]
                mean = math.fsum(self.may.score(i, leader) for i in group) / len(group)
                groups.append(
                    FormedGroup(
                        leader_id=self.leaders[leader].id,
                        member_ids=ids,
                        mean_score=mean,
                    )
                )
            else:
                groups.append(FormedGroup(leader_id=None, member_ids=ids))
        groups.sort(key=lambda g: (g.leader_id or "", g.member_ids))
        unplaced = []
        for i, member in enumerate(self.members):
            if i in placed:
                continue
            code, reason = self.reasons.get(i) or self._why(i, rules, leaders)
            unplaced.append(Unplaced(member_id=member.id, code=code, reason=reason))
        return Grouping(
            groups=tuple(groups), unplaced=tuple(unplaced), size=(self.low, self.high)
        )

    def _why(
        self, i: int, rules: Rules, leaders: Sequence[Mentor] | None
    ) -> tuple[UnplacedReason, str]:
        member = self.members[i]
        if leaders is not None and (self.may is None or not self.may.any(i)):
            if self.no_leader is None:
                self.no_leader = Reasons(rules, leaders, {m.id: 1 for m in leaders})
            return UnplacedReason.NO_LEADER, self.no_leader.no_mentor(member).reason
        if not any(self.groups):
            n = self.low
            return UnplacedReason.TOO_FEW, tr_n(
                "too few members for a group of at least {n}",
                "too few members for a group of at least {n}",
                n,
            ).format(n=n)
        return UnplacedReason.GROUPS_FULL, tr_n(
            "every group it may join is full ({n} member at most)",
            "every group it may join is full ({n} members at most)",
            self.high,
        ).format(n=self.high)


def _leader_former(  # noqa: PLR0913, PLR0917
    model: CompatibilityModel,
    rules: Rules,
    leaders: Sequence[Mentor],
    members: Sequence[Mentee],
    size: tuple[int, int],
    method: Method,
) -> _Former:
    """Groups led by the eligible *leaders* most members may join, filled
    by *method*; a group below the least size gives up its leader and the
    others are filled again.
    """
    low, high = size
    eligible = [m for m in leaders if not rules.mentor_faults(m)]
    pool = Pool(rules, eligible)
    candidates = [pool.candidates(e) for e in members]
    scores = compatibility(model, pool.mentors, members, candidates)
    former = _Former(members, pool.mentors, _Allowed(candidates, scores), low, high)
    shared = Counter(id(cand) for cand in candidates)
    reach = [0] * len(eligible)
    for cand in {id(c): c for c in candidates}.values():
        for j in cand:
            reach[j] += shared[id(cand)]
    ranking = sorted(
        (j for j in range(len(eligible)) if reach[j]),
        key=lambda j: (-reach[j], eligible[j].id),
    )
    reachable = sum(1 for cand in candidates if len(cand))
    chosen = ranking[: _count(reachable, low, high, len(ranking))]
    while chosen:
        order = sorted(chosen, key=lambda j: eligible[j].id)
        leading = {eligible[j].id for j in chosen}
        sizes = _targets(reachable, len(chosen), high)
        cap = {j: sizes[k] for k, j in enumerate(chosen)}
        ids = [eligible[j].id for j in order]
        inst = _instance(members, candidates, scores, order, leading, cap, ids)
        picked = solve(inst, method=method)
        groups: list[list[int]] = [[] for _ in order]
        for i, c in enumerate(picked):
            if c >= 0:
                groups[c].append(i)
        small = [c for c, g in enumerate(groups) if len(g) < low]
        if not small:
            former.groups = groups
            former.chosen = order
            break
        rank = {j: k for k, j in enumerate(chosen)}
        drop = max(small, key=lambda c: (-len(groups[c]), rank[order[c]]))
        chosen = [j for j in chosen if j != order[drop]]
    leading = {eligible[j].id for j in former.chosen}
    for i, member in enumerate(members):
        if member.id in leading:
            former.reasons[i] = (UnplacedReason.LEADS, tr("leads a group"))
    return former


def _instance(  # noqa: PLR0913, PLR0917
    members: Sequence[Mentee],
    candidates: Sequence["array[int]"],
    scores: Sequence["array[float]"],
    order: Sequence[int],
    leading: set[str],
    cap: dict[int, int],
    leader_ids: Sequence[str],
) -> Instance:
    """The assignment of *members* to the leaders of *order* (positions in
    the pool), each with *cap* places; members who lead take none.
    """
    col = {j: c for c, j in enumerate(order)}
    memo: dict[int, tuple[array[int], list[int] | None]] = {}
    rows: list[array[int]] = []
    values: list[array[float]] = []
    empty_i, empty_d = array("i"), array("d")
    for member, cand, row in zip(members, candidates, scores, strict=True):
        if member.id in leading:
            rows.append(empty_i)
            values.append(empty_d)
            continue
        found = memo.get(id(cand))
        if found is None:
            keep = [k for k, j in enumerate(cand) if j in col]
            mapped = array("i", (col[cand[k]] for k in keep))
            found = memo[id(cand)] = (mapped, None if len(keep) == len(cand) else keep)
        rows.append(found[0])
        kept = found[1]
        values.append(row if kept is None else array("d", (row[k] for k in kept)))
    return Instance(
        mentee_ids=tuple(m.id for m in members),
        mentor_ids=tuple(leader_ids),
        capacities=tuple(cap[j] for j in order),
        candidates=tuple(rows),
        scores=tuple(values),
    )
