"""Campaigns: one dated self-audit of one establishment against one referential."""

from __future__ import annotations

import datetime as dt
from typing import Any

from hopen_desktop.model.database import is_record_id
from hopen_desktop.model.entities import Campaign
from hopen_desktop.model.errors import NotFoundError
from hopen_desktop.model.stores.base import Store, iso_date, now


def _campaign(r: dict[str, Any]) -> Campaign:
    return Campaign(
        id=r["id"],
        establishment_id=r["establishment_id"],
        date=iso_date(r["date"]),
        referential_id=r["referential"],
        referential_version=r["referential_version"],
        auditor=r["auditor"],
        hn_d2_d3_attained=bool(r["hn_d2_d3_attained"]),
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
    ) -> int:
        return self._insert(
            "INSERT INTO campaigns (establishment_id, date, referential, referential_version, auditor, "
            "hn_d2_d3_attained, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
            [
                establishment_id,
                date.isoformat(),
                referential_id,
                referential_version,
                auditor,
                int(hn_d2_d3_attained),
                now(),
            ],
        )

    def update(self, campaign: Campaign) -> None:
        """Write the campaign's date, auditor and HN flag."""
        self.db.execute(
            "UPDATE campaigns SET date = ?, auditor = ?, hn_d2_d3_attained = ? WHERE id = ?",
            [campaign.date.isoformat(), campaign.auditor, int(campaign.hn_d2_d3_attained), campaign.id],
        )

    def delete(self, campaign_id: int) -> None:
        """Deletes its answers with it (foreign keys cascade)."""
        self.db.execute("DELETE FROM campaigns WHERE id = ?", [campaign_id])
