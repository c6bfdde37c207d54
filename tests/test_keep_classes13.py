"""Keep-rate classes of issue 11 (round 13), each with invented examples and a counter-case: a
private person or number in the same position is still redacted."""

from __future__ import annotations

from typing import Any

# --- an officer's table cell "Ofc. Given" over a hyphenated surname on the next line ------------

_STOPS = ("Stop no. | Officer / DSN | Driver (last, first) | DOB\nQX26-S-1101\n0712\nOfc. Isembard\n"
          "Brannagh-Tolle\nYARROWBY, Osmunda Pell\n03/22/1988\nQX26-S-1102\n0945\nOfc. Isembard\n"
          "Brannagh-Tolle #418\nQUENBY, HALDOR\n11/30/1979\n")


def test_an_officer_wrapped_in_a_table_cell_stays_visible(found: Any) -> None:
    got = found(_STOPS)
    assert not any("Brannagh" in g or "Isembard" in g for g in got), got


def test_a_private_name_under_a_ranked_cell_is_still_redacted(found: Any) -> None:
    got = found(_STOPS)
    assert any("QUENBY" in g for g in got) and any("YARROWBY" in g for g in got), got
    # the next cell a private "Last, First" name under an officer's whole name
    got = found("Officer\nOfc. Isembard Brannagh\nMarrowfell-Quenby, Gwendrith\nDOB 03/22/1988\n")
    assert any("Marrowfell-Quenby" in g for g in got) and any("Gwendrith" in g for g in got), got


# --- a letterhead with an operations plan's title between the agency's name and its address -------

_PLAN_HEAD = ("BRACKWATER POLICE DEPARTMENT\nSpecial Operations · Event Security Plan\n"
              "44 Quillon Wharf Street\nBrackwater, AL 36999\n251-555-0144\n")


def test_a_letterhead_over_a_plan_title_stays_visible(found: Any) -> None:
    got = found(_PLAN_HEAD + "Prepared by Sgt. Odalric Venn\n")
    assert not any("0144" in g or "Quillon" in g for g in got), got


def test_a_private_contact_under_a_plan_title_is_still_redacted(found: Any) -> None:
    got = found(_PLAN_HEAD + "RESPONSIBLE PERSON\nDruscilla Fenwright\ncell 251-555-0126\n"
                "HOME ADDRESS\n2204 Quillon Oak Bend, Brackwater, AL 36999\n")
    assert "251-555-0126" in got and any("Fenwright" in g for g in got), got
    assert any("2204 Quillon Oak Bend" in g for g in got), got


# --- a shelter's, a help line's and a co-operative's own number -----------------------------------

def test_a_public_service_number_stays_visible(found: Any) -> None:
    got = found("The victim was reached through the advocate at Thornwick Safe House (775-555-0144). "
                "The family was given the number of Thornwick Valley Housing Help Line (336-555-0145).")
    assert not any("0144" in g or "0145" in g for g in got), got


def test_a_person_at_a_safe_house_keeps_her_own_number_redacted(found: Any) -> None:
    got = found("The victim stays at Thornwick Safe House and can be reached on her cell, 775-555-0146.")
    assert "775-555-0146" in got, got


# --- a public body's address and its phone after it in prose -------------------------------------

def test_a_body_s_phone_after_its_street_address_stays_visible(found: Any) -> None:
    got = found("Background check by the Brackwater Police Department, 118 Quillon Bend Avenue, (319)\n"
                "555-0144. Filed by the Thornwick Legal Aid Clinic, 301 N. Canal Street, Brackwater,\n"
                "IL 60999, 815-555-0145, for the petitioner.")
    assert not any("0144" in g or "0145" in g for g in got), got


def test_a_private_phone_after_a_home_address_is_still_redacted(found: Any) -> None:
    got = found("Complainant Druscilla Fenwright, 118 Quillon Bend Avenue, Brackwater, IL 60999, "
                "815-555-0147. Ofc. Isembard Pilchard, 12 Quillon Row, (319) 555-0148.")
    assert "815-555-0147" in got and "(319) 555-0148" in got, got


# --- a records specialist's title, or a chaplain's name, wrapped in running prose -----------------

_WRAPPED_STAFF = (
    "Recommendation: permit may issue. The prior complaint was about a different company. Checked by"
    " Records\nSpecialist Isembard Farquell-Hobb; approved by Lt. Osric Pilchard. Present at the"
    " debrief were Sgt. Ottoline Brackwell and Chaplain Ebbert\nLightharrow (department chaplain).")


def test_a_wrapped_staff_title_or_chaplain_stays_visible(found: Any) -> None:
    got = found(_WRAPPED_STAFF)
    assert not any("Farquell" in g or "Lightharrow" in g or "Ebbert" in g for g in got), got


def test_a_wrapped_private_name_without_a_title_is_still_redacted(found: Any) -> None:
    got = found("The neighbour said she gave her records to her friend Druscilla\nFenwright (a nurse) and"
                " asked the records clerk about the case the next day, then left.")
    assert any("Fenwright" in g for g in got), got


# --- a corporation named with its form after a comma, and the bare phone cell under it ------------

def test_a_corporation_and_its_phone_cell_stay_visible(found: Any) -> None:
    got = found("SECTION 2 — BUSINESS\nEmployer:\nThornwick Kitchen Direct, Inc.\nPhone:\n563-555-0192\n"
                "Goods sold:\nCookware\nPERMIT HOLDER\nKrewe of the Brackwell, Inc.\n")
    assert not any("Thornwick" in g or "0192" in g or "Brackwell" in g for g in got), got


def test_a_work_phone_or_a_person_named_firm_is_still_redacted(found: Any) -> None:
    got = found("Employer:\nThornwick Kitchen Direct, Inc.\nWork phone:\n563-555-0193\n"
                "Seller:\nDruscilla Fenwright, LLC\nPhone:\n563-555-0194\n")
    assert "563-555-0193" in got and "563-555-0194" in got, got


# --- a teletype's contact officer: rank, name and badge, then the officer's number ---------------

def test_a_contact_officer_s_number_after_the_badge_stays_visible(found: Any) -> None:
    got = found("CAUTION.\nCONTACT/DET SGT ISEMBARD PILCHARD #417 606-555-0116 OR LT. OSRIC BRACKWELL\n")
    assert not any("0116" in g for g in got), got


def test_a_subject_s_number_in_a_teletype_is_still_redacted(found: Any) -> None:
    got = found("SUBJ/FENWRIGHT, DRUSCILLA #417 606-555-0117 LAST KNOWN CELL\n"
                "CONTACT/DET SGT ISEMBARD PILCHARD #417\n")
    assert "606-555-0117" in got, got
