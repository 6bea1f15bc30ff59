"""The fingerprint label: a SHA-256 fingerprint on two lines of 16 pairs, selectable, kept whole."""

from hopen_desktop.ui.reports.signature_widgets import FingerprintLabel

FINGERPRINT = ":".join(f"{n:02X}" for n in range(32))


def test_a_fingerprint_is_shown_on_two_lines_and_kept_whole(qtbot):
    label = FingerprintLabel(FINGERPRINT)
    qtbot.addWidget(label)
    first, second = label.text().split("\n")
    assert first.count(":") == second.count(":") == 15
    assert label.text().replace("\n", ":") == FINGERPRINT == label.fingerprint()
    assert label.accessibleName() == "Empreinte SHA-256 du certificat"


def test_no_fingerprint_shows_the_placeholder(qtbot):
    label = FingerprintLabel()
    qtbot.addWidget(label)
    assert label.text() == "" and label.fingerprint() == ""
    label.set_fingerprint(None, "inconnue tant que le mot de passe n'est pas donné")
    assert label.text().startswith("inconnue") and label.fingerprint() == ""
    label.set_fingerprint("AB:CD")
    assert label.text() == "AB:CD"
