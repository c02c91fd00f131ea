"""Options shared by the commands: a path AWOL writes."""

from __future__ import annotations

import click

from awol.errors import AwolError


def output_path(ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
    """Click callback for an option naming a file AWOL writes ("-" is stdout): its folder must
    exist (AWOL creates the file, not the folders above it; a mistyped folder is an error naming
    it, checked before any work)."""
    from awol.validate import check_output

    if value is None or value == "-":
        return value
    try:
        check_output(value, f"--{param.name}", folder=param.name == "partitioned")
    except AwolError as exc:
        raise click.BadParameter(str(exc)) from None
    return value


OUTPUT_HELP = " Its folder must exist (AWOL creates the file, not missing folders)."
