"""The Jinja2 environment of the console: autoescaping, strict undefined, filters and static URLs.

Templates receive plain data only (schemas and the dataclasses of `web.views`).
"""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Any

from fastapi.templating import Jinja2Templates
from jinja2 import Environment, FileSystemLoader, StrictUndefined
from starlette.requests import Request
from starlette.responses import Response

from consuldesk import __version__
from consuldesk.web import views

WEB_DIR = Path(__file__).parent
TEMPLATES_DIR = WEB_DIR / "templates"
STATIC_DIR = WEB_DIR / "static"


def _asset_version() -> str:
    """A hash of the static files, so browsers refetch them after an upgrade (no build step)."""
    digest = hashlib.sha256(__version__.encode())
    for path in sorted(STATIC_DIR.glob("*")):
        if path.is_file():
            digest.update(path.name.encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()[:10]


def _build_environment() -> Environment:
    env = Environment(
        loader=FileSystemLoader(TEMPLATES_DIR),
        autoescape=True,  # every console template is HTML; user text is never trusted
        undefined=StrictUndefined,  # a typo in a template fails loudly in tests, not silently
        trim_blocks=True,
        lstrip_blocks=True,
    )
    version = _asset_version()
    env.globals["static"] = lambda name: f"/static/{name}?v={version}"
    env.globals["version"] = __version__
    env.filters["label"] = views.humanise
    env.filters["state_label"] = views.state_label
    env.filters["when"] = views.fmt_time
    env.filters["iso"] = views.iso
    env.filters["relative"] = views.relative
    env.filters["state_action"] = views.state_action
    env.filters["label_pair"] = lambda value: (value, views.humanise(value))
    env.filters["state_pair"] = lambda value: (value, views.state_label(value))
    return env


templates = Jinja2Templates(env=_build_environment())


def render(
    request: Request,
    name: str,
    context: dict[str, Any],
    *,
    status_code: int = 200,
    headers: dict[str, str] | None = None,
) -> Response:
    return templates.TemplateResponse(request, name, context, status_code=status_code, headers=headers)
