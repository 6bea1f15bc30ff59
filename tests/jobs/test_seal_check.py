"""jobs/seal_check.py: a report's seal compared with the campaign in a workspace — identical, what
changed, an attached file altered, no seal, a damaged seal, the campaign missing."""

from __future__ import annotations

from hopen_desktop.jobs.reports import produce_report
from hopen_desktop.jobs.seal_check import check_seal
from hopen_desktop.model.entities import Answer
from tests.reports.certificates import one_page_pdf


def test_the_campaign_as_sealed_then_each_kind_of_change(filled, tmp_path):
    ws, campaign_id = filled
    report = produce_report(ws, campaign_id, tmp_path / "r.pdf").path
    check = check_seal(report, ws.path)
    assert check.same and check.reasons == [] and check.seal is not None
    assert any("Vérifié : le contenu de la campagne" in line for line in check.lines())
    assert any("Non vérifié ici : l'origine du rapport" in line for line in check.lines())

    ws.save_answer(campaign_id, Answer("P1.1", numerator=1, denominator=3))
    check = check_seal(report, ws.path)
    assert not check.same and check.reasons == ["Indicateur P1.1 modifié"]
    assert check.to_json()["comparison"]["differences"][0]["key"] == "P1.1"


def test_an_altered_attached_file_is_a_problem_even_with_the_same_hashes_recorded(filled, tmp_path):
    ws, campaign_id = filled
    report = produce_report(ws, campaign_id, tmp_path / "r.pdf").path
    row = ws.db.execute("SELECT sha256 FROM blobs LIMIT 1").fetchone()
    assert row is not None, "the filled workspace has an attached file"
    with ws.transaction():
        ws.db.execute("UPDATE blobs SET content = ? WHERE sha256 = ?", [b"autre contenu", row[0]])
    check = check_seal(report, ws.path)
    assert not check.same
    assert any("ne correspond plus à son empreinte" in p for p in check.problems)


def test_a_report_without_a_seal_or_with_a_damaged_one(filled, tmp_path):
    ws, _ = filled
    plain = tmp_path / "sans-sceau.pdf"
    plain.write_bytes(one_page_pdf())  # a PDF made elsewhere (or before seals existed)
    check = check_seal(plain, ws.path)
    assert not check.same and check.seal is None and check.no_seal
    assert "ne porte pas de sceau" in check.problems[0]
    broken = tmp_path / "abime.pdf"
    broken.write_bytes(b"%PDF-1.4\nrien\n")
    damaged = check_seal(broken, ws.path)
    assert not damaged.same and not damaged.no_seal and "Impossible de lire le sceau" in damaged.problems[0]
    missing = check_seal(tmp_path / "absent.pdf", ws.path)
    assert not missing.same and missing.problems


def test_the_campaign_missing_from_the_workspace(filled, tmp_path):
    ws, campaign_id = filled
    report = produce_report(ws, campaign_id, tmp_path / "r.pdf").path
    ws.delete_campaign(campaign_id)
    check = check_seal(report, ws.path)
    assert not check.same and check.comparison is None
    assert "n'est pas dans cet espace de travail" in check.problems[0]


def test_the_check_speaks_the_current_language(filled, tmp_path):
    """Issue 19 item 2: the window in English shows the comparison, the problems and what the
    check proves in English; the command line (French) keeps its French."""
    import sqlite3

    from hopen_desktop.model.i18n import set_language

    ws, campaign_id = filled
    report = produce_report(ws, campaign_id, tmp_path / "r.pdf").path
    plain = tmp_path / "plain.pdf"
    plain.write_bytes(one_page_pdf())
    set_language("en")
    try:
        same = check_seal(report, ws.path)
        assert same.same and same.lines()[0] == "Comparison of the report's seal with the workspace:"
        assert same.lines()[1].startswith("  Report no. ") and " (FINESS 2A0000013)" in same.lines()[1]
        assert "  The campaign is identical to its content sealed in the report." in same.lines()
        assert any(line.startswith("  Verified: the campaign's content") for line in same.lines())
        assert any(line.startswith("  Not verified here: the report's origin") for line in same.lines())
        assert check_seal(plain, ws.path).problems[0].startswith("This report carries no seal")
        ws.save_answer(campaign_id, Answer("P1.1", numerator=1, denominator=3))
        row = ws.db.execute("SELECT sha256 FROM blobs LIMIT 1").fetchone()
        with ws.transaction():
            ws.db.execute("UPDATE blobs SET content = ? WHERE sha256 = ?", [b"autre contenu", row[0]])
        with sqlite3.connect(ws.path) as db:
            db.execute("UPDATE journal SET author = 'someone' WHERE id = 2")
        db.close()
        changed = check_seal(report, ws.path)
        assert changed.reasons[0] == "Indicator P1.1 modified"
        assert "Change journal: Journal row 2 changed outside the application." in changed.reasons
        altered = [r for r in changed.reasons if r.startswith("The attached file “")]
        assert len(altered) == 1 and altered[0].endswith("no longer matches its fingerprint: its content was changed.")
        assert "  The campaign has changed since the report (1 difference(s)):" in changed.lines()
        assert "  Problem: Change journal: Journal row 2 changed outside the application." in changed.lines()
    finally:
        set_language("fr")
    assert changed.lines("fr")[0] == "Comparaison du sceau du rapport avec l'espace de travail :"
    assert check_seal(report, ws.path).reasons[0] == "Indicateur P1.1 modifié"
    assert "Journal des modifications : Ligne 2 du journal modifiée hors de l'application." in (
        check_seal(report, ws.path).problems
    )
    ws.delete_campaign(campaign_id)
    set_language("en")
    try:
        assert "is not in this workspace: it was deleted" in check_seal(report, ws.path).problems[0]
    finally:
        set_language("fr")
