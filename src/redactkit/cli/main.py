"""The ``redactkit`` command: a thin shell over :mod:`redactkit.api`.

Exit codes are the table of :mod:`redactkit.errors` (also printed by ``redactkit --help``);
only this module and its ``cli_*`` siblings turn exceptions into exit codes.
"""

from __future__ import annotations

import argparse
import sys
import time
import traceback
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from . import __version__
from .errors import ExitCode, PolicyError, RedactkitError, UsageError
from .sources import SUPPORTED_SUFFIXES

if TYPE_CHECKING:
    from .detect import Detector
    from .names import PublicName
    from .policy import Policy


def _expand_inputs(inputs: Sequence[str]) -> list[Path]:
    files: list[Path] = []
    for item in inputs:
        p = Path(item)
        if p.is_dir():
            found = (q for q in p.rglob("*") if q.is_file() and q.suffix.lower() in SUPPORTED_SUFFIXES)
            files.extend(sorted(found))
        else:
            files.append(p)  # missing or odd files fail per document, with a clear message
    if not files:
        raise UsageError("no input documents found (give PDF files or folders containing them).")
    return files


def _output_names(files: list[Path], out: Path, public: dict[Path, PublicName] | None = None
                  ) -> dict[Path, tuple[Path, Path]]:
    names: dict[Path, tuple[Path, Path]] = {}
    seen: dict[str, Path] = {}
    for f in files:
        stem = public[f].stem if public else f.stem
        if stem in seen:
            raise UsageError(f"two inputs would write the same output name '{stem}': {seen[stem]} and {f}.")
        seen[stem] = f
        names[f] = (out / f"{stem}.redacted.pdf", out / f"{stem}.log.json")
    return names


def _public_names(args: argparse.Namespace, files: list[Path], out: Path,
                  detector: Callable[[], Detector], policy: Policy) -> dict[Path, PublicName]:
    """Each input's public name (:mod:`redactkit.names`); replaced ones go to the private map."""
    from .cli_common import say
    from .names import NAME_MAP, PublicName, public_name, record_names

    public = {f: public_name(f, detector(), policy) if f.is_file() else PublicName(f, f.stem, suffix=f.suffix)
              for f in files}
    for i, f in enumerate(files, 1):
        if public[f].replaced:
            say(args, f"warning: input {i} of {len(files)}: a private identifier "
                      f"({', '.join(public[f].entities)}) was found in its file name; it is replaced by "
                      f"'{public[f].file_name}' (original only in {out / NAME_MAP})")
    record_names(out, public.values())
    return public


def cmd_redact(args: argparse.Namespace) -> int:
    from .batch import DocResult, DocTask, name_detector
    from .cli_common import make_executor, prepare_output_dir, run_documents, say, settings_from_args
    from .policy import load_policy

    settings = settings_from_args(args)
    files = _expand_inputs(args.inputs)
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
    public = _public_names(args, files, out, name_detector(executor, settings), policy)
    names = _output_names(files, out, public)
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
    from .policy import describe, load_policy

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
    from .policy import profile_descriptions

    profiles = profile_descriptions()
    width = max(map(len, profiles), default=0)
    for name, text in profiles.items():
        print(f"{name:<{width}}  {text}".rstrip())
    return 0


def _exit_code_table() -> str:
    """The exit-code table of :mod:`redactkit.errors`' docstring (the one table), for ``--help``."""
    from . import errors

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


def build_parser() -> argparse.ArgumentParser:
    from .cli_common import add_redact_options, add_verbosity

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

    r = sub.add_parser("redact", help="detect, burn, verify and log in one go",
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

    rules = sub.add_parser("rules", help="check and list rule files (policies)")
    rsub = rules.add_subparsers(dest="rules_command", required=True)
    rc = rsub.add_parser("check", help="validate rule files and print what each redacts and keeps")
    rc.add_argument("files", nargs="+", metavar="FILE", help="rule files or profile names")
    rc.set_defaults(func=cmd_rules_check)
    rl = rsub.add_parser("list", help="list the shipped profiles")
    rl.set_defaults(func=cmd_rules_list)

    from .cli_review import add_commands

    add_commands(sub)
    from .cli_batch import add_commands as add_batch

    add_batch(sub)
    return p


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``redactkit`` command; returns the exit code."""
    from .cli_common import configure_logging

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
