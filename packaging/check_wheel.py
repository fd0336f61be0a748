"""Build the wheel, install it in a fresh virtual environment and check that it starts.

Usage::

    python packaging/check_wheel.py [--wheel FILE] [--python PYTHON] [--keep]
                                    [--no-build-isolation]

Steps, each printed as it runs; the first failure stops the check with exit 1:

1. build the wheel with ``pip wheel`` (or take ``--wheel FILE``);
2. check that it carries the demo program, the compiled translations, the
   database migrations and the ``coordinator`` entry point;
3. create a virtual environment and ``pip install`` the wheel into it, which
   fetches the dependencies from the package index as a user's install would;
4. from a folder outside the source tree, run ``coordinator --version``,
   ``coordinator --db DB demo``, ``coordinator --db DB programs --json`` and
   ``coordinator --db DB participants --program CODE --json`` and check the output.
"""

from __future__ import annotations

import argparse
import configparser
import json
import os
import shutil
import subprocess
import sys
import tempfile
import zipfile
from collections.abc import Sequence
from pathlib import Path, PurePosixPath

REPOSITORY = Path(__file__).resolve().parent.parent
ENTRY_POINT = ("coordinator", "coordinator.cli:main")
TIMEOUT = 900


class CheckFailedError(Exception):
    """One step of the check failed; the message says which and why."""


def _step(message: str) -> None:
    print(f"==> {message}", flush=True)


def _run(command: Sequence[str | Path], *, cwd: Path, env: dict[str, str] | None = None) -> str:
    """Run ``command``, return its standard output, fail with its output on error."""
    printable = " ".join(str(part) for part in command)
    print(f"    $ {printable}", flush=True)
    result = subprocess.run(
        [str(part) for part in command],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        check=False,
        timeout=TIMEOUT,
    )
    if result.returncode != 0:
        msg = (
            f"{printable} exited with {result.returncode}\n"
            f"--- stdout ---\n{result.stdout}\n--- stderr ---\n{result.stderr}"
        )
        raise CheckFailedError(msg)
    return result.stdout


def build_wheel(output: Path, *, isolation: bool) -> Path:
    """Build the project's wheel into ``output`` and return its path."""
    command: list[str | Path] = [sys.executable, "-m", "pip", "wheel", REPOSITORY, "--no-deps"]
    command += ["--wheel-dir", output, "--disable-pip-version-check", "--quiet"]
    if not isolation:
        command.append("--no-build-isolation")
    _run(command, cwd=output)
    wheels = sorted(output.glob("coordinator-*.whl"))
    if len(wheels) != 1:
        msg = f"expected one coordinator wheel in {output}, found {wheels}"
        raise CheckFailedError(msg)
    return wheels[0]


def check_contents(wheel: Path) -> None:
    """Check that ``wheel`` carries the resources, the migrations and the entry point."""
    with zipfile.ZipFile(wheel) as archive:
        names = archive.namelist()
        entry_points = [name for name in names if name.endswith(".dist-info/entry_points.txt")]
        scripts = archive.read(entry_points[0]).decode() if entry_points else ""
    paths = [PurePosixPath(name) for name in names]
    required = {
        "the demo program (coordinator/resources/demo/*.json)": "coordinator/resources/demo/*.json",
        "compiled translations (coordinator/resources/translations/*.qm)": (
            "coordinator/resources/translations/*.qm"
        ),
        "the migration environment": "coordinator/store/migrations/env.py",
        "the migration template": "coordinator/store/migrations/script.py.mako",
        "the first migration": "coordinator/store/migrations/versions/0001_*.py",
    }
    missing = [what for what, pattern in required.items() if not _any_match(paths, pattern)]
    source_migrations = {
        path.name for path in (REPOSITORY / "coordinator/store/migrations/versions").glob("*.py")
    }
    shipped_migrations = {
        path.name
        for path in paths
        if path.parent == PurePosixPath("coordinator/store/migrations/versions")
    }
    missing += [f"the migration {name}" for name in sorted(source_migrations - shipped_migrations)]
    parsed = configparser.ConfigParser()
    parsed.read_string(scripts)
    name, target = ENTRY_POINT
    if parsed.get("console_scripts", name, fallback=None) != target:
        missing.append(f"the console script entry point '{name} = {target}'")
    if missing:
        msg = f"{wheel.name} lacks " + "; ".join(missing)
        raise CheckFailedError(msg)
    print(f"    {wheel.name}: {len(names)} files, resources, migrations and entry point present")


def _any_match(paths: list[PurePosixPath], pattern: str) -> bool:
    return any(path.match(pattern) for path in paths)


def _bin(venv: Path, name: str) -> Path:
    folder = venv / ("Scripts" if os.name == "nt" else "bin")
    suffix = ".exe" if os.name == "nt" else ""
    return folder / f"{name}{suffix}"


def install(wheel: Path, venv: Path, python: str) -> None:
    """Create ``venv`` with ``python`` and install ``wheel`` with its dependencies."""
    _run([python, "-m", "venv", venv], cwd=venv.parent)
    _run(
        [_bin(venv, "python"), "-m", "pip", "install", "--disable-pip-version-check", wheel],
        cwd=venv.parent,
    )


def _environment() -> dict[str, str]:
    """The user's environment without anything that could reach the source tree."""
    env = {key: value for key, value in os.environ.items() if not key.startswith("PYTHON")}
    env["QT_QPA_PLATFORM"] = "offscreen"
    return env


def run_installed(venv: Path, work: Path) -> None:
    """Run the installed command line and check what it prints."""
    env = _environment()
    location = _run(
        [_bin(venv, "python"), "-c", "import coordinator; print(coordinator.__file__)"],
        cwd=work,
        env=env,
    ).strip()
    if Path(location).resolve().is_relative_to(REPOSITORY):
        msg = f"the virtual environment imports the source tree ({location}), not the wheel"
        raise CheckFailedError(msg)

    coordinator = _bin(venv, "coordinator")
    version = _run([coordinator, "--version"], cwd=work, env=env).strip()
    print(f"    {version}")
    if not version:
        msg = "coordinator --version printed nothing"
        raise CheckFailedError(msg)

    database = work / "check.sqlite"
    _run([coordinator, "--db", database, "demo"], cwd=work, env=env)
    programs = _json([coordinator, "--db", database, "programs", "--json"], work, env)
    if not isinstance(programs, list) or not programs:
        msg = f"programs --json listed no program after demo: {programs!r}"
        raise CheckFailedError(msg)
    for program in programs:
        _require_keys(program, ("code", "title", "start", "end"), "programs --json")
    code = str(programs[0]["code"])
    print(f"    programs: {', '.join(str(program['code']) for program in programs)}")

    roster = _json(
        [coordinator, "--db", database, "participants", "--program", code, "--json"], work, env
    )
    if not isinstance(roster, list) or not roster:
        msg = f"participants --program {code} --json listed nobody: {roster!r}"
        raise CheckFailedError(msg)
    for person in roster:
        _require_keys(person, ("name", "title", "organization", "role"), "participants --json")
    print(f"    participants of {code}: {len(roster)}")


def _json(command: Sequence[str | Path], work: Path, env: dict[str, str]) -> object:
    output = _run(command, cwd=work, env=env)
    try:
        return json.loads(output)
    except json.JSONDecodeError as error:
        msg = f"{command[-1]} did not print JSON ({error}): {output[:500]!r}"
        raise CheckFailedError(msg) from error


def _require_keys(item: object, keys: tuple[str, ...], what: str) -> None:
    if not isinstance(item, dict) or not set(keys) <= set(item):
        msg = f"{what}: expected an object with {', '.join(keys)}, got {item!r}"
        raise CheckFailedError(msg)


def main(argv: Sequence[str] | None = None) -> int:
    """Run the whole check; return 0 when the wheel installs and works, else 1."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--wheel", type=Path, help="check this wheel instead of building one")
    parser.add_argument(
        "--python", default=sys.executable, help="interpreter for the virtual environment"
    )
    parser.add_argument("--keep", action="store_true", help="keep the temporary folder")
    parser.add_argument(
        "--no-build-isolation",
        action="store_true",
        help="build with the backend installed beside this Python (offline)",
    )
    options = parser.parse_args(argv)

    work = Path(tempfile.mkdtemp(prefix="coordinator-wheel-check-"))
    try:
        if options.wheel:
            wheel = options.wheel.resolve()
            _step(f"checking {wheel}")
        else:
            _step("building the wheel")
            wheel = build_wheel(work, isolation=not options.no_build_isolation)
        _step("checking its contents")
        check_contents(wheel)
        _step(f"installing it into a fresh virtual environment ({options.python})")
        install(wheel, work / "venv", options.python)
        _step("running the installed application")
        run_installed(work / "venv", work)
    except (CheckFailedError, subprocess.TimeoutExpired) as error:
        print(f"FAILED: {error}", file=sys.stderr)
        return 1
    finally:
        if options.keep:
            print(f"kept {work}")
        else:
            shutil.rmtree(work, ignore_errors=True)
    _step("the wheel installs and runs")
    return 0


if __name__ == "__main__":
    sys.exit(main())
