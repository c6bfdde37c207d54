"""Layout-aware field reading: labels paired with values by geometry (invented forms and tables)."""

from __future__ import annotations

from pathlib import Path

import pymupdf
import pytest

from redactkit.detect.layout import KEEP_LABEL, label_entity, layout_findings, value_spans
from redactkit.ingest import ingest
from redactkit.model import Page, Rect, Word
from redactkit.policy import load_policy

POLICY = load_policy("police-public-release")


def _pdf(tmp_path: Path, cells: list[tuple[float, float, str, float]]) -> Path:
    """A one-page PDF with each (x, baseline y, text, font size) written as its own text block."""
    doc = pymupdf.open()
    page = doc.new_page(width=612, height=792)
    for x, y, text, size in cells:
        page.insert_text((x, y), text, fontsize=size)
    path = tmp_path / "form.pdf"
    doc.save(path)
    return path


def _found(path: Path) -> set[tuple[str, str]]:
    document = ingest(path)
    out: set[tuple[str, str]] = set()
    for page, base in zip(document.pages, document.page_offsets, strict=True):
        out |= {(f.entity, " ".join(f.text.split())) for f in layout_findings(page, base, POLICY)}
    return out


def test_table_header_names_the_field_of_every_cell_below(tmp_path: Path) -> None:
    header = [(40, 100, "Ticket", 8), (90, 100, "Customer (Last, First)", 8), (200, 100, "DOB", 8),
              (260, 100, "Phone", 8), (340, 100, "Plate", 8), (400, 100, "DL no.", 8)]
    rows = []
    for k, (tid, name, dob, phone, plate, dl) in enumerate([
        ("7101", "QUILLFEATHER, ODALYS", "04/19/1981", "6185550142", "NV 8QZ-441", "2209381776"),
        ("7102", "MARBLESTONE, T. JUNE", "11/02/1999", "(618) 555-0177", "KR4 2291", "D4410937"),
    ]):
        y = 118 + 18 * k
        rows += [(40, y, tid, 8), (90, y, name, 8), (200, y, dob, 8), (260, y, phone, 8),
                 (340, y, plate, 8), (400, y, dl, 8)]
    found = _found(_pdf(tmp_path, header + rows))
    assert ("DATE_OF_BIRTH", "04/19/1981") in found and ("DATE_OF_BIRTH", "11/02/1999") in found
    assert ("PHONE_NUMBER", "6185550142") in found and ("PHONE_NUMBER", "(618) 555-0177") in found
    assert ("LICENSE_PLATE", "8QZ-441") in found and ("LICENSE_PLATE", "KR4 2291") in found
    assert ("DRIVER_LICENSE", "2209381776") in found and ("DRIVER_LICENSE", "D4410937") in found
    assert ("PERSON", "QUILLFEATHER, ODALYS") in found
    # the ticket numbers sit under a column that is no field: untouched
    assert not any(v in ("7101", "7102") for _e, v in found)


def test_boxed_form_label_above_value_and_multiline_address(tmp_path: Path) -> None:
    cells = [
        (50, 100, "Victim name", 6), (250, 100, "Date of birth", 6), (380, 100, "E-mail", 6),
        (50, 112, "Oriel Okorafor-Vale", 10), (250, 112, "1993-08-27", 10),
        (380, 112, "tov@example.org", 10),
        (50, 130, "Home address", 6), (250, 130, "Relationship", 6),
        (50, 142, "4471 Wrenfield Crossing, Apt 9", 10), (250, 142, "neighbour", 10),
        (50, 154, "Dunmore Flats, KS 67412", 10),
    ]
    found = _found(_pdf(tmp_path, cells))
    assert ("PERSON", "Oriel Okorafor-Vale") in found
    assert ("DATE_OF_BIRTH", "1993-08-27") in found
    assert ("EMAIL_ADDRESS", "tov@example.org") in found
    assert ("ADDRESS", "4471 Wrenfield Crossing, Apt 9") in found
    assert ("ADDRESS", "Dunmore Flats, KS 67412") in found  # the second line of the cell
    assert not any(v == "neighbour" for _e, v in found)


def test_value_right_of_its_label_on_the_same_baseline(tmp_path: Path) -> None:
    found = _found(_pdf(tmp_path, [(50, 100, "SSN:", 9), (180, 100, "512 88 3104", 9),
                                   (50, 116, "Remarks", 9), (180, 116, "none", 9)]))
    assert found == {("US_SSN", "512 88 3104")}


def test_officer_rows_and_officer_labels_yield_nothing(tmp_path: Path) -> None:
    cells = [(50, 100, "Name", 9), (200, 100, "Role", 9), (300, 100, "Contact", 9),
             (50, 116, "Pellworth, Idris", 9), (200, 116, "Witness", 9), (300, 116, "555-0190", 9),
             (50, 132, "Haverly, Noor", 9), (200, 132, "Sgt. (lead)", 9), (300, 132, "Badge 311", 9)]
    found = _found(_pdf(tmp_path, cells))
    assert ("PERSON", "Pellworth, Idris") in found
    assert not any("Haverly" in v for _e, v in found)


def test_same_geometry_from_ocr_word_boxes() -> None:
    # words as OCR gives them (no glyph map): a header row over one value row
    specs = [("DOB", 200, 100), ("Phone", 300, 100), ("03/09/1977", 200, 120), ("541-555-0129", 300, 120)]
    text, words = "", []
    for i, (t, x, y) in enumerate(specs):
        start = len(text)
        text += t + "\n"
        words.append(Word(t, Rect(x, y, x + 6 * len(t), y + 10), 0, start, start + len(t), i, 0, "ocr", 91.0))
    page = Page(0, 612, 792, 0, "scanned", text, [None] * len(text), words)
    found = {(f.entity, f.text) for f in layout_findings(page, 0, POLICY)}
    assert found == {("DATE_OF_BIRTH", "03/09/1977"), ("PHONE_NUMBER", "541-555-0129")}


@pytest.mark.parametrize(
    ("text", "entity"),
    [
        ("DOB", "DATE_OF_BIRTH"), ("Date of Birth", "DATE_OF_BIRTH"),
        ("Phone (safe to call)", "PHONE_NUMBER"),
        ("Vehicle / plate", "LICENSE_PLATE"), ("DL / ID NO.", "DRIVER_LICENSE"),
        ("Residence address", "ADDRESS"), ("Offender name", "PERSON"), ("E-mail", "EMAIL_ADDRESS"),
        ("Officer name", KEEP_LABEL), ("Reporting Officer", KEEP_LABEL),
        ("Offense: Burglary", None), ("Item description", None), ("Phone 555-0100", None),
    ],
)
def test_label_words(text: str, entity: str | None) -> None:
    assert label_entity(text, POLICY) == entity


@pytest.mark.parametrize(
    ("entity", "line", "value"),
    [
        ("LICENSE_PLATE", "Blk sedan OR 4TRM 218", "4TRM 218"),
        ("DRIVER_LICENSE", "WA DL 3381-40-2219", "3381-40-2219"),
        ("PHONE_NUMBER", "541-555-0112 x4", "541-555-0112 x4"),
        ("EMAIL_ADDRESS", "r.quell 7 2 @example.org", "r.quell 7 2 @example.org"),  # as OCR splits it
        ("DATE_OF_BIRTH", "none given", None),
    ],
)
def test_value_shapes(entity: str, line: str, value: str | None) -> None:
    spans = value_spans(entity, line)
    assert (line[spans[0][0]:spans[0][1]] if spans else None) == value


def test_prose_under_a_two_column_header_ends_the_column(tmp_path: Path) -> None:
    # two header cells only: a prose line covers the neighbour's header (not two of them)
    cells = [
        (56, 100, "HOME ADDRESS (GUARDIAN)", 6), (390, 100, "PARENT ID", 6),
        (58, 112, "4410 Cedar Hollow Lane", 9), (392, 112, "WA DL WDL77Q2K9", 9),
        (58, 123, "Pell Ridge, WA 98001", 9),
        (54, 145, "NARRATIVE", 9),
        (54, 160, "At 0930 the counsellor called me to the office about 12 missing tablets and a note "
                  "that", 10),
        (54, 174, "Sgt. Ilse Varga #3310 was told. Charges under RCW 9A.56.050 were discussed with the "
                  "family.", 10),
    ]
    found = _found(_pdf(tmp_path, cells))
    assert ("ADDRESS", "4410 Cedar Hollow Lane") in found
    assert ("ADDRESS", "Pell Ridge, WA 98001") in found
    assert not any("counsellor" in v or "Varga" in v for _e, v in found)


def test_name_wrapped_one_part_per_line_in_a_narrow_cell(tmp_path: Path) -> None:
    # a log table whose name column is narrow: given name over surname, each line one word
    cells = [(40, 100, "Time", 8), (90, 100, "Complainant", 8), (170, 100, "Nature", 8),
             (40, 118, "2210", 8), (90, 118, "Evadne", 8), (90, 127, "Marchetti-Olu", 8),
             (170, 118, "Loud music", 8),
             (40, 145, "2245", 8), (90, 145, "Unknown", 8), (90, 154, "Male", 8),
             (170, 145, "Barking dog", 8)]
    found = _found(_pdf(tmp_path, cells))
    assert ("PERSON", "Evadne") in found and ("PERSON", "Marchetti-Olu") in found
    # a wrapped "Unknown / Male" is no name, and the nature column is no person field
    assert not any(v in ("Unknown", "Male", "Loud music", "Barking dog") for _e, v in found)


def test_value_above_its_caption_label(tmp_path: Path) -> None:
    # an application form printed with the caption under each filled-in line
    cells = [(60, 100, "Orla Penhallow-Ibsen", 10), (60, 110, "Name in full", 7),
             (60, 135, "June 14, 1996", 10), (60, 145, "Date of birth", 7),
             (60, 170, "T55019273", 10), (60, 180, "Driver licence no.", 7),
             (60, 205, "(555) 555-0164", 10), (60, 215, "Phone", 7),
             (60, 240, "Sponsoring officer", 7), (60, 260, "Ride date", 7), (60, 270, "May 2, 2026", 10)]
    found = _found(_pdf(tmp_path, cells))
    assert ("DATE_OF_BIRTH", "June 14, 1996") in found
    assert ("PHONE_NUMBER", "(555) 555-0164") in found
    # a date under another caption is that caption's, not the birth date's
    assert ("DATE_OF_BIRTH", "May 2, 2026") not in found


def test_caller_column_of_a_log_with_empty_cells_and_tall_rows(tmp_path: Path) -> None:
    # a CAD log: "Caller / Phone" names a person and a phone; some rows have no caller, and a
    # wrapped remarks cell makes a row tall: neither ends the column
    cells = [(30, 60, "TIME", 7), (80, 60, "TYPE", 7), (200, 60, "CALLER / PHONE", 7),
             (330, 60, "REMARKS", 7),
             (30, 80, "0105", 7), (80, 80, "NOISE", 7), (200, 80, "ORLA VANTREESE", 7),
             (200, 89, "555-555-0144", 7), (330, 80, "MUSIC IN GARAGE", 7),
             (30, 110, "0140", 7), (80, 110, "UPDATE", 7), (330, 110, "CLEARED, NOTHING FOUND, NO REPORT", 7),
             (330, 119, "PER SUPERVISOR", 7), (330, 128, "SEE NEXT", 7), (330, 137, "ENTRY BELOW", 7),
             (330, 146, "TODAY", 7),
             (30, 165, "0212", 7), (80, 165, "ALARM", 7), (200, 165, "ANON", 7),
             (30, 190, "0240", 7), (80, 190, "WELFARE", 7), (200, 190, "TAMSIN OKAFOR-LEE", 7),
             (200, 199, "555-555-0181", 7)]
    found = _found(_pdf(tmp_path, cells))
    assert ("PERSON", "ORLA VANTREESE") in found and ("PERSON", "TAMSIN OKAFOR-LEE") in found
    assert ("PHONE_NUMBER", "555-555-0181") in found
    assert not any(v in ("ANON", "NOISE", "UPDATE", "MUSIC IN GARAGE") for _e, v in found)


def test_associates_field_lists_people_and_remarks_under_it_stay(tmp_path: Path) -> None:
    cells = [(60, 100, "ASSOCIATES", 7), (60, 110, "Quenby, R.; Isolde Marchetti", 9),
             (60, 130, "NARRATIVE / NOTES", 7), (60, 140, "Loitering after hours", 9),
             (60, 150, "Pat-down negative.", 9)]
    found = _found(_pdf(tmp_path, cells))
    assert ("PERSON", "Quenby, R.") in found and ("PERSON", "Isolde Marchetti") in found
    assert not any(v in ("Loitering after hours", "Pat-down negative.") for _e, v in found)


def test_a_later_table_with_its_own_columns_does_not_continue_a_form_column(tmp_path: Path) -> None:
    cells = [(40, 100, "REPORTING PARTY", 7), (300, 100, "SUSPECT", 7),
             (40, 110, "Quill, Ada (owner)", 9), (300, 110, "Marrow, Tobias K.", 9),
             (36, 138, "ITEMS", 8),
             (40, 150, "Item", 7), (80, 150, "Description", 7), (320, 150, "Container", 7),
             (40, 165, "1", 9), (80, 165, "Pry bar", 9), (320, 165, "Box, taped", 9),
             (40, 180, "2", 9), (80, 180, "Glove", 9), (320, 180, "Plastic sleeve", 9),
             (36, 196, "CUSTODY LOG - sign at each hand-off", 8),
             (40, 210, "Date", 7), (140, 210, "From", 7), (280, 210, "Taken by", 7),
             (40, 225, "12/01", 9), (140, 225, "Evidence shelf 4", 9), (280, 225, "Analyst Juno Pell", 9)]
    found = _found(_pdf(tmp_path, cells))
    assert ("PERSON", "Marrow, Tobias K.") in found
    assert not any(v in ("Analyst Juno Pell", "Box, taped", "Plastic sleeve") for _e, v in found)


def test_a_row_label_pairs_every_value_cell_on_its_row(tmp_path: Path) -> None:
    # parties as columns: one row label, a value per party; the first party's cell may be no value
    cells = [(40, 100, "Party", 8), (150, 100, "Petitioner", 8), (260, 100, "Respondent", 8),
             (370, 100, "Child", 8),
             (40, 118, "Date of birth", 8), (150, 118, "on file", 8), (260, 118, "1979-06-02", 8),
             (370, 118, "5/30/2016", 8),
             (40, 136, "Driver DOB / licence", 8), (150, 136, "on file", 8),
             (260, 136, "02/11/1984 / OR 7730418", 8),
             (40, 154, "Date of hearing", 8), (150, 154, "11/30/2026", 8), (260, 154, "Room 4B", 8),
             (40, 172, "DOB", 8), (150, 172, "03/04/1991", 8), (260, 172, "Report date 11/04/2026", 8)]
    found = _found(_pdf(tmp_path, cells))
    assert {("DATE_OF_BIRTH", "1979-06-02"), ("DATE_OF_BIRTH", "5/30/2016"), ("DATE_OF_BIRTH", "02/11/1984"),
            ("DRIVER_LICENSE", "7730418")} <= found
    # counter-cases: a hearing date is no field; a cell with words beside its date is another field
    values = {v for _e, v in found}
    assert not {"11/30/2026", "Report date 11/04/2026", "11/04/2026", "1984"} & values


def test_a_plate_cell_with_two_readings_gives_both(tmp_path: Path) -> None:
    cells = [(40, 100, "Frame", 8), (120, 100, "Plate read (camera / clerk)", 8), (300, 100, "Remarks", 8),
             (40, 118, "0042", 8), (120, 118, "KWT8B1 / KWT881", 8), (300, 118, "sedan, lane 2", 8),
             (40, 136, "Vehicle", 8), (120, 136, "2019 F150 7ABC123", 8)]
    found = _found(_pdf(tmp_path, cells))
    assert {("LICENSE_PLATE", "KWT8B1"), ("LICENSE_PLATE", "KWT881")} <= found
    # counter-case: a frame number is no plate; a description's model code is not taken with its plate
    assert not {"0042", "F150"} & {v for _e, v in found}


def test_a_number_dialled_column_is_a_phone_column(tmp_path: Path) -> None:
    cells = [(40, 100, "Date / time", 8), (140, 100, "Number dialled", 8), (250, 100, "Call ref.", 8),
             (40, 118, "11/02/2026 18:40", 8), (140, 118, "5415550199", 8), (250, 118, "4402917731", 8),
             (40, 136, "11/03/2026 07:12", 8), (140, 136, "541.555.0123", 8), (250, 136, "4402917790", 8)]
    found = _found(_pdf(tmp_path, cells))
    assert {("PHONE_NUMBER", "5415550199"), ("PHONE_NUMBER", "541.555.0123")} <= found
    # counter-case: the call reference numbers (same shape) in their own column stay
    assert not {"4402917731", "4402917790"} & {v for _e, v in found}


def test_a_date_of_birth_wrapped_over_two_lines_of_a_narrow_column(tmp_path: Path) -> None:
    # a narrow DOB column: day and month on one line, the year under them; neither line alone is
    # a date, the cell is one
    cells = [(40, 100, "Case", 8), (90, 100, "DOB", 8), (150, 100, "Item", 8),
             (40, 118, "7731", 8), (90, 118, "23 Feb", 8), (90, 127, "1991", 8),
             (150, 118, "Pill bottle", 8),
             (40, 145, "7732", 8), (90, 145, "Lot 14", 8), (90, 154, "Bin 3", 8),
             (150, 145, "Scale", 8)]
    found = _found(_pdf(tmp_path, cells))
    assert ("DATE_OF_BIRTH", "23 Feb") in found and ("DATE_OF_BIRTH", "1991") in found
    # two short lines that together are no date stay: no day-month-year shape
    assert not any(v in ("Lot 14", "Bin 3", "7731", "Scale") for _e, v in found)
