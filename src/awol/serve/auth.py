"""Who is asking: passwords (argon2), sign-in sessions, API tokens, CSRF tokens, login limits."""

from __future__ import annotations

import hashlib
import hmac
import secrets
import threading
import time
from collections import defaultdict, deque
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError

RANK = {"anonymous": 0, "reader": 1, "editor": 2, "admin": 3}
SESSION_COOKIE = "awol_session"
CSRF_COOKIE = "awol_csrf"
SESSION_HOURS = 12
TOKEN_PREFIX = "awol_"

_hasher = PasswordHasher()
# a valid hash to verify against when the user does not exist (same time either way)
_DUMMY = _hasher.hash("not a password " + secrets.token_hex(8))


def hash_password(password: str) -> str:
    if len(password) < 8:
        raise ValueError("a password needs at least 8 characters")
    return _hasher.hash(password)


def verify_password(stored_hash: str | None, password: str) -> bool:
    try:
        return _hasher.verify(stored_hash or _DUMMY, password) and stored_hash is not None
    except (VerifyMismatchError, VerificationError, InvalidHashError):
        return False


def new_token(prefix: str = "") -> str:
    return prefix + secrets.token_urlsafe(32)


def digest(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def same(a: str | None, b: str | None) -> bool:
    return bool(a) and bool(b) and hmac.compare_digest(str(a), str(b))


def session_expiry() -> str:
    return (datetime.now(UTC) + timedelta(hours=SESSION_HOURS)).isoformat(timespec="seconds")


@dataclass(frozen=True)
class Viewer:
    """The person (or script) behind a request."""

    name: str | None = None
    role: str = "anonymous"
    csrf: str | None = None  # the session's CSRF token (None for anonymous and API tokens)
    via: str = "none"  # "session" | "token" | "none"

    @property
    def anonymous(self) -> bool:
        return self.role == "anonymous"

    def can(self, role: str) -> bool:
        return RANK.get(self.role, 0) >= RANK[role]


ANONYMOUS = Viewer()


def viewer_for(store: Any, *, bearer: str | None, session_token: str | None) -> Viewer:
    if bearer:
        u = store.api_token_user(digest(bearer))
        return Viewer(u["name"], u["role"], None, "token") if u else ANONYMOUS
    if session_token:
        u = store.session_user(digest(session_token))
        if u:
            return Viewer(u["name"], u["role"], u["csrf"], "session")
    return ANONYMOUS


class LoginLimiter:
    """At most ``attempts`` failed sign-ins per ``window`` seconds per client address and per
    user name; a success clears the user's record."""

    def __init__(self, attempts: int = 5, window: float = 300.0) -> None:
        self.attempts, self.window = attempts, window
        self._fails: dict[str, deque] = defaultdict(deque)
        self._lock = threading.Lock()

    def _recent(self, key: str, now: float) -> deque:
        q = self._fails[key]
        while q and now - q[0] > self.window:
            q.popleft()
        return q

    def blocked(self, *keys: str) -> float:
        """Seconds to wait (0 = may try)."""
        now = time.monotonic()
        with self._lock:
            waits = [
                self.window - (now - q[0])
                for q in (self._recent(k, now) for k in keys)
                if len(q) >= self.attempts
            ]
        return max(waits, default=0.0)

    def failed(self, *keys: str) -> None:
        now = time.monotonic()
        with self._lock:
            for k in keys:
                self._recent(k, now).append(now)

    def succeeded(self, key: str) -> None:
        with self._lock:
            self._fails.pop(key, None)
