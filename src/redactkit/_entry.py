"""The ``redactkit`` command's entry point and the top of its parser.

``redactkit --help`` and ``redactkit --version`` are answered here, from :func:`top_parser`
with the command list of :data:`COMMANDS`: this module imports nothing but :mod:`argparse` and
:mod:`redactkit.errors`, while the command modules pull PyMuPDF, NumPy, pikepdf and pydantic
(about a second of start-up before the first line of help). Every other command line goes to
:func:`redactkit.cli.main`, whose parser is built on the same :func:`top_parser` and
:data:`COMMANDS` (``tests/test_cli_robustness.py`` checks that both print the same help).
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence

from . import __version__, errors

__all__ = [
    "COMMANDS",
    "add_verbosity",
    "main",
    "top_parser",
]

#: The subcommands in the order ``--help`` lists them, with their one-line help.
COMMANDS: dict[str, str] = {
    "redact": "detect, burn, verify and log in one go",
    "rules": "check and list rule files (policies)",
    "propose": "write a review bundle per document (nothing is burned)",
    "apply": "burn the reviewed redactions of a review folder",
    "diff": "compare two logs: redactions added, dropped or changed",
    "index": "write the public exemption index (no redacted text)",
    "batch": "redact a whole release packet (folder or manifest) in parallel, resumably",
    "serve": "review a packet in the browser: locks, QC, audit trail, release",
}

#: Command lines answered without importing the command modules.
_QUICK = (["-h"], ["--help"], ["--version"])


def _exit_code_table() -> str:
    """The exit-code table of :mod:`redactkit.errors`' docstring (the one table), for ``--help``."""
    rows: list[str] = []
    rules = 0
    for line in (errors.__doc__ or "").splitlines():
        if line.startswith("===="):
            rules += 1
            continue
        if rules == 2 and line.strip():
            code, _name, meaning = line.split(None, 2)
            rows.append(f"  {code:>4}  {meaning}")
    return "exit codes:\n" + "\n".join(rows)


def add_verbosity(parser: argparse.ArgumentParser, *, top: bool = False) -> None:
    """``-v/--verbose`` and ``-q/--quiet`` on ``parser``.

    On subcommands the defaults are suppressed, so ``redactkit -v redact ...`` and
    ``redactkit redact ... -v`` both work.
    """
    default: object = False if top else argparse.SUPPRESS
    g = parser.add_mutually_exclusive_group()
    g.add_argument("-v", "--verbose", action="store_true", default=default,
                   help="say more: INFO messages and a full traceback for each unexpected error")
    g.add_argument("-q", "--quiet", action="store_true", default=default,
                   help="print nothing but errors")


def top_parser() -> tuple[argparse.ArgumentParser, argparse._SubParsersAction]:
    """The ``redactkit`` parser without its subcommands, and the action to add them to."""
    p = argparse.ArgumentParser(
        prog="redactkit",
        description="Make safe public copies of records: detect personal data, burn real "
        "redactions, sanitize, verify, and log every redaction for review.",
        epilog=_exit_code_table() + "\n\nWhen every failed document failed for the same reason, the run "
        "exits with that reason's code;\nwith mixed reasons 3 if any output failed verification, else 1. "
        "'redactkit diff' exits\n0 when the logs burn the same redactions and 1 when they differ.",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument("--version", action="version", version=f"redactkit {__version__}")
    add_verbosity(p, top=True)
    sub = p.add_subparsers(dest="command", required=True, metavar="COMMAND")
    return p, sub


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``redactkit`` command (and ``python -m redactkit``); returns the exit code.

    ``--help`` and ``--version`` alone print and exit (``SystemExit(0)``, as argparse does) from
    the top parser; anything else runs :func:`redactkit.cli.main`.
    """
    args = list(sys.argv[1:] if argv is None else argv)
    if args in _QUICK:
        p, sub = top_parser()
        for name, text in COMMANDS.items():
            sub.add_parser(name, help=text)
        p.parse_args(args)  # prints the help or the version and exits
    # imported by name, like the package root's lazy exports: the command modules are the heavy part
    cli = importlib.import_module("redactkit.cli")
    return int(cli.main(argv))
