"""A box a reviewer re-coded with several exemption codes shows all of them: in the label burn
draws (where they fit; else the primary code), the CSV log and the public exemption index."""

from __future__ import annotations

import csv
import io

from redactkit.model import Rect, Redaction
from redactkit.pdf.labels import plan_labels
from redactkit.report import RedactionLog


def _red(rid: str, width: float, codes: tuple[str, ...] = ()) -> Redaction:
    return Redaction(id=rid, page=0, rects=(Rect(72, 100, 72 + width, 114),), entity="PERSON",
                     exemption=codes[0] if codes else "(b)(6)", reason="privacy", text="Invented Name",
                     exemptions=codes)


def test_label_shows_every_code_where_it_fits_else_the_primary() -> None:
    wide = _red("w", 300, ("(b)(6)", "(b)(7)(C)"))
    narrow = _red("n", 20, ("(b)(6)", "(b)(7)(C)"))  # room for "(b)(6)" only, even at the smallest size
    single = _red("s", 300)
    labels = {lab.redaction_id: lab.text for lab in plan_labels([wide, narrow, single], {})[0]}
    assert labels == {"w": "(b)(6), (b)(7)(C)", "n": "(b)(6)", "s": "(b)(6)"}


def test_csv_log_and_exemption_index_list_every_code() -> None:
    reds = [_red("a", 100, ("(b)(6)", "(b)(7)(C)")), _red("b", 100, ("(b)(6)", "(b)(7)(C)")), _red("c", 100)]
    log = RedactionLog(policy={"name": "p"}, source={"path": "r.pdf"}, output=None, redactions=reds)
    rows = list(csv.DictReader(io.StringIO(log.to_csv())))
    assert [r["exemption"] for r in rows] == ["(b)(6), (b)(7)(C)", "(b)(6), (b)(7)(C)", "(b)(6)"]
    assert log.exemption_index() == [
        {"page": 1, "exemption": "(b)(6)", "reason": "privacy", "count": 1},
        {"page": 1, "exemption": "(b)(6), (b)(7)(C)", "reason": "privacy", "count": 2},
    ]
