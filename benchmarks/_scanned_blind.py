"""The ``scanned-blind`` accuracy set: records the rules were not tuned on, scanned at run time.

The ``scanned`` set (``sample_docs/scanned/``) is the *tuning* records rasterised, so it
flatters the OCR path: the detection rules were written on those very layouts. This set
takes a fixed selection of one-page records from the holdout and blind sets (one to two
per set, a spread of record kinds: incident and field-interview forms, bookings,
landscape logs and CAD screens, letters, memos, rosters, evidence and patient-care forms)
and passes each through the same scanner model as ``sample_docs/make_scanned.py``
(:func:`make_scanned.build_variant`): rendered to grayscale, skewed, blurred, dust,
sensor noise, levels, JPEG artefacts, one page upside down, put back on a page of the
source's size as an image-only PDF. Two thirds are scanned at 200 dpi (JPEG quality
55-65, like ``scanned``), one third at 300 dpi.

The truth boxes go through the same transform as the pixels (make_scanned's
``_transform_truth``: each born-digital box's four corners rotated about the page centre,
then turned 180 degrees for the upside-down page; the truth box is their bounding box),
so scoring is exact up to that bounding box; skews are kept within 1.6 degrees so the
box grows by at most a few points.

Deterministic: each variant's noise seed comes from its file name (make_scanned's rule),
the PDF metadata is fixed; two builds give byte-identical files. Nothing is committed:
the set is built into a temporary folder on every run (about a second a page), from the
committed born-digital PDFs and truth files.

Whole one-page documents only: a page cut from a longer record would lose the context
(a name introduced on page 1) that the pipeline rightly uses, and the truth's
multi-page items would need splitting.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "sample_docs"
NAME = "scanned-blind"


def _make_scanned() -> ModuleType:
    mod = sys.modules.get("make_scanned")
    if mod is None:
        spec = importlib.util.spec_from_file_location("make_scanned", SAMPLES / "make_scanned.py")
        assert spec and spec.loader
        mod = importlib.util.module_from_spec(spec)
        sys.modules["make_scanned"] = mod  # dataclasses look their module up by name
        spec.loader.exec_module(mod)
    return mod


#: (source under sample_docs/, dpi, skew in degrees, upside down, JPEG quality, blur radius)
SELECTION: tuple[tuple[str, int, float, bool, int, float], ...] = (
    ("holdout/sheriff_incident_h01", 200, 1.2, False, 60, 0.7),
    ("holdout/teletype_atl_h02", 300, -0.6, False, 65, 0.8),
    ("blind/psu_crime_log_b02", 300, 0.5, False, 60, 0.8),
    ("blind/pcso_booking_b03", 200, -1.1, False, 60, 0.7),
    ("blind2/tcec_cad_w02", 200, 0.8, False, 65, 0.6),
    ("blind3/qspd_field_interview_b08", 200, 1.6, False, 55, 0.9),
    ("blind4/fspd_trespass_notice_c06", 300, -0.9, False, 60, 0.8),
    ("blind5/ofpd_found_property_letter_d06", 200, 0.4, True, 60, 0.7),
    ("blind6/kpd_keyholder_cards_e09", 200, -1.4, False, 60, 0.7),
    ("blind7/mcpd_phone_extraction_summary_f08", 300, 1.0, False, 65, 0.8),
    ("blind8/onpd_check_fraud_memo_g11", 200, -0.3, False, 55, 0.7),
    ("blind9/hcems_patient_care_report_h02", 200, 0.9, False, 60, 0.7),
    ("blind10/pfpd_neighborhood_watch_roster_i06", 300, -1.2, False, 60, 0.8),
)


def variants() -> list:  # noqa: ANN401 - make_scanned.Variant, loaded at run time
    """The set's scanner variants, in a fixed order."""
    ms = _make_scanned()
    out = []
    for source, dpi, skew, upside_down, quality, blur in SELECTION:
        stem = source.rsplit("/", 1)[-1]
        out.append(ms.Variant(f"{stem}_scan.pdf", source, "pdf", dpi,
                              (ms.PageSpec(skew, upside_down=upside_down),),
                              jpeg_quality=quality, blur=blur))
    return out


def build(out_dir: Path) -> list[Path]:
    """Write the set's image-only PDFs and their ``*.truth.json`` into ``out_dir``; the PDFs."""
    ms = _make_scanned()
    return [ms.build_variant(v, out_dir, SAMPLES)[0] for v in variants()]


if __name__ == "__main__":  # build into a folder to look at: python benchmarks/_scanned_blind.py DIR
    for p in build(Path(sys.argv[1] if len(sys.argv) > 1 else "scanned-blind")):
        print(p)
