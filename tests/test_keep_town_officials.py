"""Keep-rate (issue 11): a town's elected or appointed head named in their office ("cc: Mayor
..."), like an officer, is kept; the same word after a private person's name is a surname, not a
title. Invented examples."""

from __future__ import annotations

import pytest

from redactkit.detect.recognizers import OfficerRecognizer


def _officers(text: str) -> list[str]:
    return [text[r.start:r.end] for r in OfficerRecognizer().analyze(text, ["OFFICER"])]


@pytest.mark.parametrize("text, name", [
    ("cc: Mayor Oriela Quenby, City of Kiln Harbor", "Oriela Quenby"),
    ("Copy to City Manager Eustace Harlowe and the Chief.", "Eustace Harlowe"),
    ("CC: COUNCILMEMBER FERDINANDA QUENBY", "FERDINANDA QUENBY"),
])
def test_a_town_official_by_title_is_kept(text: str, name: str) -> None:
    assert name in _officers(text)


@pytest.mark.parametrize("text", [
    "The complainant, Hortense Mayor, said she left at noon.",
    "She asked to speak to the Mayor about her neighbour Hortense Quenby.",
])
def test_a_private_person_near_the_word_is_not_an_official(text: str) -> None:
    assert _officers(text) == []
