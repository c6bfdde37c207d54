"""The review commands of ``redactkit``: ``propose``, ``apply``, ``diff`` and ``index``.

:func:`add_commands` adds them to the main parser (:func:`redactkit.cli.build_parser`).
Each command returns an exit code and raises :mod:`redactkit.errors` types; the
main entry point turns those into messages and exit codes.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path
from typing import Any

from .errors import RedactkitError, UsageError, run_exit_code

__all__ = ["add_commands", "cmd_apply", "cmd_diff", "cmd_index", "cmd_propose"]


def _say(args: argparse.Namespace, msg: str) -> None:
    if not getattr(args, "quiet", False):
        print(msg, file=sys.stderr, flush=True)


def cmd_propose(args: argparse.Namespace) -> int:
    """Write a review bundle per input document; nothing is burned."""
    from .api import Redactor
    from .cli import _expand_inputs, _public_names
    from .detect import DEFAULT_MODEL
    from .review import propose_bundle

    files = _expand_inputs(args.inputs)
    out = Path(args.output)
    _say(args, f"Loading policy and model ({args.policy or 'police-public-release'})...")
    redactor = Redactor(args.policy, model=args.model or DEFAULT_MODEL)
    public = _public_names(args, files, out, redactor)
    stems: dict[str, Path] = {}
    for f in files:
        stem = public[f].stem
        if stem in stems:
            raise UsageError(f"two inputs would write the same bundle name '{stem}': {stems[stem]} and {f}.")
        stems[stem] = f
    failures: list[tuple[Path, RedactkitError]] = []
    for i, f in enumerate(files, 1):
        t = time.perf_counter()
        try:
            paths = propose_bundle(redactor, f, out, name=public[f])
        except RedactkitError as exc:
            failures.append((f, exc))
            _say(args, f"[{i}/{len(files)}] FAILED {f}: {exc}")
            continue
        _say(args, f"[{i}/{len(files)}] {public[f].file_name}: review bundle -> {paths.review_html} "
                   f"({time.perf_counter() - t:.1f} s)")
    _say(args, f"\nOpen the .review.html pages in a browser, export the decisions next to them, then run "
               f"'redactkit apply {out} -o OUT'.")
    if failures:
        _say(args, "Failed (no bundle written for these):")
        for f, err in failures:
            _say(args, f"  {f}: {err}")
    return int(run_exit_code(exc for _, exc in failures))


def _find_decisions(review: Path, stem: str, given: dict[str, Any]) -> Any:
    """The decisions for bundle ``stem``: from --decisions (matched by document name) or beside the plan."""
    from .decisions import load_decisions

    if stem in given:
        return given[stem]
    beside = review / f"{stem}.decisions.json"
    return load_decisions(beside) if beside.is_file() else None


def cmd_apply(args: argparse.Namespace) -> int:
    """Burn each reviewed plan of a review folder through the redact path."""
    from .api import Redactor
    from .decisions import apply_review, load_decisions
    from .detect import DEFAULT_MODEL
    from .review import read_plan_file

    review = Path(args.review)
    if not review.is_dir():
        raise UsageError(f"{review}: not a review folder (give the folder 'redactkit propose -o' wrote).")
    plan_paths = sorted(review.glob("*.plan.json"))
    if not plan_paths:
        raise UsageError(f"{review}: no *.plan.json files; run 'redactkit propose' first.")
    plan_files = [read_plan_file(p) for p in plan_paths]
    stems = {pf.stem for pf in plan_files}
    given: dict[str, Any] = {}
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
        given[stem] = dfile
    out = Path(args.output)
    if out.resolve() == review.resolve():
        raise UsageError(f"{out}: write the release to another folder than the review bundle.")
    redactors: dict[str, Redactor] = {}
    failures: list[tuple[str, RedactkitError]] = []
    for i, pf in enumerate(plan_files, 1):
        t = time.perf_counter()
        try:
            decisions = _find_decisions(review, pf.stem, given)
            if pf.policy_ref not in redactors:
                redactors[pf.policy_ref] = Redactor(pf.policy_ref, model=args.model or DEFAULT_MODEL,
                                                    label_boxes=not args.no_labels)
            redactor = redactors[pf.policy_ref]
            name = _public_name(out, pf, redactor)
            log = apply_review(redactor, pf, decisions, out / f"{name.stem}.redacted.pdf",
                               log_path=out / f"{name.stem}.log.json", name=name)
        except RedactkitError as exc:
            failures.append((pf.stem, exc))
            _say(args, f"[{i}/{len(plan_files)}] FAILED {pf.stem}: {exc}")
            continue
        burned = [r for r in log.redactions if r.status != "rejected"]
        rejected = len(log.redactions) - len(burned)
        manual = sum(1 for r in burned if r.status == "manual")
        who = f"reviewed by {decisions.reviewer}" if decisions else "NO decisions file: all proposed burned"
        _say(args, f"[{i}/{len(plan_files)}] {pf.stem}: {len(burned)} burned ({manual} manual), "
                   f"{rejected} rejected, {who}; verified -> {out / (name.stem + '.redacted.pdf')} "
                   f"({time.perf_counter() - t:.1f} s)")
    if failures:
        _say(args, "Failed (no output written for these):")
        for stem, err in failures:
            _say(args, f"  {stem}: {err}")
    return int(run_exit_code(exc for _, exc in failures))


def _public_name(out: Path, pf: Any, redactor: Any) -> Any:
    """The public name of a plan's source, checked again under the plan's policy (a bundle
    ``propose`` named ``document-<sha>`` stays so); a replaced one goes to OUT's private map."""
    from .names import PublicName, public_name, record_names

    if not pf.source.is_file():
        return PublicName(pf.source, pf.stem, suffix=pf.source.suffix)
    name = public_name(pf.source, redactor.detector, redactor.policy, sha256=pf.plan.source_sha256)
    if not name.replaced and pf.stem != pf.source.stem:  # propose replaced it (perhaps under another policy)
        name = PublicName(pf.source, pf.stem, True, (), pf.source.suffix)
    record_names(out, [name])
    return name


def _read_log(path: str) -> Any:
    import json

    from .report import RedactionLog

    try:
        return RedactionLog.read(path)
    except FileNotFoundError:
        raise UsageError(f"{path}: log file not found.") from None
    except (json.JSONDecodeError, ValueError, KeyError, TypeError) as exc:
        raise UsageError(f"{path}: not a readable redactkit log ({exc}).") from None


def cmd_diff(args: argparse.Namespace) -> int:
    """Print which redactions NEW adds, drops or changes compared with OLD."""
    from .logdiff import diff_logs

    diff = diff_logs(_read_log(args.old), _read_log(args.new))
    sys.stdout.write(diff.to_json() + "\n" if args.json else diff.to_text())
    return 0


def cmd_index(args: argparse.Namespace) -> int:
    """Write the public exemption index (CSV and HTML) of final logs."""
    from .exemption_index import write_index

    logs = [_read_log(p) for p in args.logs]
    for p, log in zip(args.logs, logs, strict=True):
        if log.output is None:
            _say(args, f"warning: {p} is a proposal (no output was burned); "
                       "its index shows proposed redactions.")
    files = write_index(logs, args.output)
    _say(args, f"Exemption index (no redacted text) -> {files.csv} and {files.html}")
    return 0


def add_commands(sub: argparse._SubParsersAction) -> None:
    """Add ``propose``, ``apply``, ``diff`` and ``index`` to the ``redactkit`` subcommands."""
    p = sub.add_parser("propose", help="write a review bundle per document (nothing is burned)",
                       description="For each input X.pdf write into REVIEW: X.proposed.pdf (internal review "
                       "copy with translucent boxes), X.review.html (review page: accept/reject, manual "
                       "boxes, export decisions), X.diff.txt, X.plan.json and X.log.json.")
    p.add_argument("inputs", nargs="+", metavar="IN", help="PDF files or folders (searched recursively)")
    p.add_argument("-o", "--output", required=True, metavar="REVIEW", help="review folder")
    p.add_argument("--policy", metavar="P", default=None, help="profile name or rule-file path")
    p.add_argument("--model", default=None, help="spaCy pipeline name")
    p.add_argument("-q", "--quiet", action="store_true", help="print nothing but errors")
    p.set_defaults(func=cmd_propose)

    a = sub.add_parser("apply", help="burn the reviewed redactions of a review folder",
                       description="For each X.plan.json in REVIEW, apply the decisions (--decisions, or "
                       "REVIEW/X.decisions.json) and burn accepted, manual and undecided (proposed) "
                       "redactions through the redact path into OUT: X.redacted.pdf, X.log.json, X.log.csv. "
                       "Refuses (exit 2) when a source changed since the proposal.")
    a.add_argument("review", metavar="REVIEW", help="folder written by 'redactkit propose'")
    a.add_argument("-o", "--output", required=True, metavar="OUT", help="output folder")
    a.add_argument("--decisions", action="append", metavar="F",
                   help="decisions file exported from the review page (repeatable; matched by its document)")
    a.add_argument("--model", default=None, help=argparse.SUPPRESS)
    a.add_argument("--no-labels", action="store_true", help="do not print exemption codes in the boxes")
    a.add_argument("-q", "--quiet", action="store_true", help="print nothing but errors")
    a.set_defaults(func=cmd_apply)

    d = sub.add_parser("diff", help="compare two logs: redactions added, dropped or changed",
                       description="Match redactions of two logs of one document by page and overlapping "
                       "rectangles (IoU >= 0.5 or containment), not by id.")
    d.add_argument("old", metavar="OLD.json")
    d.add_argument("new", metavar="NEW.json")
    d.add_argument("--json", action="store_true", help="print JSON instead of text")
    d.set_defaults(func=cmd_diff)

    x = sub.add_parser("index", help="write the public exemption index (no redacted text)",
                       description="From final logs write DIR/exemption-index.csv and "
                       "DIR/exemption-index.html: page, exemption, reason and count per document.")
    x.add_argument("logs", nargs="+", metavar="LOG.json")
    x.add_argument("-o", "--output", required=True, metavar="DIR")
    x.add_argument("-q", "--quiet", action="store_true", help="print nothing but errors")
    x.set_defaults(func=cmd_index)
