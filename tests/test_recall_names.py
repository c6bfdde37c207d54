"""Person-name recall classes on unseen record kinds (issue 11), each with invented examples and
a counter-case that must stay visible (an agency, a business, an ordinary word)."""

from __future__ import annotations

from typing import Any

import pytest

from redactkit.api import analyze_text


@pytest.fixture(scope="module")
def persons(shared_redactor: Any) -> Any:
    def run(text: str) -> set[str]:
        return {" ".join(f.text.split())
                for f in analyze_text(text, "police-public-release", detector=shared_redactor.detector)
                if f.entity == "PERSON"}
    return run


# --- a labelled name with a lower-case particle or letters with diacritics -------------------------

@pytest.mark.parametrize("text, name", [
    ("Owner:\nAna da Graça Moniz", "Ana da Graça Moniz"),
    ("Witness: Tomas Graça de la Pezuela", "Tomas Graça de la Pezuela"),
    ("Victim: Joris van der Wiel, 41", "Joris van der Wiel"),
    ("Complainant: Iñaki Ibáñez", "Iñaki Ibáñez"),
])
def test_labelled_name_with_particles_and_diacritics(persons: Any, text: str, name: str) -> None:
    assert name in persons(text)


def test_a_particle_before_a_lower_case_word_is_no_name(persons: Any) -> None:
    got = persons("Complainant: Lena Ortiz do not call after 9 pm")
    assert "Lena Ortiz" in got
    assert not any("do" in p.split() for p in got)


# --- an ALL-CAPS "LAST, FIRST" cell: a two-word surname, a bracket after the name ------------------

@pytest.mark.parametrize("text, name", [
    ("Item   Disposition\nBicycle, red\nBEAR HEART, LOMASI K.\n12 Fern Ct, Dalton", "BEAR HEART, LOMASI K."),
    ("Defendant\nGARCIA LOPEZ, EVA\nHeld on: theft", "GARCIA LOPEZ, EVA"),
    ("Detainee:\nNAKAMURA-BELL, DORIAN J. (booking no. 55120)", "NAKAMURA-BELL, DORIAN J."),
])
def test_last_first_cell_with_two_word_surname_or_bracket(persons: Any, text: str, name: str) -> None:
    assert name in persons(text)


def test_an_item_cell_shaped_like_a_two_word_surname_stays(persons: Any) -> None:
    # no given name and no initial after the comma: an evidence item, not a person
    assert not any("GLASS" in p for p in persons("ITEM\nGLASS PIPES, SCALE\nDESTROY"))


# --- an e-mail display name in quotes, as mail apps print it -------------------------------------

def test_quoted_mail_display_name(persons: Any) -> None:
    got = persons('From:\n"Dee V" <deev99@example.net>\nTo:\n"Bettina QT" <mqt@example.com>; '
                  '"Records Unit" <records@dalton.example.gov>\nSubject:\nclaim')
    assert {"Dee V", "Bettina QT"} <= got
    # an agency mailbox's display name stays
    assert not any("Records" in p for p in got)


# --- a name word with an ʻokina or apostrophe inside: the rest of the word is the name too --------

@pytest.mark.parametrize("text", [
    "Kealoha Ka‘ahanui-Reyes said she left at noon.",
    "Victim:\nKealoha Ka‘ahanui-Reyes",
])
def test_name_word_with_okina_is_whole(persons: Any, text: str) -> None:
    got = persons(text)
    assert any("Ka‘ahanui-Reyes" in p for p in got)
    assert not any(p.endswith("Ka") for p in got)


def test_a_possessive_after_a_name_is_not_widened(persons: Any) -> None:
    got = persons("Witness Ana Roe’s car was parked. Ana Roe'll call back.")
    assert "Ana Roe" in got and not any("'ll" in p for p in got)


# --- a redacted person's word-like surname as a transcript speaker label --------------------------

def test_word_surname_as_speaker_label(shared_redactor: Any) -> None:
    got_spans = [f for f in analyze_text(
        "Called party: Orrin Bishop\nExcerpt\nFEMALE: who is it?\nBISHOP: it's me.\n"
        "The bishop blessed the car.\nGRANT: approved 12/1", "police-public-release",
        detector=shared_redactor.detector)
        if f.entity == "PERSON"]
    texts = {f.text for f in got_spans}
    assert "BISHOP" in texts
    # the ordinary word and a label word of nobody found stay
    assert "bishop" not in texts and "GRANT" not in texts and "FEMALE" not in texts


# --- a redacted person's surname joined into a file name by underscores ---------------------------

def test_surname_inside_a_file_name(persons: Any) -> None:
    got = persons("Victim:\nOleksandr Vashchenko, DOB 1/2/1980\n"
                  "Attachments:\nIntake_form.pdf; Receipts_Vashchenko.pdf; Vashchenkova_notes.pdf")
    assert "Vashchenko" in got
    # the other file-name words, and a longer word holding the surname, stay
    assert not any("Intake" in p or "Receipts" in p or "Vashchenkova" in p for p in got)


# --- a name after "registered to" --------------------------------------------------------------

def test_name_after_registered_to(persons: Any) -> None:
    assert "Halvard Nyquist" in persons("The pickup is registered to Halvard Nyquist of Rural Route 1.")
    # a business owner stays, and so does an ALL-CAPS business after the same words
    assert not persons("The pickup is registered to Harbor Light Towing LLC of Route 1.")
    assert not persons("THE VAN IS REGISTERED TO ACME PLUMBING SUPPLY.")


# --- an unlabelled name with a lower-case Portuguese particle "do"/"das" ----------------------------

@pytest.mark.parametrize("text, name", [
    ("Registered owner\nAna do Carmo Bettany, 19 Heron Drive,\nEastwick", "Ana do Carmo Bettany"),
    ("The car belongs to Joana das Neves Pimentel, who lives nearby.", "Joana das Neves Pimentel"),
])
def test_unlabelled_name_with_do_or_das(persons: Any, text: str, name: str) -> None:
    assert name in persons(text)


def test_the_verb_do_joins_no_names(persons: Any) -> None:
    got = persons("SHE SAID SHE WILL DO NOTHING. Officers do Patrol checks on Main Street.")
    assert not any("DO" in p.split() or "do" in p.split() for p in got)
