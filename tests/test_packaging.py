"""The wheel carries everything an installed application needs.

Builds the wheel once (no virtual environment, no download when the build
backend is installed beside the running Python) and checks its file list, its
metadata and that the package runs from the wheel's own files. The full check
with a fresh virtual environment is ``packaging/check_wheel.py``.
"""

from __future__ import annotations

import importlib.util
import json
import subprocess
import sys
import textwrap
import tomllib
import zipfile
from importlib import metadata
from pathlib import Path, PurePosixPath

import pytest
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

import coordinator

REPOSITORY = Path(__file__).resolve().parent.parent
RESOURCES = REPOSITORY / "resources"
MIGRATIONS = REPOSITORY / "coordinator" / "store" / "migrations"


def build_wheel(output: Path) -> Path:
    """Build the project's wheel into ``output`` with pip and return its path.

    With the build backend (hatchling) installed beside this Python the build is
    offline; otherwise pip fetches the backend into an isolated environment.
    """
    command = [sys.executable, "-m", "pip", "wheel", str(REPOSITORY), "--no-deps"]
    command += ["--wheel-dir", str(output), "--quiet", "--disable-pip-version-check"]
    if importlib.util.find_spec("hatchling") is not None:
        command.append("--no-build-isolation")
    result = subprocess.run(command, capture_output=True, text=True, check=False, timeout=300)
    assert result.returncode == 0, result.stdout + result.stderr
    (wheel,) = output.glob("coordinator-*.whl")
    return wheel


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_wheel(tmp_path_factory.mktemp("wheel"))


@pytest.fixture(scope="module")
def names(wheel: Path) -> set[str]:
    with zipfile.ZipFile(wheel) as archive:
        return set(archive.namelist())


@pytest.fixture(scope="module")
def distribution(wheel: Path) -> metadata.Distribution:
    archive = zipfile.Path(wheel)
    (dist_info,) = (entry for entry in archive.iterdir() if entry.name.endswith(".dist-info"))
    return metadata.PathDistribution(dist_info)


def _shipped(folder: Path, suffixes: tuple[str, ...] = ()) -> set[str]:
    """The files under ``folder`` a wheel must carry (caches and compiled Python aside)."""
    return {
        path.relative_to(folder).as_posix()
        for path in folder.rglob("*")
        if path.is_file()
        and "__pycache__" not in path.parts
        and path.suffix != ".pyc"
        and (not suffixes or path.suffix in suffixes)
    }


def _normal(requirement: Requirement) -> tuple[str, str, str]:
    name = canonicalize_name(requirement.name)
    return name, str(requirement.specifier), str(requirement.marker or "")


def _under(names: set[str], prefix: str) -> set[str]:
    return {name.removeprefix(prefix) for name in names if name.startswith(prefix)}


def test_the_wheel_is_named_for_this_version(wheel: Path) -> None:
    assert wheel.name == f"coordinator-{coordinator.__version__}-py3-none-any.whl"


def test_entry_point_runs_the_command_line(distribution: metadata.Distribution) -> None:
    scripts = distribution.entry_points.select(group="console_scripts")
    assert [(entry.name, entry.value) for entry in scripts] == [
        ("coordinator", "coordinator.cli:main")
    ]
    assert distribution.metadata["Name"] == "coordinator"
    assert distribution.version == coordinator.__version__
    assert distribution.metadata["Requires-Python"] == ">=3.11"


def test_metadata_requires_what_pyproject_declares(distribution: metadata.Distribution) -> None:
    with (REPOSITORY / "pyproject.toml").open("rb") as file:
        declared = tomllib.load(file)["project"]["dependencies"]
    required = [Requirement(text) for text in distribution.requires or []]
    runtime = {_normal(r) for r in required if r.marker is None or "extra" not in str(r.marker)}
    assert runtime == {_normal(Requirement(text)) for text in declared}


def test_demo_program_is_inside(names: set[str]) -> None:
    demo = _under(names, "coordinator/resources/demo/")
    assert any(PurePosixPath(name).suffix == ".json" for name in demo)
    assert _shipped(RESOURCES / "demo") <= demo


def test_every_resource_is_inside(names: set[str]) -> None:
    assert _shipped(RESOURCES) <= _under(names, "coordinator/resources/")


def test_translations_are_inside_compiled(names: set[str]) -> None:
    sources = {name.removesuffix(".ts") for name in _shipped(RESOURCES / "translations", (".ts",))}
    compiled = _shipped(RESOURCES / "translations", (".qm",))
    if not sources and not compiled:
        pytest.skip("resources/translations holds no translation yet")
    shipped = _under(names, "coordinator/resources/translations/")
    assert {f"{name}.qm" for name in sources} | compiled <= shipped
    assert any(name.endswith(".qm") for name in shipped)


def test_migrations_are_inside(names: set[str]) -> None:
    shipped = _under(names, "coordinator/store/migrations/")
    assert {"env.py", "script.py.mako"} <= shipped
    assert _shipped(MIGRATIONS) <= shipped
    assert any(name.startswith("versions/0001_") for name in shipped)


def test_nothing_that_does_not_belong(names: set[str]) -> None:
    packages = {name.split("/", 1)[0] for name in names}
    assert packages == {"coordinator", f"coordinator-{coordinator.__version__}.dist-info"}
    assert not [name for name in names if "__pycache__" in name or name.endswith(".pyc")]
    assert not [name for name in names if name.endswith((".sqlite", ".sqlite-wal"))]


def test_the_package_runs_from_the_wheel_alone(wheel: Path, tmp_path: Path) -> None:
    """Unpacked wheel first on the path: resources and migrations come from it."""
    unpacked = tmp_path / "unpacked"
    with zipfile.ZipFile(wheel) as archive:
        archive.extractall(unpacked)
    script = textwrap.dedent(
        f"""
        import json, sys
        from pathlib import Path
        sys.path.insert(0, {str(unpacked)!r})
        import coordinator
        from coordinator.resource_files import resources_root
        from coordinator.store import open_database
        from coordinator.store.database import current_revision
        from coordinator.store.migrating import head_revision

        database = open_database(Path({str(tmp_path / "installed.sqlite")!r}))
        with database.engine.connect() as connection:
            revision = current_revision(connection)
        database.close()
        print(json.dumps({{
            "package": coordinator.__file__,
            "resources": str(resources_root()),
            "demo": sorted(p.name for p in (resources_root() / "demo").glob("*.json")),
            "at_head": revision == head_revision(),
        }}))
        """
    )
    result = subprocess.run(
        [sys.executable, "-I", "-c", script],
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
        cwd=tmp_path,
    )
    assert result.returncode == 0, result.stderr
    found = json.loads(result.stdout)
    assert Path(found["package"]).is_relative_to(unpacked)
    assert Path(found["resources"]) == unpacked / "coordinator" / "resources"
    assert found["demo"]
    assert found["at_head"]
