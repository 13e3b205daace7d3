"""The whole indicator catalogue for a synthetic country, organization by
organization, merged into a running total.

Every organization's programme is generated on the fly from a seed (25
people, 10 pairs, 5 plans, events, achievements, surveys and a measurement),
counted into the total and dropped, so memory stays flat. Generation is timed
apart. Two paths give the same total (checked): what an integrator calls,
``indicators.compute_many(programs, on=...)``, and each organization's
snapshot merged, ``merge_all((compute(p, on=...) for p in programs),
keep_ids=False)``; their CPU times are compared (medians of --repeat runs,
interleaved). The target (issue 13): 40,000 organizations, 1,000,000 people
and 400,000 pairs in at most 6 s CPU in one process, memory flat.

    .venv/bin/python benchmarks/indicators.py                # 40,000 organizations
    .venv/bin/python benchmarks/indicators.py --orgs 2000 --repeat 3
    .venv/bin/python benchmarks/indicators.py --orgs 4000 --trace   # tracemalloc peaks
"""

import argparse
import datetime as dt
import random
import resource
import statistics
import sys
import time
import tracemalloc
from pathlib import Path

from mentoring import (
    AcademicYear,
    Achievement,
    AchievementKind,
    Activity,
    ActivityStatus,
    Certification,
    CertificationKind,
    Event,
    EventKind,
    Measurement,
    Mentee,
    MenteeCategory,
    Mentor,
    MentorFunction,
    MentoringPlan,
    MentorOrigin,
    Pair,
    PairStatus,
    Person,
    Program,
    Scope,
    SurveyResponse,
    Transition,
    WorkMethod,
    export,
    indicators,
)

YEAR = AcademicYear.starting(2021)
ON = dt.date(2022, 5, 31)
PEOPLE = 25
MENTORS = 10
PAIRS = 10
ORIGINS = (
    [MentorOrigin.TEACHER] * 16
    + [MentorOrigin.GRADUATE, MentorOrigin.ENTERPRISE_EMPLOYEE]
    + [MentorOrigin.ENTREPRENEUR_OR_PUBLIC_FIGURE, MentorOrigin.NGO]
)
TRAINED = Certification(
    kind=CertificationKind.MENTORING_TRAINING, obtained_on=dt.date(2020, 6, 1)
)


def day(rng: random.Random, first: int = 0, last: int = 300) -> dt.date:
    return YEAR.start + dt.timedelta(days=rng.randint(first, last))


def history(rng: random.Random) -> tuple[Transition, ...]:
    proposed = day(rng, 0, 30)
    steps = [Transition(status=PairStatus.PROPOSED, on=proposed)]
    roll = rng.random()
    if roll < 0.05:
        steps.append(
            Transition(status=PairStatus.DISSOLVED, on=proposed + dt.timedelta(days=3))
        )
        return tuple(steps)
    if roll < 0.10:
        return tuple(steps)
    active = proposed + dt.timedelta(days=rng.randint(1, 10))
    steps.append(Transition(status=PairStatus.ACTIVE, on=active))
    end = active + dt.timedelta(days=rng.randint(30, 200))
    if roll < 0.20:
        steps.append(Transition(status=PairStatus.PAUSED, on=end))
    elif roll < 0.30:
        steps.append(Transition(status=PairStatus.DISSOLVED, on=end))
    elif roll < 0.60:
        steps.append(Transition(status=PairStatus.COMPLETED, on=end))
    return tuple(steps)


def organization(seed: int, index: int) -> Program:
    rng = random.Random(seed * 1_000_003 + index)
    org = f"org-{index}"
    district = f"district-{index // 100}"
    region = f"region-{index // 4000}"
    people = [
        Person(
            id=f"{org}/p{i}",
            name=f"P{i}",
            organization=org,
            district=district,
            region=region,
            origin=rng.choice(ORIGINS) if i < MENTORS else MentorOrigin.TEACHER,
            experience_years=rng.randint(0, 30),
            certifications=(TRAINED,) if rng.random() < 0.3 else (),
        )
        for i in range(PEOPLE)
    ]
    mentors = tuple(
        Mentor(person=p, capacity=2, functions=frozenset({MentorFunction.CONSULTANT}))
        for p in people[:MENTORS]
    )
    mentees = tuple(
        Mentee(
            person=p,
            category=MenteeCategory.YOUNG_SPECIALIST,
            requested_on=day(rng, -20, 60) if rng.random() < 0.6 else None,
        )
        for p in people[MENTORS:]
    )
    pairs = tuple(
        Pair(
            id=f"{org}/pair{i}",
            mentor_id=people[i % MENTORS].id,
            mentee_id=people[MENTORS + i].id,
            history=history(rng),
        )
        for i in range(PAIRS)
    )
    plans = tuple(
        MentoringPlan(
            id=f"{org}/plan{i}",
            pair_id=pairs[i].id,
            goal="plan",
            start=YEAR.start,
            end=YEAR.end,
            activities=(
                Activity(
                    id="a1",
                    title="joint planning",
                    method=WorkMethod.JOINT_LESSON_PLANNING,
                    due=dt.date(2021, 10, 1),
                    status=ActivityStatus.DONE,
                    done_on=dt.date(2021, 9, 28),
                ),
                Activity(
                    id="a2",
                    title="coaching",
                    method=WorkMethod.COACHING,
                    due=dt.date(2022, 3, 1),
                ),
            ),
        )
        for i in range(0, PAIRS, 2)
    )
    ids = [p.id for p in people]
    events = (
        Event(
            id=f"{org}/e1",
            kind=EventKind.SCIENTIFIC_PRACTICAL,
            title="conference",
            on=day(rng),
            organizer=f"org-{rng.randrange(40_000)}",
            participant_ids=frozenset(rng.sample(ids, 4)),
            scope=Scope.REGIONAL,
        ),
        Event(
            id=f"{org}/e2",
            kind=EventKind.SEMINAR,
            title="seminar",
            on=day(rng),
            organizer=org,
        ),
    )
    kinds = tuple(AchievementKind)
    achievements = tuple(
        Achievement(
            id=f"{org}/a{i}",
            person_id=rng.choice(ids),
            kind=rng.choice(kinds),
            on=day(rng),
            scope=rng.choice((Scope.REGIONAL, Scope.DISTRICT)),
        )
        for i in range(3)
    )
    surveys = tuple(
        SurveyResponse(
            id=f"{org}/s{i}",
            person_id=people[MENTORS + i].id,
            on=day(rng),
            satisfaction=rng.randint(1, 5),
            intends_to_stay=rng.random() < 0.8,
            conflicts_with_staff=rng.randint(0, 2),
            conflicts_with_parents=rng.randint(0, 2),
        )
        for i in range(5)
    )
    measurements = (
        Measurement(
            indicator="academic_performance", value=rng.random(), on=day(rng, 0, 200)
        ),
    )
    return Program(
        id=f"{org}/2021",
        title="programme",
        organization=org,
        district=district,
        region=region,
        year=YEAR,
        mentors=mentors,
        mentees=mentees,
        pairs=pairs,
        plans=plans,
        events=events,
        achievements=achievements,
        measurements=measurements,
        surveys=surveys,
    )


def rss_mib() -> float:
    """This process's peak resident memory, MiB.

    On Linux it is the kernel's high-water mark of this process's own memory
    (``VmHWM``): ``ru_maxrss`` keeps the parent's peak across fork and exec,
    so a run started by ``public_api.py`` would report the parent's memory.
    """
    try:
        with Path("/proc/self/status").open(encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024


class Clock:
    """Wall and CPU seconds spent generating and computing + merging."""

    def __init__(self) -> None:
        self.gen_wall = self.gen_cpu = 0.0
        self.wall0 = time.perf_counter()
        self.cpu0 = time.process_time()

    def generate(self, seed: int, i: int) -> Program:
        w, c = time.perf_counter(), time.process_time()
        program = organization(seed, i)
        self.gen_wall += time.perf_counter() - w
        self.gen_cpu += time.process_time() - c
        return program

    def figures(self) -> tuple[float, float, float, float]:
        wall = time.perf_counter() - self.wall0
        cpu = time.process_time() - self.cpu0
        return self.gen_wall, self.gen_cpu, wall - self.gen_wall, cpu - self.gen_cpu


def chunk(
    args: tuple[int, int, int],
) -> tuple[indicators.Snapshot, tuple[float, float, float, float], float]:
    """The map step: a worker computes organizations start..stop-1 into one
    partial total (compute_many: the ids are dropped)."""
    seed, start, stop = args
    clock = Clock()
    total = indicators.compute_many(
        (clock.generate(seed, i) for i in range(start, stop)), on=ON
    )
    return total, clock.figures(), rss_mib()


def parallel(n: int, seed: int, workers: int) -> None:
    import multiprocessing

    bounds = [n * k // workers for k in range(workers + 1)]
    jobs = [(seed, bounds[k], bounds[k + 1]) for k in range(workers)]
    wall0 = time.perf_counter()
    with multiprocessing.get_context("fork").Pool(workers) as pool:
        parts = pool.map(chunk, jobs)
    total = indicators.merge_all(p[0] for p in parts)  # the reduce step
    wall = time.perf_counter() - wall0
    gen_wall = max(p[1][0] for p in parts)
    print(
        f"{n:,} organizations on {workers} worker processes (map), partial totals merged (reduce)"
    )
    print(
        "worker | orgs | generate wall s | generate CPU s | compute+merge wall s | compute+merge CPU s | RSS peak MiB"
    )
    print(
        "------ | ---- | --------------- | -------------- | -------------------- | ------------------- | ------------"
    )
    for k, (part, (gw, gc, cw, cc), rss) in enumerate(parts):
        print(
            f"{k:>6} | {part.organizations:>4,} | {gw:>15.2f} | {gc:>14.2f} | {cw:>20.2f} | {cc:>19.2f} | {rss:>12.1f}"
        )
    print(
        f"wall {wall:.2f} s in all; slowest worker's generation {gen_wall:.2f} s;"
        f" compute+merge wall (slowest worker) {max(p[1][2] for p in parts):.2f} s;"
        f" {total.organizations:,} organizations in the total"
    )


#: The two paths to the same total: what an integrator calls
#: (compute_many), and each organization's snapshot merged into a total.
PATHS = ("compute_many", "compute + merge_all")


def run(
    path: str, n: int, seed: int, *, trace: bool
) -> tuple[indicators.Snapshot, list[tuple[int, tuple[float, ...], float, str]], Clock]:
    """One pass over *n* generated organizations by *path*: the total, the
    figures at a quarter, half and all of them, and the clock."""
    checkpoints = sorted({max(1, n // 4), max(1, n // 2), n})
    figures: list[tuple[int, tuple[float, ...], float, str]] = []
    if trace:
        tracemalloc.start()
    clock = Clock()

    def programs():
        for i in range(n):
            yield clock.generate(seed, i)
            if i + 1 in checkpoints:
                traced = ""
                if trace:
                    traced = f"{tracemalloc.get_traced_memory()[1] / 2**20:.1f}"
                    tracemalloc.reset_peak()
                figures.append((i + 1, clock.figures(), rss_mib(), traced))

    if path == "compute_many":
        total = indicators.compute_many(programs(), on=ON)
    else:
        total = indicators.merge_all(
            (indicators.compute(program, on=ON) for program in programs()),
            keep_ids=False,
        )
    if trace:
        tracemalloc.stop()
    return total, figures, clock


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--orgs", type=int, default=40_000)
    parser.add_argument("--seed", type=int, default=2021)
    parser.add_argument("--workers", type=int, default=1, help="processes (map/reduce)")
    parser.add_argument(
        "--repeat", type=int, default=1, help="runs of each path, interleaved"
    )
    parser.add_argument(
        "--trace", action="store_true", help="tracemalloc peaks (slower)"
    )
    args = parser.parse_args()
    n = args.orgs
    if args.workers > 1:
        parallel(n, args.seed, args.workers)
        return
    people = pairs = 0
    for i in range(min(n, 100)):
        program = organization(args.seed, i)
        people += len(program.mentors) + len(program.mentees)
        pairs += len(program.pairs)
    print(
        f"catalogue of {len(indicators.CATALOG)} indicators, {n:,} organizations"
        f" (about {people / min(n, 100):.0f} people and {pairs / min(n, 100):.0f}"
        f" pairs each), as of {ON}; CPU time (process_time), generation excluded"
    )
    cpu: dict[str, list[float]] = {path: [] for path in PATHS}
    totals: dict[str, indicators.Snapshot] = {}
    for r in range(args.repeat):
        # compute_many first in the first round: its RSS peaks are its own
        for path in PATHS if r % 2 == 0 else PATHS[::-1]:
            total, figures, clock = run(path, n, args.seed, trace=args.trace)
            totals[path] = total
            gw, gc, cw, cc = clock.figures()
            cpu[path].append(cc)
            print()
            print(f"{path} (round {r + 1}):")
            head = (
                "orgs",
                "generate wall s",
                "generate CPU s",
                "compute+merge wall s",
                "compute+merge CPU s",
                "RSS peak MiB",
                "traced peak MiB",
            )
            print(" | ".join(head))
            print(" | ".join("-" * len(h) for h in head))
            for orgs, (fgw, fgc, fcw, fcc), rss, traced in figures:
                print(
                    f"{orgs:>6,} | {fgw:>15.2f} | {fgc:>14.2f} | {fcw:>20.2f} | {fcc:>19.2f} | {rss:>12.1f} | {traced or '-':>15}"
                )
            print(
                f"{path}: {cw:.2f} s wall, {cc:.2f} s CPU ({cc / n * 1e6:.0f} us CPU"
                f" per organization); generation {gw:.2f} s wall, {gc:.2f} s CPU"
            )
    if totals["compute_many"] != totals["compute + merge_all"]:
        raise SystemExit("the two paths gave different totals")
    print()
    print("what the user calls | CPU s (median) | us per organization | runs")
    print("------------------- | -------------- | ------------------- | ----")
    medians = {path: statistics.median(cpu[path]) for path in PATHS}
    for path in PATHS:
        print(
            f"{path:<19} | {medians[path]:>14.2f} | {medians[path] / n * 1e6:>19.0f}"
            f" | {', '.join(f'{c:.2f}' for c in cpu[path])}"
        )
    print(
        f"compute_many takes {medians['compute_many'] / medians['compute + merge_all']:.3f}"
        " of the per-organization path's CPU time; the totals are equal"
    )
    print()
    print(
        export.to_table(
            totals["compute_many"],
            columns=(
                indicators.Column.CODE,
                indicators.Column.VALUE,
                indicators.Column.PROVENANCE,
                indicators.Column.REPORTED,
                indicators.Column.MISSING,
            ),
        )
    )


if __name__ == "__main__":
    main()
