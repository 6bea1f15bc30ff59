"""Helpers of the evidence tests: dates relative to today, an establishment with a campaign."""

from __future__ import annotations

import datetime as dt

from dateutil.relativedelta import relativedelta

from hopen_desktop.model.entities import EstablishmentData

TODAY = dt.date.today()


def months_ago(n: int) -> dt.date:
    return TODAY - relativedelta(months=n)


def setup_clinic(window) -> None:
    window.session.add_establishment(EstablishmentData("750712184", "Clinique des Lilas", "prive", ("MCO",)))
    window.session.add_campaign(TODAY, "hopen-2019", "Mme Durand")
