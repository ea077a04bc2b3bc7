"""Alembic environment of the sync server: runs on the connection `server_store` hands over."""

from alembic import context

from icc_desktop.sync.server_store import VERSION_TABLE, server_metadata

config = context.config


def _run(connection) -> None:  # type: ignore[no-untyped-def]
    context.configure(
        connection=connection,
        target_metadata=server_metadata,
        version_table=VERSION_TABLE,
        render_as_batch=True,
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


connection = config.attributes.get("connection")
if connection is None:
    raise RuntimeError("run the server migrations through icc_desktop.sync.server_store.migrate_server")
_run(connection)
