"""A database-level guard that keeps the audit log append-only, whatever client connects.

PostgreSQL: row triggers refuse UPDATE and DELETE. TRUNCATE (table owner only) is left as the
deliberate maintenance path; the test runner empties tables with it between tests.
SQLite: triggers refuse UPDATE always and DELETE on a database file. On an in-memory database
(a throwaway test database) DELETE is allowed, because the test runner empties tables with
DELETE and SQLite has no TRUNCATE.
"""

from __future__ import annotations

from django.apps.registry import Apps
from django.db import migrations
from django.db.backends.base.schema import BaseDatabaseSchemaEditor

MESSAGE = "audit events are append-only"

SQLITE_INSTALL = (
    f"""CREATE TRIGGER web_auditevent_no_update BEFORE UPDATE ON web_auditevent
    BEGIN SELECT RAISE(ABORT, '{MESSAGE}'); END""",
    f"""CREATE TRIGGER web_auditevent_no_delete BEFORE DELETE ON web_auditevent
    WHEN (SELECT file FROM pragma_database_list WHERE name = 'main') <> ''
    BEGIN SELECT RAISE(ABORT, '{MESSAGE}'); END""",
)
SQLITE_REMOVE = (
    "DROP TRIGGER IF EXISTS web_auditevent_no_update",
    "DROP TRIGGER IF EXISTS web_auditevent_no_delete",
)
POSTGRESQL_INSTALL = (
    f"""CREATE FUNCTION web_auditevent_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN RAISE EXCEPTION '{MESSAGE}' USING ERRCODE = 'insufficient_privilege'; END $$""",
    """CREATE TRIGGER web_auditevent_append_only BEFORE UPDATE OR DELETE ON web_auditevent
    FOR EACH ROW EXECUTE FUNCTION web_auditevent_refuse_change()""",
)
POSTGRESQL_REMOVE = (
    "DROP TRIGGER IF EXISTS web_auditevent_append_only ON web_auditevent",
    "DROP FUNCTION IF EXISTS web_auditevent_refuse_change()",
)
STATEMENTS = {
    "sqlite": (SQLITE_INSTALL, SQLITE_REMOVE),
    "postgresql": (POSTGRESQL_INSTALL, POSTGRESQL_REMOVE),
}


def _run(schema_editor: BaseDatabaseSchemaEditor, install: bool) -> None:
    install_sql, remove_sql = STATEMENTS.get(schema_editor.connection.vendor, ((), ()))
    for statement in install_sql if install else remove_sql:
        schema_editor.execute(statement)


def install_guard(apps: Apps, schema_editor: BaseDatabaseSchemaEditor) -> None:
    _run(schema_editor, install=True)


def remove_guard(apps: Apps, schema_editor: BaseDatabaseSchemaEditor) -> None:
    _run(schema_editor, install=False)


class Migration(migrations.Migration):
    dependencies = [("web", "0002_public_clinic")]

    operations = [migrations.RunPython(install_guard, remove_guard)]
