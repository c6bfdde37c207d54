"""Identifiers in prose and their propagation (table-driven, invented examples, no NLP)."""

from __future__ import annotations

from pathlib import Path

import pymupdf
import pytest

from redactkit.detect.packet import consistency_findings, packet_values
from redactkit.detect.propagate_ids import propagate_identifiers, value_pattern
from redactkit.detect.recognizers import (
    DateOfBirthRecognizer,
    DriverLicenseRecognizer,
    LicensePlateRecognizer,
    SsnRecognizer,
    UsPhoneRecognizer,
)
from redactkit.detect.recognizers.addresses import ParsedAddressRecognizer
from redactkit.ingest import ingest
from redactkit.model import Finding
from redactkit.policy import load_policy

POLICY = load_policy("police-public-release")


def _spans(rec: object, text: str, minimum: float = 0.0) -> list[tuple[str, float]]:
    return [(text[r.start:r.end], r.score) for r in rec.analyze(text, []) if r.score >= minimum]  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    ("text", "expected", "sure"),
    [
        ("she moved to 3316 Larchmont Bend, Unit 5, Ellery, NE 68502 last spring",
         "3316 Larchmont Bend, Unit 5, Ellery, NE 68502", True),
        ("mail goes to P.O. Box 7719, Corvale, OR 97330, not the house",
         "P.O. Box 7719, Corvale, OR 97330", True),
        ("last known RR 6 Box 41C, Tillbury, MO 65301.", "RR 6 Box 41C, Tillbury, MO 65301", True),
        ("lives at Rt. 3, Box 17-A, Ossining Creek, TX 75001, since May",
         "Rt. 3, Box 17-A, Ossining Creek, TX 75001",
         True),
        ("the house at 58 Thimbleberry\nCourt, Apt 2B, Harlow, WA 98001 was",
         "58 Thimbleberry\nCourt, Apt 2B, Harlow, WA 98001",
         True),
        ("ALI address\nRR 2 BOX 88 QUAIL HOLLOW\nRD PRENTISS MS\nUnits",
         "RR 2 BOX 88 QUAIL HOLLOW\nRD PRENTISS MS", True),
        ("W4410 Fernbrook Lane Marlow, WI 54401", "W4410 Fernbrook Lane Marlow, WI 54401", True),
    ],
)
def test_addresses_through_the_parser(text: str, expected: str, sure: bool) -> None:
    found = _spans(ParsedAddressRecognizer(), text)
    assert found and found[0][0] == expected
    assert (found[0][1] >= 0.5) == sure


@pytest.mark.parametrize("text", [
    "Unit 4417 cleared at 1515 hours and drove north on Route 9 toward town.",
    "Case 2026-0412 was filed on 11/04/2026 at 0930.",
])
def test_no_address_in_ordinary_numbers(text: str) -> None:
    assert _spans(ParsedAddressRecognizer(), text, 0.5) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Her son was born on\nthe fourth of June, 2012, in Ames.", "the fourth of June, 2012"),
        ("What's his date of birth?\n0:41\nCALLER\nOctober the ninth, nineteen sixty-two.",
         "October the ninth, nineteen sixty-two"),
        ("her birthday is 7/23/88 and she", "7/23/88"),
        ("(DOB 12 August 1979) said", "12 August 1979"),
        ("DOB: Ninth of March, seventy-four", "Ninth of March, seventy-four"),
    ],
)
def test_dates_of_birth_in_prose(text: str, expected: str) -> None:
    assert expected in [s for s, _ in _spans(DateOfBirthRecognizer(), text, 0.5)]


@pytest.mark.parametrize(
    ("rec", "text", "expected"),
    [
        (LicensePlateRecognizer(), "a gray pickup, Montana 4-8177T, parked", "Montana 4-8177T"),
        (LicensePlateRecognizer(), "SILVER KIA NE\nJRT 4410 NB ON 27TH", "NE\nJRT 4410"),
        (LicensePlateRecognizer(), "TAG\nMWD 3318 EXP 2027", "MWD 3318"),
        (DriverLicenseRecognizer(), "Oregon license 7719-022-31 was valid", "7719-022-31"),
        (DriverLicenseRecognizer(), "his Vermont driver's license is K 208 441 903 117.",
         "K 208 441 903 117"),
        (DriverLicenseRecognizer(), "NE ID Q88310427 seen", "Q88310427"),
        (SsnRecognizer(), "SOC 402117789 ON SCENE", "402117789"),
        (SsnRecognizer(), "SSN 402\u201311\u20137789", "402\u201311\u20137789"),
        (SsnRecognizer(), "number 402\u00a011\u00a07789 given", "402\u00a011\u00a07789"),
        (UsPhoneRecognizer(), "RP CB 4025550193 REQ CONTACT", "4025550193"),
        (UsPhoneRecognizer(), "C/B# 402\u2013555\u20130193", "402\u2013555\u20130193"),
    ],
)
def test_identifiers_in_prose(rec: object, text: str, expected: str) -> None:
    assert expected in [s for s, _ in _spans(rec, text, 0.4)]


def test_ssn_never_issued_is_not_an_ssn() -> None:
    assert _spans(SsnRecognizer(), "ref 000-41-7789 and 666-41-7789 and 402-00-7789") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("petition of the applicant (Social Security number 666-52-3871) to seal", ["666-52-3871"]),
        ("SSN: 912-08-4410", ["912-08-4410"]),
        ("SOC 000-37-1196 per CAD", ["000-37-1196"]),
        # counter-cases: a one-digit placeholder after a label and an unlabelled never-issued number
        ("SSN: 000-00-0000 (not provided)", []),
        ("receipt 666-52-3871 for the tow", []),
    ],
)
def test_ssn_after_a_label_whatever_its_area(text: str, expected: list[str]) -> None:
    assert [v for v, _ in _spans(SsnRecognizer(), text, 0.5)] == expected


def _f(text: str, value: str, entity: str, score: float = 0.85) -> Finding:
    s = text.index(value)
    return Finding.make(entity, s, s + len(value), value, score, "Test", "test")


@pytest.mark.parametrize(
    ("entity", "value", "other", "found"),
    [
        ("PHONE_NUMBER", "(402) 555-0193", "402.555.0193", True),
        ("PHONE_NUMBER", "(402) 555-0193", "4025550193", True),
        ("PHONE_NUMBER", "(402) 555-0193", "94025550193", False),  # inside a longer number
        ("US_SSN", "402-11-7789", "402 11 7789", True),
        ("US_SSN", "402-11-7789", "402\u201311\u20137789", True),
        ("DRIVER_LICENSE", "K208-441-903", "k 208 441 903", True),
        ("LICENSE_PLATE", "7KQD402", "7kqd-402", True),
        ("EMAIL_ADDRESS", "Lina.Ok@example.org", "lina.ok@example.org", True),
        ("ADDRESS", "3316 Larchmont Bend, Unit 5, Ellery, NE 68502",
         "3316 Larchmont\nBend, Unit 5, Ellery, NE 68502",
         True),
        # the street line alone is a form of the address
        ("ADDRESS", "3316 Larchmont Bend, Unit 5, Ellery, NE 68502", "3316 Larchmont Bend", True),
        ("DATE_OF_BIRTH", "04/19/1981", "04/19/1981", True),
    ],
)
def test_every_identifier_is_propagated(entity: str, value: str, other: str, found: bool) -> None:
    text = f"First: {value}. Later the report repeats it: {other} (end)."
    src = _f(text, value, entity)
    added = propagate_identifiers(text, [src], POLICY)
    at = text.rindex(other)
    hit = [f for f in added if f.start <= at + len(other) and f.end >= at and f.entity == entity]
    assert bool(hit) == found
    if found:
        assert " ".join(text[hit[0].start:hit[0].end].split()) == " ".join(other.split()).rstrip()
        assert "propagated from" in hit[0].explanation


def test_weak_sources_and_short_values_are_not_propagated() -> None:
    text = "Plate AB12 here; AB12 there. Phone 555-0142 then 555-0142."
    weak = _f(text, "555-0142", "PHONE_NUMBER", score=0.3)
    assert propagate_identifiers(text, [weak], POLICY) == []
    assert value_pattern("LICENSE_PLATE", "AB1") is None


def test_packet_consistency_carries_identifiers(tmp_path: Path) -> None:
    # document A redacted a phone and a plate; document B writes them differently
    entries = packet_values([("PHONE_NUMBER", "(402) 555-0193"), ("LICENSE_PLATE", "7KQD402"),
                             ("PERSON", "Odalys  Brenneman"), ("CASE_NUMBER", "2026-0412")])
    assert entries == ["LICENSE_PLATE\x1f7KQD402", "Odalys Brenneman", "PHONE_NUMBER\x1f(402) 555-0193"]
    pdf = pymupdf.open()
    pdf.new_page().insert_text((72, 100), "Callback 402.555.0193; tag 7kqd-402 seen.", fontsize=11)
    pdf.save(tmp_path / "b.pdf")
    document = ingest(tmp_path / "b.pdf")
    added = consistency_findings(document, [], entries, POLICY)
    assert sorted((f.entity, f.text) for f in added) == [("LICENSE_PLATE", "7kqd-402"),
                                                         ("PHONE_NUMBER", "402.555.0193")]
    assert all(f.recognizer == "packet_consistency" for f in added)


def test_a_guess_below_the_review_floor_does_not_block_packet_consistency(tmp_path: Path) -> None:
    """A weak PERSON guess over a name the packet redacts elsewhere is dropped by the plan, so it
    must not count as "already redacted": the packet's mention is added."""
    pdf = pymupdf.open()
    pdf.new_page().insert_text((72, 100), "Follow-up with Quennell on Friday.", fontsize=11)
    pdf.save(tmp_path / "c.pdf")
    document = ingest(tmp_path / "c.pdf")
    start = document.text.index("Quennell")
    weak = Finding.make("PERSON", start, start + 8, "Quennell", POLICY.review_floor - 0.1, "Test", "weak")
    sure = Finding.make("PERSON", start, start + 8, "Quennell", POLICY.threshold("PERSON"), "Test", "sure")
    added = consistency_findings(document, [weak], ["Odile Quennell", "Quennell"], POLICY)
    assert [(f.text, f.recognizer) for f in added] == [("Quennell", "packet_consistency")]
    assert consistency_findings(document, [sure], ["Odile Quennell", "Quennell"], POLICY) == []


@pytest.mark.parametrize("text", ["Deputy Corwin Orrell (ID S-204) arrived", "ok so OR 4471B was", "DE 12AB"])
def test_a_state_code_that_is_also_a_word_is_no_plate_prefix(text: str) -> None:
    assert _spans(LicensePlateRecognizer(), text, 0.35) == []
