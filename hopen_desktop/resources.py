"""Where the data files of resources/ are, from a checkout, a wheel or a frozen bundle."""

from __future__ import annotations

import sys
from functools import cache
from importlib import resources as importlib_resources
from pathlib import Path


@cache
def resources_dir() -> Path:
    """The folder holding referentials/, translations/, icons/."""
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root is not None:  # PyInstaller bundle: declared as data "resources"
        return Path(frozen_root) / "resources"
    checkout = Path(__file__).resolve().parent.parent / "resources"
    if (checkout / "referentials").is_dir():
        return checkout
    # Installed wheel: resources/ is the data-only package hopen_desktop_resources.
    return Path(str(importlib_resources.files("hopen_desktop_resources")))


def resource_path(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)


@cache
def docs_dir() -> Path:
    """The folder holding the user guide (guide/) and its screenshots (screenshots/)."""
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root is not None:
        return Path(frozen_root) / "docs"
    checkout = Path(__file__).resolve().parent.parent / "docs"
    if (checkout / "guide").is_dir():
        return checkout
    # Installed wheel: docs/ is the data-only package hopen_desktop_docs.
    return Path(str(importlib_resources.files("hopen_desktop_docs")))


def guide_index() -> Path:
    return docs_dir() / "guide" / "index.md"
