"""Table-driven tests of the police recognizers (Presidio style).

Each recognizer has one table of (text, expected entity, expected span text or
None for "nothing found"). Pattern recognizers run without the NLP engine
(``nlp_artifacts=None``); a few integration tests at the end build a real
``AnalyzerEngine`` with the spaCy model, once per module.
"""

from __future__ import annotations

from typing import Any

import pytest
import regex
from presidio_analyzer import EntityRecognizer, RecognizerResult

from redactkit.api import analyze_text
from redactkit.detect.lexicon import REGEX_FLAGS
from redactkit.detect.recognizers import (
    AddressRecognizer,
    AgencyRecognizer,
    AgeRecognizer,
    BadgeNumberRecognizer,
    CaseNumberRecognizer,
    DateOfBirthRecognizer,
    DenyListRecognizer,
    DriverLicenseRecognizer,
    FieldLabelRecognizer,
    IdNumberRecognizer,
    LicensePlateRecognizer,
    OfficerRecognizer,
    ParsedAddressRecognizer,
    SafeEmailRecognizer,
    UsPhoneRecognizer,
    VinRecognizer,
    vin_check_digit_ok,
)
from redactkit.detect.registry import build_recognizers
from redactkit.policy import FieldLabel, RecognizerSpec, load_policy


def _spans(rec: EntityRecognizer, text: str, entity: str) -> list[RecognizerResult]:
    results = rec.analyze(text, [entity], None)
    return [r for r in results if r.entity_type == entity]


def _check(rec: EntityRecognizer, text: str, entity: str, expected: str | None) -> None:
    found = _spans(rec, text, entity)
    got = [text[r.start : r.end] for r in found]
    if expected is None:
        assert got == [], f"{rec.name} should find nothing in {text!r}, found {got}"
        return
    assert expected in got, f"{rec.name} should find {expected!r} in {text!r}, found {got}"
    r = next(r for r in found if text[r.start : r.end] == expected)
    ex = r.analysis_explanation
    assert ex is not None and ex.recognizer == rec.name
    assert ex.textual_explanation, "every result needs a textual explanation"
    assert 0 < r.score <= 1


ADDRESS = [
    (
        "Victim resides at 1420 Elm Street, Apt 4B, Springfield, IL 62704.",
        "1420 Elm Street, Apt 4B, Springfield, IL 62704",
    ),
    ("He lives at 77 N. Martin Luther King Blvd in town.", "77 N. Martin Luther King Blvd"),
    ("Address 305 West 5th Ave Unit 12", "305 West 5th Ave Unit 12"),
    ("1420 ELM STREET, SPRINGFIELD, IL 62704", "1420 ELM STREET, SPRINGFIELD, IL 62704"),
    ("Mail to P.O. Box 1123, Springfield, IL 62704", "P.O. Box 1123, Springfield, IL 62704"),
    # wrapped over a line break in running text
    (
        "registered to him of 640 N Grand Ave W, Springfield,\nIL 62702 since May",
        "640 N Grand Ave W, Springfield,\nIL 62702",
    ),
    (
        "Brooks lives at 2231 S Spring St, Apt\n2, Springfield, IL 62704 with",
        "2231 S Spring St, Apt\n2, Springfield, IL 62704",
    ),
    # teletype: no commas, ZIP required
    ("ADDR/2417 E LARCH ST SPRINGFIELD IL 62703", "2417 E LARCH ST SPRINGFIELD IL 62703"),
    # numbered rural roads and rural-route boxes
    ("at his home, 387 County Road 750 E, Tamaroa, IL 62888. He", "387 County Road 750 E, Tamaroa, IL 62888"),
    ("RESIDENCE    RR 3 Box 276, Tamaroa, IL 62888", "RR 3 Box 276, Tamaroa, IL 62888"),
    ("He lives at 12 State Route 4 near town", "12 State Route 4"),
    # USPS suffixes as exports abbreviate them, and street types written first
    ("SUBJ AT 52 HERON TER APT 4 ON ARRIVAL", "52 HERON TER APT 4"),
    ("RP 3310 FOX HOLLOW RUN, MACON GA", "3310 FOX HOLLOW RUN, MACON GA"),
    ("She lives at 640 Camino de los Alamos, Taos, NM 87571.", "640 Camino de los Alamos, Taos, NM 87571"),
    ("moved to 18 Calle Ocotillo last year", "18 Calle Ocotillo"),
    ("was dispatched to 5120\nWillow Bend Lane regarding", "5120\nWillow Bend Lane"),
    ("16\nSUPERIOR COURT OF OHIO", None),
    # the year of a date ending its line is no house number before a place-named agency
    ("Log date: Monday, March 2, 2026\nOTTER BEND COUNTY SHERIFF'S OFFICE", None),
    ("his licence Q30518846, 2710\nN Sparrow St, Elm Town, NE 68000, phone",
     "2710\nN Sparrow St, Elm Town, NE 68000"),
    ("he ran 5 miles down the trail", None),
    ("the 1400 block of Elm Street", None),
    ("drove 30 miles on Route 66", None),
    ("He had 3 prior arrests.", None),
]


@pytest.mark.parametrize(("text", "expected"), ADDRESS)
def test_address(text: str, expected: str | None) -> None:
    _check(AddressRecognizer(), text, "ADDRESS", expected)


PLATE = [
    ("a silver Honda bearing CA plate 7ABC123 was seen", "7ABC123"),
    ("Plate: 8XYZ123 (CA)", "8XYZ123"),
    ("License Plate # ABC 1234", "ABC 1234"),
    ("tag 4GHJ221 expired", "4GHJ221"),
    ("Lic. plate reading 6TRJ244.", "6TRJ244"),
    ("she wrote down the plate, Illinois BQ 48215, and left", "Illinois BQ 48215"),
    ("Illinois registration 6203 LM, VIN 2T1BURHE4JC", "6203 LM"),
    ("Plate: CT 55190", "CT 55190"),
    # a plate wrapped over a line break after its label
    ("the photograph shows Illinois registration CT\n55190. Lin agreed", "CT\n55190"),
    ("Illinois license plate DX\n48213, VIN 1FTEW1EP4GKD41187", "DX\n48213"),
    ("Plate: AB12\nVIN 1FTEW1EP4GKD41187", "AB12"),
    ("the plate was obscured by mud", None),
    ("plate 12", None),
    ("the license plate light was out", None),
]


@pytest.mark.parametrize(("text", "expected"), PLATE)
def test_license_plate(text: str, expected: str | None) -> None:
    _check(LicensePlateRecognizer(), text, "LICENSE_PLATE", expected)


VINS = [
    ("VIN 1HGCM82633A004352 recorded", "1HGCM82633A004352"),
    ("vehicle 1M8GDM9AXKP042788 towed", "1M8GDM9AXKP042788"),  # check digit X
    ("VIN 1HGCM82633A004353 (bad check digit)", None),
    ("VIN 1HGCM82633A00435 (16 chars)", None),
    ("VIN 1HGCM82633A0043521 (18 chars)", None),
    # a VIN never holds I, O or Q, but OCR reads 1 as I: checked with I read as 1
    ("VIN IHGCM82633A004352 has an I", "IHGCM82633A004352"),
    ("VIN IHGCM82633A004353 has an I and a bad check digit", None),
    ("11111111111111111", None),
    ("1hgcm82633a004352 lower case", None),
]


@pytest.mark.parametrize(("text", "expected"), VINS)
def test_vin(text: str, expected: str | None) -> None:
    _check(VinRecognizer(), text, "VIN", expected)


def test_vin_check_digit() -> None:
    assert vin_check_digit_ok("1HGCM82633A004352")
    assert vin_check_digit_ok("1M8GDM9AXKP042788")
    assert not vin_check_digit_ok("1HGCM82633A004353")
    assert not vin_check_digit_ok("1HGCM82633A00435")


DL = [
    ("DL# B1234567 expired", "B1234567"),
    ("Driver's License: CA D7654321", "D7654321"),
    ("OLN 12345678", "12345678"),
    ("driver license no. S530-4622-1981", "S530-4622-1981"),
    ("NY DL 123 456 789", "123 456 789"),
    ("License # X99-1234", "X99-1234"),
    ("TX DL no.\nK5502981\nOperator", "K5502981"),
    ("identified by his Oregon driver's license, ORX4K2P9B7, and", "ORX4K2P9B7"),
    ("DL NO. / STATE\n448210937 / MS", "448210937"),
    ("license plate 7ABC123", None),
    ("DL: NONE", None),
    ("dl 1234567 lower-case label is not a DL label", None),
]


@pytest.mark.parametrize(("text", "expected"), DL)
def test_driver_license(text: str, expected: str | None) -> None:
    _check(DriverLicenseRecognizer(), text, "DRIVER_LICENSE", expected)


DOB = [
    ("DOB: 03/14/1985", "03/14/1985"),
    ("(DOB 3-14-85)", "3-14-85"),
    ("D.O.B. 1985-03-14", "1985-03-14"),
    ("Date of Birth: March 14, 1985", "March 14, 1985"),
    ("born on 14 March 1985 in Ohio", "14 March 1985"),
    ("He was born in 1985.", "1985"),
    ("Incident date: 03/02/2024", None),
    ("Case # 2024-001234", None),
    ("DOB unknown", None),
]


@pytest.mark.parametrize(("text", "expected"), DOB)
def test_date_of_birth(text: str, expected: str | None) -> None:
    _check(DateOfBirthRecognizer(), text, "DATE_OF_BIRTH", expected)


AGE = [
    ("a 15-year-old juvenile", "15"),
    ("Suspect, age 34, fled", "34"),
    ("Victim (Age: 9)", "9"),
    ("W/M 42 y/o", "42"),
    ("he waited 15 minutes", None),
    ("age 250", None),
]


@pytest.mark.parametrize(("text", "expected"), AGE)
def test_age(text: str, expected: str | None) -> None:
    _check(AgeRecognizer(), text, "AGE", expected)


CASE = [
    ("Case # 2024-001234", "2024-001234"),
    ("Report No. 24-118305", "24-118305"),
    ("CR-2024-118305 supplemental", "CR-2024-118305"),
    ("incident number 2024-00871", "2024-00871"),
    ("Evidence Item #E-4471-B", "E-4471-B"),
    ("RD# 23-004512", "23-004512"),
    ("Filed under 2023-118305.", "2023-118305"),
    ("on 2024-03-02 at 1400", None),  # an ISO date is not a case number
    ("Evidence item #3", None),
    ("DL# G362-4418-8125", None),  # a driver's licence shape is not a case number
    # an agency's letters, a blank and its number after a reference or case label
    ("Police ref. XYPD 26-04417\nThreat team", "XYPD 26-04417"),
    ("Case No. WCPD 25-30112", "WCPD 25-30112"),
    # two letters may be a person's initials; no label, no agency number
    ("Ref. JR 26-12345 called", None),
    ("saw XYPD 26-04417 on the", None),
]


@pytest.mark.parametrize(("text", "expected"), CASE)
def test_case_number(text: str, expected: str | None) -> None:
    _check(CaseNumberRecognizer(), text, "CASE_NUMBER", expected)


BADGE = [
    ("Ofc. Daniel Reyes #4471 responded", "4471"),
    ("Sgt. Karen Walsh, Badge 2190, arrived", "2190"),
    ("badge no. 3312", "3312"),
    ("Cpl. Alexandra Thomas #4058", "4058"),
    ("Det. M. Lopez (#1187)", "1187"),
    ("apartment #12 on Elm", None),
    ("Evidence item #4471", None),
]


@pytest.mark.parametrize(("text", "expected"), BADGE)
def test_badge_number(text: str, expected: str | None) -> None:
    _check(BadgeNumberRecognizer(), text, "BADGE_NUMBER", expected)


IDS = [
    ("NCIC# W123456789 returned no hits", "W123456789"),
    ("SID: CA12345678", "CA12345678"),
    ("FBI No. 123456AB7", "123456AB7"),
    ("Booking # 2024-55123", "2024-55123"),
    ("the FBI was notified", None),
    ("SID: ABCD", None),
]


@pytest.mark.parametrize(("text", "expected"), IDS)
def test_id_number(text: str, expected: str | None) -> None:
    _check(IdNumberRecognizer(), text, "ID_NUMBER", expected)


PHONE = [
    ("(555) 867-5309", "(555) 867-5309"),
    ("she gave 555-867-5309 as her number", "555-867-5309"),
    ("555.867.5309", "555.867.5309"),
    ("+1 555 867 5309", "+1 555 867 5309"),
    ("1-800-555-0199 ext. 12", "1-800-555-0199 ext. 12"),
    ("SSN 123-45-6789", None),
    ("Case # 2024-118305", None),
    ("555-555-5555", "555-555-5555"),
    ("000-000-0000", None),
    ("(123) 456-7890", None),
    ("reached at (217)\n555-5179. SSN", "(217)\n555-5179"),  # wrapped at the line end
    ("call 217-\n555-5179 today", "217-\n555-5179"),
    ("call 217\n555-5179 today", "217\n555-5179"),
]


@pytest.mark.parametrize(("text", "expected"), PHONE)
def test_phone(text: str, expected: str | None) -> None:
    _check(UsPhoneRecognizer(), text, "PHONE_NUMBER", expected)


def test_phone_scores_without_context() -> None:
    text = "Called 555-867-5309 twice."
    (r,) = _spans(UsPhoneRecognizer(), text, "PHONE_NUMBER")
    assert r.score >= 0.6


EMAIL = [
    ("write to maria.g@example.com today", "maria.g@example.com"),
    ("j.doe@springfield.gov", "j.doe@springfield.gov"),
    ("user@host.notarealtld", None),
]


@pytest.mark.parametrize(("text", "expected"), EMAIL)
def test_email(text: str, expected: str | None) -> None:
    _check(SafeEmailRecognizer(), text, "EMAIL_ADDRESS", expected)


def test_email_is_offline(monkeypatch: pytest.MonkeyPatch, tmp_path: Any) -> None:
    """The email check never downloads the suffix list nor writes a cache."""
    import socket

    def no_network(*args: Any, **kwargs: Any) -> None:
        raise AssertionError("network access attempted")

    monkeypatch.setattr(socket, "create_connection", no_network)
    monkeypatch.setenv("HOME", str(tmp_path))
    rec = SafeEmailRecognizer()
    assert _spans(rec, "a@b.example.org", "EMAIL_ADDRESS")
    assert not any(tmp_path.iterdir())


OFFICER = [
    ("Ofc. Daniel Reyes #4471 responded", "Daniel Reyes"),
    ("Sgt. Karen Walsh, Badge 2190, arrived", "Karen Walsh"),
    ("Det. Lopez interviewed the victim", "Lopez"),
    ("Officer J. Smith took the report", "J. Smith"),
    ("Deputy Mark O'Tierney responded", "Mark O'Tierney"),
    ("Cpl. Alexandra Thomas #4058", "Alexandra Thomas"),
    ("DEPUTY MARK JONES ARRIVED", "MARK JONES"),
    ("Deputy Chief Ann Cole", "Ann Cole"),
    # dispatch (CAD) log: unit call sign + surname alone in a cell
    ("22:25:02\n2S02 WALSH\nDISPATCHED - ASSIST\n", "WALSH"),
    ("22:19:36\n2A14 REYES\nEN ROUTE", "REYES"),
    ("22:19:36\n2A14 DISPATCHED\n", None),
    # dispatcher title
    ("Operator: Disp. J. Moreno #D-41   Printed by records", "J. Moreno"),
    # "Last, Rank First" and a roster row whose next cell is a rank
    ("Lead: Quayle, Sgt. Miriam (Badge 342)", "Quayle, Sgt. Miriam"),
    ("Quayle, Miriam\nSgt. (lead)\n-\nBadge 342", "Quayle, Miriam"),
    ("Ochoa, Efrain\nOfficer\n-\nBadge 467", "Ochoa, Efrain"),
    ("Dove, Alice\nWitness\n22 March 1971", None),
    # a deputy's grade, agency staff and wrapped prose
    ("Written by Deputy First Class Ansel Brody (T-33).", "Ansel Brody"),
    ("DFC A. Brody T-33 Approved: Lt. Cara Penn", "A. Brody"),
    ("Victim Advocate Rhoda Finlay met the family.", "Rhoda Finlay"),
    ("Your wallet was turned in on Monday. Please call Officer Jasper\nWhitcombe at (207) 555-0177.",
     "Jasper\nWhitcombe"),
    ("Officer Jasper\nWhitcombe, Ann", "Jasper"),  # a short line is a cell: the next line is not his
    ("Officer Responded to the call", None),
    ("the officer said hello", None),
    ("Officer safety was a concern", None),
]


@pytest.mark.parametrize(("text", "expected"), OFFICER)
def test_officer(text: str, expected: str | None) -> None:
    _check(OfficerRecognizer(), text, "OFFICER", expected)


def test_officer_explanation_names_rank_and_badge() -> None:
    text = "Sgt. Karen Walsh, Badge 2190, arrived"
    (r,) = _spans(OfficerRecognizer(), text, "OFFICER")
    assert r.analysis_explanation is not None
    assert "rank 'Sgt.' before name" in r.analysis_explanation.textual_explanation
    assert "2190" in r.analysis_explanation.textual_explanation


def test_officer_later_surname_mentions() -> None:
    text = "Ofc. Daniel Reyes #4471 responded. Reyes advised the victim. REYES left."
    got = [text[r.start : r.end] for r in _spans(OfficerRecognizer(), text, "OFFICER")]
    assert got.count("Reyes") == 1 and "REYES" in got and "Daniel Reyes" in got


def test_officer_roster() -> None:
    rec = OfficerRecognizer(roster=["Priya Natarajan"])
    text = "Report written by Priya Natarajan. Natarajan photographed the scene. The kitchen."
    got = [text[r.start : r.end] for r in _spans(rec, text, "OFFICER")]
    assert got == ["Priya Natarajan", "Natarajan"]


_LABELS = [
    FieldLabel(["DOB", "Date of Birth"], "DATE_OF_BIRTH"),
    FieldLabel(["Victim", "Name"], "PERSON"),
    FieldLabel(["SSN"], "US_SSN"),
    FieldLabel(["DL#"], "DRIVER_LICENSE"),
    FieldLabel(["Plate"], "LICENSE_PLATE"),
    FieldLabel(["Phone"], "PHONE_NUMBER"),
    FieldLabel(["Address"], "ADDRESS"),
]

FIELDS = [
    ("Victim: Maria Gutierrez, DOB: 03/14/1985", "PERSON", "Maria Gutierrez"),
    ("Victim: Maria Gutierrez, DOB: 03/14/1985", "DATE_OF_BIRTH", "03/14/1985"),
    ("VICTIM: GUTIERREZ, MARIA E.   SSN: 123-45-6789", "PERSON", "GUTIERREZ, MARIA E."),
    ("VICTIM: GUTIERREZ, MARIA E.   SSN: 123-45-6789", "US_SSN", "123-45-6789"),
    ("Victim: Tyrone Jackson, 34, of Elm St", "PERSON", "Tyrone Jackson"),
    ("DL# B1234567   Plate: CA 7ABC123", "DRIVER_LICENSE", "B1234567"),
    ("DL# B1234567   Plate: CA 7ABC123", "LICENSE_PLATE", "CA 7ABC123"),
    ("Plate:\nBV 73920\n", "LICENSE_PLATE", "BV 73920"),
    ("Plate: NONE", "LICENSE_PLATE", None),
    ("Date of Birth\n07/04/2009\n", "DATE_OF_BIRTH", "07/04/2009"),
    ("Name:\n  Ana Chen          Phone: (555) 867-5309", "PERSON", "Ana Chen"),
    ("Name:\n  Ana Chen          Phone: (555) 867-5309", "PHONE_NUMBER", "(555) 867-5309"),
    ("Address: 1420 Elm Street, Springfield, IL 62704", "ADDRESS", "1420 Elm Street, Springfield, IL 62704"),
    ("| DOB | 03/14/1985 |", "DATE_OF_BIRTH", "03/14/1985"),
    ("The victim stated she was fine.", "PERSON", None),
    ("Victim: unknown", "PERSON", None),
    ("the plate was muddy", "LICENSE_PLATE", None),
    # teletype / NCIC: ALL-CAPS label glued to its value with a slash
    ("SUBJ/X  SEX/M  DOB/19940312", "DATE_OF_BIRTH", "19940312"),
    ("SSN/538417206  DL#/C73518264019", "US_SSN", "538417206"),
    # a header row is not a label/value pair
    ("Name (Last, First)\nRole\nDate of Birth\nContact\n", "DATE_OF_BIRTH", None),
    ("Victim\nWitness\n", "PERSON", None),
    # a blank form field: the next line is the next field's label, not this label's value
    ("MOTHER\nAddress\nPhone\nLenora Haskett-Vale", "ADDRESS", None),
    ("Address\nPhone\n(555) 010-4477", "ADDRESS", None),
    ("Address\n41 Birchgate Lane\nPhone", "ADDRESS", "41 Birchgate Lane"),
]


LAST_FIRST = [
    ("Caller\nADEYEMI, ROBERT\n217.555.0164", "ADEYEMI, ROBERT"),
    ("22:50:51\nDIAZ, ROSA\n217-555-0108", "DIAZ, ROSA"),
    ("Name (Last, First)\nDinh, Quoc\nWitness", "Dinh, Quoc"),
    ("Brewer, Alan T.\nSuspect", "Brewer, Alan T."),
    ("SUBJ/BOOKER, TREVON JAMAL  SEX/M", "BOOKER, TREVON JAMAL"),
    ("Tamaroa, Illinois 62888", None),
    ("Springfield, Illinois\n", None),
    ("3\nReceipt, Quik-Stop Market\nTX 0314-2131", None),
    ("CLEAR, REPORT\n", None),
    ("Sgt. (lead)\n", None),
    ("He met Ward, Anthony there.", None),  # not a cell
]


@pytest.mark.parametrize(("text", "expected"), LAST_FIRST)
def test_last_first_cells(text: str, expected: str | None) -> None:
    from redactkit.detect.recognizers import LastFirstNameRecognizer

    _check(LastFirstNameRecognizer(), text, "PERSON", expected)


ROLE_NAMES = [
    ("ROBBED CLERK LUCINDA HARTWELL WITH A BLACK HANDGUN", "LUCINDA HARTWELL"),
    ("WITNESS CALVIN LEE SAW SUBJ FLEEING", "CALVIN LEE"),
    ("SUBJ BOOKER'S MOTHER BERNADETTE\nBOOKER ADVISED", "BERNADETTE\nBOOKER"),
    ("WITH A FRIEND, KENDRICK ADEYEMI, PH 217-555-0172", "KENDRICK ADEYEMI"),
    ("The owner, Eli Moss, reports", "Eli Moss"),
    ("A former employee, Rebecca\nAshcombe-Ortiz, born", "Rebecca\nAshcombe-Ortiz"),
    ("WITNESS WAS SEEN LEAVING", None),
    ("the victim stated that", None),
    ("Witness Statement Form", None),
    ("SUSPECT FLED NB ON FOOT", None),
]


@pytest.mark.parametrize(("text", "expected"), ROLE_NAMES)
def test_role_names(text: str, expected: str | None) -> None:
    from redactkit.detect.recognizers import RoleNameRecognizer

    _check(RoleNameRecognizer(), text, "PERSON", expected)


AGENCIES = [
    ("GLENHAVEN POLICE DEPARTMENT\nINTEROFFICE MEMORANDUM", "GLENHAVEN POLICE DEPARTMENT"),
    ("TALLIS COUNTY SHERIFF'S OFFICE\n210 Courthouse Square", "TALLIS COUNTY SHERIFF'S OFFICE"),
    ("Glenhaven Police Department\nInvestigations", "Glenhaven Police Department"),
    ("FROM: ASHGROVE PD COMMUNICATIONS", "ASHGROVE PD"),
    ("He called the police about it.", None),
]


@pytest.mark.parametrize(("text", "expected"), AGENCIES)
def test_agency(text: str, expected: str | None) -> None:
    from redactkit.detect.recognizers import AgencyRecognizer

    _check(AgencyRecognizer(), text, "AGENCY", expected)


def test_a_date_cell_is_not_a_dob_by_text_order_alone() -> None:
    # a table's date-of-birth column is paired by position (tests/test_layout.py); in text order
    # alone an incident-date column under it looked the same and was redacted too
    text = "Ticket\nDate\nDOB\n4410\n11/03/2026\n04/19/1981\n"
    assert _spans(DateOfBirthRecognizer(), text, "DATE_OF_BIRTH") == []


@pytest.mark.parametrize(("text", "entity", "expected"), FIELDS)
def test_field_labels(text: str, entity: str, expected: str | None) -> None:
    _check(FieldLabelRecognizer(_LABELS), text, entity, expected)


def test_field_label_explanation() -> None:
    text = "DOB: 03/14/1985"
    (r,) = _spans(FieldLabelRecognizer(_LABELS), text, "DATE_OF_BIRTH")
    assert r.analysis_explanation is not None
    assert r.analysis_explanation.textual_explanation.startswith("label 'DOB:'")


DENY = [
    ("Witness Jane Roe said", "Jane Roe"),
    ("JANE ROE", None),  # case-sensitive
    ("Jane Roeder", None),  # whole word
]


@pytest.mark.parametrize(("text", "expected"), DENY)
def test_deny_list(text: str, expected: str | None) -> None:
    rec = DenyListRecognizer("PERSON", ["Jane Roe"])
    assert rec.name.startswith("deny")
    _check(rec, text, "PERSON", expected)


def test_patterns_compile_without_ignorecase() -> None:
    """Our patterns are written for DOTALL|MULTILINE without IGNORECASE."""
    assert not REGEX_FLAGS & regex.IGNORECASE
    for rec in build_recognizers(load_policy()):
        for p in getattr(rec, "patterns", []):
            regex.compile(p.regex, REGEX_FLAGS)


def test_build_recognizers_from_policy(tmp_path: Any) -> None:
    roster = tmp_path / "roster.txt"
    roster.write_text("# officers\nPriya Natarajan\n", encoding="utf-8")
    rule = tmp_path / "p.yaml"
    rule.write_text(
        "name: p\nextends: [police-public-release]\n"
        "allow:\n  - file: roster.txt\n    entity: OFFICER\n"
        "deny:\n  - {text: Jane Roe, entity: PERSON}\n"
        "recognizers:\n"
        "  - name: gang-moniker\n    supported_entity: PERSON\n    case_sensitive: true\n"
        "    patterns:\n      - {name: aka, regex: '(?<=aka )[A-Z][a-z]+', score: 0.8}\n"
        "  - name: unit\n    supported_entity: AGENCY\n"
        "    patterns:\n      - {name: unit, regex: 'unit \\d+', score: 0.6}\n",
        encoding="utf-8",
    )
    policy = load_policy(rule)
    assert all(isinstance(spec, RecognizerSpec) for spec in policy.recognizers)
    recs = {r.name: r for r in build_recognizers(policy)}
    text = "Priya Natarajan met Jane Roe aka Shadow (aka shadow) of UNIT 7."
    out: list[tuple[str, str]] = []
    for r in recs.values():
        out += [(x.entity_type, text[x.start : x.end]) for x in r.analyze(text, r.supported_entities, None)]
    assert ("OFFICER", "Priya Natarajan") in out
    assert ("PERSON", "Jane Roe") in out
    assert ("PERSON", "Shadow") in out and ("PERSON", "shadow") not in out  # case_sensitive: true
    assert ("AGENCY", "UNIT 7") in out  # Presidio's default IGNORECASE kept for rule-file recognizers
    res = recs["gang-moniker"].analyze(text, ["PERSON"], None)[0]
    assert "gang-moniker" in res.analysis_explanation.textual_explanation
    assert "p.yaml" in res.analysis_explanation.textual_explanation, "names the rule file it came from"


# --------------------------------------------------------------------------- integration (spaCy)


@pytest.fixture(scope="module")
def analyzer(shared_redactor: Any) -> Any:
    """The production analyzer for the default policy (Detector builds it, as in a real run)."""
    return shared_redactor.detector.analyzer(load_policy())


NARRATIVE = (
    "CASE # 2024-001234\n"
    "On 03/02/2024 Ofc. Daniel Reyes #4471 responded to 1420 Elm Street, Apt 4B, Springfield, IL 62704.\n"
    "Victim: Maria Gutierrez, DOB: 03/14/1985, Phone: 555-867-5309.\n"
    "The suspect drove a Honda bearing CA plate 7ABC123, VIN 1HGCM82633A004352.\n"
)


def _best(results: list[Any], text: str, span: str) -> Any:
    start = text.index(span)
    cands = [r for r in results if r.start <= start and r.end >= start + len(span)]
    return max(cands, key=lambda r: r.score) if cands else None


@pytest.mark.parametrize(
    ("span", "entity"),
    [
        ("2024-001234", "CASE_NUMBER"),
        ("Daniel Reyes", "OFFICER"),
        ("4471", "BADGE_NUMBER"),
        ("1420 Elm Street, Apt 4B, Springfield, IL 62704", "ADDRESS"),
        ("03/14/1985", "DATE_OF_BIRTH"),
        ("555-867-5309", "PHONE_NUMBER"),
        ("7ABC123", "LICENSE_PLATE"),
        ("1HGCM82633A004352", "VIN"),
        ("Maria Gutierrez", "PERSON"),
    ],
)
def test_engine_integration(analyzer: Any, span: str, entity: str) -> None:
    results = analyzer.analyze(text=NARRATIVE, language="en", return_decision_process=True)
    best = _best([r for r in results if r.entity_type == entity], NARRATIVE, span)
    assert best is not None, f"{entity} not found over {span!r}"
    assert best.analysis_explanation is not None
    top = _best(results, NARRATIVE, span)
    assert top.score <= best.score, f"{span!r}: {top.entity_type} outscored {entity}"


def test_rule_file_recognizer_end_to_end(shared_redactor: Any, tmp_path: Any) -> None:
    """A rule file's extra recognizer (a typed spec in the policy) finds its entity in a real run."""
    rule = tmp_path / "tickets.yaml"
    rule.write_text(
        "name: tickets\nextends: [police-public-release]\n"
        "redact:\n  TICKET_ID: {exemption: \"(b)(7)(C)\", reason: Ticket number}\n"
        "recognizers:\n  - name: ticket\n    supported_entity: TICKET_ID\n"
        "    patterns: [{name: ticket, regex: '\\bTK-\\d{5}\\b', score: 0.85}]\n",
        encoding="utf-8",
    )
    policy = load_policy(rule)
    assert isinstance(policy.recognizers[-1], RecognizerSpec)
    text = "Citation TK-40917 was issued at the scene."
    findings = analyze_text(text, policy, detector=shared_redactor.detector)
    hit = [f for f in findings if f.entity == "TICKET_ID"]
    assert [(f.text, f.recognizer) for f in hit] == [("TK-40917", "ticket")]
    assert "tickets.yaml" in hit[0].explanation


def test_engine_phone_without_context_scores_high(analyzer: Any) -> None:
    text = "She gave 555-867-5309 and left."
    results = analyzer.analyze(text=text, language="en", entities=["PHONE_NUMBER"])
    assert max(r.score for r in results) >= 0.6


# ---------------------------------------------------------- full-anonymization rule-file recognizers
#
# Recognizers for prose (court decisions, research extracts) that only the
# full-anonymization profile carries: made-up names, numbers and dates.

FULL_ANONYMIZATION_ONLY = (
    "titled-person",
    "party-name",
    "case-reference-number",
    "written-date",
    "duration",
    "age-in-prose",
    "place-of-residence",
)


@pytest.fixture(scope="module")
def full_anon_recs() -> dict[str, EntityRecognizer]:
    return {r.name: r for r in build_recognizers(load_policy("full-anonymization"))}


def _check_all(rec: EntityRecognizer, text: str, entity: str, expected: str | None) -> None:
    """Like :func:`_check`, for a case whose expected span must be the only one found."""
    _check(rec, text, entity, expected)
    if expected is not None:
        got = [text[r.start : r.end] for r in _spans(rec, text, entity)]
        assert got == [expected], f"{rec.name} should find only {expected!r} in {text!r}, found {got}"


TITLED_PERSON = [
    ("represented by Mr Tomasz Nowak, a lawyer", "Mr Tomasz Nowak"),
    ("their Agent, Ms A. Kowalska, of the Ministry", "Ms A. Kowalska"),
    ("represented by Mr H.Ö. Demirci, a lawyer", "Mr H.Ö. Demirci"),
    ("by Mrs Ayşe Gül Öztürk and", "Mrs Ayşe Gül Öztürk"),
    ("a statement dated 23 March 1983 by Mr\nP.K. Jones, Professor", "Mr\nP.K. Jones"),
    ("I have explained to Mr Hartley that his", "Mr Hartley"),
    ("Dr. Anna van der Berg testified", "Dr. Anna van der Berg"),
    ("the certificate of Doctor L. Moreau, at the", "Doctor L. Moreau"),
    ("Mr Justice Holloway held", "Mr Justice Holloway"),
    ("Ms Anna Kornaś-Wiśniewska replied", "Ms Anna Kornaś-Wiśniewska"),
    ("Mr O'Brien’s lawyer", "Mr O'Brien"),
    ("as noted by Mr Halloran\nThe Government argued", "Mr Halloran"),
    ("Mr President, the Court", None),
    ("the Judge Rapporteur decided", None),
    ("he lives at 12 Elm Dr Springfield", None),
    ("the mr smith in lower case", None),
    ("Professor and Doctor of the Royal Free Hospital", None),
]


@pytest.mark.parametrize(("text", "expected"), TITLED_PERSON)
def test_titled_person(full_anon_recs: dict[str, EntityRecognizer], text: str, expected: str | None) -> None:
    _check_all(full_anon_recs["titled-person"], text, "PERSON", expected)


PARTY_NAME = [
    ("by a Polish national, Jan Wiśniewski (“the applicant”), on", "Jan Wiśniewski"),
    ('brought by Anna Berg ("the claimant") against', "Anna Berg"),
    ("by Ali Veli Yıldız (“the second applicant”)", "Ali Veli Yıldız"),
    ("by two Turkish nationals, Ahmet Kaya and", "Ahmet Kaya"),
    ("the Republic of Poland (“the Government”)", None),
    ("the Convention (“the Convention”) by", None),
    ("a British national, who lives in", None),
    ("Acme Trading (“the applicant company”)", None),
]


@pytest.mark.parametrize(("text", "expected"), PARTY_NAME)
def test_party_name(full_anon_recs: dict[str, EntityRecognizer], text: str, expected: str | None) -> None:
    _check_all(full_anon_recs["party-name"], text, "PERSON", expected)


CASE_REFERENCE = [
    ("The case originated in an application (no. 12345/67) against", "12345/67"),
    ("in an application (no.\n7788/01) against", "7788/01"),
    ("application no. 555/04 lodged", "555/04"),
    ("Application No 31/2001 lodged", "31/2001"),
    ("the case no. II AKa 123/05 was", "II AKa 123/05"),
    ("file no. 4/2001, the", "4/2001"),
    ("Article 6 § 1 of the Convention", None),
    ("Protocol No. 11 to the Convention", None),
    ("Act 1962:381", None),
    ("a ratio of 3/4 of the votes", None),
]


@pytest.mark.parametrize(("text", "expected"), CASE_REFERENCE)
def test_case_reference_number(
    full_anon_recs: dict[str, EntityRecognizer], text: str, expected: str | None
) -> None:
    _check_all(full_anon_recs["case-reference-number"], text, "CASE_NUMBER", expected)


def test_case_reference_number_lists(full_anon_recs: dict[str, EntityRecognizer]) -> None:
    text = "in two applications (nos. 11111/06 and 22222/06) and in cases nos. 33/07, 44/07 or 55/07"
    rec = full_anon_recs["case-reference-number"]
    got = [text[r.start : r.end] for r in _spans(rec, text, "CASE_NUMBER")]
    assert sorted(got) == ["11111/06", "22222/06", "33/07", "44/07", "55/07"]


WRITTEN_DATE = [
    ("On 16 March 2003 the court", "16 March 2003"),
    ("On 29\nApril 2011 the prosecutor", "29\nApril 2011"),
    ("signed on April 29, 2011 by", "April 29, 2011"),
    ("on the 3rd of June 1999,", "3rd of June 1999"),
    ("On 19 and 20 August 1995 respectively", "19 and 20 August 1995"),
    ("from 25 April to 9 June 1997 he was", "from 25 April to 9 June 1997"),
    ("Between 8 November 1994 and 2 August 2000 the", "Between 8 November 1994 and 2 August 2000"),
    ("diagnosed in September 1982. In", "September 1982"),
    ("records for the period between 1975 and 1983, with", "between 1975 and 1983"),
    ("The applicant was born in 1987 and is", "1987"),
    ("In 2006 he was convicted", "2006"),
    ("had suffered since the 1970's and", "1970's"),
    ("in the early 1970s involving", "1970s"),
    ("Article 34 of the Convention", None),
    ("under the 1962 Act the", None),
    ("Social Insurance Act 1962:381", None),
    ("In 2006/07 figures", None),
    ("SEK 18,100 in 1998", "1998"),
    ("May I add that", None),
]


@pytest.mark.parametrize(("text", "expected"), WRITTEN_DATE)
def test_written_date(full_anon_recs: dict[str, EntityRecognizer], text: str, expected: str | None) -> None:
    _check_all(full_anon_recs["written-date"], text, "DATE_TIME", expected)


DURATION = [
    ("sentenced to three years and nine months’ imprisonment", "three years and nine months’"),
    ("sentenced to 3 years and 6 months in prison", "3 years and 6 months"),
    ("to fifteen years' imprisonment", "fifteen years'"),
    ("sentences ranging from two to four years.", "two to four years"),
    ("worked as a teacher for 17 hours per week", "17 hours"),
    ("a term of one year, which", "one year"),
    ("a five-year sentence", "five-year"),
    ("twenty-one days later", "twenty-one days"),
    ("three counts of battery", None),
    ("Article 5 § 3", None),
    ("in later years the", None),
    ("SEK 18,100 days", None),
]


@pytest.mark.parametrize(("text", "expected"), DURATION)
def test_duration(full_anon_recs: dict[str, EntityRecognizer], text: str, expected: str | None) -> None:
    _check_all(full_anon_recs["duration"], text, "DATE_TIME", expected)


AGE_IN_PROSE = [
    ("before he turned 65 years of age", "65"),
    ("at the age of 17, he", "17"),
    ("aged 81 at the time", "81"),
    ("who was 12 years of age", "12"),
    ("before his 65th birthday in", "65th"),
    ("the age of majority", None),
    ("the car turned left", None),
    ("turned 1.5 metres", None),
]


@pytest.mark.parametrize(("text", "expected"), AGE_IN_PROSE)
def test_age_in_prose(full_anon_recs: dict[str, EntityRecognizer], text: str, expected: str | None) -> None:
    _check_all(full_anon_recs["age-in-prose"], text, "AGE", expected)


PLACE_OF_RESIDENCE = [
    ("a lawyer practising in Nottingham. The", "Nottingham"),
    ("born in 1929 and lives in Kraków.", "Kraków"),
    ("is detained in Stronie Śląskie.", "Stronie Śląskie"),
    ("in the town of Zielona Góra, where", "Zielona Góra"),
    ("a solicitor practicing at Oxford", "Oxford"),
    ("born in 1987 and is", None),
    ("he lives in the city centre", None),
    ("detained in Prison no. 2", None),
]


@pytest.mark.parametrize(("text", "expected"), PLACE_OF_RESIDENCE)
def test_place_of_residence(
    full_anon_recs: dict[str, EntityRecognizer], text: str, expected: str | None
) -> None:
    _check_all(full_anon_recs["place-of-residence"], text, "LOCATION", expected)


def test_prose_recognizers_only_in_full_anonymization() -> None:
    """The police release keeps case numbers and dates and never redacts titles."""
    for profile in ("police-public-release", "juvenile-and-victim-strict", "base"):
        names = {r.name for r in build_recognizers(load_policy(profile))}
        assert not names & set(FULL_ANONYMIZATION_ONLY), profile
    names = {r.name for r in build_recognizers(load_policy("full-anonymization"))}
    assert set(FULL_ANONYMIZATION_ONLY) <= names


# --------------------------------------------------------------------------- blind-run failure classes

BLIND_CLASSES: list[tuple[type[Any], str, str, str | None]] = [
    # addresses: lettered avenues, PO boxes, rural routes
    (
        AddressRecognizer,
        "lives at 1734 Avenue K, Fort Dodge, IA 50501 now",
        "ADDRESS",
        "1734 Avenue K, Fort Dodge, IA 50501",
    ),
    (
        AddressRecognizer,
        "at 3315 Avenue\nB, Apt 2, Omaha, NE 68102.",
        "ADDRESS",
        "3315 Avenue\nB, Apt 2, Omaha, NE 68102",
    ),
    (
        AddressRecognizer,
        "mail to P.O. Box 5173, Holdrege, NE 68949",
        "ADDRESS",
        "P.O. Box 5173, Holdrege, NE 68949",
    ),
    (
        AddressRecognizer,
        "resides at RR 1 Box 362, Minden, IA 51553",
        "ADDRESS",
        "RR 1 Box 362, Minden, IA 51553",
    ),
    (AddressRecognizer, "Avenue B was closed for 2 hours", "ADDRESS", None),
    (AddressRecognizer, "on page 12 Avenue", "ADDRESS", None),
    # DOB / DL / booking number on the line after the label
    (DateOfBirthRecognizer, "CORWIN DALE, DOB\nMarch 19, 1983, SSN", "DATE_OF_BIRTH", "March 19, 1983"),
    (DateOfBirthRecognizer, "DOB\n11/14/1996, 1186 Elm St", "DATE_OF_BIRTH", "11/14/1996"),
    (DateOfBirthRecognizer, "DOB\nunknown", "DATE_OF_BIRTH", None),
    (DriverLicenseRecognizer, "Driver License No.\n47-218-3390\nDL State", "DRIVER_LICENSE", "47-218-3390"),
    (DriverLicenseRecognizer, "Driver License No.\nDL State", "DRIVER_LICENSE", None),
    (IdNumberRecognizer, "Booking No.\nB23-004186\nBooked", "ID_NUMBER", "B23-004186"),
    (IdNumberRecognizer, "System - booking B23-004186", "ID_NUMBER", "B23-004186"),
    (IdNumberRecognizer, "the booking desk", "ID_NUMBER", None),
    (CaseNumberRecognizer, "Booking No.\nB23-004186", "CASE_NUMBER", None),
    (CaseNumberRecognizer, "Arrest Case No. PCSO-24-15309", "CASE_NUMBER", "PCSO-24-15309"),
    # plates after a spelled-out state
    (LicensePlateRecognizer, "stopped a 2011 Buick (Iowa HRW 318) at", "LICENSE_PLATE", "Iowa HRW 318"),
    (LicensePlateRecognizer, "a Honda Civic (Colorado MLC-K29, VIN", "LICENSE_PLATE", "Colorado MLC-K29"),
    (LicensePlateRecognizer, "in violation of Iowa Code 124.401", "LICENSE_PLATE", None),
    (LicensePlateRecognizer, "privileges (Iowa DL 481KD2056) remain", "LICENSE_PLATE", None),
    # fire departments are agencies
    (
        AgencyRecognizer,
        "transported by Ravenna Volunteer Fire Department Medic 2",
        "AGENCY",
        "Ravenna Volunteer Fire Department",
    ),
    (
        AgencyRecognizer,
        "left in microwave; Ames\nFire Department reset panel",
        "AGENCY",
        "Ames\nFire Department",
    ),
    (AgencyRecognizer, "The Fire Department came", "AGENCY", None),
    # officials by title, before or after the name
    (OfficerRecognizer, "issued by Judge Lorna Beckwith of the court", "OFFICER", "Lorna Beckwith"),
    (OfficerRecognizer, "TO: Hon. Dorothy J. Engstrand, District Judge", "OFFICER", "Dorothy J. Engstrand"),
    (OfficerRecognizer, "FROM: Colleen Strand, Probation Officer II (No. 1)", "OFFICER", "Colleen Strand"),
    (OfficerRecognizer, "Approved: Gordon Whitely, Supervisor", "OFFICER", "Gordon Whitely"),
    (OfficerRecognizer, "compiled by Dispatcher Roland Barstow (ID D-17)", "OFFICER", "Roland Barstow"),
    (OfficerRecognizer, "Jane Roe, the victim, called", "OFFICER", None),
]


@pytest.mark.parametrize(("cls", "text", "entity", "expected"), BLIND_CLASSES)
def test_blind_failure_classes(cls: type[Any], text: str, entity: str, expected: str | None) -> None:
    _check(cls(), text, entity, expected)


def test_officer_title_after_name_is_not_a_private_person() -> None:
    got = [r for r in OfficerRecognizer().analyze("Jane Roe, Deputy Smith's wife, called", ["OFFICER"])]
    assert "Jane Roe" not in ["Jane Roe, Deputy Smith's wife, called"[r.start : r.end] for r in got]


NICKNAMES = [
    ('Witness Douglas "Doug" Pelletier, who lives', 'Douglas "Doug" Pelletier'),
    ('Subject: STRAUSSER, CORWIN DALE aka "Q-Ball", DOB', '"Q-Ball"'),
    ('AKA / Moniker\n"KD"\nDOB', '"KD"'),
    ('identified suspect as "Big Lou"; contact', '"Big Lou"'),
    ("RP HOLT, DARCY J. (djholt@example.org)", "HOLT, DARCY J."),
    ("Passenger O'DARROW-PIKE, TRISTAN (17),", "O'DARROW-PIKE, TRISTAN"),
    ("Emergency Contact\nHoa Dang (mother)\nPhone", "Hoa Dang"),
    ('she yelled "Stop That" twice', None),
    ('the "Big Ten" game', None),
    ("Lincoln Way (eastbound) and", None),
]


@pytest.mark.parametrize(("text", "expected"), NICKNAMES)
def test_nicknames_and_remarks_names(text: str, expected: str | None) -> None:
    from redactkit.detect.recognizers import RoleNameRecognizer

    _check(RoleNameRecognizer(), text, "PERSON", expected)


def test_parsed_address_stops_at_a_signature_line() -> None:
    text = "Hearing is set at Fenwick Municipal Court, 1 Borough Plaza.\nCpl. A. Vanderhulst C-311 Reviewed\n"
    got = [text[r.start : r.end] for r in ParsedAddressRecognizer().analyze(text, ["ADDRESS"], None)]
    assert not any("Cpl" in g for g in got), got
    town = "Mail it to 14 Elm Street\nSpringfield, IL 62701 today."
    got = [town[r.start : r.end] for r in ParsedAddressRecognizer().analyze(town, ["ADDRESS"], None)]
    assert any("Springfield" in g for g in got), got
