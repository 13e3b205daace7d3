"""The shape of one label entry (private)."""

from typing import NamedTuple

__all__ = ["Labels"]


class Labels(NamedTuple):
    """One member's label in English, Russian, Romanian and Kazakh ("" when
    unknown): a value a host may build from :func:`~mentoring.labels.label`
    (the library's own labels live in its gettext catalogues).
    """

    en: str
    ru: str = ""
    ro: str = ""
    kk: str = ""
