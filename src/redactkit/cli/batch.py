"""The ``redactkit batch`` subcommand: a release packet through a worker pool or a Dask cluster.

Exit codes: the table of :mod:`redactkit.errors`: 0 every document redacted and
verified (and stamped/combined when asked); when documents failed (listed with
their reasons; the others are done), the code of their common reason, else 1;
2 usage or rule-file error; 7 the output folder cannot be written.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from .._entry import COMMANDS
from ..batch import BatchOptions, discover, run_batch
from ..batch.progress import make_progress
from ..errors import UsageError
from ._common import add_redact_options, add_verbosity, prepare_output_dir, settings_from_args

__all__ = [
    "add_commands",
    "cmd_batch",
]


def _positive(value: str) -> int:
    n = int(value)
    if n < 1:
        raise argparse.ArgumentTypeError("must be at least 1")
    return n


def add_commands(sub: argparse._SubParsersAction) -> None:
    """Add the ``batch`` subcommand to the ``redactkit`` parser."""
    b = sub.add_parser(
        "batch",
        help=COMMANDS["batch"],
        description="Redact every document of PACKET into OUT with one engine per worker process. "
        "PACKET is a folder (searched recursively for .pdf .tif .tiff .png .jpg .jpeg) or a CSV/YAML "
        "manifest with columns file, policy, requester, notes. A rerun with the same arguments skips "
        "finished documents (state in OUT/packet-state.sqlite). Writes OUT/packet-summary.{json,csv,html}.",
    )
    b.add_argument("packet", metavar="PACKET", help="folder or CSV/YAML manifest")
    b.add_argument("-o", "--output", required=True, metavar="OUT", help="output folder")
    b.add_argument(
        "--workers",
        type=_positive,
        default=None,
        metavar="N",
        help="worker processes (default: number of CPUs)",
    )
    b.add_argument(
        "--executor",
        choices=("local", "dask"),
        default="local",
        help="local process pool (default) or a Dask distributed cluster",
    )
    b.add_argument(
        "--scheduler",
        metavar="ADDR",
        default=None,
        help="Dask scheduler address, e.g. tcp://10.0.0.5:8786 (with --executor dask)",
    )
    b.add_argument(
        "--consistent",
        action="store_true",
        help="a person redacted in one document is redacted in every document (two passes)",
    )
    b.add_argument(
        "--bates",
        metavar="PREFIX",
        default=None,
        help="stamp PREFIX000001... in the bottom margin of every page, into OUT/bates/",
    )
    b.add_argument("--bates-start", type=_positive, default=1, metavar="N", help="first Bates number")
    b.add_argument(
        "--footer",
        metavar="TEXT",
        default=None,
        help="release footer stamped in the bottom margin with the Bates number",
    )
    b.add_argument(
        "--combine",
        action="store_true",
        help="also write OUT/packet-release.pdf: the whole release, one bookmark per document",
    )
    add_verbosity(b)
    add_redact_options(
        b, policy_help="default policy (profile name or rule file); a manifest row may override it"
    )
    b.set_defaults(func=cmd_batch)


def cmd_batch(args: argparse.Namespace) -> int:
    """Run the ``batch`` command; returns the exit code."""
    settings = settings_from_args(args)
    if args.scheduler and args.executor != "dask":
        raise UsageError("--scheduler is for --executor dask.")
    if args.footer and not args.bates:
        raise UsageError("--footer needs --bates PREFIX.")
    if args.output.strip() == "-":
        prepare_output_dir(args.output)  # refuses with a usage error
    out = Path(args.output)
    items = discover(args.packet, out)
    prepare_output_dir(args.output)
    opts = BatchOptions(
        out=out,
        settings=settings,
        workers=args.workers,
        executor=args.executor,
        scheduler=args.scheduler,
        consistent=args.consistent,
        bates=args.bates,
        bates_start=args.bates_start,
        footer=args.footer,
        combine=args.combine,
    )
    progress = make_progress(args.quiet)
    report = run_batch(items, opts, progress=progress, argv=sys.argv[1:])
    done = len(report.rows) - len(report.failures)
    if not args.quiet:
        resumed = sum(1 for r in report.rows if r.resumed)
        print(
            f"\n{done} of {len(report.rows)} document(s) redacted and verified in {report.seconds:.1f} s"
            + (f" ({resumed} finished by an earlier run)" if resumed else "")
            + f". Summary: {report.summary_paths[0]}",
            file=sys.stderr,
        )
        if report.gained:
            print(
                f"--consistent added redactions to {len(report.gained)} document(s): "
                + ", ".join(report.gained),
                file=sys.stderr,
            )
        if report.combined:
            print(f"Combined release: {report.combined}", file=sys.stderr)
    if report.failures or report.packet_errors:
        print("Failed (no released output for these):", file=sys.stderr)
        for r in report.failures:
            print(f"  {r.source}: {r.error}", file=sys.stderr)
        for err in report.packet_errors:
            print(f"  packet: {err}", file=sys.stderr)
    return report.exit_code
