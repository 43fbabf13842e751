"""Database chores of the sandbox, run by the *server's* Python, not the client's.

The sandbox starts this file with the interpreter of the cached server venv
(which has psycopg and bemserver-core) and keeps it for the sandbox's life,
talking over a pipe: one JSON request per line on stdin, one JSON answer per
line on the original stdout. bemserver-core and psycopg are imported once, so
a reset between tests costs only its SQL.

Requests (``{"op": NAME, "args": {...}}``):

- ``create_database``: create the sandbox's database on the server of a
  maintenance DSN (an existing database there, used for CREATE and DROP).
- ``bootstrap``: run bemserver-core's ``bemserver_setup_db`` and
  ``bemserver_create_user`` console scripts in this process, then snapshot
  the freshly set up database (see ``reset``).
- ``reset``: bring the database back to that snapshot: every table emptied,
  the initial data (energies, event categories, ... and the sandbox's users)
  restored and every sequence rewound, in one transaction.
- ``drop_database``: drop the sandbox's database.

``python _db_agent.py drop-database`` does the last one and exits, with the
DSN and database name from the environment (``BEMSERVER_SANDBOX_*`` below):
the sandbox runs that when the agent cannot, and so does the watchdog when
the client died without cleaning up. bemserver-core finds its settings
through ``BEMSERVER_CORE_SETTINGS_FILE``, as usual.

Only the standard library is imported at module level: this file is linted
and type-checked with the client, whose environment has no psycopg nor
bemserver-core (pyproject.toml tells mypy so); they are imported when the
agent starts.
"""

from __future__ import annotations

import graphlib
import importlib.metadata
import json
import os
import sys
import time
import traceback
from collections.abc import Callable
from typing import Any

MAINTENANCE_DSN_ENV = "BEMSERVER_SANDBOX_MAINTENANCE_DSN"
DATABASE_NAME_ENV = "BEMSERVER_SANDBOX_DATABASE_NAME"
SNAPSHOT_SCHEMA = "bemserver_sandbox_snapshot"
_CONNECT_TIMEOUT = 10
_DROP_TIMEOUT = 30.0
# Bounds for any statement of ours: a reset waiting on a lock held by a stuck
# request fails after this instead of hanging the test run.
_LOCK_TIMEOUT = "10s"
_STATEMENT_TIMEOUT = "60s"

_TABLES_SQL = """
SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p') ORDER BY c.relname
"""
_FOREIGN_KEYS_SQL = """
SELECT child.relname, parent.relname FROM pg_constraint con
JOIN pg_class child ON child.oid = con.conrelid
JOIN pg_class parent ON parent.oid = con.confrelid
JOIN pg_namespace n ON n.oid = child.relnamespace
WHERE con.contype = 'f' AND n.nspname = 'public'
"""
_COLUMNS_SQL = """
SELECT a.attname FROM pg_attribute a
WHERE a.attrelid = %s::regclass AND a.attnum > 0 AND NOT a.attisdropped
AND a.attgenerated = '' ORDER BY a.attnum
"""
_SEQUENCES_SQL = """
SELECT sequencename, start_value, last_value FROM pg_sequences
WHERE schemaname = 'public' ORDER BY sequencename
"""


class Agent:
    def __init__(self) -> None:
        # Imported on the agent's start, in the server's venv: this file is
        # also type-checked with the client, whose venv has no psycopg.
        import psycopg
        import psycopg.conninfo
        import psycopg.sql

        self.psycopg: Any = psycopg
        self.sql: Any = psycopg.sql
        self.maintenance_dsn = ""
        self.database = ""
        self._connection: Any = None
        self._reset_sql: str | None = None

    def _connect(self, database: str) -> Any:
        return self.psycopg.connect(
            self.maintenance_dsn,
            dbname=database,
            autocommit=True,
            connect_timeout=_CONNECT_TIMEOUT,
        )

    def _sandbox_connection(self) -> Any:
        if self._connection is None or self._connection.closed:
            self._connection = self._connect(self.database)
        return self._connection

    def create_database(self, maintenance_dsn: str, database: str) -> None:
        self.maintenance_dsn = maintenance_dsn
        self.database = database
        with self._connect(self._maintenance_database()) as connection:
            connection.execute(
                self.sql.SQL("CREATE DATABASE {}").format(
                    self.sql.Identifier(self.database)
                )
            )

    def bootstrap(self, users: list[dict[str, Any]]) -> None:
        _run_console_script("bemserver_setup_db", [])
        for user in users:
            args = ["--name", user["name"], "--email", user["email"]]
            args += ["--password", user["password"]]
            if user["admin"]:
                args.append("--admin")
            _run_console_script("bemserver_create_user", args)
        # bemserver-core keeps pooled connections: they are not needed anymore.
        from bemserver_core.database import db

        db.engine.dispose()
        self._take_snapshot()

    def _take_snapshot(self) -> None:
        """Copy the freshly set up tables into the snapshot schema, and write
        the SQL of `reset`: empty every table, copy the snapshot back
        (parents first), rewind every sequence."""
        sql = self.sql
        connection = self._sandbox_connection()
        with connection.transaction():
            tables = [row[0] for row in connection.execute(_TABLES_SQL)]
            order = self._restore_order(connection, tables)
            schema = sql.Identifier(SNAPSHOT_SCHEMA)
            connection.execute(
                sql.SQL("DROP SCHEMA IF EXISTS {} CASCADE").format(schema)
            )
            connection.execute(sql.SQL("CREATE SCHEMA {}").format(schema))
            statements = [
                sql.SQL("SET LOCAL lock_timeout = {}").format(
                    sql.Literal(_LOCK_TIMEOUT)
                ),
                sql.SQL("SET LOCAL statement_timeout = {}").format(
                    sql.Literal(_STATEMENT_TIMEOUT)
                ),
                sql.SQL("TRUNCATE TABLE {} CASCADE").format(
                    sql.SQL(", ").join(
                        sql.Identifier("public", table) for table in tables
                    )
                ),
            ]
            statements += [self._snapshot(connection, table) for table in order]
            statements += self._sequence_rewinds(connection)
            self._reset_sql = ";\n".join(
                statement.as_string(connection) for statement in statements
            )

    def _restore_order(self, connection: Any, tables: list[str]) -> list[str]:
        """The tables holding rows after setup, parents before children so
        that foreign keys hold when they are restored."""
        sql = self.sql
        seeded = [
            table
            for table in tables
            if connection.execute(
                sql.SQL("SELECT EXISTS (SELECT 1 FROM public.{})").format(
                    sql.Identifier(table)
                )
            ).fetchone()[0]
        ]
        order: graphlib.TopologicalSorter[str] = graphlib.TopologicalSorter(
            {table: set() for table in seeded}
        )
        for child, parent in connection.execute(_FOREIGN_KEYS_SQL):
            if child in seeded and parent in seeded and child != parent:
                order.add(child, parent)
        return list(order.static_order())

    def _snapshot(self, connection: Any, table: str) -> Any:
        """Copy a table into the snapshot schema; the statement that copies
        it back."""
        sql = self.sql
        connection.execute(
            sql.SQL("CREATE TABLE {} AS TABLE {}").format(
                sql.Identifier(SNAPSHOT_SCHEMA, table),
                sql.Identifier("public", table),
            )
        )
        columns = sql.SQL(", ").join(
            sql.Identifier(row[0])
            for row in connection.execute(_COLUMNS_SQL, [f"public.{table}"])
        )
        return sql.SQL(
            "INSERT INTO {} ({}) OVERRIDING SYSTEM VALUE SELECT {} FROM {}"
        ).format(
            sql.Identifier("public", table),
            columns,
            columns,
            sql.Identifier(SNAPSHOT_SCHEMA, table),
        )

    def _sequence_rewinds(self, connection: Any) -> list[Any]:
        """Statements setting every sequence back where it is now: a sequence
        never used to its start, a used one past its last value."""
        sql = self.sql
        rewinds = []
        for name, start_value, last_value in connection.execute(_SEQUENCES_SQL):
            sequence = sql.Literal(f'public."{name}"')
            if last_value is None:
                value, is_called = start_value, "false"
            else:
                value, is_called = last_value, "true"
            rewinds.append(
                sql.SQL("SELECT setval({}, {}, {})").format(
                    sequence, sql.Literal(value), sql.SQL(is_called)
                )
            )
        return rewinds

    def reset(self) -> float:
        """Restore the snapshot; return how long the SQL took, in seconds."""
        if self._reset_sql is None:
            raise RuntimeError("reset before bootstrap")
        started = time.monotonic()
        connection = self._sandbox_connection()
        with connection.transaction():
            connection.execute(self._reset_sql)
        return time.monotonic() - started

    def drop_database(self) -> None:
        """Drop the sandbox database, disconnecting whoever still uses it."""
        if self._connection is not None:
            self._connection.close()
            self._connection = None
        sql = self.sql
        deadline = time.monotonic() + _DROP_TIMEOUT
        with self._connect(self._maintenance_database()) as connection:
            while True:
                connection.execute(
                    "SELECT pg_terminate_backend(pid) FROM pg_stat_activity"
                    " WHERE datname = %s AND pid <> pg_backend_pid()",
                    [self.database],
                )
                try:
                    connection.execute(
                        sql.SQL("DROP DATABASE IF EXISTS {}").format(
                            sql.Identifier(self.database)
                        )
                    )
                    return
                except self.psycopg.errors.ObjectInUse:
                    # A backend connected again between the two statements.
                    if time.monotonic() > deadline:
                        raise
                    time.sleep(0.2)

    def _maintenance_database(self) -> str:
        parsed = self.psycopg.conninfo.conninfo_to_dict(self.maintenance_dsn)
        return str(parsed.get("dbname") or "postgres")


def _run_console_script(name: str, args: list[str]) -> None:
    """Run a click console script of the server venv inside this process."""
    (entry_point,) = importlib.metadata.entry_points(group="console_scripts", name=name)
    command = entry_point.load()
    command.main(args=args, prog_name=name, standalone_mode=False)


def serve(agent: Agent) -> int:
    # Keep the real stdout for answers; anything else printed (bemserver-core,
    # click, warnings) goes to stderr, the sandbox log.
    answers = os.fdopen(os.dup(1), "w", buffering=1)
    os.dup2(2, 1)
    # Import bemserver-core now (seconds), while the sandbox is still starting
    # PostgreSQL: the bootstrap request then does not wait for it.
    import bemserver_core.commands  # noqa: F401

    operations: dict[str, Callable[..., Any]] = {
        "create_database": agent.create_database,
        "bootstrap": agent.bootstrap,
        "reset": agent.reset,
        "drop_database": agent.drop_database,
    }
    for line in sys.stdin:
        request = json.loads(line)
        try:
            result = operations[request["op"]](**request.get("args", {}))
            answer = {"ok": True, "result": result}
        except Exception as exc:
            traceback.print_exc()
            answer = {"ok": False, "error": f"{type(exc).__name__}: {exc}"}
        answers.write(json.dumps(answer) + "\n")
    # End of input: the sandbox is done with us. Skip the interpreter's
    # teardown, which takes most of a second with bemserver-core loaded.
    answers.close()
    sys.stderr.flush()
    os._exit(0)


def main(argv: list[str]) -> int:
    agent = Agent()
    if argv == ["drop-database"]:
        agent.maintenance_dsn = os.environ[MAINTENANCE_DSN_ENV]
        agent.database = os.environ[DATABASE_NAME_ENV]
        agent.drop_database()
        return 0
    if argv:
        print(f"unknown arguments: {argv}", file=sys.stderr)
        return 2
    return serve(agent)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
