"""Keep-rate classes of issue 11 (round 10), each with invented examples and a counter-case: a
private person or number in the same position is still redacted."""

from __future__ import annotations

from typing import Any

import pytest

# --- a warrant's number is the court's record number, not a licence ------------------------------


@pytest.mark.parametrize("text, number", [
    ("CONFIRMED. WARRANT Q48213397 IS ACTIVE. ISSUED BY THE JUSTICE COURT.", "Q48213397"),
    ("Warrant No. 26-CR-004417 was served on Anka Drewsilde at the jail.", "26-CR-004417"),
    ("The bench warrant # QW5521874 remains outstanding.", "QW5521874"),
])
def test_a_warrant_number_stays_visible(found: Any, text: str, number: str) -> None:
    got = found(text)
    assert number not in got, got


def test_a_licence_number_near_a_warrant_is_still_redacted(found: Any) -> None:
    got = found("WARRANT SUBJ: DREWSILDE, ANKA  DL Q48213397  served Anka Drewsilde.")
    assert "Q48213397" in got, got
    assert any("Drewsilde" in g for g in got), got
