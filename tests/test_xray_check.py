"""x-ray (Free Law Project) as an independent bad-redaction check.

x-ray runs in its own venv (``.xray-venv``; see ``tools/xray_check.py``), created
on first use.  Other tests can reuse :func:`assert_no_bad_redactions` on a
directory of pipeline outputs::

    from test_xray_check import assert_no_bad_redactions
    assert_no_bad_redactions([out_dir])

Caveat: x-ray ignores boxes in the top ~43 pt of a page and does not see
unapplied redaction annotations, so a clean result is necessary, not sufficient.
"""

from __future__ import annotations

import importlib.util
import os
import sys
from pathlib import Path

import pymupdf
import pytest

TOOL = Path(__file__).resolve().parent.parent / "tools" / "xray_check.py"
SECRET = "Maria Gutierrez 532-44-9812"


def load_xray_check():
    """Import tools/xray_check.py as a module (tools/ is not a package)."""
    name = "xray_check"
    if name in sys.modules:
        return sys.modules[name]
    spec = importlib.util.spec_from_file_location(name, TOOL)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


def xray_findings(paths: list[str | os.PathLike[str]]) -> dict[str, list]:
    """x-ray findings per PDF under ``paths`` (files or directories): ``{path: [finding, ...]}``."""
    return load_xray_check().check(paths)


def assert_no_bad_redactions(paths: list[str | os.PathLike[str]]) -> dict[str, list]:
    """Fail the calling test if x-ray finds any bad redaction in the PDFs under ``paths``."""
    findings = xray_findings(paths)
    assert findings, f"no PDFs found under {paths}"
    bad = {p: f for p, f in findings.items() if f}
    assert not bad, f"x-ray found bad redactions: {bad}"
    return findings


def _page_with_secret() -> tuple[pymupdf.Document, pymupdf.Page, pymupdf.Rect]:
    doc = pymupdf.open()
    page = doc.new_page(width=612, height=792)
    # Baseline at y=300: far below x-ray's ignored 43 pt header band.
    page.insert_text((72, 300), SECRET, fontsize=12, fontname="helv")
    rect = page.search_for(SECRET)[0]
    return doc, page, rect + (-1, -2, 1, 2)


def make_bad_pdf(path: Path) -> Path:
    """Black box drawn over the text; the text stays in the content stream."""
    doc, page, rect = _page_with_secret()
    page.draw_rect(rect, color=(0, 0, 0), fill=(0, 0, 0))
    doc.save(path)
    doc.close()
    return path


def make_good_pdf(path: Path) -> Path:
    """The same text removed with a real, applied redaction."""
    doc, page, rect = _page_with_secret()
    page.add_redact_annot(rect, fill=(0, 0, 0))
    page.apply_redactions()
    doc.save(path)
    doc.close()
    return path


@pytest.mark.slow
def test_xray_flags_drawn_box_but_not_applied_redaction(tmp_path: Path) -> None:
    bad = make_bad_pdf(tmp_path / "bad.pdf")
    good = make_good_pdf(tmp_path / "good.pdf")

    # Sanity: the fixtures are what they claim to be (checked with the main venv's pymupdf).
    with pymupdf.open(bad) as d:
        assert SECRET in d[0].get_text()
    with pymupdf.open(good) as d:
        assert "532-44-9812" not in d[0].get_text()

    findings = xray_findings([tmp_path])
    assert set(findings) == {str(bad.resolve()), str(good.resolve())}

    bad_findings = findings[str(bad.resolve())]
    assert len(bad_findings) >= 1
    assert any("532-44-9812" in f["text"] for f in bad_findings), bad_findings
    assert all(f["page"] == 1 and len(f["bbox"]) == 4 for f in bad_findings)

    assert findings[str(good.resolve())] == []
    assert_no_bad_redactions([good])
