"""Skipped records: posts, feed entries and archive records that hold no prose.

A channel export always holds channel furniture ("Подписывайтесь на наш канал"), posts of only
hashtags or links and photos without a caption.  They are well-formed and give nothing to read:
a distinct outcome, neither a document nor a failure.  One row per origin (re-ingesting records
nothing twice); its raw-bytes hash lets a re-ingest count it as skipped without cleaning it
again; a later ingest that stores the same origin as a document removes the row.
"""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import select, update
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session

from awol.store.documents import nul_free
from awol.store.engine import now
from awol.store.schema import FailureRow, SkipRow
from awol.store.values import clip


class SkipStore:
    """Recording and listing skipped records (mixed into :class:`awol.store.repo.Store`)."""

    engine: Engine

    def record_skip(self, origin: str, reason: str, raw_hash: str | None = None) -> None:
        """Record a record that holds no prose (one row per origin; a failure of the same origin
        from an earlier run is marked resolved: it was not broken)."""
        origin = clip(nul_free(str(origin)), 2000) or "?"
        reason = clip(nul_free(str(reason)), 2000) or "?"
        ts = now()
        with Session(self.engine) as s, s.begin():
            row = s.scalar(select(SkipRow).where(SkipRow.origin == origin).limit(1))
            if row is None:
                s.add(
                    SkipRow(
                        origin=origin,
                        raw_hash=raw_hash,
                        reason=reason,
                        first_seen=ts,
                        last_seen=ts,
                        seen=1,
                    )  # fmt: skip
                )
            else:
                row.reason, row.last_seen, row.seen = reason, ts, row.seen + 1
                row.raw_hash = raw_hash or row.raw_hash
            s.execute(
                update(FailureRow)
                .where(FailureRow.origin == origin, FailureRow.resolved.is_(False))
                .values(resolved=True)
            )

    def known_skips(self, raw_hashes: Iterable[str]) -> dict[str, str]:
        """Those of ``raw_hashes`` recorded as skipped (holding no prose), with the reason."""
        hashes = [h for h in dict.fromkeys(raw_hashes) if h]
        found: dict[str, str] = {}
        with Session(self.engine) as s:
            for i in range(0, len(hashes), 500):
                part = hashes[i : i + 500]
                q = select(SkipRow.raw_hash, SkipRow.reason).where(SkipRow.raw_hash.in_(part))
                found.update((h, r) for h, r in s.execute(q))
        return found

    def skips(self, *, limit: int | None = None) -> list[dict]:
        """Skipped records, the most recently seen first."""
        with Session(self.engine) as s:
            q = select(SkipRow).order_by(SkipRow.last_seen.desc(), SkipRow.pk.desc())
            if limit:
                q = q.limit(limit)
            return [
                {
                    "origin": r.origin,
                    "reason": r.reason,
                    "first_seen": r.first_seen,
                    "last_seen": r.last_seen,
                    "seen": r.seen,
                }
                for r in s.scalars(q)
            ]
