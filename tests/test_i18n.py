"""The translation catalogues: complete, compiled from their sources,
regenerated without a diff, and no English left in what a reader of Russian,
Romanian or Kazakh sees.
"""

import datetime as dt
import gettext
import importlib.util
import io
import json
import re
from html.parser import HTMLParser
from importlib.resources import files
from pathlib import Path

import pytest

from mentoring import indicators, samples, serialization
from mentoring._i18n import catalogue, originals, tr, tr_n, tr_text
from mentoring._locale import LANGS
from mentoring.cli import _env_lang, main
from mentoring.matching import CriterionKind
from mentoring.report_html import render_html

LOCALE = files("mentoring") / "locale"
TRANSLATED = tuple(lang for lang in LANGS if lang != "en")
ROOT = Path(__file__).resolve().parent.parent
TOOL = ROOT / "tools" / "messages.py"


# -- a small reader of .po files (no Babel needed) ---------------------------------


def _unquote(text: str) -> str:
    return json.loads(text)


def read_po(text: str) -> list[dict[str, object]]:
    """The entries of a .po file: msgctxt, msgid, msgid_plural, msgstr (a list
    of the forms) and the flags; the header (msgid "") included.
    """
    entries: list[dict[str, object]] = []
    entry: dict[str, object] = {}
    key = ""

    def close() -> None:
        if "msgid" in entry:
            entries.append(dict(entry))
        entry.clear()

    for raw in [*text.splitlines(), ""]:
        line = raw.strip()
        if not line:
            close()
            continue
        if line.startswith("#,"):
            entry.setdefault("flags", set()).update(  # type: ignore[union-attr]
                f.strip() for f in line[2:].split(",")
            )
            continue
        if line.startswith("#"):
            continue
        if line.startswith('"'):
            if key.startswith("msgstr"):
                forms = entry["msgstr"]
                forms[-1] += _unquote(line)  # type: ignore[index]
            else:
                entry[key] = str(entry[key]) + _unquote(line)
            continue
        word, _, value = line.partition(" ")
        if word in ("msgctxt", "msgid") and "msgstr" in entry:
            close()
        if word.startswith("msgstr"):
            entry.setdefault("msgstr", []).append(_unquote(value))  # type: ignore[union-attr]
            key = "msgstr"
        else:
            entry[word] = _unquote(value)
            key = word
    return entries


def _po(lang: str) -> list[dict[str, object]]:
    path = LOCALE / lang / "LC_MESSAGES" / "mentoring.po"
    return read_po(path.read_text(encoding="utf-8"))


def _key(entry: dict[str, object]) -> tuple[str, str]:
    return (str(entry.get("msgctxt", "")), str(entry["msgid"]))


def _template() -> dict[tuple[str, str], dict[str, object]]:
    text = (LOCALE / "mentoring.pot").read_text(encoding="utf-8")
    return {_key(e): e for e in read_po(text) if e["msgid"]}


def test_the_po_reader_reads_contexts_plurals_and_flags():
    text = (
        'msgid ""\nmsgstr "Language: ru\\n"\n\n'
        '#, fuzzy\nmsgctxt "scope"\nmsgid "District"\nmsgstr "Муниц"\n"ипальный"\n\n'
        'msgid "{n} day"\nmsgid_plural "{n} days"\n'
        'msgstr[0] "{n} день"\nmsgstr[1] "{n} дня"\nmsgstr[2] "{n} дней"\n'
    )
    header, district, day = read_po(text)
    assert header["msgstr"] == ["Language: ru\n"]
    assert district == {
        "flags": {"fuzzy"},
        "msgctxt": "scope",
        "msgid": "District",
        "msgstr": ["Муниципальный"],
    }
    assert day["msgid_plural"] == "{n} days"
    assert day["msgstr"] == ["{n} день", "{n} дня", "{n} дней"]


# -- complete ------------------------------------------------------------------------


@pytest.mark.parametrize("lang", TRANSLATED)
def test_every_message_of_the_template_is_translated_and_none_is_fuzzy(lang):
    template = _template()
    entries = {_key(e): e for e in _po(lang) if e["msgid"]}
    assert template, "the template holds no message"
    missing = sorted(str(k) for k in template if k not in entries)
    empty = sorted(
        str(k)
        for k, e in entries.items()
        if not all(e["msgstr"])  # type: ignore[call-overload]
    )
    fuzzy = sorted(str(k) for k, e in entries.items() if "fuzzy" in e.get("flags", ()))  # type: ignore[operator]
    stale = sorted(str(k) for k in entries if k not in template)
    assert (missing, empty, fuzzy, stale) == ([], [], [], [])


@pytest.mark.parametrize(
    ("lang", "forms", "rule"),
    [
        ("ru", 3, "n % 10 == 1 && n % 100 != 11"),
        ("ro", 3, "n == 1"),
        ("kk", 2, "n != 1"),
    ],
)
def test_the_plural_forms_of_each_language(lang, forms, rule):
    header = next(e for e in _po(lang) if not e["msgid"])
    text = str(header["msgstr"][0])  # type: ignore[index]
    plural = next(line for line in text.splitlines() if line.startswith("Plural-Forms"))
    assert f"nplurals={forms};" in plural
    assert rule in plural
    for entry in _po(lang):
        if "msgid_plural" in entry:
            assert len(entry["msgstr"]) == forms, entry  # type: ignore[arg-type]


def test_counts_take_the_plural_form_of_the_language():
    def days(n: int, lang: str) -> str:
        return tr_n("{n} day", "{n} days", n, lang).format(n=n)

    assert [days(n, "ru") for n in (1, 2, 5, 21, 111)] == [
        "1 день",
        "2 дня",
        "5 дней",
        "21 день",
        "111 дней",
    ]
    assert [days(n, "ro") for n in (1, 2, 20)] == ["1 zi", "2 zile", "20 de zile"]
    assert [days(n, "kk") for n in (1, 5)] == ["1 күн", "5 күн"]
    assert [days(n, "en") for n in (1, 5)] == ["1 day", "5 days"]


# -- compiled ------------------------------------------------------------------------


def _expected_mo(lang: str) -> dict[object, str]:
    """What the .mo of *lang* must hold, from its .po (as gettext keys)."""
    found: dict[object, str] = {}
    for e in _po(lang):
        msgid = str(e["msgid"])
        if not msgid:
            continue
        ctx = e.get("msgctxt")
        key = f"{ctx}\x04{msgid}" if ctx else msgid
        forms = e["msgstr"]
        if "msgid_plural" in e:
            for i, form in enumerate(forms):  # type: ignore[arg-type]
                found[(key, i)] = form
        else:
            found[key] = forms[0]  # type: ignore[index]
    return found


@pytest.mark.parametrize("lang", TRANSLATED)
def test_the_compiled_catalogue_is_current_with_its_source(lang):
    data = (LOCALE / lang / "LC_MESSAGES" / "mentoring.mo").read_bytes()
    compiled = gettext.GNUTranslations(io.BytesIO(data))
    table = {k: v for k, v in compiled._catalog.items() if k != ""}  # type: ignore[attr-defined]
    assert table == _expected_mo(lang)
    plurals = {o.split("\x00")[1] for o in originals(data) if "\x00" in o}
    assert plurals == {str(e["msgid_plural"]) for e in _po(lang) if "msgid_plural" in e}


@pytest.mark.skipif(
    importlib.util.find_spec("babel") is None or not TOOL.exists(),
    reason="needs Babel and the source tree (tools/messages.py)",
)
def test_make_messages_regenerates_the_catalogues_without_a_diff():
    spec = importlib.util.spec_from_file_location("_messages_tool", TOOL)
    assert spec is not None
    assert spec.loader is not None
    tool = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(tool)
    built = tool.build()
    assert sorted(p.relative_to(ROOT).as_posix() for p in built) == [
        "src/mentoring/locale/kk/LC_MESSAGES/mentoring.mo",
        "src/mentoring/locale/kk/LC_MESSAGES/mentoring.po",
        "src/mentoring/locale/mentoring.pot",
        "src/mentoring/locale/ro/LC_MESSAGES/mentoring.mo",
        "src/mentoring/locale/ro/LC_MESSAGES/mentoring.po",
        "src/mentoring/locale/ru/LC_MESSAGES/mentoring.mo",
        "src/mentoring/locale/ru/LC_MESSAGES/mentoring.po",
    ]
    changed = [str(p) for p, data in built.items() if p.read_bytes() != data]
    assert changed == [], "run `make messages` and commit the result"


# -- the sentences composed in English -----------------------------------------------


def test_a_composed_sentence_is_translated_with_its_values():
    text = "170 days without activity (last activity done on 2021-12-08)"
    assert tr_text(text, "ru") == (
        "170 дней без мероприятий (последнее мероприятие проведено 08.12.2021)"
    )
    assert tr_text(text, "ro") == (
        "170 de zile fără activitate (ultima activitate realizată la 08.12.2021)"
    )
    assert tr_text(text, "en") == text
    both = "4 of 4 criteria met; 8 of 8 activities done on time, 1 late"
    assert tr_text(both, "kk") == (
        "орындалған критерийлер: 4 ішінен 4; мерзімінде өткізілген іс-шаралар:"
        " 8 ішінен 8, кешіктірілгені: 1"
    )


def test_the_contact_signals_read_with_the_numbers_and_dates_of_the_language():
    low = "0.5 h of contact a week on average over 34.4 school weeks, below 1 h"
    assert tr_text(low, "ru") == (
        "в среднем 0,5 ч совместной работы в неделю (учебных недель: 34,4), меньше 1 ч"
    )
    off = "'Visit' is planned on 2025-03-08, not a school day"
    assert tr_text(off, "kk") == (
        "«Visit» іс-шарасы 08.03.2025 күніне жоспарланған, ал бұл оқу күні емес"
    )
    # An indicator code is not a decimal number: it stays as written.
    assert tr_text("not attained: 1.2", "ru") == "не достигнуты: 1.2"


def test_what_no_message_matches_stays_as_it_is():
    assert tr_text("Школа № 5", "ro") == "Школа № 5"
    assert tr_text("", "ru") == ""
    assert tr("not a message of the library", "kk") == "not a message of the library"


def test_english_reads_as_written_whatever_the_catalogues_hold():
    assert catalogue("en").gettext("Mentor") == "Mentor"
    assert tr("Mentor", "kk") == "Тәлімгер"


# -- the language of the command -----------------------------------------------------


@pytest.mark.parametrize(
    ("environ", "lang"),
    [
        ({}, "en"),
        ({"LANG": "ru_RU.UTF-8"}, "ru"),
        ({"LANG": "kk_KZ.UTF-8", "LC_ALL": "ro_MD.UTF-8"}, "ro"),
        ({"LANGUAGE": "kk:ru", "LC_ALL": "C.UTF-8"}, "kk"),
        ({"LC_MESSAGES": "de_DE.UTF-8", "LANG": "ru_RU"}, "en"),
        ({"LANG": "C"}, "en"),
        ({"LANGUAGE": "", "LANG": "ro"}, "ro"),
    ],
)
def test_the_default_language_comes_from_the_environment(environ, lang):
    assert _env_lang(environ) == lang


@pytest.mark.parametrize(
    "command", ["demo", "match", "indicators", "validate", "schema"]
)
def test_every_command_takes_lang_and_refuses_an_unknown_one(command, capsys):
    assert main([command, "--help"]) == 0
    assert "--lang {en,ru,ro,kk}" in capsys.readouterr().out
    assert main([command, "--lang", "de"]) == 2
    err = capsys.readouterr().err
    assert "de" in err
    assert re.search(r"en'?, '?ru'?, '?ro'?, '?kk", err), err


def test_the_environment_sets_the_language_of_the_command(monkeypatch, capsys):
    for name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("LANG", "ro_RO.UTF-8")
    assert main(["schema", "--help"]) == 0
    out = capsys.readouterr().out
    assert "utilizare: mentoring schema" in out
    assert "Afișează JSON Schema" in out
    assert main(["schema", "--help", "--lang", "en"]) == 0
    assert "usage: mentoring schema" in capsys.readouterr().out


def test_the_help_of_the_command_is_in_kazakh(capsys):
    assert main(["match", "--help", "--lang", "kk"]) == 0
    out = capsys.readouterr().out
    assert "қолданылуы: mentoring match" in out
    assert "тәлімгер іріктеу" in out
    assert "осы анықтаманы көрсетіп, шығу" in out


def test_problems_are_printed_in_the_language_of_the_reader(tmp_path, capsys):
    path = tmp_path / "program.json"
    path.write_text(json.dumps({"id": "p", "title": ""}), encoding="utf-8")
    assert main(["validate", str(path), "--lang", "ru"]) == 1
    out = capsys.readouterr().out
    assert "отсутствует" in out
    assert "is missing" not in out


def test_a_bad_document_is_reported_in_the_language_of_the_reader(tmp_path, capsys):
    path = tmp_path / "program.json"
    path.write_text("{}", encoding="utf-8")
    assert main(["indicators", str(path), "--lang", "ru"]) == 1
    err = capsys.readouterr().err
    assert err.startswith(f"ошибка: ошибки в документе программы {path}: 2 ошибки")
    assert "отсутствует: обязательное поле" in err


def test_match_explains_and_names_the_unmatched_in_the_language_of_the_reader(
    tmp_path, capsys
):
    mentors = tmp_path / "mentors.csv"
    mentees = tmp_path / "mentees.csv"
    mentors.write_text(
        "id,name,organization,subjects,grades,experience_years,capacity,functions\n"
        "m1,Ana Lungu,school-1,romanian,5;6,18,2,consultant\n",
        encoding="utf-8",
    )
    mentees.write_text(
        "id,name,organization,subjects,grades,experience_years,avoided_mentor_ids\n"
        "e1,Irina Roșca,school-1,romanian,5,0,\n"
        "e4,Vasile Rusu,school-9,music,1,1,m1\n",
        encoding="utf-8",
    )
    assert main(["match", str(mentors), str(mentees), "--explain", "--lang", "ro"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("1 pereche, fără mentor: 1 (metoda stable")
    assert "Aceeași disciplină: 100\xa0% x " in out
    assert "(predă: romanian)" in out
    assert (
        "Vasile Rusu: fără mentor, niciun mentor nu îndeplinește toate regulile"
        " (persoana mentorată a cerut să nu-l aibă ca mentor: m1)"
    ) in out


# -- no English left -----------------------------------------------------------------


def _english_words() -> frozenset[str]:
    """The words of the library's English messages (three letters or more)."""
    words: set[str] = set()
    for key in _template():
        words.update(w.lower() for w in re.findall(r"[A-Za-z]{3,}", key[1]))
    return frozenset(words)


def _allowed(program: object) -> set[str]:
    """Identifiers: every one-word value of the programme's own document
    (ids, codes, subjects, interests), the indicator codes, criteria and model
    names.
    """
    allowed: set[str] = set()
    stack = [json.loads(serialization.to_json(program))]  # type: ignore[arg-type]
    while stack:  # the values of the document, not its keys
        item = stack.pop()
        if isinstance(item, dict):
            stack.extend(item.values())
        elif isinstance(item, list):
            stack.extend(item)
        elif isinstance(item, str) and not re.search(r"\s", item):
            # a code or an id (a sentence of the data is no identifier)
            allowed.update(w.lower() for w in re.findall(r"[A-Za-z]{3,}", item))
    for ind in indicators.CATALOG:
        allowed.update(w.lower() for w in re.findall(r"[A-Za-z]{3,}", ind.code))
    for kind in CriterionKind:
        allowed.update(kind.value.split("_"))
    # the model and method names, the library's name, offline/online modes
    allowed.update({"stable", "russian", "school", "kazakh", "levels", "certified"})
    allowed.update({"mentors", "mentoring", "default", "online", "offline", "blended"})
    return allowed


def _english_in(text: str, program: object, lang: str) -> list[str]:
    # Latin words the translations use themselves (a Romanian "mentor"), not
    # counting the placeholders ({plan}, %(prog)s) and the header.
    own = {
        w.lower()
        for e in _po(lang)
        if e["msgid"]
        for form in e["msgstr"]  # type: ignore[attr-defined]
        for w in re.findall(r"[A-Za-z]{3,}", re.sub(r"\{\w*\}|%\(\w+\)", "", form))
    }
    english = _english_words() - _allowed(program) - own
    found = []
    for line in text.splitlines():
        for token in re.findall(r"[A-Za-z][A-Za-z_\-.0-9]*", line):
            if any(c in token for c in "_-.0123456789"):
                continue  # an identifier or a code
            if token.lower() in english:
                found.append(f"{token!r} in {line.strip()!r}")
    return found


CASES = [("ru", "ru"), ("md", "ro"), ("kz", "kk")]


@pytest.mark.parametrize(("sample", "lang"), CASES)
def test_the_demo_prints_no_english_word(sample, lang, capsys):
    assert main(["demo", "--sample", sample, "--lang", lang]) == 0
    out = capsys.readouterr().out
    assert _english_in(out, samples.load(sample), lang) == []


def test_the_check_of_english_finds_english():
    program = samples.load("ru")
    # ("pair" and "plan" are in indicator codes: days_to_pair, plan_progress)
    found = _english_in("Пары: 3 (the pair has no activity)", program, "ru")
    assert {"'the'", "'has'", "'activity'"} <= {f.split()[0] for f in found}
    assert _english_in("Пары: 3 (ru-p1-plan, digital_tools)", program, "ru") == []


class _Text(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.parts: list[str] = []
        self._skip = 0

    def handle_starttag(self, tag: str, attrs: object) -> None:  # noqa: ARG002
        self._skip += tag == "style"

    def handle_endtag(self, tag: str) -> None:
        self._skip -= tag == "style"

    def handle_data(self, data: str) -> None:
        if not self._skip:
            self.parts.append(data)


START_AND_REVIEW = {
    "ru": (dt.date(2021, 9, 1), dt.date(2022, 5, 27)),
    "md": (dt.date(2024, 9, 1), dt.date(2025, 6, 13)),
    "kz": (dt.date(2021, 9, 1), dt.date(2022, 5, 24)),
}


@pytest.mark.parametrize(("sample", "lang"), CASES)
def test_the_html_report_holds_no_english_word(sample, lang):
    program = samples.load(sample)
    start, review = START_AND_REVIEW[sample]
    report = indicators.compare(
        indicators.compute(program, on=start), indicators.compute(program, on=review)
    )
    page = _Text()
    page.feed(render_html(program, report=report, lang=lang))
    text = "\n".join(page.parts)
    assert _english_in(text, program, lang) == []
    assert start.strftime("%d.%m.%Y") in text


def _filled(template: str, n: int) -> tuple[str, dict[str, str]]:
    names = re.findall(r"\{(\w+)\}", template)
    values = {name: str(n) if name == "n" else f"v{i}x" for i, name in enumerate(names)}
    return template.format(**values), values


@pytest.mark.parametrize("lang", TRANSLATED)
def test_every_template_is_found_again_from_its_english_filling(lang):
    """tr_text inverts the English formatting of every message with fields."""
    wrong = []
    for entry in _po(lang):
        msgid = str(entry["msgid"])
        if not re.search(r"\{\w+\}", msgid) or "msgctxt" in entry:
            continue
        plural = entry.get("msgid_plural")
        for n, english in ((1, msgid), (5, str(plural or msgid))):
            text, values = _filled(english, n)
            if plural:
                expected = tr_n(msgid, str(plural), n, lang).format(**values)
            else:
                expected = tr(msgid, lang).format(**values)
            if tr_text(text, lang) != expected:
                wrong.append(f"{text!r} -> {tr_text(text, lang)!r}, not {expected!r}")
    assert wrong == []
