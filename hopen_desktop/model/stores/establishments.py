"""Establishments: FINESS, name, legal status, activities, GHT membership."""

from __future__ import annotations

from typing import Any

from hopen_desktop.model.database import is_record_id
from hopen_desktop.model.entities import Establishment, EstablishmentData
from hopen_desktop.model.errors import NotFoundError
from hopen_desktop.model.stores.base import Store, json_column, now, to_json
from hopen_desktop.model.stores.sync import new_uuid


def establishment_row(data: EstablishmentData) -> dict[str, Any]:
    """The columns of an establishment (also what its journal rows hold)."""
    return {
        "finess": data.finess,
        "name": data.name,
        "legal_status": data.legal_status,
        "activities": to_json(list(data.activities)),
        "ght": data.ght,
        "ght_support": int(data.ght_support),
        "finess_provisional": int(data.finess_provisional),
    }


def _establishment(r: dict[str, Any]) -> Establishment:
    return Establishment(
        id=r["id"],
        finess=r["finess"],
        name=r["name"],
        legal_status=r["legal_status"],
        activities=tuple(_activities(r["activities"])),
        ght=r["ght"] or None,
        ght_support=bool(r["ght_support"]),
        finess_provisional=bool(r.get("finess_provisional", 0)),
    )


def _activities(text: str) -> list[str]:
    activities = json_column(text, list)
    if not all(isinstance(a, str) for a in activities):
        raise TypeError("activities: a value is not a text")
    return activities


class EstablishmentStore(Store):
    def __call__(self) -> list[Establishment]:
        """Every establishment, by name."""
        rows = self._rows("SELECT * FROM establishments ORDER BY name COLLATE NOCASE, id")
        return self._decode(rows, _establishment)

    def get(self, establishment_id: int) -> Establishment:
        r = (
            self._one("SELECT * FROM establishments WHERE id = ?", [establishment_id])
            if is_record_id(establishment_id)
            else None
        )
        if r is None:
            raise NotFoundError("establishment.not_found", id=establishment_id)
        return self._decode([r], _establishment)[0]

    def by_finess(self, finess: str) -> Establishment | None:
        r = self._one("SELECT * FROM establishments WHERE finess = ?", [finess])
        return self._decode([r], _establishment)[0] if r else None

    def insert(self, data: EstablishmentData, uuid: str | None = None) -> int:
        """A new establishment; ``uuid``: its identity when it comes from another workspace."""
        return self._insert(
            "INSERT INTO establishments (finess, name, legal_status, activities, ght, ght_support, "
            "finess_provisional, created_at, uuid) VALUES (:finess, :name, :legal_status, :activities, :ght, "
            ":ght_support, :finess_provisional, :created_at, :uuid)",
            {**establishment_row(data), "created_at": now(), "uuid": uuid or new_uuid()},
        )

    def update(self, establishment_id: int, data: EstablishmentData) -> None:
        self.db.execute(
            "UPDATE establishments SET finess = :finess, name = :name, legal_status = :legal_status, "
            "activities = :activities, ght = :ght, ght_support = :ght_support, "
            "finess_provisional = :finess_provisional WHERE id = :id",
            {**establishment_row(data), "id": establishment_id},
        )

    def delete(self, establishment_id: int) -> None:
        """Deletes its campaigns, answers, evidence and actions with it (foreign keys cascade)."""
        self.db.execute("DELETE FROM establishments WHERE id = ?", [establishment_id])
