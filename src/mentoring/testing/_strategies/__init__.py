"""The implementation of :mod:`mentoring.testing.strategies` (private).

One module per concept, as Hypothesis keeps ``strategies`` over ``_internal``:

* ``_arguments``: the checks of the strategies' arguments, in the library's
  words, raising :class:`~hypothesis.errors.InvalidArgument`;
* ``_draw``: the building blocks every strategy draws with (days inside a
  window, picks that shrink toward the first item, free text);
* ``_calendar``, ``_scores``, ``_people``, ``_pairs``, ``_plans``,
  ``_records``: the values a programme is made of;
* ``_program``: whole, consistent programmes;
* ``_matching``, ``_indicators``, ``_reports``, ``_health``: what the
  library's functions take and compute.

The public names are those of :mod:`mentoring.testing.strategies`: import
that module, never these.
"""
