"""Fuzzed imports (issue 7): every generated or mutated input either imports or fails with our own
typed error carrying a French message; a failure changes nothing in the workspace.

The number of examples is bounded for CI; HOPEN_FUZZ_EXAMPLES raises it for the long run
(bench/fuzz_imports.sh).
"""

from __future__ import annotations

import copy
import datetime as dt
import io
import os
import zipfile

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from hopen_desktop.model.bundle import OnConflict, export_bundle, read_bundle
from hopen_desktop.model.entities import Answer, EstablishmentData, EvidenceLink
from hopen_desktop.model.errors import HopenError
from hopen_desktop.model.exchange import export_campaign, parse_campaign_document
from hopen_desktop.model.operations.imports import import_bundle, import_campaign
from hopen_desktop.model.workspace import Workspace

EXAMPLES = int(os.environ.get("HOPEN_FUZZ_EXAMPLES", "150"))
# The bounded CI run is derandomized (the same inputs every run, so CI never fails by chance);
# the long run (HOPEN_FUZZ_EXAMPLES set) explores new inputs each time.
FUZZ = settings(
    max_examples=EXAMPLES,
    deadline=None,
    suppress_health_check=list(HealthCheck),
    derandomize="HOPEN_FUZZ_EXAMPLES" not in os.environ,
)

json_scalars = st.none() | st.booleans() | st.integers(-(2**63), 2**63) | st.floats() | st.text(max_size=30)
json_values = st.recursive(
    json_scalars,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=12), inner, max_size=4),
    max_leaves=12,
)


@pytest.fixture(scope="module")
def source(tmp_path_factory):
    folder = tmp_path_factory.mktemp("fuzz")
    ws = Workspace.open(folder / "source.sqlite")
    est = ws.add_establishment(
        EstablishmentData(finess="2A0000013", name="Centre d'Essai", ght="GHT Sud", activities=("MCO",))
    )
    c = ws.add_campaign(est.id, dt.date(2025, 12, 31), "hopen-2019", "Auditrice")
    ws.save_answer(c.id, Answer("P1.1", numerator=9, denominator=10, comment="ok"))
    ws.save_answer(c.id, Answer("P1.4", comment="référentiel de structure à jour"))
    ws.save_answer(c.id, Answer("D7.3", not_applicable=True, justification="sans objet"))
    ev = ws.add_evidence(
        est.id,
        "availability_measurement",
        dt.date(2025, 5, 1),
        "Dispo",
        {"target": 0.99, "method": "sonde", "measured": 0.995},
        [EvidenceLink("P2.2")],
    )
    ws.attach_bytes(ev.id, "mesure.csv", b"jour;taux\n1;0.99\n")
    ws.add_action(est.id, title="Tester le PRA", due_date=dt.date(2026, 1, 31), indicator="P2.1")
    doc = export_campaign(ws, c.id)
    bundle = export_bundle(ws, c.id, folder / "source.hopen").read_bytes()
    ws.close()
    target = Workspace.open(folder / "target.sqlite")
    yield doc, bundle, target
    target.close()


def fingerprint(ws: Workspace) -> list[str]:
    """The whole workspace, every row of every table (issue 14: not row counts)."""
    return list(ws.db.conn.iterdump())


def try_import(ws: Workspace, make) -> None:
    before = fingerprint(ws)
    try:
        make()
    except HopenError as exc:
        assert exc.message.strip()
        assert fingerprint(ws) == before
        assert ws.db.conn.in_transaction is False


@st.composite
def mutated_documents(draw, doc):
    doc = copy.deepcopy(doc)
    for _ in range(draw(st.integers(1, 3))):
        # Walk down to a random container, then replace, delete or add one entry.
        node = doc
        for _ in range(draw(st.integers(0, 4))):
            children = list(node.values()) if isinstance(node, dict) else node if isinstance(node, list) else []
            containers = [c for c in children if isinstance(c, dict | list) and c]
            if not containers:
                break
            node = draw(st.sampled_from(containers))
        action = draw(st.sampled_from(["replace", "delete", "add"]))
        if isinstance(node, dict) and node:
            key = draw(st.sampled_from(sorted(node)))
            if action == "delete":
                del node[key]
            elif action == "add":
                node[draw(st.text(max_size=10))] = draw(json_values)
            else:
                node[key] = draw(json_values)
        elif isinstance(node, list) and node:
            index = draw(st.integers(0, len(node) - 1))
            if action == "delete":
                del node[index]
            elif action == "add":
                node.append(draw(json_values))
            else:
                node[index] = draw(json_values)
    return doc


@FUZZ
@given(data=st.data())
def test_mutated_json_documents(source, data):
    doc, _, target = source
    bad = data.draw(mutated_documents(doc))
    try_import(target, lambda: import_campaign(target, parse_campaign_document(bad)))


@FUZZ
@given(value=json_values)
def test_arbitrary_json_values(source, value):
    _, _, target = source
    try_import(target, lambda: import_campaign(target, parse_campaign_document(value)))


def _rebundle(members: dict[str, bytes]) -> bytes:
    """A bundle of ``members`` with a manifest that matches them: the mutation reaches the checks
    of the campaign itself, past the hashes."""
    import hashlib
    import json

    manifest = {
        "format": "hopen-desktop/bundle",
        "version": 1,
        "members": {n: hashlib.sha256(d).hexdigest() for n, d in members.items() if n != "manifest.json"},
    }
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as zout:
        zout.writestr("manifest.json", json.dumps(manifest))
        for n, d in members.items():
            if n != "manifest.json":
                zout.writestr(n, d)
    return out.getvalue()


@FUZZ
@given(data=st.data())
def test_structurally_mutated_bundles(source, tmp_path_factory, data):
    """The campaign document inside a bundle mutated like the JSON documents, with a manifest
    recomputed to match (so the mutation is not stopped by the hashes)."""
    import json

    _, bundle, target = source
    with zipfile.ZipFile(io.BytesIO(bundle)) as zin:
        members = {n: zin.read(n) for n in zin.namelist()}
    campaign = json.loads(members["campaign.json"])
    members["campaign.json"] = json.dumps(data.draw(mutated_documents(campaign))).encode()
    path = tmp_path_factory.mktemp("b") / "structure.hopen"
    path.write_bytes(_rebundle(members))
    try_import(target, lambda: import_bundle(target, read_bundle(path), OnConflict.COPY))


@FUZZ
@given(data=st.data())
def test_mutated_bundles(source, tmp_path_factory, data):
    _, bundle, target = source
    raw = bytearray(bundle)
    how = data.draw(st.sampled_from(["flip", "truncate", "member"]))
    if how == "flip":
        for _ in range(data.draw(st.integers(1, 8))):
            pos = data.draw(st.integers(0, len(raw) - 1))
            raw[pos] ^= data.draw(st.integers(1, 255))
    elif how == "truncate":
        raw = raw[: data.draw(st.integers(0, len(raw) - 1))]
    else:
        with zipfile.ZipFile(io.BytesIO(bundle)) as zin:
            members = {n: zin.read(n) for n in zin.namelist()}
        name = data.draw(st.sampled_from(sorted(members)))
        content = data.draw(st.binary(max_size=200)) if data.draw(st.booleans()) else members[name][:-1]
        members[name] = content
        out = io.BytesIO()
        with zipfile.ZipFile(out, "w") as zout:
            for n, d in members.items():
                zout.writestr(n, d)
        raw = bytearray(out.getvalue())
    path = tmp_path_factory.mktemp("b") / "fuzzed.hopen"
    path.write_bytes(bytes(raw))
    try_import(target, lambda: import_bundle(target, read_bundle(path), OnConflict.COPY))
