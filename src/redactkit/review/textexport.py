"""Redacted plain-text export: the document text with each redaction replaced by its
exemption label, page by page. For records systems that index text, and for the
review diff.

Uses presidio-anonymizer's ``replace`` operator rather than hand-written string
surgery, so overlapping and adjacent spans are handled the way Presidio users expect.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..model import Document, Redaction

__all__ = [
    "PAGE_HEADER",
    "redacted_text",
]

PAGE_HEADER = "=== page {n} ==="


def redacted_text(document: Document, redactions: Sequence[Redaction]) -> str:
    """The document's text with every active redaction replaced by ``[<exemption>]``."""
    from presidio_anonymizer import AnonymizerEngine  # lazy: heavy: only for the text export
    from presidio_anonymizer.entities import (  # lazy: heavy: only for the text export
        OperatorConfig,
        RecognizerResult,
    )

    engine = AnonymizerEngine()
    out: list[str] = []
    for page in document.pages:
        base = document.page_offsets[page.index]
        results = []
        operators = {}
        for i, r in enumerate(x for x in redactions if x.page == page.index and x.status != "rejected"):
            key = f"R{i}"  # one operator per span: each carries its own exemption label
            results.append(RecognizerResult(key, r.start - base, r.end - base, 1.0))
            operators[key] = OperatorConfig("replace", {"new_value": f"[{r.exemption}]"})
        text = page.text
        if results:
            text = engine.anonymize(text=page.text, analyzer_results=results, operators=operators).text
        out.append(PAGE_HEADER.format(n=page.index + 1))
        out.append(text)
    return "\n".join(out) + "\n"
