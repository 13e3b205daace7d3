"""``mentoring indicators PATH...``: many programmes in, one report out
(private).

Each PATH is a programme document or a folder of them (``*.json``, sorted).
Every file is read and checked first, and every problem of every file is
reported at once, each prefixed with its file. The programmes are computed
per organization (a school's earlier year feeds indicator 3.4), merged to
the level asked (``--by organization|district|region|all``), compared from
the baseline to the review day, with the targets of ``--targets FILE``.
Above one organization the output names nobody and suppresses small values
(see :doc:`/explanation/privacy`).
"""

import argparse
import datetime as dt
import json
import sys
from collections import defaultdict
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from mentoring._commands import write_output
from mentoring._files import STDIO, read_bytes
from mentoring._i18n import tr
from mentoring._problems import problem
from mentoring.errors import Problem, ValidationError

if TYPE_CHECKING:
    from mentoring.indicators import Report, Snapshot, Targets
    from mentoring.model import Program

__all__ = ["LEVELS", "run"]

#: The levels a report is merged to (``--by``).
LEVELS = ("organization", "district", "region", "all")
#: Above this many files, reading reports progress on stderr (a terminal).
_PROGRESS_FILES = 20


def _files(paths: Sequence[str], problems: list[Problem]) -> list[Path]:
    found: list[Path] = []
    for text in paths:
        path = Path(text)
        if text == STDIO:
            found.append(path)
        elif path.is_dir():
            inside = sorted(p for p in path.iterdir() if p.suffix == ".json")
            if not inside:
                problems.append(
                    problem(f"{text}:$", "file", "the folder holds no .json file")
                )
            found.extend(inside)
        elif path.exists():  # a file, or what read_bytes refuses with why
            found.append(path)
        else:
            problems.append(
                problem(f"{text}:$", "file", "cannot read: no such file or folder")
            )
    return found


def _read(path: Path, problems: list[Problem]) -> "Program | None":
    from mentoring import serialization
    from mentoring.model import Program

    where = f"{path}:$"
    try:
        text = read_bytes(path).decode("utf-8-sig")
    except OSError as exc:
        problems.append(problem(where, "file", f"cannot read: {exc.strerror or exc}"))
        return None
    except UnicodeDecodeError:
        problems.append(problem(where, "file", "not UTF-8 text; save it as UTF-8"))
        return None
    try:
        program = serialization.from_json(Program, text, strict=False)
    except ValidationError as err:
        problems.extend(p.under(where) for p in err.problems)
        return None
    found = program.problems()
    problems.extend(p.under(where) for p in found)
    return None if found else program


def _progress(stream: TextIO, i: int, n: int, lang: str = "en") -> None:
    reading = tr("reading", lang)
    stream.write(f"\r{reading} {i}/{n}")
    if i == n:
        stream.write("\n")
    stream.flush()


def _targets(path: str | None) -> "Targets | None":
    if path is None:
        return None
    from mentoring import serialization
    from mentoring.indicators import Targets

    where = f"{path}:$"
    try:
        text = read_bytes(path).decode("utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise ValidationError(
            [problem(where, "file", f"cannot read: {exc}")], subject="targets"
        ) from None
    try:
        return serialization.from_json(Targets, text)
    except ValidationError as err:
        raise err.under(where) from None


def _key(program: "Program", by: str) -> str:
    if by == "organization":
        return program.organization
    if by == "district":
        return program.district
    if by == "region":
        return program.region
    return ""


def _snapshots(
    programs: list[tuple[Path, "Program"]], on: dt.date, by: str
) -> dict[str, "Snapshot"]:
    """The snapshots as of *on*, per group of *by* (one per organization,
    merged per district, region or all).
    """
    from mentoring import indicators

    by_org: dict[str, list[tuple[Path, Program]]] = defaultdict(list)
    for path, program in programs:
        by_org[program.organization].append((path, program))
    problems: list[Problem] = []
    groups: dict[str, list[Snapshot]] = defaultdict(list)
    for org in sorted(by_org):
        items = by_org[org]
        try:
            snap = indicators.compute([p for _, p in items], on=on)
        except ValidationError as err:
            for p in err.problems:
                index, _, rest = p.path[2:].partition("]")
                if p.path.startswith("$[") and index.isdigit():
                    where = f"{items[int(index)][0]}:$" + rest
                    problems.append(problem(where, p.code, p.message))
                else:
                    problems.append(p)
            continue
        groups[_key(items[0][1], by)].append(snap)
    if problems:
        raise ValidationError(problems, subject="programmes")
    return {name: indicators.merge_all(snaps) for name, snaps in sorted(groups.items())}


def _dates(
    programs: list[tuple[Path, "Program"]], args: argparse.Namespace
) -> tuple[dt.date, dt.date]:
    today = dt.date.today()  # noqa: DTZ011 - a calendar day, not a time
    review: dt.date = args.on or min(today, max(p.year.end for _, p in programs))
    baseline: dt.date = args.baseline or min(p.year.start for _, p in programs)
    if review < baseline:
        raise ValidationError(
            [
                problem(
                    "--on",
                    "order",
                    f"the review day {review} is before the baseline {baseline}",
                )
            ],
            subject="dates",
        )
    return baseline, review


def _name(report: "Report", key: str, lang: str) -> str:
    if report.organizations == 1:
        return report.organization_name or report.organization or key
    return f"{key or tr('All organizations', lang)} ({report.organizations})"


def _render(
    reports: dict[str, "Report"],
    total: "Report",
    program: "Program | None",
    args: argparse.Namespace,
) -> str:
    from mentoring import export
    from mentoring._commands import render_report

    fmt, lang = args.format, args.lang
    if fmt == "html":
        from mentoring.report_html import render_html

        parts = list(reports.values()) if len(reports) > 1 else []
        return render_html(program, report=total, lang=lang, sections=parts)
    if len(reports) == 1 and program is not None:
        return render_report(total, program=program, fmt=fmt, lang=lang)
    if fmt == "json":
        rows = [
            row
            for r in reports.values()
            for row in json.loads(export.to_json_rows(r, lang=lang))
        ]
        return json.dumps(rows, ensure_ascii=False, indent=2)
    if fmt == "csv":
        texts = [export.to_csv(r, lang=lang) for r in reports.values()]
        return texts[0] + "".join(t.split("\n", 1)[1] for t in texts[1:])
    blocks = []
    for key, report in reports.items():
        text = render_report(report, program=None, fmt="table", lang=lang)
        blocks.append(f"{_name(report, key, lang)}\n{text}")
    return "\n\n".join(blocks)


def run(args: argparse.Namespace) -> int:
    """Run ``mentoring indicators`` with the parsed *args*; 0 on success."""
    from mentoring import indicators

    problems: list[Problem] = []
    files = _files(args.paths, problems)
    programs: list[tuple[Path, Program]] = []
    show = len(files) > _PROGRESS_FILES and sys.stderr.isatty()
    for i, path in enumerate(files, 1):
        program = _read(path, problems)
        if program is not None:
            programs.append((path, program))
        if show:
            _progress(sys.stderr, i, len(files), args.lang)
    targets = None
    try:
        targets = _targets(args.targets)
    except ValidationError as err:
        problems.extend(err.problems)
    if problems:
        # one document is named as the other commands name it
        one = len(files) == 1
        subject = f"programme document {files[0]}" if one else "programmes"
        raise ValidationError(problems, subject=subject)
    baseline, review = _dates(programs, args)
    start = _snapshots(programs, baseline, args.by)
    end = _snapshots(programs, review, args.by)
    goals = None if targets is None else targets.targets
    # a report for a district (or above) suppresses small values even when
    # the district has one school: it is handed upward
    suppress = args.suppress
    if suppress is None and args.by != "organization":
        suppress = indicators.SMALL_COUNT_THRESHOLD
    reports = {
        key: indicators.compare(start[key], end[key], targets=goals, suppress=suppress)
        for key in end
        if key in start
    }
    if len(end) == 1:
        total = next(iter(reports.values()))
    else:
        total = indicators.compare(
            indicators.merge_all(start.values()),
            indicators.merge_all(end.values()),
            targets=goals,
            suppress=suppress,
        )
    # names (the pairs table) only in the report of one school, for itself
    alone = len(programs) == 1 and args.by == "organization"
    single = programs[0][1] if alone else None
    text = _render(reports, total, single, args)
    write_output(args.out or STDIO, text if text.endswith("\n") else text + "\n")
    return 0
