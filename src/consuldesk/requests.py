"""Request-scoped dependencies shared by the API and the console: the runtime and a DB session.

Both interfaces are peers and never import each other; what they share lives here, below them.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Annotated

from fastapi import Depends, Request
from sqlalchemy.orm import Session

from consuldesk.bootstrap import Runtime


def get_runtime(request: Request) -> Runtime:
    runtime: Runtime = request.app.state.runtime
    return runtime


def get_session(runtime: Annotated[Runtime, Depends(get_runtime)]) -> Iterator[Session]:
    """A session per request; write routes commit explicitly, anything uncommitted rolls back on close."""
    session = runtime.sessions()
    try:
        yield session
    finally:
        session.close()
