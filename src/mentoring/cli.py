"""The ``mentoring`` command: the library's main jobs from a shell.

``mentoring demo`` runs the whole job on an embedded sample; ``match``,
``indicators``, ``validate`` and ``schema`` work on your own files. Every
subcommand has ``--help``. Exit status: 0 on success, 1 when the input is
invalid (every problem is printed, each with where it is), 2 on a usage
error (an unknown option, a missing argument).

>>> main(["schema", "Certification"])  # doctest: +ELLIPSIS
{
  "$schema": "https://json-schema.org/draft/2020-12/schema",
  "title": "Certification",
...
0

.. versionadded:: 0.1.0
"""

import argparse
import csv
import datetime as dt
import io
import json
import os
import re
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

import attrs

from mentoring._commands import FORMATS, PRESETS, preset_model
from mentoring._problems import problem
from mentoring.errors import MatchingError, MentoringError, ValidationError

if TYPE_CHECKING:
    from mentoring.matching import Matching
    from mentoring.model import Mentee, Mentor, Program


__all__ = ["main"]

#: Exit status when the input is invalid.
_EXIT_INVALID = 1
#: Exit status of a usage error (argparse's own).
_EXIT_USAGE = 2

_LANGUAGES = ("en", "ru", "ro")
_SAMPLE_NAMES = ("ru", "md", "kz")
_METHODS = ("stable", "optimal", "greedy")
#: Above this many mentee-mentor combinations, ``match`` reports its phases on
#: stderr (only when stderr is a terminal).
_PROGRESS_THRESHOLD = 100_000


def _date(text: str) -> dt.date:
    try:
        if not re.fullmatch(r"[0-9]{4}-[0-9]{2}-[0-9]{2}", text):
            raise ValueError(text)  # noqa: TRY301
        return dt.date.fromisoformat(text)
    except ValueError:
        msg = f"expected a date as YYYY-MM-DD, got {text!r}"
        raise argparse.ArgumentTypeError(msg) from None


def _build_parser() -> argparse.ArgumentParser:
    """The argument parser of the ``mentoring`` command."""
    from mentoring._version import __version__

    parser = argparse.ArgumentParser(
        prog="mentoring",
        description=(
            "The domain logic of mentoring programmes from a shell: run the demo,"
            " match mentors with mentees, compute a programme's indicators,"
            " validate a programme document, print the JSON Schema."
        ),
        epilog="Exit status: 0 success, 1 invalid input, 2 usage error.",
    )
    parser.add_argument(
        "--version", action="version", version=f"%(prog)s {__version__}"
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)

    demo = sub.add_parser(
        "demo",
        help="the whole job on an embedded sample programme",
        description=(
            "Run the main job end to end on an embedded sample: the programme,"
            " matching with explanations, plan progress, health signals and the"
            " indicator report from the start to the review."
        ),
    )
    demo.add_argument(
        "--sample",
        choices=_SAMPLE_NAMES,
        default="ru",
        help="ru: a Russian school year; md: a Moldovan district network;"
        " kz: a Kazakh school with level-certified mentors (default: ru)",
    )
    demo.add_argument(
        "--lang", choices=_LANGUAGES, default="en", help="language (default: en)"
    )
    demo.set_defaults(parser=demo, handler=_cmd_demo)

    m = sub.add_parser(
        "match",
        help="match mentors with mentees from two roster files",
        description=(
            "Match the mentees of MENTEES with the mentors of MENTORS. A roster is"
            " a CSV file (columns in docs/how-to/cli.md) or a JSON list (a file"
            " whose name ends in .json). A bad file names the row and column (CSV)"
            " or the path (JSON) of every problem."
        ),
    )
    m.add_argument(
        "mentors", metavar="MENTORS", help="the mentors' roster (CSV or JSON)"
    )
    m.add_argument(
        "mentees", metavar="MENTEES", help="the mentees' roster (CSV or JSON)"
    )
    m.add_argument(
        "--method",
        choices=_METHODS,
        default="stable",
        help="stable (no blocking pair), optimal (highest total) or greedy"
        " (default: stable)",
    )
    models = m.add_mutually_exclusive_group()
    models.add_argument(
        "--model",
        metavar="MODEL.json",
        help="a compatibility model as JSON (mentoring schema CompatibilityModel)",
    )
    models.add_argument(
        "--preset",
        choices=PRESETS,
        default="default",
        help="a built-in model: default, ru (Russian school), kz (NIS levels 1-2),"
        " md (certified institutional mentors), ro (certified mentors)",
    )
    m.add_argument(
        "--function",
        choices=("consultant", "subject", "parallel_colleague"),
        default="consultant",
        help="the mentor function matched for (default: consultant)",
    )
    m.add_argument(
        "--out", metavar="PAIRS.csv", help="write the pairs to this CSV file"
    )
    m.add_argument(
        "--explain", action="store_true", help="explain every score, part by part"
    )
    m.set_defaults(parser=m, handler=_cmd_match)

    ind = sub.add_parser(
        "indicators",
        help="the indicators of one programme or many, from the start to the review",
        description=(
            "Compute the indicator catalogue of every programme of PATH (a"
            " programme document or a folder of them) at the baseline and on the"
            " review day, merge them to the level asked and compare them. Above"
            " one organization no person is named and small values read <5."
        ),
    )
    ind.add_argument(
        "paths", metavar="PATH", nargs="+", help="a programme document or a folder"
    )
    ind.set_defaults(parser=ind, handler=_cmd_indicators)
    ind.add_argument(
        "--by",
        choices=("organization", "district", "region", "all"),
        default="organization",
        help="the level to merge to (default: organization)",
    )
    ind.add_argument(
        "--targets",
        metavar="FILE",
        help="a targets document (its schema: mentoring schema Targets)",
    )
    ind.add_argument(
        "--suppress",
        type=int,
        metavar="N",
        help="hide values resting on fewer than N people (default: 5 above one"
        " organization, 0 for one; 0 turns it off)",
    )
    ind.add_argument(
        "--on",
        type=_date,
        metavar="DATE",
        help="the review day, YYYY-MM-DD (default: today, or the last day of"
        " the programme's year if that is earlier)",
    )
    ind.add_argument(
        "--baseline",
        type=_date,
        metavar="DATE",
        help="the baseline day (default: the first day of the programme's year)",
    )
    ind.add_argument(
        "--format", choices=FORMATS, default="table", help="output (default: table)"
    )
    ind.add_argument(
        "--lang", choices=_LANGUAGES, default="en", help="language (default: en)"
    )
    ind.add_argument("--out", metavar="FILE", help="write to this file, not stdout")

    _program_command(
        sub,
        "validate",
        _cmd_validate,
        help="check a programme document, every problem with its path",
        description=(
            "Read PROGRAM.json and print every problem with its path; exit 1 if"
            " there is any."
        ),
    )

    sch = sub.add_parser(
        "schema",
        help="the JSON Schema of a type",
        description="Print the JSON Schema (draft 2020-12) of TYPE (default: Program).",
    )
    sch.add_argument(
        "type",
        metavar="TYPE",
        nargs="?",
        default="Program",
        help="a public type, such as Program, Mentor, Mentee or"
        " CompatibilityModel (default: Program)",
    )
    sch.set_defaults(parser=sch, handler=_cmd_schema)
    return parser


def _program_command(
    sub: "argparse._SubParsersAction[argparse.ArgumentParser]",
    name: str,
    handler: Callable[[argparse.Namespace], int],
    *,
    help: str,  # noqa: A002 - argparse's own word
    description: str,
) -> argparse.ArgumentParser:
    """The subcommand *name* of *sub*, run by *handler*, whose first
    argument is a programme document.
    """
    command = sub.add_parser(name, help=help, description=description)
    command.add_argument("program", metavar="PROGRAM.json", help="a programme document")
    command.set_defaults(parser=command, handler=handler)
    return command


def main(argv: Sequence[str] | None = None) -> int:
    """Run the ``mentoring`` command with *argv* (default: ``sys.argv[1:]``)
    and return its exit status.

    .. versionadded:: 0.1.0
    """
    parser = _build_parser()
    try:
        args, extra = parser.parse_known_args(argv)
        if extra:
            # Report unknown arguments with the usage of the subcommand.
            command: argparse.ArgumentParser = args.parser
            command.error(f"unrecognized arguments: {' '.join(extra)}")
    except SystemExit as exc:  # --help, --version, or a usage error
        return exc.code if isinstance(exc.code, int) else _EXIT_USAGE
    handler: Callable[[argparse.Namespace], int] = args.handler
    try:
        return handler(args)
    except (ValidationError, MatchingError) as err:
        _print_problems(err)
        return _EXIT_INVALID
    except _InputError as err:
        print(f"mentoring {args.command}: error: {err}", file=sys.stderr)
        return _EXIT_INVALID
    except BrokenPipeError:
        # The reader went away (``mentoring demo | head``): not an error of
        # ours. Point stdout at devnull so the flush at exit does not fail.
        _silence_stdout()
        return 0


def _silence_stdout() -> None:
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError, io.UnsupportedOperation):
        pass


class _InputError(MentoringError):
    """A file that cannot be read or written, and why."""

    def __init__(self, message: str, *, reason: str = "") -> None:
        super().__init__(message)
        self.reason = reason or message


def _print_problems(err: ValidationError | MatchingError) -> None:
    n = len(err.problems)
    head = str(err).splitlines()[0] if str(err) else "invalid input"
    print(f"error: {head}", file=sys.stderr)
    for p in err.problems:
        print(f"  {p.path}: {p.message}", file=sys.stderr)
    if n == 0:  # pragma: no cover - every error names a problem
        print("  (no details)", file=sys.stderr)


def _read_text(path: str) -> str:
    try:
        return Path(path).read_text(encoding="utf-8-sig")
    except OSError as exc:
        reason = str(exc.strerror or exc)
        raise _InputError(f"cannot read {path}: {reason}", reason=reason) from None
    except UnicodeDecodeError as exc:
        reason = f"not UTF-8 text ({exc.reason} at byte {exc.start}); save it as UTF-8"
        raise _InputError(f"cannot read {path}: {reason}", reason=reason) from None


def _write_text(path: str, text: str) -> None:
    try:
        Path(path).write_text(text, encoding="utf-8")
    except OSError as exc:
        msg = f"cannot write {path}: {exc.strerror}"
        raise _InputError(msg) from None


def _read_program(path: str) -> "Program":
    from mentoring import serialization
    from mentoring.model import Program

    text = _read_text(path)
    try:
        return serialization.from_json(Program, text, strict=False)
    except ValidationError as err:
        raise ValidationError(
            [
                p.under(f"{path}:$") if p.path.startswith("$") else p
                for p in err.problems
            ],
            subject=f"programme document {path}",
        ) from None


# -- demo ----------------------------------------------------------------------------


def _cmd_demo(args: argparse.Namespace) -> int:
    from mentoring._demo import run_demo

    run_demo(args.sample, lang=args.lang, out=sys.stdout)
    return 0


# -- match ----------------------------------------------------------------------


class _Progress:
    """Phases of a long run on stderr, only when stderr is a terminal."""

    def __init__(self, stream: TextIO, *, enabled: bool) -> None:
        self.stream = stream
        self.enabled = enabled
        self.started = time.perf_counter()

    def say(self, message: str) -> None:
        if self.enabled:
            elapsed = time.perf_counter() - self.started
            print(f"[{elapsed:6.1f}s] {message}", file=self.stream, flush=True)


def _cmd_match(args: argparse.Namespace) -> int:
    from mentoring import rosters, serialization
    from mentoring.matching import CompatibilityModel, match
    from mentoring.model import MentorFunction

    problems: list[ValidationError] = []
    mentors: tuple[Mentor, ...] = ()
    mentees: tuple[Mentee, ...] = ()
    mentors_read = False
    try:
        mentors = rosters.read_mentors(args.mentors)
        mentors_read = True
    except ValidationError as err:
        problems.append(err)
    try:
        # The mentees' preferred and avoided mentors are checked against the
        # mentors' roster only when it could be read.
        mentees = rosters.read_mentees(
            args.mentees,
            mentors=mentors if mentors_read else None,
            mentors_source=Path(args.mentors).name,
        )
    except ValidationError as err:
        problems.append(err)
    if args.model:
        try:
            model = serialization.from_json(CompatibilityModel, _read_text(args.model))
        except _InputError as err:
            problems.append(
                ValidationError(
                    [
                        problem(
                            args.model, "file", f"cannot read the file: {err.reason}"
                        )
                    ],
                    subject="compatibility model",
                )
            )
        except ValidationError as err:
            problems.append(
                ValidationError(
                    [p.under(f"{Path(args.model).name}:$") for p in err.problems],
                    subject="compatibility model",
                )
            )
    else:
        model = preset_model(args.preset)
    if problems:
        raise ValidationError(
            [p for err in problems for p in err.problems], subject="input"
        )
    size = len(mentors) * len(mentees)
    progress = _Progress(
        sys.stderr, enabled=size >= _PROGRESS_THRESHOLD and sys.stderr.isatty()
    )
    progress.say(
        f"matching {len(mentees)} mentees with {len(mentors)} mentors"
        f" ({args.method}, model {model.name})"
    )
    result = match(
        mentors,
        mentees,
        model=model,
        method=args.method,
        function=MentorFunction(args.function),
    )
    progress.say(f"done: {len(result.assignments)} pairs")
    names = {m.id: m.person.name for m in mentors}
    names.update((e.id, e.person.name) for e in mentees)
    print(_matching_text(result, names, explain=args.explain))
    if args.out:
        _write_text(args.out, _pairs_csv(result, names))
        print(f"pairs written to {args.out}")
    return 0


def _matching_text(result: "Matching", names: dict[str, str], *, explain: bool) -> str:
    n = len(result.assignments)
    head = (
        f"{n} pair{'' if n == 1 else 's'}, {len(result.unmatched)} unmatched"
        f" (method {result.method}, model {result.model.name},"
        f" total score {result.total_score:.2f})"
    )
    lines = [head]
    width = max(
        (len(names.get(a.mentee_id, a.mentee_id)) for a in result.assignments),
        default=0,
    )
    mentor_width = max(
        (len(names.get(a.mentor_id, a.mentor_id)) for a in result.assignments),
        default=0,
    )
    for a in result.assignments:
        mentee = names.get(a.mentee_id, a.mentee_id)
        mentor = names.get(a.mentor_id, a.mentor_id)
        lines.append(
            f"  {mentee:<{width}}  <- {mentor:<{mentor_width}}  {a.score.percent:>3}%"
        )
        if explain:
            lines.extend(f"      {line}" for line in a.score.explain().splitlines()[1:])
    lines.extend(
        f"  {names.get(u.mentee_id, u.mentee_id)}: unmatched, {u.reason}"
        for u in result.unmatched
    )
    return "\n".join(lines)


def _pairs_csv(result: "Matching", names: dict[str, str] | None = None) -> str:
    """A matching as CSV: ``mentee_id, mentee_name, mentor_id, mentor_name,
    score, reason``; an unmatched mentee has an empty mentor and score and the
    reason it was left.
    """
    names = names or {}
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(
        ["mentee_id", "mentee_name", "mentor_id", "mentor_name", "score", "reason"]
    )
    rows = []
    for a in result.assignments:
        best = sorted(a.score.parts, key=lambda p: (-p.contribution, p.criterion))[:3]
        reason = "; ".join(p.reason for p in best if p.reason and p.raw > 0)
        rows.append(
            [
                a.mentee_id,
                names.get(a.mentee_id, ""),
                a.mentor_id,
                names.get(a.mentor_id, ""),
                f"{a.score.value:.4f}",
                reason,
            ]
        )
    rows.extend(
        [u.mentee_id, names.get(u.mentee_id, ""), "", "", "", u.reason]
        for u in result.unmatched
    )
    writer.writerows(sorted(rows))
    return buffer.getvalue()


# -- indicators ----------------------------------------------------------------------


def _default_review_day(program: "Program", today: dt.date | None = None) -> dt.date:
    """Today, or the last day of the programme's year if that is earlier."""
    today = today or dt.date.today()  # noqa: DTZ011 - a calendar day, not a time
    return min(today, program.year.end)


def _cmd_indicators(args: argparse.Namespace) -> int:
    from mentoring._indicators_command import run

    return run(args)


# -- validate -------------------------------------------------------------------


def _cmd_validate(args: argparse.Namespace) -> int:
    from mentoring import serialization
    from mentoring.model import Program

    text = _read_text(args.program)
    program: Program | None = None
    try:
        program = serialization.from_json(Program, text, strict=False)
    except ValidationError as err:
        found = err.problems
    else:
        found = program.problems()
    if found or program is None:
        for p in found:
            print(f"{args.program}: {p.path}: {p.message}")
        n = len(found)
        print(f"{args.program}: {n} problem{'s' if n != 1 else ''}")
        return _EXIT_INVALID
    print(
        f"{args.program}: valid programme {program.id!r}: {len(program.mentors)}"
        f" mentors, {len(program.mentees)} mentees, {len(program.pairs)} pairs,"
        f" {len(program.plans)} plans"
    )
    return 0


# -- schema ----------------------------------------------------------------------------


def _schema_types() -> dict[str, type]:
    """The public types ``mentoring schema`` knows, by name: every attrs class
    of the public modules that hold the library's values.
    """
    from mentoring import (
        calendar,
        health,
        indicators,
        matching,
        model,
        progress,
        reports,
        schedule,
        score,
        templates,
    )

    found: dict[str, type] = {}
    modules = (
        model,
        calendar,
        schedule,
        score,
        matching,
        indicators,
        progress,
        health,
        reports,
        templates,
    )
    for module in modules:
        for name in module.__all__:
            value = getattr(module, name)
            if isinstance(value, type) and attrs.has(value):
                found.setdefault(name, value)
    return dict(sorted(found.items()))


def _cmd_schema(args: argparse.Namespace) -> int:
    from mentoring import serialization

    types = _schema_types()
    cls = types.get(args.type)
    if cls is None:
        print(
            f"mentoring schema: error: no type {args.type!r}; the types are"
            f" {', '.join(types)}",
            file=sys.stderr,
        )
        return _EXIT_USAGE
    print(json.dumps(serialization.json_schema(cls), indent=2, ensure_ascii=False))
    return 0
