"""Time match_groups on a large district: 5,000 members, 500 leaders.

Run: ``.venv/bin/python benchmarks/groups.py`` (prints a table; never asserts
a time).
"""

import random
import time

from mentoring import Mentee, Mentor, Person
from mentoring.matching import match_groups

SUBJECTS = ("maths", "physics", "history", "art", "english", "biology")


def roster(
    n_leaders: int, n_members: int, seed: int = 1
) -> tuple[list[Mentor], list[Mentee]]:
    rng = random.Random(seed)

    def person(pid: str) -> Person:
        return Person(
            id=pid,
            name=pid,
            organization=f"school-{rng.randrange(10)}",
            subjects=frozenset({rng.choice(SUBJECTS)}),
            grades=frozenset({rng.randrange(1, 12)}),
            experience_years=rng.randrange(30),
        )

    leaders = [Mentor(person=person(f"l{i}")) for i in range(n_leaders)]
    members = [Mentee(person=person(f"m{i}")) for i in range(n_members)]
    return leaders, members


def main() -> None:
    leaders, members = roster(500, 5000)
    print(f"{'method':<8} {'groups':>6} {'unplaced':>8} {'seconds':>8}")
    for method in ("stable", "optimal"):
        start = time.perf_counter()
        result = match_groups(leaders, members, size=(8, 12), method=method)
        took = time.perf_counter() - start
        print(
            f"{method:<8} {len(result.groups):>6} {len(result.unplaced):>8} {took:>8.1f}"
        )


if __name__ == "__main__":
    main()
