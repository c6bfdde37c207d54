"""Fault-injecting task functions for worker-process tests (picklable: imported by name in the worker).

Like OCRmyPDF's crashing test plugins: production code has no hook for them; a test
passes one as the pool's task function (``LocalPoolExecutor(fn=...)``) or monkeypatches
``redactkit.batch.worker_run`` in the parent before the pool is built.
"""

from __future__ import annotations

import os
import signal
import time
from pathlib import Path
from typing import Any

from redactkit.batch import DocResult, DocTask, worker_run


def block_like_a_native_call() -> None:
    """Block forever in a way ``SIGALRM`` cannot interrupt: the signal is masked (as a native
    library that blocks signals would) and the thread waits in ``read(2)`` on a pipe nobody writes."""
    signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGALRM, signal.SIGINT})
    r, _w = os.pipe()
    os.read(r, 1)


def stuck_in_burn(task: DocTask) -> DocResult:
    """Redact normally, except a document whose name contains ``stuck``: its burn writes the
    temporary output, records the time in ``<dst>.stuck-at`` and then never returns."""
    if "stuck" in Path(task.src).name:
        import redactkit.api as burn_mod  # api calls burn by the name it imported

        real = burn_mod.burn

        def burn_then_hang(*args: Any, **kwargs: Any) -> Any:
            real(*args, **kwargs)
            Path(task.dst + ".stuck-at").write_text(repr(time.time()))
            block_like_a_native_call()

        burn_mod.burn = burn_then_hang  # type: ignore[assignment]
    return worker_run(task)
