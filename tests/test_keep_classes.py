"""Classes of over-redaction found on unseen records (issue 11, keep-rate), each with invented
examples: a town's name blacked out inside kept public names because the same word is a
private person's surname elsewhere; offence titles that NER takes for names; everyday phrases
holding a word that is also a name."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pymupdf
import pytest

from conftest import lines_document
from redactkit.api import analyze_text
from redactkit.detect.officers import resolve_shared_names
from redactkit.detect.recognizers import (
    AddressRecognizer,
    OfficerRecognizer,
    ParsedAddressRecognizer,
    PublicPlaceRecognizer,
)
from redactkit.ingest import ingest
from redactkit.model import Document, Finding
from redactkit.plan import CONSISTENCY_RECOGNIZER, make_plan
from redactkit.policy import load_policy

POLICY = load_policy("police-public-release")


_doc = lines_document


def _f(doc: Document, text: str, entity: str, occurrence: int = 0) -> Finding:
    start = -1
    for _ in range(occurrence + 1):
        start = doc.text.index(text, start + 1)
    return Finding(entity, start, start + len(text), text, 0.85, "Test", "test")


# --- a town's name inside kept public names -------------------------------------------------------

def test_a_surname_redacted_elsewhere_stays_visible_inside_kept_public_names(tmp_path: Path) -> None:
    doc = _doc(tmp_path, [
        "Neighbor Odile Quillsby called at 2140.",
        "Port Quillsby Police Department",
        "Records: 9 Quay Street, Port Quillsby, ME 04999",
        "Later Quillsby said she saw nothing.",
    ])
    person = [_f(doc, "Odile Quillsby", "PERSON"), _f(doc, "Quillsby", "PERSON", 3)]
    public = [_f(doc, "Port Quillsby Police Department", "AGENCY"),
              _f(doc, "9 Quay Street, Port Quillsby, ME 04999", "PUBLIC_PLACE")]
    plan = make_plan(doc, person + public, POLICY)
    # the person and the surname in prose go; the town inside the kept public names stays
    assert sorted(" ".join(r.text.split()) for r in plan.redactions) == ["Odile Quillsby", "Quillsby"]
    assert not any(r.recognizer == CONSISTENCY_RECOGNIZER for r in plan.redactions)
    # without the kept names, rule 5 redacts the surname everywhere
    plan = make_plan(doc, person, POLICY)
    assert len([r for r in plan.redactions if r.recognizer == CONSISTENCY_RECOGNIZER]) == 2


def test_consistency_still_enters_a_kept_officer_name(tmp_path: Path) -> None:
    # privacy first: a name ambiguous between officer and private person is redacted and flagged
    doc = _doc(tmp_path, ["Witness: Leif Brannock", "Sgt. Leif Brannock #12 took the report."])
    findings = [_f(doc, "Leif Brannock", "PERSON"), _f(doc, "Leif Brannock", "OFFICER", 1)]
    plan = make_plan(doc, findings, POLICY)
    flagged = [r for r in plan.redactions if r.recognizer == CONSISTENCY_RECOGNIZER]
    assert [r.text for r in flagged] == ["Leif Brannock"] and flagged[0].status == "needs_review"


def test_a_whole_kept_public_value_equal_to_a_redacted_one_is_still_redacted(tmp_path: Path) -> None:
    # rule 5 skips only a string strictly inside a kept public name, not one equal to it
    doc = _doc(tmp_path, ["Front desk (555) 555-0142", "Her cell: (555) 555-0142"])
    findings = [_f(doc, "(555) 555-0142", "PUBLIC_PLACE"), _f(doc, "(555) 555-0142", "PHONE_NUMBER", 1)]
    plan = make_plan(doc, findings, POLICY)
    assert len([r for r in plan.redactions if "555-0142" in r.text]) == 2


# --- offence titles made of offence words -----------------------------------------------------------

@pytest.mark.parametrize("text, offence", [
    ("Booking charge 2: Aggravated Trespass, bond $1,000. Arrestee Fenwyck Dunnock.", "Aggravated Trespass"),
    ("Charges listed\nMalicious Trespass\nCustody: Ines Vartanian", "Malicious Trespass"),
    ("One prior for Petty Theft in the Second\nDegree in another county.", "Petty Theft"),
    ("Counts: Criminal Trespass, 2nd Degree; Failure to Comply (warrant)", "Failure to Comply"),
    ("a report of Fraudulent Conduct (Rev. Code § 12.34) by Sorrel Ingleby", "Fraudulent Conduct"),
    ("victim of Burglary in the Third Degree (ORS 164.215) on the 4th", "Burglary"),
    ("booked for Disorderly Conduct and Reckless Driving (Vehicle Code § 23103)", "Disorderly Conduct"),
])
def test_offence_titles_made_of_offence_words_stay_visible(found: Any, text: str, offence: str) -> None:
    got = found(text)
    assert not any(offence in g or g in offence for g in got), got


def test_a_name_next_to_an_offence_title_is_still_redacted(found: Any) -> None:
    got = found("Arrestee Petra Szalai was booked on Aggravated Trespass at 0200.")
    assert any("Petra Szalai" in g for g in got), got


# --- everyday phrases holding a word that is also a name ----------------------------------------

@pytest.mark.parametrize("text, phrase", [
    ("Property: scarf, KELLY GREEN, wool; Owner: Ruel Kemble, 12 Pomeroy Lane", "KELLY"),
    ("Item 3: safety vest, Kelly green. Owner Dacey Fulbright.", "Kelly"),
    ("She read him his Miranda rights at 0312; Wilma Gravesend was present.", "Miranda"),
    ("Vehicle: 2009 Ford Ranger, blue. Driver Kip Fenwyck.", "Ford"),
    ("Vehicle: black Lincoln Navigator, no plate. Driver Kip Fenwyck.", "Lincoln"),
])
def test_everyday_phrases_stay_visible(found: Any, text: str, phrase: str) -> None:
    got = found(text)
    assert not any(phrase in g or g in phrase for g in got), got


def test_a_name_in_an_everyday_phrase_is_kept_there_and_redacted_elsewhere(tmp_path: Path) -> None:
    doc = _doc(tmp_path, ["Owner: Talbot Kelly, 14 Pomeroy Lane",
                          "Parked by the Kelly green van; Mr. Kelly left."])
    findings = [_f(doc, "Talbot Kelly", "PERSON"), _f(doc, "Kelly green", "COMMON_PHRASE"),
                _f(doc, "Kelly", "PERSON", 2)]
    plan = make_plan(doc, findings, POLICY)
    texts = sorted(r.text for r in plan.redactions)
    assert texts == ["Kelly", "Talbot Kelly"], texts
    wheel = doc.text.index("Kelly green")
    assert not any(r.start <= wheel < r.end for r in plan.redactions)


# --- officials named where the rank or title is one line away ------------------------------------

@pytest.mark.parametrize("text, official", [
    ("The follow-up with the student about the threats is assigned to Det.\nBrisco Thistlecombe (2210) "
     "under the school code.", "Brisco Thistlecombe"),
    ("You may call me with questions.\nSincerely,\nHelga Brandtmeier\nVictim Advocate, Family Support Desk",
     "Helga Brandtmeier"),
    ("Seal is attached.\nG. Villanueva-Ortiz\nEvidence technician (signature)", "Villanueva-Ortiz"),
    ("Presented by: Kestrin Ravelstone, SBN 41234, Deputy District Attorney", "Kestrin Ravelstone"),
    ("Subscribed and sworn before me on May 2, 2026. Lyman Pikeworth, Chief\nMagistrate.", "Lyman Pikeworth"),
])
def test_officials_with_the_title_a_line_away_stay_visible(found: Any, text: str, official: str) -> None:
    got = found(text)
    assert not any(official in g for g in got), got


@pytest.mark.parametrize("text, person", [
    # a title alone on its line after a bare name may be a form's column label
    ("VICTIM NAME\nJane Roecastle\nSUPERVISOR\nSgt. Drummerhay", "Jane Roecastle"),
    ("Victim\nJane Roecastle\nSupervisor\nSgt. Drummerhay", "Jane Roecastle"),
    # a rank alone in a short cell: the next line may be another cell
    ("Rank\nDet.\nZephyrine Oxtoby\nwitness, age 22", "Zephyrine Oxtoby"),
    ("I spoke with Jane Roecastle, Det. Drummerhay said.", "Jane Roecastle"),
])
def test_a_private_name_near_a_title_is_still_redacted(found: Any, text: str, person: str) -> None:
    assert any(person in g for g in found(text))


# --- a CAD event number read as a phone number --------------------------------------------------

def test_a_prefixed_date_sequence_event_number_is_no_phone(found: Any) -> None:
    got = found("Prepared for: Records Unit\nEvent number\nKTCC-270518-0417\nCall received\n"
                "11/15/2026 03:12, caller Mabel Whitlow at 555-201-3344.")
    assert not any("0417" in g for g in got), got
    assert "555-201-3344" in got


# --- public offices and units in letterheads --------------------------------------------------------

def test_a_victim_services_line_does_not_end_a_letterhead_block(found: Any) -> None:
    got = found("Mitchell Township Police Department\nVictim Services (610) 555-0172 ext. 12\n"
                "42 Beacon Hill Road, Harlowton, PA 19300 • (610) 555-0172\nDecember 1, 2026\nMs. Jane Roe")
    assert not any("555-0172" in g or "Beacon Hill" in g for g in got), got
    assert "Jane Roe" in got


def test_a_victim_named_in_a_letterhead_line_still_ends_the_block(found: Any) -> None:
    got = found("Mitchell Township Police Department\nVictim Services (610) 555-0172 ext. 12\n"
                "Victim Jane Roe, 42 Beacon Hill Road, Harlowton, PA 19300 • (610) 555-0199\n"
                "December 1, 2026")
    assert {"Jane Roe", "(610) 555-0199"} <= got
    assert any("42 Beacon Hill Road" in g for g in got)


def test_a_town_inside_a_public_law_office_name_is_kept(shared_redactor: Any) -> None:
    text = ("Neighbor Talwyn Wrexall called. Copies went to the Port Wrexall City Attorney's Office "
            "and the Hembry County District Attorney's Office. Later Wrexall said no.")
    got = [f for f in analyze_text(text, "police-public-release", detector=shared_redactor.detector)]
    office = text.index("Port Wrexall")
    assert {f.text for f in got} >= {"Talwyn Wrexall", "Wrexall"}
    assert not any(f.start < office + 40 and f.end > office for f in got), got


def test_a_persons_office_is_no_public_office(found: Any) -> None:
    assert any("Jane Roecastle" in g for g in found("Send it to Jane Roecastle's Office by Friday."))


# --- officers after a rank written as initials ----------------------------------------------------

@pytest.mark.parametrize("text", ["MPO Daniel Whitford spoke with the driver.",
                                  "Approved: MPO Daniel Whitford"])
def test_a_master_police_officer_by_initials_stays_visible(found: Any, text: str) -> None:
    got = found(text)
    assert not any("Whitford" in g for g in got), got


# --- a list of badged officers after a plural rank -----------------------------------------------

@pytest.mark.parametrize("text, official", [
    ("AT 0200 DEPUTIES ARLO FENWICK #C-214,\nMAREN TOLLIVER #C-230 ASSISTED.", "MAREN TOLLIVER"),
    ("Officers Arlo Fenwick #41, Maren Tolliver #52 and Oskar Brandt #53 responded.", "Oskar Brandt"),
])
def test_badged_names_listed_after_a_plural_rank_stay_visible(found: Any, text: str, official: str) -> None:
    got = found(text)
    assert not any(official in g for g in got), got


@pytest.mark.parametrize("text, person", [
    # a name in the list without its own badge may be anyone's
    ("Officers Arlo Fenwick #41 and Maren Tolliver, the caller, spoke.", "Maren Tolliver"),
    ("Deputies Arlo Fenwick #41, Maren Tolliver and her son were there.", "Maren Tolliver"),
])
def test_an_unbadged_name_after_a_listed_officer_is_still_redacted(found: Any, text: str,
                                                                 person: str) -> None:
    assert any(person in g for g in found(text))


# --- a dispatch log read as running text (OCR) ----------------------------------------------------

@pytest.mark.parametrize("text, officer", [
    ("22:41:09 3D12 PRENTISS DISPATCHED TO REAR LOT 900 N QUAY", "PRENTISS"),
    ("22:58:40 3D12 PRENTISS GOA - NO CONTACT", "PRENTISS"),
    ("0612 some header\n7K04 RUDDOCK ON SCENE 14 ELM CT", "RUDDOCK"),
])
def test_a_unit_call_sign_surname_and_status_word_is_an_officer(text: str, officer: str) -> None:
    got = [text[r.start:r.end] for r in OfficerRecognizer().analyze(text, ["OFFICER"], None)]
    assert officer in got, got


@pytest.mark.parametrize("text", [
    "22:10:05 CALL RECEIVED: PROWLER QUILLON, ELLA (555) 555-0171",  # a caller: no call sign
    "22:50:11 QUILLON ARRIVED AT THE LOBBY",  # a status word without a unit before the name
    "22:51:30 3D12 ADVISED QUILLON ARRIVED HOME",  # the name is not right after the call sign
])
def test_a_caller_in_a_dispatch_log_is_no_officer(text: str) -> None:
    got = [text[r.start:r.end] for r in OfficerRecognizer().analyze(text, ["OFFICER"], None)]
    assert not any("QUILLON" in g for g in got), got


# --- a label cell or a form title between a public name and its contact lines ----------------------

@pytest.mark.parametrize("text, kept", [
    ("Wrecker\nRuddlecombe & Sons Towing\nYard location\n8800 Cinder Pkwy, Carrow\nDriver no.\n12",
     "8800 Cinder Pkwy, Carrow"),
    ("UMBERLY POLICE DEPARTMENT\nNOISE ORDINANCE WORKSHEET\n22 Cinder Square, Umberly, ME 04999\n"
     "Page 1", "22 Cinder Square, Umberly, ME 04999"),
])
def test_a_label_cell_or_form_title_does_not_end_a_public_block(text: str, kept: str) -> None:
    got = [text[r.start:r.end] for r in PublicPlaceRecognizer().analyze(text, ["PUBLIC_PLACE"])]
    assert kept in got, got


@pytest.mark.parametrize("text, private", [
    ("Employer\nHarbor Regional Hospital\nHome address\n12 Elm Street, Umberly, ME 04999", "12 Elm"),
    ("Harbor Regional Hospital\nPatient\nJane Roecastle\n(555) 555-0133", "555-0133"),
    ("Harbor Regional Hospital\nRoecastle\n(555) 555-0133", "555-0133"),  # a bare surname in the cell
    ("UMBERLY POLICE DEPARTMENT\nWINIFRED FERNSBY\n12 Elm Street, Umberly, ME 04999", "12 Elm"),
    ("UMBERLY POLICE DEPARTMENT\nINCIDENT REPORT — VICTIM\n12 Elm Street, Umberly, ME 04999",
     "12 Elm"),
])
def test_a_name_or_private_label_between_still_ends_the_block(text: str, private: str) -> None:
    got = [text[r.start:r.end] for r in PublicPlaceRecognizer().analyze(text, ["PUBLIC_PLACE"])]
    assert not any(private in g for g in got), got


# --- a public address kept on one page and written again on another -----------------------------

def _pages_document(tmp_path: Path, pages: list[list[str]]) -> Document:
    pdf = pymupdf.open()
    for lines in pages:
        page = pdf.new_page()
        for i, line in enumerate(lines):
            page.insert_text((72, 100 + 14 * i), line, fontsize=11)
    pdf.save(tmp_path / "pages.pdf")
    return ingest(tmp_path / "pages.pdf")


def _redacted(shared_redactor: Any, doc: Document) -> list[str]:
    plan = make_plan(doc, shared_redactor.detector.detect(doc, POLICY), POLICY)
    return [" ".join(r.text.split()) for r in plan.redactions]


def test_a_public_address_found_on_one_page_is_kept_on_another(tmp_path: Path, shared_redactor: Any) -> None:
    doc = _pages_document(tmp_path, [
        ["Wrecker", "Ruddlecombe & Sons Towing", "Yard location", "8800 Cinder Pkwy, Carrow",
         "Owner address", "31 Wickham Lane, Carrow, OH 44999"],
        ["Claim the car on weekdays at 8800 Cinder Pkwy,",
         "Carrow. Registered owner: Perdita Brackwater, 31 Wickham Lane, Carrow."],
    ])
    got = _redacted(shared_redactor, doc)
    assert not any("8800" in g for g in got), got
    # the private address on both pages is still redacted
    assert sum("31 Wickham Lane" in g for g in got) == 2, got


def test_a_public_phone_is_not_carried_to_another_page(tmp_path: Path, shared_redactor: Any) -> None:
    doc = _pages_document(tmp_path, [
        ["Harbor Regional Hospital", "Front desk (555) 555-0142"],
        ["Witness Thomasina Pennyworth gave her cell as (555) 555-0142 when asked."],
    ])
    got = _redacted(shared_redactor, doc)
    assert any("555-0142" in g for g in got), got


# --- an offence title opened by an offence modifier before its statute citation ------------------

@pytest.mark.parametrize("lines, title", [
    (["Seized tablets were logged in the vault",
      "(Unlawful Sale of Ketamine, ORS 123.456) under case AB-1."],
     "Unlawful Sale of Ketamine"),
    (["Count 2 is Fraudulent Possession of a Gift Voucher",
      "under Penal Code § 7-220."], "Fraudulent Possession of a Gift Voucher"),
])
def test_a_modifier_led_title_before_a_citation_is_kept(tmp_path: Path, shared_redactor: Any,
                                                        lines: list[str], title: str) -> None:
    doc = _doc(tmp_path, lines)
    offences = [" ".join(f.text.split()) for f in shared_redactor.detector.detect(doc, POLICY)
                if f.entity == "OFFENSE"]
    assert title in offences, offences
    # a name NER took inside the title is dropped there
    findings = [*shared_redactor.detector.detect(doc, POLICY), _f(doc, title.split()[-1], "PERSON")]
    assert not make_plan(doc, findings, POLICY).redactions


def test_a_name_before_a_citation_without_an_offence_modifier_is_still_redacted(found: Any) -> None:
    got = found("Ms. Maribel Oakhurst was detained under Health Code § 5150 overnight.")
    assert any("Maribel Oakhurst" in g for g in got), got


# --- a parsed address running into a log's next row or the next form label -----------------------

@pytest.mark.parametrize("text, address", [
    ("21:02:11 CALL RECEIVED: PROWLER QUILLON, ELLA 900 N QUAY AVE APT 2C\n"
     "21:09:40 3D12 PRENTISS PLATE KT 40117 - PARTIAL", "900 N QUAY AVE APT 2C"),
    ("Location: 4100 N Tannin Blvd Reviewer: Sgt. Odo Halloran", "4100 N Tannin Blvd"),
    # labels of an address's own parts do not end it
    ("Address: 12 Elm St City: Carrow State: OH", "12 Elm St City: Carrow State: OH"),
    ("Home: 77 Sorrelwood Court Apt: 4, Carrow, OH 44999", "77 Sorrelwood Court Apt: 4, Carrow, OH 44999"),
])
def test_a_parsed_address_ends_at_a_log_row_or_a_form_label(text: str, address: str) -> None:
    got = [text[r.start:r.end] for r in ParsedAddressRecognizer().analyze(text, ["ADDRESS"])]
    assert got == [address], got


# --- a firm named with an ampersand right before its street address -------------------------------

@pytest.mark.parametrize("text, kept", [
    ("Work\nBrindlewood Barrel & Cask, 71 Mill Run Drive\nHours", "71 Mill Run Drive"),
    ("CAR LOCATED IN THE LOT OF KESTON PAINT & PANEL, 3170 HIGHWAY 61,\nNORBURY, FOR REPAIR.",
     "3170 HIGHWAY 61"),
    ("Trespass warning for the yard of Gristvale Seed\n& Grain, 5210 Old Tannin Road, Carrow, and its barns",
     "5210 Old Tannin Road, Carrow"),
    ("Tow: Ruddlecombe & Sons Towing, 8800 Cinder Pkwy, Carrow", "8800 Cinder Pkwy, Carrow"),
])
def test_a_firms_address_after_its_ampersand_name_is_kept(text: str, kept: str) -> None:
    got = [text[r.start:r.end] for r in PublicPlaceRecognizer().analyze(text, ["PUBLIC_PLACE"])]
    assert kept in got, got


@pytest.mark.parametrize("text", [
    "Residents: Marta & Ivo Roecastle, 12 Elm Street, Carrow",
    "Interviewed Mr. & Mrs. Roecastle, 12 Elm Street, Carrow.",
    "Residents: Zephyrine & Odo Fernsby, 12 Elm Street, Carrow",
    "Tenants Zephyrine Fernsby & Odo Fernsby, 12 Elm Street, Carrow",
    "Cellmate Roecastle #12, 12 Elm Street",
])
def test_people_named_with_an_ampersand_keep_no_address(text: str) -> None:
    got = [text[r.start:r.end] for r in PublicPlaceRecognizer().analyze(text, ["PUBLIC_PLACE"])]
    assert not any("12 Elm" in g for g in got), got


# --- public contact details: an officer's badge before the phone, an intake line, a Plaza street ----

@pytest.mark.parametrize("text, kept", [
    ("Shift lead: Ofc. Ebbs Fenchurch\n412, (555) 555-0163.\nLog sheet", "(555) 555-0163"),
    ("Referred to the Elder Help Line, adult services intake — (555) 555-0177, same day",
     "(555) 555-0177"),
    ("AGUA FRIA POLICE DEPARTMENT\nCode Compliance Division • 8 Plaza Mayor, Agua Fria, NM 87999\n"
     "INSPECTION", "8 Plaza Mayor, Agua Fria, NM 87999"),
])
def test_public_contact_details_in_these_forms_are_kept(text: str, kept: str) -> None:
    got = [text[r.start:r.end] for r in PublicPlaceRecognizer().analyze(text, ["PUBLIC_PLACE"])]
    assert kept in got, got


@pytest.mark.parametrize("text", [
    "Ofc. Ebbs Fenchurch 412 spoke with Odo Halloran, (555) 555-0122.",
    "– Victim Odo Halloran, cell — (555) 555-0122",
    "Owner Odo Halloran lives at 8 Plaza Mayor, Agua Fria, NM 87999.",
])
def test_a_private_persons_contact_details_in_these_forms_are_not(text: str) -> None:
    got = [text[r.start:r.end] for r in PublicPlaceRecognizer().analyze(text, ["PUBLIC_PLACE"])]
    assert got == [], got


def test_a_plaza_street_is_an_address() -> None:
    text = "Owner Odo Halloran lives at 8 Plaza Mayor, Agua Fria, NM 87999."
    got = [text[r.start:r.end] for r in AddressRecognizer().analyze(text, ["ADDRESS"])]
    assert got == ["8 Plaza Mayor, Agua Fria, NM 87999"], got


# --- a street named with a possessive ------------------------------------------------------------

def test_a_possessive_street_name_is_an_address_and_a_footers_public_one() -> None:
    footer = "RVSO Form 7 · Justice Annex, 40 Marshal's Row, Carrow, VA 24999 · (555) 555-0100"
    got = [footer[r.start:r.end] for r in PublicPlaceRecognizer().analyze(footer, ["PUBLIC_PLACE"])]
    assert "40 Marshal's Row, Carrow, VA 24999" in got, got
    private = "Owner Odo Halloran, 14 King's Road, Carrow, VA 24999, was home."
    assert [private[r.start:r.end] for r in AddressRecognizer().analyze(private, ["ADDRESS"])] == [
        "14 King's Road, Carrow, VA 24999"]
    assert PublicPlaceRecognizer().analyze(private, ["PUBLIC_PLACE"]) == []


# --- a state written out before the ZIP code -------------------------------------------------------

def test_a_state_name_before_the_zip_completes_a_public_and_a_private_address() -> None:
    head = ("RIVERBEND COUNTY SHERIFF'S OFFICE\nRecords Unit\n410 E. Lantern Street, Harrowmere, Texas 75999"
            "\n"
            "CASE SUMMARY")
    got = [head[r.start:r.end] for r in PublicPlaceRecognizer().analyze(head, ["PUBLIC_PLACE"])]
    assert "410 E. Lantern Street, Harrowmere, Texas 75999" in got, got
    private = "Complainant Odo Halloran lives at 77 Sorrelwood Court, Harrowmere, Texas 75999 with his son."
    assert [private[r.start:r.end] for r in AddressRecognizer().analyze(private, ["ADDRESS"])] == [
        "77 Sorrelwood Court, Harrowmere, Texas 75999"]
    assert PublicPlaceRecognizer().analyze(private, ["PUBLIC_PLACE"]) == []


# --- public servants named by a job title rather than a police rank ------------------------------

@pytest.mark.parametrize("text, official", [
    ("The appeal is denied.\nRespectfully,\nHearing Examiner Wendeline Aspegren-Roux\nCity Hearings Office",
     "Wendeline Aspegren-Roux"),
    ("Witness my hand and seal. County Clerk Ottoline Haverkamp, Example County", "Ottoline Haverkamp"),
    ("Juvenile Intake Worker Casimir Ndlovu-Frey\nProgram intake Date: 01/02/2026", "Casimir Ndlovu-Frey"),
    ("Call received from CPS Specialist Ingeborg Tlaloc-Marsh of the state agency.", "Ingeborg Tlaloc-Marsh"),
    ("SCHOOL THREAT TEAM\nPrincipal Rosalind Quintabar\nTeam lead", "Rosalind Quintabar"),
    ("COUNTY JAIL BOOKING MEDICAL SCREEN\nLPN MARGARET OYELOWO-FENTRESS\nSCREENING NURSE",
     "MARGARET OYELOWO-FENTRESS"),
    ("The photographs taken on the north side of the lot by Parking Enforcement Officer Evander\n"
     "Kjellberg (PEO-31) show the car.", "Evander Kjellberg"),
])
def test_public_servants_named_by_job_title_stay_visible(found: Any, text: str, official: str) -> None:
    got = found(text)
    assert not any(official in g for g in got), got


@pytest.mark.parametrize("text, person", [
    # an ordinary noun before the name is no public office
    ("The driver Wendeline Aspegren-Roux left the lot.", "Wendeline Aspegren-Roux"),
    ("Witness Ottoline Haverkamp saw the car.", "Ottoline Haverkamp"),
    # a principal of a firm, a nurse of a clinic: the page names no school and no jail
    ("Consulting partners\nPrincipal Rosalind Quintabar\nManaging partner", "Rosalind Quintabar"),
    ("Family clinic visit summary. Seen by RN Margaret Oyelowo-Fentress for a rash.",
     "Margaret Oyelowo-Fentress"),
])
def test_private_persons_in_the_same_shape_are_still_redacted(found: Any, text: str, person: str) -> None:
    got = found(text)
    assert any(person in g for g in got), got


# --- statute citations written without a section sign, or after a comma --------------------------

@pytest.mark.parametrize("text, citation", [
    ("Charges: Simple Burglary (Wy. R.S. 21:47) and Resisting an\nOfficer (Wy. R.S. 21:190). Booked.",
     "R.S. 21:47"),
    ("Cited for Possession of\nMarijuana (NRS 314A.2207); lab to confirm.", "Marijuana"),
    ("Offences: Theft by Unlawful Taking or Disposition, 14-B X.R.S. § 612 (class C)", "Disposition"),
    ("Offences: Theft by Unlawful Taking or Disposition, 14-B X.R.S. § 612 (class C)", "14-B"),
])
def test_statute_citations_and_their_titles_stay_visible(found: Any, text: str, citation: str) -> None:
    got = found(text)
    assert not any(citation in g or g in citation for g in got), got


@pytest.mark.parametrize("text, person", [
    # initials and a phone number or a time in brackets are no citation, so no title before one
    ("Victim Ulla Brandvik (U.B. 208-555-0163) was present.", "Ulla Brandvik"),
    ("Victim Ulla Brandvik (U.B. 208-555-0163) was present.", "208-555-0163"),
    ("Subject Jane Doering (JD 12:40) left.", "Jane Doering"),
    ("Witness Ottilie Marchbank, 14-B X.R.S. § 612 was read to her.", "Ottilie Marchbank"),
])
def test_private_values_near_citation_shapes_are_still_redacted(found: Any, text: str, person: str) -> None:
    got = found(text)
    assert any(person in g for g in got), got


# --- public bodies' and businesses' addresses and phones ----------------------------------------

@pytest.mark.parametrize("text, public", [
    ("Complete 20 hours of service at the Alder Creek Food Pantry, 42 Quarry Hill Road, Fernvale, WI 54000, "
     "by March 1.", "42 Quarry Hill Road"),
    ("PRESCRIBED BY DR.\nJANE ROEBUCK, ALDER FORD FAMILY CLINIC (555)\n555-0188.\n", "555-0188"),
    ("PHARMACY USED\nKILNWOOD DRUG STORE, 27 MAIN ST, ALDER FORD, MN 55000\nSECTION C", "27 MAIN ST"),
    ("Team to review the plan.\nOakmere Public Schools · 3100 Camino Real, Oakmere, NM 87000\nTA 1/1",
     "3100 Camino Real"),
    ("identified as a resident of Elm Court Memory Care, 1400 S. Birch Street, Alder\nFord, NE 68000. "
     "Returned by Ofc. Roe.", "1400 S. Birch Street"),
    ("answered an alarm at Thibodeau Lumber &\nHardware, 710 Depot Avenue, Port Alder. A window was broken.",
     "710 Depot Avenue"),
])
def test_public_bodies_and_businesses_keep_their_contact_details(found: Any, text: str, public: str) -> None:
    got = found(text)
    assert not any(public in g or g in public for g in got), got


@pytest.mark.parametrize("text, private", [
    # "Drug" alone ends a charge, not a pharmacy's name
    ("CHARGE: POSSESSION OF CONTROLLED DRUG, 27 MAIN ST, ALDER FORD, MN 55000", "27 MAIN ST"),
    # a form's label over its value on the next line: the premises may be anyone's
    ("TOWING COMPANY\n27 Main Street, Alder Ford, MN 55000", "27 Main Street"),
    ("Victim Jane Roebuck lives at 27 Main Street, Alder Ford, MN 55000.", "27 Main Street"),
    ("PRESCRIBED BY DR.\nJANE ROEBUCK, ALDER FORD FAMILY CLINIC (555)\n555-0188.\n", "JANE ROEBUCK"),
])
def test_private_addresses_near_those_shapes_are_still_redacted(found: Any, text: str, private: str) -> None:
    got = found(text)
    assert any(private in g for g in got), got


# --- a person span starting inside a longer official title ---------------------------------------

def _span(text: str, entity: str, part: str) -> Finding:
    s = text.index(part)
    return Finding(entity, s, s + len(part), part, 0.85, "test", "")


def test_a_person_span_starting_inside_an_officials_title_is_the_officials() -> None:
    text = "Referred by\nJuvenile Intake Worker Casimir Ndlovu-Frey\nProgram intake"
    officer = _span(text, "OFFICER", "Casimir Ndlovu-Frey")
    person = _span(text, "PERSON", "Intake Worker Casimir Ndlovu-Frey")
    out = resolve_shared_names(text, [officer, person])
    assert [(f.entity, f.text) for f in out] == [("OFFICER", "Casimir Ndlovu-Frey")]


def test_a_person_span_going_past_the_officials_name_is_kept_for_redaction() -> None:
    text = "Referred by\nJuvenile Intake Worker Casimir Ndlovu-Frey and Odile Brannock"
    officer = _span(text, "OFFICER", "Casimir Ndlovu-Frey")
    person = _span(text, "PERSON", "Intake Worker Casimir Ndlovu-Frey and Odile Brannock")
    out = resolve_shared_names(text, [officer, person])
    assert ("PERSON", person.text) in [(f.entity, f.text) for f in out]


# --- a harbour or marine patrol is an agency -----------------------------------------------------

@pytest.mark.parametrize("text, agency", [
    ("she paid a separate ticket on the same day (issued by the Quincy Sound Harbor\nPatrol) as well.",
     "Quincy Sound Harbor"),
    ("Chester Bay Marine Patrol towed the boat.", "Chester Bay Marine"),
])
def test_a_harbor_or_marine_patrol_is_a_kept_agency(found: Any, text: str, agency: str) -> None:
    got = found(text)
    assert not any(agency in g or g in agency for g in got), got


def test_a_name_before_park_and_patrol_is_still_redacted(found: Any) -> None:
    got = found("Jane Roebuck Park\nPatrol notes: none")
    assert any("Jane Roebuck" in g for g in got), got
