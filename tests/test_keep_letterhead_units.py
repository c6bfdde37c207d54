"""Keep-rate (issue 11): an agency letterhead's contact lines under a long unit title, or followed
on their line by a note to the public, are the agency's own; invented examples, each with a private
counter-case in the same shape that must not be kept."""

from __future__ import annotations

import pytest

from redactkit.detect.recognizers import PublicPlaceRecognizer


def _kept(text: str) -> list[str]:
    return [text[r.start:r.end] for r in PublicPlaceRecognizer().analyze(text, ["PUBLIC_PLACE"])]


@pytest.mark.parametrize("text, kept", [
    # a unit title with three small words ("of the ... of") under the agency's name
    ("ALDERTON POLICE DEPARTMENT\nOffice of the Chief of Police\n18 Kiln Row, Alderton, DE 19999 · "
     "(555) 555-0110\nMarch 3, 2027\n", ["18 Kiln Row, Alderton, DE 19999", "(555) 555-0110"]),
    # the contact details open the line; a note to the public follows them
    ("ALDERTON POLICE DEPARTMENT\nOffice of Internal Review\n18 Kiln Row, Alderton, DE 19999 · "
     "555-555-0110 · Reports may be filed in person, by phone or online.\nINTAKE FORM\n",
     ["18 Kiln Row, Alderton, DE 19999", "555-555-0110"]),
])
def test_a_letterheads_contact_line_under_a_unit_title_is_kept(text: str, kept: list[str]) -> None:
    got = _kept(text)
    assert all(k in got for k in kept), got


@pytest.mark.parametrize("text", [
    # the note after the details names a party, a person or a home: a private line
    "ALDERTON POLICE DEPARTMENT\nOffice of Internal Review\n18 Kiln Row, Alderton, DE 19999 · "
    "555-555-0110 · home of the complainant\nINTAKE FORM\n",
    "ALDERTON POLICE DEPARTMENT\nOffice of Internal Review\n18 Kiln Row, Alderton, DE 19999 · "
    "555-555-0110 · Hortense Quenby lives here\nINTAKE FORM\n",
    "ALDERTON POLICE DEPARTMENT\nOffice of Internal Review\n18 Kiln Row, Alderton, DE 19999 · "
    "555-555-0110 · cell of the caller\nINTAKE FORM\n",
    # a title-case line with a person's name in it is no unit title
    "ALDERTON POLICE DEPARTMENT\nVisit of the Family of Hortense Quenby\n18 Kiln Row, Alderton, DE 19999 · "
    "555-555-0110\nMarch 3, 2027\n",
])
def test_a_private_line_in_the_same_shape_is_not_kept(text: str) -> None:
    got = _kept(text)
    assert "18 Kiln Row, Alderton, DE 19999" not in got and "555-555-0110" not in got, got


def test_a_heading_line_keeps_every_contact_detail() -> None:
    # a short unit word before the second detail is no note: both details stay the agency's
    text = ("Kiln Harbor Emergency Communications Center\n18 Kiln Row, Alderton, DE 19999 · "
            "Admin. (555) 555-0110\nTRANSCRIPT\n")
    assert "(555) 555-0110" in _kept(text)
