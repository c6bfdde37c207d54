"""Keep-rate (issue 11): a language vendor named by its trade ("... Interpreting", "...
Translation") is a business kept as a place; with a given name in it, it names a person too and
is not kept. Invented examples."""

from __future__ import annotations

import pytest

from redactkit.detect.recognizers import PublicPlaceRecognizer


def _kept(text: str) -> list[str]:
    return [" ".join(text[r.start:r.end].split())
            for r in PublicPlaceRecognizer().analyze(text, ["PUBLIC_PLACE"])]


@pytest.mark.parametrize("text, kept", [
    ("In person: Kiln Harbor\nInterpreting; see note 1", "Kiln Harbor Interpreting"),
    ("Written statement sent to Tern Valley Translation for a copy in Spanish.", "Tern Valley Translation"),
])
def test_a_language_vendor_is_kept(text: str, kept: str) -> None:
    assert kept in _kept(text)


def test_a_vendor_named_by_a_person_is_not_kept() -> None:
    assert _kept("Interpreter: Hortense Quenby Interpreting, by phone.") == []
