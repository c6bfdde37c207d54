"""The README's complete rule-file example is a valid policy."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

from redactkit.policy import load_policy

ROOT = Path(__file__).resolve().parents[1]


def test_readme_rule_example_loads(tmp_path: Path) -> None:
    readme = (ROOT / "README.md").read_text()
    block = re.search(r"A complete example.*?```yaml\n(.*?)```", readme, re.S)
    assert block, "README lost its rule-file example"
    (tmp_path / "exemptions").mkdir()
    shutil.copy(ROOT / "rules" / "exemptions" / "example-state.yaml", tmp_path / "exemptions")
    (tmp_path / "roster.txt").write_text("Daniel Reyes\nKaren Walsh\n")
    rules = tmp_path / "springfield.yaml"
    rules.write_text(block.group(1))
    policy = load_policy(rules)
    assert policy.name == "springfield-pd-release"
    assert policy.redact["PERSON"].code == "(b)(7)(C)"
    assert policy.is_allowed("Springfield Police Department")
    assert not policy.is_allowed("Maria Gutierrez")
    assert "OFFICER" in policy.keep


def _api_tour_code() -> str:
    readme = (ROOT / "README.md").read_text()
    section = re.search(r"^### Python\n(.*?)^## ", readme, re.S | re.M)
    assert section, "README lost its Python API tour"
    blocks = re.findall(r"```python\n(.*?)```", section.group(1), re.S)
    assert blocks, "the API tour has no python code block"
    return "\n".join(blocks)


def test_readme_python_example_passes_mypy(tmp_path: Path) -> None:
    """The API tour type-checks under mypy --strict, and a wrong call in it would be caught."""
    import os
    import subprocess
    import sys

    code = _api_tour_code()
    assert "redact_bytes" in code and "analyze_text" in code
    good = tmp_path / "readme_tour.py"
    good.write_text(code)
    # the same tour with a wrong call: a str where bytes are expected
    bad = tmp_path / "readme_wrong.py"
    bad.write_text(code.replace("redactor.redact_bytes(data,", "redactor.redact_bytes(str(data),"))
    assert bad.read_text() != code
    env = {**os.environ, "MYPYPATH": str(ROOT / "src")}
    out = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--follow-imports=silent", "--no-incremental",
         "--ignore-missing-imports", "--config-file", os.devnull, "--python-version", "3.11",
         str(good), str(bad)],
        capture_output=True, text=True, cwd=tmp_path, env=env,
    )
    lines = [ln for ln in out.stdout.splitlines() if ": error:" in ln]
    assert not [ln for ln in lines if "readme_tour.py" in ln], out.stdout
    assert [ln for ln in lines if "readme_wrong.py" in ln and "redact_bytes" in ln], out.stdout
