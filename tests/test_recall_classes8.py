"""Recall classes of issue 11 found on later sets, each with invented examples and a counter-case
that must stay unredacted."""

from __future__ import annotations

from typing import Any

import pytest

# --- plates in prose: after a state code that is also a word, and after the word vehicle ------------


@pytest.mark.parametrize("text, plate", [
    ("A friend drove off in a car registered to Odell Frame, ME 4418 KT, before midnight.", "ME 4418 KT"),
    ("The pickup, registered to him, OR KLW-552, was towed.", "OR KLW-552"),
    ("Notice 12: the vehicle 207 QWM (Idaho) was towed.", "207 QWM"),
    ("The officer ran the vehicle KTR 5513 and found no wants.", "KTR 5513"),
])
def test_plates_in_prose(found: Any, text: str, plate: str) -> None:
    assert plate in found(text)


def test_vehicle_numbers_model_years_and_words_after_a_state_code_stay(found: Any) -> None:
    got = found("Vehicle 2 OWNER fled. VEHICLE 2014 FORD F150 was at 10 MPH. "
                "Deputy Corwin Orrell (ID S-204) arrived. Give it to ME 12 AB said nothing.")
    assert not {"2 OWNER", "2014 FORD", "10 MPH", "S-204"} & got


# --- names with letters outside ASCII: the role and nickname patterns took [A-Z][a-z] only ---------


@pytest.mark.parametrize("text, name", [
    ('Interviews with the bystanders Bao Tran and Émile "Milo" Després followed.', 'Émile "Milo" Després'),
    ("Her roommate, Zoë Ménard, was home.", "Zoë Ménard"),
    ("WITNESS RENÉ NÚÑEZ SAW THE CAR.", "RENÉ NÚÑEZ"),
])
def test_accented_names_after_a_role_or_around_a_nickname(found: Any, text: str, name: str) -> None:
    assert name in found(text)


def test_a_quoted_business_name_stays(found: Any) -> None:
    assert not any("Blue Moon" in v for v in found('We met at the "Blue Moon" Café on Elm Street.'))


# --- the other names of a list that holds a redacted name ------------------------------------------


@pytest.mark.parametrize("text, names", [
    ("CREW ON SCENE: ORRIN TALMAGE-NEZ, KEALA MAKOA-LEE, JONAH KAHA'ULA. MR. ROE LEFT.",
     {"ORRIN TALMAGE-NEZ", "JONAH KAHA'ULA"}),
    ("Interviews with the bystanders Ada Quennell, Rosalind Fenwick and Tobias Ardent followed.",
     {"Rosalind Fenwick", "Tobias Ardent"}),
])
def test_every_name_of_a_list_with_a_redacted_name(found: Any, text: str, names: set[str]) -> None:
    got = found(text)
    assert names <= got | {n for v in got for n in names if n in v}


def test_places_businesses_and_officers_in_such_a_list_stay(found: Any) -> None:
    got = found("Copies went to Ada Quennell, Salem Police Department, and Grace Church. "
                "Present: Ada Quennell, Harbor Freight, Blue Ridge Bank and Walker County. "
                "Ada Quennell and Deputy Bo Lin spoke near Ada Quennell, Mary Street and Jordan Valley Road.")
    assert not any(w in v for v in got for w in ("Salem", "Grace", "Harbor", "Blue", "Walker", "Lin",
                                                  "Mary", "Jordan"))


# --- a doctor's title before a redacted name, also at the end of the line above -------------------


@pytest.mark.parametrize("text", [
    "MEDS: ATENOLOL 25 MG DAILY. REFERRED BY DR.\nANIKA VELLACOTT-LEE, ELM FAMILY CLINIC.",
    "She was seen by Dr. Anika Vellacott-Lee at the clinic.",
])
def test_a_doctors_title_before_a_private_name(found: Any, text: str) -> None:
    got = found(text)
    assert any(v.lower() == "dr." for v in got) and any("VELLACOTT-LEE" in v.upper() for v in got)


def test_a_streets_drive_before_a_name_stays_with_the_address(found: Any) -> None:
    got = found("Mail to 12 Larkspur Dr. Anika Vellacott-Lee lives there.")
    assert "Dr." not in got


# --- a run of surname particles after a person's span ----------------------------------------------


@pytest.mark.parametrize("text, name", [
    ("At the door were Odell Frame and Bridget Mac an tSluaigh, who left at 2330.",
     "Bridget Mac an tSluaigh"),
    ("The caller, Nora Quennell da Silva, waited outside.", "Nora Quennell da Silva"),
])
def test_surname_particles_join_the_name(found: Any, text: str, name: str) -> None:
    assert name in found(text)


def test_an_after_a_name_is_no_particle(found: Any) -> None:
    got = found("Then Ada Quennell gave Odell Frame an Apple watch.")
    assert not any("Apple" in v for v in got)


# --- a name that several findings make up, found again in another case ------------------------------


CAPTION = ("CAUSE NO. 44\nTHE STATE § IN THE DISTRICT COURT\nv. §\nORRIN BALTHAZAR QUENNEL § WALKER COUNTY\n"
           "Bring every file about the search of Orrin Balthazar Quennel, born 1990. "
           "Ms. Quennel, his aunt Rosalind Quennel, called.")


def test_a_pieced_together_name_in_capitals_elsewhere(found: Any) -> None:
    assert "ORRIN BALTHAZAR QUENNEL" in found(CAPTION)


def test_only_the_whole_sequence_and_never_over_a_kept_span() -> None:
    from redactkit.detect.nameforms import joined_name_findings
    from redactkit.model import Finding
    from redactkit.policy import load_policy

    policy = load_policy("police-public-release")
    text = "Ada Bex Roe was seen. ADA BEX ROE PARK is a park. ADA ROE left. Ada Bex Roe."
    pieces = [Finding.make("PERSON", s, s + len(w), w, 0.85, "Test", "t")
              for s, w in ((0, "Ada"), (4, "Bex"), (8, "Roe"))]
    park = text.index("ADA BEX ROE PARK")
    kept = Finding.make("PUBLIC_PLACE", park, park + 16, text[park:park + 16], 0.8, "Test", "t")
    got = [f.text for f in joined_name_findings(text, [*pieces, kept], policy)]
    assert got == ["Ada Bex Roe"]  # the last mention only: not the kept park, not 'ADA ROE'


# --- street-grid addresses: number, direction, block number, direction -----------------------------


@pytest.mark.parametrize("text, address", [
    ("SUBJECT ADDRESS\n2215 N 450 W, Juniper Flat, UT\n84000\nHOME PHONE",
     "2215 N 450 W, Juniper Flat, UT 84000"),
    ("She moved to 88 South 1200 East, Larkin, UT 84000 last year.", "88 South 1200 East, Larkin, UT 84000"),
    ("The dog was found at 731 E 2100 S and returned.", "731 E 2100 S"),
])
def test_street_grid_addresses(found: Any, text: str, address: str) -> None:
    assert address in found(text)


def test_coordinates_and_headings_are_no_grid_address(found: Any) -> None:
    got = found("Drone at 40 N 111 W, heading 270 W at 300 N; wind 8 KT.")
    assert not any("111 W" in v or "270 W" in v for v in got)


# --- a home-address column beside a school's name: the layout pairing beats reading order ----------


def _redacted_in_pdf(tmp_path: Any, shared_redactor: Any,
                     cells: list[tuple[float, float, str, float]]) -> set[str]:
    import pymupdf

    from redactkit.ingest import ingest
    from redactkit.plan import redactable_findings
    from redactkit.policy import load_policy

    doc = pymupdf.open()
    page = doc.new_page(width=612, height=792)
    for x, y, text, size in cells:
        page.insert_text((x, y), text, fontsize=size)
    path = tmp_path / "form.pdf"
    doc.save(path)
    document = ingest(path)
    policy = load_policy("police-public-release")
    found = shared_redactor.detector.detect(document, policy)
    return {" ".join(f.text.split()) for f in redactable_findings(found, document.text, policy)}


def test_a_home_address_column_beside_a_school_name(tmp_path: Any, shared_redactor: Any) -> None:
    # a boxed form: labels in small type, values under them in larger type, slightly indented
    cells = [(40, 60, "Larch Hollow Middle School", 9), (40, 71, "40 School Road, Larch Hollow, NM 87000", 9),
             (40, 100, "Student (name)", 6), (300, 100, "Grade", 6),
             (42, 110, "Odalys Quennell", 8), (302, 110, "7", 8),
             (40, 126, "Campus", 6), (300, 126, "Home address", 6),
             (42, 136, "Larch Hollow Middle School", 8),
             (302, 136, "12 Calle Luna, Larch Hollow, NM 87000", 8),
             (40, 160, "Parent / guardian", 6), (300, 160, "Phone", 6)]
    got = _redacted_in_pdf(tmp_path, shared_redactor, cells)
    assert "12 Calle Luna, Larch Hollow, NM 87000" in got
    # the school's own address under its name at the top stays a public party's
    assert not any("40 School Road" in v for v in got)


# --- a short form of a given name whose full name is two adjacent findings --------------------------


def test_short_form_of_a_given_name_found_beside_its_surname() -> None:
    from redactkit.detect.nicknames import nickname_findings
    from redactkit.model import Finding
    from redactkit.policy import load_policy

    policy = load_policy("police-public-release")
    text = 'LORENZO QUENNELL:\nI am here.\nMRS. ROE:\nShe wrote: "bring Enzo home." Ask Renzo Park.'
    given = Finding.make("PERSON", 0, 7, "LORENZO", 0.85, "Test", "t")
    surname = Finding.make("PERSON", 8, 16, "QUENNELL", 0.85, "Test", "t")
    got = [f.text for f in nickname_findings(text, [given, surname], policy, [])]
    assert "Enzo" in got
    # a short form followed by another capitalised word is part of a longer name or a place
    assert "Renzo" not in got
    # a given name alone, with no surname finding beside it, says nothing of whose it is
    assert "Enzo" not in [f.text for f in nickname_findings(text, [given], policy, [])]


def test_a_lone_name_with_an_age_in_a_list_with_a_redacted_name(found: Any) -> None:
    got = found("Grandmother Odile Quennell answered; grandsons Zevik (6) and Tobin Quennell (3) were fed.")
    assert "Zevik" in got
    # a form word with a number in brackets stays, in such a list too
    assert "Unit" not in found("Present were Ada Quennell (34), Unit (4) and Room (2).")


# --- a role noun, a clause about the person, then the name set off by commas -----------------------


def test_a_name_after_a_role_noun_and_a_clause(found: Any) -> None:
    got = found("The tenant who rents the flat, Lucien Thibault-Vo, was home.")
    assert "Lucien Thibault-Vo" in got


def test_a_business_set_off_the_same_way_stays(found: Any) -> None:
    got = found("The owner who runs the store, Harbor Freight, was closed. The witness that called, "
                "Salem Police, answered.")
    assert not any("Harbor" in v or "Salem" in v for v in got)


# --- an impostor's claimed rank and name: a private person, never an officer ------------------------


def test_the_name_an_impostor_gave_is_redacted_and_a_real_officer_stays(found: Any) -> None:
    got = found('A caller posing as "Sgt. Orrin Quennell" asked for money. Quennell gave a number.')
    assert "Orrin Quennell" in got and "Quennell" in got
    got = found("Deputy Orrin Quennell took the report. I identified myself as Deputy Orrin Quennell.")
    assert not any("Quennell" in v for v in got)


# --- a family named in the plural after a redacted surname ------------------------------------------


def test_a_family_in_the_plural(found: Any) -> None:
    got = found("Our landlord Bertrand Quennelly raised the rent. Send me the file on "
                "the Quennellys. THE QUENNELLYS LEFT. The Rangers won.")
    assert {"Quennellys", "QUENNELLYS"} <= got
    assert not any("Rangers" in v for v in got)


# --- a redacted address's house number said alone ----------------------------------------------------


def test_a_house_number_said_alone_after_a_place_preposition(shared_redactor: Any) -> None:
    from redactkit.api import analyze_text

    text = ("Location: 27 Quarry Bend Ct (residence of the caller); neighbouring residence "
            "4417 Quarry Bend Ct.\n"
            "MR. PARK: She ran out of 4417. Units arrived at 4417 hours. Case 4417-B. Paid $4417. "
            "Back in 4417 hrs.")
    alone = [f.start for f in analyze_text(text, "police-public-release", detector=shared_redactor.detector)
             if f.text == "4417"]
    # only the house meant in "of 4417."; not a time, a case number or an amount
    assert alone == [text.index("of 4417.") + 3]


def test_a_question_about_the_residence_does_not_make_its_answer_an_address(tmp_path: Any,
                                                                            shared_redactor: Any) -> None:
    cells = [(40, 100, "Q.", 8), (60, 100, "Does anyone else live in your residence?", 8),
             (40, 112, "A.", 8),
             (60, 112, "My son, 15. He goes to Larch Hollow High School. The safe is locked.", 8)]
    got = _redacted_in_pdf(tmp_path, shared_redactor, cells)
    assert not any("Larch Hollow High School" in v for v in got)
