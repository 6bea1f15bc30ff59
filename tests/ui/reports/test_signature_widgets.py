"""The fingerprint label: a SHA-256 fingerprint in 16 groups of four on two lines, selectable,
kept whole."""

from hopen_desktop.ui.reports.signature_widgets import FingerprintLabel

FINGERPRINT = ":".join(f"{n:02X}" for n in range(32))


def test_a_fingerprint_is_shown_in_groups_of_four_on_two_lines_and_kept_whole(qtbot):
    label = FingerprintLabel(FINGERPRINT)
    qtbot.addWidget(label)
    first, second = label.text().split("\n")
    assert first.split(" ")[:2] == ["0001", "0203"] and len(first.split(" ")) == len(second.split(" ")) == 8
    assert label.text().replace("\n", "").replace(" ", "") == FINGERPRINT.replace(":", "")
    assert label.fingerprint() == FINGERPRINT
    assert label.accessibleName() == "Empreinte SHA-256 du certificat"


def test_no_fingerprint_shows_the_placeholder(qtbot):
    label = FingerprintLabel()
    qtbot.addWidget(label)
    assert label.text() == "" and label.fingerprint() == ""
    label.set_fingerprint(None, "inconnue tant que le mot de passe n'est pas donné")
    assert label.text().startswith("inconnue") and label.fingerprint() == ""
    label.set_fingerprint("AB:CD")
    assert label.text() == "ABCD"
