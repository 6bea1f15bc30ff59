"""« Fichier › Ajouter un référentiel… »: a referential file chosen by the user, checked, copied
into the data folder (``model/user_referentials.py``), then offered in the campaign dialog's
referential choice, marked « (ajouté) ». Nothing here touches a workspace: a campaign keeps the
text of its referential when it is created (``operations/campaigns.py``)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal, Slot
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from hopen_desktop.model.errors import ReferentialError
from hopen_desktop.model.user_referentials import AddedReferential, add_referential
from hopen_desktop.ui.widgets import confirmation_box


def referential_filter() -> str:
    return QCoreApplication.translate("FileFilters", "Référentiels (*.json);;Tous les fichiers (*)")


class ReferentialActions(QObject):
    """The File menu's « Ajouter un référentiel… » and the dialogs it opens (never ``exec()``:
    each box is opened and kept in ``dialog``)."""

    # Emitted with the id of the referential added (or replaced).
    added = Signal(str)

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.window = window
        self.act_add = QAction(self.tr("Ajouter un &référentiel…"), window)
        self.act_add.setObjectName("addReferential")
        self.act_add.setStatusTip(
            self.tr("Ajoute un référentiel (fichier JSON) à ceux proposés pour une nouvelle campagne")
        )
        self.act_add.triggered.connect(self.add_dialog)
        self.dialog: QMessageBox | None = None
        self.start_folder = str(Path.home())

    @Slot()
    def add_dialog(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self.window, self.tr("Ajouter un référentiel"), self.start_folder, referential_filter()
        )
        if path:
            self.start_folder = str(Path(path).parent)
            self.add_from(Path(path))

    def add_from(self, path: Path, *, replace: bool = False) -> None:
        """Check and copy ``path``; say what was added, or why it was refused (an id already
        added: asks whether to replace it)."""
        try:
            added = add_referential(path, replace=replace)
        except ReferentialError as exc:
            if exc.code == "referential.already_added" and not replace:
                self._ask_replace(path, exc)
            else:
                self._refuse(exc.message)
            return
        self._confirm(added)

    def _box(self, icon: QMessageBox.Icon, title: str, text: str, name: str) -> QMessageBox:
        box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, self.window)
        box.setObjectName(name)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.setTextFormat(Qt.TextFormat.PlainText)
        return box

    def _show(self, box: QMessageBox) -> None:
        self.dialog = box
        box.open()

    def _refuse(self, message: str) -> None:
        self._show(self._box(QMessageBox.Icon.Warning, self.tr("Référentiel refusé"), message, "referentialRefused"))

    def _ask_replace(self, path: Path, exc: ReferentialError) -> None:
        ref_id = str(exc.params.get("id", ""))
        box = confirmation_box(
            self.window,
            self.tr("Référentiel déjà ajouté"),
            self.tr(
                "Un référentiel « {id} » a déjà été ajouté. Le remplacer par le fichier {name} ?\n\n"
                "Les campagnes existantes gardent le référentiel avec lequel elles ont été renseignées ; "
                "seules les nouvelles campagnes utiliseront ce fichier."
            ).format(id=ref_id, name=path.name),
            lambda: self.add_from(path, replace=True),
            name="replaceReferential",
            yes_text=self.tr("&Remplacer"),
        )
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._show(box)

    def _confirm(self, added: AddedReferential) -> None:
        ref = added.referential
        what = self.tr("Référentiel remplacé") if added.replaced else self.tr("Référentiel ajouté")
        text = self.tr(
            "{what} : {title}\nIdentifiant {id}, version {version}, {count} indicateurs.\n\n"
            "Il est proposé dans le choix du référentiel d'une nouvelle campagne, marqué « (ajouté) ».\n\n"
            "Copié dans :\n{path}"
        ).format(what=what, title=ref.title, id=ref.id, version=ref.version, count=len(ref.indicators), path=added.path)
        self._show(self._box(QMessageBox.Icon.Information, what, text, "referentialAdded"))
        self.added.emit(ref.id)
