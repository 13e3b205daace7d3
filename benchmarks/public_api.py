"""What a user calls, beside its peer on the same input, in the same process.

Every row times a public function (``assign``, ``match``, ``suggest``, ``from_json``,
``to_json``, ``indicators.compute`` + ``merge_all``, the ``mentoring match`` and
``mentoring demo`` commands) and its peer on the same seeded instance: ours and
the peer alternate (interleaved), each timed in CPU seconds
(``time.process_time``, the machine may be shared), and the table gives the
medians and their ratio. Peers (``pip install --group bench``): ``matching``
1.4.3, scipy's ``linear_sum_assignment`` called from the same dicts, and
``json.loads`` / ``json.dumps`` of the same bytes.

    .venv/bin/python benchmarks/public_api.py              # every section
    .venv/bin/python benchmarks/public_api.py --only assign-stable assign-optimal
    .venv/bin/python benchmarks/public_api.py --quick      # smaller, fewer repeats

Sections: assign-stable, assign-optimal, greedy, match, suggest,
serialization, indicators, command, demo.
"""

import argparse
import gc
import json
import math
import os
import random
import resource
import statistics
import subprocess
import sys
import tempfile
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != HERE]

ROWS: list[tuple[str, float | None, str, float | None, str]] = []


def cpu(fn: Callable[[], Any]) -> tuple[float, Any]:
    gc.collect()
    c = time.process_time()
    out = fn()
    return time.process_time() - c, out


def interleaved(
    ours: Callable[[], Any], peer: Callable[[], Any] | None, repeats: int
) -> tuple[float, float | None, Any, Any]:
    """Median CPU seconds of *ours* and *peer*, run alternately."""
    a: list[float] = []
    b: list[float] = []
    out_a = out_b = None
    for _ in range(repeats):
        t, out_a = cpu(ours)
        a.append(t)
        if peer is not None:
            t, out_b = cpu(peer)
            b.append(t)
    return (
        statistics.median(a),
        statistics.median(b) if b else None,
        out_a,
        out_b,
    )


def row(what: str, ours: float | None, peer_name: str, peer: float | None, note=""):
    ROWS.append((what, ours, peer_name, peer, note))
    ratio = f"{peer / ours:.2f}x" if ours and peer else "-"
    o = f"{ours:.3f} s" if ours is not None else "-"
    p = f"{peer:.3f} s" if peer is not None else "-"
    print(f"| {what} | {o} | {peer_name} {p} | {ratio} | {note} |", flush=True)


# -- a teacher population and its scores ---------------------------------------

SUBJECTS = ("math", "physics", "chemistry", "biology", "russian", "kazakh")
SUBJECTS += ("english", "history", "geography", "informatics", "primary", "art")
BANDS = ("1-4", "5-9", "10-11")
DISTRICTS = tuple(f"district-{k}" for k in range(12))
INTERESTS = tuple(f"topic-{k}" for k in range(16))
DELIVERY = ("in_person", "online", "hybrid")


def population(n: int, m: int, seed: int):
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

    mentees = [one((0, 5)) for _ in range(n)]
    mentors = [one((4, 35)) for _ in range(m)]
    caps = [rnd.randint(1, 5) for _ in range(m)]
    return mentees, mentors, caps


def score_tables(n: int, m: int, seed: int, *, two_sided: bool = True):
    """``scores`` (the mentees' view) and ``mentor_scores`` (the mentors'), as
    the dicts a user passes, full lists, rounded to 3 places (ties happen).
    """
    mentees, mentors, caps = population(n, m, seed)
    e_ids = [f"e{i:05d}" for i in range(n)]
    m_ids = [f"m{j:04d}" for j in range(m)]

    def view(a, b, w_subject, w_years):
        s = 0.0
        s += w_subject * (a["subject"] == b["subject"])
        s += 2.0 * (a["band"] == b["band"])
        s += 1.0 * (a["district"] == b["district"])
        s += w_years * min(max((b["years"] - a["years"]) / 10.0, 0.0), 1.0)
        s += len(a["interests"] & b["interests"]) / 3.0
        return round(s / (w_subject + w_years + 4.0), 3)

    scores = {
        e: {j: view(a, b, 3.0, 1.0) for j, b in zip(m_ids, mentors, strict=True)}
        for e, a in zip(e_ids, mentees, strict=True)
    }
    mentor_scores = None
    if two_sided:
        mentor_scores = {
            e: {j: view(a, b, 1.0, 3.0) for j, b in zip(m_ids, mentors, strict=True)}
            for e, a in zip(e_ids, mentees, strict=True)
        }
    capacities = dict(zip(m_ids, caps, strict=True))
    return scores, mentor_scores, capacities


# -- assign, stable, against matching 1.4.3 ------------------------------------


def matching_peer(scores, mentor_scores, capacities):
    """matching 1.4.3 from the same dicts: the preference lists (ties by id, as
    ours), the game, the resident-optimal solution.
    """
    from matching.games import HospitalResident

    residents = {
        e: sorted(row, key=lambda j, row=row: (-row[j], j)) for e, row in scores.items()
    }
    by_mentor: dict[str, list[tuple[float, str]]] = {j: [] for j in capacities}
    for e, row in mentor_scores.items():
        for j, s in row.items():
            by_mentor[j].append((-s, e))
    hospitals = {j: [e for _, e in sorted(lst)] for j, lst in by_mentor.items()}
    game = HospitalResident.create_from_dictionaries(residents, hospitals, capacities)
    solution = game.solve(optimal="resident")
    return {r.name: h.name for h, rs in solution.items() for r in rs}


def bench_assign_stable(args):
    from mentoring.matching import assign

    n, m = (400, 100) if args.quick else (1000, 250)
    scores, mentor_scores, caps = score_tables(n, m, args.seed)
    sys.setrecursionlimit(1_000_000)
    t_ours, t_peer, ours, peer = interleaved(
        lambda: assign(scores, caps, method="stable", mentor_scores=mentor_scores),
        lambda: matching_peer(scores, mentor_scores, caps),
        args.repeats,
    )
    same = ours == dict(sorted(peer.items()))
    row(
        f"`assign(scores, caps, method='stable', mentor_scores=ms)` {n}x{m}, full lists",
        t_ours,
        "matching 1.4.3",
        t_peer,
        f"same assignment: {same}",
    )


# -- assign, optimal, against scipy --------------------------------------------


def scipy_peer(scores, capacities):
    """scipy from the same dicts: the matrix, each mentor once per place, and
    ``linear_sum_assignment`` (maximize); every pair is acceptable here.
    """
    import numpy as np
    from scipy.optimize import linear_sum_assignment

    mentees = sorted(scores)
    mentors = sorted(capacities)
    w = np.array([[scores[e][j] for j in mentors] for e in mentees])
    slot = np.repeat(np.arange(len(mentors)), [capacities[j] for j in mentors])
    rows, cols = linear_sum_assignment(w[:, slot], maximize=True)
    return {mentees[r]: mentors[slot[c]] for r, c in zip(rows, cols, strict=True)}


def scipy_peer_fast(scores, capacities):
    """As :func:`scipy_peer`, the matrix from the rows' values (the dicts hold
    the mentors in id order): the fastest way from these dicts to scipy.
    """
    import numpy as np
    from scipy.optimize import linear_sum_assignment

    mentees = sorted(scores)
    mentors = sorted(capacities)
    w = np.array([list(scores[e].values()) for e in mentees])
    slot = np.repeat(np.arange(len(mentors)), [capacities[j] for j in mentors])
    rows, cols = linear_sum_assignment(w[:, slot], maximize=True)
    return {mentees[r]: mentors[slot[c]] for r, c in zip(rows, cols, strict=True)}


def total(scores, a):
    return sum(scores[e][j] for e, j in a.items())


def bench_assign_optimal(args):
    from mentoring.matching import assign

    n, m = (1000, 200) if args.quick else (5000, 1000)
    scores, _, caps = score_tables(n, m, args.seed, two_sided=False)
    for name, peer in (
        ("scipy (matrix cell by cell)", scipy_peer),
        ("scipy (matrix from row values)", scipy_peer_fast),
    ):
        t_ours, t_peer, ours, theirs = interleaved(
            lambda: assign(scores, caps, method="optimal", solver="scipy"),
            lambda peer=peer: peer(scores, caps),
            args.repeats,
        )
        exact = len(ours) == len(theirs) and math.isclose(
            total(scores, ours), total(scores, theirs), abs_tol=1e-9
        )
        row(
            f"`assign(scores, caps, method='optimal')` {n}x{m}, scipy installed",
            t_ours,
            name,
            t_peer,
            f"same count and total: {exact}",
        )


def bench_greedy(args):
    from mentoring.matching import assign

    n, m = (1000, 200) if args.quick else (5000, 1000)
    scores, _, caps = score_tables(n, m, args.seed, two_sided=False)
    times = {}
    for method in ("stable", "greedy"):
        times[method], _, _, _ = interleaved(
            lambda method=method: assign(scores, caps, method=method),
            None,
            args.repeats,
        )
    row(
        f"`assign(..., method='greedy')` {n}x{m}",
        times["greedy"],
        "ours, method='stable'",
        times["stable"],
    )


# -- match() end to end ---------------------------------------------------------


def library_people(n, m, seed):
    from mentoring import Mentee, Mentor, Person
    from mentoring.model import DeliveryMode

    mentees, mentors, caps = population(n, m, seed)
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


def bench_match(args):
    from mentoring.matching import match

    sizes = ((1000, 200), (5000, 1000)) if args.quick else ((5000, 1000), (20000, 4000))
    points = []
    for n, m in sizes:
        mentors, mentees = library_people(n, m, args.seed)
        reps = args.repeats if n * m <= 5_000_000 else 1
        t, _, result, _ = interleaved(
            lambda mentors=mentors, mentees=mentees: match(mentors, mentees),
            None,
            reps,
        )
        gc.collect()
        tracemalloc.start()
        match(mentors, mentees)
        peak = tracemalloc.get_traced_memory()[1] / 2**20
        tracemalloc.stop()
        points.append((n * m, t))
        row(
            f"`match(mentors, mentees)` stable, {n}x{m}",
            t,
            "",
            None,
            f"{len(result.assignments)} matched; peak {peak:.0f} MB (tracemalloc)",
        )
        # the floor explains every mentee it leaves without a candidate, and
        # gives each mentee their own candidates (0.3 keeps most of a row,
        # 0.5 few): the same run without it is the peer
        for floor in (0.3, 0.5):
            t, t_plain, floored, _ = interleaved(
                lambda mentors=mentors, mentees=mentees, floor=floor: match(
                    mentors, mentees, min_score=floor
                ),
                lambda mentors=mentors, mentees=mentees: match(mentors, mentees),
                reps,
            )
            below = sum(u.code.value == "below_min_score" for u in floored.unmatched)
            row(
                f"`match(mentors, mentees, min_score={floor})` stable, {n}x{m}",
                t,
                "without min_score",
                t_plain,
                f"{len(floored.assignments)} matched; {below} below the floor",
            )
    (p0, t0), (p1, t1) = points
    print(f"growth exponent in pairs: {math.log(t1 / t0) / math.log(p1 / p0):.2f}")


def bench_suggest(args):
    """What a portal calls when a mentee picks a mentor: the best five of
    every mentor, explained. The peer is ours too: ``match`` of that one
    mentee (the same eligibility and scores, one assignment).
    """
    from mentoring.matching import match, suggest

    n = 1000 if args.quick else 5000
    mentors, mentees = library_people(n, 50, args.seed)
    calls = mentees[:20]
    t, t_match, found, _ = interleaved(
        lambda: [suggest(e, mentors) for e in calls],
        lambda: [match(mentors, [e]) for e in calls],
        args.repeats,
    )
    row(
        f"`suggest(mentee, mentors)` against {n} mentors, {len(calls)} calls",
        t,
        "`match(mentors, [mentee])`",
        t_match,
        f"{t / len(calls) * 1000:.1f} ms a call; {len(found[0])} suggestions each",
    )


# -- serialization --------------------------------------------------------------


def bench_serialization(args):
    sys.path.insert(0, str(HERE))
    import serialization as fixture

    import mentoring as mt
    from mentoring import serialization

    people = 2_000 if args.quick else 10_000
    program = fixture.build(people=people, pairs=people // 2)
    text = serialization.to_json(program)
    data = json.loads(text)
    t_from, t_peer, back, _ = interleaved(
        lambda: serialization.from_json(mt.Program, text),
        lambda: json.loads(text),
        args.repeats,
    )
    assert back == program
    people = len(program.mentors) + len(program.mentees)
    row(f"`from_json(Program, text)` {people:,} people", t_from, "json.loads", t_peer)
    t_ours, t_peer, _, _ = interleaved(
        lambda: serialization.to_json(program),
        lambda: json.dumps(data, ensure_ascii=False),
        args.repeats,
    )
    row(f"`to_json(program)` {people:,} people", t_ours, "json.dumps", t_peer)
    # Whether a full collection runs during a call depends on what else the
    # process holds (here the values of the rows before), so the peer may
    # pay one in one run and not in another: the work itself, without the
    # collector, for both.
    was = gc.isenabled()
    gc.disable()
    try:
        t_off, t_peer_off, _, _ = interleaved(
            lambda: serialization.from_json(mt.Program, text),
            lambda: json.loads(text),
            args.repeats,
        )
    finally:
        if was:
            gc.enable()
    row(
        "  from_json with the collector off (what GC costs)",
        t_off,
        "from_json, collector on",
        t_from,
    )
    row(
        "  from_json and json.loads, both with the collector off",
        t_off,
        "json.loads, collector off",
        t_peer_off,
    )


# -- indicators -----------------------------------------------------------------


def bench_indicators(args):
    orgs = 2_000 if args.quick else 40_000
    cmd = [sys.executable, str(HERE / "indicators.py"), "--orgs", str(orgs)]
    c0 = resource.getrusage(resource.RUSAGE_CHILDREN)
    out = subprocess.run(cmd, capture_output=True, text=True, check=True).stdout
    c1 = resource.getrusage(resource.RUSAGE_CHILDREN)
    print(out.rstrip())
    row(
        f"`indicators.compute_many`, then `compute` + `merge_all`, {orgs:,} organizations (process)",
        c1.ru_utime - c0.ru_utime + c1.ru_stime - c0.ru_stime,
        "",
        None,
        "CPU of the whole benchmark process, generation included; see above",
    )


# -- commands -------------------------------------------------------------------


def child_env() -> dict[str, str]:
    """The environment of a user's run: byte code cached (in a folder of the
    benchmark's own, so that nothing is written beside the sources).
    """
    env = dict(os.environ)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPYCACHEPREFIX"] = str(
        Path(tempfile.gettempdir()) / "mentoring-bench-pyc"
    )
    return env


def child_cpu(cmd: list[str]) -> tuple[float, str]:
    c0 = resource.getrusage(resource.RUSAGE_CHILDREN)
    proc = subprocess.run(
        cmd, capture_output=True, text=True, check=False, env=child_env()
    )
    c1 = resource.getrusage(resource.RUSAGE_CHILDREN)
    return c1.ru_utime - c0.ru_utime + c1.ru_stime - c0.ru_stime, proc.stdout


def bench_demo(args):
    # What the user types: the console script installed beside this
    # interpreter (no `runpy`, unlike -m), or -m when there is none.
    script = Path(sys.executable).with_name("mentoring")
    demo = [str(script), "demo"] if script.is_file() else []
    demo = demo or [sys.executable, "-m", "mentoring", "demo"]
    modules = demo_modules()  # runs the demo once: caches the byte code
    # Each start-up process ends as the command does (`gc.freeze()` before
    # the exit, see `mentoring.cli._console`), so that the difference is the
    # run alone, not the collector's last pass over the start-up's objects.
    start = [sys.executable, "-c", "import gc, mentoring.cli\ngc.freeze()"]
    loaded = [
        sys.executable,
        "-c",
        (
            f"import gc, importlib, mentoring.cli\nfor name in {modules!r}:\n"
            "    importlib.import_module(name)\n"
            "gc.freeze()"
        ),
    ]
    starts, loads, demos = [], [], []
    for _ in range(args.repeats):
        starts.append(child_cpu(start)[0])
        loads.append(child_cpu(loaded)[0])
        demos.append(child_cpu(demo)[0])
    numpy, scipy = ("numpy" in modules), ("scipy" in modules)
    # Two readings of "start-up", each a process of its own beside the
    # demo's: the command's entry module alone (the modules the demo then
    # imports count as its run), or the entry module and every module the
    # demo imports (only the demo's own work counts).
    typed = " ".join(Path(part).name for part in demo)
    row(
        f"`{typed}`, CPU after start-up = `import mentoring.cli`",
        statistics.median(demos) - statistics.median(starts),
        "python -c 'import mentoring.cli'",
        statistics.median(starts),
        f"numpy imported: {numpy}; scipy imported: {scipy}",
    )
    row(
        f"`{typed}`, CPU after start-up = `mentoring.cli` and the"
        f" {len(modules)} modules the demo imports",
        statistics.median(demos) - statistics.median(loads),
        "python -c 'import ...'",
        statistics.median(loads),
        "",
    )
    # Where that goes: importing the modules the demo uses (attrs writing
    # and compiling the methods of each class they define, the enums), then
    # the demo's own work, in one process after `import mentoring.cli`.
    split = (
        "import sys, time, contextlib, io, importlib, enum\n"
        "import attr._next_gen as ng\n"
        "build = ng.attrs\n"
        "spent = [0.0, 0]\n"
        "def timed(*a, **k):\n"
        "    t = time.process_time()\n"
        "    try:\n"
        "        return build(*a, **k)\n"
        "    finally:\n"
        "        spent[0] += time.process_time() - t\n"
        "        spent[1] += 1\n"
        "ng.attrs = timed\n"
        "from mentoring.cli import main\n"
        "spent[:] = [0.0, 0]\n"
        "t0 = time.process_time()\n"
        f"for name in {modules!r}:\n"
        "    importlib.import_module(name)\n"
        "t1 = time.process_time()\n"
        "with contextlib.redirect_stdout(io.StringIO()):\n"
        "    try:\n"
        "        main(['demo'])\n"
        "    except SystemExit:\n"
        "        pass\n"
        "t2 = time.process_time()\n"
        "print(t1 - t0, t2 - t1, spent[0], spent[1])\n"
    )
    parts = [
        child_cpu([sys.executable, "-c", split])[1].split() for _ in range(args.repeats)
    ]
    imports, work, attrs_s = (
        statistics.median(float(p[i]) for p in parts) for i in range(3)
    )
    row(
        "  of which: importing the modules the demo uses",
        imports,
        "",
        None,
        f"attrs building their {parts[0][3]} classes: {attrs_s:.3f} s",
    )
    row("  of which: the demo's own work, its modules imported", work, "", None, "")


def demo_modules() -> list[str]:
    """The modules ``mentoring demo`` imports after ``mentoring.cli``, in
    the order it imports them."""
    probe = (
        "import sys, contextlib, io\n"
        "import mentoring.cli\n"
        "before = set(sys.modules)\n"
        "from mentoring.cli import main\n"
        "with contextlib.redirect_stdout(io.StringIO()):\n"
        "    try:\n"
        "        main(['demo'])\n"
        "    except SystemExit:\n"
        "        pass\n"
        "print(' '.join(m for m in sys.modules if m not in before))\n"
    )
    return child_cpu([sys.executable, "-c", probe])[1].split()


def bench_command(args):
    from mentoring import serialization

    n, m = (500, 100) if args.quick else (2000, 400)
    mentors, mentees = library_people(n, m, args.seed)
    with tempfile.TemporaryDirectory() as tmp:
        files = []
        for name, people in (("mentors", mentors), ("mentees", mentees)):
            path = Path(tmp) / f"{name}.json"
            doc = [json.loads(serialization.to_json(x)) for x in people]
            path.write_text(json.dumps(doc), encoding="utf-8")
            files.append(str(path))
        cmd = [sys.executable, "-m", "mentoring", "match", *files]
        start = [sys.executable, "-c", "import mentoring.cli"]
        times, starts = [], []
        out = child_cpu(cmd)[1]  # caches the byte code
        for _ in range(args.repeats):
            t, out = child_cpu(cmd)
            times.append(t)
            starts.append(child_cpu(start)[0])
        ok = bool(out.strip())
    row(
        f"`mentoring match mentors.json mentees.json` {n}x{m}",
        statistics.median(times),
        "python -c 'import mentoring.cli'",
        statistics.median(starts),
        f"printed a result: {ok}",
    )


SECTIONS = {
    "assign-stable": bench_assign_stable,
    "assign-optimal": bench_assign_optimal,
    "greedy": bench_greedy,
    "match": bench_match,
    "suggest": bench_suggest,
    "serialization": bench_serialization,
    "indicators": bench_indicators,
    "command": bench_command,
    "demo": bench_demo,
}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", nargs="*", choices=sorted(SECTIONS))
    parser.add_argument("--quick", action="store_true")
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--seed", type=int, default=20240901)
    args = parser.parse_args()
    print(
        f"python {sys.version.split()[0]}; {os.cpu_count()} CPUs; CPU seconds"
        f" (process_time), median of {args.repeats}, ours and peer interleaved"
    )
    print("| what the user calls | ours | peer | peer / ours | note |")
    print("|---|---|---|---|---|")
    for name in args.only or SECTIONS:
        SECTIONS[name](args)


if __name__ == "__main__":
    main()
