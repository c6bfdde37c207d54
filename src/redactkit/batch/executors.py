"""Executors behind one :class:`Executor` protocol: serial, a local process pool (pebble), Dask.

:data:`EXECUTORS` maps an ``--executor`` name to its factory; add an executor there.
"""

from __future__ import annotations

import glob
import multiprocessing
import os
import time
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import FIRST_COMPLETED, Future, wait
from dataclasses import astuple
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal, Protocol

from .._fileio import remove_stale_parts
from .._guards import timeout_message
from ..errors import (
    DocumentTimeoutError,
    ExitCode,
    UsageError,
)
from ..review import bundle_paths
from ..settings import RedactSettings
from .tasks import DocResult, DocTask, Engine, init_worker, run_task, worker_run

if TYPE_CHECKING:
    from ..policy import Policy
    from .run import BatchOptions

__all__ = [
    "EXECUTORS",
    "DaskExecutor",
    "Executor",
    "LocalPoolExecutor",
    "SerialExecutor",
    "make_executor",
]


def _failed(
    task: DocTask, error_type: str, message: str, exit_code: int = int(ExitCode.DOCUMENT_FAILED)
) -> DocResult:
    return DocResult(task.doc_id, False, error_type=error_type, error=message, exit_code=exit_code)


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


def _dask(opts: BatchOptions, warm_policy: Policy | None) -> Executor:
    if not opts.scheduler:
        raise UsageError("--executor dask needs --scheduler ADDRESS (e.g. tcp://10.0.0.5:8786).")
    return DaskExecutor(opts.scheduler, settings=opts.settings, warm_policy=warm_policy)


def _local(opts: BatchOptions, warm_policy: Policy | None) -> Executor:
    workers = opts.workers or os.cpu_count() or 1
    return LocalPoolExecutor(workers, settings=opts.settings, warm_policy=warm_policy)


#: Executors by ``--executor`` name: a factory taking the batch options and the policy to warm
#: in each worker. To add an executor, implement :class:`Executor` and add its factory here.
EXECUTORS: dict[str, Callable[[BatchOptions, Policy | None], Executor]] = {"local": _local, "dask": _dask}


def make_executor(opts: BatchOptions, warm_policy: Policy | None = None) -> Executor:
    """The executor ``opts`` asks for (any name but ``dask`` runs locally, as it always has)."""
    return EXECUTORS.get(opts.executor, _local)(opts, warm_policy)
