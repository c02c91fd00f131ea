"""Errors that carry a user-facing reason (never shown as a traceback)."""

from __future__ import annotations


class AwolError(Exception):
    """Base class for errors AWOL reports to users as one line."""


class InputError(AwolError):
    """A document could not be read or cleaned: names the file (or URL) and the reason."""

    def __init__(self, origin: str, reason: str) -> None:
        super().__init__(f"{origin}: {reason}")
        self.origin = origin
        self.reason = reason

    def __reduce__(self) -> tuple:  # picklable (sent between processes by awol.scale)
        return (type(self), (self.origin, self.reason))


class NoProse(InputError):
    """A well-formed post, feed entry or archive record that holds no prose (channel furniture,
    only hashtags, links or emoji, a photo without a caption).  Ingest records it as *skipped*,
    not as a failure: a channel export or a feed always holds some.  A file the user names
    directly that holds no prose stays a plain :class:`InputError` (they must learn it gave
    nothing)."""


class NotText(NoProse):
    """A file of a channel export AWOL does not read (photos, videos, stickers, another JSON, a
    file no post refers to): recorded as *skipped* with its reason, named by ``awol ingest`` on a
    line of its own and listed by ``awol failures --skipped``; not a failure."""
