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

