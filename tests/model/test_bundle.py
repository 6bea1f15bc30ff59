import datetime as dt
import hashlib
import json
import zipfile

import pytest

from hopen_desktop.model import bundle as bundle_mod
from hopen_desktop.model.bundle import (
    BundleError,
    CampaignExists,
    OnConflict,
    export_bundle,
    read_bundle,
)
from hopen_desktop.model.entities import Answer, EvidenceLink
from hopen_desktop.model.exchange import export_campaign
from hopen_desktop.model.operations.imports import import_bundle
from hopen_desktop.model.workspace import Workspace


@pytest.fixture
def audit(ws, clinic, campaign):
    ws.save_answer(campaign.id, Answer("P1.1", numerator=9, denominator=10))
    ev = ws.add_evidence(
        clinic.id,
        "pra_test",
        dt.date(2025, 5, 2),
        "Test PRA annuel",
        {"scenario": "Perte de la salle serveur"},
        [EvidenceLink("P2.1", "P2.1.pra_teste")],
    )
    ws.attach_bytes(ev.id, "pv-test-pra.pdf", b"%PDF-1.5 proces-verbal du test")
    ws.attach_bytes(ev.id, "photo.jpg", bytes(range(256)) * 40)
    return campaign


def test_round_trip_between_two_workspaces(ws, audit, tmp_path):
    path = export_bundle(ws, audit.id, tmp_path / "audit.hopen")
    with zipfile.ZipFile(path) as zf:
        names = set(zf.namelist())
        manifest = json.loads(zf.read("manifest.json"))
    assert names == {"manifest.json"} | set(manifest["members"])
    assert sum(n.startswith("files/") for n in names) == 2 and "campaign.json" in names
    with Workspace.open(tmp_path / "laptop2.sqlite") as other:
        result = import_bundle(other, read_bundle(path)).value
        assert result.files == 2 and result.replaced is None
        received, sent = export_campaign(other, result.campaign.id), export_campaign(ws, audit.id)
        # Identities and versions travel too (issue 18); each workspace names its own replica.
        assert received.pop("sync")["versions"] == sent.pop("sync")["versions"]
        assert received == sent
        files = other.evidence(result.campaign.establishment_id)[0].files
        assert sorted(f.sha256 for f in files) == sorted(f.sha256 for f in ws.evidence(audit.establishment_id)[0].files)
        assert other.verify_files() == []


def test_existing_campaign_ask_copy_replace(ws, audit, tmp_path):
    path = export_bundle(ws, audit.id, tmp_path / "audit.hopen")
    before = ws.campaigns()
    with pytest.raises(CampaignExists) as info:
        import_bundle(ws, read_bundle(path))
    assert info.value.existing.id == audit.id
    assert ws.campaigns() == before
    copy = import_bundle(ws, read_bundle(path), OnConflict.COPY).value.campaign
    assert len(ws.campaigns()) == 2 and copy.id != audit.id
    assert len(ws.evidence(audit.establishment_id)) == 1  # the same evidence is not duplicated
    replaced = import_bundle(ws, read_bundle(path), OnConflict.REPLACE).value
    assert replaced.replaced in {audit.id, copy.id}
    assert len(ws.campaigns()) == 2


def rewrite(src, dst, *, drop=(), add=None, change=None, manifest_edit=None):
    """Copy a bundle, altering members."""
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dst, "w", zipfile.ZIP_DEFLATED) as zout:
        manifest = json.loads(zin.read("manifest.json"))
        if manifest_edit:
            manifest_edit(manifest)
        for info in zin.infolist():
            if info.filename in drop or info.filename == "manifest.json":
                continue
            data = zin.read(info.filename)
            if change and info.filename in change:
                data = change[info.filename](data)
            zout.writestr(info.filename, data)
        zout.writestr("manifest.json", json.dumps(manifest))
        for name, data in (add or {}).items():
            zout.writestr(name, data)
    return dst


def file_member(path):
    with zipfile.ZipFile(path) as zf:
        return next(n for n in zf.namelist() if n.startswith("files/"))


def flip_last_byte(data: bytes) -> bytes:
    return data[:-1] + bytes([data[-1] ^ 1])


CASES = {
    "path escape": (lambda src, dst: rewrite(src, dst, add={"../../evil.txt": b"x"}), "chemin interdit"),
    "absolute path": (lambda src, dst: rewrite(src, dst, add={"/etc/passwd": b"x"}), "chemin interdit"),
    "hash mismatch": (lambda src, dst: rewrite(src, dst, change={file_member(src): flip_last_byte}), "altéré"),
    "campaign edited": (
        lambda src, dst: rewrite(
            src, dst, change={"campaign.json": lambda d: d.replace(b"Test PRA annuel", b"Test PRA reussi")}
        ),
        "campaign.json",
    ),
    "missing member": (lambda src, dst: rewrite(src, dst, drop={file_member(src)}), "manquant"),
    "extra member": (lambda src, dst: rewrite(src, dst, add={"files/intrus": b"x"}), "en trop"),
    "no manifest": (lambda src, dst: rewrite(src, dst) and _strip_manifest(dst), "pas de manifeste"),
    "not a zip": (lambda src, dst: dst.write_bytes(b"PK\x03\x04 pas vraiment un zip"), "n'est pas un paquet"),
    "foreign json": (lambda src, dst: dst.write_text("{}", encoding="utf-8"), "n'est pas un paquet"),
    "bad version": (lambda src, dst: rewrite(src, dst, manifest_edit=lambda m: m.update(version=7)), "Version 7"),
}


def _strip_manifest(path):
    with zipfile.ZipFile(path) as zf:
        members = {n: zf.read(n) for n in zf.namelist() if n != "manifest.json"}
    with zipfile.ZipFile(path, "w") as zf:
        for n, d in members.items():
            zf.writestr(n, d)
    return path


@pytest.mark.parametrize("case", sorted(CASES))
def test_crafted_bundles_refused_without_change(ws, audit, tmp_path, case):
    make, words = CASES[case]
    good = export_bundle(ws, audit.id, tmp_path / "good.hopen")
    bad = tmp_path / "bad.hopen"
    make(good, bad)
    with Workspace.open(tmp_path / "target.sqlite") as target:
        with pytest.raises(BundleError, match=words) as info:
            import_bundle(target, read_bundle(bad))
        assert "rien n'a été modifié" in info.value.message or "n'existe pas" in info.value.message
        assert target.establishments() == [] and target.journal() == []


def test_zip_bomb_refused(ws, audit, tmp_path):
    good = export_bundle(ws, audit.id, tmp_path / "good.hopen")
    bomb = b"\0" * (20 * 1024 * 1024)
    sha = hashlib.sha256(bomb).hexdigest()
    bad = rewrite(
        good,
        tmp_path / "bomb.hopen",
        add={f"files/{sha}": bomb},
        manifest_edit=lambda m: m["members"].update({f"files/{sha}": sha}),
    )
    with pytest.raises(BundleError, match="anormale"):
        read_bundle(bad)


def test_expansion_budget_enforced_while_reading(ws, audit, tmp_path, monkeypatch):
    good = export_bundle(ws, audit.id, tmp_path / "good.hopen")
    monkeypatch.setattr(bundle_mod, "MAX_EXPANDED_BYTES", 1000)
    with pytest.raises(BundleError, match="taille raisonnable|limite"):
        read_bundle(good)


def test_unsupported_zip_version_refused(ws, audit, tmp_path):
    # Found by the fuzzer in CI: zipfile raises NotImplementedError for "version needed" 8.4.
    good = export_bundle(ws, audit.id, tmp_path / "good.hopen").read_bytes()
    central = good.rfind(b"PK\x01\x02")
    bad = bytearray(good)
    bad[central + 6] = 84  # version needed to extract: 8.4
    path = tmp_path / "v84.hopen"
    path.write_bytes(bytes(bad))
    with pytest.raises(BundleError, match="rien n'a été modifié"):
        read_bundle(path)


def test_a_bundle_of_an_establishment_with_a_wrong_key(ws, tmp_path, monkeypatch):
    """Refused where it would create the establishment (nothing written); imported where the
    establishment is already there with that number (a workspace older than the key check)."""
    from hopen_desktop.model.entities import EstablishmentData
    from hopen_desktop.model.errors import ValidationError
    from hopen_desktop.model.operations import establishments
    from hopen_desktop.model.validation import check_finess_format

    with monkeypatch.context() as m:
        m.setattr(establishments, "check_finess", check_finess_format)
        old = ws.add_establishment(EstablishmentData(finess="750000001", name="Clinique ancienne"))
    campaign = ws.add_campaign(old.id, dt.date(2025, 6, 1), "hopen-2019")
    path = export_bundle(ws, campaign.id, tmp_path / "old.hopen")
    parsed = read_bundle(path)
    with Workspace.open(tmp_path / "other.sqlite") as other:
        before = list(other.db.conn.iterdump())
        with pytest.raises(ValidationError) as caught:
            import_bundle(other, parsed, OnConflict.COPY)
        assert caught.value.code == "finess.bad_key"
        assert list(other.db.conn.iterdump()) == before
    copied = import_bundle(ws, parsed, OnConflict.COPY).value
    assert copied.campaign.establishment_id == old.id and ws.journal.verify_all() == []


def test_a_bundle_carries_the_referential_to_a_workspace_that_never_had_its_file(ws, clinic, tmp_path):
    """The sending laptop added a referential; the receiving one never had it: the campaign
    arrives answered against it and scores the same."""
    from hopen_desktop.model.referential import forget_loaded_referentials, user_referentials_dir
    from hopen_desktop.model.user_referentials import add_referential
    from tests.model.conftest import referential_variant

    doc = referential_variant()
    next(i for i in doc["indicators"] if i["id"] == "P1.1")["target"] = 0.5
    source = tmp_path / "variante.json"
    source.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    add_referential(source)
    c = ws.add_campaign(clinic.id, dt.date(2025, 12, 31), "hopen-variante")
    ws.save_answer(c.id, Answer("P1.1", numerator=6, denominator=10))
    sent = {i: s.status for i, s in ws.score(c.id).indicators.items()}
    assert sent["P1.1"].value == "atteint"
    path = export_bundle(ws, c.id, tmp_path / "audit.hopen")
    with zipfile.ZipFile(path) as zf:
        carried = json.loads(zf.read("campaign.json"))["referential_content"]
    assert carried == source.read_text(encoding="utf-8")

    (user_referentials_dir() / "hopen-variante.json").unlink()  # the other laptop
    forget_loaded_referentials()
    with Workspace.open(tmp_path / "other.sqlite") as other:
        imported = import_bundle(other, read_bundle(path)).value.campaign
        assert imported.referential_id == "hopen-variante"
        assert imported.referential_sha256 == c.referential_sha256
        assert {i: s.status for i, s in other.score(imported.id).indicators.items()} == sent
