"""The public API: one :class:`Redactor` per process, one call per document.

>>> from redactkit import Redactor
>>> r = Redactor()                       # police-public-release policy, default model
>>> log = r.redact("in.pdf", "out/in.redacted.pdf", log_path="out/in.log.json")
>>> log.passed
True
>>> pdf_bytes, log = r.redact_bytes(open("in.pdf", "rb").read(), name="case-17/in.pdf")
>>> findings = r.analyze_text("Victim: Maria Gutierrez, DOB 07/19/1983")

Sources are paths, ``bytes`` or binary file objects (see :mod:`redactkit.inputs`).
Progress goes to the ``redactkit.api`` logger (INFO) and every warning written into a
log is also logged (WARNING); nothing is printed.

Every stage is a plain function (:func:`~redactkit.ingest.ingest_pdf`,
:meth:`~redactkit.detect.Detector.detect`, :func:`~redactkit.plan.make_plan`,
:func:`~redactkit.burn.burn`, :func:`~redactkit.verify.verify`); this module
only composes them and enforces the fail-closed contract: the output exists
only if burning and verification both succeeded.
"""

from __future__ import annotations

import logging
import os
import tempfile
import time
from pathlib import Path
from typing import TYPE_CHECKING

import pymupdf

from ._fileio import atomic_path, sha256_file
from ._guards import Deadline
from .burn import burn
from .detect import DEFAULT_MODEL, Detector
from .errors import ProcessingError, UsageError, VerificationError
from .ingest import ingest
from .ingest.inputs import OpenedSource, SourceInput, opened_source
from .ingest.ocr import LOW_CONFIDENCE, OcrOptions
from .model import Document, Finding, Page, Plan, Redaction
from .names import PublicName
from .plan import make_plan, redactable_findings, settle_uncertain
from .policy import Policy, load_policy
from .report import RedactionLog
from .settings import RedactSettings
from .verify import verify

if TYPE_CHECKING:
    from ._guards import Deadline
    from .settings import RedactSettings

__all__ = [
    "Redactor",
    "analyze_text",
    "redact_pdf",
]

PathLike = str | os.PathLike[str]

logger = logging.getLogger(__name__)


class Redactor:
    """Detects, plans, burns, verifies and logs; holds the model between documents.

    Args:
        policy: a :class:`Policy`, a shipped profile name, a rule-file path, or
            None for ``police-public-release``.
        model: spaCy pipeline to use.
        label_boxes: print the exemption code inside each box where it fits.
        ocr: Tesseract settings for scanned pages and image inputs.
        searchable: give OCR pages of the output an invisible text layer of the
            words that were not redacted.
        reocr: verification by re-OCR of the output: ``regions`` (default),
            ``page`` or ``off``.
        raster_dpi: resolution at which pages that cannot be made safe as vector
            content are rasterized and OCR'd (default 200; see :mod:`redactkit.rasterize`).
        timeout: per-document time limit in seconds for :meth:`redact` (None: none);
            over it the document fails with ``DocumentTimeoutError`` and nothing is written.
        allow_repaired: redact a PDF that is damaged or truncated (MuPDF read only part
            of it) instead of failing with ``DamagedDocumentError``; the log's ``warnings``
            then say what was lost, and the exemption index says the source was damaged.
            Checked between stages (no signals); for a hard limit that also stops a long
            native call, run documents through :class:`redactkit.batch.LocalPoolExecutor`
            (what the CLI does with ``--timeout``).

    Every setting is also a field of :class:`redactkit.settings.RedactSettings`;
    :meth:`from_settings` builds a redactor from one, :attr:`settings` gives it back.
    """

    def __init__(
        self,
        policy: Policy | PathLike | None = None,
        *,
        model: str = DEFAULT_MODEL,
        label_boxes: bool = True,
        detector: Detector | None = None,
        ocr: OcrOptions | None = None,
        searchable: bool = True,
        reocr: str = "regions",
        raster_dpi: int | None = None,
        timeout: float | None = None,
        allow_repaired: bool = False,
    ) -> None:
        if reocr not in ("regions", "page", "off"):
            raise UsageError(f"reocr must be 'regions', 'page' or 'off', not {reocr!r}")
        self.ocr = ocr or OcrOptions()
        self.searchable = searchable
        self.reocr = reocr
        self.raster_dpi = raster_dpi
        self.timeout = timeout
        self.allow_repaired = allow_repaired
        self.policy = policy if isinstance(policy, Policy) else load_policy(policy)
        self.detector = detector or Detector(model)
        self.label_boxes = label_boxes

    @classmethod
    def from_settings(
        cls,
        settings: RedactSettings,
        *,
        policy: Policy | None = None,
        detector: Detector | None = None,
    ) -> Redactor:
        """A redactor configured by ``settings``.

        Args:
            settings: the run's settings.
            policy: an already loaded policy to use instead of ``settings.policy``.
            detector: reuse a loaded detector (its model wins over ``settings.model``).

        Raises:
            PolicyError: the policy cannot be loaded.
            UsageError: a setting this build cannot honour (never silently ignored).
        """
        return cls(
            policy if policy is not None else settings.policy,
            model=settings.model or DEFAULT_MODEL,
            label_boxes=settings.label_boxes,
            detector=detector,
            ocr=settings.ocr_options(),
            searchable=settings.searchable,
            reocr=settings.reocr,
            raster_dpi=settings.raster_dpi,
            timeout=settings.timeout,
            allow_repaired=settings.allow_repaired,
        )

    @property
    def settings(self) -> RedactSettings:
        """This redactor's settings (its loaded policy object as ``policy``)."""
        return RedactSettings(
            policy=self.policy,
            model=self.detector.model,
            label_boxes=self.label_boxes,
            searchable=self.searchable,
            ocr_dpi=self.ocr.dpi,
            reocr=self.reocr,  # type: ignore[arg-type]
            raster_dpi=self.raster_dpi,
            timeout=self.timeout,
            allow_repaired=self.allow_repaired,
        )

    def propose(self, src: SourceInput, *, name: str | None = None) -> tuple[Document, Plan]:
        """Ingest, detect and plan ``src`` without writing anything.

        Args:
            src: a path, the document's bytes, or a binary file object (PDF, TIFF, PNG, JPEG).
            name: how an in-memory source is named in messages, ``Document.path`` and
                ``Plan.source_path`` (default ``<bytes>``).

        Raises:
            DamagedDocumentError: ``src`` is damaged and the Redactor was not made with
                ``allow_repaired=True``.
            DocumentTimeoutError: the redactor's time limit passed (checked between stages).
        """
        document, _, plan = self.proposal(src, name=name)
        return document, plan

    def proposal(self, src: SourceInput, *, name: str | None = None
                 ) -> tuple[Document, list[Finding], Plan]:
        """Ingest, detect and plan ``src`` without writing anything; also return the findings
        the plan was made from (the batch runner adds packet-consistency findings to them).

        Args:
            src: a path, the document's bytes, or a binary file object (PDF, TIFF, PNG, JPEG).
            name: how an in-memory source is named in messages, ``Document.path`` and
                ``Plan.source_path`` (default ``<bytes>``).

        Raises:
            DamagedDocumentError: ``src`` is damaged and the Redactor was not made with
                ``allow_repaired=True``.
            DocumentTimeoutError: the redactor's time limit passed (checked between stages).
        """
        with opened_source(src, name) as opened:
            logger.info("%s: proposing", opened.label)
            deadline = Deadline(self.timeout, opened.label)
            try:
                document = ingest(opened.path, ocr=self.ocr, raster_dpi=self.raster_dpi,
                                  allow_repaired=self.allow_repaired)
            finally:
                _empty_mupdf_cache()
            _rename_document(document, opened)
            deadline.check()
            findings = self.detector.detect(document, self.policy)
            deadline.check()
            plan = make_plan(document, findings, self.policy)
            _log_warnings(opened.label, [*document.warnings, *_ocr_warnings(document)])
            logger.info("%s: %d page(s), %d redaction(s) proposed", opened.label, len(document.pages),
                        len(plan.redactions))
            return document, findings, plan

    def analyze_text(self, text: str) -> list[Finding]:
        """What this redactor's policy would redact in plain ``text`` (see :func:`analyze_text`)."""
        return analyze_text(text, self.policy, detector=self.detector)

    def redact(
        self,
        src: SourceInput,
        dst: PathLike,
        *,
        log_path: PathLike | None = None,
        plan: Plan | None = None,
        name: str | PublicName | None = None,
    ) -> RedactionLog:
        """Write a redacted, sanitized and verified copy of ``src`` to ``dst``.

        Args:
            src: the source: a path (never modified), the document's bytes, or a binary
                file object (``io.BytesIO``, a file opened with ``"rb"``). PDF, TIFF, PNG
                or JPEG; in-memory data is recognised by its magic bytes.
            dst: where the safe copy goes (written atomically).
            log_path: if given, the JSON log is written there and a CSV beside it.
            plan: burn this (reviewed) plan instead of detecting afresh.
            name: the source's name in the log (``source.path``) and in messages. Default:
                the absolute path of a path source; null (``<bytes>`` in messages) for
                in-memory sources. A :class:`~redactkit.names.PublicName` that replaced a
                file name holding private data (:func:`redactkit.names.public_name`) puts
                the safe name in the log instead, with a warning.

        Returns:
            The redaction log; ``log.passed`` is True.

        Raises:
            InputError: the source cannot be read (encrypted, corrupt, empty...).
            UsageError: ``src`` is not a path, bytes or a binary file object, or ``dst``
                would overwrite it.
            ProcessingError: a stage failed; nothing was written. Its subclasses
                :class:`~redactkit.errors.OcrCrashError` and
                :class:`~redactkit.errors.OcrTimeoutError`: Tesseract crashed or hung on a
                page (named in the message); the host can go on with the next document.
            VerificationError: the output failed verification and was deleted.
            DocumentTimeoutError: the time limit passed (checked between stages); nothing
                was written.
        """
        public: PublicName | None = None
        label: str | None
        if isinstance(name, PublicName):
            public, label = name, (name.file_name if name.replaced else None)
        else:
            label = name
        with opened_source(src, label) as opened:
            try:
                return self._redact(opened, Path(dst), log_path=log_path, plan=plan,
                                    deadline=Deadline(self.timeout, opened.label), public=public)
            finally:
                _empty_mupdf_cache()

    def redact_bytes(
        self,
        data: bytes | bytearray | memoryview,
        *,
        name: str | None = None,
        plan: Plan | None = None,
    ) -> tuple[bytes, RedactionLog]:
        """Redact an in-memory document and return the verified output PDF's bytes with its log.

        Fail closed as :meth:`redact`: when anything fails an exception is raised and no
        bytes are returned. The log's ``source.path`` is ``name`` (or null) and its
        ``output.path`` is null; write it with :meth:`RedactionLog.write_json` if needed.

        Args:
            data: a PDF, TIFF, PNG or JPEG file's bytes (the type is sniffed from them).
            name: the source's name in the log and in messages.
            plan: burn this (reviewed) plan instead of detecting afresh.

        Raises:
            The same errors as :meth:`redact`.
        """
        if not isinstance(data, bytes | bytearray | memoryview):
            raise UsageError(f"redact_bytes takes bytes, not {type(data).__name__}; use redact() for paths "
                             "and file objects.")
        with tempfile.TemporaryDirectory(prefix="redactkit-out-") as folder:
            dst = Path(folder) / "output.pdf"
            log = self.redact(data, dst, plan=plan, name=name)
            out = dst.read_bytes()
        if log.output is not None:
            log.output = {**log.output, "path": None}
        return out, log

    def _redact(
        self,
        opened: OpenedSource,
        dst_p: Path,
        *,
        log_path: PathLike | None = None,
        plan: Plan | None = None,
        deadline: Deadline | None = None,
        public: PublicName | None = None,
    ) -> RedactionLog:
        """The body of :meth:`redact`; ``deadline`` is checked after each stage."""
        src_p, label = opened.path, opened.label
        if dst_p.exists() and dst_p.resolve() == src_p.resolve():
            raise UsageError(f"{dst_p}: output would overwrite the original; choose another folder.")
        logger.info("%s: redacting", label)
        timings: dict[str, float] = {}
        t = time.perf_counter()
        document = ingest(src_p, ocr=self.ocr, raster_dpi=self.raster_dpi,
                          allow_repaired=self.allow_repaired)
        _rename_document(document, opened)
        timings["ingest"] = time.perf_counter() - t
        check = deadline.check if deadline is not None else (lambda: None)
        check()
        if plan is None:
            t = time.perf_counter()
            findings = self.detector.detect(document, self.policy)
            timings["detect"] = time.perf_counter() - t
            t = time.perf_counter()
            plan = make_plan(document, findings, self.policy)
            timings["plan"] = time.perf_counter() - t
            check()
        elif plan.source_sha256 != document.sha256:
            raise UsageError(
                f"{label}: the file changed since the plan was made (SHA-256 differs); propose again."
            )
        plan = settle_uncertain(plan)  # unattended: the policy's `uncertain` decides needs_review
        active: list[Redaction] = plan.active()
        with atomic_path(dst_p) as tmp:
            t = time.perf_counter()
            searchable = (
                {p.index: p.words for p in document.pages if p.is_ocr} if self.searchable else None
            )
            if document.hardening is None:  # pragma: no cover - ingest always records it
                raise ProcessingError(f"{label}: ingest recorded no hardening; nothing was written.")
            burned = burn(src_p, active, tmp, label=self.label_boxes, searchable=searchable,
                          hardening=document.hardening)
            timings["burn"] = time.perf_counter() - t
            check()
            t = time.perf_counter()
            report = verify(tmp, document, active, labels=burned.labels,
                            hidden_chars=burned.hidden_chars, reocr=self.reocr)
            timings["verify"] = time.perf_counter() - t
            if not report.passed:
                details = [f"{c.name} (page {c.page + 1 if c.page is not None else '-'}): {c.detail}"
                           for c in report.failures()]
                logger.error("%s: verification failed; output deleted: %s", label, "; ".join(details[:5]))
                raise VerificationError(
                    f"{label}: the redacted output failed verification and was not written: "
                    + "; ".join(details[:5]) + ". Report this with the log; do not release this file.",
                    details,
                )
            out_sha = sha256_file(tmp)
            check()  # the last moment before the output appears under its name
        if sha256_file(src_p) != document.sha256:  # paranoia: we never write the source
            raise ProcessingError(f"{label}: the source changed while it was being redacted; run again.")
        warnings = [*document.warnings, *_ocr_warnings(document)]
        if public is not None and public.replaced:
            warnings.insert(0, public.warning or "")
        _log_warnings(label, warnings)
        log = RedactionLog(
            policy={"name": self.policy.name, "sha256": self.policy.sha256, "files": list(self.policy.files),
                    "uncertain": plan.uncertain, "review_floor": self.policy.review_floor},
            source={"path": opened.log_path, "sha256": document.sha256, "pages": len(document.pages)},
            output={"path": os.path.abspath(dst_p), "sha256": out_sha},
            redactions=plan.redactions,
            kept=plan.kept,
            verification=report,
            sanitized=burned.sanitized,
            timings=timings,
            warnings=warnings,
        )
        logger.info("%s: %d page(s), %d redaction(s), verified -> %s (%.2f s)", label, len(document.pages),
                    len(active), dst_p, sum(timings.values()))
        if log_path is not None:
            log.write_json(log_path)
            log.write_csv(Path(log_path).with_suffix(".csv"))
        return log


def analyze_text(
    text: str,
    policy: Policy | PathLike | None = None,
    *,
    detector: Detector | None = None,
) -> list[Finding]:
    """What ``policy`` would redact in plain ``text``: like Presidio's ``analyze``, after the policy.

    Runs the same detection as a document (Presidio with the policy's recognizers,
    field labels, deny lists, name propagation), then the policy's first planning
    rules: findings under their entity's threshold, of kept entity types or on an
    allow-list are dropped, and kept spans are cut out of the rest (see
    :mod:`redactkit.plan`). Overlapping findings are *not* merged, so each keeps its
    own entity, score, recognizer and explanation.

    Args:
        text: the text to analyse.
        policy: a :class:`Policy`, a shipped profile name, a rule-file path, or None for
            ``police-public-release``.
        detector: reuse a :class:`Detector` (the spaCy model loads once per detector; a
            new one is created when None, which takes seconds).

    Returns:
        Findings sorted by offset; ``start``/``end`` are offsets into ``text``.
    """
    pol = policy if isinstance(policy, Policy) else load_policy(policy)
    det = detector or Detector()
    page = Page(index=0, width=0.0, height=0.0, rotation=0, kind="text", text=text,
                chars=[None] * len(text), words=[])
    document = Document(path="<text>", sha256="", pages=[page])
    findings = det.detect(document, pol)
    return redactable_findings(findings, text, pol)


def _rename_document(document: Document, opened: OpenedSource) -> None:
    """An in-memory source's document is named by its label, not by the spool file."""
    if opened.spooled:
        document.path = opened.label


def _log_warnings(label: str, warnings: list[str]) -> None:
    for w in warnings:
        logger.warning("%s: %s", label, w)

def _empty_mupdf_cache() -> None:
    """Empty MuPDF's cache of decoded images and fonts (it keeps up to 256 MB across documents).

    Nothing in it is reused from one document to the next; a worker redacting 30 scans in a
    row grew from 269 MB to 681 MB with it, and stays at 274 MB without.
    """
    pymupdf.TOOLS.store_shrink(100)


def _ocr_warnings(document: Document) -> list[str]:
    """Reviewer notes about OCR pages: turned pages and low-confidence words (never dropped)."""
    notes: list[str] = []
    for page in document.pages:
        if not page.is_ocr:
            continue
        if page.ocr_rotation:
            notes.append(f"page {page.index + 1}: scanned turned {page.ocr_rotation}°; read upright")
        low = [w for w in page.words if w.conf is not None and w.conf < LOW_CONFIDENCE]
        if low:
            sample = ", ".join(f"{w.text!r} ({w.conf:.0f})" for w in low[:8])
            notes.append(f"page {page.index + 1}: {len(low)} OCR word(s) below confidence "
                         f"{LOW_CONFIDENCE:.0f}, kept for detection: {sample}")
    return notes


def redact_pdf(
    src: SourceInput,
    dst: PathLike,
    policy: Policy | PathLike | None = None,
    *,
    log_path: PathLike | None = None,
    redactor: Redactor | None = None,
    name: str | None = None,
) -> RedactionLog:
    """Redact one document (a path, bytes or a binary file object; see :meth:`Redactor.redact`).

    For several documents create one :class:`Redactor` and reuse it (pass it as
    ``redactor``) so the model loads once; its policy is then the one used, and passing
    ``policy`` as well is an error rather than silently ignored."""
    if redactor is not None and policy is not None:
        raise UsageError("pass either a policy or a redactor (which has its own policy), not both")
    r = redactor or Redactor(policy)
    return r.redact(src, dst, log_path=log_path, name=name)
