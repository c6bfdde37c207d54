"""The review commands of ``redactkit``: ``propose``, ``apply``, ``diff`` and ``index``.

:func:`add_commands` adds them to the main parser (:func:`redactkit.cli.build_parser`).
Each command returns an exit code and raises :mod:`redactkit.errors` types; the
main entry point turns those into messages and exit codes.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .._entry import COMMANDS
from .._fileio import sha256_file
from ..batch import DocResult, DocTask, name_detector
from ..errors import RedactkitError, UsageError
from ..names import PublicName, public_name, record_names
from ..policy import load_policy
from ..report import RedactionLog
from ..review import bundle_paths, read_plan_file
from ..review.decisions import load_decisions
from ..review.exemption_index import write_index
from ..review.logdiff import diff_logs
from ..review.packet_index import write_packet_index
from ._common import (
    add_redact_options,
    add_verbosity,
    expand_inputs,
    make_executor,
    positive_int,
    prepare_output_dir,
    public_names,
    run_documents,
    say,
    settings_from_args,
)

if TYPE_CHECKING:
    from ..detect import Detector
    from ..names import PublicName
    from ..policy import Policy

__all__ = ["add_commands", "cmd_apply", "cmd_diff", "cmd_index", "cmd_propose"]


def cmd_propose(args: argparse.Namespace) -> int:
    """Write a review bundle per input document; nothing is burned."""
    settings = settings_from_args(args)
    files = expand_inputs(args.inputs)
    if args.output.strip() == "-":
        prepare_output_dir(args.output)  # refuses with a usage error
    say(args, f"Loading policy and model ({args.policy or 'police-public-release'})...")
    policy = load_policy(args.policy)
    out = prepare_output_dir(args.output)
    executor = make_executor(settings, policy, args.workers)
    public = public_names(args, files, out, name_detector(executor, settings), policy)
    stems: dict[str, Path] = {}
    for f in files:
        stem = public[f].stem
        if stem in stems:
            raise UsageError(f"two inputs would write the same bundle name '{stem}': {stems[stem]} and {f}.")
        stems[stem] = f
    todo = [f for f in files if args.fresh or not _bundle_current(out, public[f].stem, f, policy)]
    if len(todo) < len(files):
        say(args, f"{len(files) - len(todo)} of {len(files)} document(s) already have an up-to-date bundle "
                  "in the review folder (same source SHA-256 and policy); skipped (--fresh redoes them).")
    tasks = [DocTask(str(f), str(f), str(out), "", policy, mode="bundle", public_name=public[f])
             for f in todo]

    def describe(task: DocTask, res: DocResult) -> str:
        name = task.public_name
        shown, stem = (name.file_name, name.stem) if name else (Path(task.src).name, Path(task.src).stem)
        return (f"{shown}: {res.redactions} proposed redaction(s), review bundle -> "
                f"{bundle_paths(out, stem).review_html}")

    def summary(done: int) -> str:
        index = write_packet_index(out)
        return (f"\nPacket index: {index}. Open the .review.html pages in a browser, export the decisions "
                f"next to them, then run 'redactkit apply {out} -o OUT' (or 'redactkit serve {out}').")

    return run_documents(args, tasks, executor, describe,
                         what="no bundle written for these", summary=summary)


def _bundle_current(out: Path, stem: str, src: Path, policy: Policy) -> bool:
    """True when ``out`` holds a complete bundle ``stem`` made from this very ``src`` under ``policy``."""
    paths = bundle_paths(out, stem)
    if not all(p.is_file() for p in (paths.proposed_pdf, paths.review_html, paths.diff_txt, paths.plan_json,
                                     paths.log_json)) or not src.is_file():
        return False
    try:
        plan = read_plan_file(paths.plan_json).plan
    except RedactkitError:
        return False
    return plan.policy_sha256 == policy.sha256 and plan.source_sha256 == sha256_file(src)


def _find_decisions(review: Path, stem: str, given: dict[str, str]) -> str:
    """The decisions file for bundle ``stem``: from --decisions (matched by document name) or
    beside the plan; "" for none."""
    if stem in given:
        return given[stem]
    beside = review / f"{stem}.decisions.json"
    return str(beside) if beside.is_file() else ""


def cmd_apply(args: argparse.Namespace) -> int:
    """Burn each reviewed plan of a review folder through the redact path."""

    settings = settings_from_args(args)
    review = Path(args.review)
    if not review.is_dir():
        raise UsageError(f"{review}: not a review folder (give the folder 'redactkit propose -o' wrote).")
    plan_paths = sorted(review.glob("*.plan.json"))
    if not plan_paths:
        raise UsageError(f"{review}: no *.plan.json files; run 'redactkit propose' first.")
    plan_files = [read_plan_file(p) for p in plan_paths]
    stems = {pf.stem for pf in plan_files}
    given: dict[str, str] = {}
    for path in args.decisions or []:
        dfile = load_decisions(path)
        stem = Path(dfile.document).stem
        if len(plan_files) == 1 and len(args.decisions) == 1:
            stem = plan_files[0].stem
        if stem not in stems:
            raise UsageError(f"{path}: its document {dfile.document!r} has no plan in {review} "
                             f"(plans: {', '.join(sorted(stems))}).")
        if stem in given:
            raise UsageError(f"{path}: a second decisions file for {dfile.document!r}.")
        given[stem] = str(path)
    if args.output.strip() != "-" and Path(args.output).resolve() == review.resolve():
        raise UsageError(f"{args.output}: write the release to another folder than the review bundle.")
    out = prepare_output_dir(args.output)
    policies: dict[str, Policy] = {}
    failures: list[tuple[str, RedactkitError]] = []
    tasks: list[DocTask] = []
    for pf in plan_files:
        try:
            if pf.policy_ref not in policies:
                policies[pf.policy_ref] = load_policy(pf.policy_ref)
        except RedactkitError as exc:
            failures.append((pf.stem, exc))
            continue
        decisions = _find_decisions(review, pf.stem, given)
        if not decisions and not args.accept_unreviewed:
            failures.append((pf.stem, UsageError(
                f"{pf.stem}: no decisions (no --decisions file for it and no {pf.stem}.decisions.json in "
                f"{review}); it was not reviewed, so nothing was burned. Review it, or give "
                "--accept-unreviewed to burn every proposed redaction as it stands.")))
            continue
        tasks.append(DocTask(pf.stem, str(pf.source), "", "", policies[pf.policy_ref], mode="apply",
                             plan_file=str(pf.path), decisions=decisions,
                             accept_unreviewed=bool(args.accept_unreviewed)))
    executor = make_executor(settings, next(iter(policies.values()), None), args.workers)
    detector = name_detector(executor, settings)
    for i, task in enumerate(tasks):
        pf = next(p for p in plan_files if p.stem == task.doc_id)
        name = _public_name(out, pf, detector, task.policy)
        tasks[i] = replace(task, dst=str(out / f"{name.stem}.redacted.pdf"),
                           log_path=str(out / f"{name.stem}.log.json"), public_name=name)

    def describe(task: DocTask, res: DocResult) -> str:
        who = (f"reviewed by {res.reviewer}" if task.decisions
               else "NO decisions (--accept-unreviewed): all proposed burned")
        shown = task.public_name.stem if task.public_name else task.doc_id
        return (f"{shown}: {res.redactions} burned ({res.manual} manual), {res.rejected} rejected, "
                f"{who}; verified -> {task.dst}")

    return run_documents(args, tasks, executor, describe, failures)


def _public_name(out: Path, pf: Any, detector: Callable[[], Detector], policy: Policy) -> PublicName:
    """The public name of a plan's source, checked again under the plan's policy (a bundle
    ``propose`` named ``document-<sha>`` stays so); a replaced one goes to OUT's private map."""
    if not pf.source.is_file():
        return PublicName(pf.source, pf.stem, suffix=pf.source.suffix)
    name = public_name(pf.source, detector(), policy, sha256=pf.plan.source_sha256)
    if not name.replaced and pf.stem != pf.source.stem:  # propose replaced it (perhaps under another policy)
        name = PublicName(pf.source, pf.stem, True, (), pf.source.suffix)
    record_names(out, [name])
    return name


def _read_log(path: str) -> Any:

    try:
        return RedactionLog.read(path)
    except FileNotFoundError:
        raise UsageError(f"{path}: log file not found.") from None
    except (json.JSONDecodeError, ValueError, KeyError, TypeError) as exc:
        raise UsageError(f"{path}: not a readable redactkit log ({exc}).") from None


def cmd_diff(args: argparse.Namespace) -> int:
    """Print which redactions NEW adds, drops or changes compared with OLD.

    Exit code like diff(1): 0 when both logs burn the same redactions, 1 when they differ
    (2 when a log cannot be read).
    """
    diff = diff_logs(_read_log(args.old), _read_log(args.new))
    sys.stdout.write(diff.to_json() + "\n" if args.json else diff.to_text())
    return 0 if diff.empty else 1


def cmd_index(args: argparse.Namespace) -> int:
    """Write the public exemption index (CSV and HTML) of final logs."""
    logs = [_read_log(p) for p in args.logs]
    for p, log in zip(args.logs, logs, strict=True):
        if log.output is None:
            say(args, f"warning: {p} is a proposal (no output was burned); "
                      "its index shows proposed redactions.")
    files = write_index(logs, prepare_output_dir(args.output))
    say(args, f"Exemption index (no redacted text) -> {files.csv} and {files.html}")
    return 0


def add_commands(sub: argparse._SubParsersAction) -> None:
    """Add ``propose``, ``apply``, ``diff`` and ``index`` to the ``redactkit`` subcommands."""
    p = sub.add_parser("propose", help=COMMANDS["propose"],
                       description="For each input X.pdf write into REVIEW: X.proposed.pdf (internal review "
                       "copy with translucent boxes), X.review.html (review page: accept/reject, manual "
                       "boxes, export decisions), X.diff.txt, X.plan.json and X.log.json, and "
                       "REVIEW/index.html (the packet index). A document whose bundle is up to date is "
                       "skipped (resume).")
    p.add_argument("inputs", nargs="+", metavar="IN",
                   help="PDF, TIFF, PNG or JPEG files, or folders (searched recursively)")
    p.add_argument("-o", "--output", required=True, metavar="REVIEW",
                   help="review folder (created if missing)")
    p.add_argument("--workers", type=positive_int, default=1, metavar="N",
                   help="propose N documents at once in worker processes (default 1)")
    p.add_argument("--fresh", action="store_true",
                   help="propose every document again, even one whose bundle in REVIEW is up to date "
                   "(same source SHA-256 and policy; skipped by default, so an interrupted run resumes)")
    add_verbosity(p)
    add_redact_options(p, burn=False)
    p.set_defaults(func=cmd_propose)

    a = sub.add_parser("apply", help=COMMANDS["apply"],
                       description="For each X.plan.json in REVIEW, apply the decisions (--decisions, or "
                       "REVIEW/X.decisions.json) and burn accepted, manual and undecided (proposed) "
                       "redactions through the redact path into OUT: X.redacted.pdf, X.log.json, X.log.csv. "
                       "The policy is the one recorded in the plan. Refuses (exit 2) a document with no "
                       "decisions unless --accept-unreviewed, and when a source changed since the proposal.")
    a.add_argument("review", metavar="REVIEW", help="folder written by 'redactkit propose'")
    a.add_argument("-o", "--output", required=True, metavar="OUT", help="output folder")
    a.add_argument("--decisions", action="append", metavar="F",
                   help="decisions file exported from the review page (repeatable; matched by its document)")
    a.add_argument("--accept-unreviewed", action="store_true",
                   help="burn a document that has no decisions with every proposed redaction (refused "
                   "otherwise, exit 2); the log records this choice")
    a.add_argument("--workers", type=positive_int, default=1, metavar="N",
                   help="burn N documents at once in worker processes (default 1)")
    add_verbosity(a)
    add_redact_options(a, policy=False)
    a.set_defaults(func=cmd_apply)

    d = sub.add_parser("diff", help=COMMANDS["diff"],
                       description="Match redactions of two logs of one document by page and overlapping "
                       "rectangles (IoU >= 0.5 or containment), not by id. Exits 0 when both logs burn "
                       "the same redactions, 1 when they differ (like diff(1)), 2 when a log cannot be read.")
    d.add_argument("old", metavar="OLD.json")
    d.add_argument("new", metavar="NEW.json")
    d.add_argument("--json", action="store_true", help="print JSON instead of text")
    d.set_defaults(func=cmd_diff)

    x = sub.add_parser("index", help=COMMANDS["index"],
                       description="From final logs write DIR/exemption-index.csv and "
                       "DIR/exemption-index.html: page, exemption, reason and count per document.")
    x.add_argument("logs", nargs="+", metavar="LOG.json")
    x.add_argument("-o", "--output", required=True, metavar="DIR")
    add_verbosity(x)
    x.set_defaults(func=cmd_index)
