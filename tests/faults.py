"""Fault injection for tests: task functions for worker processes (picklable: imported by name
in the worker), and a pause at the output save for crash tests.

Like OCRmyPDF's crashing test plugins: production code has no hook for them; a test
passes one as the pool's task function (``LocalPoolExecutor(fn=...)``), monkeypatches
``redactkit.batch.executors.worker_run`` in the parent before the pool is built, or runs
the CLI through :func:`pause_at_save` in a child process.
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


def pause_at_save(stage: str, ready: str) -> None:
    """Make this process pause 60 s ``before_save`` or ``after_save`` of an output PDF (the
    allowlist rebuild writing a temporary ``.part`` file), after writing ``ready``: a test
    can SIGKILL it right there."""
    import redactkit.burn._burn as burn_mod

    real = burn_mod.rebuild_pdf

    def rebuild_pdf(data: bytes, dst: Any, *args: Any, **kwargs: Any) -> Any:
        output = str(dst).endswith(".part")
        if output and stage == "before_save":
            Path(ready).write_text(stage)
            time.sleep(60)
        result = real(data, dst, *args, **kwargs)
        if output and stage == "after_save":
            Path(ready).write_text(stage)
            time.sleep(60)
        return result

    burn_mod.rebuild_pdf = rebuild_pdf  # type: ignore[assignment]


#: ``python -c`` program: the CLI with :func:`pause_at_save` installed (argv: stage, ready, CLI args).
PAUSED_CLI = ("import sys, faults; faults.pause_at_save(sys.argv[1], sys.argv[2]); "
              "from redactkit.cli import main; sys.exit(main(sys.argv[3:]))")


#: ``python -c`` program: the OCR worker (``redactkit/ingest/tessapi.py``, argv[1]) with every
#: call of reader argv[3] (``ingest``, ``verify``) first writing the file argv[4] (the call has
#: started) and then sleeping argv[2] seconds before Tesseract reads the page: a stand-in for a
#: call stuck in layout analysis, and a moment at which a test can kill the worker mid-call.
#: Started in place of the real worker by monkeypatching ``ocrworker.worker_command``.
SLOW_OCR_WORKER = """
import importlib.util, sys, time
spec = importlib.util.spec_from_file_location("tessapi", sys.argv[1])
tessapi = importlib.util.module_from_spec(spec)
spec.loader.exec_module(tessapi)
real = tessapi.recognise

def slow(*args, **kwargs):
    if kwargs["reader"] == sys.argv[3]:
        open(sys.argv[4], "w").close()
        time.sleep(float(sys.argv[2]))
    return real(*args, **kwargs)

tessapi.recognise = slow
sys.exit(tessapi.main())
"""
