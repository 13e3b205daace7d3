"""``python -m mentoring``: the ``mentoring`` command (see :mod:`mentoring.cli`)."""

from mentoring.cli import _console

if __name__ == "__main__":
    _console()
