"""Shared test configuration: the project's Hypothesis profiles.

``mentoring-dev`` is the default for local runs: no deadline (the machines
that run the suite are shared, and speed is measured in ``benchmarks/``, not
in tests). When Hypothesis detects a CI (the ``CI`` variable, among others) it
loads its built-in ``ci`` profile, which is left as it is. Pick any profile
with ``HYPOTHESIS_PROFILE=<name>``.
"""

import os

from hypothesis import settings

settings.register_profile("mentoring-dev", deadline=None, print_blob=True)

if "HYPOTHESIS_PROFILE" in os.environ:
    settings.load_profile(os.environ["HYPOTHESIS_PROFILE"])
elif settings.get_current_profile_name() == "default":
    settings.load_profile("mentoring-dev")
