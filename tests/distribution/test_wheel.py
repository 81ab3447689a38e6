"""The sdist and the wheel hold everything the application needs: built, installed apart, and used.

`python -m build` makes the sdist, then the wheel from the sdist (as a release does). The wheel goes
into a fresh virtual environment; only its dependencies are borrowed from this test's environment
(a path to its site-packages, so no download), never `dpo_workbench` itself, whose modules must come
from the wheel. There it creates a demo data folder (the migrations run from the wheel), writes a
letter (fonts and templates), lists the due requests, loads its translations and opens its window.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import sysconfig
import venv
import zipfile
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parents[2]
PASSPHRASE = "correct horse battery staple"


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> dict[str, Path]:
    out = tmp_path_factory.mktemp("dist")
    # no isolation: the build backend is this environment's setuptools, so it works offline
    done = subprocess.run([sys.executable, "-m", "build", "--no-isolation", "--outdir", str(out), str(ROOT)],
                          capture_output=True, text=True, timeout=300, check=False)
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
    # e.g. a new resources/ folder not listed in pyproject.toml's `packages`: setuptools warns now, drops it later
    warnings = [line.strip() for line in (done.stdout + done.stderr).splitlines() if "WARNING" in line]
    assert warnings == [], "\n".join(warnings)
    (wheel,) = out.glob("dpo_workbench-*.whl")
    (sdist,) = out.glob("dpo_workbench-*.tar.gz")
    return {"wheel": wheel, "sdist": sdist}


def shipped_resources() -> set[str]:
    """The files of resources/ the application reads (the translation sources are compiled to .qm)."""
    tracked = subprocess.run(["git", "ls-files", "resources"], cwd=ROOT, capture_output=True, text=True,
                             check=True).stdout.split()
    return {name.removeprefix("resources/") for name in tracked if not name.endswith(".ts")}


def test_the_wheel_holds_every_resource_migration_and_licence(built):
    names = set(zipfile.ZipFile(built["wheel"]).namelist())
    prefix = "dpo_workbench/resources/"
    resources = {n.removeprefix(prefix) for n in names if n.startswith(prefix)}
    assert shipped_resources() <= resources
    assert not [n for n in names if n.endswith((".ts", ".pyc"))]
    versions = sorted(p.name for p in (ROOT / "dpo_workbench/store/migrations/versions").glob("0*.py"))
    assert {f"dpo_workbench/store/migrations/versions/{v}" for v in versions} <= names
    assert {"dpo_workbench/store/migrations/env.py", "dpo_workbench/store/migrations/script.py.mako"} <= names
    metadata = next(n for n in names if n.endswith(".dist-info/METADATA"))
    text = zipfile.ZipFile(built["wheel"]).read(metadata).decode()
    assert "License-Expression: LicenseRef-Proprietary" in text
    assert any(n.endswith(".dist-info/licenses/LICENSE") for n in names)


def test_the_sdist_holds_the_translation_sources_too(built):
    import tarfile

    with tarfile.open(built["sdist"]) as sdist:
        names = {n.split("/", 1)[1] for n in sdist.getnames() if "/" in n}
    assert {f"resources/{name}" for name in shipped_resources()} <= names
    assert {"resources/i18n/dpo_workbench_fr.ts", "LICENSE", "pyproject.toml"} <= names


@pytest.fixture(scope="module")
def installed(built, tmp_path_factory) -> Path:
    """A fresh venv with the wheel; the dependencies are this environment's, through a .pth file."""
    target = tmp_path_factory.mktemp("venv")
    venv.EnvBuilder(with_pip=False).create(target)
    bin_dir = target / ("Scripts" if os.name == "nt" else "bin")
    python = bin_dir / ("python.exe" if os.name == "nt" else "python")
    site = Path(subprocess.run([str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
                               capture_output=True, text=True, check=True).stdout.strip())
    # a path entry, not a site dir: the .pth files there (the editable install of the repository) are not run
    (site / "borrowed-dependencies.pth").write_text(sysconfig.get_paths()["purelib"] + "\n")
    # pip resolves the wheel's requirements against what is installed (no index): they must all be met
    done = subprocess.run([sys.executable, "-m", "pip", "--python", str(python), "install", "--no-index",
                           "--no-compile", str(built["wheel"])], capture_output=True, text=True, timeout=300,
                          check=False)
    assert done.returncode == 0, done.stdout + done.stderr
    return bin_dir


def run(bin_dir: Path, *args: str, data_dir: Path, env: dict[str, str] | None = None, cwd: Path | None = None):
    environment = {k: v for k, v in os.environ.items()
                   if k not in ("DISPLAY", "WAYLAND_DISPLAY", "DPO_WORKBENCH_HOME", "PYTHONPATH",
                                "DPO_WORKBENCH_BENCH_EXIT")}
    environment.update(PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring", DPO_WORKBENCH_PASSPHRASE=PASSPHRASE,
                       LC_ALL="C.UTF-8")
    environment.update(env or {})
    command = [str(bin_dir / "dpo-workbench"), "--data-dir", str(data_dir), *args]
    done = subprocess.run(command, capture_output=True, text=True, timeout=180, env=environment, cwd=cwd,
                          check=False)
    assert done.returncode == 0, done.stdout + done.stderr
    return done.stdout


def test_the_installed_wheel_runs_from_its_own_files(installed, tmp_path):
    python = installed / "python"
    where = subprocess.run([str(python), "-c", "import dpo_workbench, sys; print(dpo_workbench.__file__)"],
                           capture_output=True, text=True, cwd=tmp_path, check=True).stdout.strip()
    assert Path(where).is_relative_to(installed.parent)
    assert not Path(where).is_relative_to(ROOT)


def test_the_installed_wheel_makes_a_demo_and_a_letter(installed, tmp_path):
    data_dir = tmp_path / "data"
    assert "requests created" in run(installed, "demo", data_dir=data_dir, cwd=tmp_path)
    due = json.loads(run(installed, "due", "--format", "json", data_dir=data_dir, cwd=tmp_path))
    reference = due[0]["reference"]
    pdf = tmp_path / "letter.pdf"
    run(installed, "letter", reference, "acknowledgement", "--lang", "fr", "--out", str(pdf), data_dir=data_dir,
        cwd=tmp_path)

    from pypdf import PdfReader

    reader = PdfReader(pdf)
    text = " ".join(page.extract_text() for page in reader.pages)
    assert reference in text and "accusons réception" in text.lower()
    fonts = {str(font["/BaseFont"]).split("+")[-1]: font for page in reader.pages
             for font in page["/Resources"]["/Font"].values()}
    assert fonts and all(name.startswith("DejaVuSans") for name in fonts)
    descendant = [f["/DescendantFonts"][0].get_object() if "/DescendantFonts" in f else f for f in fonts.values()]
    assert all("/FontFile2" in d["/FontDescriptor"] for d in descendant)  # embedded, not referred to


def test_the_installed_wheel_opens_its_window_in_french(installed, tmp_path):
    data_dir = tmp_path / "data"
    run(installed, "demo", data_dir=data_dir, cwd=tmp_path)
    out = run(installed, data_dir=data_dir, cwd=tmp_path,
              env={"QT_QPA_PLATFORM": "offscreen", "DPO_WORKBENCH_BENCH_EXIT": "1", "LC_ALL": "fr_FR.UTF-8",
                   "LANG": "fr_FR.UTF-8"})
    assert out.startswith("first-page-shown ")
    log = (data_dir / "logs" / "dpo-workbench.log").read_text(encoding="utf-8")
    assert "from the Python package; language fr, translations qtbase_fr.qm, dpo_workbench_fr.qm" in log
