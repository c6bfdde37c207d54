"""Page trust runs once per document: ingest records its verdicts on ``Document.hardening``
and burn replays them (issue 12), still failing closed when its hardening differs."""

from __future__ import annotations

import sys
from pathlib import Path

import pymupdf
import pytest

from redactkit import Redactor
from redactkit.burn import burn
from redactkit.errors import ProcessingError
from redactkit.ingest import ingest
from redactkit.model import Hardening
from redactkit.pdf import rasterize
from redactkit.pdf.trust import TrustAssessor

sys.path.insert(0, str(Path(__file__).parent / "hostile"))
from make_corpus3 import cid_scrambled  # noqa: E402


def _plain_then_lying(tmp_path: Path) -> Path:
    """Page 1 plain Helvetica text (trusted), page 2 a composite font whose ToUnicode lies."""
    lying = Path(cid_scrambled(tmp_path / "lying.pdf").path)
    src = tmp_path / "two.pdf"
    with pymupdf.open() as doc:
        doc.new_page(width=612, height=792).insert_text((72, 100), "Officer Hallqvist filed the report.",
                                                        fontname="helv", fontsize=11)
        with pymupdf.open(lying) as other:
            doc.insert_pdf(other)
        doc.save(src)
    return src


def test_ingest_records_the_verdicts(tmp_path: Path) -> None:
    document = ingest(_plain_then_lying(tmp_path))
    h = document.hardening
    assert h is not None and h.rasterized == (1,) and h.source_sha256 == document.sha256
    assert h.untrusted is not None and [i for i, _ in h.untrusted] == [1]
    assert "character map" in h.untrusted[0][1]


def test_redact_assesses_each_page_once(tmp_path: Path, shared_redactor: Redactor,
                                        monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[int] = []
    real = TrustAssessor.reasons

    def counting(self: TrustAssessor, doc: pymupdf.Document, page: pymupdf.Page) -> list[str]:
        calls.append(page.number or 0)
        return real(self, doc, page)

    monkeypatch.setattr(TrustAssessor, "reasons", counting)
    log = shared_redactor.redact(_plain_then_lying(tmp_path), tmp_path / "out.pdf")
    assert log.passed
    assert sorted(calls) == [0, 1]  # ingest only: burn replayed the verdicts
    assert any(w.startswith("page 2: rasterized") and "untrusted text layer" in w for w in log.warnings)


def test_burn_replays_without_a_second_assessment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    src = _plain_then_lying(tmp_path)
    document = ingest(src)
    assert document.hardening is not None

    def no_second_look(path: Path) -> None:
        raise AssertionError("burn assessed page trust again")

    monkeypatch.setattr(rasterize, "_trust_assessor", no_second_look)
    out = tmp_path / "out.pdf"
    burn(src, [], out, hardening=document.hardening)
    with pymupdf.open(out) as doc:
        assert not doc[0].get_images() and doc[1].get_images()


def test_burn_assesses_a_changed_source_again(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Verdicts are replayed only for the bytes ingest read: other bytes are assessed again,
    and a page they no longer rasterize fails closed."""
    src = _plain_then_lying(tmp_path)
    document = ingest(src)
    assert document.hardening is not None
    with pymupdf.open(src) as doc:  # other bytes, the lying page replaced by a plain one
        doc.delete_page(1)
        doc.new_page(width=612, height=792).insert_text((72, 100), "Nothing further.", fontname="helv")
        data = doc.tobytes()
    src.write_bytes(data)
    calls: list[int] = []
    real = TrustAssessor.reasons

    def counting(self: TrustAssessor, doc: pymupdf.Document, page: pymupdf.Page) -> list[str]:
        calls.append(page.number or 0)
        return real(self, doc, page)

    monkeypatch.setattr(TrustAssessor, "reasons", counting)
    out = tmp_path / "out.pdf"
    with pytest.raises(ProcessingError) as info:
        burn(src, [], out, hardening=document.hardening)
    assert sorted(calls) == [0, 1]
    assert str(src) in str(info.value)
    assert "rasterized page(s) none, where ingest rasterized 2" in str(info.value)
    assert not out.exists()


def test_burn_refuses_verdicts_that_do_not_match_the_record(tmp_path: Path) -> None:
    """A record whose verdicts name another page than it says was rasterized fails closed."""
    src = _plain_then_lying(tmp_path)
    document = ingest(src)
    h = document.hardening
    assert h is not None
    forged = Hardening(h.raster_dpi, h.rasterized, ((0, "forged"),), h.source_sha256)
    out = tmp_path / "out.pdf"
    with pytest.raises(ProcessingError) as info:
        burn(src, [], out, hardening=forged)
    assert "rasterized page(s) 1, where ingest rasterized 2" in str(info.value)
    assert not out.exists()
