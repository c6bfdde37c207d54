"""Keep-rate (issue 11): NER tags the officer's unit or duty word before a rank as a person
("Traffic Sgt. ...", "Corrections Dep. ..."); such a word is dropped from the PERSON findings.
Invented examples, with counter-cases: a name or a surname before a rank stays a person."""

from __future__ import annotations

import pytest

from redactkit.detect.nerclean import clean_person
from redactkit.model import Finding


def _clean(text: str, word: str) -> Finding | None:
    s = text.index(word)
    f = Finding("PERSON", s, s + len(word), word, 0.85, "SpacyRecognizer")
    return clean_person(text, f)


@pytest.mark.parametrize("text, word", [
    ("Please call my assistant, Logistical Sgt. Quenby Harlowe (#9), to confirm.", "Logistical"),
    ("booked under no. 44-1 by Corrections Dep. T. Quenby (CB-12).", "Corrections"),
    ("The stop was made by Traffic Ofc. Quenby.", "Traffic"),
])
def test_a_unit_word_before_a_rank_is_no_person(text: str, word: str) -> None:
    assert _clean(text, word) is None


@pytest.mark.parametrize("text, word", [
    # a given name, a census surname (also an English word) and a word not before a rank stay
    ("The caller Hortense Sgt. Harlowe spoke to said she left.", "Hortense"),
    ("He spoke with Baker Sgt. Quenby had named.", "Baker"),
    ("The report by Corrections, then Sgt. Quenby.", "Corrections"),
])
def test_a_name_before_a_rank_is_still_a_person(text: str, word: str) -> None:
    assert _clean(text, word) is not None
