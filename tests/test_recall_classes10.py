"""Recall classes of issue 11 found on the tenth set, each with invented examples and a counter-case
that must stay unredacted (or must still be redacted)."""

from __future__ import annotations

from typing import Any

import pytest

from redactkit.detect.engine import _not_private_fields, _whole_name_words
from redactkit.detect.layout import label_entity
from redactkit.model import Finding
from redactkit.policy import load_policy

# --- an e-mail address wrapped in a narrow table cell right after its "@" --------------------------


def test_an_email_wrapped_after_its_at_sign(found: Any) -> None:
    got = found("Gwynfor Quarrington (caller), gwyn.qrt@\nmailbox.org\nVideo, same vendor")
    assert "gwyn.qrt@ mailbox.org" in got


def test_an_at_sign_before_a_line_that_is_no_domain_stays(found: Any) -> None:
    got = found("Fuel was billed 4 gal @\n3.19 each; the clerk signed.")
    assert not any("@" in f for f in got)


# --- the capitalised second half of a double-barrelled surname after a whole name ----------------


def _widened(text: str, start: int, end: int) -> str:
    f = Finding.make("PERSON", start, end, text[start:end], 0.85, "test", "a person's name")
    return _whole_name_words(text, [f])[0].text


def test_a_whole_name_stopped_at_its_hyphen_takes_the_second_surname() -> None:
    text = "sold to his cousin, Makoa Pellow-Rey, in May"
    assert _widened(text, 20, 32) == "Makoa Pellow-Rey"
    text = "agent Rutendo Mabaso-Tei-Ward signed"
    assert _widened(text, 6, 20) == "Rutendo Mabaso-Tei-Ward"


def test_a_lone_word_or_a_compound_after_a_name_is_not_taken() -> None:
    assert _widened("a Brisbois-Lopez visit", 2, 10) == "Brisbois"
    assert _widened("Makoa Pellow-Owned lots", 0, 12) == "Makoa Pellow"


# --- a given name and "St." before a surname that NER took alone ---------------------------------


def _found_at(text: str, word: str) -> str:
    start = text.index(word)
    return _widened(text, start, start + len(word))


def test_a_given_name_and_saint_before_a_surname_are_taken() -> None:
    assert _found_at("and to counsel Gwynfor St. Quarrington-Ley, by mail", "Quarrington-Ley") == (
        "Gwynfor St. Quarrington-Ley")
    assert _found_at("Rutendo Ste. Brisbois\nWitness", "Brisbois") == "Rutendo Ste. Brisbois"


def test_a_street_before_a_surname_is_not_taken() -> None:
    assert _found_at("The car stopped on Elm St. Pellow got out.", "Pellow") == "Pellow"
    assert _found_at("It stopped at 44 Elm St. Pellow got out.", "Pellow") == "Pellow"


# --- an allée (USPS suffix ALLEE), written with or without its accent -----------------------------


@pytest.mark.parametrize("text, address", [
    ("He lives at 12 Magnolia Allee, Thibodaux, LA 70301 with his aunt.",
     "12 Magnolia Allee, Thibodaux, LA 70301"),
    ("found at 7 Cypress Allée, Lot 3, Pellow Bend, LA 70390, by agents",
     "7 Cypress Allée, Lot 3, Pellow Bend, LA 70390"),
])
def test_a_street_address_on_an_allee(found: Any, text: str, address: str) -> None:
    assert address in found(text)


def test_an_allee_without_a_house_number_stays(found: Any) -> None:
    assert not any("Allée" in f for f in found("The Allée Restaurant opened at 12 noon for the lunch crowd."))


# --- a wrapped institution name stops at a form label in capitals standing on its own line --------


def test_a_name_above_a_label_line_is_not_part_of_the_institution_below(found: Any) -> None:
    text = ("REGISTERED OWNER\nRutendo Brisbois\nCO-OWNER\nMakoa Pellow-Rey\nLIENHOLDER\n"
            "Quarrington Valley Credit Union, 12 Main St., Gwynfor, AZ")
    got = found(text)
    assert "Makoa Pellow-Rey" in got
    assert not any("Credit Union" in f or "LIENHOLDER" in f for f in got)


@pytest.mark.parametrize("text", [
    "The bus from Pellow Valley\nHigh School stopped at the corner at noon.",
    "LIENHOLDER\nQUARRINGTON VALLEY\nCREDIT UNION\nSECTION B",
])
def test_an_institution_name_wrapped_in_one_case_stays(found: Any, text: str) -> None:
    assert not any("School" in f or "CREDIT" in f for f in found(text))


# --- a co-owner is a private party like the owner; the layout pairing beats a name read over lines ---


def test_a_co_owner_field_is_a_person(found: Any) -> None:
    assert "Makoa Pellow-Rey" in found("Vehicle: 2014 Kia Soul\nCo-owner: Makoa Pellow-Rey\nColor: red")


def _f(entity: str, text: str, part: str, recognizer: str, why: str) -> Finding:
    s = text.index(part)
    return Finding.make(entity, s, s + len(part), part, 0.8, recognizer, why)


def test_an_institution_read_over_a_person_paired_by_the_layout_keeps_only_its_own_name() -> None:
    text = "LIENHOLDER\nMakoa Pellow-Rey\nQuarrington Valley Credit Union\n"
    place = _f("PUBLIC_PLACE", text, "Makoa Pellow-Rey\nQuarrington Valley Credit Union",
               "PublicPlaceRecognizer", "public party kept: institution named as a place")
    person = _f("PERSON", text, "Makoa Pellow-Rey", "LayoutFieldRecognizer", "column 'CO-OWNER' (layout)")
    kept = _not_private_fields([place], [person])
    assert [f.text for f in kept] == ["Quarrington Valley Credit Union"]


def test_an_institution_without_a_paired_person_inside_stays_whole() -> None:
    text = "LIENHOLDER\nQuarrington Valley\nCredit Union\nMakoa Pellow-Rey\n"
    place = _f("PUBLIC_PLACE", text, "Quarrington Valley\nCredit Union", "PublicPlaceRecognizer",
               "public party kept: institution named as a place")
    person = _f("PERSON", text, "Makoa Pellow-Rey", "LayoutFieldRecognizer", "column 'CO-OWNER' (layout)")
    assert [f.text for f in _not_private_fields([place], [person])] == ["Quarrington Valley\nCredit Union"]


# --- table cells read in order: a person's whole name between an agency's cell and a firm's ---------


def test_a_whole_name_between_two_cells_of_an_institution_name_is_not_kept(found: Any) -> None:
    text = ("Agent\n11/04 0130\nRP-0012\nPryddy, Gwynfor\n2018 Kia Soul\n12 Fenwright Lane\n"
            "Trevanion Recovery\nOphelia Yellowtail\nBrisbane Holdings LLC")
    assert "Ophelia Yellowtail" in found(text)


@pytest.mark.parametrize("text", [
    "The bus from the Ophelia Fenwright\nMemorial Hospital parked at noon.",
    "He went to Trevanion Valley\nFenwright Hills Medical Center for care.",
])
def test_an_institution_named_for_a_person_or_wrapped_stays(found: Any, text: str) -> None:
    assert not any("Hospital" in f or "Medical" in f or "Ophelia" in f for f in found(text))


# --- a state code and six to eight digits: too long for a ZIP code, an all-digit plate ------------


@pytest.mark.parametrize("text", [
    "Plate\nVT KWX 604\nNH 5519204\nRI 8830157",
    "The repossessed car, NH 5519204, was towed to the lot.",
])
def test_a_state_and_a_long_number_is_a_plate(found: Any, text: str) -> None:
    assert "NH 5519204" in found(text)


def test_a_state_and_a_zip_code_stays(found: Any) -> None:
    assert not any("03301" in f for f in found("Mail the form to the office in Concord, NH 03301 by Friday."))


# --- a plate label with a word and a bracketed note ("issued (front / rear)"), two plates on its line --


def test_two_plates_under_a_plate_issued_label(found: Any) -> None:
    got = found("REPLACEMENT PLATES ASSIGNED (CAR 1 / CAR 2)\nQRX418 / W47PLN\nPART D")
    assert {"QRX418", "W47PLN"} <= got


def test_a_word_after_the_first_plate_and_a_slash_stays(found: Any) -> None:
    got = found("Plate issued (front)\nQRX418 / PENDING\nRenewal 2026 / 2027")
    assert "QRX418" in got
    assert not any("PENDING" in f or "2027" in f for f in got)


# --- a form label ending in a note in brackets with digits ("(unit 1 / unit 2)") is still a label ----


@pytest.mark.parametrize(("text", "entity"), [
    ("Tag assigned (car 2 of 2)", "LICENSE_PLATE"),
    ("Phone (1st contact)", "PHONE_NUMBER"),
    ("Unit 4 (plate)", None),
    ("Pryddy, Gwynfor (victim)", None),
    ("Phone (555) 555-0100", None),
])
def test_a_label_with_a_closing_note(text: str, entity: str | None) -> None:
    assert label_entity(text, load_policy("police-public-release")) == entity


# --- a given name opening with an ʻokina (often typed as an apostrophe) --------------------------


@pytest.mark.parametrize(("text", "name"), [
    ("His aunt, ʻIolana Fenwright, signed for the keys.", "ʻIolana Fenwright"),
    ("His mother, 'Epeli Brisbois-Lolo, was in the lobby and asked for a copy.", "'Epeli Brisbois-Lolo"),
])
def test_a_name_opening_with_an_okina(found: Any, text: str, name: str) -> None:
    assert name in found(text)


def test_a_quoted_word_after_a_relative_stays(found: Any) -> None:
    got = found("His mother said 'Enough' and walked out; the victim said 'Open the door' twice.")
    assert not any("Enough" in f or "Open" in f for f in got)
