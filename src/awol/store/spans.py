"""Person-name spans of public text (table ``name_spans``), read and written for
:mod:`awol.privacy.stored`: the recogniser runs once per text, not on every public read; and the
database's secrets (table ``secrets``: the key of public ids, :mod:`awol.privacy.keys`)."""

from __future__ import annotations

import secrets
from collections.abc import Iterable

from sqlalchemy import delete, select
from sqlalchemy.engine import Engine
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session

from awol.store.engine import now
from awol.store.schema import NameSpansRow, SecretRow

_CHUNK = 500  # hashes per IN (...) query


class SpanStore:
    """Stored recogniser results (mixed into :class:`awol.store.repo.Store`)."""

    engine: Engine

    def name_spans(
        self, hashes: Iterable[str], recogniser: str
    ) -> dict[str, tuple[list[list[int]], list[list[int]]]]:
        """``{text_hash: (persons, places)}`` stored by ``recogniser`` for the given hashes (rows
        of another recogniser version are as good as absent)."""
        todo = sorted(set(hashes))
        out: dict[str, tuple[list[list[int]], list[list[int]]]] = {}
        with Session(self.engine) as s:
            for i in range(0, len(todo), _CHUNK):
                rows = s.execute(
                    select(NameSpansRow.text_hash, NameSpansRow.persons, NameSpansRow.places).where(
                        NameSpansRow.text_hash.in_(todo[i : i + _CHUNK]),
                        NameSpansRow.recogniser == recogniser,
                    )
                )
                for h, persons, places in rows:
                    out[h] = (persons or [], places or [])
        return out

    def save_name_spans(self, spans: dict[str, tuple[list, list]], recogniser: str) -> bool:
        """Store ``{text_hash: (persons, places)}`` found by ``recogniser`` (replacing rows of
        other versions).  False where the database cannot be written (read-only file, another
        writer): the spans are then recognised again next time, nothing else changes."""
        if not spans:
            return True
        items = sorted(spans.items())
        ts = now()
        try:
            with Session(self.engine) as s, s.begin():
                for i in range(0, len(items), _CHUNK):
                    chunk = items[i : i + _CHUNK]
                    s.execute(
                        delete(NameSpansRow).where(
                            NameSpansRow.text_hash.in_([h for h, _ in chunk])
                        )
                    )
                    s.add_all(
                        NameSpansRow(
                            text_hash=h,
                            recogniser=recogniser,
                            persons=[list(x) for x in persons],
                            places=[list(x) for x in places],
                            created_at=ts,
                        )
                        for h, (persons, places) in chunk
                    )
        except SQLAlchemyError:
            return False
        return True

    def secret(self, name: str) -> str | None:
        """The random value ``name`` made once for this database (64 hex digits), made and stored
        the first time it is asked for; None where the database has no such row and cannot be
        written (the caller then uses a value of its own)."""
        for _ in range(2):
            try:
                with Session(self.engine) as s:
                    row = s.get(SecretRow, name)
                    if row is not None:
                        return row.value
                with Session(self.engine) as s, s.begin():
                    s.add(SecretRow(name=name, value=secrets.token_hex(32), created_at=now()))
            except SQLAlchemyError:  # read-only, an old schema, or another writer made it first
                continue
        return None
