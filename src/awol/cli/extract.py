"""CLI commands: extract, evaluate (being written)."""

from __future__ import annotations

COMMANDS: list = []
