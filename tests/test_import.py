"""`import redactkit` stays light: heavy dependencies load only on first use."""

from __future__ import annotations

import subprocess
import sys


def test_import_does_not_load_spacy_or_presidio() -> None:
    code = (
        "import sys, redactkit; "
        "heavy = [m for m in ('spacy', 'presidio_analyzer', 'pymupdf') if m in sys.modules]; "
        "print(','.join(heavy))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == ""


def test_public_names_resolve_lazily() -> None:
    import redactkit

    assert redactkit.VerificationError.exit_code == 3
    assert redactkit.PolicyError.exit_code == 2
    assert "Redactor" in redactkit.__all__
