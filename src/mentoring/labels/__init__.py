"""Labels in English, Russian, Romanian (and Kazakh where known) for every
enum member and every indicator: :func:`label`.

>>> from mentoring._enums import MenteeCategory
>>> label(MenteeCategory.YOUNG_SPECIALIST, "ru")
'Молодой специалист'
>>> label("2.2", "ro")
'Mentori din rândul cadrelor didactice'
>>> label(MenteeCategory.NEW_TO_POST, "kk")  # no Kazakh label: English
'New to the post'

A member no table knows is humanized (``"young_specialist"`` becomes
``"Young specialist"``), so enums added later show a readable English label
until they are translated. :func:`missing_labels` lists what is missing.

The English fallback is for a missing *translation*: a locale outside
:data:`LOCALES` (``"de"``) is refused with a
:class:`~mentoring.errors.ValidationError` at ``$.locale``, never answered in
English as if it were known.
"""

import enum
from collections.abc import Iterator

from mentoring._problems import describe
from mentoring.errors import Problem, ValidationError
from mentoring.indicators._catalog import CATALOG, Catalog, Indicator
from mentoring.labels._registry import LABELLED_ENUMS, TABLE_OF
from mentoring.labels._types import Labels

__all__ = [
    "LABELLED_ENUMS",
    "LOCALES",
    "Labels",
    "humanize",
    "label",
    "missing_labels",
]

#: The locales labels are written in; ``kk`` only where known.
LOCALES = ("en", "ru", "ro", "kk")


def _lang(locale: str) -> str:
    return locale.replace("-", "_").split("_", 1)[0].lower()


def _locale_problems(locale: object, path: str = "$.locale") -> Iterator[Problem]:
    """A problem unless *locale* is a string whose language is in
    :data:`LOCALES` (``"ru"``, ``"ru-RU"``, ``"ro_MD"``, ``"KK"``).
    """
    if not isinstance(locale, str):
        yield Problem(path, f"expected a locale str, got {describe(locale)}")
    elif _lang(locale) not in LOCALES:
        yield Problem(
            path, f"expected a locale of {', '.join(LOCALES)}, got {locale!r}"
        )


def humanize(value: str) -> str:
    """``"young_specialist"`` -> ``"Young specialist"``: the English fallback.

    Raises:
        ~mentoring.errors.ValidationError: *value* is not a string.

    .. versionadded:: 0.1.0
    """
    if not isinstance(value, str):
        raise ValidationError(
            [Problem("$.value", f"expected str, got {describe(value)}")],
            subject="label",
        )
    text = value.replace("_", " ").strip()
    return text[:1].upper() + text[1:]


def _pick(entry: Labels, lang: str) -> str:
    text = getattr(entry, lang, "") if lang in LOCALES else ""
    return text or entry.en


def label(
    value: enum.Enum | Indicator | str,
    locale: str = "en",
    *,
    catalog: Catalog = CATALOG,
) -> str:
    """The label of an enum member, an indicator or an indicator code in
    *locale* (``"ru"``, ``"ru-RU"``, ``"ro_MD"``, ...).

    A missing translation falls back to English; an unknown member or code
    to its humanized value.

    >>> label("2.2", "de")
    Traceback (most recent call last):
    ...
    mentoring.errors.ValidationError: invalid label: 1 problem
      $.locale: expected a locale of en, ru, ro, kk, got 'de'

    Raises:
        ~mentoring.errors.ValidationError: *value* is not an enum member, an
            indicator or a string; *locale* is not one of :data:`LOCALES`
            (with a region or not); *catalog* is not a
            :class:`~mentoring.indicators._catalog.Catalog`.

    .. versionadded:: 0.1.0
    """
    problems = list(_locale_problems(locale))
    if not isinstance(value, enum.Enum | Indicator | str):
        problems.insert(
            0,
            Problem(
                "$.value",
                f"expected an enum member, an Indicator or a code str, got"
                f" {describe(value)}",
            ),
        )
    if not isinstance(catalog, Catalog):
        problems.append(
            Problem("$.catalog", f"expected a Catalog, got {describe(catalog)}")
        )
    if problems:
        raise ValidationError(problems, subject="label")
    lang = _lang(locale)
    if isinstance(value, Indicator):
        return value.title(lang)
    if isinstance(value, enum.Enum):
        entry = TABLE_OF.get(type(value), {}).get(str(value.value))
        if entry is None:
            return humanize(str(value.value))
        return _pick(entry, lang)
    if value in catalog:
        return catalog.get(value).title(lang)
    return humanize(value)


def _locales_problems(locales: object) -> Iterator[Problem]:
    if not isinstance(locales, tuple):
        yield Problem("$.locales", f"expected a tuple of str, got {describe(locales)}")
        return
    for i, lang in enumerate(locales):
        if lang not in LOCALES:
            yield Problem(
                f"$.locales[{i}]", f"expected one of {', '.join(LOCALES)}, got {lang!r}"
            )


def missing_labels(
    locales: tuple[str, ...] = ("en", "ru", "ro"),
    *,
    catalog: Catalog = CATALOG,
) -> tuple[str, ...]:
    """Every label missing in *locales*, as ``"ru: MentorOrigin.ngo"`` or
    ``"ro: indicator 1.2"``; ``()`` when none is.

    Covers the members of the enums in ``LABELLED_ENUMS`` and the indicators of
    *catalog*.

    Raises:
        ~mentoring.errors.ValidationError: *locales* is not a tuple of
            :data:`LOCALES` (``"en"``, ``"ru"``, ``"ro"``, ``"kk"``), or
            *catalog* is not a :class:`~mentoring.indicators._catalog.Catalog`.

    .. versionadded:: 0.1.0
    """
    problems = list(_locales_problems(locales))
    if not isinstance(catalog, Catalog):
        problems.append(
            Problem("$.catalog", f"expected a Catalog, got {describe(catalog)}")
        )
    if problems:
        raise ValidationError(problems, subject="locales")
    found: list[str] = []
    for lang in locales:
        for cls in LABELLED_ENUMS:
            table = TABLE_OF.get(cls, {})
            for member in cls:
                entry = table.get(str(member.value))
                if entry is None or not getattr(entry, lang, ""):
                    found.append(f"{lang}: {cls.__name__}.{member.value}")
        for ind in catalog:
            text = {"en": ind.title_en, "ru": ind.title_ru, "ro": ind.title_ro}.get(
                lang, ind.title_kk if lang == "kk" else ""
            )
            if not text:
                found.append(f"{lang}: indicator {ind.code}")
    return tuple(found)
