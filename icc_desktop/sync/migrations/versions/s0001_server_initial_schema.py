"""server initial schema

Revision ID: s0001
Revises:
Create Date: 2026-11-23

Users, their cities, hashed bearer tokens, failed logins (for throttling), the seq counter
(one row, also the writers' lock) and every synced row with its seq and scope.
"""

from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel
from alembic import op

revision: str = 's0001'
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('server_counter',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('value', sa.BigInteger(), nullable=False),
    sa.PrimaryKeyConstraint('id')
    )
    op.bulk_insert(sa.table('server_counter', sa.column('id', sa.Integer()), sa.column('value', sa.BigInteger())),
                   [{'id': 1, 'value': 0}])
    op.create_table('server_login_failure',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('username', sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
    sa.Column('address', sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
    sa.Column('at', sa.Float(), nullable=False),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('server_login_failure', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_server_login_failure_address'), ['address'], unique=False)
        batch_op.create_index(batch_op.f('ix_server_login_failure_at'), ['at'], unique=False)
        batch_op.create_index(batch_op.f('ix_server_login_failure_username'), ['username'], unique=False)

    op.create_table('server_row',
    sa.Column('table_name', sqlmodel.sql.sqltypes.AutoString(length=40), nullable=False),
    sa.Column('row_id', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
    sa.Column('seq', sa.BigInteger(), nullable=False),
    sa.Column('scope_city_id', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=True),
    sa.Column('workshop_id', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=True),
    sa.Column('updated_at', sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
    sa.Column('data', sa.Text(), nullable=False),
    sa.Column('changed_by', sa.Integer(), nullable=True),
    sa.Column('changed_at', sa.Float(), nullable=False),
    sa.PrimaryKeyConstraint('table_name', 'row_id')
    )
    with op.batch_alter_table('server_row', schema=None) as batch_op:
        batch_op.create_index('ix_server_row_scope_seq', ['scope_city_id', 'seq'], unique=False)
        batch_op.create_index(batch_op.f('ix_server_row_seq'), ['seq'], unique=True)
        batch_op.create_index(batch_op.f('ix_server_row_workshop_id'), ['workshop_id'], unique=False)

    op.create_table('server_user',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
    sa.Column('password_hash', sqlmodel.sql.sqltypes.AutoString(length=400), nullable=False),
    sa.Column('is_admin', sa.Boolean(), nullable=False),
    sa.Column('created_at', sa.Float(), nullable=False),
    sa.Column('disabled_at', sa.Float(), nullable=True),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('name')
    )
    op.create_table('server_token',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('user_id', sa.Integer(), nullable=False),
    sa.Column('token_hash', sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
    sa.Column('device_name', sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
    sa.Column('created_at', sa.Float(), nullable=False),
    sa.Column('last_used_at', sa.Float(), nullable=False),
    sa.Column('expires_at', sa.Float(), nullable=False),
    sa.Column('revoked_at', sa.Float(), nullable=True),
    sa.ForeignKeyConstraint(['user_id'], ['server_user.id'], ),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('token_hash')
    )
    with op.batch_alter_table('server_token', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_server_token_user_id'), ['user_id'], unique=False)

    op.create_table('server_user_city',
    sa.Column('user_id', sa.Integer(), nullable=False),
    sa.Column('city_id', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
    sa.ForeignKeyConstraint(['user_id'], ['server_user.id'], ),
    sa.PrimaryKeyConstraint('user_id', 'city_id')
    )


def downgrade() -> None:
    op.drop_table('server_user_city')
    with op.batch_alter_table('server_token', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_server_token_user_id'))

    op.drop_table('server_token')
    op.drop_table('server_user')
    with op.batch_alter_table('server_row', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_server_row_workshop_id'))
        batch_op.drop_index(batch_op.f('ix_server_row_seq'))
        batch_op.drop_index('ix_server_row_scope_seq')

    op.drop_table('server_row')
    with op.batch_alter_table('server_login_failure', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_server_login_failure_username'))
        batch_op.drop_index(batch_op.f('ix_server_login_failure_at'))
        batch_op.drop_index(batch_op.f('ix_server_login_failure_address'))

    op.drop_table('server_login_failure')
    op.drop_table('server_counter')
