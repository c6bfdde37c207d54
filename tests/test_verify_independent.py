"""Unit tests of the independent verification helpers (redactkit.verify._independent)."""

from __future__ import annotations

import pytest

from redactkit.verify._independent import identifiers, squash


@pytest.mark.parametrize(("text", "expected"), [
    ("SSN: 618-27-4093", {("SSN", "618274093")}),
    ("SSN: 618\u201127\u20114093", {("SSN", "618274093")}),
    ("SSN 618\u200b-27-40\u200b93", {("SSN", "618274093")}),
    ("Phone: (417) 555\u20130186", {("phone", "4175550186")}),
    ("mail d.vanterpool@example.org now", {("e-mail", "d.vanterpool@example.org")}),
    ("DOB: 04/11/1987", {("DOB", "04111987")}),
    ("Reporting period 2019\u20132020, case 2024-001234", set()),
])
def test_identifiers_normalised(text: str, expected: set[tuple[str, str]]) -> None:
    assert identifiers(text) == expected


def test_squash_ignores_spacing_and_dashes() -> None:
    assert squash("Doro\u200bthea  Van-terpool") == squash("Dorothea Vanterpool")
