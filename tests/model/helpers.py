"""Helpers shared by the backup, lock and command tests: a small workspace file made for real."""

import datetime as dt

from hopen_desktop.model.entities import Answer, EstablishmentData
from hopen_desktop.model.workspace import Workspace


def make(path):
    """A workspace file at ``path`` with one campaign answering P1.1 = 1/10; the campaign's id."""
    with Workspace.open(path) as ws:
        est = ws.add_establishment(EstablishmentData(finess="750000002", name="Clinique"))
        c = ws.add_campaign(est.id, dt.date(2025, 6, 1), "hopen-2019")
        ws.save_answer(c.id, Answer("P1.1", numerator=1, denominator=10))
    return c.id


def numerator(path, cid):
    """P1.1's numerator in the workspace file at ``path``, read read-only."""
    with Workspace.open(path, read_only=True) as ws:
        return ws.answer(cid, "P1.1").numerator
