"""The commands of the tabular form (private): ``mentoring import``,
``mentoring export`` and ``mentoring template``, registered on the
``mentoring`` command by :func:`add_commands`.

``import`` reads a programme from a folder of CSV files or an ``.xlsx``
workbook and writes the programme document (JSON); ``export`` writes a
programme document as a workbook or a folder of CSV files; ``template``
writes a blank workbook to fill. A bad input prints every problem at
``FILE:SHEET:ROW:COLUMN`` and exits 1.
"""

import argparse
import sys

from mentoring._commands import read_program, write_output
from mentoring._files import STDIO
from mentoring._i18n import tr
from mentoring._problems import problem
from mentoring.errors import ValidationError

__all__ = ["add_commands"]


def add_commands(sub: "argparse._SubParsersAction[argparse.ArgumentParser]") -> None:
    """Add ``import``, ``export`` and ``template`` to the subcommands *sub*."""
    imp = sub.add_parser(
        "import",
        help="read a programme from a workbook or a folder of CSV files",
        description=(
            "Read the programme in PATH (an .xlsx workbook or a folder of CSV"
            " files, as `mentoring export` or `mentoring template` writes them)"
            " and write it as a programme document. Every problem is printed"
            " at FILE:SHEET:ROW:COLUMN."
        ),
    )
    imp.add_argument("path", metavar="PATH", help="an .xlsx workbook or a folder")
    imp.add_argument(
        "--out",
        metavar="PROGRAM.json",
        help="where to write the programme document (default: standard output)",
    )
    imp.add_argument(
        "--lenient",
        action="store_true",
        help="accept a programme with cross-record problems (capacity, dates"
        " outside the year, ...); cells must still be right",
    )
    imp.set_defaults(parser=imp, handler=_cmd_import)

    exp = sub.add_parser(
        "export",
        help="write a programme document as a workbook or CSV files",
        description=(
            "Write the programme document PROGRAM.json as one .xlsx workbook"
            " (one sheet per table) or as a folder of CSV files, with headings"
            " and allowed values in the chosen language."
        ),
    )
    exp.add_argument("program", metavar="PROGRAM.json", help="a programme document")
    exp.add_argument(
        "--format",
        choices=("xlsx", "csv"),
        help="xlsx: one workbook (needs mentoring[xlsx]); csv: a folder of CSV"
        " files (default: xlsx when --out ends in .xlsx, else csv)",
    )
    exp.add_argument("--out", metavar="PATH", required=True, help="file or folder")
    exp.set_defaults(parser=exp, handler=_cmd_export)

    tpl = sub.add_parser(
        "template",
        help="write a blank workbook to fill",
        description=(
            "Write a blank .xlsx workbook to fill: an instruction sheet, one"
            " sheet per table with its headings, and drop-down lists of the"
            " allowed values, in the chosen language (needs mentoring[xlsx])."
        ),
    )
    tpl.add_argument("--out", metavar="FILE.xlsx", required=True, help="the workbook")
    tpl.set_defaults(parser=tpl, handler=_cmd_template)


def _cannot_write(path: str, exc: OSError) -> ValidationError:
    return ValidationError(
        [problem(path, "file", f"cannot write: {exc.strerror or exc}")],
        subject="output",
    )


def _cmd_import(args: argparse.Namespace) -> int:
    from mentoring import serialization, tabular

    program = tabular.read(args.path, strict=not args.lenient)
    text = serialization.to_json(program, indent=2) + "\n"
    write_output(args.out or STDIO, text)
    if args.out is None or args.out == STDIO:
        return 0
    print(tr("Wrote {path}", args.lang).format(path=args.out), file=sys.stderr)
    return 0


def _cmd_export(args: argparse.Namespace) -> int:
    from mentoring import tabular

    program = read_program(args.program)
    form = args.format or ("xlsx" if args.out.lower().endswith(".xlsx") else "csv")
    try:
        if form == "xlsx":
            tabular.write_xlsx(program, args.out, lang=args.lang)
        else:
            tabular.write_csv_folder(program, args.out, lang=args.lang)
    except OSError as exc:
        raise _cannot_write(args.out, exc) from None
    print(tr("Wrote {path}", args.lang).format(path=args.out), file=sys.stderr)
    return 0


def _cmd_template(args: argparse.Namespace) -> int:
    from mentoring import tabular

    try:
        tabular.write_template(args.out, lang=args.lang)
    except OSError as exc:
        raise _cannot_write(args.out, exc) from None
    print(tr("Wrote {path}", args.lang).format(path=args.out), file=sys.stderr)
    return 0
