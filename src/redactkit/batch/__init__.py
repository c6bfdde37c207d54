"""Batch: run a packet (a folder or a manifest) through the pipeline, with resume and a summary.

:mod:`.discover` (what the packet holds), :mod:`.tasks` (one document's work, run in a worker),
:mod:`.executors` (serial, process pool, Dask: one protocol, a name → factory table),
:mod:`.run` (the run: passes, resume, report), :mod:`.state` (the resume database),
:mod:`.outputs` (summaries, Bates stamps, combined PDF), :mod:`.progress` (progress bars),
:mod:`.rows` (the typed records: a packet's entries, the summary's rows and totals).
"""

from __future__ import annotations

from ..detect.packet import CONSISTENCY_RECOGNIZER, consistency_findings
from .discover import MANIFEST_COLUMNS, SUPPORTED_SUFFIXES, PacketItem, count_pages, discover
from .executors import EXECUTORS, DaskExecutor, Executor, LocalPoolExecutor, SerialExecutor, make_executor
from .rows import SUMMARY_FIELDS, PacketEntry, PacketTotals, SummaryRow
from .run import BatchOptions, BatchReport, name_detector, policy_key, run_batch
from .tasks import DocResult, DocTask, Engine, TaskMode, init_worker, run_task, worker_run

__all__ = [
    "BatchOptions",
    "BatchReport",
    "CONSISTENCY_RECOGNIZER",
    "DaskExecutor",
    "DocResult",
    "DocTask",
    "EXECUTORS",
    "Engine",
    "Executor",
    "LocalPoolExecutor",
    "MANIFEST_COLUMNS",
    "PacketEntry",
    "PacketItem",
    "PacketTotals",
    "SUMMARY_FIELDS",
    "SUPPORTED_SUFFIXES",
    "SerialExecutor",
    "SummaryRow",
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
