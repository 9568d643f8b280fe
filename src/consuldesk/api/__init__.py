"""The REST API under /api/v1 (FastAPI). Thin: every route calls a service function."""
