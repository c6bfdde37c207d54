"""Classes of over-redaction found on unseen records (issue 11, keep-rate), each with invented
examples: a town's name blacked out inside kept public names because the same word is a
private person's surname elsewhere; offence titles that NER takes for names; everyday phrases
holding a word that is also a name."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pymupdf
import pytest

from redactkit.api import analyze_text
from redactkit.ingest import ingest
from redactkit.model import Document, Finding
from redactkit.plan import CONSISTENCY_RECOGNIZER, make_plan
from redactkit.policy import load_policy

POLICY = load_policy("police-public-release")


def _doc(tmp_path: Path, lines: list[str]) -> Document:
    pdf = pymupdf.open()
    page = pdf.new_page()
    for i, line in enumerate(lines):
        page.insert_text((72, 100 + 14 * i), line, fontsize=11)
    pdf.save(tmp_path / "p.pdf")
    return ingest(tmp_path / "p.pdf")


def _f(doc: Document, text: str, entity: str, occurrence: int = 0) -> Finding:
    start = -1
    for _ in range(occurrence + 1):
        start = doc.text.index(text, start + 1)
    return Finding(entity, start, start + len(text), text, 0.85, "Test", "test")


@pytest.fixture(scope="module")
def found(shared_redactor: Any) -> Any:
    def run(text: str) -> set[str]:
        return {" ".join(f.text.split()) for f in analyze_text(text, "police-public-release",
                                                               detector=shared_redactor.detector)}
    return run


# --- a town's name inside kept public names -------------------------------------------------------

def test_a_surname_redacted_elsewhere_stays_visible_inside_kept_public_names(tmp_path: Path) -> None:
    doc = _doc(tmp_path, [
        "Neighbor Odile Penhallow called at 2140.",
        "Port Penhallow Police Department",
        "Records: 9 Quay Street, Port Penhallow, ME 04999",
        "Later Penhallow said she saw nothing.",
    ])
    person = [_f(doc, "Odile Penhallow", "PERSON"), _f(doc, "Penhallow", "PERSON", 3)]
    public = [_f(doc, "Port Penhallow Police Department", "AGENCY"),
              _f(doc, "9 Quay Street, Port Penhallow, ME 04999", "PUBLIC_PLACE")]
    plan = make_plan(doc, person + public, POLICY)
    # the person and the surname in prose go; the town inside the kept public names stays
    assert sorted(" ".join(r.text.split()) for r in plan.redactions) == ["Odile Penhallow", "Penhallow"]
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
    ("Booking charge 2: Domestic Battery, bond set at $1,000. Arrestee Colm Breslin.", "Domestic Battery"),
    ("Charges listed\nReceiving Stolen Property\nCustody: Ines Vartanian", "Receiving Stolen Property"),
    ("One prior for Malicious Mischief in the Second\nDegree in another county.", "Malicious Mischief"),
    ("Counts: Criminal Trespass, 2nd Degree; Failure to Appear (warrant)", "Failure to Appear"),
    ("a report of False Pretenses (MCL 750.218) by Hollis Kemp", "False Pretenses"),
    ("victim of Burglary in the Third Degree (ORS 164.215) on the 4th", "Burglary"),
    ("booked for Public Intoxication and Resisting Arrest (Penal Code § 38.03)", "Resisting Arrest"),
])
def test_offence_titles_made_of_offence_words_stay_visible(found: Any, text: str, offence: str) -> None:
    got = found(text)
    assert not any(offence in g or g in offence for g in got), got


def test_a_name_next_to_an_offence_title_is_still_redacted(found: Any) -> None:
    got = found("Arrestee Petra Szalai was booked on Domestic Battery at 0200.")
    assert any("Petra Szalai" in g for g in got), got


# --- everyday phrases holding a word that is also a name ----------------------------------------

@pytest.mark.parametrize("text, phrase", [
    ("Property: chain, STERLING SILVER, 18 in.; Owner: Ruel Kemble", "STERLING SILVER"),
    ("Item 3: safety vest, Hunter orange. Item 4: tin, Earl Grey tea.", "Hunter orange"),
    ("Item 4: tin, Earl Grey tea, loose change. Owner Dacey Fulbright.", "Earl Grey"),
    ("She read him the Miranda warnings at 0312; Wilma Osterhout was present.", "Miranda"),
    ("Vehicle: 2009 Ford Ranger, blue. Driver Kip Albrecht.", "Ford"),
])
def test_everyday_phrases_stay_visible(found: Any, text: str, phrase: str) -> None:
    got = found(text)
    assert not any(phrase in g or g in phrase for g in got), got


def test_a_name_in_an_everyday_phrase_is_kept_there_and_redacted_elsewhere(tmp_path: Path) -> None:
    doc = _doc(tmp_path, ["Owner: Talbot Ferris, 14 Reed Lane",
                          "Parked by the Ferris wheel; Mr. Ferris left."])
    findings = [_f(doc, "Talbot Ferris", "PERSON"), _f(doc, "Ferris wheel", "COMMON_PHRASE"),
                _f(doc, "Ferris", "PERSON", 2)]
    plan = make_plan(doc, findings, POLICY)
    texts = sorted(r.text for r in plan.redactions)
    assert texts == ["Ferris", "Talbot Ferris"], texts
    wheel = doc.text.index("Ferris wheel")
    assert not any(r.start <= wheel < r.end for r in plan.redactions)


# --- officials named where the rank or title is one line away ------------------------------------

@pytest.mark.parametrize("text, official", [
    ("The follow-up with the student about the threats is assigned to Det.\nOrrin Maddox (2210) "
     "under the school code.", "Orrin Maddox"),
    ("You may call me with questions.\nSincerely,\nHelga Brandtmeier\nVictim Advocate, Victim Services Unit",
     "Helga Brandtmeier"),
    ("Seal is attached.\nG. Villanueva-Ortiz\nEvidence technician (print / sign)", "Villanueva-Ortiz"),
    ("Presented by: Corwin Ashmore, WSBA #41234, Deputy Prosecuting Attorney", "Corwin Ashmore"),
    ("Subscribed and sworn before me on May 2, 2026. Lyman Pikeworth, Clerk\nMagistrate.", "Lyman Pikeworth"),
])
def test_officials_with_the_title_a_line_away_stay_visible(found: Any, text: str, official: str) -> None:
    got = found(text)
    assert not any(official in g for g in got), got


@pytest.mark.parametrize("text, person", [
    # a title alone on its line after a bare name may be a form's column label
    ("VICTIM NAME\nJane Roecastle\nSUPERVISOR\nSgt. Hale", "Jane Roecastle"),
    ("Victim\nJane Roecastle\nSupervisor\nSgt. Hale", "Jane Roecastle"),
    # a rank alone in a short cell: the next line may be another cell
    ("Rank\nDet.\nMarisol Vandergrift\nwitness, age 22", "Marisol Vandergrift"),
    ("I spoke with Jane Roecastle, Det. Hale said.", "Jane Roecastle"),
])
def test_a_private_name_near_a_title_is_still_redacted(found: Any, text: str, person: str) -> None:
    assert any(person in g for g in found(text))


# --- a CAD event number read as a phone number --------------------------------------------------

def test_a_prefixed_date_sequence_event_number_is_no_phone(found: Any) -> None:
    got = found("Prepared for: County Solicitor\nEvent number\nKTCC-270518-0417\nCall received\n"
                "11/15/2026 03:12, caller Mabel Quist at 555-201-3344.")
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
    text = ("Neighbor Augustin Pellow called. Copies went to the Port Pellow City Attorney's Office "
            "and the Rook County District Attorney's Office. Later Pellow said no.")
    got = [f for f in analyze_text(text, "police-public-release", detector=shared_redactor.detector)]
    office = text.index("Port Pellow")
    assert {f.text for f in got} >= {"Augustin Pellow", "Pellow"}
    assert not any(f.start < office + 40 and f.end > office for f in got), got


def test_a_persons_office_is_no_public_office(found: Any) -> None:
    assert any("Jane Roecastle" in g for g in found("Send it to Jane Roecastle's Office by Friday."))
