"""``python -m mentoring``: the ``mentoring`` command (see :mod:`mentoring.cli`)."""

import sys

from mentoring.cli import main

if __name__ == "__main__":
    sys.exit(main())
