"""Linking: mentions of one happening across reports -> incidents; incidents of one story ->
cases with a status timeline; near-duplicate documents -> copies of one report.

    from awol.link import Linker
    linker = Linker()
    linker.add(extractions)          # dicts as `awol extract` prints them
    linker.incidents(); linker.cases(); linker.duplicates()
    state = linker.state()           # JSON-serialisable; Linker.from_state(state).add(more)

See docs/linking.md.
"""

from awol.link.linker import Linker

__all__ = ["Linker"]
