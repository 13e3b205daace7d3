"""Time to_json and from_json for a programme of 10,000 people and 5,000 pairs.

Run: ``python benchmarks/serialization.py`` (``--repeat N`` for more runs).
Prints a table of medians; the target is under 1 s each way on 2 cores.
"""

import argparse
import datetime as dt
import gc
import json
import random
import statistics
import time
import tracemalloc

import mentoring as m
from mentoring import serialization

SUBJECTS = ("math", "russian", "physics", "history", "biology", "art", "technology")
LANGS = ("ru", "ro", "kk", "en")


def build(people: int = 10_000, pairs: int = 5_000, seed: int = 1) -> m.Program:
    rng = random.Random(seed)
    year = m.AcademicYear.starting(2021)
    n_mentors = people // 4
    mentors = []
    for i in range(n_mentors):
        person = m.Person(
            id=f"t{i}",
            name=f"Teacher {i}",
            organization=f"school-{i % 40}",
            district=f"d{i % 7}",
            subjects=frozenset(rng.sample(SUBJECTS, 2)),
            grades=frozenset(rng.sample(range(1, 12), 3)),
            experience_years=rng.randint(5, 35),
            languages=frozenset(rng.sample(LANGS, 2)),
            interests=frozenset({"coaching", f"topic{rng.randint(0, 9)}"}),
            certifications=(
                m.Certification(
                    kind=m.CertificationKind.MENTORING_TRAINING,
                    obtained_on=dt.date(2020, 6, 1),
                ),
            ),
        )
        mentors.append(
            m.Mentor(
                person=person,
                capacity=3,
                functions=frozenset({m.MentorFunction.CONSULTANT}),
            )
        )
    mentees = []
    for i in range(people - n_mentors):
        person = m.Person(
            id=f"s{i}",
            name=f"Mentee {i}",
            organization=f"school-{i % 40}",
            subjects=frozenset(rng.sample(SUBJECTS, 1)),
            grades=frozenset(rng.sample(range(1, 12), 2)),
            experience_years=rng.randint(0, 3),
            languages=frozenset({rng.choice(LANGS)}),
        )
        mentees.append(m.Mentee(person=person, needs=frozenset({"classroom"})))
    start = dt.date(2021, 9, 1)
    pair_list = []
    for i in range(pairs):
        pair = m.Pair.propose(
            id=f"p{i}", mentor_id=f"t{i % n_mentors}", mentee_id=f"s{i}", on=start
        )
        if i % 3:
            pair = pair.activate(on=start + dt.timedelta(days=7))
        pair_list.append(pair)
    return m.Program(
        id="bench",
        title="Benchmark programme",
        organization="district",
        year=year,
        mentors=tuple(mentors),
        mentees=tuple(mentees),
        pairs=tuple(pair_list),
    )


def median_seconds(fn, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return statistics.median(times)


def gc_cost(fn, repeat: int) -> tuple[float, list[int], float]:
    """Median CPU seconds of *fn*, the collections of each generation it
    triggered and the CPU seconds spent in them (the collector stays on).
    """
    runs = []
    started = [0.0]
    log: list[tuple[int, float]] = []

    def watch(phase, info):
        if phase == "start":
            started[0] = time.process_time()
        else:
            log.append((info["generation"], time.process_time() - started[0]))

    for _ in range(repeat):
        gc.collect()
        log.clear()
        gc.callbacks.append(watch)
        try:
            t0 = time.process_time()
            fn()
            total = time.process_time() - t0
        finally:
            gc.callbacks.remove(watch)
        counts = [sum(1 for g, _ in log if g == k) for k in range(3)]
        runs.append((total, counts, sum(t for _, t in log)))
    runs.sort(key=lambda r: r[0])
    return runs[len(runs) // 2]


def kept_objects(fn) -> int:
    """How many objects the garbage collector tracks in what *fn* returns."""
    gc.collect()
    before = len(gc.get_objects())
    kept = fn()
    gc.collect()
    after = len(gc.get_objects())
    del kept
    return after - before


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    program = build()
    assert program.problems() == ()
    text = serialization.to_json(program)
    assert serialization.from_json(m.Program, text) == program
    rows = [
        (
            "to_json",
            median_seconds(lambda: serialization.to_json(program), args.repeat),
        ),
        (
            "from_json (strict, with problems())",
            median_seconds(
                lambda: serialization.from_json(m.Program, text), args.repeat
            ),
        ),
        (
            "from_json (strict=False)",
            median_seconds(
                lambda: serialization.from_json(m.Program, text, strict=False),
                args.repeat,
            ),
        ),
        ("Program.problems()", median_seconds(program.problems, args.repeat)),
    ]
    tracemalloc.start()
    serialization.from_json(m.Program, text)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    people = len(program.mentors) + len(program.mentees)
    print(
        f"programme: {people:,} people, {len(program.pairs):,} pairs,"
        f" {len(text) / 1e6:.1f} MB of JSON; median of {args.repeat} runs"
    )
    print(f"{'operation':<38} {'seconds':>8}  target")
    for name, seconds in rows:
        target = "< 1 s" if name.startswith(("to_json", "from_json (strict,")) else ""
        print(f"{name:<38} {seconds:>8.3f}  {target}")
    print(f"{'peak memory of from_json (tracemalloc)':<38} {peak / 1e6:>6.0f} MB")
    print()
    print("garbage collector on; CPU seconds (process_time), median run")
    print(f"{'':<24} {'cpu':>7} {'gen0':>5} {'gen1':>5} {'gen2':>5} {'in GC':>7}")
    for name, fn in (
        ("json.loads(text)", lambda: json.loads(text)),
        ("from_json(Program, text)", lambda: serialization.from_json(m.Program, text)),
    ):
        total, counts, in_gc = gc_cost(fn, args.repeat)
        print(
            f"{name:<24} {total:>7.3f} {counts[0]:>5} {counts[1]:>5} {counts[2]:>5}"
            f" {in_gc:>7.3f}"
        )
    kept = kept_objects(lambda: serialization.from_json(m.Program, text))
    print(f"objects the collector tracks in the programme read: {kept:,}")


if __name__ == "__main__":
    main()
