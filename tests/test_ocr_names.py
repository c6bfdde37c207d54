"""A redacted name Tesseract misread at another mention ("Ilvana" read as "llvana", "1lvana"):
found on OCR pages, never on text layers (invented names)."""

from __future__ import annotations

import dataclasses
from pathlib import Path

from conftest import lines_document
from redactkit.detect.ocrnames import misread_name_findings
from redactkit.model import Document, Finding
from redactkit.policy import load_policy

POLICY = load_policy("police-public-release")


def _person(text: str, name: str) -> Finding:
    s = text.index(name)
    return Finding.make("PERSON", s, s + len(name), name, 0.85, "SpacyRecognizer")


def _found(text: str, findings: list[Finding], ocr: bool = True, kept: tuple[str, ...] = ()) -> list[str]:
    ranges = [(0, len(text))] if ocr else []
    return [f.text for f in misread_name_findings(text, findings, POLICY, ranges, kept)]


def test_misread_mentions_of_a_redacted_name_on_a_scan() -> None:
    text = ("Victim Ilvana Pellicote called at 2140.\n"
            "Officer spoke with llvana on scene; 1lvana PeIlicote declined transport.\n"
            "PELLlCOTE signed the form.")
    found = _found(text, [_person(text, "Ilvana Pellicote")])
    assert sorted(found) == sorted(["llvana", "1lvana", "PeIlicote"])  # not the exact mention again
    # a mention another finding already covers is not doubled
    caps = _person(text, "PELLlCOTE")
    assert _found(text, [_person(text, "Ilvana Pellicote"), caps, _person(text, "1lvana PeIlicote")]) \
        == ["llvana"]


def test_a_name_misread_at_every_mention_is_found_alone_too() -> None:
    # the capital I read as "l" everywhere: the name starts in lower case, which propagation skips
    text = 'Contact "lsmay" saved as lsmay Quellard; lsmay sent the photos. He lives in town.'
    found = _found(text, [_person(text, "lsmay Quellard")])
    assert sorted(found) == ["lsmay", "lsmay"]  # the quoted and the later mention; not "lives"


def test_text_layers_officers_and_common_words_are_left_alone() -> None:
    text = "Witness Ismay Quellard and Bill Varnholt met Sgt. Ignatz Pellicote; Quel1ard, BiII, Igna1z."
    people = [_person(text, "Ismay Quellard"), _person(text, "Bill Varnholt")]
    # a text layer says what the file says: no misread to undo
    assert _found(text, people, ocr=False) == []
    # on a scan: the witness's misread surname yes; "Bill" (an everyday word) no; the officer's name no
    assert _found(text, people, kept=("Sgt. Ignatz Pellicote",)) == ["Quel1ard"]
    officer = [*people, _person(text, "Ignatz Pellicote")]
    assert "Igna1z" not in _found(text, officer, kept=("Ignatz Pellicote",))


def test_detector_redacts_a_misread_mention_on_an_ocr_page(tmp_path: Path, shared_redactor) -> None:  # noqa: ANN001
    doc = lines_document(tmp_path, ["Victim: Ilvana Pellicote, DOB 04/11/1990.",
                                    "Property: 2 bags (PeIlicote), 1 phone."])
    # the same page as OCR gives it (word boxes from OCR, no text layer)
    page = doc.pages[0]
    scan = dataclasses.replace(page, kind="scanned",
                               words=[dataclasses.replace(w, source="ocr", conf=90.0) for w in page.words])
    ocr_doc = Document(doc.path, doc.sha256, [scan], doc.page_offsets)
    found = {f.text: f.explanation for f in shared_redactor.detector.detect(ocr_doc, POLICY)}
    assert "OCR misread" in found["PeIlicote"]
    # the text layer says "PeIlicote": no misread to undo there (counter-case)
    assert "PeIlicote" not in {f.text for f in shared_redactor.detector.detect(doc, POLICY)}
