"""Alembic environment: runs against the connection handed in by consuldesk.storage.migrate."""

from alembic import context

from consuldesk.storage.models import Base

config = context.config
target_metadata = Base.metadata


def run_migrations_online() -> None:
    connection = config.attributes.get("connection")
    if connection is None:
        raise RuntimeError("run migrations through `consuldesk init` (consuldesk.storage.migrate)")
    # render_as_batch lets ALTER TABLE work on SQLite by copying the table.
    context.configure(connection=connection, target_metadata=target_metadata, render_as_batch=True)
    with context.begin_transaction():
        context.run_migrations()


run_migrations_online()
