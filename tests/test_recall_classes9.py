"""Recall classes of issue 11 found on the ninth set, each with invented examples and a counter-case
that must stay unredacted."""

from __future__ import annotations

from typing import Any

import pytest

from redactkit.detect.engine import _whole_name_words
from redactkit.detect.wrapped import wrapped_name_findings
from redactkit.model import Finding
from redactkit.policy import load_policy

# --- dates written year first with dots or slashes: "88.04.13" inside them was taken for the date ----


@pytest.mark.parametrize("text, dob", [
    ("Inmate name\nHOLT, BRENNAN\nDOB\n1993.06.27\nHousing\nB-Pod", "1993.06.27"),
    ("Subject DOB: 1971/2/9, no known address.", "1971/2/9"),
])
def test_year_first_dates_of_birth(found: Any, text: str, dob: str) -> None:
    assert dob in found(text)


def test_a_year_first_dotted_number_without_a_birth_label_stays(found: Any) -> None:
    assert not any("2026.11" in f for f in found("Form revision 2026.11.3 applies to this report."))


# --- a date in brackets right after a person's name is that person's date of birth ---------------


@pytest.mark.parametrize("text, dob", [
    ("On 11/2/2026 a shopper,\nMarta Okonkwo-Dale (7/3/1972), refused care.", "7/3/1972"),
    ("The victim, Bo Harstad (4 June 1981), was found on 3 May 2026.", "4 June 1981"),
    ("In 2026 passenger Efua Mensah-Adu (9/14/90) was not impaired.", "9/14/90"),
])
def test_a_bracketed_date_after_a_name(found: Any, text: str, dob: str) -> None:
    assert dob in found(text)


def test_a_recent_bracketed_date_after_a_name_or_title_stays(found: Any) -> None:
    got = found("Report approved by Sergeant Vellacott (11/12/2026). Search Warrant (11/10/2026) served.")
    assert not {"11/12/2026", "11/10/2026"} & got


# --- VINs that OCR read with an I or an O for a 1 or a 0 (a VIN never holds I, O or Q) ---------


def test_a_vin_read_with_ocr_letters_for_digits(found: Any) -> None:
    # check digit valid once I -> 1 and O -> 0
    assert "IHGCM82633A0O4352" in found("Keys to the Civic, VIN IHGCM82633A0O4352, go to his aunt.")


def test_a_seventeen_letter_token_with_a_wrong_check_digit_stays(found: Any) -> None:
    assert not any("IHGCM82633A0O4353" in f for f in found("Reference IHGCM82633A0O4353 was filed."))


# --- a terminal message's plate field "LIC/<plate> LIS/<state>" ----------------------------------


def test_the_plate_of_a_terminal_message_field(found: Any) -> None:
    got = found("NAM/ROE, JANE SEX/F DOB/19800214\nLIC/4-5527K LIS/ID LIY/2026 LIT/PC\n")
    assert "4-5527K" in got
    assert not {"2026", "PC"} & got


def test_a_lic_slash_word_stays(found: Any) -> None:
    assert not any("Cert" in f for f in found("Lic/Cert 2211 on file; LIC/RENEWAL pending."))


# --- licence numbers that pad a short surname with asterisks ------------------------------------


@pytest.mark.parametrize("text, dl", [
    ("He was released to Min Park (12 Oak Lane, Pasco, WA 98402, WA DL PARKM**331KT).", "PARKM**331KT"),
    ("Driver's license: ROEJA*417KT (WA)", "ROEJA*417KT"),
])
def test_asterisk_padded_licence_numbers(found: Any, text: str, dl: str) -> None:
    assert dl in found(text)


def test_an_asterisk_after_a_licence_label_without_digits_stays(found: Any) -> None:
    assert not any("*" in f for f in found("DL: NONE* (see note); OLN REFUSED*"))


# --- a post-office box wrapped between its words ------------------------------------------------


def test_a_po_box_wrapped_between_po_and_box(found: Any) -> None:
    got = found("She is staying with her aunt at PO\nBox 12, Eben, MI 49822, and will call.")
    assert "PO Box 12, Eben, MI 49822" in got


def test_a_po_line_end_before_another_word_stays(found: Any) -> None:
    assert not any("PO" in f for f in found("Order 12 was sent to the PO\nBoard 12 for approval."))


# --- hyphenated given names whose second syllable is lower case ---------------------------------


def _widened(text: str, start: int, end: int) -> str:
    f = Finding.make("PERSON", start, end, text[start:end], 0.85, "test", "a given name")
    return _whole_name_words(text, [f])[0].text


def test_a_given_name_span_stopped_at_its_hyphen_takes_the_lower_case_syllable() -> None:
    # (NER or a name rule may stop at the hyphen: "Hye" of "Hye-jin")
    assert _widened("his brother, Hye-jin Bae, said", 13, 16) == "Hye-jin"
    assert _widened("released to Dae-ho at 0322", 12, 15) == "Dae-ho"


def test_a_compound_word_after_a_name_is_not_taken() -> None:
    assert _widened("the Dalby-owned stores", 4, 9) == "Dalby"
    assert _widened("a Pemberly-Lopez visit", 2, 10) == "Pemberly"


def test_a_compound_after_a_name_is_not_widened(found: Any) -> None:
    assert not any("owned" in f for f in found("Ann Dalby-owned stores were closed on Sunday."))


# --- a list of names in a table cell cut by the wrap: the last surname on the next line -----------


def _wrapped_after(text: str, word: str) -> set[str]:
    s = text.index(word)
    f = Finding.make("PERSON", s, s + len(word), word, 0.85, "test", "a name of the list")
    return {g.text for g in wrapped_name_findings(text, [f], load_policy("police-public-release"))}


def test_the_surname_of_a_listed_name_wrapped_onto_the_next_line() -> None:
    assert _wrapped_after("Persons arrested\nOttokar Rivera Lind, Oksana\nVoronova\nThe tenant", "Oksana") \
        == {"Voronova"}
    assert _wrapped_after("Ottokar Rivera Lind and Oksana\nVoronova\nThe tenant", "Oksana") \
        == {"Voronova"}


def test_a_form_word_or_a_name_not_in_a_list_keeps_the_next_line() -> None:
    assert not _wrapped_after("Ottokar Rivera Lind, Oksana\nPending\nThe tenant", "Oksana")
    assert not _wrapped_after("Arrested at Oksana\nVoronova\nThe tenant", "Oksana")


# --- a given name ending a prose line, its surname starting the next --------------------------------


def test_a_given_name_ending_the_prose_line_above_a_reviewed_surname(found: Any) -> None:
    got = found("She will use (906) 555-0100 for notices. Her lawyer is Tawhiri\nKereama-Voss.\n"
                "1150\nCleared.")
    assert "Tawhiri" in got


def test_a_place_or_rank_ending_the_line_above_a_name_stays(found: Any) -> None:
    got = found("The suspect drove to Portland\nKereama-Voss said later. It was sent to Sergeant\n"
                "Kereama-Voss too.")
    assert not {"Portland", "Sergeant"} & got
