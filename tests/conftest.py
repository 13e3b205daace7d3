"""Shared test configuration: the project's Hypothesis profiles, and an
English environment for the command.

``mentoring-dev`` is the default for local runs: no deadline (the machines
that run the suite are shared, and speed is measured in ``benchmarks/``, not
in tests). When Hypothesis detects a CI (the ``CI`` variable, among others) it
loads its built-in ``ci`` profile, which is left as it is. Pick any profile
with ``HYPOTHESIS_PROFILE=<name>``.
"""

import os

import pytest
from hypothesis import settings

settings.register_profile("mentoring-dev", deadline=None, print_blob=True)

if "HYPOTHESIS_PROFILE" in os.environ:
    settings.load_profile(os.environ["HYPOTHESIS_PROFILE"])
elif settings.get_current_profile_name() == "default":
    settings.load_profile("mentoring-dev")


@pytest.fixture(autouse=True)
def _english_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    """The command's default language comes from the environment: the tests
    expect English unless they ask for another language, whatever the
    machine's locale.
    """
    for name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        monkeypatch.delenv(name, raising=False)
