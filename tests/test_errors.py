"""The error family: one base, the builtins callers catch, data that survives
pickling (a worker process can send any error back to its parent)."""

import pickle

import pytest
from hypothesis import given
from hypothesis import strategies as st

import mentoring
from mentoring import errors
from mentoring._problems import CODES
from mentoring.errors import (
    MatchingError,
    MentoringError,
    NotFoundError,
    Problem,
    TransitionError,
    ValidationError,
)

PUBLIC_ERRORS = (
    MatchingError,
    MentoringError,
    NotFoundError,
    TransitionError,
    ValidationError,
)

text = st.text(max_size=30)
paths = st.builds(
    lambda keys: "$" + "".join(keys),
    st.lists(
        st.one_of(
            st.from_regex(r"\.[a-z_]{1,12}", fullmatch=True),
            st.integers(0, 99).map(lambda i: f"[{i}]"),
        ),
        max_size=4,
    ),
)
codes = st.sampled_from(sorted(CODES))
problems = st.builds(Problem, paths, text, codes)
states = st.one_of(
    text,
    st.sampled_from(list(mentoring.PairStatus)),
    st.sampled_from(list(mentoring.ActivityStatus)),
)
keys = st.one_of(text, st.integers(), st.tuples(text, text))

any_error = st.one_of(
    st.builds(
        ValidationError,
        st.lists(problems, max_size=5),
        subject=st.none() | text,
    ),
    st.builds(MatchingError, st.lists(problems, max_size=5)),
    st.builds(
        TransitionError, states, states, what=st.sampled_from(["pair", "activity"])
    ),
    st.builds(
        NotFoundError,
        st.sampled_from(["pair", "term", "indicator"]),
        keys,
        noun=st.sampled_from(["id", "code", "name"]),
    ),
    st.builds(MentoringError, text),
)


def data_of(err: BaseException) -> dict[str, object]:
    names = ("problems", "subject", "source", "target", "what", "kind", "key", "noun")
    return {n: getattr(err, n) for n in names if hasattr(err, n)} | {"args": err.args}


@given(any_error)
def test_every_error_survives_pickle_with_its_type_message_and_data(err):
    again = pickle.loads(pickle.dumps(err))  # noqa: S301
    assert type(again) is type(err)
    assert str(again) == str(err)
    assert data_of(again) == data_of(err)


def test_the_property_covers_every_public_error_class():
    public = {
        obj
        for name in errors.__all__
        if isinstance(obj := getattr(errors, name), type)
        and issubclass(obj, BaseException)
    }
    assert public == set(PUBLIC_ERRORS)


@pytest.mark.parametrize(
    ("cls", "builtin"),
    [
        (ValidationError, ValueError),
        (TransitionError, ValueError),
        (MatchingError, ValueError),
        (NotFoundError, KeyError),
    ],
)
def test_each_error_is_also_the_builtin_a_caller_would_catch(cls, builtin):
    assert issubclass(cls, MentoringError)
    assert issubclass(cls, builtin)


def test_not_found_reads_as_a_sentence_and_keeps_its_data():
    err = NotFoundError("pair", "p9")
    assert str(err) == "no pair with id 'p9'"
    assert (err.kind, err.key) == ("pair", "p9")
    assert str(NotFoundError("indicator", "9.9", noun="code")) == (
        "no indicator with code '9.9'"
    )
    with pytest.raises(KeyError):
        raise err


def test_a_problem_prints_one_way_and_keeps_its_code_when_re_rooted():
    p = Problem("$.capacity", "must be >= 0, got -1", "range")
    assert str(p) == "$.capacity: must be >= 0, got -1"
    moved = p.under("$.mentors[2]")
    assert moved == Problem("$.mentors[2].capacity", "must be >= 0, got -1", "range")
    err = ValidationError([p], subject="Mentor")
    assert str(err) == "invalid Mentor: 1 problem\n  $.capacity: must be >= 0, got -1"
    assert err.under("$.mentors[2]").problems == (moved,)


def test_a_validation_error_accepts_plain_tuples():
    err = ValidationError([("$.a", "must not be empty", "empty"), ("$.b", "bad")])
    assert err.problems == (
        Problem("$.a", "must not be empty", "empty"),
        Problem("$.b", "bad", "invalid"),
    )
