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

import hashlib
import logging
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from .. import __version__
from .._fileio import sha256_file
from ..detect import DEFAULT_MODEL, Detector
from ..errors import (
    DocumentFailure,
    ExitCode,
    PolicyError,
    RedactkitError,
    run_exit_code,
)
from ..names import public_name, record_names
from ..policy import Policy as PolicyType
from ..policy import load_policy
from ..settings import RedactSettings
from .discover import PacketItem, count_pages
from .executors import Executor, SerialExecutor, make_executor
from .outputs import finish_packet
from .progress import NullProgress
from .rows import PacketEntry, SummaryRow
from .state import DocKey, PacketState
from .tasks import DocResult, DocTask, Engine

if TYPE_CHECKING:
    from ..detect import Detector
    from ..names import PublicName
    from ..policy import Policy
    from .progress import ProgressBar

__all__ = [
    "BatchOptions",
    "BatchReport",
    "name_detector",
    "policy_key",
    "run_batch",
]

logger = logging.getLogger("redactkit.batch")
_log = logger


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

    rows: list[SummaryRow]
    summary_paths: list[Path]
    combined: Path | None
    gained: list[str]
    seconds: float
    packet_errors: list[str] = field(default_factory=list)

    @property
    def failures(self) -> list[SummaryRow]:
        """Rows of failed documents."""
        return [r for r in self.rows if not r.ok]

    @property
    def exit_code(self) -> int:
        """The run's exit code from its failures (:func:`redactkit.errors.run_exit_code`).

        0 when every document is done (and the combined release written). A document's
        usage error (e.g. a bad manifest policy) and a packet-level error count as 1.
        """
        codes = [r.exit_code or int(ExitCode.DOCUMENT_FAILED) for r in self.failures]
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

    entries: list[PacketEntry] = []
    for it in items:
        try:
            sha = sha256_file(it.path)
            err = ""
        except OSError as exc:
            sha, err = "", f"{it.path}: cannot read the file ({exc.strerror or exc})."
        entries.append(
            PacketEntry(
                item=it,
                policy=pol(it),
                source=shown(it),
                sha256=sha,
                pages=count_pages(it.path) if sha else 0,
                read_error=err,
                output=out / f"{it.name}.redacted.pdf",
                log=out / f"{it.name}.log.json",
            )
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
            readable = [e for e in entries if not e.read_error]
            if opts.consistent:
                extra = _pass_one(readable, state, executor, progress)
            progress.start(len(entries), sum(e.pages for e in entries))
            todo: list[DocTask] = []
            for e in entries:
                if e.read_error:
                    results[e.name] = DocResult(
                        e.name,
                        False,
                        error_type="InputError",
                        error=e.read_error,
                        exit_code=int(ExitCode.DOCUMENT_FAILED),
                    )
                    progress.advance(0, True)
                    continue
                done = state.completed(_doc_key(e, extra), e.output)
                if done is not None:
                    results[e.name] = DocResult.from_dict(done)
                    resumed.add(e.name)
                    progress.advance(e.pages, False, skipped=True)
                    continue
                todo.append(
                    DocTask(e.name, str(e.item.path), str(e.output), str(e.log), e.policy, extra_names=extra,
                            public_name=public.get(e.name))
                )
            by_name = {e.name: e for e in entries}
            for res in executor.map_unordered(todo):
                e = by_name[res.doc_id]
                key = _doc_key(e, extra)
                if e.name in public:  # messages name the source by its path: use the safe name
                    res.error = res.error.replace(str(e.item.path), e.source)
                if res.ok:
                    state.record(
                        key, e.source, "done", output_sha256=res.output_sha256, result=res.to_dict()
                    )
                    logger.info("%s: done, %d redaction(s)", e.item.path, res.redactions)
                else:
                    logger.warning("%s: failed: %s", e.source, res.error)
                    state.record(key, e.source, "failed", error=res.error, result=res.to_dict())
                    progress.message(f"FAILED {e.source}: {res.error}")
                    if res.traceback:
                        _log.info("traceback of %s:\n%s", e.source, res.traceback.rstrip())
                results[res.doc_id] = res
                progress.advance(res.pages or e.pages, not res.ok)
        finally:
            progress.close()
            if own_executor and executor is not None:
                executor.close()

    rows: list[SummaryRow] = []
    for e in entries:
        res = results[e.name]
        if res.consistency_added:
            gained.append(e.name)
        rows.append(SummaryRow.from_result(e, res, resumed=e.name in resumed))
    finished = finish_packet(
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
    return BatchReport(
        finished.rows,
        finished.summary_paths,
        finished.combined,
        gained,
        time.perf_counter() - t0,
        finished.packet_errors,
    )


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


def _doc_key(e: PacketEntry, extra: tuple[str, ...]) -> DocKey:
    """The state key of ``e`` in pass 2 (``extra``: the packet-wide names of ``--consistent``)."""
    return DocKey(e.name, e.sha256, policy_key(e.policy, extra), __version__)


def _pass_one(
    entries: list[PacketEntry],
    state: PacketState,
    executor: Executor,
    progress: ProgressBar,
) -> tuple[str, ...]:
    """``--consistent`` pass 1: the union of redacted person names over the packet (cached in the state)."""
    names: set[str] = set()
    todo: list[DocTask] = []
    by_name: dict[str, PacketEntry] = {}
    progress.message("pass 1 of 2: detecting in every document (--consistent)")
    for e in entries:
        cached = state.proposal(e.sha256, e.policy.sha256, __version__)
        if cached is not None:
            names.update(cached)
            continue
        by_name[e.name] = e
        todo.append(DocTask(e.name, str(e.item.path), "", "", e.policy, mode="propose"))
    for res in executor.map_unordered(todo):
        e = by_name[res.doc_id]
        if res.ok:
            names.update(res.names)
            state.record_proposal(e.sha256, e.policy.sha256, __version__, res.names)
    progress.message(f"pass 2 of 2: redacting with {len(names)} packet-wide person name(s)")
    return tuple(sorted(names))
