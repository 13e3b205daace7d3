"""Shared helpers of the edge tests: a programme document and the command."""

import pytest

from mentoring import samples, serialization


@pytest.fixture
def document():
    """The Russian sample programme as a document (a fresh dict each time)."""
    return serialization.to_dict(samples.load("ru"))
