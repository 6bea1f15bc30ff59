"""Fixtures of the domain tests: real workspace files in tmp_path, a small referential built from data."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from hopen_desktop.model.entities import EstablishmentData
from hopen_desktop.model.referential import Referential, parse_referential
from hopen_desktop.model.workspace import Workspace
from tests.conftest import forget_added_referentials


def small_referential_doc() -> dict[str, Any]:
    """Two prerequisites and three domains: enough to exercise every scoring rule."""
    guidance = {"asked": "Ce qui est demandé.", "counting": "", "proofs": ["Une preuve"]}
    return {
        "format": "hopen-desktop/referential",
        "format_version": 1,
        "id": "mini",
        "version": "1",
        "title": "Mini",
        "groups": [
            {"id": "P1", "kind": "prerequisite", "title": "Identités"},
            {"id": "P2", "kind": "prerequisite", "title": "Sécurité"},
            {"id": "D2", "kind": "domain", "title": "DPI"},
            {"id": "D3", "kind": "domain", "title": "Prescription"},
            {"id": "D7", "kind": "domain", "title": "Services en ligne"},
        ],
        "indicators": [
            {
                "id": "P1.1",
                "group": "P1",
                "label": "Taux",
                "kind": "rate",
                "target": 0.9,
                "target_text": "90 %",
                "numerator": "n",
                "denominator": "d",
                "guidance": guidance,
                "criteria": [{"id": "P1.1.ght", "label": "Unique au GHT", "applies_to": "ght"}],
            },
            {
                "id": "P1.2",
                "group": "P1",
                "label": "CIV",
                "kind": "existence",
                "target_text": "réunions",
                "guidance": guidance,
                "criteria": [
                    {"id": "P1.2.rapport", "label": "Rapport"},
                    {
                        "id": "P1.2.reunions",
                        "label": "Réunions",
                        "derived": {"evidence_type": "civ_meeting", "window_months": 6, "periods": 2},
                    },
                ],
            },
            {
                "id": "P2.4",
                "group": "P2",
                "label": "PSSI",
                "kind": "existence",
                "target_text": "PSSI",
                "guidance": guidance,
                "criteria": [
                    {"id": "P2.4.pssi", "label": "PSSI"},
                    {
                        "id": "P2.4.rdv",
                        "label": "2 rendez-vous",
                        "derived": {"evidence_type": "rssi_direction_meeting", "window_months": 12, "min_count": 2},
                    },
                ],
            },
            {
                "id": "D2.3",
                "group": "D2",
                "label": "DPI",
                "kind": "rate",
                "target": 0.7,
                "target_text": "70 %",
                "numerator": "n",
                "denominator": "d",
                "guidance": guidance,
            },
            {
                "id": "D3.1",
                "group": "D3",
                "label": "Presc",
                "kind": "rate",
                "target": 0.8,
                "target_text": "80 %",
                "numerator": "n",
                "denominator": "d",
                "guidance": guidance,
            },
            {
                "id": "D7.3",
                "group": "D7",
                "label": "Paiement",
                "kind": "existence",
                "target_text": "service",
                "guidance": guidance,
                "criteria": [{"id": "D7.3.service", "label": "Service"}],
            },
        ],
    }


@pytest.fixture
def mini_ref() -> Referential:
    return parse_referential(small_referential_doc(), "mini.json")


@pytest.fixture
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    folder = tmp_path / "data"
    monkeypatch.setenv("HOPEN_DATA_DIR", str(folder))
    yield folder
    forget_added_referentials(folder)


@pytest.fixture
def ws(tmp_path: Path, data_dir: Path) -> Workspace:
    workspace = Workspace.open(tmp_path / "w.sqlite")
    yield workspace
    workspace.close()


@pytest.fixture
def clinic(ws: Workspace):
    return ws.add_establishment(
        EstablishmentData(
            finess="750000002", name="Clinique des Lilas", legal_status="prive", activities=("MCO", "SSR")
        )
    )


@pytest.fixture
def campaign(ws: Workspace, clinic):
    return ws.add_campaign(clinic.id, dt.date(2025, 12, 31), "hopen-2019", "Mme Durand")


@pytest.fixture
def shipped_copy(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """The shipped referentials copied into tmp_path and read from there: a test may change or
    remove them (a later version of the application, a file removed)."""
    import shutil

    from hopen_desktop.model import referential

    folder = tmp_path / "shipped"
    shutil.copytree(referential.referentials_dir(), folder)
    monkeypatch.setattr(referential, "referentials_dir", lambda: folder)
    referential.forget_loaded_referentials()
    yield folder
    monkeypatch.undo()
    referential.forget_loaded_referentials()


def referential_variant(ref_id: str = "hopen-variante", **changes: Any) -> dict[str, Any]:
    """The shipped HOP'EN referential as a JSON document, with another id (and ``changes`` at its
    root): what a user adds."""
    import json

    from hopen_desktop.model.referential import referentials_dir

    doc = json.loads((referentials_dir() / "hopen-2019.json").read_text(encoding="utf-8"))
    doc.update({"id": ref_id, "title": "HOP'EN — lecture de l'établissement", **changes})
    return doc
