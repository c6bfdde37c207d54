"""'Last, First' name cells the single-line patterns of :class:`LastFirstNameRecognizer` miss."""

from __future__ import annotations

from ..lexicon import CELL_END, CELL_START, WS, is_given_name
from ..widefallback import english_words
from ._base import FlaggedPattern as Pattern
from .persons import LastFirstNameRecognizer

__all__ = ["WrappedLastFirstRecognizer"]

_L = LastFirstNameRecognizer
_GIVEN_T = rf"{_L._T}(?:{WS}+(?:{_L._T}|\p{{Lu}}\.)){{0,2}}"
_GIVEN_C = rf"{_L._C}(?:{WS}+(?:{_L._C}|\p{{Lu}}\.?)){{0,2}}"


class WrappedLastFirstRecognizer(LastFirstNameRecognizer):
    """A "Last, First" cell wrapped after its comma ("ROE-VANCE," / "ADA"; "de la Roe," / "Ada Lyn"),
    and one with its surname in capitals and its given names in Title Case ("ROE, Ada Lyn").

    Both lines are the whole cell (the surname line ends at its comma); the words are vetted as
    :class:`LastFirstNameRecognizer` vets its own (ranks, roles, states, months, place words).
    """

    PATTERNS = [
        Pattern(
            "last, first wrapped after the comma",
            rf"^{WS}*(?P<value>{_L._PART}{_L._T},\n{WS}*{_GIVEN_T}{_L._SUFFIX}"
            rf"|{_L._PART_CAPS}{_L._C},\n{WS}*{_GIVEN_C}{_L._SUFFIX}){WS}*$",
            0.65,
        ),
        Pattern(
            "last in capitals, first",
            rf"{CELL_START}(?P<value>{_L._PART_CAPS}{_L._C},{WS}*{_GIVEN_T}{_L._SUFFIX}{_L._NICK}){CELL_END}",
            0.65,
        ),
    ]
    LINE_BOUND = False
    EXPLAIN = {"last, first wrapped after the comma": "'Last, First' name cell wrapped after its comma",
               "last in capitals, first": "'LAST, First' name alone in a table/form cell"}

    def invalidate_match(self, pattern_name: str, value: str) -> bool | None:
        """A capitals surname before Title Case words is a name when those words are given names or
        no English words ("ROE, Ada Lyn"; not "NOTES, Follow Up"); its surname may be a word ("LANE")."""
        if pattern_name != "last in capitals, first":
            return self.invalidate_result(value)
        given = value.partition(",")[2].replace('"', " ").replace("“", " ").replace("”", " ").split()
        words = english_words()
        return not given or any(not is_given_name(w) and (w.lower() in words or w.strip(".").isupper()
                                                         and len(w.strip(".")) > 1)
                                for w in given if w not in ("Jr.", "Sr.", "Jr", "Sr", "II", "III", "IV"))
