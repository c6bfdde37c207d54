"""Recall classes of issue 11 found on the tenth set, each with invented examples and a counter-case
that must stay unredacted (or must still be redacted)."""

from __future__ import annotations

from typing import Any

# --- an e-mail address wrapped in a narrow table cell right after its "@" --------------------------


def test_an_email_wrapped_after_its_at_sign(found: Any) -> None:
    got = found("Gwynfor Quarrington (caller), gwyn.qrt@\nmailbox.org\nVideo, same vendor")
    assert "gwyn.qrt@ mailbox.org" in got


def test_an_at_sign_before_a_line_that_is_no_domain_stays(found: Any) -> None:
    got = found("Fuel was billed 4 gal @\n3.19 each; the clerk signed.")
    assert not any("@" in f for f in got)
