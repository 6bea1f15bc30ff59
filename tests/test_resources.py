"""Where resources/ and docs/ are found: the checkout, a frozen bundle's folder, or the data-only
packages of an installed wheel."""

import sys
from pathlib import Path

import pytest

from hopen_desktop import resources

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(autouse=True)
def _forget_the_cached_folders():
    resources.resources_dir.cache_clear()
    resources.docs_dir.cache_clear()
    yield
    resources.resources_dir.cache_clear()
    resources.docs_dir.cache_clear()


def test_from_a_checkout():
    assert resources.resources_dir() == ROOT / "resources"
    assert resources.resource_path("referentials", "x.json") == ROOT / "resources" / "referentials" / "x.json"
    assert resources.docs_dir() == ROOT / "docs"
    assert resources.guide_index() == ROOT / "docs" / "guide" / "index.md"
    assert resources.guide_index().is_file()
    assert resources.resource_path("fonts", "DejaVuSans.ttf").is_file()


def test_from_a_frozen_bundle(tmp_path, monkeypatch):
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert resources.resources_dir() == tmp_path / "resources"
    assert resources.docs_dir() == tmp_path / "docs"


def test_from_an_installed_wheel(tmp_path, monkeypatch):
    """No resources/ beside the package: the data-only packages are asked for."""
    asked = []
    fake_module = tmp_path / "site" / "hopen_desktop" / "resources.py"
    monkeypatch.setattr(resources, "__file__", str(fake_module))
    monkeypatch.setattr(
        resources.importlib_resources, "files", lambda name: asked.append(name) or tmp_path / "site" / name
    )
    assert resources.resources_dir() == tmp_path / "site" / "hopen_desktop_resources"
    assert resources.docs_dir() == tmp_path / "site" / "hopen_desktop_docs"
    assert asked == ["hopen_desktop_resources", "hopen_desktop_docs"]
