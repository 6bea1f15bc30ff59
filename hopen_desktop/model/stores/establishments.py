"""Establishments: FINESS, name, legal status, activities, GHT membership."""

from __future__ import annotations

import json
from typing import Any

from hopen_desktop.model.entities import Establishment, EstablishmentData
from hopen_desktop.model.errors import NotFoundError
from hopen_desktop.model.stores.base import Store, now, to_json


def establishment_row(data: EstablishmentData) -> dict[str, Any]:
    """The columns of an establishment (also what its journal rows hold)."""
    return {
        "finess": data.finess,
        "name": data.name,
        "legal_status": data.legal_status,
        "activities": to_json(list(data.activities)),
        "ght": data.ght,
        "ght_support": int(data.ght_support),
    }


def _establishment(r: dict[str, Any]) -> Establishment:
    return Establishment(
        id=r["id"],
        finess=r["finess"],
        name=r["name"],
        legal_status=r["legal_status"],
        activities=tuple(json.loads(r["activities"])),
        ght=r["ght"] or None,
        ght_support=bool(r["ght_support"]),
    )


class EstablishmentStore(Store):
    def __call__(self) -> list[Establishment]:
        """Every establishment, by name."""
        rows = self._rows("SELECT * FROM establishments ORDER BY name COLLATE NOCASE, id")
        return [_establishment(r) for r in rows]

    def get(self, establishment_id: int) -> Establishment:
        r = self._one("SELECT * FROM establishments WHERE id = ?", [establishment_id])
        if r is None:
            raise NotFoundError("establishment.not_found", id=establishment_id)
        return _establishment(r)

    def by_finess(self, finess: str) -> Establishment | None:
        r = self._one("SELECT * FROM establishments WHERE finess = ?", [finess])
        return _establishment(r) if r else None

    def insert(self, data: EstablishmentData) -> int:
        return self._insert(
            "INSERT INTO establishments (finess, name, legal_status, activities, ght, ght_support, "
            "created_at) VALUES (:finess, :name, :legal_status, :activities, :ght, :ght_support, :created_at)",
            {**establishment_row(data), "created_at": now()},
        )

    def update(self, establishment_id: int, data: EstablishmentData) -> None:
        self.db.execute(
            "UPDATE establishments SET finess = :finess, name = :name, legal_status = :legal_status, "
            "activities = :activities, ght = :ght, ght_support = :ght_support WHERE id = :id",
            {**establishment_row(data), "id": establishment_id},
        )

    def delete(self, establishment_id: int) -> None:
        """Deletes its campaigns, answers, evidence and actions with it (foreign keys cascade)."""
        self.db.execute("DELETE FROM establishments WHERE id = ?", [establishment_id])
