"""The ``awol`` command line: a thin layer over the Python API of each stage.

Each module of this package defines the commands of one area and lists them in ``COMMANDS``:
``extract`` (extract, evaluate), ``link`` (link), ``store`` (ingest, export, stats, ...).
"""

from __future__ import annotations

import click

from awol import __version__
from awol.cli import extract as _extract
from awol.cli import link as _link
from awol.cli import serve as _serve
from awol.cli import store as _store


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="awol")
def main() -> None:
    """AWOL: a press monitor for military desertion.

    Turns news articles into source-linked events, incidents and figures.
    """


for _module in (_extract, _link, _store, _serve):
    for _cmd in _module.COMMANDS:
        main.add_command(_cmd)


if __name__ == "__main__":  # python -m awol.cli
    main()
