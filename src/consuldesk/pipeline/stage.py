"""The Stage protocol: a named callable over a batch that declares what it reads and writes.

Example::

    class Shout:
        id = "example.shout"
        reads = ("text",)
        writes = ("normalised",)

        def __call__(self, batch: list[TriageItem]) -> list[TriageItem]:
            for item in batch:
                item.normalised = item.text.upper()
            return batch
"""

from __future__ import annotations

from typing import Protocol, runtime_checkable

from consuldesk.pipeline.item import TriageItem


@runtime_checkable
class Stage(Protocol):
    # Read-only members, so a stage may declare them as plain class attributes of any tuple length.
    @property
    def id(self) -> str: ...

    @property
    def reads(self) -> tuple[str, ...]: ...

    @property
    def writes(self) -> tuple[str, ...]: ...

    def __call__(self, batch: list[TriageItem]) -> list[TriageItem]: ...
