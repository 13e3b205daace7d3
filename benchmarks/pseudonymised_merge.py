"""A country's snapshots, pseudonymised by every school under one key, merged
exactly (every person once) into one total.

Each organization's snapshot is made on the fly: the catalogue's counts of
distinct people, pairs and events, and its shares of distinct people, over
25 people of its own and 2 of a pool of 1,000 shared ones (teachers and
national mentors who work in several places). Each is pseudonymised
(HMAC-SHA256 of every id) as a school would before handing it upward, then
merged into a running total that keeps the (pseudonymised) ids, so the
count of the merge is exact. Pseudonymising is timed apart from merging.

    .venv/bin/python benchmarks/pseudonymised_merge.py              # 40,000
    .venv/bin/python benchmarks/pseudonymised_merge.py --orgs 4000 --trace
"""

import argparse
import datetime as dt
import random
import resource
import sys
import time
import tracemalloc
from collections.abc import Iterator

from mentoring.indicators import (
    CATALOG,
    Kind,
    Provenance,
    Snapshot,
    merge_all,
    pseudonymise,
)
from mentoring.indicators._snapshot import _trusted_value  # valid by construction

COMPUTED = Provenance.COMPUTED
ON = dt.date(2022, 5, 31)
KEY = b"the ministry's key for 2021-2022"
SHARED = 1_000
OWN = 25


def _snapshot(org: int, rng: random.Random) -> Snapshot:
    people = [f"o{org}-p{j}" for j in range(OWN)]
    people += [f"n{rng.randrange(SHARED)}" for _ in range(2)]
    values = []
    for ind in sorted(CATALOG, key=lambda i: i.code):
        if ind.kind.is_count:
            ids = frozenset(rng.sample(people, rng.randint(0, 8)))
            values.append(
                _trusted_value(
                    ind.code, ind.kind, COMPUTED, len(ids), 0, ids, 1, 0, distinct=True
                )
            )
        elif ind.kind is Kind.RATE:
            base = frozenset(rng.sample(people, 12))
            ids = frozenset(rng.sample(sorted(base), rng.randint(0, len(base))))
            values.append(
                _trusted_value(
                    ind.code,
                    ind.kind,
                    COMPUTED,
                    len(ids),
                    len(base),
                    ids,
                    1,
                    0,
                    distinct=True,
                    denominator_ids=base,
                )
            )
    return Snapshot(
        on=ON, values=tuple(values), organization=f"o{org}", district=f"d{org % 30}"
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--orgs", type=int, default=40_000)
    parser.add_argument("--trace", action="store_true", help="tracemalloc peak")
    args = parser.parse_args()
    rng = random.Random(1)
    if args.trace:
        tracemalloc.start()
    made = hashed = 0.0

    def handed_up() -> Iterator[Snapshot]:
        nonlocal made, hashed
        for org in range(args.orgs):
            t0 = time.perf_counter()
            snap = _snapshot(org, rng)
            t1 = time.perf_counter()
            yield pseudonymise(snap, KEY)
            hashed += time.perf_counter() - t1
            made += t1 - t0

    t0 = time.perf_counter()
    total = merge_all(handed_up())
    wall = time.perf_counter() - t0
    merging = wall - made - hashed
    peak = tracemalloc.get_traced_memory()[1] if args.trace else 0
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    people = len(total["2.1"].ids)
    print(f"organizations            {total.organizations:>12,}")
    print(f"distinct people in 2.1   {people:>12,}")
    print(f"generate snapshots       {made:>11.2f} s")
    print(f"pseudonymise (HMAC)      {hashed:>11.2f} s")
    print(f"merge (exact, ids kept)  {merging:>11.2f} s")
    print(f"peak RSS                 {rss:>10.0f} MB")
    if args.trace:
        print(f"tracemalloc peak         {peak / 2**20:>10.0f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
