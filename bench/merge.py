"""Merging a large campaign from another laptop (issue 18): target < 2 s for a campaign with
2,000 evidence items of which the other side changed about 10 %.

Laptop A holds a campaign answered on every indicator, 2,000 evidence items (one in ten with an
attached file) and 100 actions; laptop B received it. A then edits 200 items, adds 10, deletes 10,
edits 5 answers; B edits 10 other items. Measured on B: reading the bundle's document (parse),
planning the merge (reads only) and applying it (one transaction, journal, versions). Baseline,
in the same run: importing the same document into an empty workspace (every record written).

    .venv/bin/python bench/merge.py [ROUNDS]
"""

from __future__ import annotations

import datetime as dt
import json
import os
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

EVIDENCE = 2000
TARGET_SECONDS = 2.0


def build(folder: Path) -> tuple[Path, Path, int, dict]:
    from hopen_desktop.model.entities import Answer, EstablishmentData
    from hopen_desktop.model.exchange import export_campaign, parse_campaign_document
    from hopen_desktop.model.operations.imports import import_campaign
    from hopen_desktop.model.referential import load_referential
    from hopen_desktop.model.workspace import Workspace

    ref = load_referential("hopen-2019")
    a_path, b_path = folder / "a.sqlite", folder / "b.sqlite"
    with Workspace.open(a_path) as a:
        with a.transaction():
            est = a.add_establishment(
                EstablishmentData(finess="750000002", name="Clinique", legal_status="prive", activities=("MCO",))
            )
            camp = a.add_campaign(est.id, dt.date(2025, 12, 31), "hopen-2019", "Mme Durand")
            for ind in ref.indicators:
                if ind.is_rate:
                    a.save_answer(camp.id, Answer(ind.id, numerator=9, denominator=10))
                else:
                    manual = {c.id: True for c in ind.criteria if not c.is_derived and c.applies_to == "all"}
                    a.save_answer(camp.id, Answer(ind.id, criteria=manual))
            for n in range(EVIDENCE):
                item = a.add_evidence(
                    est.id, "rssi_direction_meeting", dt.date(2025, 1, 1) + dt.timedelta(days=n % 300), f"Point {n}", {}
                )
                if n % 10 == 0:
                    a.attach_bytes(item.id, f"cr-{n}.pdf", f"compte rendu {n}".encode())
            for n in range(100):
                a.add_action(est.id, title=f"Action {n}", campaign_id=camp.id)
        doc = json.loads(json.dumps(export_campaign(a, camp.id)))
    with Workspace.open(b_path) as b:
        cid = import_campaign(b, parse_campaign_document(doc)).value.id
    with Workspace.open(a_path) as a:  # the other laptop's ~10 %
        items = sorted(a.evidence(est.id), key=lambda e: e.id)
        with a.transaction():
            for item in items[:200]:
                a.update_evidence(item.id, date=item.date, title=item.title + " (revu)", fields=item.fields)
            for item in items[-10:]:
                a.delete_evidence(item.id)
            for n in range(10):
                a.add_evidence(est.id, "rssi_direction_meeting", dt.date(2025, 11, 1), f"Nouveau {n}", {})
            for ind in [i for i in ref.indicators if i.is_rate][:5]:
                a.save_answer(camp.id, Answer(ind.id, numerator=8, denominator=10))
        changed = json.loads(json.dumps(export_campaign(a, camp.id)))
    with Workspace.open(b_path) as b:  # and this laptop's own edits, elsewhere
        mine = {f"Point {n}" for n in range(1500, 1510)}
        items = [e for e in b.evidence(b.campaign(cid).establishment_id) if e.title in mine]
        with b.transaction():
            for item in items:
                b.update_evidence(item.id, date=item.date, title=item.title + " (ici)", fields=item.fields)
    return a_path, b_path, cid, changed


def main(rounds: int) -> int:
    folder = Path(tempfile.mkdtemp(prefix="hopen-bench-merge-"))
    os.environ["HOPEN_DATA_DIR"] = str(folder / "data")
    from hopen_desktop.model.exchange import parse_campaign_document
    from hopen_desktop.model.merge import plan_merge
    from hopen_desktop.model.operations.imports import import_campaign
    from hopen_desktop.model.operations.merge import merge_campaign
    from hopen_desktop.model.workspace import Workspace

    start = time.perf_counter()
    _a, b_path, cid, doc = build(folder)
    print(f"construction : {time.perf_counter() - start:.1f} s ({EVIDENCE} preuves)")
    merges, plans, parses, imports = [], [], [], []
    plan = None
    for n in range(rounds):
        copy = folder / f"b{n}.sqlite"
        shutil.copy(b_path, copy)
        t0 = time.perf_counter()
        parsed = parse_campaign_document(doc)
        t1 = time.perf_counter()
        with Workspace.open(copy) as b:
            t2 = time.perf_counter()
            plan = plan_merge(b, parsed)
            t3 = time.perf_counter()
            merge_campaign(b, parsed)
            t4 = time.perf_counter()
            assert b.verify_journal_all() == []
        parses.append(t1 - t0)
        plans.append(t3 - t2)
        merges.append(t4 - t2)  # plan + apply (merge_campaign plans again: counted as the user pays it)
        with Workspace.open(folder / f"empty{n}.sqlite") as empty:
            t5 = time.perf_counter()
            import_campaign(empty, parsed)
            imports.append(time.perf_counter() - t5)
    assert plan is not None
    med = statistics.median
    print(
        f"plan : {plan.taken} repris, {plan.added} ajoutés, {plan.deleted} supprimés, {plan.kept} conservés, "
        f"{len(plan.conflicts)} conflit(s)"
    )
    print(f"{'mesure':48} {'médiane':>10}")
    print(f"{'lecture du document (parse)':48} {med(parses):>9.2f}s")
    print(f"{'plan seul (lecture)':48} {med(plans):>9.2f}s")
    print(f"{'fusion : plan + application (une transaction)':48} {med(merges):>9.2f}s")
    print(f"{'référence : import complet dans un espace vide':48} {med(imports):>9.2f}s")
    ratio = med(merges) / med(imports)
    verdict = "atteint" if med(merges) + med(parses) < TARGET_SECONDS else "MANQUÉ"
    print(
        f"fusion / import complet = {ratio:.2f}× ; lecture + fusion = {med(parses) + med(merges):.2f} s "
        f"(objectif < {TARGET_SECONDS:.0f} s : {verdict})"
    )
    shutil.rmtree(folder, ignore_errors=True)
    return 0 if verdict == "atteint" else 1


if __name__ == "__main__":
    sys.exit(main(int(sys.argv[1]) if len(sys.argv) > 1 else 3))
