"""Snapshots handed upward: pseudonymised ids and small counts suppressed.

A school's snapshot names the people it counts by the host system's ids.
:func:`pseudonymise` replaces every id by a keyed hash of it (HMAC-SHA256
under a key the integrator gives every school), so that a district can still
count each person once across schools (the same id gives the same hash under
the same key) while no raw id leaves the school. :func:`is_small` says whether
a value rests on so few people that it should not be shown above one
organization (see :doc:`/explanation/privacy`).
"""

from mentoring._checks import expect, raise_if, validated
from mentoring._problems import out_of_range, problem
from mentoring.errors import Problem
from mentoring.indicators._catalog import Kind
from mentoring.indicators._snapshot import (
    Provenance,
    Snapshot,
    Value,
    _renamed,
    _with_ids,
)

__all__ = ["SMALL_COUNT_THRESHOLD", "is_small", "key_id", "pseudonymise"]

#: Counts below this (and above 0) are suppressed in what is handed above one
#: organization: shown as ``<5``, written as an empty value with a flag.
SMALL_COUNT_THRESHOLD = 5

#: The shortest key :func:`pseudonymise` accepts, in bytes.
_MIN_KEY = 16
#: Hex digits of a pseudonym: the first 128 bits of the HMAC-SHA256.
_DIGITS = 32


def _digest(key: bytes, message: bytes) -> str:
    import hashlib  # OpenSSL loads only when a key is used
    import hmac

    return hmac.new(key, message, hashlib.sha256).hexdigest()[:_DIGITS]


def key_id(key: bytes) -> str:
    """The fingerprint of *key* that a pseudonymised snapshot carries
    (``Snapshot.key_id``): it tells whether two
    snapshots were pseudonymised with one key, and reveals nothing of it.

    >>> key = b"district-7 key of 2021-2022!"
    >>> key_id(key) == key_id(key), len(key_id(key))
    (True, 16)

    .. versionadded:: 0.1.0
    """
    raise_if(_key_problems(key), "arguments of key_id")
    return _digest(key, b"mentoring:key-id")[:16]


def _key_problems(key: object) -> list[Problem]:
    problems: list[Problem] = []
    if not isinstance(key, bytes):
        expect(problems, "$.key", key, bytes)
    elif len(key) < _MIN_KEY:
        problems.append(
            out_of_range(
                "$.key", len(key), low=_MIN_KEY, what="a key's length in bytes"
            )
        )
    return problems


def pseudonymise(snapshot: Snapshot, key: bytes) -> Snapshot:
    """*snapshot* with every id replaced by its keyed hash under *key*
    (HMAC-SHA256, the first 128 bits as 32 hex digits).

    Snapshots pseudonymised with one key merge exactly, as the raw ones do: a
    person counted by two schools has one pseudonym and is counted once.
    Without the key nobody can tell which id a pseudonym stands for, or
    check a guess. Give every school of a district (or a country) the same
    key, kept secret from the readers of the merged figures.

    >>> import datetime as dt
    >>> from mentoring.indicators import Kind, Provenance, Snapshot, Value, merge
    >>> def school(name, *people):
    ...     v = Value(code="2.1", kind=Kind.STOCK, provenance=Provenance.COMPUTED,
    ...               numerator=len(people), ids=frozenset(people), distinct=True)
    ...     return Snapshot(on=dt.date(2022, 5, 31), values=(v,), organization=name)
    >>> key = b"a secret of the district office"
    >>> a = pseudonymise(school("a", "t1", "t2"), key)
    >>> b = pseudonymise(school("b", "t2", "t3"), key)
    >>> merged = merge(a, b)
    >>> merged.value("2.1"), "t2" in merged["2.1"].ids
    (3, False)

    Raises:
        ~mentoring.errors.ValidationError: *snapshot* is not a
            :class:`~mentoring.indicators.Snapshot`; *key* is not bytes or
            is shorter than 16 bytes; the snapshot is already pseudonymised.

    .. versionadded:: 0.1.0
    """
    problems = _key_problems(key)
    if expect(problems, "$.snapshot", snapshot, Snapshot) and snapshot.key_id:
        problems.append(
            problem(
                "$.snapshot.key_id", "rule", "the snapshot is already pseudonymised"
            )
        )
    raise_if(problems, "arguments of pseudonymise")
    import hashlib  # OpenSSL loads only when a key is used
    import hmac

    cache: dict[str, str] = {}
    keyed = hmac.new(key, digestmod=hashlib.sha256)  # copied for every id

    def hashed(ids: frozenset[str]) -> frozenset[str]:
        out = []
        for i in ids:
            h = cache.get(i)
            if h is None:
                mac = keyed.copy()
                mac.update(i.encode("utf-8"))
                h = cache[i] = mac.hexdigest()[:_DIGITS]
            out.append(h)
        return frozenset(out)

    values = tuple(
        _with_ids(
            v,
            hashed(v.ids),
            hashed(v.denominator_ids),
            # a median's per_id ids are its ids, hashed above: renamed alike
            tuple(sorted((cache[i], n) for i, n in v.per_id)) if v.per_id else None,
        )
        if v.ids or v.denominator_ids
        else v
        for v in snapshot.values
    )
    # the same values, ids renamed one for one: the checks they passed hold
    return _renamed(snapshot, values, key_id(key))


@validated
def is_small(value: Value, threshold: int = SMALL_COUNT_THRESHOLD) -> bool:
    """Whether *value* rests on fewer than *threshold* people or things (and
    more than none), so that showing it could point at a person: a count
    from 1 to ``threshold - 1``; a share whose numerator, or whose
    denominator, is that small; a mean or a median of that few values.
    ``threshold`` 0 (or 1) suppresses nothing.

    >>> from mentoring.indicators import Kind, Provenance, Value
    >>> v = Value(code="2.2", kind=Kind.STOCK, provenance=Provenance.COMPUTED,
    ...           numerator=3)
    >>> is_small(v), is_small(v, threshold=3), is_small(v, threshold=0)
    (True, False, False)

    .. versionadded:: 0.1.0
    """
    if value.provenance is Provenance.MISSING:
        return False

    def few(n: float) -> bool:
        return 0 < n < threshold

    if value.kind.is_count:
        return few(value.numerator)
    if value.provenance is Provenance.MEASURED:
        return False  # a share or mean measured outside: no count behind it
    return few(value.denominator) or (value.kind is Kind.RATE and few(value.numerator))
