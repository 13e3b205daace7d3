"""Time reading and writing a programme of 10,000 people as tables: one
``.xlsx`` workbook and a folder of CSV files (the programme of
``benchmarks/serialization.py``: 2,500 mentors, 7,500 mentees, 5,000 pairs).

Run: ``python benchmarks/tabular.py`` (``--repeat N`` for more runs,
``--people N`` for another size). Needs ``mentoring[xlsx]``. Prints a table
of medians, wall-clock and CPU time.
"""

import argparse
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from serialization import build

from mentoring import tabular


def median_seconds(fn: Callable[[], object], repeat: int) -> tuple[float, float]:
    """The median wall-clock and CPU seconds of *repeat* runs of *fn* (on a
    shared machine the CPU time is the steadier figure).
    """
    wall, cpu = [], []
    for _ in range(repeat):
        t0, c0 = time.perf_counter(), time.process_time()
        fn()
        wall.append(time.perf_counter() - t0)
        cpu.append(time.process_time() - c0)
    return statistics.median(wall), statistics.median(cpu)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--people", type=int, default=10_000)
    args = parser.parse_args()
    program = build(people=args.people, pairs=args.people // 2)
    folder = Path(tempfile.mkdtemp())
    book = folder / "programme.xlsx"
    csv = folder / "tables"
    tabular.write_xlsx(program, book, lang="ru")
    tabular.write_csv_folder(program, csv, lang="ru")
    assert tabular.read_xlsx(book) == program
    assert tabular.read_csv_folder(csv) == program
    rows = [
        ("write_xlsx", lambda: tabular.write_xlsx(program, book, lang="ru")),
        ("read_xlsx (strict)", lambda: tabular.read_xlsx(book)),
        ("write_csv_folder", lambda: tabular.write_csv_folder(program, csv)),
        ("read_csv_folder (strict)", lambda: tabular.read_csv_folder(csv)),
    ]
    people = len(program.mentors) + len(program.mentees)
    print(
        f"programme: {people:,} people, {len(program.pairs):,} pairs;"
        f" workbook {book.stat().st_size / 1e6:.1f} MB;"
        f" median of {args.repeat} runs"
    )
    print(f"{'operation':<28} {'wall s':>8} {'CPU s':>8}")
    for name, fn in rows:
        wall, cpu = median_seconds(fn, args.repeat)
        print(f"{name:<28} {wall:>8.2f} {cpu:>8.2f}")


if __name__ == "__main__":
    main()
