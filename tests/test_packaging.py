"""`pip install .` (not only editable) must carry the ontology, shapes, reference files and queries."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--no-deps",
            "--no-build-isolation",
            "-q",
            "-w",
            str(out),
            str(ROOT),
        ],
        check=True,
        capture_output=True,
    )
    (built,) = out.glob("policy_kg-*.whl")
    return built


def test_wheel_ships_ontology_and_reference(wheel: Path):
    names = set(zipfile.ZipFile(wheel).namelist())
    assert "kg/_ontology/policy-kg.ttl" in names
    assert "kg/_ontology/shapes.ttl" in names
    assert {"kg/_ontology/reference/countries.ttl", "kg/_ontology/reference/frameworks.ttl"} <= names
    assert any(n.startswith("kg/queries/") and n.endswith(".rq") for n in names)
    assert {"kg/templates/graph.html", "kg/templates/graph.js"} <= names


def test_installed_package_finds_its_files_from_any_folder(wheel: Path, tmp_path: Path):
    site = tmp_path / "site"
    zipfile.ZipFile(wheel).extractall(site)
    code = (
        "import kg.resources as r; d = r.ontology_dir(); "
        "print(d); assert d.name == '_ontology', d; "
        "assert r.shapes_file().is_file(); assert len(r.reference_files()) >= 4"
    )
    proc = subprocess.run(
        [sys.executable, "-c", code],
        cwd=tmp_path,
        env={"PYTHONPATH": str(site), "PATH": "/usr/bin:/bin"},
        capture_output=True,
        text=True,
    )
    assert proc.returncode == 0, proc.stderr
    assert str(site) in proc.stdout
