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
import contextlib
import csv
import datetime as dt
import gc
import io
import json
import os
import re
import sys
import time
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, NoReturn, TextIO

import attrs

from mentoring import _files
from mentoring._commands import (
    FORMATS,
    PRESETS,
    explain_lines,
    preset_model,
)
from mentoring._commands import InputError as _InputError
from mentoring._commands import read_text as _read_text
from mentoring._commands import write_output as _write_text
from mentoring._i18n import N_, tr, tr_n, tr_text
from mentoring._locale import LANGS, lang_of
from mentoring._problems import problem
from mentoring.errors import MatchingError, ValidationError

if TYPE_CHECKING:
    from mentoring.matching import Matching, MatchingQuality
    from mentoring.model import Mentee, Mentor, Program


__all__ = ["main"]

#: Exit status when the input is invalid.
_EXIT_INVALID = 1
#: Exit status of a usage error (argparse's own).
_EXIT_USAGE = 2
#: Exit status when interrupted (128 + SIGINT, as shells report it).
_EXIT_INTERRUPTED = 130
#: The arguments that name input files, in every command that has them.
_INPUTS = ("program", "mentors", "mentees", "model", "path", "paths", "targets")
#: Commands whose ``--out`` may be a folder (a folder of CSV files).
_FOLDER_OUTPUTS = frozenset({"export"})

_LANGUAGES = LANGS
#: The environment variables that name the reader's language, first wins.
_LANG_VARIABLES = ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG")
_LANG_HELP = N_(
    "language of the output: en, ru, ro or kk (default: {default}, from"
    " LANGUAGE, LC_ALL, LC_MESSAGES or LANG)"
)
_SAMPLE_NAMES = ("ru", "md", "kz", "ro")
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


def _build_parser(lang: str | None = None) -> argparse.ArgumentParser:
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
        " kz: a Kazakh school with level-certified mentors; ro: the Romanian"
        " CIPE project's peer-support and initiatives groups (default: ru)",
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
        "--min-score",
        type=_share,
        metavar="SHARE",
        help="propose no pair scoring below this share, 0 to 1 (e.g. 0.4)",
    )
    m.add_argument(
        "--format",
        choices=("text", "csv", "json"),
        default="text",
        help="text (the pairs, the unmatched and the quality report), csv (a row"
        " per mentee) or json (the matching and its quality); default: text",
    )
    m.add_argument(
        "--out",
        metavar="FILE",
        help="write the result to this file (csv, json; with text, the pairs as"
        " CSV) instead of standard output",
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

    from mentoring._tabular_commands import add_commands as add_tabular_commands

    add_tabular_commands(sub)  # import, export, template
    _add_lang(sub)
    if lang is not None and lang_of(lang) != "en":
        _translate_help(parser, lang)
    return parser


def _env_lang(environ: "dict[str, str] | os._Environ[str] | None" = None) -> str:
    """The reader's language from the environment (``LANGUAGE``, ``LC_ALL``,
    ``LC_MESSAGES``, ``LANG``; the first one set decides) when it is one of
    :data:`~mentoring.labels.LANGS`, else ``"en"``.
    """
    env = os.environ if environ is None else environ
    for name in _LANG_VARIABLES:
        value = env.get(name, "")
        if not value:
            continue
        first = value.split(":", 1)[0].split(".", 1)[0].split("@", 1)[0]
        code = lang_of(first) if first else ""
        return code if code in _LANGUAGES else "en"
    return "en"


def _argv_lang(argv: Sequence[str]) -> str:
    """The language *argv* asks for (``--lang X`` or ``--lang=X``), else the
    environment's: the language of the help and the messages.
    """
    for i, arg in enumerate(argv):
        value = None
        if arg == "--lang" and i + 1 < len(argv):
            value = argv[i + 1]
        elif arg.startswith("--lang="):
            value = arg.split("=", 1)[1]
        if value is not None and value in _LANGUAGES:
            return value
    return _env_lang()


def _add_lang(sub: "argparse._SubParsersAction[argparse.ArgumentParser]") -> None:
    """``--lang`` on every subcommand: choices :data:`_LANGUAGES`, default
    the environment's language.
    """
    default = _env_lang()
    for command in sub.choices.values():
        if any("--lang" in a.option_strings for a in command._actions):  # noqa: SLF001
            continue
        command.add_argument(
            "--lang",
            choices=_LANGUAGES,
            default=default,
            help=_LANG_HELP.format(default=default),
        )


def _translate_help(parser: argparse.ArgumentParser, lang: str) -> None:
    """Every description, epilog and help text of *parser* and its
    subcommands in *lang* (they are written in English; ``make messages``
    collects them for the catalogues).
    """
    parser.description = parser.description and tr_text(parser.description, lang)
    parser.epilog = parser.epilog and tr_text(parser.epilog, lang)
    for action in parser._actions:  # noqa: SLF001
        if action.help and action.help is not argparse.SUPPRESS:
            action.help = tr_text(action.help, lang)
        if isinstance(action, argparse._SubParsersAction):  # noqa: SLF001
            for choice in action._choices_actions:  # noqa: SLF001
                choice.help = choice.help and tr_text(choice.help, lang)
            for command in action.choices.values():
                _translate_help(command, lang)


def _help_texts(parser: argparse.ArgumentParser | None = None) -> list[str]:
    """Every description, epilog and help text of the command, in English
    (what ``make messages`` adds to the catalogues).
    """
    parser = parser or _build_parser()
    found = [t for t in (parser.description, parser.epilog) if t]
    for action in parser._actions:  # noqa: SLF001
        if action.dest == "lang":
            continue
        if action.help and action.help is not argparse.SUPPRESS:
            found.append(action.help)
        if isinstance(action, argparse._SubParsersAction):  # noqa: SLF001
            found.extend(c.help for c in action._choices_actions if c.help)  # noqa: SLF001
            for command in action.choices.values():
                found.extend(_help_texts(command))
    return found


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
    argv = sys.argv[1:] if argv is None else list(argv)
    lang = _argv_lang(argv)
    try:
        with _argparse_in(lang):
            parser = _build_parser(lang)
            args, extra = parser.parse_known_args(argv)
            if extra:
                # Report unknown arguments with the usage of the subcommand.
                command: argparse.ArgumentParser = args.parser
                command.error(tr("unrecognized arguments: %s", lang) % " ".join(extra))
    except SystemExit as exc:  # --help, --version, or a usage error
        return exc.code if isinstance(exc.code, int) else _EXIT_USAGE
    handler: Callable[[argparse.Namespace], int] = args.handler
    try:
        _check_output(args)
        return handler(args)
    except (ValidationError, MatchingError) as err:
        _print_problems(err, lang)
        return _EXIT_INVALID
    except _InputError as err:
        message = _one_line(tr_text(str(err), lang))
        print(
            f"mentoring {args.command}: {tr('error', lang)}: {message}", file=sys.stderr
        )
        return _EXIT_INVALID
    except BrokenPipeError:
        # The reader went away (``mentoring demo | head``): not an error of
        # ours. Point stdout at devnull so the flush at exit does not fail.
        _silence_stdout()
        return 0
    except KeyboardInterrupt:
        interrupted = tr("interrupted", lang)
        print(f"mentoring {args.command}: {interrupted}", file=sys.stderr)
        return _EXIT_INTERRUPTED
    except MemoryError:
        print(
            f"mentoring {args.command}: {tr('error', lang)}: "
            + tr("out of memory", lang),
            file=sys.stderr,
        )
        return _EXIT_INVALID


def _console() -> NoReturn:
    """The ``mentoring`` console script and ``python -m mentoring``: run
    :func:`main` on ``sys.argv`` and end the process with its status.

    The process is about to end, so what the run made need not be looked
    at again: the objects are frozen out of the collector's reach
    (:func:`gc.freeze`) before the interpreter exits. The interpreter's
    last full collection then has nothing to walk (about 18 ms of a
    ``mentoring demo`` process's 0.25 s, 40 ms of a 2000 x 400 ``mentoring
    match``); the objects are freed as the modules are cleared, and the
    system takes back the rest with the process. :func:`main` itself,
    called from a program that goes on, leaves the collector alone.
    """
    status = main()
    gc.freeze()
    sys.exit(status)


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
        for each in given if isinstance(given, list) else [given]:
            if isinstance(each, str) and _files.same_file(each, out):
                msg = f"--out {out} is also the input {each}; write to another file"
                raise _InputError(msg)
    target = Path(out)
    if target.is_dir() and args.command not in _FOLDER_OUTPUTS:
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


#: argparse's own words (its usage, headings and errors), for the catalogues.
_ARGPARSE = (
    N_("usage: "),
    N_("positional arguments"),
    N_("options"),
    N_("show this help message and exit"),
    N_("show program's version number and exit"),
    N_("%(prog)s: error: %(message)s\n"),
    N_("invalid choice: %(value)r (choose from %(choices)s)"),
    N_("the following arguments are required: %s"),
    N_("argument %(argument_name)s: %(message)s"),
    N_("unrecognized arguments: %s"),
    N_("expected one argument"),
    N_("one of the arguments %s is required"),
    N_("not allowed with argument %s"),
)


@contextlib.contextmanager
def _argparse_in(lang: str) -> Iterator[None]:
    """The argparse's own words (usage, headings, errors) in *lang* while the
    command line is read: argparse looks its ``_`` up at each call.
    """
    english = getattr(argparse, "_", None)
    if english is None or lang_of(lang) == "en":
        yield
        return
    setattr(argparse, "_", lambda message: tr(message, lang))  # noqa: B010
    try:
        yield
    finally:
        setattr(argparse, "_", english)  # noqa: B010


def _silence_stdout() -> None:
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError, io.UnsupportedOperation):
        pass


def _print_problems(err: ValidationError | MatchingError, lang: str = "en") -> None:
    """Every problem of *err*, each with its path, in *lang*: the problems'
    messages are English (for developers, with their ``code``); the command
    shows them translated through the shapes :mod:`mentoring._problems`
    writes (:data:`_PROBLEMS`).
    """
    n = len(err.problems)
    head = str(err).splitlines()[0] if str(err) else "invalid input"
    counted = re.fullmatch(r"(.*): ([0-9]+) problems?", head)
    if counted:  # "invalid <subject>: <n> problems"
        head = tr_n("{what}: {n} problem", "{what}: {n} problems", n, lang).format(
            what=tr_text(counted[1], lang), n=counted[2]
        )
    else:
        head = tr_text(head, lang)
    print(f"{tr('error', lang)}: {_one_line(head)}", file=sys.stderr)
    for p in err.problems:
        message = _one_line(tr_text(p.message, lang))
        print(f"  {_one_line(p.path)}: {message}", file=sys.stderr)
    if n == 0:  # pragma: no cover - every error names a problem
        print("  (no details)", file=sys.stderr)


#: The shapes of the problems' messages (mentoring._problems), for the
#: catalogues: the command prints a problem in the reader's language.
_PROBLEMS = (
    N_("error"),
    N_("invalid input"),
    N_("invalid programme {path}"),
    N_("invalid compatibility model"),
    N_("invalid roster"),
    N_("invalid mentor roster"),
    N_("invalid mentee roster"),
    N_("expected {expected}, got {value}"),
    N_("must be one of {allowed}; got {value}"),
    N_("must be within [{low}, {high}], got {value}"),
    N_("must be >= {low}, got {value}"),
    N_("must be <= {high}, got {value}"),
    N_("{what} is missing"),
    N_("required field"),
    N_("invalid programme document {path}"),
    N_("invalid programmes"),
    N_("invalid targets"),
    N_("invalid dates"),
    N_("unknown key"),
    N_("unknown key; expected one of: {names}"),
    N_("duplicate {what} {key}"),
    N_("must not be empty"),
    N_("cannot read {path}: {reason}"),
    N_("cannot write {path}: {reason}"),
    N_("is a folder"),
    N_("no folder {folder}"),
    N_("the folder is not writable"),
    N_("the text is not valid Unicode"),
    N_("--out {out} is also the input {each}; write to another file"),
    N_("not UTF-8 text ({reason} at byte {byte})"),
    N_("save it as UTF-8"),
)


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
    from mentoring.matching import CompatibilityModel, match, quality
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
        min_score=args.min_score,
    )
    progress.say(f"done: {len(result.assignments)} pairs")
    names = {m.id: m.person.name for m in mentors}
    names.update((e.id, e.person.name) for e in mentees)
    report = quality(result, mentors=mentors, mentees=mentees)
    return _show_matching(args, result, names, report)


def _show_matching(
    args: argparse.Namespace,
    result: "Matching",
    names: dict[str, str],
    report: "MatchingQuality",
) -> int:
    """Print or write a matching and its quality as ``--format`` asks."""
    from mentoring import serialization

    if args.format == "text":
        if args.out:
            _write_text(args.out, _pairs_csv(result, names))
        print(_matching_text(result, names, explain=args.explain, lang=args.lang))
        quality_lines = (f"  {line}" for line in report.lines(args.lang))
        print("\n".join([tr("quality:", args.lang), *quality_lines]))
        if args.out:
            print(tr("pairs written to {path}", args.lang).format(path=args.out))
        return 0
    text = (
        _pairs_csv(result, names)
        if args.format == "csv"
        else json.dumps(
            {
                "matching": serialization.to_dict(result),
                "quality": serialization.to_dict(report),
            },
            ensure_ascii=False,
            indent=2,
        )
        + "\n"
    )
    if args.out:
        _write_text(args.out, text)
        written = tr("{format} written to {path}", args.lang)
        print(written.format(format=args.format, path=args.out))
    else:
        sys.stdout.write(text)
    return 0


def _share(text: str) -> float:
    """A share from 0 to 1 given on the command line."""
    try:
        value = float(text)
    except ValueError:
        value = -1.0
    if not 0 <= value <= 1:
        msg = f"expected a number from 0 to 1, got {text!r}"
        raise argparse.ArgumentTypeError(msg)
    return value


def _matching_text(
    result: "Matching", names: dict[str, str], *, explain: bool, lang: str = "en"
) -> str:
    from mentoring._format import number, percent

    n = len(result.assignments)
    head = tr_n(
        "{n} pair, {unmatched} unmatched (method {method}, model {model},"
        " total score {total})",
        "{n} pairs, {unmatched} unmatched (method {method}, model {model},"
        " total score {total})",
        n,
        lang,
    ).format(
        n=n,
        unmatched=len(result.unmatched),
        method=result.method,
        model=result.model.name,
        total=number(result.total_score, lang, 2),
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
            f"  {mentee:<{width}}  <- {mentor:<{mentor_width}}"
            f"  {percent(a.score.value, lang, 0):>4}"
        )
        if explain:
            explained = explain_lines(a.score, "", lang)
            lines.extend(f"      {line}" for line in list(explained)[1:])
    unmatched = tr("unmatched", lang)
    lines.extend(
        f"  {names.get(u.mentee_id, u.mentee_id)}: {unmatched},"
        f" {tr_text(u.reason, lang) if lang != 'en' else u.reason}"
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
    from mentoring._indicators_command import run

    return run(args)


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
            print(
                _one_line(f"{args.program}: {p.path}: {tr_text(p.message, args.lang)}")
            )
        n = len(found)
        shown = tr_n("{n} problem", "{n} problems", n, args.lang).format(n=n)
        print(f"{args.program}: {shown}")
        return _EXIT_INVALID
    print(
        tr(
            "{path}: valid programme {id}: {mentors} mentors, {mentees} mentees,"
            " {pairs} pairs, {plans} plans",
            args.lang,
        ).format(
            path=args.program,
            id=repr(program.id),
            mentors=len(program.mentors),
            mentees=len(program.mentees),
            pairs=len(program.pairs),
            plans=len(program.plans),
        )
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
            f"mentoring schema: {tr('error', args.lang)}: "
            + tr("no type {type}; the types are {types}", args.lang).format(
                type=repr(args.type), types=", ".join(types)
            ),
            file=sys.stderr,
        )
        return _EXIT_USAGE
    print(json.dumps(serialization.json_schema(cls), indent=2, ensure_ascii=False))
    return 0
