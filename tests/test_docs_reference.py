"""The reference pages and the docs' build inputs say what the code does.

* ``docs/reference/problems.md`` lists exactly the problem codes of the
  library, with their meanings, in order.
* ``docs/reference/api.md`` lists exactly the names that ``mentoring``
  re-exports, each under its one public home.
* The intersphinx inventories in ``docs/_inventories/`` are what
  ``make.py`` there writes, name real objects, and are read from the
  repository, never fetched.
* The description on the package index (README.md, as pyproject.toml's
  build hook rewrites it) renders, and each of its links is absolute and
  leads to a file of the repository; the metadata lists the issue tracker.
  Set ``MENTORING_WHEEL`` to a built wheel (``make dist`` and ``make unit``
  do) to check that wheel's metadata too.
"""

import ast
import builtins
import email.parser
import importlib
import importlib.util
import os
import pkgutil
import re
import tomllib
import types
import zipfile
from pathlib import Path

import pytest

import mentoring
from mentoring._problems import CODES

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs"
INVENTORIES = DOCS / "_inventories"


def section(page: Path, heading: str) -> str:
    """The text of *page* under the ``## heading``, up to the next ``##``."""
    text = page.read_text(encoding="utf-8")
    start = text.index(f"\n## {heading}\n")
    end = text.find("\n## ", start + 1)
    return text[start : end if end != -1 else len(text)]


def table_rows(text: str) -> list[list[str]]:
    """The cells of every row of the first Markdown table in *text*, less its
    header and rule.
    """
    rows = []
    for line in text.splitlines():
        if line.startswith("|"):
            rows.append([cell.strip() for cell in line.strip().strip("|").split("|")])
        elif rows:
            break
    return rows[2:]


# -- the problem codes --------------------------------------------------------


def test_the_problems_page_lists_every_code_with_its_meaning_in_order():
    rows = table_rows(section(DOCS / "reference" / "problems.md", "The codes"))
    documented = [(code.strip("`"), meaning) for code, meaning in rows]
    assert documented == list(CODES.items())


def test_the_table_reader_sees_a_missing_code():
    text = "## The codes\n\n| code | meaning |\n| --- | --- |\n| `type` | wrong |\n\n"
    assert table_rows(text) == [["`type`", "wrong"]]
    assert [row[0].strip("`") for row in table_rows(text)] != list(CODES)


# -- the names re-exported from mentoring -------------------------------------


def public_modules() -> dict[str, types.ModuleType]:
    walk = pkgutil.walk_packages(mentoring.__path__, prefix="mentoring.")
    names = [i.name for i in walk]
    return {
        name: importlib.import_module(name)
        for name in names
        if not any(part.startswith("_") for part in name.split("."))
    }


def test_the_api_page_lists_each_reexported_name_under_its_home():
    rows = table_rows(
        section(DOCS / "reference" / "api.md", "Names re-exported from `mentoring`")
    )
    documented = set()
    for home, names in rows:
        module = re.fullmatch(r"\{mod\}`([\w.]+)`", home).group(1)
        for target in re.findall(r"\{py:obj\}`~([\w.]+)`", names):
            where, _, name = target.rpartition(".")
            assert where == module, f"{target} listed in the row of {module}"
            documented.add(target)

    modules = public_modules()
    expected = set()
    for name in mentoring.__all__:
        value = getattr(mentoring, name)
        if name == "__version__" or isinstance(value, types.ModuleType):
            continue
        homes = [
            module
            for module, m in modules.items()
            if name in getattr(m, "__all__", ()) and getattr(m, name) is value
        ]
        assert len(homes) == 1, f"mentoring.{name} has the homes {homes}"
        expected.add(f"{homes[0]}.{name}")
    assert sorted(documented - expected) == []
    assert sorted(expected - documented) == []


# -- the intersphinx inventories ----------------------------------------------


def load_make():
    spec = importlib.util.spec_from_file_location(
        "docs_inventories_make", INVENTORIES / "make.py"
    )
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


MAKE = load_make()


@pytest.mark.parametrize("filename", sorted(MAKE.INVENTORIES))
def test_the_committed_inventory_is_what_make_py_writes(filename):
    committed = (INVENTORIES / filename).read_bytes()
    assert MAKE.read(committed) == MAKE.read(MAKE.render(filename)), (
        f"{filename} is stale: run python docs/_inventories/make.py"
    )


def test_the_check_mode_passes_on_the_committed_files(capsys):
    assert MAKE.main(["--check"]) == 0
    assert capsys.readouterr().out == ""


def resolve(name):
    """The object a dotted name of the standard library or attrs names."""
    if hasattr(builtins, name):
        return getattr(builtins, name)
    parts = name.split(".")
    for cut in range(len(parts), 0, -1):
        try:
            obj = importlib.import_module(".".join(parts[:cut]))
        except ImportError:
            continue
        for attr in parts[cut:]:
            obj = getattr(obj, attr)
        return obj
    raise LookupError(name)


@pytest.mark.parametrize("filename", sorted(MAKE.INVENTORIES))
def test_every_inventory_entry_names_a_real_object_on_its_own_page(filename):
    _, body = MAKE.read(MAKE.render(filename))
    objects = MAKE.objects(body)
    assert len(objects) > 10
    for (name, role), uri in objects.items():
        obj = resolve(name)
        assert (role == "py:module") == isinstance(obj, types.ModuleType), name
        page, anchor = uri.split("#")
        assert anchor in (name, f"module-{name}"), uri
        assert page.endswith(".html"), uri


def test_an_entry_listed_twice_is_refused():
    entry = ("str", "py:class", "library/stdtypes.html", "")
    with pytest.raises(ValueError, match="twice"):
        MAKE.text([entry, entry])


def test_the_docs_read_the_inventories_from_the_repository():
    tree = ast.parse((DOCS / "conf.py").read_text(encoding="utf-8"))
    mapping = next(
        ast.literal_eval(node.value)
        for node in tree.body
        if isinstance(node, ast.Assign)
        and [t.id for t in node.targets if isinstance(t, ast.Name)]
        == ["intersphinx_mapping"]
    )
    assert set(mapping) == {"python", "attrs"}
    for name, (site, location) in mapping.items():
        assert site.startswith("https://"), name
        assert isinstance(location, str), f"{name}: one local file, no fallback"
        assert "://" not in location, f"{name} would be fetched"
        assert (DOCS / location).is_file(), location
        assert Path(location).name in MAKE.INVENTORIES


# -- the description on the package index -------------------------------------

PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
REPOSITORY = "https://github.com/mentoring-py/mentoring"
BLOB = f"{REPOSITORY}/blob/main/"
LINK = re.compile(r"\[[^\]]*\]\(([^)\s]+)\)")
HREF = re.compile(r'href="([^"]*)"')


def description_from_config():
    """README.md as the build hook rewrites it (the hook's fragments and
    substitutions, as pyproject.toml configures them).
    """
    hook = PYPROJECT["tool"]["hatch"]["metadata"]["hooks"]["fancy-pypi-readme"]
    assert hook["content-type"] == "text/markdown"
    text = ""
    for fragment in hook["fragments"]:
        assert set(fragment) == {"path"}, "this test reads whole files only"
        text += (ROOT / fragment["path"]).read_text(encoding="utf-8")
    for substitution in hook.get("substitutions", ()):
        text = re.sub(substitution["pattern"], substitution["replacement"], text)
    return text


def assert_links_lead_to_the_repository(links):
    assert len(links) > 5, links
    for link in links:
        assert link.startswith("https://"), f"{link} is not absolute"
        if link.startswith(BLOB):
            path = link.removeprefix(BLOB).partition("#")[0]
            assert (ROOT / path).exists(), f"{link}: no {path} in the repository"


def test_the_readme_is_the_description_and_keeps_its_relative_links():
    assert "readme" in PYPROJECT["project"]["dynamic"]
    assert "readme" not in PYPROJECT["project"]
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert any(not link.startswith("https://") for link in LINK.findall(readme))


def test_every_link_of_the_description_is_absolute_and_leads_somewhere():
    assert_links_lead_to_the_repository(LINK.findall(description_from_config()))


def test_the_substitution_leaves_absolute_links_and_anchors_alone():
    hook = PYPROJECT["tool"]["hatch"]["metadata"]["hooks"]["fancy-pypi-readme"]
    (substitution,) = hook["substitutions"]
    text = "[a](docs/x.md) [b](https://example.org/y) [c](#usage) [d](mailto:a@b.c)"
    assert re.sub(substitution["pattern"], substitution["replacement"], text) == (
        f"[a]({BLOB}docs/x.md) [b](https://example.org/y) [c](#usage) [d](mailto:a@b.c)"
    )


def test_the_description_renders_as_the_package_index_renders_it():
    markdown = pytest.importorskip("readme_renderer.markdown")
    html = markdown.render(description_from_config())
    assert html is not None, "no Markdown renderer: install readme-renderer[md]"
    assert "<h2>" in html or "<h2 " in html
    # The renderer links each heading to itself: those anchors stay on the page.
    ids = set(re.findall(r'id="([^"]*)"', html))
    hrefs = HREF.findall(html)
    assert all(h[1:] in ids for h in hrefs if h.startswith("#")), hrefs
    assert_links_lead_to_the_repository([h for h in hrefs if not h.startswith("#")])


def test_the_metadata_lists_the_documentation_changelog_source_and_issues():
    urls = PYPROJECT["project"]["urls"]
    assert urls["Issues"] == f"{REPOSITORY}/issues"
    assert urls["Source"] == REPOSITORY
    assert urls["Changelog"] == f"{BLOB}CHANGELOG.md"
    assert urls["Documentation"].startswith("https://")


def test_the_built_wheel_carries_the_rewritten_description():
    given = os.environ.get("MENTORING_WHEEL")
    if not given:
        pytest.skip("set MENTORING_WHEEL to a built wheel (make dist does)")
    with zipfile.ZipFile(given) as wheel:
        (name,) = [n for n in wheel.namelist() if n.endswith(".dist-info/METADATA")]
        metadata = email.parser.Parser().parsestr(wheel.read(name).decode("utf-8"))
    assert metadata["Description-Content-Type"] == "text/markdown"
    assert metadata.get_payload() == description_from_config()
    urls = dict(u.split(", ", 1) for u in metadata.get_all("Project-URL"))
    assert urls == PYPROJECT["project"]["urls"]
