"""create_app(runtime): the console at / and the REST API at /api/v1 (its own OpenAPI document)."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import FastAPI

from consuldesk import __version__
from consuldesk.api.errors import install_error_handlers
from consuldesk.api.routes import auth, cases, channels, items, public, publishing, webhooks
from consuldesk.bootstrap import Runtime


def create_api(runtime: Runtime) -> FastAPI:
    api = FastAPI(
        title="ConsulDesk API", version=__version__, openapi_url="/openapi.json", docs_url="/docs",
        redoc_url=None,
    )
    api.state.runtime = runtime
    install_error_handlers(api)
    api.include_router(auth.router)
    api.include_router(cases.router)
    api.include_router(items.router)
    api.include_router(publishing.router)
    api.include_router(publishing.pause_router)
    api.include_router(channels.router)
    api.include_router(webhooks.router)

    @api.get("/health", tags=["meta"])
    def health() -> dict[str, str]:
        return {"status": "ok", "version": __version__}

    return api


def create_app(runtime: Runtime, *, background_worker: bool = False) -> FastAPI:
    """The whole web application; with background_worker the in-process worker runs alongside."""
    from consuldesk.web.routes import install_console

    @asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        if not background_worker:
            yield
            return
        from consuldesk.workers.loop import start_background_worker

        thread, stop = start_background_worker(runtime)
        try:
            yield
        finally:
            stop.set()
            thread.join(timeout=10)

    app = FastAPI(title="ConsulDesk", version=__version__, docs_url=None, redoc_url=None,
                  openapi_url=None, lifespan=lifespan)
    app.state.runtime = runtime
    app.mount("/api/v1", create_api(runtime))
    public_api = FastAPI(docs_url=None, redoc_url=None, openapi_url=None)
    public_api.state.runtime = runtime
    install_error_handlers(public_api)
    public_api.include_router(public.router)
    app.mount("/public", public_api)
    install_console(app, runtime)
    return app
