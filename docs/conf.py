"""Sphinx configuration: MyST + furo, autodoc, no intersphinx (no network)."""

import importlib.metadata

project = "mentoring"
author = "The mentoring developers"
copyright = "2026, The mentoring developers"
release = importlib.metadata.version("mentoring")
version = release

extensions = [
    "myst_parser",
    "sphinx.ext.autodoc",
    "sphinx.ext.napoleon",
    "sphinx.ext.viewcode",
]
source_suffix = {".md": "markdown", ".rst": "restructuredtext"}
exclude_patterns = ["_build"]
myst_enable_extensions = ["colon_fence", "deflist"]
myst_heading_anchors = 3

autodoc_member_order = "bysource"
autodoc_typehints = "description"
autodoc_default_options = {"members": True, "show-inheritance": True}
napoleon_google_docstring = True
napoleon_numpy_docstring = False

# Nitpicky mode: a few targets are not documented objects (stdlib, attrs).
nitpick_ignore_regex = [
    (r"py:mod", r"(pytest|hypothesis|attrs|cattrs|dateutil|scipy|numpy)"),
    (
        r"py:.*",
        r"(datetime|dt|collections|typing|enum|attrs|cattrs|hypothesis|pytest|argparse|decimal|pathlib|os|io|random|types|dateutil)\..*",
    ),
    (
        r"py:.*",
        r"(_T|_H|T|.*\.T|Any|Iterable|Iterator|Mapping|Sequence|Callable|NamedTuple|Literal)",
    ),
    (r"py:class", r".*\._.*"),
    (r"py:class", r"(str|int|float|bool|object|date|array|SearchStrategy.*|Problem)"),
]

html_theme = "furo"
html_title = "mentoring"
