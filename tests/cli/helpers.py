"""Helpers of the command-line tests: the command run in a real subprocess, a campaign document
that satisfies the contract."""

import subprocess
import sys

from hopen_desktop.model.referential import load_referential


def run(*args, cwd=None, env_extra=None):
    return subprocess.run(
        [sys.executable, "-m", "hopen_desktop", *map(str, args)], capture_output=True, text=True, cwd=cwd
    )


def contract_document():
    ref = load_referential("hopen-2019")
    answers = []
    for ind in ref.indicators:
        if ind.is_rate:
            answers.append({"indicator": ind.id, "numerator": 9, "denominator": 10})
        else:
            answers.append({"indicator": ind.id, "criteria": {c.id: True for c in ind.criteria if not c.is_derived}})
    return {
        "format": "hopen-desktop/campaign",
        "version": 1,
        "establishment": {
            "finess": "2A0000013",
            "name": "Centre hospitalier d'Essai",
            "legal_status": "public",
            "activities": ["MCO", "SSR"],
            "ght": "GHT Essai",
            "ght_support": True,
        },
        "campaign": {
            "date": "2025-12-31",
            "referential": "hopen-2019",
            "auditor": "Contrôle",
            "hn_d2_d3_attained": False,
        },
        "answers": answers,
        "evidence": [
            {
                "type": "rssi_direction_meeting",
                "date": "2025-03-03",
                "title": "Point RSSI / Direction",
                "fields": {},
                "files": [],
            }
        ],
        "actions": [],
    }
