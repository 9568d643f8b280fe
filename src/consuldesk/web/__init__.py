"""The server-rendered console: FastAPI routes, Jinja2 templates and a little HTMX.

Routes are thin: they call the same `queries`/`actions` service functions as the REST API and hand
templates plain data (schemas, dataclasses), never ORM sessions. Nothing here writes to the ORM.
"""
