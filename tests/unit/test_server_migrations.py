"""The sync server's Alembic chain: one linear chain whose head is `SERVER_HEAD` and whose schema
is exactly the server models'."""

from __future__ import annotations

from pathlib import Path

from alembic.autogenerate import compare_metadata
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory

from icc_desktop.sync import server_store


def test_server_migrations_give_exactly_the_server_models_schema(tmp_path: Path) -> None:
    """Alembic's comparison finds no difference between a migrated server database and the models."""
    engine = server_store.create_server_engine(f"sqlite:///{tmp_path / 'server.sqlite'}")
    try:
        server_store.migrate_server(engine)
        with engine.connect() as conn:
            context = MigrationContext.configure(conn, opts={"compare_type": True,
                                                             "version_table": server_store.VERSION_TABLE})
            assert compare_metadata(context, server_store.server_metadata) == []
            assert context.get_current_revision() == server_store.SERVER_HEAD
    finally:
        engine.dispose()


def test_the_server_chain_is_linear() -> None:
    """Every server revision has one parent and one child at most, ending at SERVER_HEAD."""
    config = Config()
    config.set_main_option("script_location", str(server_store.MIGRATIONS_DIR))
    scripts = ScriptDirectory.from_config(config)
    assert scripts.get_heads() == [server_store.SERVER_HEAD]
    assert all(not isinstance(s.down_revision, tuple) for s in scripts.walk_revisions())
