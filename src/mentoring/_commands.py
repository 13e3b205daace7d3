"""What the ``mentoring`` command and its demo share (private).

The built-in compatibility models that ``match --preset`` names, and the
indicator report as a table, CSV, JSON or HTML. :mod:`mentoring.cli` and
:mod:`mentoring._demo` both import from here, so neither imports the other
for it (the command imports the demo only to run it).
"""

from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from mentoring.indicators import Report
    from mentoring.matching import CompatibilityModel
    from mentoring.model import Program

__all__ = ["FORMATS", "PRESETS", "preset_model", "render_report"]

#: The names of the built-in compatibility models (``--preset``).
PRESETS = ("default", "ru", "kz", "md", "ro")
#: The formats of an indicator report (``--format``).
FORMATS = ("table", "csv", "json", "html")

#: The line above an indicator table: the two days it compares.
_COMPARED = {
    "en": "Compared: the start on {start} and the review on {review}",
    "ru": "Сравнение: начало {start} и дата подведения итогов {review}",
    "ro": "Comparat: începutul la {start} și evaluarea la {review}",
}


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
    compared = _COMPARED.get(lang, _COMPARED["en"])
    head = compared.format(start=report.start_on, review=report.review_on)
    return f"{head}\n{export.to_table(report, lang=lang)}"
