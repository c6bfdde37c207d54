"""Log-to-log diff: matching by page and overlapping rectangles, not ids."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest

from redactkit.cli import main
from redactkit.model import Rect, Redaction
from redactkit.report import RedactionLog
from redactkit.review.logdiff import diff_logs, diff_redactions, match_score


def red(rid: str, rect: tuple[float, float, float, float], *, page: int = 0, text: str = "Linda Chen",
        exemption: str = "(b)(7)(C)", entity: str = "PERSON", status: str = "proposed") -> Redaction:
    return Redaction(id=rid, page=page, rects=(Rect(*rect),), entity=entity, exemption=exemption,
                     reason="private person", text=text, status=status)  # type: ignore[arg-type]


def test_same_rect_new_id_is_unchanged() -> None:
    d = diff_redactions([red("a1", (10, 10, 60, 20))], [red("zz", (10, 10, 60, 20))])
    assert d.empty and d.unchanged == 1


def test_added_dropped_and_page_matters() -> None:
    old = [red("a", (10, 10, 60, 20)), red("b", (10, 40, 60, 50))]
    new = [red("a", (10, 10, 60, 20), page=1), red("b", (10, 40, 60, 50)), red("c", (200, 40, 260, 50))]
    d = diff_redactions(old, new)
    assert [r.id for r in d.added] == ["a", "c"]
    assert [r.id for r in d.dropped] == ["a"]
    assert d.unchanged == 1


def test_changed_by_iou_and_by_containment() -> None:
    old = [red("a", (10, 10, 60, 20)), red("b", (100, 10, 200, 20), text="Linda Chen")]
    new = [
        red("a2", (12, 10, 62, 20), exemption="(b)(6)"),  # IoU ~0.92, new code
        red("b2", (160, 10, 200, 20), text="Chen"),        # inside the old box: IoU 0.4, containment
    ]
    assert 0 < match_score(old[1], new[1]) < 0.5
    d = diff_redactions(old, new)
    assert not d.added and not d.dropped
    fields = {c.old.id: c.fields for c in d.changed}
    assert fields == {"a": ("exemption", "rects"), "b": ("text", "rects")}


def test_small_overlap_is_no_match() -> None:
    d = diff_redactions([red("a", (10, 10, 60, 20))], [red("b", (50, 10, 100, 20))])
    assert len(d.added) == 1 and len(d.dropped) == 1


def test_rejected_counts_as_dropped_and_best_match_wins() -> None:
    old = [red("a", (10, 10, 60, 20)), red("b", (70, 10, 120, 20))]
    new = [red("a", (10, 10, 60, 20), status="rejected"), red("b", (70, 10, 120, 20)),
           red("b-dup", (71, 10, 121, 20))]
    d = diff_redactions(old, new)
    assert [r.id for r in d.dropped] == ["a"]
    assert d.unchanged == 1 and not d.changed  # b matches b exactly, not the near copy
    assert [r.id for r in d.added] == ["b-dup"]


def _log(reds: list[Redaction], policy: str) -> RedactionLog:
    return RedactionLog(policy={"name": policy}, source={"path": "r.pdf", "sha256": "s"}, output=None,
                        redactions=reds)


def test_cli_text_and_json(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Like diff(1): exit 1 when the logs differ, 0 when they burn the same redactions."""
    old = [red("a", (10, 10, 60, 20)), red("b", (10, 40, 60, 50), text="555-0143", entity="PHONE_NUMBER")]
    new = [replace(old[0], id="a9", exemption="(b)(6)"), red("c", (10, 70, 60, 80), text="DX 48213",
                                                              entity="LICENSE_PLATE")]
    (tmp_path / "old.json").write_text(_log(old, "base").to_json())
    (tmp_path / "new.json").write_text(_log(new, "strict").to_json())
    assert main(["diff", str(tmp_path / "old.json"), str(tmp_path / "new.json")]) == 1
    text = capsys.readouterr().out
    assert "1 added, 1 dropped, 1 changed, 0 unchanged" in text
    assert "+ page 1  (b)(7)(C)  LICENSE_PLATE    'DX 48213'  [c]" in text
    assert "- page 1" in text and "'555-0143'" in text
    assert "~ page 1  (b)(6)" in text and "exemption '(b)(7)(C)' -> '(b)(6)'" in text
    assert main(["diff", str(tmp_path / "old.json"), str(tmp_path / "new.json"), "--json"]) == 1
    data = json.loads(capsys.readouterr().out)
    assert data["summary"] == {"added": 1, "dropped": 1, "changed": 1, "unchanged": 0}
    assert data["changed"][0]["fields"] == ["exemption"]
    assert data["old"]["policy"] == "base" and data["new"]["policy"] == "strict"
    assert diff_logs(_log(old, "a"), _log(old, "a")).empty
    (tmp_path / "same.json").write_text(_log(old, "strict").to_json())
    assert main(["diff", str(tmp_path / "old.json"), str(tmp_path / "same.json")]) == 0
    assert "0 added, 0 dropped, 0 changed, 2 unchanged" in capsys.readouterr().out


def test_cli_unreadable_log(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "x.json").write_text("{}")
    assert main(["diff", str(tmp_path / "x.json"), str(tmp_path / "x.json")]) == 2
    assert "not a readable redactkit log" in capsys.readouterr().err
