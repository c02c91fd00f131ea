"""Accounts of the newsroom: users and their roles, sign-in sessions, API tokens.

Secrets never reach the database in clear: passwords arrive argon2-hashed and session and API
tokens as SHA-256 digests (hashing is done by :mod:`awol.serve.auth`).
"""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import delete, select, update
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session

from awol.store.engine import StoreError, now
from awol.store.schema import ApiTokenRow, SessionRow, UserRow

ROLES = ("reader", "editor", "admin")


def _user(r: UserRow) -> dict:
    return {"name": r.name, "role": r.role, "disabled": r.disabled, "created_at": r.created_at}


class AccountStore:
    """Users, sessions and API tokens (mixed into :class:`awol.store.repo.Store`)."""

    engine: Engine

    def add_user(self, name: str, role: str, password_hash: str) -> dict:
        if role not in ROLES:
            raise StoreError(f"role {role!r}: roles are {', '.join(ROLES)}")
        if not name or len(name) > 128 or not name.strip() == name:
            raise StoreError("a user name is 1 to 128 characters without surrounding spaces")
        with Session(self.engine) as s, s.begin():
            if s.get(UserRow, name) is not None:
                raise StoreError(f"user {name!r} already exists")
            row = UserRow(
                name=name, role=role, password_hash=password_hash, disabled=False, created_at=now()
            )
            s.add(row)
            return _user(row)

    def update_user(
        self,
        name: str,
        *,
        role: str | None = None,
        password_hash: str | None = None,
        disabled: bool | None = None,
    ) -> dict:
        if role is not None and role not in ROLES:
            raise StoreError(f"role {role!r}: roles are {', '.join(ROLES)}")
        with Session(self.engine) as s, s.begin():
            row = s.get(UserRow, name)
            if row is None:
                raise StoreError(f"no user {name!r}")
            if role is not None:
                row.role = role
            if password_hash is not None:
                row.password_hash = password_hash
            if disabled is not None:
                row.disabled = disabled
            if password_hash is not None or disabled:
                s.execute(delete(SessionRow).where(SessionRow.user_name == name))
            return _user(row)

    def user(self, name: str) -> dict | None:
        """The user with its password hash (for sign-in), or None."""
        with Session(self.engine) as s:
            row = s.get(UserRow, name)
            return {**_user(row), "password_hash": row.password_hash} if row else None

    def users(self) -> list[dict]:
        with Session(self.engine) as s:
            return [_user(r) for r in s.scalars(select(UserRow).order_by(UserRow.name))]

    # ------------------------------------------------------------------ sessions

    def create_session(self, name: str, token_hash: str, csrf: str, expires_at: str) -> None:
        with Session(self.engine) as s, s.begin():
            s.add(
                SessionRow(
                    token_hash=token_hash,
                    user_name=name,
                    csrf=csrf,
                    created_at=now(),
                    expires_at=expires_at,
                )
            )

    def session_user(self, token_hash: str) -> dict | None:
        """The live session's user (with the session's CSRF token), or None."""
        ts = datetime.now(UTC).isoformat(timespec="seconds")
        with Session(self.engine) as s:
            row = s.execute(
                select(SessionRow, UserRow)
                .join(UserRow, SessionRow.user_name == UserRow.name)
                .where(SessionRow.token_hash == token_hash, SessionRow.expires_at > ts)
            ).first()
            if row is None or row[1].disabled:
                return None
            return {**_user(row[1]), "csrf": row[0].csrf}

    def delete_session(self, token_hash: str) -> None:
        with Session(self.engine) as s, s.begin():
            s.execute(delete(SessionRow).where(SessionRow.token_hash == token_hash))

    # ------------------------------------------------------------------ API tokens

    def create_api_token(self, name: str, token_hash: str, label: str | None = None) -> None:
        with Session(self.engine) as s, s.begin():
            if s.get(UserRow, name) is None:
                raise StoreError(f"no user {name!r}")
            s.add(
                ApiTokenRow(
                    token_hash=token_hash,
                    user_name=name,
                    label=label,
                    created_at=now(),
                    revoked=False,
                )
            )

    def api_token_user(self, token_hash: str) -> dict | None:
        with Session(self.engine) as s:
            row = s.execute(
                select(ApiTokenRow, UserRow)
                .join(UserRow, ApiTokenRow.user_name == UserRow.name)
                .where(ApiTokenRow.token_hash == token_hash, ApiTokenRow.revoked.is_(False))
            ).first()
            if row is None or row[1].disabled:
                return None
            return _user(row[1])

    def api_tokens(self, name: str) -> list[dict]:
        with Session(self.engine) as s:
            q = select(ApiTokenRow).where(ApiTokenRow.user_name == name)
            return [
                {
                    "id": r.token_hash[:12],
                    "label": r.label,
                    "created_at": r.created_at,
                    "revoked": r.revoked,
                }
                for r in s.scalars(q.order_by(ApiTokenRow.created_at))
            ]

    def revoke_api_token(self, name: str, token_id: str) -> bool:
        """Revoke the user's token whose id (digest prefix) is ``token_id``."""
        if len(token_id) < 8:
            return False
        with Session(self.engine) as s, s.begin():
            res = s.execute(
                update(ApiTokenRow)
                .where(ApiTokenRow.user_name == name, ApiTokenRow.token_hash.startswith(token_id))
                .values(revoked=True)
            )
            return bool(res.rowcount)
