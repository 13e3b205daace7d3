"""Benchmark of the assignment step against its peers, on seeded instances.

Run ``python benchmarks/matching.py`` (all sizes) or ``--quick`` (200x50 and
1000x250 only); ``--continuous`` scores every pair with a seeded uniform random
number instead (few ties: the hard case for the pure-Python optimum). Peers:
``matching`` 1.4.3 ``HospitalResident`` and
``scipy.optimize.linear_sum_assignment`` on the slot-replicated matrix
(benchmark-only dependencies: ``pip install matching==1.4.3 scipy``).

Each instance is a teacher population: subjects, grade bands, districts, years of
experience, interests, delivery mode; mentors have 1-5 places; every pair is
acceptable (full preference lists). When the scoring layer
(``mentoring.matching.match``) is importable, it is timed on the same people;
otherwise the scores come from a seeded weighted formula written here, and the
output says so.
"""

import argparse
import gc
import multiprocessing as mp
import random
import statistics
import sys
import time
import tracemalloc
from array import array
from collections.abc import Callable
from pathlib import Path
from typing import Any

from mentoring.matching._assignment import Instance, solve

SUBJECTS = (
    "math",
    "physics",
    "chemistry",
    "biology",
    "russian",
    "kazakh",
    "english",
    "history",
    "geography",
    "informatics",
    "primary",
    "art",
)
BANDS = ("1-4", "5-9", "10-11")
DISTRICTS = tuple(f"district-{k}" for k in range(12))
INTERESTS = tuple(f"topic-{k}" for k in range(16))
DELIVERY = ("in_person", "online", "hybrid")
SIZES = ((200, 50), (1000, 250), (5000, 1000))
MATCHING_TIMEOUT = 60.0


def people(n_mentees, n_mentors, seed):
    rnd = random.Random(seed)

    def one(years):
        return {
            "subject": rnd.choice(SUBJECTS),
            "band": rnd.choice(BANDS),
            "district": rnd.choice(DISTRICTS),
            "years": rnd.randint(*years),
            "interests": frozenset(rnd.sample(INTERESTS, 3)),
            "delivery": rnd.choice(DELIVERY),
        }

    mentees = [one((0, 5)) for _ in range(n_mentees)]
    mentors = [one((4, 35)) for _ in range(n_mentors)]
    capacities = [rnd.randint(1, 5) for _ in range(n_mentors)]
    return mentees, mentors, capacities


def formula_scores(mentees, mentors):
    """Score rows from a weighted formula (numpy), used when match() is absent."""
    import numpy as np

    def codes(rows, key, values):
        index = {v: k for k, v in enumerate(values)}
        return np.array([index[r[key]] for r in rows])

    def bits(rows):
        return np.array(
            [sum(1 << INTERESTS.index(t) for t in r["interests"]) for r in rows]
        )

    total = np.zeros((len(mentees), len(mentors)))
    weights = 0.0
    for key, values, w in (
        ("subject", SUBJECTS, 3.0),
        ("band", BANDS, 2.0),
        ("district", DISTRICTS, 1.0),
    ):
        total += w * (
            codes(mentees, key, values)[:, None] == codes(mentors, key, values)[None, :]
        )
        weights += w
    gap = (
        np.array([r["years"] for r in mentors])[None, :]
        - np.array([r["years"] for r in mentees])[:, None]
    )
    total += 1.0 * np.clip(gap / 10.0, 0.0, 1.0)
    shared = bits(mentees)[:, None] & bits(mentors)[None, :]
    total += 1.0 * np.bitwise_count(shared) / 3.0
    de, dm = (
        codes(mentees, "delivery", DELIVERY)[:, None],
        codes(mentors, "delivery", DELIVERY)[None, :],
    )
    total += 1.0 * ((de == dm) | (de == 2) | (dm == 2))
    weights += 3.0
    return total / weights


def continuous_scores(n_mentees, n_mentors, seed):
    """Uniform random scores in [0, 1) (numpy, seeded): almost no ties."""
    import numpy as np

    return np.random.default_rng(seed).random((n_mentees, n_mentors))


def build_instance(score_matrix, capacities):
    n, m = score_matrix.shape
    full = array("i", range(m))
    return Instance(
        mentee_ids=tuple(f"e{i:05d}" for i in range(n)),
        mentor_ids=tuple(f"m{j:04d}" for j in range(m)),
        capacities=tuple(capacities),
        candidates=(full,) * n,
        scores=tuple(array("d", row.tobytes()) for row in score_matrix),
    )


def timed(fn: Callable[[], Any], repeats: int) -> tuple[float, Any]:
    times, out = [], None
    for _ in range(repeats):
        gc.collect()
        t = time.perf_counter()
        out = fn()
        times.append(time.perf_counter() - t)
    return statistics.median(times), out


CPU_SECONDS: dict[str, float] = {}


def timed_cpu(label: str, fn: Callable[[], Any], repeats: int) -> tuple[float, Any]:
    """As timed(), also keeping the median CPU time (the machine may be shared)."""
    walls, cpus, out = [], [], None
    for _ in range(repeats):
        gc.collect()
        t, c = time.perf_counter(), time.process_time()
        out = fn()
        walls.append(time.perf_counter() - t)
        cpus.append(time.process_time() - c)
    CPU_SECONDS[label] = statistics.median(cpus)
    return statistics.median(walls), out


def total_of(inst, res):
    return sum(inst.scores[i][j] for i, j in enumerate(res) if j >= 0)


def hr_prefs(inst):
    """matching 1.4.3 preference lists, with our tie-breaking (ids ascending)."""
    n, m = len(inst.mentee_ids), len(inst.mentor_ids)
    e_ids, m_ids = inst.mentee_ids, inst.mentor_ids
    resident = {
        e_ids[i]: [
            m_ids[j]
            for j in sorted(range(m), key=lambda j, s=inst.scores[i]: (-s[j], m_ids[j]))
        ]
        for i in range(n)
    }
    hospital = {
        m_ids[j]: [
            e_ids[i]
            for i in sorted(range(n), key=lambda i, j=j: (-inst.scores[i][j], e_ids[i]))
        ]
        for j in range(m)
    }
    caps = {m_ids[j]: inst.capacities[j] for j in range(m)}
    return resident, hospital, caps


def _peer_path():
    """Drop this script's folder from sys.path: it would shadow ``matching``."""
    here = Path(__file__).resolve().parent
    sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != here]


def run_matching(resident, hospital, caps):
    _peer_path()
    from matching.games import HospitalResident

    sys.setrecursionlimit(1_000_000)
    game = HospitalResident.create_from_dictionaries(resident, hospital, caps)
    solution = game.solve(optimal="resident")
    return {r.name: h.name for h, rs in solution.items() for r in rs}


def _matching_child(queue, resident, hospital, caps):
    t = time.perf_counter()
    try:
        out = run_matching(resident, hospital, caps)
        queue.put((time.perf_counter() - t, out, None))
    except BaseException as exc:
        queue.put((time.perf_counter() - t, None, f"{type(exc).__name__}: {exc}"))


def matching_peer(inst, timeout):
    """Time matching 1.4.3 in a child process (fork), so a timeout can stop it."""
    resident, hospital, caps = hr_prefs(inst)
    ctx = mp.get_context("fork")
    queue = ctx.Queue()
    proc = ctx.Process(target=_matching_child, args=(queue, resident, hospital, caps))
    proc.start()
    try:
        seconds, out, err = queue.get(timeout=timeout)
    except Exception:
        proc.kill()
        proc.join()
        return None, None, f"skipped: over {timeout:.0f} s"
    proc.join()
    return seconds, out, err


def default_recursion_error(inst):
    """Whether matching 1.4.3 fails at the default recursion limit (1000)."""
    import pickle
    import subprocess

    code = (
        "import sys, pickle;"
        "from matching.games import HospitalResident as H;"
        "r, h, c = pickle.load(sys.stdin.buffer);"
        "H.create_from_dictionaries(r, h, c).solve(optimal='resident')"
    )

    proc = subprocess.run(
        [sys.executable, "-c", code],
        input=pickle.dumps(hr_prefs(inst)),
        capture_output=True,
        timeout=600,
        check=False,
    )
    return b"RecursionError" in proc.stderr


def scipy_peer(inst):
    import numpy as np
    from scipy.optimize import linear_sum_assignment

    n, m = len(inst.mentee_ids), len(inst.mentor_ids)
    w = np.empty((n, m))
    for i in range(n):
        w[i] = np.frombuffer(inst.scores[i], dtype=np.float64)
    slot = np.repeat(np.arange(m), np.minimum(np.asarray(inst.capacities), n))

    def run():
        cost = -w[:, slot]
        rows, cols = linear_sum_assignment(cost)
        return rows, slot[cols]

    return run


def peak_mb(fn):
    tracemalloc.start()
    fn()
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    return peak / 2**20


def scoring_layer():
    try:
        from mentoring.matching import CompatibilityModel, match  # noqa: F401
    except ImportError:
        return None
    return match


def library_people(mentees, mentors, caps):
    """The same population as mentoring.Mentor / mentoring.Mentee values."""
    from mentoring import Mentee, Mentor, Person
    from mentoring.model import DeliveryMode

    grades = {
        "1-4": frozenset(range(1, 5)),
        "5-9": frozenset(range(5, 10)),
        "10-11": frozenset({10, 11}),
    }
    mode = {
        "in_person": DeliveryMode.OFFLINE,
        "online": DeliveryMode.ONLINE,
        "hybrid": DeliveryMode.BLENDED,
    }

    def person(pid, r):
        return Person(
            id=pid,
            name=pid,
            district=r["district"],
            subjects=frozenset({r["subject"]}),
            grades=grades[r["band"]],
            experience_years=r["years"],
            interests=r["interests"],
            preferred_delivery=mode[r["delivery"]],
        )

    return (
        [
            Mentor(person=person(f"m{j:04d}", r), capacity=c)
            for j, (r, c) in enumerate(zip(mentors, caps, strict=True))
        ],
        [Mentee(person=person(f"e{i:05d}", r)) for i, r in enumerate(mentees)],
    )


def time_match(match, mentees, mentors, caps, repeats):
    """match() end to end, and the part of it spent in the assignment layer."""
    from mentoring.matching import _match

    inner = []
    original = _match.solve

    def spy(*a, **kw):
        t = time.perf_counter()
        out = original(*a, **kw)
        inner.append(time.perf_counter() - t)
        return out

    lib_mentors, lib_mentees = library_people(mentees, mentors, caps)
    _match.solve = spy
    try:
        sec, result = timed(
            lambda: match(lib_mentors, lib_mentees, method="stable"), repeats
        )
    finally:
        _match.solve = original
    return sec, statistics.median(inner), result


def bench(n, m, seed, repeats, with_matching=True, *, continuous=False):
    kind = "continuous random scores" if continuous else "formula scores"
    print(f"\n## {n} mentees x {m} mentors (seed {seed}, {kind})")
    mentees, mentors, caps = people(n, m, seed)
    if continuous:
        t, matrix = timed(lambda: continuous_scores(n, m, seed), 1)
        scoring = "scoring (seeded uniform random numbers, numpy)"
    else:
        t, matrix = timed(lambda: formula_scores(mentees, mentors), 1)
        scoring = "scoring (benchmark formula, numpy; not the library)"
    inst = build_instance(matrix, caps)
    print(f"places: {sum(caps)}; pairs: {n * m:,} (all acceptable)")
    rows = [(scoring, t, None, None)]
    results = {}
    big = n * m > 1_000_000
    cases = [
        ("ours: stable (mentee-proposing)", "stable", {}),
        ("ours: stable (mentor-proposing)", "stable", {"proposing": "mentors"}),
        ("ours: greedy", "greedy", {}),
        ("ours: optimal (scipy)", "optimal", {"use_scipy": True}),
        ("ours: optimal (pure Python)", "optimal", {"use_scipy": False}),
    ]
    CPU_SECONDS.clear()
    for label, method, kw in cases:
        reps = 1 if (big and method == "stable" and kw) else repeats
        sec, res = timed_cpu(
            label, lambda method=method, kw=kw: solve(inst, method=method, **kw), reps
        )
        results[label] = (sec, res)
        rows.append((label, sec, sum(j >= 0 for j in res), total_of(inst, res)))
    match = scoring_layer()
    if match is not None:
        sec, inner, result = time_match(
            match, mentees, mentors, caps, 1 if big else repeats
        )
        rows.append(
            (
                "match(method='stable') end to end (library scoring)",
                sec,
                len(result.assignments),
                result.total_score,
            )
        )
        rows.append(
            (
                "  of which scoring + checks (end to end - assignment)",
                sec - inner,
                None,
                None,
            )
        )
        rows.append(
            ("  of which the stable assignment inside match()", inner, None, None)
        )
    run = scipy_peer(inst)
    sec, (r, c) = timed(run, repeats)
    rows.append(
        (
            "scipy linear_sum_assignment (slot matrix)",
            sec,
            len(r),
            sum(inst.scores[i][j] for i, j in zip(r.tolist(), c.tolist(), strict=True)),
        )
    )
    scipy_sec = sec
    hr = None
    if with_matching:
        sec, out, err = matching_peer(inst, MATCHING_TIMEOUT)
        label = "matching 1.4.3 HospitalResident (recursion limit raised)"
        if out is None:
            rows.append((f"{label}: {err}", None, None, None))
        else:
            ids = inst.mentee_ids
            index_m = {x: k for k, x in enumerate(inst.mentor_ids)}
            res = [index_m[out[e]] if e in out else -1 for e in ids]
            hr = (sec, res)
            rows.append((label, sec, sum(j >= 0 for j in res), total_of(inst, res)))
    print(
        f"| {'method':<62} | {'median s':>9} | {'matched':>7} | {'total score':>12} |"
    )
    print(f"|{'-' * 64}|{'-' * 11}|{'-' * 9}|{'-' * 14}|")
    for label, sec, cnt, tot in rows:
        s = f"{sec:9.3f}" if sec is not None else f"{'-':>9}"
        c = f"{cnt:7d}" if cnt is not None else f"{'-':>7}"
        x = f"{tot:12.4f}" if tot is not None else f"{'-':>12}"
        print(f"| {label:<62} | {s} | {c} | {x} |")
    st_sec, st_res = results["ours: stable (mentee-proposing)"]
    sc_sec = results["ours: optimal (scipy)"][0]
    print(f"optimal (scipy path) / scipy's own time: {sc_sec / scipy_sec:.2f}x")
    pure_label = "ours: optimal (pure Python)"
    pure_sec, pure = results[pure_label]
    print(
        f"optimal pure vs scipy total: {total_of(inst, pure):.9f} vs "
        f"{total_of(inst, results['ours: optimal (scipy)'][1]):.9f}"
    )
    print(
        f"optimal (pure Python): median {pure_sec:.3f} s wall, "
        f"{CPU_SECONDS[pure_label]:.3f} s CPU"
    )
    if hr is not None:
        print(
            f"matching 1.4.3 / our stable: {hr[0] / st_sec:.1f}x slower; "
            f"same assignment as its resident-optimal one: {hr[1] == st_res}"
        )
    return inst


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="200x50 and 1000x250 only")
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--seed", type=int, default=20240901)
    parser.add_argument(
        "--continuous",
        action="store_true",
        help="seeded uniform random scores instead of the teacher formula",
    )
    args = parser.parse_args()
    print(f"python {sys.version.split()[0]}; median of {args.repeats} runs")
    if scoring_layer() is None:
        print(
            "mentoring.matching.match is not importable: scores come from the "
            "benchmark's own seeded weighted formula"
        )
    else:
        print(
            "note: mentoring.matching.match is importable, but this benchmark "
            "times the assignment layer on formula scores"
        )
    sizes = SIZES[:2] if args.quick else SIZES
    last = None
    for n, m in sizes:
        last = bench(n, m, args.seed, args.repeats, continuous=args.continuous)
    if last is not None and not args.quick:
        inst = last
        gc.collect()
        print("\npeak memory (tracemalloc) at the largest size:")
        print(f"  stable: {peak_mb(lambda: solve(inst, method='stable')):.0f} MB")
        print(
            f"  optimal (scipy): {peak_mb(lambda: solve(inst, method='optimal', use_scipy=True)):.0f} MB"
        )
        print(
            f"  optimal (pure Python): {peak_mb(lambda: solve(inst, method='optimal', use_scipy=False)):.0f} MB"
        )
    small = bench_recursion(args.seed)
    print(
        f"\nmatching 1.4.3 at 1000x250 with the default recursion limit: "
        f"{'RecursionError' if small else 'no error'}"
    )


def bench_recursion(seed):
    mentees, mentors, caps = people(1000, 250, seed)
    return default_recursion_error(
        build_instance(formula_scores(mentees, mentors), caps)
    )


if __name__ == "__main__":
    main()
