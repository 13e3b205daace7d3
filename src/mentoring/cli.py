"""The ``mentoring`` command: the library's main jobs from a shell.

``mentoring demo`` runs the whole job on an embedded sample; ``match``,
``indicators``, ``validate`` and ``schema`` work on your own files. Every
subcommand has ``--help``. Exit status: 0 on success, 1 when the input is
invalid (every problem is printed, each with where it is), 2 on a usage
error (an unknown option, a missing argument), 130 when interrupted (Ctrl-C).

An input file named ``-`` is read from standard input, and ``--out -``
writes to standard output. An input must be a regular file of at most
64 MiB; ``--out`` may not name one of the command's inputs, and is written
whole or not at all (a temporary file beside it, then renamed over it).

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

from mentoring import _files
from mentoring._commands import FORMATS, PRESETS, preset_model, render_report
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
#: Exit status when interrupted (128 + SIGINT, as shells report it).
_EXIT_INTERRUPTED = 130
#: The arguments that name input files, in every command that has them.
_INPUTS = ("program", "mentors", "mentees", "model")

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

    ind = _program_command(
        sub,
        "indicators",
        _cmd_indicators,
        help="a programme's indicators from the start to the review",
        description=(
            "Compute the indicator catalogue of PROGRAM.json at the baseline and"
            " on the review day, and compare them."
        ),
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


def main(argv: Sequence[str] | None = None) -> int:  # noqa: PLR0911
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
        _check_output(args)
        return handler(args)
    except (ValidationError, MatchingError) as err:
        _print_problems(err)
        return _EXIT_INVALID
    except _InputError as err:
        print(
            f"mentoring {args.command}: error: {_one_line(str(err))}", file=sys.stderr
        )
        return _EXIT_INVALID
    except BrokenPipeError:
        # The reader went away (``mentoring demo | head``): not an error of
        # ours. Point stdout at devnull so the flush at exit does not fail.
        _silence_stdout()
        return 0
    except KeyboardInterrupt:
        print(f"mentoring {args.command}: interrupted", file=sys.stderr)
        return _EXIT_INTERRUPTED
    except MemoryError:
        print(f"mentoring {args.command}: error: out of memory", file=sys.stderr)
        return _EXIT_INVALID


def _check_output(args: argparse.Namespace) -> None:
    """Refuse an ``--out`` that names an input of the command, or that
    cannot be written (no such folder, a folder itself), before any work
    is done or anything is printed.
    """
    out = getattr(args, "out", None)
    if not out or out == _files.STDIO:
        return
    for name in _INPUTS:
        given = getattr(args, name, None)
        if isinstance(given, str) and _files.same_file(given, out):
            msg = f"--out {out} is also the input {given}; write to another file"
            raise _InputError(msg)
    target = Path(out)
    if target.is_dir():
        raise _InputError(f"cannot write {out}: is a folder")
    folder = target.parent
    if not folder.is_dir():
        raise _InputError(f"cannot write {out}: no folder {folder}")
    if not os.access(folder, os.W_OK):
        raise _InputError(f"cannot write {out}: the folder is not writable")


def _one_line(text: str) -> str:
    """*text* with line ends and other control characters escaped, so that
    one message is one line of output.
    """
    return _CONTROL.sub(lambda m: m.group().encode("unicode_escape").decode(), text)


_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")


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
    print(f"error: {_one_line(head)}", file=sys.stderr)
    for p in err.problems:
        print(f"  {_one_line(p.path)}: {_one_line(p.message)}", file=sys.stderr)
    if n == 0:  # pragma: no cover - every error names a problem
        print("  (no details)", file=sys.stderr)


def _read_text(path: str) -> str:
    """The UTF-8 text of the input *path* (``-``: standard input): a regular
    file of at most :data:`~mentoring._files.MAX_INPUT_BYTES`.
    """
    try:
        return _files.read_bytes(path).decode("utf-8-sig")
    except OSError as exc:
        reason = str(exc.strerror or exc)
        raise _InputError(f"cannot read {path}: {reason}", reason=reason) from None
    except UnicodeDecodeError as exc:
        reason = f"not UTF-8 text ({exc.reason} at byte {exc.start}); save it as UTF-8"
        raise _InputError(f"cannot read {path}: {reason}", reason=reason) from None


def _write_text(path: str, text: str) -> None:
    """Write *text* to *path* (``-``: standard output) whole or not at all."""
    try:
        if path == _files.STDIO:
            sys.stdout.write(text)
            sys.stdout.flush()
            return
        _files.write_text(path, text)
    except OSError as exc:
        msg = f"cannot write {path}: {exc.strerror or exc}"
        raise _InputError(msg) from None
    except UnicodeEncodeError:
        msg = f"cannot write {path}: the text is not valid Unicode"
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
    writer.writerows([_files.csv_cell(c) for c in row] for row in sorted(rows))
    return buffer.getvalue()


# -- indicators ----------------------------------------------------------------------


def _default_review_day(program: "Program", today: dt.date | None = None) -> dt.date:
    """Today, or the last day of the programme's year if that is earlier."""
    today = today or dt.date.today()  # noqa: DTZ011 - a calendar day, not a time
    return min(today, program.year.end)


def _cmd_indicators(args: argparse.Namespace) -> int:
    from mentoring import indicators

    program = _read_program(args.program)
    found = program.problems()
    if found:
        raise ValidationError(
            [p.under(f"{args.program}:$") for p in found],
            subject=f"programme {args.program}",
        )
    baseline = args.baseline or program.year.start
    review = args.on or _default_review_day(program)
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
    start = indicators.compute(program, on=baseline)
    end = indicators.compute(program, on=review)
    report = indicators.compare(start, end)
    text = render_report(report, program=program, fmt=args.format, lang=args.lang)
    if args.out:
        _write_text(args.out, text)
    else:
        sys.stdout.write(text if text.endswith("\n") else text + "\n")
    return 0


# -- validate -------------------------------------------------------------------


def _cmd_validate(args: argparse.Namespace) -> int:
    from mentoring import serialization
    from mentoring.model import Program

    text = _read_text(args.program)
    program: Program | None = None
    try:
        # Strict: the cross-object problems of the parts that read are
        # reported beside the problems of the parts that do not.
        program = serialization.from_json(Program, text)
    except ValidationError as err:
        found = err.problems
    else:
        found = program.problems()
    if found or program is None:
        for p in found:
            print(_one_line(f"{args.program}: {p.path}: {p.message}"))
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
