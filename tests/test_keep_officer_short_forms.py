"""Keep-rate (issue 11): a kept officer's given name, also read by NER as a person, gives no
short forms to redact ("Lt. Geraldine ..." does not make every "Gera" a person); a private
person's given name still does. Invented examples."""

from __future__ import annotations

from redactkit.detect.nicknames import nickname_findings
from redactkit.model import Finding
from redactkit.policy import load_policy


def _short_forms(text: str, name: str, officer: bool) -> list[str]:
    s = text.index(name)
    found = [Finding.make("PERSON", s, s + len(name), name, 0.85, "SpacyRecognizer", "test")]
    if officer:
        found.append(Finding.make("OFFICER", s, s + len(name), name, 0.85, "OfficerRecognizer", "test"))
    got = nickname_findings(text, found, load_policy("police-public-release"), [])
    return [text[f.start:f.end] for f in got]


TEXT = "Log kept by {who}.\nThe call went to Gera Harbor Services; Gera answered at 0810."


def test_a_kept_officers_given_name_gives_no_short_forms() -> None:
    text = TEXT.format(who="Lt. Geraldine Quenby")
    assert "Gera" not in _short_forms(text, "Geraldine Quenby", officer=True)


def test_a_private_persons_given_name_still_does() -> None:
    text = TEXT.format(who="the caller Geraldine Quenby")
    assert "Gera" in _short_forms(text, "Geraldine Quenby", officer=False)
