"""The ``redactkit`` command: a thin shell over :mod:`redactkit.api`.

Exit codes are the table of :mod:`redactkit.errors` (also printed by ``redactkit --help``);
only this module and its ``cli_*`` siblings turn exceptions into exit codes.
"""

from __future__ import annotations

import argparse
import sys
import time
import traceback
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from .._entry import COMMANDS, add_verbosity, top_parser
from ..batch import DocResult, DocTask, name_detector
from ..errors import ExitCode, PolicyError, RedactkitError, UsageError
from ..policy import describe, load_policy, profile_descriptions
from ._common import (
    add_redact_options,
    configure_logging,
    expand_inputs,
    make_executor,
    output_names,
    prepare_output_dir,
    public_names,
    run_documents,
    say,
    settings_from_args,
)
from .batch import add_commands as add_batch
from .review import add_commands
from .serve import add_serve

if TYPE_CHECKING:
    pass

__all__ = [
    "build_parser",
    "cmd_redact",
    "cmd_rules_check",
    "cmd_rules_list",
    "main",
]


def cmd_redact(args: argparse.Namespace) -> int:
    settings = settings_from_args(args)
    files = expand_inputs(args.inputs)
    if args.output.strip() == "-":
        prepare_output_dir(args.output)  # refuses with a usage error
    out = Path(args.output)
    for f in files:
        if out.resolve() == f.parent.resolve() and not args.allow_same_folder:
            raise UsageError(
                f"output folder {out} is the folder of the originals; choose another folder "
                "(or pass --allow-same-folder)."
            )
    t0 = time.perf_counter()
    say(args, f"Loading policy and model ({args.policy or 'police-public-release'})...")
    policy = load_policy(args.policy)
    prepare_output_dir(args.output)
    executor = make_executor(settings, policy)
    public = public_names(args, files, out, name_detector(executor, settings), policy)
    names = output_names(files, out, public)
    tasks = [DocTask(str(f), str(f), str(names[f][0]), str(names[f][1]), policy, public_name=public[f])
             for f in files]

    def describe(task: DocTask, res: DocResult) -> str:
        shown = task.public_name.file_name if task.public_name else Path(task.src).name
        return (f"{shown}: {res.pages} page(s), {res.redactions} redaction(s), "
                f"verified -> {task.dst}")

    def summary(done: int) -> str:
        return (f"\n{done} of {len(files)} document(s) redacted and verified in "
                f"{time.perf_counter() - t0:.1f} s. Outputs and logs: {out.resolve()}")

    return run_documents(args, tasks, executor, describe, summary=summary)


def cmd_rules_check(args: argparse.Namespace) -> int:
    """Validate each rule file; print every problem of a bad one (unknown keys first) and go on."""
    bad = 0
    for item in args.files:
        try:
            policy = load_policy(item)
        except PolicyError as exc:
            bad += 1
            print(f"== {item}: {len(exc.problems)} problem(s)")
            for problem in exc.problems:
                print(f"  {problem}")
            continue
        print(f"== {item}: OK")
        print(describe(policy))
    return int(ExitCode.USAGE) if bad else int(ExitCode.OK)


def cmd_rules_list(args: argparse.Namespace) -> int:
    """The shipped profiles, each with the first sentence of its description."""
    profiles = profile_descriptions()
    width = max(map(len, profiles), default=0)
    for name, text in profiles.items():
        print(f"{name:<{width}}  {text}".rstrip())
    return 0


def build_parser() -> argparse.ArgumentParser:
    p, sub = top_parser()

    r = sub.add_parser("redact", help=COMMANDS["redact"],
                       description="Redact PDFs and images into OUT: <name>.redacted.pdf, <name>.log.json "
                       "and <name>.log.csv per input. A document that fails any step gets no output and is "
                       "listed with its reason; the other documents go on.")
    r.add_argument("inputs", nargs="+", metavar="IN",
                   help="PDF, TIFF, PNG or JPEG files, or folders (searched recursively)")
    r.add_argument("-o", "--output", required=True, metavar="OUT",
                   help="output folder (created if missing; not the folder of the originals)")
    r.add_argument("--allow-same-folder", action="store_true", help=argparse.SUPPRESS)
    add_verbosity(r)
    add_redact_options(r)
    r.set_defaults(func=cmd_redact)

    rules = sub.add_parser("rules", help=COMMANDS["rules"])
    rsub = rules.add_subparsers(dest="rules_command", required=True)
    rc = rsub.add_parser("check", help="validate rule files and print what each redacts and keeps")
    rc.add_argument("files", nargs="+", metavar="FILE", help="rule files or profile names")
    rc.set_defaults(func=cmd_rules_check)
    rl = rsub.add_parser("list", help="list the shipped profiles")
    rl.set_defaults(func=cmd_rules_list)


    add_commands(sub)

    add_batch(sub)
    add_serve(sub)
    return p


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``redactkit`` command; returns the exit code."""
    parser = build_parser()
    args = parser.parse_args(argv)
    verbose = bool(getattr(args, "verbose", False))
    configure_logging(verbose=verbose, quiet=bool(getattr(args, "quiet", False)))
    try:
        return int(args.func(args))
    except PolicyError as exc:
        print(f"redactkit: rule file error: {exc}", file=sys.stderr)
        return int(ExitCode.USAGE)
    except RedactkitError as exc:
        print(f"redactkit: {exc}", file=sys.stderr)
        return int(exc.exit_code)
    except KeyboardInterrupt:
        print("redactkit: interrupted; finished documents are complete, no partial output was left.",
              file=sys.stderr)
        return int(ExitCode.INTERRUPTED)
    except Exception as exc:  # a bug outside any one document: one line, the traceback with -v
        if verbose:
            traceback.print_exc()
        msg = " ".join(str(exc).split())
        print(f"redactkit: unexpected error {type(exc).__name__}: {msg}. Report this"
              + ("." if verbose else " (run with -v for the traceback)."), file=sys.stderr)
        return int(ExitCode.DOCUMENT_FAILED)


if __name__ == "__main__":
    sys.exit(main())
