"""What the ``mentoring`` command and its demo share (private).

The built-in compatibility models that ``match --preset`` names, and the
indicator report as a table, CSV, JSON or HTML. :mod:`mentoring.cli` and
:mod:`mentoring._demo` both import from here, so neither imports the other
for it (the command imports the demo only to run it).
"""

import sys
from collections.abc import Callable
from typing import TYPE_CHECKING

from mentoring import _files
from mentoring._format import date, number, percent
from mentoring._i18n import N_, tr, tr_text
from mentoring._locale import lang_of
from mentoring.errors import MentoringError, ValidationError

if TYPE_CHECKING:
    from collections.abc import Iterator

    from mentoring.indicators import Report
    from mentoring.matching import CompatibilityModel
    from mentoring.model import Program
    from mentoring.score import Score

__all__ = [
    "FORMATS",
    "PRESETS",
    "InputError",
    "explain_lines",
    "preset_model",
    "read_program",
    "read_text",
    "render_report",
    "write_output",
]

#: The names of the built-in compatibility models (``--preset``).
PRESETS = ("default", "ru", "kz", "md", "ro")
#: The formats of an indicator report (``--format``).
FORMATS = ("table", "csv", "json", "html")


class InputError(MentoringError):
    """A file that cannot be read or written, and why (the command prints
    it as one line and exits 1).
    """

    def __init__(self, message: str, *, reason: str = "") -> None:
        super().__init__(message)
        self.reason = reason or message


def write_output(path: str, text: str) -> None:
    """Write *text* to *path* (``-``: standard output) whole or not at all.

    Raises:
        InputError: the file cannot be written, and why.
    """
    try:
        if path == _files.STDIO:
            sys.stdout.write(text)
            sys.stdout.flush()
            return
        _files.write_text(path, text)
    except OSError as exc:
        msg = f"cannot write {path}: {exc.strerror or exc}"
        raise InputError(msg) from None
    except UnicodeEncodeError:
        msg = f"cannot write {path}: the text is not valid Unicode"
        raise InputError(msg) from None


def read_text(path: str) -> str:
    """The UTF-8 text of the input *path* (``-``: standard input): a regular
    file of at most :data:`~mentoring._files.MAX_INPUT_BYTES`.
    """
    try:
        return _files.read_bytes(path).decode("utf-8-sig")
    except OSError as exc:
        reason = str(exc.strerror or exc)
        raise InputError(f"cannot read {path}: {reason}", reason=reason) from None
    except UnicodeDecodeError as exc:
        reason = f"not UTF-8 text ({exc.reason} at byte {exc.start}); save it as UTF-8"
        raise InputError(f"cannot read {path}: {reason}", reason=reason) from None


def read_program(path: str) -> "Program":
    from mentoring import serialization
    from mentoring.model import Program

    text = read_text(path)
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


#: The line above an indicator table: the two days it compares.
_COMPARED = N_("Compared: the start on {start} and the review on {review}")


def preset_model(name: str) -> "CompatibilityModel":
    """The compatibility model of the preset *name* (one of :data:`PRESETS`):
    ``ru`` the Russian school's, ``kz`` the Kazakh NIS levels 1-2, ``md`` the
    certified institutional mentors, ``ro`` the certified mentors.
    """
    from mentoring.matching import CompatibilityModel
    from mentoring.model import MentorLevel

    presets: dict[str, Callable[[], CompatibilityModel]] = {
        "default": CompatibilityModel.default,
        "ru": CompatibilityModel.russian_school,
        "kz": CompatibilityModel.kazakh_levels,
        "md": lambda: CompatibilityModel.certified_mentors(MentorLevel.INSTITUTIONAL),
        "ro": CompatibilityModel.certified_mentors,
    }
    return presets[name]()


def render_report(
    report: "Report", *, program: "Program | None", fmt: str, lang: str
) -> str:
    """An indicator report of *program* as *fmt* (one of :data:`FORMATS`) in
    *lang*; a table is headed by a line naming the start and review days it
    compares.
    """
    from mentoring import export

    if fmt == "html":
        from mentoring.report_html import render_html

        return render_html(program, report=report, lang=lang)
    if fmt == "csv":
        return export.to_csv(report, lang=lang)
    if fmt == "json":
        return export.to_json_rows(report, lang=lang)
    head = tr(_COMPARED, lang).format(
        start=date(report.start_on, lang), review=date(report.review_on, lang)
    )
    return f"{head}\n{export.to_table(report, lang=lang)}"


#: The parts of the programme's effectiveness, by criterion.
_PARTS = {
    "indicators_improved": N_("Indicators improved"),
    "targets_attained": N_("Targets attained"),
    "plan_progress": N_("Plan progress"),
    "outcomes_improved": N_("Expected outcomes improved"),
}


def _part_name(criterion: str, lang: str) -> str:
    """A score part's criterion as the reader's language names it."""
    from mentoring.labels import label
    from mentoring.matching import CriterionKind

    if lang_of(lang) == "en":  # the identifiers, as Score.explain shows them
        return criterion
    if criterion in _PARTS:
        return tr(_PARTS[criterion], lang)
    try:
        return label(CriterionKind(criterion), lang)
    except ValueError:
        return criterion


def explain_lines(score: "Score", title: str, lang: str) -> "Iterator[str]":
    """:meth:`~mentoring.score.Score.explain` in *lang*: the criteria
    labelled, the reasons translated, the numbers as the language writes them.
    """
    yield f"{percent(score.value, lang, 0)} {title}"
    for p in score.parts:
        sign = "+" if p.raw > 0 else "-"
        weight = int(p.weight) if float(p.weight).is_integer() else p.weight
        line = (
            f"  {sign} {_part_name(p.criterion, lang)}: {percent(p.raw, lang, 0)}"
            f" x {number(weight, lang)} -> {number(p.contribution, lang, 3)}"
        )
        if p.reason:
            line += f" ({tr_text(p.reason, lang)})"
        yield line
