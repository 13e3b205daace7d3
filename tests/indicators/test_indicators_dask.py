"""The Dask recipe of docs/how-to/district-indicators.md, run: a few hundred
generated schools computed on a bag and merged per partition and across
partitions (synchronous scheduler) equal merge_all on one machine.
"""

import datetime as dt
import functools

import pytest

from mentoring import indicators
from mentoring.testing.factories import make_program

db = pytest.importorskip("dask.bag")
dask = pytest.importorskip("dask")

REVIEW = dt.date(2022, 5, 31)
SCHOOLS = 200


def _load(seed: int):
    """The recipe's ``load_programme``: a school of one of eight districts."""
    return make_program(
        seed=seed,
        mentors=2,
        mentees=4,
        with_plans=False,
        district=f"district-{seed % 8}",
    )


@functools.cache  # each school computed once, however many graphs map it
def _map_one(seed: int) -> indicators.Snapshot:
    return indicators.compute(_load(seed), on=REVIEW)


@pytest.mark.slow
def test_the_dask_recipe_equals_merge_all() -> None:
    seeds = range(1, SCHOOLS + 1)
    bag = db.from_sequence(seeds, npartitions=12).map(_map_one)
    with dask.config.set(scheduler="synchronous"):
        country = bag.reduction(
            lambda part: indicators.merge_all(part, keep_ids=False),
            lambda partials: indicators.merge_all(partials, keep_ids=False),
        ).compute()
        exact = bag.reduction(indicators.merge_all, indicators.merge_all).compute()
    snapshots = [_map_one(s) for s in seeds]
    assert country == indicators.merge_all(snapshots, keep_ids=False)
    assert exact == indicators.merge_all(snapshots)
    assert country.organizations == SCHOOLS
    districts = indicators.group_by(snapshots, "district")
    assert len(districts) == 8
    assert sum(d.organizations for d in districts.values()) == SCHOOLS
