"""Write the intersphinx inventories that the docs link Python and attrs with.

The docs build offline (``sphinx-build -W -n`` on a machine, or in a CI, that
reaches no documentation site), so ``docs/conf.py`` reads these two files from
the repository instead of fetching ``objects.inv`` from docs.python.org and
www.attrs.org:

* ``python.inv``: the standard library objects the docs name;
* ``attrs.inv``: the attrs objects the docs name.

Each file lists only those objects, each with its real address on the site
(checked against the sites' own inventories: Python's from the Python
documentation's ``objects.inv``, attrs' from a build of attrs' own docs), in
Sphinx's inventory format version 2 (a short text header, then zlib). This
script is the source of both files: to link one more object, add it to the
tables below, then run, from the repository root::

    python docs/_inventories/make.py            # rewrite python.inv, attrs.inv
    python docs/_inventories/make.py --check    # exit 1 if they are stale
    python docs/_inventories/make.py --verify python ~/objects.inv
                                                # compare with a real inventory

``tests/test_docs_reference.py`` fails when the files are not what this
script writes. It needs nothing but the standard library.
"""

import argparse
import sys
import zlib
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path

HERE = Path(__file__).resolve().parent

#: One object: (name, "domain:role", page, anchor). An empty anchor means the
#: object's own name, the usual anchor of an API object in Sphinx.
Entry = tuple[str, str, str, str]


def _on(page: str, role: str, names: Iterable[str]) -> Iterator[Entry]:
    for name in names:
        yield name, role, page, ""


def _modules(pages: Iterable[tuple[str, str]]) -> Iterator[Entry]:
    for name, page in pages:
        yield name, "py:module", page, f"module-{name}"


def python_entries() -> list[Entry]:
    """The standard library objects the docs link to (docs.python.org/3)."""
    entries: list[Entry] = [
        ("None", "py:data", "library/constants.html", ""),
        ("True", "py:data", "library/constants.html", ""),
        ("False", "py:data", "library/constants.html", ""),
        ("NotImplemented", "py:data", "library/constants.html", ""),
    ]
    entries += _on(
        "library/functions.html",
        "py:class",
        ["bool", "float", "int", "object", "type"],
    )
    entries += _on(
        "library/functions.html",
        "py:function",
        ["callable", "hash", "isinstance", "len", "repr", "sorted"],
    )
    entries += _on(
        "library/stdtypes.html",
        "py:class",
        ["bytes", "dict", "frozenset", "list", "range", "set", "str", "tuple"],
    )
    entries += _on(
        "library/exceptions.html",
        "py:exception",
        [
            "AttributeError",
            "BaseException",
            "DeprecationWarning",
            "Exception",
            "FileNotFoundError",
            "ImportError",
            "IndexError",
            "KeyError",
            "LookupError",
            "ModuleNotFoundError",
            "NotImplementedError",
            "OSError",
            "RuntimeError",
            "TypeError",
            "UserWarning",
            "ValueError",
            "Warning",
        ],
    )
    entries += _modules(
        [
            ("argparse", "library/argparse.html"),
            ("collections", "library/collections.html"),
            ("collections.abc", "library/collections.abc.html"),
            ("csv", "library/csv.html"),
            ("datetime", "library/datetime.html"),
            ("decimal", "library/decimal.html"),
            ("enum", "library/enum.html"),
            ("fractions", "library/fractions.html"),
            ("html", "library/html.html"),
            ("io", "library/io.html"),
            ("json", "library/json.html"),
            ("pathlib", "library/pathlib.html"),
            ("pickle", "library/pickle.html"),
            ("random", "library/random.html"),
            ("types", "library/types.html"),
            ("typing", "library/typing.html"),
            ("warnings", "library/warnings.html"),
        ]
    )
    entries += _on(
        "library/argparse.html",
        "py:class",
        ["argparse.ArgumentParser", "argparse.Namespace"],
    )
    entries += _on(
        "library/collections.abc.html",
        "py:class",
        [
            "collections.abc.Callable",
            "collections.abc.Collection",
            "collections.abc.Container",
            "collections.abc.Generator",
            "collections.abc.Hashable",
            "collections.abc.Iterable",
            "collections.abc.Iterator",
            "collections.abc.Mapping",
            "collections.abc.MutableMapping",
            "collections.abc.MutableSequence",
            "collections.abc.MutableSet",
            "collections.abc.Sequence",
            "collections.abc.Set",
            "collections.abc.Sized",
        ],
    )
    entries += _on(
        "library/collections.html",
        "py:class",
        ["collections.Counter", "collections.OrderedDict", "collections.defaultdict"],
    )
    entries += _on(
        "library/csv.html",
        "py:class",
        ["csv.DictReader", "csv.DictWriter"],
    )
    entries += _on("library/csv.html", "py:function", ["csv.reader", "csv.writer"])
    entries += _on(
        "library/datetime.html",
        "py:class",
        ["datetime.date", "datetime.datetime", "datetime.timedelta"],
    )
    entries += _on(
        "library/datetime.html",
        "py:method",
        [
            "datetime.date.fromisoformat",
            "datetime.date.isoformat",
            "datetime.date.isoweekday",
            "datetime.date.replace",
            "datetime.date.weekday",
        ],
    )
    entries += _on(
        "library/datetime.html",
        "py:attribute",
        ["datetime.date.max", "datetime.date.min"],
    )
    entries += _on("library/decimal.html", "py:class", ["decimal.Decimal"])
    entries += _on(
        "library/enum.html",
        "py:class",
        ["enum.Enum", "enum.Flag", "enum.IntEnum", "enum.StrEnum", "enum.auto"],
    )
    entries += _on("library/fractions.html", "py:class", ["fractions.Fraction"])
    entries += _on("library/html.html", "py:function", ["html.escape"])
    entries += _on(
        "library/io.html",
        "py:class",
        ["io.BytesIO", "io.StringIO", "io.TextIOBase"],
    )
    entries += _on(
        "library/json.html",
        "py:function",
        ["json.dump", "json.dumps", "json.load", "json.loads"],
    )
    entries += _on("library/json.html", "py:exception", ["json.JSONDecodeError"])
    entries += _on("library/os.html", "py:class", ["os.PathLike"])
    entries += _on(
        "library/pathlib.html",
        "py:class",
        ["pathlib.Path", "pathlib.PurePath"],
    )
    entries += _on(
        "library/pickle.html", "py:function", ["pickle.dumps", "pickle.loads"]
    )
    entries += _on("library/random.html", "py:class", ["random.Random"])
    entries += _on(
        "library/types.html",
        "py:class",
        ["types.MappingProxyType", "types.ModuleType"],
    )
    entries += _on(
        "library/typing.html",
        "py:data",
        [
            "typing.Any",
            "typing.ClassVar",
            "typing.Final",
            "typing.Literal",
            "typing.Never",
            "typing.NoReturn",
            "typing.Optional",
            "typing.Self",
            "typing.TYPE_CHECKING",
            "typing.TypeAlias",
            "typing.Union",
        ],
    )
    entries += _on(
        "library/typing.html",
        "py:class",
        [
            "typing.Generic",
            "typing.IO",
            "typing.NamedTuple",
            "typing.Protocol",
            "typing.TextIO",
            "typing.TypeVar",
            "typing.TypedDict",
        ],
    )
    entries += _on(
        "library/typing.html",
        "py:function",
        ["typing.cast", "typing.overload"],
    )
    entries += _on("library/warnings.html", "py:function", ["warnings.warn"])
    return entries


def attrs_entries() -> list[Entry]:
    """The attrs objects the docs link to (www.attrs.org/en/stable)."""
    entries: list[Entry] = list(
        _modules(
            [
                ("attrs", "api.html"),
                ("attrs.converters", "api.html"),
                ("attrs.exceptions", "api.html"),
                ("attrs.setters", "api.html"),
                ("attrs.validators", "api.html"),
            ]
        )
    )
    entries += _on(
        "api.html",
        "py:function",
        [
            "attrs.asdict",
            "attrs.astuple",
            "attrs.define",
            "attrs.evolve",
            "attrs.field",
            "attrs.fields",
            "attrs.fields_dict",
            "attrs.frozen",
            "attrs.has",
            "attrs.make_class",
            "attrs.mutable",
            "attrs.resolve_types",
            "attrs.validate",
            "attrs.converters.default_if_none",
            "attrs.converters.optional",
            "attrs.converters.pipe",
            "attrs.validators.and_",
            "attrs.validators.deep_iterable",
            "attrs.validators.deep_mapping",
            "attrs.validators.ge",
            "attrs.validators.gt",
            "attrs.validators.in_",
            "attrs.validators.instance_of",
            "attrs.validators.le",
            "attrs.validators.lt",
            "attrs.validators.matches_re",
            "attrs.validators.max_len",
            "attrs.validators.min_len",
            "attrs.validators.optional",
        ],
    )
    entries += _on(
        "api.html",
        "py:class",
        ["attrs.Attribute", "attrs.Converter", "attrs.Factory"],
    )
    entries += _on("api.html", "py:data", ["attrs.NOTHING"])
    entries += _on(
        "api.html",
        "py:exception",
        [
            "attrs.exceptions.DefaultAlreadySetError",
            "attrs.exceptions.FrozenAttributeError",
            "attrs.exceptions.FrozenError",
            "attrs.exceptions.FrozenInstanceError",
            "attrs.exceptions.NotAnAttrsClassError",
            "attrs.exceptions.UnannotatedAttributeError",
        ],
    )
    return entries


#: Each inventory: file name -> (project, version, entries).
INVENTORIES = {
    "python.inv": ("Python", "3", python_entries),
    "attrs.inv": ("attrs", "stable", attrs_entries),
}


def text(entries: Sequence[Entry]) -> str:
    """The body of an inventory: one line per object, sorted, no duplicates."""
    lines = set()
    for name, role, page, anchor in entries:
        uri = f"{page}#$" if anchor in ("", name) else f"{page}#{anchor}"
        lines.add(f"{name} {role} 1 {uri} -")
    if len(lines) != len(entries):
        msg = "an object is listed twice"
        raise ValueError(msg)
    return "".join(f"{line}\n" for line in sorted(lines))


def header(project: str, version: str) -> str:
    """The four header lines of an inventory, format version 2."""
    return (
        "# Sphinx inventory version 2\n"
        f"# Project: {project}\n"
        f"# Version: {version}\n"
        "# The remainder of this file is compressed using zlib.\n"
    )


def render(filename: str) -> bytes:
    """The bytes of one inventory file."""
    project, version, entries = INVENTORIES[filename]
    body = zlib.compress(text(entries()).encode("utf-8"), 9)
    return header(project, version).encode("utf-8") + body


def read(data: bytes) -> tuple[str, str]:
    """An inventory file's header and body, as text."""
    lines = data.split(b"\n", 4)
    head = b"\n".join(lines[:4]) + b"\n"
    return head.decode("utf-8"), zlib.decompress(lines[4]).decode("utf-8")


def objects(body: str) -> dict[tuple[str, str], str]:
    """The objects of an inventory body: (name, role) -> full uri (no ``$``)."""
    found = {}
    for line in body.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        # name domain:role priority uri dispname; only a std:label's name
        # may hold spaces, and none is listed here.
        name, role, _, uri, *_ = line.split(" ", 4)
        if uri.endswith("$"):
            uri = uri[:-1] + name
        found[name, role] = uri
    return found


def verify(filename: str, reference: Path) -> list[str]:
    """Where an inventory differs from a real one (say Python's objects.inv):
    an object it does not have, or has with another role or address.
    """
    _, ours = read(render(filename))
    _, theirs = read(reference.read_bytes())
    real = {}
    for (name, role), uri in objects(theirs).items():
        real.setdefault(name, {})[role] = uri
    wrong = []
    for (name, role), uri in sorted(objects(ours).items()):
        if name not in real:
            wrong.append(f"{name}: not in {reference}")
        elif role not in real[name]:
            wrong.append(f"{name}: {role} not in {sorted(real[name])}")
        elif real[name][role] != uri:
            wrong.append(f"{name}: {uri} != {real[name][role]}")
    return wrong


def main(argv: Sequence[str] | None = None) -> int:
    """Write (or check, or verify) the inventories."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only check the files")
    parser.add_argument(
        "--verify",
        nargs=2,
        metavar=("NAME", "OBJECTS_INV"),
        help="compare NAME.inv with a real objects.inv",
    )
    args = parser.parse_args(argv)
    if args.verify:
        name, path = args.verify
        wrong = verify(f"{name}.inv", Path(path))
        for line in wrong:
            print(line)
        print(f"{name}.inv: {len(wrong)} difference(s) from {path}")
        return 1 if wrong else 0
    stale = []
    for filename in INVENTORIES:
        path = HERE / filename
        data = render(filename)
        if args.check:
            if not path.exists() or read(path.read_bytes()) != read(data):
                stale.append(filename)
        else:
            path.write_bytes(data)
            print(f"wrote {path}")
    if stale:
        print(f"stale: {', '.join(stale)}; run python docs/_inventories/make.py")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
