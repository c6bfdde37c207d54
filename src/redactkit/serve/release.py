"""Release: an approved document goes through the same apply → burn → verify path as ``redactkit apply``.

The server writes the document's decisions to ``REVIEW_DIR/X.decisions.json`` (where the
command-line ``apply`` also looks for them), then runs one ``apply`` task
(:func:`redactkit.batch.run_task`: :func:`redactkit.review.decisions.apply_review`, i.e.
``Redactor.redact`` with the reviewed plan) into the release folder. The log records the
reviewer and the approver. One release runs at a time (the engine holds one loaded model);
a failed release writes nothing (fail closed) and the document stays approved.
"""

from __future__ import annotations

import json
import threading
from pathlib import Path
from typing import Any

from .._fileio import write_text_atomic
from ..batch import DocResult, DocTask, Engine, run_task
from ..names import PublicName
from ..settings import RedactSettings
from .packet import MUPDF_LOCK, Packet

__all__ = ["Releaser"]


class Releaser:
    """Burns approved documents of a packet into ``out_dir``.

    Args:
        packet: the review folder.
        out_dir: the release folder (created on first use).
        settings: the redaction settings (model, OCR, verification).
        engine: a loaded engine to reuse (tests); else one is loaded on the first release.
    """

    def __init__(self, packet: Packet, out_dir: Path, *, settings: RedactSettings | None = None,
                 engine: Engine | None = None) -> None:
        self.packet = packet
        self.out_dir = out_dir
        self.settings = settings or RedactSettings()
        self._engine = engine
        self._mutex = threading.Lock()

    def paths(self, doc: str) -> tuple[Path, Path]:
        """The redacted PDF and the log of ``doc`` in the release folder."""
        return self.out_dir / f"{doc}.redacted.pdf", self.out_dir / f"{doc}.log.json"

    def release(self, doc: str, decisions: dict[str, Any], approver: str) -> DocResult:
        """Write ``decisions`` beside the plan and burn ``doc``; the result says whether it verified."""
        pf = self.packet.plan(doc)
        dfile = self.packet.root / f"{doc}.decisions.json"
        write_text_atomic(dfile, json.dumps(decisions, indent=2, ensure_ascii=False) + "\n")
        # propose already checked the name under this policy: a replaced name keeps its safe stem
        name = PublicName(pf.source, doc, doc != pf.source.stem, (), pf.source.suffix)
        dst, log = self.paths(doc)
        task = DocTask(doc, str(pf.source), str(dst), str(log), self.packet.policy(doc), mode="apply",
                       plan_file=str(pf.path), decisions=str(dfile), public_name=name, approver=approver)
        with self._mutex, MUPDF_LOCK:
            self.out_dir.mkdir(parents=True, exist_ok=True)
            if self._engine is None:
                self._engine = Engine(self.settings)
            return run_task(task, self._engine)
