"""What every job shares: reading through the given workspace or a read-only connection of its
own, writing an output atomically with a message naming it, file names safe everywhere."""

import datetime as dt

import pytest

from hopen_desktop.jobs.common import default_report_name, reading, safe_file_name, write_output
from hopen_desktop.model.entities import EstablishmentData
from hopen_desktop.model.errors import HopenError
from hopen_desktop.model.workspace import Workspace
from hopen_desktop.reports.errors import SigningError


def test_reading_a_workspace_uses_it_and_leaves_it_open(tmp_path, data_dir):
    with Workspace.open(tmp_path / "w.sqlite") as ws:
        with reading(ws) as read:
            assert read is ws
        assert ws.establishments() == []  # still open


def test_reading_a_path_opens_a_read_only_connection_closed_at_the_end(tmp_path, data_dir):
    path = tmp_path / "w.sqlite"
    with Workspace.open(path) as ws:
        ws.add_establishment(EstablishmentData("750000002", "Clinique"))
    with reading(path) as read:
        assert [e.name for e in read.establishments()] == ["Clinique"]
        assert read.read_only
        with pytest.raises(HopenError):
            read.add_establishment(EstablishmentData("130000011", "Autre"))


def test_write_output_replaces_atomically_and_names_what_failed(tmp_path):
    out = tmp_path / "rapport.pdf"
    out.write_bytes(b"ancien")
    assert write_output(out, b"nouveau", "le rapport") == out
    assert out.read_bytes() == b"nouveau"
    (tmp_path / "fichier").write_bytes(b"")  # a file where a folder is expected
    with pytest.raises(SigningError) as refused:
        write_output(tmp_path / "fichier" / "r.pdf", b"x", "le rapport signé", SigningError)
    assert "le rapport signé" in refused.value.message and "fichier" in refused.value.message


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ('Clinique "A/B": <test>?', "Clinique -A-B- -test-"),
        ("  . Nom   avec\tespaces . ", "Nom avec-espaces"),
        ("...", "rapport"),
        ("C:\\dossier\x00x", "C-dossier-x"),
    ],
)
def test_file_names_are_safe_on_every_system(text, name):
    assert safe_file_name(text) == name


def test_the_default_report_name_says_what_whom_and_when():
    assert default_report_name("Clinique des Lilas", dt.date(2025, 6, 30)) == (
        "Rapport HOP'EN - Clinique des Lilas - 2025-06-30.pdf"
    )
    assert default_report_name("A/B", dt.date(2025, 1, 2), ".xlsx", "Autodiagnostic") == (
        "Autodiagnostic - A-B - 2025-01-02.xlsx"
    )


def test_the_write_failure_speaks_the_current_language(tmp_path):
    """Issue 19 item 2: the window in English says the write failure in English; a name the
    caller gives in French (« le rapport ») is said in English too."""
    from hopen_desktop.model.i18n import Text, set_language

    (tmp_path / "fichier").write_bytes(b"")  # a file where a folder is expected
    target = tmp_path / "fichier" / "r.pdf"
    with pytest.raises(HopenError) as refused:
        write_output(target, b"x", "le classeur")
    assert refused.value.message.startswith(f"Impossible d'écrire le classeur « {target} » (")
    assert refused.value.text("en").startswith(f"Cannot write the workbook “{target}” (")
    set_language("en")
    try:
        with pytest.raises(SigningError) as signed:
            write_output(target, b"x", "le rapport signé", SigningError)
        with pytest.raises(HopenError) as other:
            write_output(target, b"x", Text("la sauvegarde", "the backup"))
    finally:
        set_language("fr")
    assert signed.value.text("en").startswith(f"Cannot write the signed report “{target}” (")
    assert other.value.text("en").startswith("Cannot write the backup “")
    assert signed.value.message.startswith("Impossible d'écrire le rapport signé « ")  # French again
