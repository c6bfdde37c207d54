"""The hostile-PDF corpus (tests/hostile/make_corpus.py) through ``Redactor.redact``.

Per file: the output holds none of the hidden strings in its bytes (every object and
every stream decompressed, hex and literal strings decoded), in extracted text (no
MediaBox clip, all layers on, annotations) or in a re-OCR of every rendered page, and
the untargeted content survives — or the document fails with a typed error (fail
closed). The expected outcome per file is pinned in ``EXPECTED``: ``vector`` (burned
as vector content), ``raster`` (the fallback rasterized a page; the log says so) or
``fail`` (typed error).
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from redactkit import Redactor
from redactkit.errors import RedactkitError

sys.path.insert(0, str(Path(__file__).parent / "hostile"))
from checks import byte_leaks, extracted_text, ocr_leaks, ocr_text, text_leaks  # noqa: E402
from make_corpus import CASES, Case  # noqa: E402

EXPECTED = {
    "ocr_layer_disagrees": "vector",  # a scan: OCR'd, old layer removed, pixels burned
    "text_under_image": "raster",
    "white_on_white": "vector",
    "outside_visible_area": "raster",
    "tiny_text": "vector",
    "nested_form_xobjects": "vector",
    "type3_font": "raster",
    "text_as_paths": "raster",
    "text_in_image_on_text_page": "raster",
    "shared_image": "raster",  # page 1 as a scan; pages 2, 3 show the image past the page edge
    "optional_content_hidden": "raster",
    "annotations": "vector",
    "form_fields": "vector",
    "attachments": "vector",
    "javascript": "vector",
    "outline_and_labels": "vector",
    "actualtext_alt": "raster",  # untrusted text layer (issue 12): ActualText
    "metadata": "vector",
    "thumbnail": "vector",
    "incremental_update": "vector",
    "broken_xref": "vector",
    "rotated_90": "vector",
    "rotated_180_offset": "vector",
    "rotated_270_cropbox": "vector",
    "userunit": "raster",
}

#: Cases whose redaction needs OCR or takes more than a second: slow.
_FAST = {"white_on_white", "tiny_text", "nested_form_xobjects", "annotations", "form_fields",
         "attachments", "javascript", "outline_and_labels", "metadata",
         "thumbnail", "incremental_update", "broken_xref", "rotated_90", "rotated_180_offset",
         "rotated_270_cropbox"}


def test_every_case_has_an_expectation() -> None:
    assert set(EXPECTED) == set(CASES)


def _source_hides(case: Case) -> None:
    """Sanity: the source really carries each secret somewhere (else the case proves nothing)."""
    src = Path(case.path)
    found = {s.split(" in ")[0].strip("'") for s in byte_leaks(src, case.secrets)}
    found |= set(text_leaks(src, case.secrets))
    missing = [s for s in case.secrets if s not in found]
    if missing and case.name not in ("text_as_paths", "text_in_image_on_text_page", "shared_image"):
        pytest.fail(f"{case.name}: source does not hold {missing}")


def _check(case: Case, tmp_path: Path, redactor: Redactor) -> str:
    _source_hides(case)
    out = tmp_path / f"{case.name}.redacted.pdf"
    expected = EXPECTED[case.name]
    try:
        log = redactor.redact(Path(case.path), out)
    except RedactkitError as exc:
        assert expected == "fail", f"{case.name}: failed closed unexpectedly: {exc}"
        assert not out.exists()
        return "fail"
    assert expected != "fail", f"{case.name}: expected a typed error"
    assert log.passed
    rasterized = any("rasterized" in w for w in log.warnings)
    assert rasterized == (expected == "raster"), (case.name, log.warnings)
    assert byte_leaks(out, case.secrets) == []
    assert text_leaks(out, case.secrets) == []
    ocr = ocr_text(out)
    assert ocr_leaks(ocr, case.secrets) == []
    if case.check_survivors:
        text = " ".join((extracted_text(out) + " " + ocr).split())
        missing = [s for s in case.survivors if s not in text]
        assert not missing, f"{case.name}: untargeted content lost: {missing}"
    from test_xray_check import assert_no_bad_redactions

    assert_no_bad_redactions([out])  # an independent bad-redaction finder agrees
    return expected


@pytest.mark.parametrize("name", sorted(_FAST))
def test_hostile_fast(name: str, tmp_path: Path, shared_redactor: Redactor) -> None:
    case = CASES[name](tmp_path / f"{name}.pdf")
    _check(case, tmp_path, shared_redactor)


@pytest.mark.slow
@pytest.mark.parametrize("name", sorted(set(CASES) - _FAST))
def test_hostile_ocr(name: str, tmp_path: Path, shared_redactor: Redactor) -> None:
    case = CASES[name](tmp_path / f"{name}.pdf")
    _check(case, tmp_path, shared_redactor)


def test_strip_marked_text() -> None:
    from redactkit.pdf.rasterize import strip_marked_text

    data = b"/Span <</ActualText (a (nested) \\) name)/Lang (en)>> BDC /E <4D61> /F1 12 Tf /Alt(x)EMC"
    new, n = strip_marked_text(data)
    assert n == 3
    assert new.split() == b"/Span <</Lang (en)>> BDC /F1 12 Tf EMC".split()


def test_raster_dpi_is_configurable(tmp_path: Path) -> None:
    import pymupdf

    from redactkit.pdf.rasterize import harden

    case = CASES["type3_font"](tmp_path / "t3.pdf")
    doc = pymupdf.open(case.path)
    notes = harden(doc, dpi=100)
    assert any("rasterized at 100 dpi" in n for n in notes)
    img = doc[0].get_images(full=True)[0]
    assert img[2] == round(612 * 100 / 72)  # width in pixels
    doc.close()


def _text_page_then_type3(tmp_path: Path) -> Path:
    """Page 1 plain text (kept as vector content), page 2 a Type3 page (rasterized)."""
    import pymupdf

    case = CASES["type3_font"](tmp_path / "t3.pdf")
    src = tmp_path / "two.pdf"
    with pymupdf.open(case.path) as doc:
        page = doc.new_page(0, width=612, height=792)
        page.insert_text((72, 100), "Officer Chen wrote the report.", fontname="helv", fontsize=11)
        doc.save(src)
    return src


def test_ingest_records_rasterized_pages(tmp_path: Path) -> None:
    import pymupdf

    from redactkit.ingest import ingest
    from redactkit.model import Hardening

    src = _text_page_then_type3(tmp_path)
    document = ingest(src, raster_dpi=100)
    # the Type3 page is rasterized by the MuPDF checks, not by a trust verdict
    assert document.hardening == Hardening(100, (1,), (), document.sha256)
    assert Hardening.from_dict(Hardening(100, (1,)).to_dict()) == Hardening(100, (1,))
    full = Hardening(100, (1,), ((1, "why"),), "ab" * 32)
    assert Hardening.from_dict(full.to_dict()) == full
    plain = tmp_path / "plain.pdf"
    with pymupdf.open() as doc:
        doc.new_page().insert_text((72, 100), "Officer Chen wrote the report.", fontname="helv")
        doc.save(plain)
    document = ingest(plain)
    assert document.hardening == Hardening(200, (), (), document.sha256)


@pytest.mark.parametrize("claimed", [(), (0,), (0, 1)])
def test_burn_refuses_a_mismatched_hardening_record(tmp_path: Path, claimed: tuple[int, ...]) -> None:
    """Burn hardens the source again and fails closed (nothing written) when it rasterizes
    other pages than the record says ingest did: its page images would not be what ingest read."""
    from redactkit.burn import burn
    from redactkit.errors import ProcessingError
    from redactkit.model import Hardening

    src = _text_page_then_type3(tmp_path)
    out = tmp_path / "out.pdf"
    with pytest.raises(ProcessingError) as info:
        burn(src, [], out, hardening=Hardening(200, claimed))
    assert str(src) in str(info.value) and "rasterized page(s) 2, where ingest rasterized" in str(info.value)
    assert not out.exists()


def test_burn_rasterizes_at_the_recorded_dpi(tmp_path: Path) -> None:
    import pymupdf

    from redactkit.burn import burn
    from redactkit.model import Hardening

    src = _text_page_then_type3(tmp_path)
    out = tmp_path / "out.pdf"
    burn(src, [], out, hardening=Hardening(100, (1,)))
    with pymupdf.open(out) as doc:
        assert not doc[0].get_images() and doc[1].get_images(full=True)[0][2] == round(612 * 100 / 72)
