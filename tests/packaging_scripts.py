"""The scripts of ``packaging/`` as modules, for the tests of what they make."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

PACKAGING = Path(__file__).resolve().parent.parent / "packaging"
BUILD = PACKAGING / "build.py"


def packaging_script(name: str) -> ModuleType:
    """``packaging/NAME.py`` as a module (the scripts are not part of the package)."""
    spec = importlib.util.spec_from_file_location(f"coordinator_{name}", PACKAGING / f"{name}.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def build_script() -> ModuleType:
    """packaging/build.py as a module."""
    return packaging_script("build")
