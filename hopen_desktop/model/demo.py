"""The demo workspace: a fictitious private clinic with a finished campaign from last year and a
half-finished campaign of today, with evidence so that derived criteria show. Qt-free; built
only through the public ``Workspace`` API, so it obeys every validation rule."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from dateutil.relativedelta import relativedelta

from hopen_desktop.model.entities import Answer, EstablishmentData, EvidenceLink
from hopen_desktop.model.referential import DEFAULT_REFERENTIAL, Referential, load_referential
from hopen_desktop.model.workspace import Workspace

DEMO_FINESS = "690000013"
DEMO_NAME = "Clinique du Parc des Tilleuls"
DEMO_AUDITOR = "Claire Martin, responsable qualité"

#: Rate answers of the current campaign (numerator, denominator): some reached, some not.
_RATES: dict[str, tuple[int, int]] = {
    "P1.1": (9, 10),
    "P1.3": (17, 20),
    "P3.4": (12, 12),
    "D1.1": (8, 8),
    "D1.2": (5, 6),
    "D2.3": (14, 18),
}
#: Existence indicators answered in the current campaign; the listed criteria are left unmet.
_EXISTENCE_UNMET: dict[str, tuple[str, ...]] = {
    "P1.2": (),
    "P1.4": (),
    "P2.1": (),
    "P2.2": (),
    "P2.4": ("P2.4.plan_ssi_acheve",),
    "P3.2": (),
    "P3.3": (),
    "P3.6": (),
    "P4.1": ("P4.1.alimentation_dmp",),
}
_COMMENTS: dict[str, str] = {
    "P1.1": "Logiciels connectés au serveur d'identités : DPI, laboratoire, imagerie, pharmacie, PMSI… "
    "Le logiciel de diététique sera raccordé au prochain trimestre.",
    "P2.4": "Plan d'action SSI à 80 % : reste la segmentation du réseau du bloc opératoire.",
    "P3.6": "Le rapport semestriel du DPO est attendu pour la fin du mois.",
}
_NOT_APPLICABLE: dict[str, str] = {
    "D7.3": "La clinique ne facture aucun reste à charge en ligne : pas de service de paiement prévu "
    "(décision du comité de direction).",
}


def build_demo_workspace(path: Path, today: dt.date | None = None) -> int:
    """(Re)create the demo workspace at ``path``; returns the id of the half-finished campaign.

    Any file already at ``path`` (and its WAL companions) is replaced."""
    today = today or dt.date.today()
    for suffix in ("", "-wal", "-shm"):
        Path(str(path) + suffix).unlink(missing_ok=True)
    ref = load_referential(DEFAULT_REFERENTIAL)
    with Workspace.open(path) as ws:
        clinic = ws.add_establishment(
            EstablishmentData(
                finess=DEMO_FINESS,
                name=DEMO_NAME,
                legal_status="prive",
                activities=("MCO", "SSR"),
                ght=None,
            )
        )
        ws.add_establishment(
            EstablishmentData(
                finess="2A0000013",
                name="Centre hospitalier de Porto-Vecchio (fictif)",
                legal_status="public",
                activities=("MCO", "PSY"),
                ght="GHT de Corse-du-Sud",
                ght_support=False,
            )
        )
        _add_evidence(ws, clinic.id, today)
        previous = ws.add_campaign(clinic.id, today - relativedelta(years=1), ref.id, DEMO_AUDITOR)
        _fill_previous(ws, ref, previous.id)
        current = ws.add_campaign(clinic.id, today, ref.id, DEMO_AUDITOR)
        _fill_current(ws, ref, current.id)
        ws.add_action(
            clinic.id,
            title="Raccorder le logiciel de diététique au serveur d'identités",
            owner="DSI",
            due_date=today + relativedelta(months=3),
            indicator="P1.1",
            campaign_id=current.id,
        )
        ws.add_action(
            clinic.id,
            title="Obtenir le rapport d'activité semestriel du DPO",
            owner="Direction",
            due_date=today + relativedelta(days=20),
            indicator="P3.6",
            criterion="P3.6.rapport_dpo",
            campaign_id=current.id,
        )
        return current.id


def _add_evidence(ws: Workspace, clinic_id: int, today: dt.date) -> None:
    def ago(months: int = 0, days: int = 0) -> dt.date:
        return today - relativedelta(months=months, days=days)

    ws.add_evidence(
        clinic_id,
        "rssi_direction_meeting",
        ago(months=10),
        "Comité sécurité RSSI / Direction — semestre 1",
        fields={
            "participants": "Directrice, RSSI (prestataire), DSI, responsable qualité",
            "decisions": "Campagne de sensibilisation au hameçonnage ; revue des comptes à privilèges.",
        },
        links=[EvidenceLink("P2.4", "P2.4.rdv_direction")],
    )
    meeting = ws.add_evidence(
        clinic_id,
        "rssi_direction_meeting",
        ago(months=4),
        "Comité sécurité RSSI / Direction — semestre 2",
        fields={
            "participants": "Directrice, RSSI (prestataire), DSI",
            "decisions": "Segmentation du réseau du bloc opératoire ; test du PRA avant la fin de l'année.",
        },
        links=[EvidenceLink("P2.4", "P2.4.rdv_direction")],
    )
    ws.attach_bytes(meeting.id, "compte-rendu-comite-securite.txt", _MEETING_MINUTES.encode("utf-8"))
    ws.add_evidence(clinic_id, "civ_meeting", ago(months=8), "Cellule d'identitovigilance — réunion de printemps")
    ws.add_evidence(clinic_id, "civ_meeting", ago(months=2), "Cellule d'identitovigilance — réunion d'automne")
    ws.add_evidence(clinic_id, "civ_activity_report", ago(months=1), "Rapport d'activité annuel de la CIV")
    pra = ws.add_evidence(
        clinic_id,
        "pra_test",
        ago(months=5),
        "Test de bascule du PRA sur le site de secours",
        fields={
            "scenario": "Perte de la salle serveur principale : bascule du DPI sur le site de secours.",
            "result": "Bascule réussie ; deux postes de l'accueil reconfigurés à la main.",
            "rto_observed": "3 h 10",
            "rpo_observed": "15 min",
        },
        links=[EvidenceLink("P2.1", "P2.1.pra_teste")],
    )
    ws.attach_bytes(pra.id, "rapport-test-PRA.txt", _PRA_REPORT.encode("utf-8"))
    ws.attach_bytes(pra.id, "journal-bascule.csv", _PRA_LOG.encode("utf-8"))
    ws.add_evidence(
        clinic_id,
        "availability_measurement",
        ago(months=3),
        "Disponibilité du DPI sur 12 mois",
        fields={"target": 0.995, "method": "Supervision Centreon, relevé mensuel", "measured": 0.9971},
    )
    # Older than 6 months: the DPO criterion of P3.6 shows what is missing.
    ws.add_evidence(clinic_id, "dpo_activity_report", ago(months=9), "Rapport d'activité du DPO — année précédente")
    ws.add_evidence(clinic_id, "document", ago(months=14), "Politique de sécurité (PSSI) v2", fields={"kind": "pssi"})
    ws.add_evidence(
        clinic_id,
        "document",
        ago(months=6),
        "Registre des activités de traitement",
        fields={"kind": "processing_register"},
    )


_MEETING_MINUTES = """Comité sécurité RSSI / Direction — Clinique du Parc des Tilleuls (fictif)

Participants : Directrice, RSSI (prestataire), DSI.
1. Avancement du plan d'action SSI : 80 %.
2. Décision : segmentation du réseau du bloc opératoire.
3. Décision : test du PRA avant la fin de l'année.
"""

_PRA_REPORT = """Rapport du test de bascule du PRA (fictif)

Scénario : perte de la salle serveur principale.
Durée d'interruption observée : 3 h 10. Perte de données : 15 min.
Écarts : deux postes de l'accueil reconfigurés à la main.
"""

_PRA_LOG = """heure;étape;résultat
08:00;arrêt de la salle principale;ok
09:45;DPI disponible sur le site de secours;ok
11:10;retour à la normale;ok
"""


def _manual_criteria(ref: Referential, indicator_id: str, unmet: tuple[str, ...]) -> dict[str, bool]:
    ind = ref.indicator(indicator_id)
    return {c.id: c.id not in unmet for c in ind.applicable_criteria(False) if not c.is_derived}


def _fill_current(ws: Workspace, ref: Referential, campaign_id: int) -> None:
    for iid, (num, den) in _RATES.items():
        ws.save_answer(campaign_id, Answer(iid, numerator=num, denominator=den, comment=_COMMENTS.get(iid, "")))
    for iid, unmet in _EXISTENCE_UNMET.items():
        criteria = _manual_criteria(ref, iid, unmet)
        ws.save_answer(campaign_id, Answer(iid, criteria=criteria, comment=_COMMENTS.get(iid, "")))
    for iid, why in _NOT_APPLICABLE.items():
        ws.save_answer(campaign_id, Answer(iid, not_applicable=True, justification=why))


def _fill_previous(ws: Workspace, ref: Referential, campaign_id: int) -> None:
    for iid, (num, den) in _RATES.items():
        ws.save_answer(campaign_id, Answer(iid, numerator=max(0, num - 2), denominator=den))
    for iid in ("P1.4", "P3.2", "P3.3"):
        ws.save_answer(campaign_id, Answer(iid, criteria=_manual_criteria(ref, iid, ())))
