"""Audit bundle jobs: written from an open workspace or from its path (a pool thread's own
connection), read back and verified without writing anything."""

import zipfile

import pytest

from hopen_desktop.jobs.bundles import export_bundle, is_encrypted_bundle, read_bundle
from hopen_desktop.model.bundle import BundleError, PasswordRequired


def test_export_from_the_workspace_or_from_its_path_reads_back_the_same_campaign(filled, tmp_path):
    ws, campaign_id = filled
    from_ws = export_bundle(ws, campaign_id, tmp_path / "a.hopen")
    from_path = export_bundle(ws.path, campaign_id, tmp_path / "b.hopen")
    assert zipfile.is_zipfile(from_ws) and zipfile.is_zipfile(from_path)
    a, b = read_bundle(from_ws), read_bundle(from_path)
    campaign = ws.campaign(campaign_id)
    assert a.date == b.date == campaign.date and a.auditor == campaign.auditor
    assert a.establishment.finess == ws.establishment(campaign.establishment_id).finess
    assert len(a.answers) == len(b.answers) == len(ws.answers(campaign_id))
    assert sum(len(e.files) for e in a.evidence) > 0


def test_a_damaged_bundle_is_refused(tmp_path):
    bad = tmp_path / "abime.hopen"
    bad.write_bytes(b"PK\x03\x04 tronque")
    with pytest.raises(BundleError):
        read_bundle(bad)


def test_the_password_goes_through_to_the_model(filled, tmp_path):
    ws, campaign_id = filled
    sealed = export_bundle(ws.path, campaign_id, tmp_path / "chiffre.hopen", "Mot de passe d'été")
    assert is_encrypted_bundle(sealed) and not zipfile.is_zipfile(sealed)
    assert not is_encrypted_bundle(export_bundle(ws, campaign_id, tmp_path / "clair.hopen"))
    with pytest.raises(PasswordRequired):
        read_bundle(sealed)
    with pytest.raises(BundleError) as info:
        read_bundle(sealed, "mot de passe d'hiver")
    assert info.value.code == "bundle.wrong_password"
    assert read_bundle(sealed, "Mot de passe d'été").date == ws.campaign(campaign_id).date
