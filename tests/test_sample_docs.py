"""End to end on the bundled sample records: recall and keep-rate per category, x-ray clean.

Slow: runs the whole pipeline on every sample document. The numbers are printed
(``pytest -s -m slow tests/test_sample_docs.py``) and asserted against the targets of
the born-digital issue.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from _evaluate import Score, score_many

from redactkit import Redactor

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "sample_docs"

pytestmark = pytest.mark.slow

#: Structured identifiers that must never be missed.
MUST_BE_COMPLETE = ("SSN", "PHONE", "EMAIL", "DOB")


def _run(folder: Path, out: Path, redactor: Redactor, part: slice = slice(None)) -> Score:
    pairs = []
    for truth in sorted(folder.glob("*.truth.json"))[part]:
        stem = truth.name[: -len(".truth.json")]
        src = next(p for p in folder.glob(stem + ".*") if not p.name.endswith(".json"))
        dst = out / f"{stem}.redacted.pdf"
        log = redactor.redact(src, dst, log_path=out / f"{stem}.log.json")
        assert log.passed, f"{src.name}: verification failed"
        pairs.append((dst, truth))
    assert pairs
    return score_many(pairs)


def _report(title: str, score: Score) -> None:
    print(f"\n{title}\n" + score.format_table())
    for miss in score.misses:
        print("  miss:", miss)


def _assert_complete(score: Score) -> None:
    """Every structured identifier of :data:`MUST_BE_COMPLETE` present in the set was redacted."""
    for cat in MUST_BE_COMPLETE:
        counts = score.categories.get(cat)
        if counts is not None:
            assert counts.redacted == counts.redact_total, f"{cat}: {counts.redacted}/{counts.redact_total}"


@pytest.fixture(scope="module")
def tuning(tmp_path_factory: pytest.TempPathFactory, shared_redactor: Redactor) -> tuple[Score, Path]:
    out = tmp_path_factory.mktemp("samples")
    return _run(SAMPLES, out, shared_redactor), out


def test_recall_and_keep_rate(tuning: tuple[Score, Path]) -> None:
    score, _out = tuning
    _report("sample_docs (born-digital, police-public-release)", score)
    assert score.recall >= 0.95
    assert score.keep_rate >= 0.95
    assert all(cat in score.categories for cat in MUST_BE_COMPLETE)
    _assert_complete(score)


def test_holdout_reported(tmp_path: Path, shared_redactor: Redactor) -> None:
    """A second style set. Its misses were read and fixed with general rules, so it is a
    regression guard, not a blind measure (that is sample_docs/blind)."""
    score = _run(SAMPLES / "holdout", tmp_path, shared_redactor)
    _report("sample_docs/holdout (tuned on after a first look)", score)
    _assert_complete(score)


def test_xray_finds_no_bad_redactions(tuning: tuple[Score, Path]) -> None:
    from test_xray_check import assert_no_bad_redactions

    _score, out = tuning
    assert_no_bad_redactions([out])


# Two halves (alternate documents) so that pytest-xdist can run them on two workers: OCR of
# the whole set is the longest single test. Each half holds SSN, phone, e-mail and DOB items.
@pytest.mark.parametrize("half", [0, 1], ids=["even", "odd"])
def test_scanned_samples(tmp_path: Path, shared_redactor: Redactor, half: int) -> None:
    """Scanned variants (image PDFs with skew/blur/JPEG, an upside-down page, TIFF G4 and
    gray, PNG, a phone photo): real Tesseract end to end, re-OCR verified, x-ray clean."""
    from test_xray_check import assert_no_bad_redactions

    score = _run(SAMPLES / "scanned", tmp_path, shared_redactor, slice(half, None, 2))
    _report(f"sample_docs/scanned (OCR), half {half}", score)
    assert score.recall >= 0.95
    assert score.keep_rate >= 0.90
    assert all(cat in score.categories for cat in MUST_BE_COMPLETE)
    _assert_complete(score)
    assert_no_bad_redactions([tmp_path])


def test_blind_set_reported(tmp_path: Path, shared_redactor: Redactor) -> None:
    """Records written by someone who never saw the rules (sample_docs/blind). Measured once
    blind (recall 0.79, keep 0.93); general failure classes were fixed afterwards, so the
    printed numbers are no longer blind and the floors only guard against regressions."""
    score = _run(SAMPLES / "blind", tmp_path, shared_redactor)
    _report("sample_docs/blind (first measured blind; see docstring)", score)
    assert score.recall >= 0.75
    assert score.keep_rate >= 0.90


def test_blind2_set_reported(tmp_path: Path, shared_redactor: Redactor) -> None:
    """The second blind set (sample_docs/blind2, written 2026-11-29 without reading the rules).
    First measured blind: recall 0.742 (0.772 without the 8 ages the police profile keeps on
    purpose), keep-rate 0.901. General classes were fixed afterwards (ALL-CAPS names, street
    suffixes, licence labels, officers across pages: 0.815 / 0.909), so the printed numbers
    are no longer blind; the floors guard against regressions."""
    score = _run(SAMPLES / "blind2", tmp_path, shared_redactor)
    _report("sample_docs/blind2 (first measured blind 0.742 / 0.901; see docstring)", score)
    assert score.recall >= 0.79
    assert score.keep_rate >= 0.89
