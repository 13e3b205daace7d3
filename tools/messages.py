"""``make messages``: extract the library's messages, update the catalogues,
compile them.

1. Extract every message marked in ``src/mentoring`` (the keywords of
   ``mentoring._i18n``: ``tr``, ``tr_n``, ``tr_ctx``, ``N_``, ``NC_``, and the
   indicator catalogue's helpers) and the command's ``--help`` texts into
   ``src/mentoring/locale/mentoring.pot``.
2. Update ``src/mentoring/locale/<lang>/LC_MESSAGES/mentoring.po`` for each
   language from the template: new messages are added untranslated (never
   guessed: no fuzzy matching), messages gone from the source are dropped.
3. Compile each ``.po`` into its ``.mo``, the file read at run time.

The output is deterministic (sorted, no dates, file names without line
numbers), so running it twice, or on another machine, changes nothing.
Needs Babel (``pip install --group i18n``); the library itself does not.
"""

import datetime as dt
import io
import sys
from pathlib import Path

from babel.messages.catalog import Catalog
from babel.messages.extract import extract_from_dir
from babel.messages.frontend import parse_mapping_cfg
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po, write_po

ROOT = Path(__file__).resolve().parent.parent
LOCALE = ROOT / "src" / "mentoring" / "locale"
LANGS = ("ru", "ro", "kk")
DOMAIN = "mentoring"
KEYWORDS = {
    "tr": None,
    "tr_n": (1, 2),
    "tr_ctx": ((1, "c"), 2),
    "N_": None,
    "NC_": ((1, "c"), 2),
    "_seed": (2,),
    "_outcome": (2,),
    "_metric": (2,),
    "_induction": (2,),
}
#: A fixed date, so that the headers do not change from run to run.
FIXED = dt.datetime(2026, 1, 1, tzinfo=dt.UTC)
HEADER = (
    "# The messages of the mentoring library.\n"
    "# This file is distributed under the same license as the mentoring package.\n#"
)


class _Stable(Catalog):
    """A catalogue whose headers do not name the Babel version that wrote it,
    so that another version of Babel writes the same files.
    """

    def _get_mime_headers(self) -> list[tuple[str, str]]:
        return [h for h in super()._get_mime_headers() if h[0] != "Generated-By"]


def _stable(catalog: Catalog) -> Catalog:
    catalog.__class__ = _Stable
    return catalog


def _catalog(locale: str | None) -> Catalog:
    return _Stable(
        locale=locale,
        domain=DOMAIN,
        project="mentoring",
        version="0.1",
        header_comment=HEADER,
        creation_date=FIXED,
        revision_date=FIXED,
        msgid_bugs_address="https://github.com/mentoring-py/mentoring/issues",
        language_team=f"{locale} <https://github.com/mentoring-py/mentoring>"
        if locale
        else None,
        last_translator="The mentoring developers",
        fuzzy=False,
    )


def extract() -> Catalog:
    """Every marked message of the package."""
    with (ROOT / "babel.cfg").open(encoding="utf-8") as f:
        method_map, options_map = parse_mapping_cfg(f)
    template = _catalog(None)
    found = extract_from_dir(
        str(ROOT),
        method_map,
        options_map,
        keywords=KEYWORDS,
        comment_tags=("TRANSLATORS:",),
        strip_comment_tags=True,
    )
    for filename, lineno, message, comments, context in found:
        template.add(
            message,
            None,
            [(Path(filename).as_posix(), lineno)],
            auto_comments=comments,
            context=context,
        )
    # The command's --help, written as argparse arguments: collected from the
    # parser itself (argparse's own words are marked in mentoring/cli.py).
    sys.path.insert(0, str(ROOT / "src"))
    from mentoring.cli import _help_texts

    for text in _help_texts():
        template.add(text, None, [("src/mentoring/cli.py", None)])
    return template


def _po_bytes(catalog: Catalog) -> bytes:
    buf = io.BytesIO()
    write_po(
        buf,
        catalog,
        width=88,
        sort_output=True,
        ignore_obsolete=True,
        include_lineno=False,
    )
    return buf.getvalue()


def _mo_bytes(po: bytes) -> bytes:
    catalog = _stable(read_po(io.BytesIO(po)))
    buf = io.BytesIO()
    write_mo(buf, catalog, use_fuzzy=False)
    return buf.getvalue()


def build() -> dict[Path, bytes]:
    """What every file of the catalogues should hold: the template, and per
    language its updated ``.po`` and compiled ``.mo``.
    """
    template = extract()
    files = {LOCALE / f"{DOMAIN}.pot": _po_bytes(template)}
    for lang in LANGS:
        po = LOCALE / lang / "LC_MESSAGES" / f"{DOMAIN}.po"
        if po.exists():
            with po.open("rb") as f:
                catalog = _stable(read_po(f, locale=lang))
        else:
            catalog = _catalog(lang)
        catalog.update(template, no_fuzzy_matching=True, update_creation_date=False)
        catalog.revision_date = FIXED
        catalog.creation_date = FIXED
        files[po] = _po_bytes(catalog)
        files[po.with_suffix(".mo")] = _mo_bytes(files[po])
    return files


def main() -> int:
    """Extract, update and compile; print what changed."""
    files = build()
    for path, data in files.items():
        if not path.exists() or path.read_bytes() != data:
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(data)
            print(f"updated {path.relative_to(ROOT)}")
    with (LOCALE / f"{DOMAIN}.pot").open("rb") as f:
        n = sum(1 for m in read_po(f) if m.id)
    print(f"{n} messages; catalogues: {', '.join(LANGS)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
