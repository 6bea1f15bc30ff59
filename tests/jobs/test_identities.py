"""Signing identities kept by the application: created with their public certificate beside them,
listed and described without the password, imported after checking it, never overwritten."""

import pytest

from hopen_desktop.jobs import identities
from hopen_desktop.reports.errors import IdentityError, WrongPasswordError

PASSWORD = "Très-secret-2025"


@pytest.fixture(scope="module", autouse=True)
def data_folder(tmp_path_factory):
    """Creating and importing identities approves them in the book of the data folder: a
    temporary one, never the user's."""
    from hopen_desktop.model import paths

    folder = tmp_path_factory.mktemp("donnees")
    paths.set_data_dir(folder)
    yield folder
    paths.set_data_dir(None)


@pytest.fixture(scope="module")
def created(tmp_path_factory, data_folder):
    """One identity created once for the module (key generation is the slow part)."""
    folder = tmp_path_factory.mktemp("identites")
    return folder, identities.create("Hélène Dupré", "Clinique du Parc", "helene@parc.fr", PASSWORD, folder)


def test_create_writes_the_identity_and_its_certificate(created):
    folder, summary = created
    assert summary.path.parent == folder and summary.path.suffix == ".p12"
    assert identities.certificate_path(summary.path).is_file()
    assert (summary.signer_name, summary.organisation, summary.email) == (
        "Hélène Dupré",
        "Clinique du Parc",
        "helene@parc.fr",
    )
    assert summary.fingerprint is not None and summary.fingerprint.count(":") == 31
    assert summary.not_after is not None


def test_the_list_and_the_summary_need_no_password(created):
    folder, summary = created
    assert identities.identity_files(folder) == [summary.path]
    assert identities.identity_files(folder / "absent") == []
    assert identities.summarise(summary.path) == summary


def test_without_its_certificate_only_the_file_name_is_known(created, tmp_path):
    _, summary = created
    copy = tmp_path / "copie.p12"
    copy.write_bytes(summary.path.read_bytes())
    described = identities.summarise(copy)
    assert (described.signer_name, described.fingerprint) == ("copie", None)


def test_load_checks_the_password(created):
    _, summary = created
    assert identities.load(summary.path, PASSWORD).fingerprint == summary.fingerprint
    with pytest.raises(WrongPasswordError):
        identities.load(summary.path, "faux")


def test_import_checks_the_password_then_copies_without_overwriting(created, tmp_path):
    _, summary = created
    folder = tmp_path / "autres"
    with pytest.raises(WrongPasswordError):
        identities.import_identity(summary.path, "faux", folder)
    assert identities.identity_files(folder) == []
    first = identities.import_identity(summary.path, PASSWORD, folder)
    second = identities.import_identity(summary.path, PASSWORD, folder)
    assert first.path != second.path and second.path.stem.endswith("-2")
    assert first.fingerprint == second.fingerprint == summary.fingerprint
    assert len(identities.identity_files(folder)) == 2


def test_a_file_that_is_no_identity_is_refused(tmp_path):
    bogus = tmp_path / "faux.p12"
    bogus.write_bytes(b"pas un PKCS#12")
    with pytest.raises(IdentityError):
        identities.import_identity(bogus, PASSWORD, tmp_path / "dossier")


def test_created_and_imported_identities_are_approved_signers(created, tmp_path):
    from hopen_desktop.reports import approved_signers

    _, summary = created
    entry = approved_signers.read_book().find(summary.fingerprint)
    assert entry is not None and entry.how == approved_signers.HOW_OWN_IDENTITY
    other = tmp_path / "autre.p12"
    from hopen_desktop.reports.signing import create_identity

    create_identity("Paul Autre", "Cabinet", "paul@exemple.fr", PASSWORD, other)  # not through the app's job
    imported = identities.import_identity(other, PASSWORD, tmp_path / "dossier")
    assert approved_signers.read_book().find(imported.fingerprint) is not None
