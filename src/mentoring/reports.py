"""The current-control report of a term, for a pair or for a programme.

The seed's programme reviews every pair once a quarter on a report "по
форме (Приложение 2)" (S004:L190): what was planned for the term, what was
done, what was missed, which criteria were reached. A :class:`ControlReport`
holds that as data, and gives it as rows of plain dicts, as text and as CSV.

>>> import datetime as dt
>>> from mentoring.calendar import AcademicYear
>>> from mentoring.model import MentoringPlan
>>> from mentoring.templates import RUSSIAN_YOUNG_SPECIALIST
>>> year = AcademicYear.for_jurisdiction("ru", 2021)
>>> plan = MentoringPlan.from_template(RUSSIAN_YOUNG_SPECIALIST, pair="p1",
...                                    period=year)
>>> plan = plan.complete("introduction", on=dt.date(2021, 9, 1))
>>> row = plan_control_row(plan, year.term("Q1"))
>>> row.planned, row.done, row.overdue
(6, 1, 5)
"""

import csv
import datetime as dt
import io
from collections.abc import Iterator

import attrs

from mentoring._checks import check, raise_if, validated
from mentoring._enums import ActivityStatus, CriterionStatus
from mentoring._files import csv_cell
from mentoring._format import date, percent
from mentoring._i18n import N_, tr
from mentoring._locale import lang_problems
from mentoring._problems import out_of_range
from mentoring._repr import value_repr
from mentoring.calendar import Term
from mentoring.errors import Problem
from mentoring.model._pairs import Pair
from mentoring.model._plans import MentoringPlan
from mentoring.model._program import Program
from mentoring.progress import plan_progress

__all__ = ["ControlReport", "ControlRow", "control_report", "plan_control_row"]

_A = ActivityStatus


@attrs.frozen(kw_only=True)
class ControlRow:
    """One plan in a term's current control: activities planned for the term,
    done (and of those, on time), missed, still overdue and cancelled; the
    criteria reached by the report's day (their titles, in the plan's order)
    and how many of them in this term; the plan's progress.

    .. versionadded:: 0.1.0
    """

    __repr__ = value_repr

    pair_id: str
    plan_id: str
    mentor_id: str = ""
    mentee_id: str = ""
    planned: int = 0
    done: int = 0
    done_on_time: int = 0
    missed: int = 0
    overdue: int = 0
    cancelled: int = 0
    criteria_reached: tuple[str, ...] = ()
    criteria_reached_in_term: int = 0
    criteria_total: int = 0
    progress: float = 0.0

    def __attrs_post_init__(self) -> None:
        check(self, self._problems)

    def _problems(self) -> Iterator[Problem]:
        for name in (
            "planned",
            "done",
            "done_on_time",
            "missed",
            "overdue",
            "cancelled",
            "criteria_reached_in_term",
            "criteria_total",
        ):
            value = getattr(self, name)
            if value < 0:
                yield out_of_range(f"$.{name}", value, low=0)
        if not 0.0 <= self.progress <= 1.0:
            yield out_of_range("$.progress", self.progress, low=0, high=1)

    def as_dict(self) -> dict[str, object]:
        """The row as a flat dict (criteria joined with ``"; "``)."""
        return {
            "pair_id": self.pair_id,
            "plan_id": self.plan_id,
            "mentor_id": self.mentor_id,
            "mentee_id": self.mentee_id,
            "planned": self.planned,
            "done": self.done,
            "done_on_time": self.done_on_time,
            "missed": self.missed,
            "overdue": self.overdue,
            "cancelled": self.cancelled,
            "criteria_reached": "; ".join(self.criteria_reached),
            "criteria_reached_count": len(self.criteria_reached),
            "criteria_reached_in_term": self.criteria_reached_in_term,
            "criteria_total": self.criteria_total,
            "progress": round(self.progress, 4),
        }


_COLUMNS = (
    (N_("pair"), "pair_id"),
    (N_("plan"), "plan_id"),
    (N_("planned"), "planned"),
    (N_("done"), "done"),
    (N_("on time"), "done_on_time"),
    (N_("missed"), "missed"),
    (N_("overdue"), "overdue"),
    (N_("cancelled"), "cancelled"),
    (N_("criteria"), "criteria"),
    (N_("progress"), "progress"),
)


@attrs.frozen(kw_only=True)
class ControlReport:
    """The current control of a term: the term, the day the report is as of,
    and a row per plan (by pair id, then plan id).

    .. versionadded:: 0.1.0
    """

    __repr__ = value_repr

    term: Term
    on: dt.date
    entries: tuple[ControlRow, ...] = ()
    program_id: str = ""
    title: str = ""

    def __attrs_post_init__(self) -> None:
        check(self)

    def rows(self) -> list[dict[str, object]]:
        """A plain dict per plan, for tables, dataframes and CSV."""
        term = {
            "term": self.term.name,
            "term_start": self.term.start.isoformat(),
            "term_end": self.term.end.isoformat(),
            "as_of": self.on.isoformat(),
        }
        return [{**term, **row.as_dict()} for row in self.entries]

    def totals(self) -> dict[str, int]:
        """The counts summed over every row."""
        names = ("planned", "done", "done_on_time", "missed", "overdue", "cancelled")
        return {n: sum(getattr(r, n) for r in self.entries) for n in names}

    def to_csv(self) -> str:
        """The rows as CSV text with a header line (newline line ends); a
        text that a spreadsheet would run as a formula gets a leading ``'``.
        """
        out = io.StringIO()
        rows = self.rows()
        fields = list(rows[0]) if rows else _csv_header()
        writer = csv.DictWriter(out, fieldnames=fields, lineterminator="\n")
        writer.writeheader()
        writer.writerows({k: csv_cell(v) for k, v in row.items()} for row in rows)
        return out.getvalue()

    def to_text(self, lang: str = "en") -> str:
        """The report as a plain-text table, then the criteria reached, in
        *lang* (one of :data:`~mentoring.labels.LANGS`; numbers and dates as
        the language writes them).

        .. versionchanged:: 0.1.0 *lang*.
        """
        raise_if(lang_problems(lang), "arguments of ControlReport.to_text")
        term = self.term
        title = f" {term.title}" if term.title else ""
        head = [
            tr("Current control: {term} ({start}..{end}), as of {on}", lang).format(
                term=f"{term.name}{title}",
                start=date(term.start, lang),
                end=date(term.end, lang),
                on=date(self.on, lang),
            )
        ]
        if self.title or self.program_id:
            head.append(
                tr("Programme: {title}", lang).format(
                    title=self.title or self.program_id
                )
            )
        table = [[tr(label, lang) for label, _ in _COLUMNS]]
        for r in self.entries:
            cells = {
                **{k: str(v) for k, v in r.as_dict().items()},
                "criteria": f"{len(r.criteria_reached)}/{r.criteria_total}",
                "progress": percent(r.progress, lang, 0),
            }
            table.append([cells[key] for _, key in _COLUMNS])
        totals = self.totals()
        table.append(
            [
                tr("total", lang),
                "",
                *(str(totals[k]) for _, k in _COLUMNS[2:8]),
                "",
                "",
            ]
        )
        widths = [max(len(row[i]) for row in table) for i in range(len(_COLUMNS))]
        lines = [
            "  ".join(
                cell.ljust(w) for cell, w in zip(row, widths, strict=True)
            ).rstrip()
            for row in table
        ]
        reached = [
            f"  {r.pair_id} / {r.plan_id}: {'; '.join(r.criteria_reached)}"
            for r in self.entries
            if r.criteria_reached
        ]
        if reached:
            lines += ["", tr("Criteria reached:", lang), *reached]
        return "\n".join([*head, "", *lines])


def _csv_header() -> list[str]:
    empty = ControlRow(pair_id="-", plan_id="-").as_dict()
    return ["term", "term_start", "term_end", "as_of", *empty]


@validated
def plan_control_row(
    plan: MentoringPlan,
    term: Term,
    *,
    on: dt.date | None = None,
    pair: Pair | None = None,
) -> ControlRow:
    """The current control of *plan* in *term*, as of *on* (default: the
    term's last day). Activities count when due in the term.

    .. versionadded:: 0.1.0
    """
    day = on or term.end
    due = [a for a in plan.activities if a.due in term]
    cancelled = [a for a in due if a.status is _A.CANCELLED]
    counted = [a for a in due if a.status is not _A.CANCELLED]
    done = [a for a in counted if a.status is _A.DONE and a.done_by(day)]
    met = plan.met_criteria(on=day)
    before = term.start - dt.timedelta(days=1)
    new = [
        c
        for c in met
        if plan.criterion_status(c.id, on=before) is not CriterionStatus.MET
    ]
    return ControlRow(
        pair_id=plan.pair_id,
        plan_id=plan.id,
        mentor_id=pair.mentor_id if pair else "",
        mentee_id=pair.mentee_id if pair else "",
        planned=len(counted),
        done=len(done),
        done_on_time=sum(1 for a in done if a.on_time),
        missed=sum(1 for a in counted if a.status is _A.MISSED),
        overdue=sum(1 for a in counted if a.status is _A.PLANNED and a.due < day),
        cancelled=len(cancelled),
        criteria_reached=tuple(c.title for c in met),
        criteria_reached_in_term=len(new),
        criteria_total=len(plan.criteria),
        progress=plan_progress(plan, on=day).value,
    )


@validated
def control_report(
    program: Program,
    term: Term | str,
    *,
    on: dt.date | None = None,
    pair_id: str | None = None,
) -> ControlReport:
    """The current-control report of *term* (a term or a term's name in the
    programme's year) for every plan of *program* that overlaps the term, or
    only for the plans of *pair_id*.

    An unknown term name or pair id raises
    :class:`~mentoring.errors.NotFoundError` (also a ``KeyError``).

    .. versionadded:: 0.1.0
    """
    if isinstance(term, str):
        term = program.year.term(term)
    if pair_id is not None:
        program.pair(pair_id)
    pairs = {p.id: p for p in program.pairs}
    plans = sorted(
        (
            p
            for p in program.plans
            if (pair_id is None or p.pair_id == pair_id)
            and p.start <= term.end
            and p.end >= term.start
        ),
        key=lambda p: (p.pair_id, p.id),
    )
    day = on or term.end
    return ControlReport(
        term=term,
        on=day,
        entries=tuple(
            plan_control_row(p, term, on=day, pair=pairs.get(p.pair_id)) for p in plans
        ),
        program_id=program.id,
        title=program.title,
    )
