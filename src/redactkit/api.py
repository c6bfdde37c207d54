"""The public API: one :class:`Redactor` per process, one call per document.

>>> from redactkit import Redactor
>>> r = Redactor()                       # police-public-release policy, default model
>>> log = r.redact("in.pdf", "out/in.redacted.pdf", log_path="out/in.log.json")
>>> log.passed
True

Every stage is a plain function (:func:`~redactkit.ingest.ingest_pdf`,
:meth:`~redactkit.detect.Detector.detect`, :func:`~redactkit.plan.make_plan`,
:func:`~redactkit.burn.burn`, :func:`~redactkit.verify.verify`); this module
only composes them and enforces the fail-closed contract: the output exists
only if burning and verification both succeeded.
"""

from __future__ import annotations

import os
import time
from pathlib import Path

from .detect import DEFAULT_MODEL, Detector
from .errors import ProcessingError, UsageError, VerificationError
from .fileio import atomic_path, sha256_file
from .model import Document, Plan, Redaction
from .names import PublicName
from .ocr import OcrOptions
from .policy import Policy, load_policy
from .report import RedactionLog

PathLike = str | os.PathLike[str]


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
    ) -> None:
        if reocr not in ("regions", "page", "off"):
            raise UsageError(f"reocr must be 'regions', 'page' or 'off', not {reocr!r}")
        self.ocr = ocr or OcrOptions()
        self.searchable = searchable
        self.reocr = reocr
        self.raster_dpi = raster_dpi
        self.timeout = timeout
        self.policy = policy if isinstance(policy, Policy) else load_policy(policy)
        self.detector = detector or Detector(model)
        self.label_boxes = label_boxes

    def propose(self, src: PathLike) -> tuple[Document, Plan]:
        """Ingest, detect and plan ``src`` without writing anything."""
        from .ingest import ingest
        from .plan import make_plan

        try:
            document = ingest(src, ocr=self.ocr, raster_dpi=self.raster_dpi)
        finally:
            _empty_mupdf_cache()
        findings = self.detector.detect(document, self.policy)
        return document, make_plan(document, findings, self.policy)

    def redact(
        self,
        src: PathLike,
        dst: PathLike,
        *,
        log_path: PathLike | None = None,
        plan: Plan | None = None,
        name: PublicName | None = None,
    ) -> RedactionLog:
        """Write a redacted, sanitized and verified copy of ``src`` to ``dst``.

        Args:
            src: the source PDF; never modified.
            dst: where the safe copy goes (written atomically).
            log_path: if given, the JSON log is written there and a CSV beside it.
            plan: burn this (reviewed) plan instead of detecting afresh.
            name: the source's public name (:func:`redactkit.names.public_name`); when it
                replaced a file name holding private data, the log records the safe name
                instead of the source path, with a warning.

        Returns:
            The redaction log; ``log.passed`` is True.

        Raises:
            InputError: the source cannot be read (encrypted, corrupt, empty...).
            ProcessingError: a stage failed; nothing was written.
            VerificationError: the output failed verification and was deleted.
        """
        from .guards import time_limit

        try:
            with time_limit(self.timeout, src):
                return self._redact(src, dst, log_path=log_path, plan=plan, name=name)
        finally:
            _empty_mupdf_cache()

    def _redact(
        self,
        src: PathLike,
        dst: PathLike,
        *,
        log_path: PathLike | None = None,
        plan: Plan | None = None,
        name: PublicName | None = None,
    ) -> RedactionLog:
        """The body of :meth:`redact` (without the time limit)."""
        from .burn import burn
        from .ingest import ingest
        from .plan import make_plan
        from .verify import verify

        src_p, dst_p = Path(src), Path(dst)
        if dst_p.exists() and dst_p.resolve() == src_p.resolve():
            raise UsageError(f"{dst_p}: output would overwrite the original; choose another folder.")
        timings: dict[str, float] = {}
        t = time.perf_counter()
        document = ingest(src_p, ocr=self.ocr, raster_dpi=self.raster_dpi)
        timings["ingest"] = time.perf_counter() - t
        if plan is None:
            t = time.perf_counter()
            findings = self.detector.detect(document, self.policy)
            timings["detect"] = time.perf_counter() - t
            t = time.perf_counter()
            plan = make_plan(document, findings, self.policy)
            timings["plan"] = time.perf_counter() - t
        elif plan.source_sha256 != document.sha256:
            raise UsageError(
                f"{src_p}: the file changed since the plan was made (SHA-256 differs); propose again."
            )
        active: list[Redaction] = plan.active()
        with atomic_path(dst_p) as tmp:
            t = time.perf_counter()
            searchable = (
                {p.index: p.words for p in document.pages if p.is_ocr} if self.searchable else None
            )
            extra = {"raster_dpi": self.raster_dpi} if self.raster_dpi else {}
            burned = burn(src_p, active, tmp, label=self.label_boxes, searchable=searchable, **extra)
            timings["burn"] = time.perf_counter() - t
            t = time.perf_counter()
            report = verify(tmp, document, active, labels=burned.labels,
                            hidden_chars=burned.hidden_chars, reocr=self.reocr)
            timings["verify"] = time.perf_counter() - t
            if not report.passed:
                details = [f"{c.name} (page {c.page + 1 if c.page is not None else '-'}): {c.detail}"
                           for c in report.failures()]
                raise VerificationError(
                    f"{src_p}: the redacted output failed verification and was not written: "
                    + "; ".join(details[:5]) + ". Report this with the log; do not release this file.",
                    details,
                )
            out_sha = sha256_file(tmp)
        if sha256_file(src_p) != document.sha256:  # paranoia: we never write the source
            raise ProcessingError(f"{src_p}: the source changed while it was being redacted; run again.")
        warnings = [*document.warnings, *_ocr_warnings(document)]
        source_path = str(src_p)
        if name is not None and name.replaced:
            source_path = name.file_name
            warnings.insert(0, name.warning or "")
        log = RedactionLog(
            policy={"name": self.policy.name, "sha256": self.policy.sha256, "files": list(self.policy.files)},
            source={"path": source_path, "sha256": document.sha256, "pages": len(document.pages)},
            output={"path": str(dst_p), "sha256": out_sha},
            redactions=plan.redactions,
            kept=plan.kept,
            verification=report,
            sanitized=burned.sanitized,
            timings=timings,
            warnings=warnings,
        )
        if log_path is not None:
            log.write_json(log_path)
            log.write_csv(Path(log_path).with_suffix(".csv"))
        return log


def _empty_mupdf_cache() -> None:
    """Empty MuPDF's cache of decoded images and fonts (it keeps up to 256 MB across documents).

    Nothing in it is reused from one document to the next; a worker redacting 30 scans in a
    row grew from 269 MB to 681 MB with it, and stays at 274 MB without.
    """
    import pymupdf

    pymupdf.TOOLS.store_shrink(100)


def _ocr_warnings(document: Document) -> list[str]:
    """Reviewer notes about OCR pages: turned pages and low-confidence words (never dropped)."""
    from .ocr import LOW_CONFIDENCE

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
    src: PathLike,
    dst: PathLike,
    policy: Policy | PathLike | None = None,
    *,
    log_path: PathLike | None = None,
    redactor: Redactor | None = None,
) -> RedactionLog:
    """Redact one PDF. For several documents create one :class:`Redactor` and reuse it
    (pass it as ``redactor``) so the model loads once; its policy is then the one used,
    and passing ``policy`` as well is an error rather than silently ignored."""
    if redactor is not None and policy is not None:
        raise UsageError("pass either a policy or a redactor (which has its own policy), not both")
    r = redactor or Redactor(policy)
    return r.redact(src, dst, log_path=log_path)
