"""Batch runs over a records packet: discovery, the per-document task, executors, resume.

A *packet* is a folder (searched recursively for PDFs and images) or a manifest
(CSV or YAML with columns ``file``, ``policy``, ``requester``, ``notes``).
:func:`run_batch` redacts every document with the same task function,
:func:`run_task`, wherever it runs:

* :class:`SerialExecutor` — in this process (tests, library use);
* :class:`LocalPoolExecutor` — a :class:`pebble.ProcessPool` whose ``initializer``
  loads one engine (spaCy + Presidio) per worker process; a document over the
  per-document time limit, or one that kills its worker, fails alone and the
  worker is replaced;
* :class:`DaskExecutor` — a Dask ``distributed`` cluster (``--executor dask
  --scheduler ADDRESS``); each worker process loads one engine on first use.

Workers write each document's redacted PDF and log (atomically, through
:class:`redactkit.api.Redactor`) and return a small :class:`DocResult`; only the
parent records state (:mod:`redactkit.packet_state`), reports progress and writes
the packet outputs (:mod:`redactkit.packet_outputs`).

Any input the :class:`~redactkit.api.Redactor` accepts works; an input it
refuses (a scan before OCR support, a corrupt file) is a failure of that
document only, listed with its reason.
"""

from __future__ import annotations

import csv
import glob
import hashlib
import logging
import multiprocessing
import os
import threading
import time
import traceback
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import FIRST_COMPLETED, Future, wait
from dataclasses import asdict, astuple, dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal, Protocol

import pymupdf
import yaml
from PIL import Image

from .. import __version__
from .._fileio import remove_stale_parts, sha256_file
from .._guards import timeout_message
from ..api import Redactor
from ..detect import DEFAULT_MODEL, Detector
from ..detect.packet import CONSISTENCY_RECOGNIZER, consistency_findings
from ..errors import (
    DocumentFailure,
    DocumentTimeoutError,
    ExitCode,
    PolicyError,
    RedactkitError,
    UsageError,
    run_exit_code,
)
from ..names import public_name, record_names
from ..plan import make_plan
from ..policy import Policy as PolicyType
from ..policy import load_policy
from ..review import bundle_paths, read_plan_file, write_bundle
from ..review.decisions import apply_review, load_decisions
from ..settings import RedactSettings
from .outputs import finish_packet
from .progress import NullProgress
from .state import DocKey, PacketState

logger = logging.getLogger("redactkit.batch")

if TYPE_CHECKING:
    from ..api import Redactor
    from ..detect import Detector
    from ..model import Plan
    from ..names import PublicName
    from ..policy import Policy
    from .progress import ProgressBar

__all__ = [
    "BatchOptions",
    "BatchReport",
    "CONSISTENCY_RECOGNIZER",
    "DaskExecutor",
    "DocResult",
    "DocTask",
    "Engine",
    "Executor",
    "LocalPoolExecutor",
    "MANIFEST_COLUMNS",
    "PacketItem",
    "SUPPORTED_SUFFIXES",
    "SerialExecutor",
    "TaskMode",
    "consistency_findings",
    "count_pages",
    "discover",
    "init_worker",
    "make_executor",
    "name_detector",
    "policy_key",
    "run_batch",
    "run_task",
    "worker_run",
]

#: Suffixes a folder packet is searched for (images work once the Redactor accepts them).
SUPPORTED_SUFFIXES = frozenset({".pdf", ".tif", ".tiff", ".png", ".jpg", ".jpeg"})
#: Manifest column names (``requester_type`` is accepted for ``requester``).
MANIFEST_COLUMNS = ("file", "policy", "requester", "notes")

_log = logging.getLogger("redactkit.batch")

TaskMode = Literal["redact", "propose", "bundle", "apply"]


# --------------------------------------------------------------------------- discovery


@dataclass(frozen=True)
class PacketItem:
    """One document of a packet.

    Attributes:
        path: the source file.
        name: output name relative to the output folder, without suffix
            (``sub/report`` → ``OUT/sub/report.redacted.pdf``); unique in the packet.
        policy: policy override (profile name or rule-file path), or None for the run's policy.
        requester: requester type from the manifest ("" for a folder packet).
        notes: free text from the manifest.
    """

    path: Path
    name: str
    policy: str | None = None
    requester: str = ""
    notes: str = ""


def discover(packet: str | os.PathLike[str], out: str | os.PathLike[str] | None = None) -> list[PacketItem]:
    """The documents of ``packet`` (a folder or a ``.csv``/``.yaml``/``.yml`` manifest), in a stable order.

    Args:
        packet: folder or manifest.
        out: the output folder; when it lies inside a folder packet it is not searched.

    Raises:
        UsageError: the packet is missing, empty, or the manifest is malformed.
    """
    p = Path(packet)
    out_p = Path(out).resolve() if out is not None else None
    if p.is_dir():
        root = p.resolve()
        if out_p is not None and out_p == root:
            raise UsageError(f"output folder {out} is the packet folder; choose another folder.")
        files = sorted(
            (
                q
                for q in root.rglob("*")
                if q.is_file()
                and q.suffix.lower() in SUPPORTED_SUFFIXES
                and not (out_p is not None and out_p in q.parents)
            ),
            key=lambda q: q.relative_to(root).as_posix(),
        )
        rows: list[tuple[Path, str | None, str, str]] = [(f, None, "", "") for f in files]
        base = root
    elif p.is_file() and p.suffix.lower() in (".csv", ".yaml", ".yml"):
        rows = _read_manifest(p)
        base = p.resolve().parent
    elif p.exists():
        raise UsageError(
            f"{p}: a packet is a folder or a CSV/YAML manifest (file, policy, requester, notes)."
        )
    else:
        raise UsageError(f"{p}: no such folder or manifest.")
    if not rows:
        raise UsageError(f"{p}: no documents found (looked for {', '.join(sorted(SUPPORTED_SUFFIXES))}).")
    return _name_items(rows, base)


def _read_manifest(path: Path) -> list[tuple[Path, str | None, str, str]]:
    base = path.resolve().parent
    records: list[dict[str, Any]]
    if path.suffix.lower() == ".csv":
        with open(path, newline="", encoding="utf-8-sig") as f:
            reader = csv.DictReader(f)
            if reader.fieldnames is None or "file" not in [h.strip() for h in reader.fieldnames]:
                raise UsageError(
                    f"{path}: the manifest needs a header row with a 'file' column "
                    f"(columns: {', '.join(MANIFEST_COLUMNS)})."
                )
            records = [{(k or "").strip(): (v or "").strip() for k, v in r.items()} for r in reader]
        first_line = 2
    else:
        try:
            data = yaml.safe_load(path.read_text(encoding="utf-8"))
        except yaml.YAMLError as exc:
            raise UsageError(f"{path}: not valid YAML: {exc}") from exc
        if isinstance(data, dict):
            data = data.get("documents")
        if not isinstance(data, list):
            raise UsageError(
                f"{path}: a YAML manifest is a list of entries (or 'documents:' with a list), "
                f"each with keys {', '.join(MANIFEST_COLUMNS)}."
            )
        records = []
        for i, entry in enumerate(data):
            if isinstance(entry, str):
                entry = {"file": entry}
            if not isinstance(entry, dict):
                raise UsageError(f"{path}: entry {i + 1} is not a mapping with a 'file' key.")
            records.append({str(k): "" if v is None else str(v) for k, v in entry.items()})
        first_line = 1
    rows: list[tuple[Path, str | None, str, str]] = []
    for i, rec in enumerate(records):
        where = f"{path}: {'row' if path.suffix.lower() == '.csv' else 'entry'} {i + first_line}"
        unknown = set(rec) - set(MANIFEST_COLUMNS) - {"requester_type", ""}
        if unknown:
            raise UsageError(
                f"{where}: unknown column(s) {sorted(unknown)}; allowed: {', '.join(MANIFEST_COLUMNS)}."
            )
        file = rec.get("file", "")
        if not file:
            raise UsageError(f"{where}: 'file' is empty.")
        fp = Path(file)
        fp = fp if fp.is_absolute() else base / fp
        policy = rec.get("policy") or None
        if policy and policy.lower().endswith((".yaml", ".yml")) and not Path(policy).is_absolute():
            policy = str(base / policy)
        rows.append(
            (fp, policy, rec.get("requester") or rec.get("requester_type") or "", rec.get("notes", ""))
        )
    return rows


def _name_items(rows: list[tuple[Path, str | None, str, str]], base: Path) -> list[PacketItem]:
    items: list[PacketItem] = []
    seen: dict[str, Path] = {}
    for path, policy, requester, notes in rows:
        try:
            rel = path.resolve().relative_to(base)
            stem = rel.with_suffix("").as_posix()
        except ValueError:
            stem = path.stem
        name = stem
        if name in seen:  # "report.pdf" beside "report.tif": keep both, tell them apart by suffix
            name = f"{stem}{path.suffix.lower().replace('.', '_')}"
        if name in seen:
            raise UsageError(
                f"two packet entries would write the same output '{name}': {seen[name]} and {path}."
            )
        seen[name] = path
        items.append(PacketItem(path=path, name=name, policy=policy, requester=requester, notes=notes))
    return items


def count_pages(path: Path) -> int:
    """Page count of a PDF or image (frames of a TIFF); 0 when the file cannot be read."""
    try:
        if path.suffix.lower() == ".pdf":
            with pymupdf.open(path) as doc:
                return int(doc.page_count)

        with Image.open(path) as im:
            return int(getattr(im, "n_frames", 1))
    except Exception:
        return 0


# --------------------------------------------------------------------------- the task


@dataclass(frozen=True)
class DocTask:
    """One unit of work, sent to a worker. Small and picklable.

    Attributes:
        doc_id: the item's output name (unique in the packet).
        src: source path.
        dst: redacted PDF path.
        log_path: JSON log path (the CSV goes beside it).
        policy: the resolved policy (sent whole: workers need no rule files).
        mode: ``redact`` (write output and log), ``propose`` (``--consistent`` pass 1:
            detect and plan only), ``bundle`` (write the review bundle into the folder
            ``dst``) or ``apply`` (burn the reviewed plan ``plan_file`` with ``decisions``).
        extra_names: ``--consistent`` pass 2: person names redacted elsewhere in the packet.
        plan_file: ``apply``: the ``X.plan.json`` to burn.
        decisions: ``apply``: the decisions file to apply ("" for none).
        public_name: the source's name for the log when its file name held private data
            (see :mod:`redactkit.names`).
    """

    doc_id: str
    src: str
    dst: str
    log_path: str
    policy: Policy
    mode: TaskMode = "redact"
    extra_names: tuple[str, ...] = ()
    plan_file: str = ""
    decisions: str = ""
    public_name: PublicName | None = None


@dataclass
class DocResult:
    """What a worker returns for one document: counts and timings, never document content."""

    doc_id: str
    ok: bool
    pages: int = 0
    redactions: int = 0
    by_exemption: dict[str, int] = field(default_factory=dict)
    source_sha256: str = ""
    output_sha256: str = ""
    error_type: str = ""
    error: str = ""
    exit_code: int = 0
    timings: dict[str, float] = field(default_factory=dict)
    seconds: float = 0.0
    worker: str = ""
    names: list[str] = field(default_factory=list)
    consistency_added: int = 0
    rejected: int = 0
    manual: int = 0
    reviewer: str = ""
    traceback: str = ""

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict (``names`` and ``traceback`` dropped: they may hold redacted text)."""
        d = asdict(self)
        d.pop("names")
        d.pop("traceback")
        return d

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> DocResult:
        """Inverse of :meth:`to_dict`."""
        known = {k: v for k, v in d.items() if k in cls.__dataclass_fields__}
        return cls(**known)


class Engine:
    """One loaded detector and a :class:`Redactor` per policy: what a worker process holds.

    Args:
        settings: the run's settings (model, OCR, verification, time limit...); the
            policy of each task comes with the task.
        detector: reuse a loaded detector (e.g. a test session's).
    """

    def __init__(self, settings: RedactSettings | None = None, *, detector: Detector | None = None) -> None:
        self.settings = settings or RedactSettings()
        self.detector = detector or Detector(self.settings.model or DEFAULT_MODEL)
        self._redactors: dict[str, Redactor] = {}
        self.lock = threading.Lock()  # PyMuPDF and spaCy are not shared across threads

    @classmethod
    def from_redactor(cls, redactor: Redactor) -> Engine:
        """An engine with ``redactor``'s settings, sharing its loaded detector."""
        return cls(redactor.settings, detector=redactor.detector)

    def redactor(self, policy: Policy) -> Redactor:
        """The redactor for ``policy`` (created once per policy hash)."""
        r = self._redactors.get(policy.sha256)
        if r is None:
            r = Redactor.from_settings(self.settings, policy=policy, detector=self.detector)
            self._redactors[policy.sha256] = r
        return r

    def warm_up(self, policy: Policy) -> None:
        """Load the model and the policy's recognizers now."""
        self.detector.warm_up(policy)


def run_task(task: DocTask, engine: Engine) -> DocResult:
    """Redact (or, in ``propose`` mode, only plan) one document. Never raises for a document problem.

    Returns:
        A :class:`DocResult`; ``ok`` False with the error type and message on failure.
    """
    t0 = time.perf_counter()
    worker = f"{os.uname().nodename}:{os.getpid()}"
    try:
        with engine.lock:
            redactor = engine.redactor(task.policy)
            if task.mode == "propose":
                document, plan = redactor.propose(task.src)
                names = sorted({" ".join(r.text.split()) for r in plan.active() if r.entity == "PERSON"})
                return DocResult(
                    task.doc_id,
                    True,
                    pages=len(document.pages),
                    source_sha256=document.sha256,
                    seconds=time.perf_counter() - t0,
                    worker=worker,
                    names=names,
                )
            if task.mode == "bundle":
                return _bundle(task, redactor, t0, worker)
            if task.mode == "apply":
                return _apply(task, redactor, t0, worker)
            added = 0
            if task.extra_names:
                plan, added = _consistent_plan(redactor, Path(task.src), task.extra_names)
                log = redactor.redact(task.src, task.dst, log_path=task.log_path, plan=plan,
                                      name=task.public_name)
            else:
                log = redactor.redact(task.src, task.dst, log_path=task.log_path, name=task.public_name)
    except RedactkitError as exc:
        return DocResult(
            task.doc_id,
            False,
            error_type=type(exc).__name__,
            error=str(exc),
            exit_code=int(exc.exit_code),
            seconds=time.perf_counter() - t0,
            worker=worker,
        )
    except Exception as exc:  # a bug or a library crash: this document fails, the packet goes on
        logger.exception("%s: unexpected error", task.src)
        return DocResult(
            task.doc_id,
            False,
            error_type=type(exc).__name__,
            error=f"{task.src}: unexpected error {type(exc).__name__}: {_one_line(exc)}; "
            "no output was written. Report this (run with -v for the traceback).",
            exit_code=int(ExitCode.DOCUMENT_FAILED),
            seconds=time.perf_counter() - t0,
            worker=worker,
            traceback=traceback.format_exc(),
        )
    active = [r for r in log.redactions if r.status != "rejected"]
    return DocResult(
        task.doc_id,
        True,
        pages=int(log.source["pages"]),
        redactions=len(active),
        by_exemption=dict(sorted(Counter(r.exemption for r in active).items())),
        source_sha256=str(log.source["sha256"]),
        output_sha256=str(log.output["sha256"]) if log.output else "",
        timings={k: round(v, 4) for k, v in log.timings.items()},
        seconds=time.perf_counter() - t0,
        worker=worker,
        consistency_added=added,
    )


def _one_line(exc: BaseException) -> str:
    """An exception's message on one line (at most 300 characters)."""
    text = " ".join(str(exc).split()) or repr(exc)
    return text if len(text) <= 300 else text[:297] + "..."


def _bundle(task: DocTask, redactor: Redactor, t0: float, worker: str) -> DocResult:
    """``bundle`` mode: propose and write the review bundle of one document into ``task.dst``."""
    document, plan = redactor.propose(task.src)
    write_bundle(document, plan, redactor.policy, task.dst,
                 timings={"propose": time.perf_counter() - t0}, name=task.public_name)
    active = plan.active()
    return DocResult(
        task.doc_id,
        True,
        pages=len(document.pages),
        redactions=len(active),
        by_exemption=dict(sorted(Counter(r.exemption for r in active).items())),
        source_sha256=document.sha256,
        seconds=time.perf_counter() - t0,
        worker=worker,
    )


def _apply(task: DocTask, redactor: Redactor, t0: float, worker: str) -> DocResult:
    """``apply`` mode: burn the reviewed plan ``task.plan_file`` with ``task.decisions``."""
    plan_file = read_plan_file(task.plan_file)
    decisions = load_decisions(task.decisions) if task.decisions else None
    log = apply_review(redactor, plan_file, decisions, task.dst, log_path=task.log_path or None,
                       name=task.public_name)
    burned = [r for r in log.redactions if r.status != "rejected"]
    return DocResult(
        task.doc_id,
        True,
        pages=int(log.source["pages"]),
        redactions=len(burned),
        by_exemption=dict(sorted(Counter(r.exemption for r in burned).items())),
        source_sha256=str(log.source["sha256"]),
        output_sha256=str(log.output["sha256"]) if log.output else "",
        timings={k: round(v, 4) for k, v in log.timings.items()},
        seconds=time.perf_counter() - t0,
        worker=worker,
        rejected=len(log.redactions) - len(burned),
        manual=sum(1 for r in burned if r.status == "manual"),
        reviewer=decisions.reviewer if decisions is not None else "",
    )


def _consistent_plan(redactor: Redactor, src: Path, names: tuple[str, ...]) -> tuple[Plan, int]:
    """Detect as usual, add findings for the packet's redacted names, and plan.

    The document and its findings come from :meth:`Redactor.proposal`, so it is ingested
    and detected exactly as ``redact`` does (OCR for scans included), once.

    Returns:
        The plan and the number of mentions added by packet consistency.
    """
    document, findings, _ = redactor.proposal(src)
    extra = consistency_findings(document, findings, names, redactor.policy)
    return make_plan(document, findings + extra, redactor.policy), len(extra)


# --------------------------------------------------------------------------- worker-process state

_WORKER_ENGINE: Engine | None = None
_WORKER_LOCK = threading.Lock()


def init_worker(settings: RedactSettings | None, warm_policy: Policy | None) -> None:
    """Process-pool initializer: load one engine in this worker process."""
    global _WORKER_ENGINE
    os.environ.setdefault("OMP_THREAD_LIMIT", "1")  # Tesseract's threads fight the pool's processes
    with _WORKER_LOCK:
        if _WORKER_ENGINE is None:
            _WORKER_ENGINE = Engine(settings)
            if warm_policy is not None:
                _WORKER_ENGINE.warm_up(warm_policy)


def worker_run(task: DocTask) -> DocResult:
    """The task function of worker processes (pool and Dask): :func:`run_task` with this process's engine."""
    if _WORKER_ENGINE is None:  # a Dask worker that joined after start-up, or no initializer
        init_worker(None, None)
    assert _WORKER_ENGINE is not None
    return run_task(task, _WORKER_ENGINE)


def _failed(
    task: DocTask, error_type: str, message: str, exit_code: int = int(ExitCode.DOCUMENT_FAILED)
) -> DocResult:
    return DocResult(task.doc_id, False, error_type=error_type, error=message, exit_code=exit_code)


# --------------------------------------------------------------------------- executors


class Executor(Protocol):
    """Runs document tasks and yields their results as they finish (any order)."""

    workers: int

    def map_unordered(self, tasks: Iterable[DocTask]) -> Iterator[DocResult]:
        """Run every task; yield one :class:`DocResult` per task, in completion order."""
        ...

    def close(self) -> None:
        """Release workers."""
        ...


class SerialExecutor:
    """Runs tasks one after another in this process (tests, small jobs, debugging).

    A task over the settings' time limit fails when the stage it is in ends (the
    limit is checked between stages); use :class:`LocalPoolExecutor` for a hard limit.

    Args:
        engine: the loaded engine to use (created on first use when None).
        settings: the settings of an engine created on first use.
    """

    workers = 1

    def __init__(self, engine: Engine | None = None, *, settings: RedactSettings | None = None) -> None:
        self._engine = engine
        self._settings = settings

    def map_unordered(self, tasks: Iterable[DocTask]) -> Iterator[DocResult]:
        """Run each task in turn."""
        if self._engine is None:
            self._engine = Engine(self._settings)
        for task in tasks:
            yield run_task(task, self._engine)

    def close(self) -> None:
        """Nothing to release."""


class LocalPoolExecutor:
    """A process pool on this machine (:class:`pebble.ProcessPool`); each worker loads one engine once.

    A document over the time limit has its worker process killed, whatever it was
    doing (a long MuPDF or Tesseract call included), and fails with
    ``DocumentTimeoutError``; a document whose worker dies (a crash in a native
    library, the OOM killer) fails with ``WorkerDied``. Either way a fresh worker
    (which loads the engine again) takes its place and the other documents go on.
    Outputs are renamed into place only when complete, so a killed worker leaves
    nothing under an output name; its temporary files are removed.

    Args:
        workers: number of worker processes.
        settings: the engine settings of every worker.
        warm_policy: policy to warm up in each worker at start.
        timeout: per-document limit in seconds; defaults to ``settings.timeout``
            (None: no limit).
        fn: the task function (tests inject faults here); must be picklable.
    """

    def __init__(
        self,
        workers: int,
        *,
        settings: RedactSettings | None = None,
        warm_policy: Policy | None = None,
        timeout: float | None | Literal["settings"] = "settings",
        fn: Callable[[DocTask], DocResult] | None = None,
    ) -> None:
        self.workers = max(1, workers)
        self.settings = settings or RedactSettings()
        self.timeout = self.settings.timeout if timeout == "settings" else timeout
        self._init_args = (self.settings, warm_policy)
        self._fn = fn if fn is not None else worker_run
        self._pool: Any = None

    def _start(self) -> Any:
        from pebble import ProcessPool  # lazy: only for a process pool

        if self._pool is None:
            # spawn: no fork of a parent holding threads (progress bar, SQLite); same as a Dask worker
            self._pool = ProcessPool(
                max_workers=self.workers,
                initializer=init_worker,
                initargs=self._init_args,
                context=multiprocessing.get_context("spawn"),
            )
        return self._pool

    def map_unordered(self, tasks: Iterable[DocTask]) -> Iterator[DocResult]:
        """Run tasks with at most ``2 × workers`` in flight (memory stays flat in packet size)."""
        from pebble import ProcessExpired  # lazy: only for a process pool

        window = 2 * self.workers
        pending = iter(tasks)
        inflight: dict[Future[DocResult], DocTask] = {}
        exhausted = False
        while True:
            while not exhausted and len(inflight) < window:
                try:
                    task = next(pending)
                except StopIteration:
                    exhausted = True
                    break
                fut = self._start().schedule(self._fn, args=(task,), timeout=self.timeout)
                inflight[fut] = task
            if not inflight:
                return
            done, _ = wait(inflight, return_when=FIRST_COMPLETED)
            for fut in done:
                task = inflight.pop(fut)
                try:
                    yield fut.result()
                except TimeoutError:
                    assert self.timeout is not None
                    _remove_parts(task)
                    yield _failed(task, DocumentTimeoutError.__name__,
                                  timeout_message(task.src, self.timeout),
                                  int(DocumentTimeoutError.exit_code))
                except ProcessExpired as exc:
                    _remove_parts(task)
                    yield _failed(
                        task,
                        "WorkerDied",
                        f"{task.src}: the worker process died while redacting this document "
                        f"(exit code {exc.exitcode}: a crash in a native library or out of memory); "
                        "no output was written.",
                    )
                except Exception as exc:  # e.g. a result that cannot be unpickled
                    yield _failed(task, type(exc).__name__, f"{task.src}: the worker failed: {exc!r}")

    def close(self) -> None:
        """Stop the workers (every result has been collected, or the run was interrupted)."""
        if self._pool is not None:
            self._pool.stop()
            self._pool.join()
            self._pool = None


def _task_outputs(task: DocTask) -> list[Path]:
    """The files ``task`` writes (atomically), to clean up after its worker was killed."""
    if task.mode == "bundle":

        return list(astuple(bundle_paths(task.dst, Path(task.src).stem)))
    outs = [Path(p) for p in (task.dst, task.log_path) if p]
    if task.log_path:
        outs.append(Path(task.log_path).with_suffix(".csv"))
    return outs


def _remove_parts(task: DocTask) -> None:
    """Remove the temporary files a killed worker left beside ``task``'s outputs."""
    outs = _task_outputs(task)
    deadline = time.monotonic() + 5.0

    def has_parts(p: Path) -> bool:
        return p.parent.is_dir() and any(p.parent.glob(f".{glob.escape(p.name)}.*.part"))

    while True:
        left = [p for p in outs if has_parts(p)]
        for p in left:
            remove_stale_parts(p)
        left = [p for p in left if has_parts(p)]
        if not left or time.monotonic() > deadline:  # a live process's parts are never touched
            return
        time.sleep(0.1)


class DaskExecutor:
    """Runs the same task function on a Dask ``distributed`` cluster.

    Workers must have redactkit (with its model) installed, see the same paths
    as the parent for sources and outputs (shared storage), and should run one
    thread per process (``dask worker ADDRESS --nworkers N --nthreads 1``): an
    engine serialises its documents behind a lock in any case.

    The settings' time limit is checked between the stages of a document (Dask
    cannot kill one task's worker process); use the local pool for a hard limit.

    Args:
        scheduler: scheduler address (``tcp://host:8786``) or a ``distributed.Client``.
        settings: the engine settings of every worker.
        warm_policy: policy to warm up on every worker at start (the "initializer").
    """

    def __init__(
        self,
        scheduler: Any,
        *,
        settings: RedactSettings | None = None,
        warm_policy: Policy | None = None,
    ) -> None:
        try:
            from distributed import Client  # lazy: optional extra (dask)
        except ImportError as exc:  # pragma: no cover - depends on the install
            raise UsageError(
                "--executor dask needs dask.distributed: pip install 'redactkit[dask]'."
            ) from exc
        self._own = not isinstance(scheduler, Client)
        try:
            self.client = Client(scheduler) if self._own else scheduler
        except OSError as exc:
            raise UsageError(f"cannot reach the Dask scheduler at {scheduler}: {exc}") from exc
        self.client.run(init_worker, settings or RedactSettings(), warm_policy)
        self.workers = max(1, sum(self.client.nthreads().values()))

    def map_unordered(self, tasks: Iterable[DocTask]) -> Iterator[DocResult]:
        """Submit with a bounded window; yield results as they complete."""
        from distributed import as_completed  # lazy: optional extra (dask)

        window = 2 * self.workers
        pending = iter(tasks)
        by_key: dict[Any, DocTask] = {}
        ac = as_completed()

        def submit_next() -> bool:
            try:
                task = next(pending)
            except StopIteration:
                return False
            fut = self.client.submit(worker_run, task, pure=False)
            by_key[fut.key] = task
            ac.add(fut)
            return True

        for _ in range(window):
            if not submit_next():
                break
        for fut in ac:
            task = by_key.pop(fut.key)
            try:
                result: DocResult = fut.result()
            except Exception as exc:  # KilledWorker, lost connection ...
                result = _failed(task, type(exc).__name__, f"{task.src}: the Dask task failed: {exc!r}")
            fut.release()
            yield result
            submit_next()

    def close(self) -> None:
        """Close the client if this executor opened it."""
        if self._own:
            self.client.close()


# --------------------------------------------------------------------------- the run


@dataclass
class BatchOptions:
    """Options of one batch run (what the ``batch`` command parses).

    Attributes:
        out: output folder.
        settings: the redaction settings; ``settings.policy`` is the default policy
            (a manifest row may override it).
        workers: worker processes (default: CPU count).
        executor: ``local`` or ``dask``.
        scheduler: Dask scheduler address.
        consistent: redact a person redacted anywhere in the packet everywhere in it.
        bates: Bates prefix; None for no stamping.
        bates_start: first Bates number.
        footer: release footer text stamped beside the Bates number.
        combine: also write the whole release as one PDF with bookmarks.
    """

    out: Path
    settings: RedactSettings = field(default_factory=RedactSettings)
    workers: int | None = None
    executor: Literal["local", "dask"] = "local"
    scheduler: str | None = None
    consistent: bool = False
    bates: str | None = None
    bates_start: int = 1
    footer: str | None = None
    combine: bool = False

    @property
    def policy(self) -> Any:
        """The default policy (``settings.policy``)."""
        return self.settings.policy


@dataclass
class BatchReport:
    """The outcome of :func:`run_batch`: one row per document (packet order) and the written files."""

    rows: list[dict[str, Any]]
    summary_paths: list[Path]
    combined: Path | None
    gained: list[str]
    seconds: float
    packet_errors: list[str] = field(default_factory=list)

    @property
    def failures(self) -> list[dict[str, Any]]:
        """Rows of failed documents."""
        return [r for r in self.rows if r["status"] != "ok"]

    @property
    def exit_code(self) -> int:
        """The run's exit code from its failures (:func:`redactkit.errors.run_exit_code`).

        0 when every document is done (and the combined release written). A document's
        usage error (e.g. a bad manifest policy) and a packet-level error count as 1.
        """
        codes = [int(r.get("exit_code") or ExitCode.DOCUMENT_FAILED) for r in self.failures]
        codes += [int(ExitCode.DOCUMENT_FAILED)] * len(self.packet_errors)
        codes = [int(ExitCode.DOCUMENT_FAILED) if c == ExitCode.USAGE else c for c in codes]
        return int(run_exit_code(DocumentFailure("", c) for c in codes))


def policy_key(policy: Policy, extra_names: Iterable[str] = ()) -> str:
    """The state key of a policy: its hash, plus the packet's names in ``--consistent`` mode."""
    names = sorted(set(extra_names))
    if not names:
        return policy.sha256
    h = hashlib.sha256((policy.sha256 + "\0consistent\0" + "\n".join(names)).encode())
    return "consistent:" + h.hexdigest()


def make_executor(opts: BatchOptions, warm_policy: Policy | None = None) -> Executor:
    """The executor ``opts`` asks for."""
    if opts.executor == "dask":
        if not opts.scheduler:
            raise UsageError("--executor dask needs --scheduler ADDRESS (e.g. tcp://10.0.0.5:8786).")
        return DaskExecutor(opts.scheduler, settings=opts.settings, warm_policy=warm_policy)
    workers = opts.workers or os.cpu_count() or 1
    return LocalPoolExecutor(workers, settings=opts.settings, warm_policy=warm_policy)


def run_batch(
    items: list[PacketItem],
    opts: BatchOptions,
    *,
    executor: Executor | None = None,
    progress: ProgressBar | None = None,
    argv: list[str] | None = None,
) -> BatchReport:
    """Redact a packet into ``opts.out``; resume where an earlier run stopped.

    Args:
        items: the packet (see :func:`discover`).
        opts: run options.
        executor: where tasks run; built from ``opts`` when None (and closed at the end).
        progress: progress display; none when None.
        argv: recorded in the state database.

    Returns:
        A :class:`BatchReport`; summaries are written to ``opts.out``.

    Raises:
        PolicyError: a policy cannot be loaded (nothing is run).
        UsageError: bad options.
    """
    t0 = time.perf_counter()
    out = Path(opts.out)
    out.mkdir(parents=True, exist_ok=True)
    progress = progress or NullProgress()

    policies: dict[str | None, Policy] = {}
    default_key: str | None = None
    if isinstance(opts.policy, PolicyType):
        policies[None] = opts.policy
    elif opts.policy is not None:
        default_key = str(opts.policy)
    for ref in [default_key] + [it.policy for it in items]:
        ref = ref if ref is not None else default_key
        if ref not in policies:
            try:
                policies[ref] = load_policy(ref)
            except PolicyError:
                raise
            except RedactkitError as exc:
                raise PolicyError(str(exc)) from exc

    def pol(it: PacketItem) -> Policy:
        return policies[it.policy if it.policy is not None else default_key]

    items, public = _public_items(items, pol, name_detector(executor, opts.settings), progress)

    record_names(out, public.values())

    def shown(it: PacketItem) -> str:
        """The source as summaries, state and messages show it (the safe name if replaced)."""
        pn = public.get(it.name)
        return pn.file_name if pn is not None else str(it.path)

    entries: list[dict[str, Any]] = []
    for it in items:
        try:
            sha = sha256_file(it.path)
            err = ""
        except OSError as exc:
            sha, err = "", f"{it.path}: cannot read the file ({exc.strerror or exc})."
        entries.append(
            {
                "item": it,
                "sha": sha,
                "pages": count_pages(it.path) if sha else 0,
                "read_error": err,
                "dst": out / f"{it.name}.redacted.pdf",
                "log": out / f"{it.name}.log.json",
            }
        )

    own_executor = executor is None
    results: dict[str, DocResult] = {}
    resumed: set[str] = set()
    gained: list[str] = []
    extra: tuple[str, ...] = ()
    with PacketState(out, argv) as state:
        try:
            if own_executor:
                executor = make_executor(opts, policies[default_key])
            assert executor is not None
            readable = [e for e in entries if not e["read_error"]]
            if opts.consistent:
                extra = _pass_one(readable, pol, state, executor, progress)
            progress.start(len(entries), sum(e["pages"] for e in entries))
            todo: list[DocTask] = []
            for e in entries:
                it = e["item"]
                if e["read_error"]:
                    results[it.name] = DocResult(
                        it.name,
                        False,
                        error_type="InputError",
                        error=e["read_error"],
                        exit_code=int(ExitCode.DOCUMENT_FAILED),
                    )
                    progress.advance(0, True)
                    continue
                key = DocKey(it.name, e["sha"], policy_key(pol(it), extra), __version__)
                done = state.completed(key, e["dst"])
                if done is not None:
                    results[it.name] = DocResult.from_dict(done)
                    resumed.add(it.name)
                    progress.advance(e["pages"], False, skipped=True)
                    continue
                todo.append(
                    DocTask(it.name, str(it.path), str(e["dst"]), str(e["log"]), pol(it), extra_names=extra,
                            public_name=public.get(it.name))
                )
            by_name = {e["item"].name: e for e in entries}
            for res in executor.map_unordered(todo):
                e = by_name[res.doc_id]
                it = e["item"]
                key = DocKey(it.name, e["sha"], policy_key(pol(it), extra), __version__)
                if it.name in public:  # messages name the source by its path: use the safe name
                    res.error = res.error.replace(str(it.path), shown(it))
                if res.ok:
                    state.record(
                        key, shown(it), "done", output_sha256=res.output_sha256, result=res.to_dict()
                    )
                    logger.info("%s: done, %d redaction(s)", it.path, res.redactions)
                else:
                    logger.warning("%s: failed: %s", shown(it), res.error)
                    state.record(key, shown(it), "failed", error=res.error, result=res.to_dict())
                    progress.message(f"FAILED {shown(it)}: {res.error}")
                    if res.traceback:
                        _log.info("traceback of %s:\n%s", shown(it), res.traceback.rstrip())
                results[res.doc_id] = res
                progress.advance(res.pages or e["pages"], not res.ok)
        finally:
            progress.close()
            if own_executor and executor is not None:
                executor.close()

    rows: list[dict[str, Any]] = []
    for e in entries:
        it = e["item"]
        res = results[it.name]
        if res.consistency_added:
            gained.append(it.name)
        rows.append(
            {
                "document": it.name,
                "source": shown(it),
                "requester": it.requester,
                "notes": it.notes,
                "policy": pol(it).name,
                "status": "ok" if res.ok else "failed",
                "resumed": it.name in resumed,
                "pages": res.pages or e["pages"],
                "redactions": res.redactions,
                "by_exemption": res.by_exemption,
                "consistency_added": res.consistency_added,
                "error_type": res.error_type,
                "error": res.error,
                "exit_code": res.exit_code,
                "seconds": round(res.seconds, 3),
                "timings": res.timings,
                "output": str(e["dst"]) if res.ok else "",
                "log": str(e["log"]) if res.ok else "",
                "output_sha256": res.output_sha256,
                "worker": res.worker,
                "bates_first": "",
                "bates_last": "",
            }
        )
    summary_paths, combined, packet_errors = finish_packet(
        rows,
        opts,
        meta={
            "tool": {"name": "redactkit", "version": __version__},
            "policy": {"name": policies[default_key].name, "sha256": policies[default_key].sha256},
            "consistent": opts.consistent,
            "consistency_names": len(extra),
            "executor": opts.executor,
            "workers": getattr(executor, "workers", None),
            "seconds": round(time.perf_counter() - t0, 3),
        },
    )
    return BatchReport(rows, summary_paths, combined, gained, time.perf_counter() - t0, packet_errors)


def name_detector(executor: Executor | None, settings: RedactSettings) -> Callable[[], Detector]:
    """The detector that reads file names in the parent: a serial executor's own (its engine
    is created now, so the model loads once), else one loaded here on first use (a process
    pool's workers hold theirs in other processes)."""
    loaded: list[Detector] = []

    def get() -> Detector:
        if isinstance(executor, SerialExecutor):
            if executor._engine is None:
                executor._engine = Engine(executor._settings or settings)
            return executor._engine.detector
        if not loaded:
            loaded.append(Detector(settings.model or DEFAULT_MODEL))
        return loaded[0]

    return get


def _public_items(
    items: list[PacketItem], pol: Callable[[PacketItem], Policy], detector: Callable[[], Detector],
    progress: ProgressBar,
) -> tuple[list[PacketItem], dict[str, PublicName]]:
    """Items whose name (folders below the packet root included) holds something their policy
    redacts are renamed ``document-<sha12>`` (see :mod:`redactkit.names`).

    Returns:
        The items (renamed where needed) and, by new name, the replaced names.
    """

    out: list[PacketItem] = []
    public: dict[str, PublicName] = {}
    taken = {it.name for it in items}
    for n, it in enumerate(items, 1):
        if not it.path.is_file():
            out.append(it)
            continue
        pn = public_name(it.path, detector(), pol(it), stem=it.name)
        if not pn.replaced:
            out.append(it)
            continue
        stem, k = pn.stem, 1
        while stem in taken:  # the same content twice under private names
            k += 1
            stem = f"{pn.stem}-{k}"
        taken.add(stem)
        pn = replace(pn, stem=stem)
        public[stem] = pn
        out.append(replace(it, name=stem))
        progress.message(f"warning: packet document {n}: a private identifier ({', '.join(pn.entities)}) "
                         f"was found in its file name; it is replaced by '{pn.file_name}'")
    return out, public


def _pass_one(
    entries: list[dict[str, Any]],
    pol: Callable[[PacketItem], Policy],
    state: Any,
    executor: Executor,
    progress: ProgressBar,
) -> tuple[str, ...]:
    """``--consistent`` pass 1: the union of redacted person names over the packet (cached in the state)."""
    names: set[str] = set()
    todo: list[DocTask] = []
    by_name: dict[str, dict[str, Any]] = {}
    progress.message("pass 1 of 2: detecting in every document (--consistent)")
    for e in entries:
        it = e["item"]
        cached = state.proposal(e["sha"], pol(it).sha256, __version__)
        if cached is not None:
            names.update(cached)
            continue
        by_name[it.name] = e
        todo.append(DocTask(it.name, str(it.path), "", "", pol(it), mode="propose"))
    for res in executor.map_unordered(todo):
        e = by_name[res.doc_id]
        if res.ok:
            names.update(res.names)
            state.record_proposal(e["sha"], pol(e["item"]).sha256, __version__, res.names)
    progress.message(f"pass 2 of 2: redacting with {len(names)} packet-wide person name(s)")
    return tuple(sorted(names))
