"""The core stays framework-free: the import-linter contract holds and can fail."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
LINT_IMPORTS = Path(sys.executable).with_name("lint-imports")


def lint(cwd: Path, pythonpath: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(pythonpath)}
    return subprocess.run(
        [str(LINT_IMPORTS), "--no-cache"],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
    )


def test_it_keeps_the_core_free_of_django_and_the_web_layer() -> None:
    done = lint(ROOT, ROOT / "src")
    assert done.returncode == 0, done.stdout + done.stderr
    assert "The core is framework-free: no Django, no web layer KEPT" in done.stdout


def test_it_breaks_the_contract_when_the_core_imports_the_web_layer__error(
    tmp_path: Path,
) -> None:
    shutil.copytree(
        ROOT / "src" / "signaal",
        tmp_path / "src" / "signaal",
        ignore=shutil.ignore_patterns("__pycache__"),
    )
    shutil.copy(ROOT / "pyproject.toml", tmp_path / "pyproject.toml")
    (tmp_path / "src/signaal/core/leak.py").write_text("import signaal.web\n", encoding="utf-8")
    done = lint(tmp_path, tmp_path / "src")
    assert done.returncode == 1
    assert "BROKEN" in done.stdout
    assert "signaal.core.leak -> signaal.web" in done.stdout
