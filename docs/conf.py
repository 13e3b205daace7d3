"""Sphinx configuration: MyST + furo, autodoc, intersphinx from local inventories.

The docs build offline: intersphinx reads the inventories of Python and attrs
from ``docs/_inventories/`` (written by ``docs/_inventories/make.py``), never
from the network, and ``sphinx-build -W -n`` must pass on a machine that
reaches no documentation site.
"""

import importlib
import importlib.metadata
import inspect
import pkgutil
import sys
from collections.abc import Iterator
from types import ModuleType

from sphinx.application import Sphinx
from sphinx.errors import PycodeError
from sphinx.pycode import ModuleAnalyzer

project = "mentoring"
author = "The mentoring developers"
copyright = "2026, The mentoring developers"
release = importlib.metadata.version("mentoring")
version = release

extensions = [
    "myst_parser",
    "sphinx.ext.autodoc",
    "sphinx.ext.intersphinx",
    "sphinx.ext.napoleon",
    "sphinx.ext.viewcode",
]
source_suffix = {".md": "markdown", ".rst": "restructuredtext"}
exclude_patterns = ["_build", "_inventories"]
myst_enable_extensions = ["colon_fence", "deflist"]
myst_heading_anchors = 3

autodoc_member_order = "bysource"
autodoc_typehints = "description"
autodoc_default_options = {"members": True, "show-inheritance": True}
napoleon_google_docstring = True
napoleon_numpy_docstring = False

# Links to Python's and attrs' docs. The second item of each pair is a local
# file (a path with no "://"), so Sphinx reads it and fetches nothing, while
# the links point to the sites. Only the objects listed in make.py link.
intersphinx_mapping = {
    "python": ("https://docs.python.org/3", "_inventories/python.inv"),
    "attrs": ("https://www.attrs.org/en/stable", "_inventories/attrs.inv"),
}
intersphinx_timeout = 5  # seconds, should a location ever be a URL again

# Nitpicky mode (-n): every cross-reference must resolve. Two kinds of
# target have nothing to resolve to, and only they are let through:
nitpick_ignore_regex = [
    # Hypothesis's objects in the test kit's signatures (no inventory here);
    (r"py:(class|exc|func|mod|obj)", r"hypothesis(\..*)?"),
    # the type variables of generic signatures (``T``, ``_T``).
    (r"py:class", r"mentoring(\.\w+)*\._?T"),
]

html_theme = "furo"
html_title = "mentoring"


# -- constants documented under their public path ----------------------------
#
# A public module re-exports a constant (a dict, a tuple) from the private
# module that defines it and documents it with a ``#:`` comment. autodoc reads
# such comments only from the module it documents, so it would leave the
# constant out of an ``automodule`` and give it the docstring of its type
# (``dict``) in an ``autodata``. Before reading, lend each public module the
# comments of the constants in its ``__all__``.

_PACKAGE = "mentoring"


def _is_data(value: object) -> bool:
    return not (
        inspect.isclass(value) or inspect.isroutine(value) or inspect.ismodule(value)
    )


def _analyzer(modname: str) -> ModuleAnalyzer | None:
    try:
        analyzer = ModuleAnalyzer.for_module(modname)  # cached by Sphinx
        analyzer.analyze()
    except PycodeError:
        return None
    return analyzer


def _defining_comment(name: str, value: object) -> list[str] | None:
    """The ``#:`` comment of *name* in the package module that binds it to *value*."""
    for modname in sorted(sys.modules):
        if modname != _PACKAGE and not modname.startswith(f"{_PACKAGE}."):
            continue
        if vars(sys.modules[modname]).get(name, _defining_comment) is not value:
            continue
        analyzer = _analyzer(modname)
        comment = analyzer.attr_docs.get(("", name)) if analyzer else None
        if comment:
            return list(comment)
    return None


def _public_modules() -> Iterator[ModuleType]:
    package = importlib.import_module(_PACKAGE)
    names = [_PACKAGE] + [
        info.name
        for info in pkgutil.walk_packages(package.__path__, f"{_PACKAGE}.")
        if not any(part.startswith("_") for part in info.name.split("."))
    ]
    for name in names:
        try:
            yield importlib.import_module(name)
        except ImportError:  # autodoc reports it where the module is documented
            continue


def _lend_comments(_app: Sphinx) -> None:
    for module in _public_modules():
        analyzer = _analyzer(module.__name__)
        if analyzer is None:
            continue
        for name in getattr(module, "__all__", ()):
            value = getattr(module, name, None)
            if ("", name) in analyzer.attr_docs or not _is_data(value):
                continue
            comment = _defining_comment(name, value)
            if comment:
                analyzer.attr_docs["", name] = comment


def setup(app: Sphinx) -> None:
    app.connect("builder-inited", _lend_comments)
