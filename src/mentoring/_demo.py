"""``mentoring demo``: the library's main job, end to end, on a sample.

The sections, each made by the library's own functions: the programme and
its people, the pairs by status, matching of the mentees still waiting
(with the explanation of every score, then the proposed pairs added and
activated), plan progress, health signals, and the indicator report from
the start of the year to the review with the programme's effectiveness.
"""

import datetime as dt
import enum
from collections import Counter
from collections.abc import Iterable, Iterator
from typing import Any, TextIO

from mentoring import health, indicators, matching, progress
from mentoring._commands import explain_lines, preset_model, render_report
from mentoring._format import date, percent
from mentoring._i18n import N_, tr, tr_n, tr_text
from mentoring.labels import _member_label
from mentoring.model import MentorFunction, PairStatus, Program

__all__ = ["review_day", "run_demo", "waiting_mentees"]

#: The words of the page, in English; shown through the catalogues.
_TEXT: dict[str, str] = {
    "programme": N_("Programme"),
    "organization": N_("organization"),
    "year": N_("school year"),
    "curator": N_("curator"),
    "review": N_("reviewed on"),
    "people": N_("People"),
    "mentors": N_("mentors"),
    "functions": N_("functions offered (a mentor may offer several)"),
    "levels": N_("levels"),
    "mentees": N_("mentees"),
    "groups": N_("groups"),
    "certificates": N_("certificates held"),
    "pairs": N_("Pairs by status"),
    "matching": N_("Matching the mentees still waiting"),
    "waiting": N_("waiting"),
    "eligible": N_("mentors eligible under the model"),
    "model": N_("model"),
    "method": N_("method"),
    "match": N_("match"),
    "unmatched": N_("unmatched"),
    "nobody": N_("nobody is waiting"),
    "progress": N_("Plan progress"),
    "health": N_("Health signals"),
    "no_signal": N_("no signal: every pair is on track"),
    "indicators": N_("Indicators from the start to the review"),
    "effectiveness": N_("Effectiveness of the programme"),
    "effective": N_("effective"),
    "quality": N_("quality of the matching"),
    "floor": N_("lowest score proposed"),
}

_PRESETS = {"ru": "ru", "kz": "kz", "md": "md", "ro": "ro"}

#: The demo proposes no pair scoring below this share.
MIN_SCORE = 0.25


def label(value: enum.Enum, lang: str) -> str:
    """The label of an enum member in *lang* (one of the command's choices,
    so :func:`mentoring.labels.label`'s argument checks are not repeated).
    """
    return _member_label(value, lang)


def review_day(program: Program) -> dt.date:
    """The day a programme's records stand on: its latest dated record (pair
    transitions, assessments, activities done, events, achievements, surveys,
    measurements), or the year's first day when it has none.
    """
    days: list[dt.date] = [program.year.start]
    days += [t.on for p in program.pairs for t in p.history]
    for plan in program.plans:
        days += [a.on for a in plan.assessments]
        days += [a.done_on for a in plan.activities if a.done_on is not None]
    days += [e.on for e in program.events]
    days += [a.on for a in program.achievements]
    days += [s.on for s in program.surveys]
    days += [m.on for m in program.measurements]
    return max(days)


def waiting_mentees(program: Program) -> tuple[str, ...]:
    """The mentees who never had a pair (but a dissolved one) and are in no
    group: those matching is for.
    """
    taken = {p.mentee_id for p in program.pairs if p.status is not PairStatus.DISSOLVED}
    taken |= {e for g in program.groups for e in g.mentee_ids}
    return tuple(sorted(m.id for m in program.mentees if m.id not in taken))


def _heading(title: str) -> list[str]:
    return ["", title, "=" * len(title)]


def _bar(value: float, width: int = 20) -> str:
    filled = round(max(0.0, min(1.0, value)) * width)
    return "#" * filled + "." * (width - filled)


def _summary(program: Program, t: dict[str, str], lang: str) -> Iterator[str]:
    yield from _heading(f"{t['programme']}: {program.title}")
    yield f"{t['organization']}: {program.organization}"
    year = program.year
    yield (
        f"{t['year']}: {year.label}"
        f" ({date(year.start, lang)} .. {date(year.end, lang)})"
    )
    if program.curator is not None:
        yield f"{t['curator']}: {program.curator.name}"
    yield f"{t['review']}: {date(review_day(program), lang)}"


def _counts(counter: Counter[str], indent: str) -> Iterator[str]:
    for name, n in sorted(counter.items()):
        if n:
            yield f"{indent}{name}: {n}"


def _people(program: Program, t: dict[str, str], lang: str) -> Iterator[str]:
    yield from _heading(t["people"])
    yield f"{t['mentors']}: {len(program.mentors)}"
    yield f"  {t['functions']}:"
    yield from _counts(
        Counter(label(f, lang) for m in program.mentors for f in m.functions), "    "
    )
    levels = Counter(label(m.level, lang) for m in program.mentors if m.level)
    if levels:
        yield f"  {t['levels']}:"
        yield from _counts(levels, "    ")
    held = Counter(
        label(c.kind, lang)
        for person in program.people().values()
        for c in person.certifications
    )
    if held:
        yield f"{t['certificates']}:"
        yield from _counts(held, "  ")
    yield f"{t['mentees']}: {len(program.mentees)}"
    yield from _counts(Counter(label(m.category, lang) for m in program.mentees), "  ")
    if program.groups:
        yield f"{t['groups']}: {len(program.groups)}"
        people = program.people()
        for g in program.groups:
            leader = people[g.mentor_id].name
            n = len(g.mentee_ids)
            members = tr_n("{n} member", "{n} members", n, lang).format(n=n)
            yield f"  {g.topic or g.id}: {leader}, {members}"


def _pairs(program: Program, t: dict[str, str], lang: str) -> Iterator[str]:
    yield from _heading(t["pairs"])
    statuses = Counter(p.status for p in program.pairs)
    yield "  ".join(f"{label(s, lang)}: {statuses[s]}" for s in PairStatus)
    people = program.people()
    for pair in program.pairs:
        yield (
            f"  {pair.id:<8} {people[pair.mentor_id].name} -> "
            f"{people[pair.mentee_id].name} ({label(pair.function, lang)},"
            f" {label(pair.status, lang)})"
        )


def _matching(
    program: Program, t: dict[str, str], lang: str, after: list[Program]
) -> Iterator[str]:
    """The matching section; *after* receives the programme with the
    proposed pairs added and activated.
    """
    after.append(program)
    yield from _heading(t["matching"])
    day = review_day(program)
    waiting = waiting_mentees(program)
    if not waiting:
        yield t["nobody"]
        return
    model = preset_model(_PRESETS.get(program.jurisdiction, "default"))
    eligible = matching.eligible_mentors(program.mentors, model=model, on=day)
    people = program.people()
    yield f"{t['waiting']}: {', '.join(people[i].name for i in waiting)}"
    yield (
        f"{t['model']}: {model.name}; {t['method']}: stable;"
        f" {t['floor']}: {percent(MIN_SCORE, lang, 0)}"
    )
    yield f"{t['eligible']}: {len(eligible)} / {len(program.mentors)}"
    result = matching.match(
        program.mentors,
        [program.mentee(i) for i in waiting],
        model=model,
        method="stable",
        function=MentorFunction.CONSULTANT,
        existing=program.pairs,
        priority="requested_on",
        on=day,
        min_score=MIN_SCORE,
    )
    for a in result.assignments:
        yield ""
        yield f"  {people[a.mentee_id].name} <- {people[a.mentor_id].name}"
        explained = explain_lines(a.score, t["match"], lang)
        yield from (f"    {line}" for line in explained)
    for u in result.unmatched:
        why = (
            label(u.reason, lang)
            if isinstance(u.reason, enum.Enum)
            else tr_text(u.reason, lang)
        )
        yield f"  {people[u.mentee_id].name}: {t['unmatched']} ({why})"
    report = matching.quality(
        result,
        mentors=program.mentors,
        mentees=[program.mentee(i) for i in waiting],
        existing=program.pairs,
        priority="requested_on",
        on=day,
    )
    yield ""
    yield f"{t['quality']}:"
    yield from (f"  {line}" for line in report.lines(lang))
    if result.assignments:
        by = program.curator.id if program.curator is not None else "curator"
        proposed = result.to_pairs(on=day, id_prefix="new-", by=by)
        grown = program.add_pairs(proposed)
        for pair in proposed:
            grown = grown.activate_pair(pair.id, on=day, by=by)
        after[:] = [grown]
        statuses = Counter(p.status for p in grown.pairs)
        yield ""
        n = len(proposed)
        yield tr_n(
            "{n} proposed pair added, then activated after review:",
            "{n} proposed pairs added, then activated after review:",
            n,
            lang,
        ).format(n=n)
        yield "  " + "  ".join(f"{label(s, lang)}: {statuses[s]}" for s in PairStatus)


def _progress(program: Program, t: dict[str, str], lang: str) -> Iterator[str]:
    if not program.plans:
        return
    yield from _heading(t["progress"])
    day = review_day(program)
    people = program.people()
    pairs = {p.id: p for p in program.pairs}
    for plan in program.plans:
        pair = pairs.get(plan.pair_id)
        if pair is None:
            continue
        score = progress.plan_progress(plan, on=day)
        who = f"{people[pair.mentor_id].name} -> {people[pair.mentee_id].name}"
        shown = percent(score.value, lang, 0)
        yield f"  {pair.id:<8} [{_bar(score.value)}] {shown:>5}  {who}"
        reasons = "; ".join(tr_text(p.reason, lang) for p in score.parts if p.reason)
        yield f"           {reasons} ({label(pair.status, lang)})"


def _health(program: Program, t: dict[str, str], lang: str) -> Iterator[str]:
    yield from _heading(t["health"])
    signals = tuple(health.program_signals(program, on=review_day(program)))
    if not signals:
        yield t["no_signal"]
        return
    for signal in signals:
        yield f"  {_signal_line(signal, lang)}"


def _contact(program: Program, lang: str) -> Iterator[str]:
    """Each pair's contact hours, a week on average, and the programme's."""
    from mentoring import contact
    from mentoring._format import number
    from mentoring._i18n import tr, tr_n

    found = contact.program_contact(program, on=review_day(program))
    recorded = [p for p in found.pairs if p.recorded]
    if not recorded:
        return
    yield from _heading(tr("Contact time", lang))
    line = tr("{hours} h, {per_week} h a week", lang)
    for pair in recorded:
        n = pair.observations
        seen = tr_n("{n} lesson observation", "{n} lesson observations", n, lang)
        hours = line.format(
            hours=number(pair.hours, lang), per_week=number(pair.per_week, lang)
        )
        yield f"  {pair.pair_id:<8} {hours}, {seen.format(n=n)}"
    total = tr("programme: {per_week} h a week per pair on average", lang)
    yield total.format(per_week=number(found.total.per_week, lang))


def _signal_line(signal: Any, lang: str) -> str:
    subject = signal.pair_id or "-"
    reason = tr_text(signal.reason, lang)
    return f"[{label(signal.severity, lang)}] {subject}: {reason}"


def _indicators(program: Program, t: dict[str, str], lang: str) -> Iterator[str]:
    yield from _heading(t["indicators"])
    start = indicators.compute(program, on=program.year.start)
    review = indicators.compute(program, on=review_day(program))
    report = indicators.compare(start, review)
    yield from render_report(
        report, program=program, fmt="table", lang=lang
    ).splitlines()
    score = indicators.effectiveness(report)
    yield from _heading(t["effectiveness"])
    yield from explain_lines(score, t["effective"], lang)


def demo_lines(program: Program, *, lang: str = "en") -> Iterable[str]:
    """Every line of the demo of *program* in *lang*: the sections after the
    matching (plan progress, health, indicators) describe the programme with
    the matched pairs added and activated.
    """
    t = {key: tr(message, lang) for key, message in _TEXT.items()}
    yield from _summary(program, t, lang)
    yield from _people(program, t, lang)
    yield from _pairs(program, t, lang)
    after: list[Program] = []
    yield from _matching(program, t, lang, after)
    program = after[0]
    yield from _progress(program, t, lang)
    yield from _contact(program, lang)
    yield from _health(program, t, lang)
    yield from _indicators(program, t, lang)


def run_demo(sample: str, *, lang: str, out: TextIO) -> None:
    """Print the demo of the sample *sample* in *lang* to *out*."""
    from mentoring import samples

    program = samples.load(sample)
    for line in demo_lines(program, lang=lang):
        print(line, file=out)
