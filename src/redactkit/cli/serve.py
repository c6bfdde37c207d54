"""``redactkit serve REVIEW_DIR``: the review server over a folder ``redactkit propose`` wrote.

A thin shell over :func:`redactkit.serve.create_app` and uvicorn. Binding to anything but
localhost needs ``--users FILE`` (hashed passwords) or ``--token`` (a token printed at start);
without either it refuses to start (exit 2).
"""

from __future__ import annotations

import argparse
import getpass
import os
import secrets
import sys
from pathlib import Path

from .._entry import COMMANDS
from ..errors import UsageError
from ._common import add_redact_options, add_verbosity, say, settings_from_args

__all__ = ["DATABASE_ENV", "add_serve", "cmd_serve"]

#: The environment variable that names a PostgreSQL state database when --database is not given.
DATABASE_ENV = "REDACTKIT_DATABASE"


def _add_user(users_file: str, name: str) -> int:
    """Append ``name`` with a hashed password (asked on the terminal, else one line of stdin)."""
    # lazy: the server package needs the optional extra (starlette, uvicorn)
    from ..serve import hash_password, load_users

    name = " ".join(name.split())
    path = Path(users_file)
    if path.exists() and name in load_users(path):
        raise UsageError(f"{path}: user {name!r} already exists; remove the line to replace it.")
    password = getpass.getpass(f"Password for {name}: ") if sys.stdin.isatty() else sys.stdin.readline()
    password = password.rstrip("\n")
    if len(password) < 8:
        raise UsageError("the password must have at least 8 characters.")
    with path.open("a", encoding="utf-8") as f:
        f.write(f"{name}:{hash_password(password)}\n")
    path.chmod(0o600)
    return 0


def cmd_serve(args: argparse.Namespace) -> int:
    """Start the review server (blocks until stopped)."""
    if args.add_user:
        if not args.users:
            raise UsageError("--add-user needs --users FILE (the accounts file to add to).")
        return _add_user(args.users, args.add_user)
    # lazy: starlette and uvicorn are the optional extra redactkit[serve]
    try:
        import uvicorn  # optional extra: only this command serves

        from ..serve import AuthConfig, create_app, is_loopback, load_users
    except ImportError as exc:
        raise UsageError(f"'redactkit serve' needs the serve extra ({exc.name} is missing): "
                         "pip install 'redactkit[serve]'.") from None
    root = Path(args.review)
    if not root.is_dir() or not any(root.glob("*.plan.json")):
        raise UsageError(f"{root}: not a review folder (no *.plan.json); "
                         f"run 'redactkit propose -o {root}' first.")
    auth = AuthConfig(users=load_users(args.users) if args.users else {},
                      token=secrets.token_urlsafe(18) if args.token else "")
    if not is_loopback(args.host) and auth.name_only:
        raise UsageError(f"--host {args.host} is reachable from other machines: give --users FILE "
                         "(hashed passwords) or --token (a startup token); refusing to start.")
    database = args.database or os.environ.get(DATABASE_ENV) or None
    app = create_app(root, auth=auth, lock_minutes=args.lock_minutes, release_dir=args.release_dir,
                     settings=settings_from_args(args), database=database, durable=args.durable)
    host = f"[{args.host}]" if ":" in args.host else args.host
    # the URL without its user and password
    where = f"PostgreSQL {database.rsplit('@', 1)[-1]}" if database else root / "review-state.sqlite"
    say(args, f"redactkit review server for {root.resolve()} on http://{host}:{args.port}/ "
              f"(state: {where}); stop with Ctrl+C")
    if auth.token:
        print(f"Startup token (give it to each reviewer with their name): {auth.token}",
              file=sys.stderr, flush=True)
    uvicorn.run(app, host=args.host, port=args.port, log_level="warning", access_log=False)
    return 0


def add_serve(sub: argparse._SubParsersAction) -> None:
    """Add ``serve`` to the ``redactkit`` subcommands."""
    p = sub.add_parser(
        "serve", help=COMMANDS["serve"],
        description="Serve the review folder REVIEW (written by 'redactkit propose -o REVIEW') as a web "
        "app: packet index, review pages, locks, QC approval, audit trail, and release through the "
        "apply -> burn -> verify path into REVIEW/released. State is kept in REVIEW/review-state.sqlite. "
        "Binds to 127.0.0.1 by default; another address needs --users or --token.")
    p.add_argument("review", metavar="REVIEW", help="folder written by 'redactkit propose'")
    p.add_argument("--host", default="127.0.0.1", help="address to bind (default 127.0.0.1)")
    p.add_argument("--port", type=int, default=8765, help="port (default 8765)")
    who = p.add_mutually_exclusive_group()
    who.add_argument("--users", metavar="FILE", help="accounts file: 'name:scrypt$...' lines "
                     "(add one with --add-user NAME)")
    who.add_argument("--token", action="store_true",
                     help="print a startup token that every user signs in with")
    p.add_argument("--add-user", metavar="NAME", help="add NAME to the --users file (password from the "
                   "terminal or one line of stdin) and exit")
    p.add_argument("--lock-minutes", type=float, default=15.0, metavar="M",
                   help="a document's lock expires M minutes after its reviewer's last action (default 15)")
    p.add_argument("--database", metavar="URL",
                   help="keep the state in PostgreSQL (postgresql://user:pass@host/db; needs the postgres "
                   f"extra) instead of REVIEW/review-state.sqlite; default ${DATABASE_ENV}")
    p.add_argument("--durable", action="store_true",
                   help="SQLite state: fsync every commit (survives power loss, not only a crash; "
                   "slower when many reviewers decide at once)")
    p.add_argument("--release-dir", metavar="DIR",
                   help="where released documents go (default REVIEW/released)")
    add_verbosity(p)
    add_redact_options(p, policy=False)
    p.set_defaults(func=cmd_serve)
