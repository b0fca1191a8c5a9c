"""The statements of the per-request hot path, run straight on the DBAPI cursor.

A Core ``connection.execute`` of an already cached statement still costs ≈ 30 µs of Python per
statement on top of the database's own work (cache key, execution context, parameter processing,
result object; measured 63 µs vs 31 µs on the cursor for one SQLite insert); a request to
``POST /v1/generate`` runs eight of them (the key, two rate buckets, plan, generation, image,
usage counter, ledger). :class:`HotStatement`
compiles its statement once per dialect and parameter keys and runs the SQL text on the cursor of
the caller's connection, in the caller's transaction: the same SQL, the same writer lock (SQLite's
cursor takes it), the same transaction and commit.

What stays as with Core:

- ``before_cursor_execute`` / ``after_cursor_execute`` listeners on the engine or connection are
  called with the statement and its parameters (statement watchers and tests see every statement);
- a DBAPI error is raised as SQLAlchemy's wrapper (``IntegrityError``, ``OperationalError`` …)
  with the driver's error as its cause, and a lost connection is invalidated;
- a statement this cannot run exactly as Core would (parameters that need type processing, Python
  side defaults, expanding parameters, result columns that need converting, an engine that echoes)
  is run through Core instead.
"""

from __future__ import annotations

import threading
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, exc
from sqlalchemy.engine import Dialect
from sqlalchemy.sql import ClauseElement
from sqlalchemy.sql.compiler import SQLCompiler

Params = Mapping[str, Any]


@dataclass(frozen=True)
class Ran:
    """What a statement did: rows it changed (as the driver counts them) and its first row."""

    rowcount: int
    row: tuple[Any, ...] | None = None

    def scalar(self) -> Any:
        return self.row[0] if self.row is not None else None


@dataclass(frozen=True)
class _Form:
    """A statement compiled for one dialect and set of parameter keys."""

    sql: str
    #: Positional drivers: each ``?``'s parameter, by name; ``None``: named parameters.
    order: tuple[str, ...] | None
    #: Values of the statement's own bound constants (e.g. a literal in a ``WHERE``).
    constants: tuple[tuple[str, Any], ...]
    returns_rows: bool

    def arguments(self, params: Params) -> Any:
        if self.order is None:
            if not self.constants:
                return params
            return {**dict(self.constants), **params}
        if not self.constants:
            return tuple([params[name] for name in self.order])
        constants = dict(self.constants)
        return tuple([params[name] if name in params else constants[name] for name in self.order])


def _compile(statement: ClauseElement, dialect: Dialect, keys: tuple[str, ...]) -> _Form | None:
    """The statement's SQL for ``dialect`` and parameters ``keys``; ``None`` when only Core can run
    it as written (see the module's notes)."""
    compiled = statement.compile(dialect=dialect, column_keys=list(keys))
    if not isinstance(compiled, SQLCompiler):
        return None
    if (
        compiled.insert_prefetch
        or compiled.update_prefetch
        or compiled.literal_execute_params
        or compiled.post_compile_params
        or compiled.escaped_bind_names
    ):
        return None
    constants: list[tuple[str, Any]] = []
    for bind, name in compiled.bind_names.items():
        if bind.type.dialect_impl(dialect).bind_processor(dialect) is not None:
            return None
        if name in keys:
            continue
        if bind.required or bind.callable is not None:
            return None
        constants.append((name, bind.value))
    columns = compiled._result_columns  # the compiled statement's own result columns
    for column in columns:
        if column.type.dialect_impl(dialect).result_processor(dialect, None) is not None:
            return None
    order = tuple(compiled.positiontup or ()) if compiled.positional else None
    constants.sort(key=lambda item: item[0])
    return _Form(compiled.string, order, tuple(constants), bool(columns))


class HotStatement:
    """A Core statement run on the DBAPI cursor (compiled once per dialect and parameter keys)."""

    def __init__(self, statement: ClauseElement) -> None:
        self.statement = statement
        self._forms: dict[tuple[str, str, tuple[str, ...]], _Form | None] = {}
        self._guard = threading.Lock()

    def _form(self, dialect: Dialect, keys: tuple[str, ...]) -> _Form | None:
        key = (dialect.name, str(dialect.paramstyle), keys)
        form = self._forms.get(key, False)
        if form is False:
            made = _compile(self.statement, dialect, keys)
            with self._guard:
                form = self._forms.setdefault(key, made)
        return form  # type: ignore[return-value]

    def on_cursor(self, dialect: Dialect, keys: Sequence[str]) -> bool:
        """Whether parameters ``keys`` run on the cursor on ``dialect`` (else through Core)."""
        return self._form(dialect, tuple(keys)) is not None

    def run(self, connection: Connection, params: Params | Sequence[Params]) -> Ran:
        """Execute with one set of parameters, or several (``executemany``; no rows back)."""
        many = not isinstance(params, Mapping)
        rows: Sequence[Params] = params if not isinstance(params, Mapping) else (params,)
        if not rows:
            return Ran(0)
        form = None if connection.engine.echo else self._form(connection.dialect, tuple(rows[0]))
        if form is None or (many and form.returns_rows):
            return _through_core(connection, self.statement, params)
        if many:
            arguments: Any = [form.arguments(row) for row in rows]
        else:
            arguments = form.arguments(rows[0])
        return _on_cursor(connection, form, arguments, many)


def _through_core(connection: Connection, statement: ClauseElement, params: Any) -> Ran:
    result = connection.execute(statement, params)  # type: ignore[call-overload]
    row = result.first() if result.returns_rows else None
    return Ran(result.rowcount, tuple(row) if row is not None else None)


def _on_cursor(connection: Connection, form: _Form, arguments: Any, many: bool) -> Ran:
    sql = form.sql
    dispatch = connection.dispatch
    dbapi_connection = connection.connection
    cursor = dbapi_connection.cursor()
    try:
        for listener in dispatch.before_cursor_execute:
            sql, arguments = listener(connection, cursor, sql, arguments, None, many)
        try:
            if many:
                cursor.executemany(sql, arguments)
            else:
                cursor.execute(sql, arguments)
            row = cursor.fetchone() if form.returns_rows else None
            count = int(cursor.rowcount)
        except connection.dialect.loaded_dbapi.Error as error:
            raise _wrapped(connection, error, cursor, sql, arguments, many) from error
        for listener in dispatch.after_cursor_execute:
            listener(connection, cursor, sql, arguments, None, many)
    finally:
        cursor.close()
    return Ran(count, tuple(row) if row is not None else None)


def _wrapped(
    connection: Connection, error: Exception, cursor: Any, sql: str, arguments: Any, many: bool
) -> exc.StatementError:
    """The error as Core raises it (a lost connection invalidated, as Core does)."""
    dialect = connection.dialect
    lost = dialect.is_disconnect(error, connection.connection.dbapi_connection, cursor)  # type: ignore[arg-type]
    if lost and not connection.invalidated:
        connection.invalidate(error)
    return exc.DBAPIError.instance(
        sql,
        arguments,
        error,
        dialect.loaded_dbapi.Error,
        connection_invalidated=lost,
        dialect=dialect,
        ismulti=many,
    )


__all__ = ["HotStatement", "Ran"]
