"""Campaigns: one dated self-audit of one establishment against one referential."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Any

from hopen_desktop.model.database import is_record_id
from hopen_desktop.model.entities import Campaign
from hopen_desktop.model.errors import NotFoundError
from hopen_desktop.model.stores.base import Store, iso_date, json_column, now, to_json
from hopen_desktop.model.stores.sync import new_uuid


def _optional(value: Any, expected: type) -> Any:
    """A nullable column of the sealing (step 0002) checked against its type: a damaged value is a
    ``TypeError`` (a refusal of the damaged workspace), as for the columns ``check_row`` knows."""
    if value is not None and (not isinstance(value, expected) or isinstance(value, bool)):
        raise TypeError(f"{type(value).__name__}, {expected.__name__} expected")
    return value


def _campaign(r: dict[str, Any]) -> Campaign:
    seal = _optional(r.get("seal"), str)
    return Campaign(
        id=r["id"],
        establishment_id=r["establishment_id"],
        date=iso_date(r["date"]),
        referential_id=r["referential"],
        referential_version=r["referential_version"],
        auditor=r["auditor"],
        hn_d2_d3_attained=bool(r["hn_d2_d3_attained"]),
        sealed_at=_optional(r.get("sealed_at"), str),
        seal=None if seal is None else json_column(seal, dict),
        predecessor_id=_optional(r.get("predecessor_id"), int),
        d2_d3_commitment=bool(r.get("d2_d3_commitment", 0)),
        referential_sha256=_optional(r.get("referential_sha256"), str),
    )


class CampaignStore(Store):
    def __call__(self, establishment_id: int | None = None) -> list[Campaign]:
        """The campaigns (of one establishment when given), most recent first."""
        if establishment_id is None:
            rows = self._rows("SELECT * FROM campaigns ORDER BY date DESC, id DESC")
        else:
            rows = self._rows(
                "SELECT * FROM campaigns WHERE establishment_id = ? ORDER BY date DESC, id DESC",
                [establishment_id],
            )
        return self._decode(rows, _campaign)

    def get(self, campaign_id: int) -> Campaign:
        r = self._one("SELECT * FROM campaigns WHERE id = ?", [campaign_id]) if is_record_id(campaign_id) else None
        if r is None:
            raise NotFoundError("campaign.not_found", id=campaign_id)
        return self._decode([r], _campaign)[0]

    def latest(self, establishment_id: int) -> Campaign | None:
        r = self._one(
            "SELECT * FROM campaigns WHERE establishment_id = ? ORDER BY date DESC, id DESC LIMIT 1",
            [establishment_id],
        )
        return self._decode([r], _campaign)[0] if r else None

    def insert(
        self,
        establishment_id: int,
        date: dt.date,
        referential_id: str,
        referential_version: str,
        auditor: str,
        hn_d2_d3_attained: bool,
        predecessor_id: int | None = None,
        d2_d3_commitment: bool = False,
        referential_sha256: str | None = None,
        uuid: str | None = None,
    ) -> int:
        """A new, editable campaign (``predecessor_id``: the campaign it is a new version of;
        ``referential_sha256``: the referential text it is answered against, kept in the workspace)."""
        return self._insert(
            "INSERT INTO campaigns (establishment_id, date, referential, referential_version, auditor, "
            "hn_d2_d3_attained, created_at, predecessor_id, d2_d3_commitment, referential_sha256, uuid) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [
                establishment_id,
                date.isoformat(),
                referential_id,
                referential_version,
                auditor,
                int(hn_d2_d3_attained),
                now(),
                predecessor_id,
                int(d2_d3_commitment),
                referential_sha256,
                uuid or new_uuid(),
            ],
        )

    def seal(self, campaign_id: int, seal: Mapping[str, Any]) -> str:
        """Mark the campaign sealed now, storing ``seal`` as given (JSON); the ``sealed_at`` written."""
        sealed_at = now()
        self.db.execute(
            "UPDATE campaigns SET sealed_at = ?, seal = ? WHERE id = ?", [sealed_at, to_json(dict(seal)), campaign_id]
        )
        return sealed_at

    def set_predecessor(self, campaign_id: int, predecessor_id: int) -> None:
        """Name the campaign ``campaign_id`` is a new version of."""
        self.db.execute("UPDATE campaigns SET predecessor_id = ? WHERE id = ?", [predecessor_id, campaign_id])

    #: The sealed campaigns whose report covered an evidence item ``e``: same establishment, dated
    #: on or after the item, sealed after the item was created (it existed when it was sealed).
    _COVERING = (
        "FROM campaigns c JOIN evidence e ON e.establishment_id = c.establishment_id "
        "WHERE c.sealed_at IS NOT NULL AND e.date <= c.date AND e.created_at <= c.sealed_at"
    )

    def sealed_covering(self, evidence_id: int) -> Campaign | None:
        """The earliest sealed campaign whose report covered evidence item ``evidence_id``, or None."""
        if not is_record_id(evidence_id):
            return None
        r = self._one(f"SELECT c.* {self._COVERING} AND e.id = ? ORDER BY c.date, c.id LIMIT 1", [evidence_id])
        return self._decode([r], _campaign)[0] if r else None

    def sealed_coverage(self, establishment_id: int) -> dict[int, Campaign]:
        """Each evidence item of the establishment covered by a seal -> the earliest sealed campaign
        covering it (the items a seal freezes; the others are absent)."""
        rows = self._rows(
            f"SELECT e.id AS evidence_id, c.* {self._COVERING} AND e.establishment_id = ? "
            "ORDER BY c.date DESC, c.id DESC",
            [establishment_id],
        )
        # Most recent first: the earliest covering campaign is written last and stays.
        return {r["evidence_id"]: c for r, c in zip(rows, self._decode(rows, _campaign), strict=True)}

    def uuid(self, campaign_id: int) -> str:
        """The campaign's identity ("" for a campaign without one: a damaged row)."""
        r = self._one("SELECT uuid FROM campaigns WHERE id = ?", [campaign_id], checked=False)
        return str(r["uuid"]) if r and isinstance(r["uuid"], str) else ""

    def by_uuid(self, uuid: str) -> Campaign | None:
        r = self._one("SELECT * FROM campaigns WHERE uuid = ?", [uuid])
        return self._decode([r], _campaign)[0] if r else None

    def update(self, campaign: Campaign) -> None:
        """Write the campaign's date, auditor, HN flag and D2/D3 joint commitment."""
        self.db.execute(
            "UPDATE campaigns SET date = ?, auditor = ?, hn_d2_d3_attained = ?, d2_d3_commitment = ? WHERE id = ?",
            [
                campaign.date.isoformat(),
                campaign.auditor,
                int(campaign.hn_d2_d3_attained),
                int(campaign.d2_d3_commitment),
                campaign.id,
            ],
        )

    def delete(self, campaign_id: int) -> None:
        """Deletes its answers with it (foreign keys cascade)."""
        self.db.execute("DELETE FROM campaigns WHERE id = ?", [campaign_id])
