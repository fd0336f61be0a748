"""Locate the files under ``resources/``: icons, translations, the demo program.

An installed wheel carries them inside the package as ``coordinator/resources``;
a source checkout (including an editable install) keeps them at the top of the
repository. Both layouts are looked up here and nowhere else. The one-folder
application of ``packaging/build.py`` keeps the wheel's layout: its modules'
``__file__`` lie in the folder's ``_internal/coordinator/``, beside ``resources``.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


@cache
def resources_root() -> Path:
    """Return the folder that holds the application's resources.

    Raises:
        FileNotFoundError: neither layout is present (a broken installation).
    """
    for candidate in (_PACKAGE / "resources", _PACKAGE.parent / "resources"):
        if (candidate / "demo").is_dir():
            return candidate
    msg = "The application's resources folder is missing; reinstall the application"
    raise FileNotFoundError(msg)


def resource_path(*parts: str) -> Path:
    """Return the path of a resource, e.g. ``resource_path("demo", "x.json")``."""
    return resources_root().joinpath(*parts)
