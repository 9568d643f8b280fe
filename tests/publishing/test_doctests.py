"""The usage examples in the publishing docstrings run and stay true."""

from __future__ import annotations

import doctest
import importlib

import pytest


@pytest.mark.parametrize(
    "module",
    [
        "consuldesk.publishing.render",
        "consuldesk.publishing.text_metrics",
        "consuldesk.publishing.card",
        "consuldesk.publishing.feeds.cap",
        "consuldesk.publishing.feeds.atom",
        "consuldesk.publishing.feeds.levels",
    ],
)
def test_docstring_examples(module: str) -> None:
    result = doctest.testmod(importlib.import_module(module))
    assert result.attempted > 0
    assert result.failed == 0
