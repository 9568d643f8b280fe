"""Bulk writes and key look-ups for the ingest path, fast on both backends.

An import writes ten thousand rows a second, and at that rate SQLAlchemy's per-row parameter
processing costs more than the database's own work. Each helper therefore has two paths side by side:

* portable (PostgreSQL): Core statements; `INSERT … RETURNING` with parameter order preserved; look-ups
  with IN lists in chunks.
* SQLite (`_sqlite_executemany`, `_sqlite_listed`): one DBAPI executemany of plain tuples, every value
  passed through its column's own bind processor, so rows read back exactly as if the ORM had written
  them; new ids derived from the last rowid (SQLite cannot keep the order of a batched RETURNING, and
  SQLAlchemy then falls back to a statement per row); look-ups send the wanted keys as one JSON array
  read by `json_each`, instead of one bound parameter per key.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence
from typing import Any, cast

import orjson
from sqlalchemy import Connection, Insert, Table, Update, bindparam, func, insert, select, tuple_, update
from sqlalchemy.orm import QueryableAttribute, Session
from sqlalchemy.sql import ColumnElement
from sqlalchemy.sql.schema import ScalarElementColumnDefault

from consuldesk.storage.base import Base

#: A column to select or match: a Core column or an ORM attribute such as `Item.id`.
Column = ColumnElement[Any] | QueryableAttribute[Any]

_CHUNK = 400  # keeps tuple IN lists under SQLite's bound-parameter limit
_PORTABLE_IN_CHUNK = 5000  # IN-list length per query on other backends


def insert_returning_ids(
    session: Session, model: type[Base], rows: Sequence[Mapping[str, Any]], key: Sequence[str]
) -> list[int]:
    """Insert `rows` and return their ids in order; `key` columns must identify each new row.

    Every row must carry the same keys. On SQLite the caller must guarantee the key is unique among
    the rows it reads back (for items, (platform, external_id) is a unique constraint; for cases, the
    open case of a thread).
    """
    if not rows:
        return []
    table = cast(Table, model.__table__)
    connection = session.connection()
    if connection.dialect.name != "sqlite":
        result = connection.execute(insert(table).returning(table.c.id, sort_by_parameter_order=True), list(rows))
        return list(result.scalars().all())
    _sqlite_executemany(connection, insert(table), rows)
    key_columns = [table.c[name] for name in key]
    # Inside our write transaction SQLite holds the database's write lock, and a rowid table gives
    # each new row max(rowid) + 1: the batch's ids are the contiguous run ending at the last one.
    last = connection.exec_driver_sql("SELECT last_insert_rowid()").scalar_one()
    first = last - len(rows) + 1
    check = connection.execute(select(*key_columns).where(table.c.id == first)).first()
    if check is not None and tuple(check) == tuple(rows[0][name] for name in key):
        return list(range(first, last + 1))
    return _read_back_ids(connection, table, rows, key)  # never expected; kept as a safe path


def _read_back_ids(
    connection: Connection, table: Table, rows: Sequence[Mapping[str, Any]], key: Sequence[str]
) -> list[int]:
    key_columns = [table.c[name] for name in key]
    wanted = [tuple(row[name] for name in key) for row in rows]
    found: dict[tuple[Any, ...], int] = {}
    for start in range(0, len(wanted), _CHUNK):
        chunk = wanted[start : start + _CHUNK]
        query = select(table.c.id, *key_columns).where(tuple_(*key_columns).in_(chunk))
        for row in connection.execute(query):
            current = found.get(tuple(row[1:]))
            # the newest row wins: an older closed case may share its thread key
            if current is None or row[0] > current:
                found[tuple(row[1:])] = row[0]
    return [found[k] for k in wanted]


def update_by_id(session: Session, model: type[Base], rows: Sequence[Mapping[str, Any]]) -> None:
    """UPDATE many rows by primary key in one executemany; every row must carry the same keys.

    Core statements with bound parameters skip the ORM's per-row bookkeeping, which cost more than
    the database's own work here.
    """
    if not rows:
        return
    table = cast(Table, model.__table__)
    columns = [name for name in rows[0] if name != "id"]
    statement = (
        update(table)
        .where(table.c.id == bindparam("_id", type_=table.c.id.type))
        # typed parameters, so UTC datetimes and JSON documents are bound as the columns expect
        .values({name: bindparam(f"_{name}", type_=table.c[name].type) for name in columns})
    )
    connection = session.connection()
    if connection.dialect.name == "sqlite":
        _sqlite_executemany(connection, statement, rows, {f"_{name}": name for name in rows[0]})
    else:
        connection.execute(statement, [{f"_{k}": v for k, v in row.items()} for row in rows])


def select_in(
    session: Session,
    columns: Sequence[Column],
    key: Column,
    values: Collection[str | int],
    *where: ColumnElement[bool],
) -> list[Sequence[Any]]:
    """Rows of `columns` whose `key` is one of `values` (any number of them) and that match `where`."""
    wanted = list(values)
    if not wanted:
        return []
    connection = session.connection()
    if connection.dialect.name == "sqlite":
        return list(connection.execute(select(*columns).where(key.in_(_sqlite_listed(wanted)), *where)))
    found: list[Sequence[Any]] = []
    for start in range(0, len(wanted), _PORTABLE_IN_CHUNK):
        chunk = wanted[start : start + _PORTABLE_IN_CHUNK]
        found.extend(connection.execute(select(*columns).where(key.in_(chunk), *where)))
    return found


def _sqlite_listed(values: list[str | int]) -> Any:
    """SQLite: `SELECT value FROM json_each(?)` over `values`, bound as one JSON array."""
    listed = func.json_each(bindparam(None, orjson.dumps(values).decode())).table_valued("value")
    return select(listed.c.value)


def _sqlite_executemany(
    connection: Connection,
    statement: Insert | Update,
    rows: Sequence[Mapping[str, Any]],
    row_keys: Mapping[str, str] | None = None,
) -> None:
    """SQLite: run `statement` once per row as one DBAPI executemany of plain tuples.

    `row_keys` maps the statement's parameter names to the rows' keys where they differ. The
    statement is compiled once; each value goes through its column's bind processor (aware datetimes
    to UTC text, documents to JSON), and columns left out get their scalar Python-side default, as
    SQLAlchemy's own executemany would do.
    """
    row_keys = row_keys or {}
    names = list(row_keys) if row_keys else list(rows[0])
    compiled = statement.compile(dialect=connection.dialect, column_keys=names)
    defaults = {column.key: column.default for column in compiled.insert_prefetch}  # omitted, with a default
    dialect = connection.dialect
    columns: list[list[Any]] = []
    for name in compiled.positiontup or ():
        key = row_keys.get(name, name)
        if key in rows[0]:
            values = [row[key] for row in rows]
        else:
            default = defaults.get(name)
            if not isinstance(default, ScalarElementColumnDefault):
                raise ValueError(f"bulk write: no value for {name!r} and no scalar default to use")
            values = [default.arg] * len(rows)
        processor = compiled.binds[name].type.dialect_impl(dialect).bind_processor(dialect)
        columns.append(values if processor is None else [processor(v) for v in values])
    connection.exec_driver_sql(compiled.string, list(zip(*columns, strict=True)))
