"""One document's work: the task, its result row, the per-process engine and the worker entry point.

Workers return small :class:`DocResult` records; only the parent writes packet outputs.
"""

from __future__ import annotations

import logging
import os
import threading
import time
import traceback
from collections import Counter
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from ..api import Redactor
from ..detect import DEFAULT_MODEL, Detector
from ..detect.packet import consistency_findings, packet_values
from ..errors import (
    ExitCode,
    RedactkitError,
)
from ..plan import make_plan
from ..review import read_plan_file, write_bundle
from ..review.decisions import apply_review, load_decisions
from ..settings import RedactSettings

if TYPE_CHECKING:
    from ..api import Redactor
    from ..detect import Detector
    from ..model import Plan
    from ..names import PublicName
    from ..policy import Policy
    from ..report import RedactionLog

__all__ = [
    "DocResult",
    "DocTask",
    "Engine",
    "TaskMode",
    "init_worker",
    "run_task",
    "worker_run",
]

logger = logging.getLogger("redactkit.batch")


TaskMode = Literal["redact", "propose", "bundle", "apply"]


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
        approver: ``apply``: who approved the reviewed document at QC (``redactkit serve``), for the log.
        accept_unreviewed: ``apply``: the run was told to burn a document without decisions.
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
    approver: str = ""
    accept_unreviewed: bool = False


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
                names = packet_values((r.entity, r.text) for r in plan.active())
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
    return _done(task, log, t0, worker, consistency_added=added)


def _done(task: DocTask, log: RedactionLog, t0: float, worker: str, **extra: Any) -> DocResult:
    """The result of a document whose verified output ``log`` describes (redact and apply)."""
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
        **extra,
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
    log = apply_review(redactor, plan_file, decisions, task.dst, name=task.public_name)
    # who reviewed and approved, and whether an unreviewed proposal was burned on purpose
    log.review = {"reviewer": decisions.reviewer if decisions is not None else "",
                  "approver": task.approver,
                  "accept_unreviewed": decisions is None and task.accept_unreviewed}
    if task.log_path:
        log.write_json(task.log_path)
        log.write_csv(Path(task.log_path).with_suffix(".csv"))
    burned = [r for r in log.redactions if r.status != "rejected"]
    return _done(
        task, log, t0, worker,
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
