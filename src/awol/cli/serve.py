"""CLI commands of the newsroom: ``awol serve`` (web app and API) and ``awol users`` (accounts)."""

from __future__ import annotations

import sys

import click

from awol.cli.store import _open, db_option
from awol.errors import AwolError

LOOPBACK = ("127.0.0.1", "localhost", "::1")


@click.command()
@db_option
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option("--port", default=8080, show_default=True, type=int, help="Port to listen on.")
@click.option("--insecure-cookies", is_flag=True, help="Send cookies over plain HTTP from a non-loopback address (behind a TLS proxy, leave this off).")  # fmt: skip
@click.option("--log-level", default="warning", show_default=True, type=click.Choice(["critical", "error", "warning", "info", "debug"]))  # fmt: skip
def serve(db, host, port, insecure_cookies, log_level):  # noqa: ANN001, ANN201
    """Start the newsroom: dashboard, lists, case and document pages, review desk, JSON API
    (documented at /docs), downloads and an Atom feed, on http://HOST:PORT/.

    Works offline: every asset ships with AWOL.  Anonymous visitors see no person names; sign
    in with an account made by `awol users add`.  Cookies are marked Secure (browsers accept
    them on http://127.0.0.1 and http://localhost); serve other addresses behind HTTPS.
    """
    import uvicorn

    from awol.serve.app import create_app

    store = _open(db, must_exist=True)
    try:
        app = create_app(store=store, secure_cookies=not insecure_cookies)
    except AwolError as exc:
        raise click.ClickException(str(exc)) from None
    import threading

    # read the database and run the name recogniser once before the first visitor waits for it
    threading.Thread(target=app.state.awol.query.warm, daemon=True).start()
    shown = f"[{host}]" if ":" in host else host
    click.echo(f"AWOL newsroom on http://{shown}:{port}/  (database {store.display_url})", err=True)
    if host not in LOOPBACK and not insecure_cookies:
        click.echo("note: not loopback; serve it behind HTTPS so that sign-in cookies are sent", err=True)  # fmt: skip
    try:
        uvicorn.run(app, host=host, port=port, log_level=log_level, proxy_headers=False,
                    timeout_keep_alive=30)  # fmt: skip
    finally:
        store.close()


@click.group()
def users() -> None:
    """Manage newsroom accounts (roles: reader, editor, admin)."""


def _password(password_stdin: bool) -> str:
    if password_stdin:
        pw = sys.stdin.readline().rstrip("\r\n")
    else:
        pw = click.prompt("Password", hide_input=True, confirmation_prompt=True)
    if len(pw) < 8:
        raise click.ClickException("a password needs at least 8 characters")
    return pw


@users.command("add")
@click.argument("name")
@click.option("--role", type=click.Choice(["reader", "editor", "admin"]), default="reader", show_default=True)  # fmt: skip
@click.option("--password-stdin", is_flag=True, help="Read the password from the first line of stdin (for scripts).")  # fmt: skip
@db_option
def users_add(name, role, password_stdin, db):  # noqa: ANN001, ANN201
    """Create the account NAME (the password is asked for, or read with --password-stdin)."""
    from awol.serve.auth import hash_password

    pw = _password(password_stdin)
    store = _open(db)
    try:
        u = store.add_user(name, role, hash_password(pw))
        store.record_audit("cli", "user_add", name, after={"role": role})
    except AwolError as exc:
        raise click.ClickException(str(exc)) from None
    finally:
        store.close()
    click.echo(f"user {u['name']} added ({u['role']})")


@users.command("set")
@click.argument("name")
@click.option("--role", type=click.Choice(["reader", "editor", "admin"]), default=None)
@click.option("--password", "change_password", is_flag=True, help="Set a new password (prompt).")
@click.option("--password-stdin", is_flag=True, help="Set a new password read from stdin.")
@click.option("--disable/--enable", default=None, help="Disable (sign out everywhere) or enable.")
@db_option
def users_set(name, role, change_password, password_stdin, disable, db):  # noqa: ANN001, ANN201
    """Change the role, password or state of the account NAME."""
    from awol.serve.auth import hash_password

    pw_hash = None
    if change_password or password_stdin:
        pw_hash = hash_password(_password(password_stdin))
    store = _open(db, must_exist=True)
    try:
        before = store.user(name)
        u = store.update_user(name, role=role, password_hash=pw_hash, disabled=disable)
        store.record_audit("cli", "user_set", name,
                           before={"role": before["role"], "disabled": before["disabled"]} if before else None,
                           after={"role": u["role"], "disabled": u["disabled"], "password_changed": pw_hash is not None})  # fmt: skip
    except AwolError as exc:
        raise click.ClickException(str(exc)) from None
    finally:
        store.close()
    click.echo(f"user {u['name']}: {u['role']}{' (disabled)' if u['disabled'] else ''}")


@users.command("list")
@db_option
def users_list(db):  # noqa: ANN001, ANN201
    """List the accounts."""
    store = _open(db, must_exist=True)
    try:
        rows = store.users()
    finally:
        store.close()
    for u in rows:
        state = "\tdisabled" if u["disabled"] else ""
        click.echo(f"{u['name']}\t{u['role']}\t{u['created_at']}{state}")
    if not rows:
        click.echo("no users (add one: awol users add NAME --role editor)", err=True)


@users.command("token")
@click.argument("name")
@click.option("--label", default=None, help="What the token is for.")
@db_option
def users_token(name, label, db):  # noqa: ANN001, ANN201
    """Make an API token for NAME's scripts (printed once: `Authorization: Bearer TOKEN`)."""
    from awol.serve.auth import TOKEN_PREFIX, digest, new_token

    token = new_token(TOKEN_PREFIX)
    store = _open(db, must_exist=True)
    try:
        store.create_api_token(name, digest(token), label)
        store.record_audit("cli", "api_token", name, after={"label": label})
    except AwolError as exc:
        raise click.ClickException(str(exc)) from None
    finally:
        store.close()
    click.echo(token)


COMMANDS = [serve, users]
