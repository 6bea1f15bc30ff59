"""Every French string of the interface has its English translation, and the compiled .qm is
current: re-extract the strings from the code into a copy of the .ts and look for gaps."""

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
TS = ROOT / "resources" / "translations" / "hopen_en.ts"


def tool(name: str) -> str:
    return str(Path(sys.executable).with_name(name))


def unfinished(ts: Path) -> list[str]:
    found = []
    for context in ET.parse(ts).getroot().iter("context"):
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is not None and translation.get("type") == "unfinished":
                found.append(f"{context.findtext('name')}: {message.findtext('source')}")
    return found


def test_every_interface_string_is_translated(tmp_path):
    copy = tmp_path / "hopen_en.ts"
    shutil.copy(TS, copy)
    sources = sorted(str(p) for p in (ROOT / "hopen_desktop" / "ui").rglob("*.py"))
    subprocess.run(
        [tool("pyside6-lupdate"), "-no-obsolete", *sources, "-ts", str(copy)], check=True, capture_output=True
    )
    missing = unfinished(copy)
    assert missing == [], "run scripts/update_translations.sh and translate:\n" + "\n".join(missing)


def test_compiled_translation_matches_its_source(tmp_path):
    out = tmp_path / "hopen_en.qm"
    subprocess.run([tool("pyside6-lrelease"), str(TS), "-qm", str(out)], check=True, capture_output=True)
    assert out.read_bytes() == (TS.parent / "hopen_en.qm").read_bytes()


def test_compiled_qt_supplement_matches_its_source(tmp_path):
    source = TS.parent / "qt_supplement_fr.ts"
    out = tmp_path / "qt_supplement_fr.qm"
    subprocess.run([tool("pyside6-lrelease"), str(source), "-qm", str(out)], check=True, capture_output=True)
    assert out.read_bytes() == (TS.parent / "qt_supplement_fr.qm").read_bytes()


def file_dialog_texts(qtbot, folder: Path) -> dict[str, str]:
    """The labels, buttons and file kinds of Qt's own (non-native) file dialog opened on
    ``folder`` (one sub-folder, one PDF), as a user sees them."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QFileDialog, QLabel, QPushButton, QTreeView

    (folder / "sub").mkdir()
    (folder / "a.pdf").write_bytes(b"%PDF")
    dialog = QFileDialog(None, "x", str(folder), "PDF (*.pdf)")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    dialog.setViewMode(QFileDialog.ViewMode.Detail)
    qtbot.addWidget(dialog)
    dialog.show()
    view = dialog.findChild(QTreeView, "treeView")
    model = view.model()
    qtbot.waitUntil(lambda: model.rowCount(view.rootIndex()) == 2)
    texts = {label.objectName(): label.text() for label in dialog.findChildren(QLabel) if label.objectName()}
    buttons = [b.text() for b in dialog.findChildren(QPushButton)]
    texts["buttons"] = " | ".join(sorted(buttons))
    kinds = []  # a file's kind comes from the system's MIME database (« document PDF »): not checked
    for row in range(model.rowCount(view.rootIndex())):
        kinds.append(str(model.index(row, 2, view.rootIndex()).data()))
    texts["folder kind"] = kinds[0] if model.index(0, 0, view.rootIndex()).data() == "sub" else kinds[1]
    texts["header"] = " | ".join(
        str(model.headerData(c, Qt.Orientation.Horizontal)) for c in range(model.columnCount())
    )
    dialog.close()
    return texts


def test_qt_file_dialog_speaks_french(qapp, qtbot, tmp_path):
    """« Look in: », « Files of type: », « Folder » were left in English by PySide6's qtbase_fr.qm:
    our supplement fills them (resources/translations/qt_supplement_fr.ts)."""
    from hopen_desktop.ui.translations import install_translators

    install_translators(qapp, "fr")
    try:
        texts = file_dialog_texts(qtbot, tmp_path)
    finally:
        install_translators(qapp, "fr")
    assert texts["lookInLabel"] == "&Voir dans\u00a0:"
    assert texts["fileTypeLabel"] == "Fichiers de &type\u00a0:"
    assert texts["fileNameLabel"] == "&Nom de fichier\u00a0:"
    assert texts["buttons"] == "&Ouvrir | Annuler"
    assert texts["folder kind"] == "Dossier"
    assert texts["header"] == "Nom | Taille | Type | Dernière modification"


def test_qt_file_dialog_speaks_english(qapp, qtbot, tmp_path):
    from hopen_desktop.ui.translations import install_translators

    install_translators(qapp, "en")
    try:
        texts = file_dialog_texts(qtbot, tmp_path)
    finally:
        install_translators(qapp, "fr")
    assert texts["lookInLabel"] == "&Look in:"
    assert texts["fileTypeLabel"] == "Files of &type:"
    assert texts["buttons"] == "&Open | Cancel"
    assert texts["folder kind"] == "Folder"
    assert texts["header"] == "Name | Size | Type | Date Modified"


def test_qt_catalogues_are_found_in_a_bundle(tmp_path, monkeypatch):
    """In the PyInstaller bundle, Qt's catalogue is where packaging/hopen_desktop.spec puts it."""
    from hopen_desktop.ui.translations import qt_translation_dirs

    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert str(tmp_path / "PySide6" / "Qt" / "translations") in qt_translation_dirs()
    spec = (ROOT / "packaging" / "hopen_desktop.spec").read_text(encoding="utf-8")
    assert '"PySide6/Qt/translations"' in spec and "qtbase_{lang}.qm" in spec
    assert (TS.parent / "qt_supplement_fr.qm").is_file()  # travels with resources/, in the wheel too
