"""The one place where an error becomes a sentence: a catalogue code -> (French, English)
template, rendered in the current language (``hopen_desktop.model.i18n``).

An error is raised with a code and its parameters, e.g.
``ValidationError("finess.invalid", field="finess", value=text)``; ``str(err)`` and
``err.message`` render it in the current language, ``err.text("en")`` in a given one. A
parameter may itself be a ``Text`` (a subject such as « La date de la preuve »), another error,
a date (written by ``formatting.format_date``) or a list (joined with commas): each is rendered
in the same language as the sentence.

Every sentence says what is wrong and what to do. The French texts are the application's
historical ones (tests and users know them); keep them when adding the English.
"""

from __future__ import annotations

import datetime as dt
from typing import Protocol, runtime_checkable

from hopen_desktop.model.formatting import format_date
from hopen_desktop.model.i18n import Text, resolve


@runtime_checkable
class Renderable(Protocol):
    """Anything that can be written in a given language (a ``Text``, an error)."""

    def text(self, language: str | None = None) -> str: ...


_T = Text

CATALOGUE: dict[str, Text] = {
    # ------------------------------------------------------------------ establishment
    "finess.invalid": _T(
        "Numéro FINESS « {value} » invalide : il faut 9 caractères, des chiffres, "
        "avec 2A ou 2B en tête pour la Corse (exemple : 750712184 ou 2A0000013).",
        "Invalid FINESS number “{value}”: it takes 9 characters, digits, with 2A or 2B first "
        "for Corsica (example: 750712184 or 2A0000013).",
    ),
    "finess.missing": _T(
        "Le numéro FINESS est obligatoire : saisissez-le (9 caractères, exemple : 750712184), ou cochez "
        "« FINESS provisoire » si vous ne le connaissez pas encore.",
        "The FINESS number is required: enter it (9 characters, example: 750712184), or tick "
        "“Provisional FINESS” if you do not know it yet.",
    ),
    "finess.bad_key": _T(
        "Le numéro FINESS {value} a une clé de contrôle fausse (son dernier chiffre ne correspond pas aux "
        "huit premiers) : vérifiez-le sur finess.sante.gouv.fr, ou cochez « FINESS provisoire » si vous ne "
        "le connaissez pas encore.",
        "The FINESS number {value} has a wrong check digit (its last digit does not match the first "
        "eight): check it on finess.sante.gouv.fr, or tick “Provisional FINESS” if you do not know it yet.",
    ),
    "finess.invalid_provisional": _T(
        "Numéro FINESS provisoire « {value} » invalide : laissez le champ vide (un numéro provisoire "
        "PROV-… sera attribué) ou saisissez 9 caractères (exemple : 750712184 ou 2A0000013).",
        "Invalid provisional FINESS number “{value}”: leave the field empty (a provisional number "
        "PROV-… will be given) or enter 9 characters (example: 750712184 or 2A0000013).",
    ),
    "name.required": _T("{what} est obligatoire : saisissez-le.", "{what} is required: enter it."),
    "name.too_long": _T(
        "{what} dépasse 300 caractères : raccourcissez-le.", "{what} is longer than 300 characters: shorten it."
    ),
    "legal_status.unknown": _T(
        "Statut juridique « {value} » inconnu : choisissez public, prive ou espic.",
        "Unknown legal status “{value}”: choose public, prive or espic.",
    ),
    "activities.not_list": _T(
        "Les activités doivent être une liste parmi MCO, SSR, PSY, HAD.",
        "The activities must be a list among MCO, SSR, PSY, HAD.",
    ),
    "activities.unknown": _T(
        "Activité inconnue : {values}. Choisissez parmi MCO, SSR, PSY, HAD.",
        "Unknown activity: {values}. Choose among MCO, SSR, PSY, HAD.",
    ),
    # ------------------------------------------------------------------ dates and counts
    "date.malformed": _T(
        "{what} « {value} » est mal formée : écrivez-la sous la forme AAAA-MM-JJ (exemple : 2025-12-31).",
        "{what} “{value}” is malformed: write it as YYYY-MM-DD (example: 2025-12-31).",
    ),
    "date.nonexistent": _T(
        "{what} « {value} » n'existe pas dans le calendrier.", "{what} “{value}” does not exist in the calendar."
    ),
    "date.too_old": _T(
        "{what} {day} est trop ancienne : saisissez une date à partir du {earliest}.",
        "{what} {day} is too old: enter a date from {earliest} on.",
    ),
    "text.expected": _T("{what} doit être un texte.", "{what} must be a text."),
    "text.too_long": _T(
        "{what} dépasse {limit} caractères ({length}) : raccourcissez-le.",
        "{what} is longer than {limit} characters ({length}): shorten it.",
    ),
    "text.control_characters": _T(
        "{what} contient des caractères de contrôle invisibles : retapez-le ou copiez-le depuis un texte simple.",
        "{what} contains invisible control characters: type it again or copy it from plain text.",
    ),
    "text.invalid_characters": _T(
        "{what} contient des caractères invalides (Unicode mal formé) : retapez-le.",
        "{what} contains invalid characters (malformed Unicode): type it again.",
    ),
    "date.future": _T(
        "{what} {day} est dans le futur : saisissez une date au plus tard le {today}.",
        "{what} {day} is in the future: enter a date no later than {today}.",
    ),
    "date.period_reversed": _T(
        "La fin de la période précède son début : corrigez l'une des deux dates.",
        "The end of the period comes before its start: correct one of the two dates.",
    ),
    "count.not_integer": _T(
        "{what} doit être un nombre entier (reçu : « {value} »).", "{what} must be a whole number (got “{value}”)."
    ),
    "count.negative": _T(
        "{what} ne peut pas être négatif (reçu : {value}).", "{what} cannot be negative (got {value})."
    ),
    "count.too_big": _T("{what} est trop grand (reçu : {value}).", "{what} is too large (got {value})."),
    # ------------------------------------------------------------------ answers
    "rate.numerator_above_denominator": _T(
        "{indicator} : le numérateur ({numerator}) dépasse le dénominateur ({denominator}). "
        "Le numérateur compte une partie du dénominateur : corrigez l'un des deux.",
        "{indicator}: the numerator ({numerator}) is above the denominator ({denominator}). "
        "The numerator counts a part of the denominator: correct one of the two.",
    ),
    "answer.indicator_unknown": _T(
        "Indicateur inconnu « {indicator} » dans le référentiel {referential}.",
        "Unknown indicator “{indicator}” in the referential {referential}.",
    ),
    "answer.existence_has_counts": _T(
        "{indicator} est un indicateur d'existence : il n'a ni numérateur ni dénominateur.",
        "{indicator} is an existence indicator: it has neither numerator nor denominator.",
    ),
    "answer.measurement_not_rate": _T(
        "{indicator} est un indicateur d'existence : la période mesurée et la source des données ne "
        "concernent que les indicateurs de taux. Laissez-les vides.",
        "{indicator} is an existence indicator: the measurement period and the data source only "
        "concern rate indicators. Leave them empty.",
    ),
    "answer.period_reversed": _T(
        "{indicator} : la période mesurée finit le {end}, avant son début le {start}. Corrigez l'une des deux dates.",
        "{indicator}: the measurement period ends on {end}, before it starts on {start}. Correct one of the two dates.",
    ),
    "answer.justification_required": _T(
        "{indicator} : pour le déclarer non applicable, une justification est obligatoire. "
        "Expliquez pourquoi l'indicateur ne concerne pas l'établissement.",
        "{indicator}: a justification is required to declare it not applicable. "
        "Explain why the indicator does not concern the establishment.",
    ),
    "answer.criterion_unknown": _T(
        "{indicator} : critère inconnu « {criterion} ».", "{indicator}: unknown criterion “{criterion}”."
    ),
    "answer.criterion_derived": _T(
        "{indicator} : le critère « {label} » est calculé à partir des preuves ; il ne se coche pas à la main.",
        "{indicator}: the criterion “{label}” is computed from the evidence; it is not ticked by hand.",
    ),
    "answer.criterion_not_bool": _T(
        "{indicator} : le critère « {criterion} » doit valoir vrai ou faux.",
        "{indicator}: the criterion “{criterion}” must be true or false.",
    ),
    "answer.prerequisite_not_applicable": _T(
        "{indicator} est un prérequis : il ne peut pas être déclaré non applicable (l'instruction demande "
        "d'atteindre l'ensemble des prérequis). Renseignez-le ; seul un critère que l'instruction rend "
        "conditionnel (« le cas échéant », « si … ») peut être déclaré non applicable.",
        "{indicator} is a prerequisite: it cannot be declared not applicable (the instruction requires every "
        "prerequisite to be attained). Fill it in; only a criterion the instruction makes conditional "
        "(“le cas échéant”, “si …”) can be declared not applicable.",
    ),
    "answer.criterion_not_conditional": _T(
        "{indicator} : le critère « {label} » ne peut pas être déclaré non applicable : l'instruction ne le "
        "rend pas conditionnel. Répondez oui ou non.",
        "{indicator}: the criterion “{label}” cannot be declared not applicable: the instruction does not make "
        "it conditional. Answer yes or no.",
    ),
    "answer.criterion_justification_required": _T(
        "{indicator} : le critère « {label} » est déclaré non applicable sans justification. Expliquez "
        "pourquoi il ne concerne pas l'établissement.",
        "{indicator}: the criterion “{label}” is declared not applicable without a justification. Explain "
        "why it does not concern the establishment.",
    ),
    # ------------------------------------------------------------------ evidence
    "evidence.type_unknown": _T(
        "Type de preuve inconnu « {value} ». Types reconnus : {known}.",
        "Unknown evidence type “{value}”. Known types: {known}.",
    ),
    "evidence.fields_not_object": _T(
        "Les champs d'une preuve doivent être un objet JSON.", "The fields of an evidence item must be a JSON object."
    ),
    "evidence.rate_out_of_range": _T(
        "{type} : « {label} » doit être un taux entre 0 et 1 (reçu : {value}).",
        "{type}: “{label}” must be a rate between 0 and 1 (got {value}).",
    ),
    "evidence.percent_unreadable": _T(
        "« {value} » n'est pas un pourcentage : saisissez un nombre entre 0 et 100 (exemple : 99,5).",
        "“{value}” is not a percentage: enter a number between 0 and 100 (example: 99.5).",
    ),
    "evidence.number_out_of_range": _T(
        "{type} : « {label} » doit être un nombre entre {minimum} et {maximum} (reçu : {value}).",
        "{type}: “{label}” must be a number between {minimum} and {maximum} (got {value}).",
    ),
    "evidence.text_expected": _T(
        "{type} : « {label} » doit être un texte (reçu : {value}).",
        "{type}: “{label}” must be a text (got {value}).",
    ),
    "evidence.date_expected": _T(
        "{type} : « {label} » doit être une date AAAA-MM-JJ (reçu : {value}).",
        "{type}: “{label}” must be a YYYY-MM-DD date (got {value}).",
    ),
    "evidence.yes_no_expected": _T(
        "{type} : « {label} » doit valoir vrai ou faux (reçu : {value}).",
        "{type}: “{label}” must be true or false (got {value}).",
    ),
    "evidence.field_required": _T(
        "{type} : « {label} » est obligatoire : renseignez-le.", "{type}: “{label}” is required: fill it in."
    ),
    "document.kind_unknown": _T(
        "Type de document inconnu « {kind} ». Types reconnus : {known}.",
        "Unknown document kind “{kind}”. Known kinds: {known}.",
    ),
    # ------------------------------------------------------------------ settings
    "setting.out_of_range": _T(
        "{label} : choisissez un nombre entier entre {minimum} et {maximum}.",
        "{label}: choose a whole number between {minimum} and {maximum}.",
    ),
    # ------------------------------------------------------------------ workspace file
    "workspace.unreadable": _T(
        "Le fichier « {path} » n'est pas un espace de travail HOP'EN Desktop lisible "
        "({reason}). Il n'a pas été modifié. Ouvrez un autre fichier ou restaurez une sauvegarde.",
        "The file “{path}” is not a readable HOP'EN Desktop workspace ({reason}). It was not "
        "modified. Open another file or restore a backup.",
    ),
    "workspace.missing": _T("L'espace de travail « {path} » n'existe pas.", "The workspace “{path}” does not exist."),
    "workspace.schema_newer_read_only": _T(
        "L'espace de travail « {name} » est au schéma {version} et cette version de HOP'EN Desktop "
        "lit le schéma {known} : mettez l'application à jour.",
        "The workspace “{name}” is at schema {version} and this version of HOP'EN Desktop reads "
        "schema {known}: update the application.",
    ),
    "workspace.schema_older_read_only": _T(
        "L'espace de travail « {name} » est au schéma {version} et cette version de HOP'EN Desktop "
        "lit le schéma {known} : ouvrez-le normalement (en écriture) pour le mettre à jour.",
        "The workspace “{name}” is at schema {version} and this version of HOP'EN Desktop reads "
        "schema {known}: open it normally (for writing) to upgrade it.",
    ),
    "workspace.read_only_file": _T(
        "Le fichier « {name} » est en lecture seule : HOP'EN Desktop ne peut pas y enregistrer. "
        "Ouvrez-le en lecture seule, ou copiez-le dans un dossier où vous pouvez écrire.",
        "The file “{name}” is read-only: HOP'EN Desktop cannot save into it. Open it read-only, "
        "or copy it into a folder where you can write.",
    ),
    "workspace.schema_newer": _T(
        "L'espace de travail « {name} » a été créé par une version plus récente de "
        "HOP'EN Desktop (schéma {version}, cette version connaît le schéma {known}). "
        "Il n'a pas été modifié : mettez l'application à jour pour l'ouvrir.",
        "The workspace “{name}” was created by a newer version of HOP'EN Desktop (schema "
        "{version}, this version knows schema {known}). It was not modified: update the "
        "application to open it.",
    ),
    "workspace.cannot_read": _T(
        "Impossible de lire « {path} » : {reason}. Vérifiez les droits du fichier.",
        "Cannot read “{path}”: {reason}. Check the file's permissions.",
    ),
    "workspace.not_sqlite": _T(
        "Le fichier « {name} » n'est pas un espace de travail HOP'EN Desktop (ce n'est "
        "pas une base SQLite, ou elle est tronquée). Il n'a pas été modifié. Ouvrez le bon "
        "fichier ou restaurez une sauvegarde.",
        "The file “{name}” is not a HOP'EN Desktop workspace (it is not an SQLite database, or it "
        "is truncated). It was not modified. Open the right file or restore a backup.",
    ),
    "workspace.locked": _T(
        "L'espace de travail « {name} » est déjà ouvert dans une autre "
        "fenêtre de HOP'EN Desktop. Fermez l'autre fenêtre, ou ouvrez-le en lecture seule.",
        "The workspace “{name}” is already open in another HOP'EN Desktop window. Close the "
        "other window, or open it read-only.",
    ),
    "workspace.lock_failed": _T(
        "Impossible de verrouiller l'espace de travail ({reason}) : le dossier est peut-être en "
        "lecture seule. Ouvrez-le en lecture seule ou copiez-le dans un dossier où vous pouvez écrire.",
        "Cannot lock the workspace ({reason}): the folder may be read-only. Open it read-only or "
        "copy it into a folder where you can write.",
    ),
    "workspace.foreign": _T(
        "Le fichier « {name} » est une base SQLite, mais pas un espace de travail HOP'EN Desktop "
        "(ses tables ou sa version ne sont pas les nôtres). Il n'a pas été modifié. Ouvrez le bon "
        "fichier, ou restaurez une sauvegarde (hopen-desktop backup list, puis backup restore).",
        "The file “{name}” is an SQLite database, but not a HOP'EN Desktop workspace (its tables or "
        "its version are not ours). It was not modified. Open the right file, or restore a backup "
        "(hopen-desktop backup list, then backup restore).",
    ),
    "workspace.damaged": _T(
        "L'espace de travail « {name} » est endommagé ({reason}). Rien n'a été modifié. Restaurez "
        "une sauvegarde : « hopen-desktop backup list » les liste, « hopen-desktop backup restore 1 » "
        "restaure la plus récente (l'état actuel est d'abord mis de côté).",
        "The workspace “{name}” is damaged ({reason}). Nothing was changed. Restore a backup: "
        "“hopen-desktop backup list” lists them, “hopen-desktop backup restore 1” restores the most "
        "recent one (the current state is set aside first).",
    ),
    "workspace.disk_full": _T(
        "Disque plein : l'espace de travail « {name} » n'a pas pu être enregistré. La modification a "
        "été annulée et l'espace de travail est intact. Libérez de la place sur le disque (ou "
        "supprimez d'anciennes sauvegardes), puis recommencez.",
        "Disk full: the workspace “{name}” could not be saved. The change was cancelled and the "
        "workspace is intact. Free some space on the disk (or delete old backups), then try again.",
    ),
    "workspace.constraint": _T(
        "Modification refusée : elle contredit une règle de l'espace de travail « {name} » ({reason}). "
        "Rien n'a été modifié.",
        "Change refused: it breaks a rule of the workspace “{name}” ({reason}). Nothing was changed.",
    ),
    "workspace.io_error": _T(
        "Erreur de lecture ou d'écriture sur le disque pour « {name} » ({reason}). Rien n'a été "
        "modifié. Vérifiez le disque ; si le fichier est endommagé, restaurez une sauvegarde "
        "(hopen-desktop backup list, puis backup restore).",
        "Disk read or write error on “{name}” ({reason}). Nothing was changed. Check the disk; if the "
        "file is damaged, restore a backup (hopen-desktop backup list, then backup restore).",
    ),
    "workspace.read_only_folder": _T(
        "Le dossier de « {name} » est en lecture seule : HOP'EN Desktop ne peut pas y enregistrer. "
        "Rien n'a été modifié. Les commandes de lecture (list, score, export, report) fonctionnent ; "
        "pour modifier, copiez le fichier dans un dossier où vous pouvez écrire.",
        "The folder of “{name}” is read-only: HOP'EN Desktop cannot save there. Nothing was changed. "
        "Reading commands (list, score, export, report) work; to make changes, copy the file into a "
        "folder where you can write.",
    ),
    "workspace.not_regular": _T(
        "« {name} » est {what}, pas un espace de travail : indiquez le fichier de l'espace de travail.",
        "“{name}” is {what}, not a workspace: give the workspace's file.",
    ),
    "workspace.empty_read_only": _T(
        "L'espace de travail « {name} » est vide : il n'y a rien à lire. Importez d'abord une campagne.",
        "The workspace “{name}” is empty: there is nothing to read. Import a campaign first.",
    ),
    "workspace.backup_failed_warning": _T(
        "Attention, sauvegarde automatique impossible avant la modification de « {name} » : {reason} "
        "La modification est tentée sans sauvegarde préalable.",
        "Warning, automatic backup impossible before changing “{name}”: {reason} The change is "
        "attempted without a prior backup.",
    ),
    # ------------------------------------------------------------------ backups
    "backup.failed": _T(
        "Sauvegarde impossible de « {name} » ({reason}) : le fichier est endommagé, ou le disque est plein.",
        "Cannot back up “{name}” ({reason}): the file is damaged, or the disk is full.",
    ),
    "backup.unreadable": _T(
        "La sauvegarde « {name} » est illisible ({reason}) : choisissez-en une autre.",
        "The backup “{name}” is unreadable ({reason}): choose another one.",
    ),
    "backup.damaged": _T(
        "La sauvegarde « {name} » est endommagée : choisissez-en une autre.",
        "The backup “{name}” is damaged: choose another one.",
    ),
    "backup.disk_full": _T(
        "Disque plein : la sauvegarde de « {name} » n'a pas pu être écrite. Libérez de la place "
        "sur le disque (ou supprimez d'anciennes sauvegardes), puis recommencez.",
        "Disk full: the backup of “{name}” could not be written. Free some space on the disk (or "
        "delete old backups), then try again.",
    ),
    "backup.not_writable": _T(
        "Sauvegarde impossible de « {name} » : le dossier « {folder} » est en lecture seule ({reason}). "
        "Rien n'a été modifié. Copiez l'espace de travail dans un dossier où vous pouvez écrire.",
        "Cannot back up “{name}”: the folder “{folder}” is read-only ({reason}). Nothing was changed. "
        "Copy the workspace into a folder where you can write.",
    ),
    "backup.not_workspace": _T(
        "« {name} » n'est pas une sauvegarde d'un espace de travail HOP'EN Desktop ({reason}) : "
        "rien n'a été restauré. Choisissez-en une autre (hopen-desktop backup list).",
        "“{name}” is not a backup of a HOP'EN Desktop workspace ({reason}): nothing was restored. "
        "Choose another one (hopen-desktop backup list).",
    ),
    # ------------------------------------------------------------------ imports
    "import.nothing_changed": _T("Import refusé, rien n'a été modifié.", "Import refused, nothing was changed."),
    "file.missing": _T("Le fichier « {path} » n'existe pas.", "The file “{path}” does not exist."),
    "file.unreadable": _T(
        "Le fichier « {name} » est illisible ({reason}).", "The file “{name}” is unreadable ({reason})."
    ),
    "json.unusable": _T(
        "Le fichier « {name} » n'est pas un document d'échange utilisable ({problem}). "
        "Exportez de nouveau la campagne depuis HOP'EN Desktop.",
        "The file “{name}” is not a usable exchange document ({problem}). Export the campaign again "
        "from HOP'EN Desktop.",
    ),
    "json.invalid": _T(
        "Le fichier « {name} » n'est pas un document JSON valide (ligne {line}, "
        "colonne {column}). Exportez de nouveau la campagne depuis HOP'EN Desktop.",
        "The file “{name}” is not a valid JSON document (line {line}, column {column}). Export the "
        "campaign again from HOP'EN Desktop.",
    ),
    "exchange.field": _T("Document d'échange, « {where} » : {what}.", "Exchange document, “{where}”: {what}."),
    "exchange.located": _T("Document d'échange, « {where} » : {error}", "Exchange document, “{where}”: {error}"),
    "exchange.not_campaign": _T(
        "Ce document n'est pas une campagne HOP'EN Desktop (format « {format} », « {expected} » attendu).",
        "This document is not a HOP'EN Desktop campaign (format “{format}”, “{expected}” expected).",
    ),
    "exchange.version": _T(
        "Version {version} du format d'échange non prise en charge : cette version de "
        "HOP'EN Desktop lit la version {known}. Mettez l'application à jour ou exportez de nouveau.",
        "Version {version} of the exchange format is not supported: this version of HOP'EN Desktop "
        "reads version {known}. Update the application or export again.",
    ),
    "exchange.file_altered": _T(
        "Le fichier joint « {name} » (preuve « {title} ») ne correspond pas à son empreinte : "
        "SHA-256 attendu {expected}, obtenu {actual}. Le fichier a été altéré ; import refusé, "
        "rien n'a été modifié.",
        "The attached file “{name}” (evidence “{title}”) does not match its fingerprint: "
        "SHA-256 expected {expected}, got {actual}. The file was altered; import refused, "
        "nothing was changed.",
    ),
    # ------------------------------------------------------------------ audit bundles
    "bundle.too_big_member": _T(
        "Le paquet d'audit se décompresse au-delà d'une taille raisonnable (membre « {member} »). "
        "Import refusé, rien n'a été modifié.",
        "The audit bundle expands beyond a reasonable size (member “{member}”). Import refused, nothing was changed.",
    ),
    "bundle.missing": _T("Le fichier « {path} » n'existe pas.", "The file “{path}” does not exist."),
    "bundle.unreadable": _T(
        "« {name} » n'est pas un paquet d'audit HOP'EN Desktop (fichier .hopen illisible : {reason}). "
        "Import refusé, rien n'a été modifié.",
        "“{name}” is not a HOP'EN Desktop audit bundle (unreadable .hopen file: {reason}). "
        "Import refused, nothing was changed.",
    ),
    "bundle.forbidden_path": _T(
        "Le paquet d'audit contient un chemin interdit « {member} ». Import refusé, rien n'a été modifié.",
        "The audit bundle holds a forbidden path “{member}”. Import refused, nothing was changed.",
    ),
    "bundle.duplicate_member": _T(
        "Le paquet d'audit contient deux fois le même membre. Import refusé, rien n'a été modifié.",
        "The audit bundle holds the same member twice. Import refused, nothing was changed.",
    ),
    "bundle.no_manifest": _T(
        "« {name} » n'est pas un paquet d'audit HOP'EN Desktop (pas de manifeste). "
        "Import refusé, rien n'a été modifié.",
        "“{name}” is not a HOP'EN Desktop audit bundle (no manifest). Import refused, nothing was changed.",
    ),
    "bundle.too_big": _T(
        "Le paquet d'audit se décompresserait en {size} Go, au-delà de la limite de {limit} Go. "
        "Import refusé, rien n'a été modifié.",
        "The audit bundle would expand to {size} GB, beyond the limit of {limit} GB. "
        "Import refused, nothing was changed.",
    ),
    "bundle.bomb": _T(
        "Le membre « {member} » est compressé de façon anormale (bombe de décompression ?). "
        "Import refusé, rien n'a été modifié.",
        "The member “{member}” is compressed abnormally (decompression bomb?). Import refused, nothing was changed.",
    ),
    "bundle.manifest_unreadable": _T(
        "Le manifeste du paquet d'audit est illisible. Import refusé, rien n'a été modifié.",
        "The audit bundle's manifest is unreadable. Import refused, nothing was changed.",
    ),
    "bundle.not_bundle": _T(
        "« {name} » n'est pas un paquet d'audit HOP'EN Desktop. Import refusé, rien n'a été modifié.",
        "“{name}” is not a HOP'EN Desktop audit bundle. Import refused, nothing was changed.",
    ),
    "bundle.version": _T(
        "Version {version} de paquet d'audit non prise en charge (cette version lit la version {known}). "
        "Import refusé, rien n'a été modifié.",
        "Audit bundle version {version} is not supported (this version reads version {known}). "
        "Import refused, nothing was changed.",
    ),
    "bundle.manifest_malformed": _T(
        "Le manifeste du paquet d'audit est mal formé. Import refusé, rien n'a été modifié.",
        "The audit bundle's manifest is malformed. Import refused, nothing was changed.",
    ),
    "bundle.member_missing": _T(
        "Membre manquant dans le paquet d'audit : « {member} ». Import refusé, rien n'a été modifié.",
        "Member missing from the audit bundle: “{member}”. Import refused, nothing was changed.",
    ),
    "bundle.member_extra": _T(
        "Membre en trop dans le paquet d'audit : « {member} ». Import refusé, rien n'a été modifié.",
        "Unexpected member in the audit bundle: “{member}”. Import refused, nothing was changed.",
    ),
    "bundle.no_campaign": _T(
        "Le paquet d'audit ne contient pas de campagne. Import refusé, rien n'a été modifié.",
        "The audit bundle holds no campaign. Import refused, nothing was changed.",
    ),
    "bundle.member_altered": _T(
        "Le membre « {member} » du paquet d'audit ne correspond pas à son empreinte SHA-256 : "
        "il a été altéré. "
        "Import refusé, rien n'a été modifié.",
        "The member “{member}” of the audit bundle does not match its SHA-256 fingerprint: it was altered. "
        "Import refused, nothing was changed.",
    ),
    "bundle.member_misnamed": _T(
        "Le membre « {member} » ne porte pas le nom de son empreinte. Import refusé, rien n'a été modifié.",
        "The member “{member}” is not named after its fingerprint. Import refused, nothing was changed.",
    ),
    "bundle.damaged": _T(
        "Le paquet d'audit est endommagé ({reason}). Import refusé, rien n'a été modifié.",
        "The audit bundle is damaged ({reason}). Import refused, nothing was changed.",
    ),
    "bundle.campaign_not_json": _T(
        "La campagne du paquet d'audit n'est pas un document JSON valide. Import refusé, rien n'a été modifié.",
        "The audit bundle's campaign is not a valid JSON document. Import refused, nothing was changed.",
    ),
    "bundle.file_missing": _T(
        "Le fichier joint « {name} » n'est pas dans le paquet d'audit. Import refusé, rien n'a été modifié.",
        "The attached file “{name}” is not in the audit bundle. Import refused, nothing was changed.",
    ),
    "bundle.campaign_exists": _T(
        "La campagne du {date} de cet établissement existe déjà dans l'espace de "
        "travail (n° {id}). Choisissez de l'importer comme copie ou de la remplacer.",
        "The campaign of {date} of this establishment already exists in the workspace (no. {id}). "
        "Choose to import it as a copy or to replace it.",
    ),
    # ------------------------------------------------------------------ referentials
    "referential.unknown": _T(
        "Référentiel inconnu : « {id} ». Référentiels disponibles : {known}.",
        "Unknown referential: “{id}”. Available referentials: {known}.",
    ),
    "referential.id_mismatch": _T(
        "Référentiel {name}, champ « id » : « {id} » ne correspond pas au nom du fichier (« {expected} » attendu).",
        "Referential {name}, field “id”: “{id}” does not match the file name (“{expected}” expected).",
    ),
    "referential.unreadable": _T(
        "Référentiel {name} : lecture impossible ({reason}).", "Referential {name}: cannot be read ({reason})."
    ),
    "referential.json_invalid": _T(
        "Référentiel {name} : JSON invalide ligne {line}, colonne {column}.",
        "Referential {name}: invalid JSON at line {line}, column {column}.",
    ),
    "referential.field": _T(
        "Référentiel {name}, champ « {where} » : {what}.", "Referential {name}, field “{where}”: {what}."
    ),
    "referential.too_big": _T(
        "Référentiel {name} : fichier trop volumineux (plus de {limit} Mo). Ce n'est pas un référentiel.",
        "Referential {name}: file too large (over {limit} MB). It is not a referential.",
    ),
    "referential.unusable": _T(
        "Référentiel {name} : JSON inutilisable ({problem}).", "Referential {name}: unusable JSON ({problem})."
    ),
    "referential.bad_id": _T(
        "Référentiel {name}, champ « id » : « {id} » ne peut pas nommer un fichier (lettres sans accent, "
        "chiffres, points, tirets et soulignés, 64 caractères au plus). Choisissez un autre identifiant.",
        "Referential {name}, field “id”: “{id}” cannot name a file (unaccented letters, digits, dots, "
        "hyphens and underscores, 64 characters at most). Choose another identifier.",
    ),
    "referential.shipped_id": _T(
        "Référentiel {name} : l'identifiant « {id} » est celui d'un référentiel fourni avec l'application, "
        "choisissez un autre identifiant (champ « id » du fichier).",
        "Referential {name}: the identifier “{id}” is that of a referential shipped with the application, "
        "choose another identifier (the file's “id” field).",
    ),
    "referential.already_added": _T(
        "Référentiel {name} : un référentiel « {id} » a déjà été ajouté. Pour le remplacer, confirmez le "
        "remplacement (option --replace en ligne de commande) ; les campagnes existantes gardent le leur.",
        "Referential {name}: a referential “{id}” was already added. To replace it, confirm the replacement "
        "(option --replace on the command line); existing campaigns keep theirs.",
    ),
    "referential.not_written": _T(
        "Le référentiel {name} n'a pas pu être enregistré dans {folder} ({reason}). Rien n'a été ajouté.",
        "The referential {name} could not be saved in {folder} ({reason}). Nothing was added.",
    ),
    "referential.altered": _T(
        "Le référentiel {name} enregistré dans l'espace de travail a été modifié hors de l'application "
        "(son empreinte ne correspond plus à {sha256}…). Restaurez une sauvegarde de l'espace de travail.",
        "The referential {name} stored in the workspace was changed outside the application (its "
        "fingerprint no longer matches {sha256}…). Restore a backup of the workspace.",
    ),
    "referential.missing_in_workspace": _T(
        "Le référentiel « {id} » de la campagne n° {campaign} manque dans l'espace de travail (empreinte "
        "{sha256}…) : l'espace de travail a été modifié hors de l'application. Restaurez une sauvegarde.",
        "The referential “{id}” of campaign no. {campaign} is missing from the workspace (fingerprint "
        "{sha256}…): the workspace was changed outside the application. Restore a backup.",
    ),
    "referential.campaign_missing": _T(
        "Le référentiel « {id} » de la campagne n° {campaign} n'est ni enregistré dans l'espace de travail "
        "ni disponible (référentiels disponibles : {known}). Ajoutez-le (Fichier › Ajouter un référentiel…) "
        "pour ouvrir cette campagne.",
        "The referential “{id}” of campaign no. {campaign} is neither stored in the workspace nor available "
        "(available referentials: {known}). Add it (File › Add a referential…) to open this campaign.",
    ),
    # ------------------------------------------------------------------ records looked up by number
    "establishment.not_found": _T(
        "Établissement n° {id} introuvable dans cet espace de travail.",
        "Establishment no. {id} not found in this workspace.",
    ),
    "campaign.not_found": _T(
        "Campagne n° {id} introuvable dans cet espace de travail. "
        "Vérifiez le numéro (la commande « score » ou la liste des campagnes les donne).",
        "Campaign no. {id} not found in this workspace. "
        "Check the number (the “score” command or the list of campaigns gives them).",
    ),
    "action.not_found": _T("Action n° {id} introuvable.", "Action no. {id} not found."),
    "evidence.not_found": _T("Preuve n° {id} introuvable.", "Evidence item no. {id} not found."),
    "evidence_file.not_found": _T("Fichier joint n° {id} introuvable.", "Attached file no. {id} not found."),
    "blob.not_found": _T(
        "Contenu du fichier {sha256}… introuvable dans l'espace de travail.",
        "Content of the file {sha256}… not found in the workspace.",
    ),
    # ------------------------------------------------------------------ operations
    "establishment.ght_support_without_ght": _T(
        "Un établissement support de GHT doit appartenir à un GHT : saisissez le nom du GHT.",
        "A GHT support establishment must belong to a GHT: enter the GHT's name.",
    ),
    "establishment.finess_taken": _T(
        "Le FINESS {finess} est déjà celui de « {name} » dans cet espace de travail.",
        "The FINESS {finess} already belongs to “{name}” in this workspace.",
    ),
    "action.status_unknown": _T("Statut d'action inconnu « {status} ».", "Unknown action status “{status}”."),
    "attachment.no_name": _T("Le fichier joint doit avoir un nom.", "The attached file must have a name."),
    "attachment.unreadable": _T(
        "Le fichier « {name} » est illisible ({reason}). Vérifiez qu'il existe et que vous avez le droit de le lire.",
        "The file “{name}” is unreadable ({reason}). Check that it exists and that you may read it.",
    ),
    "attachment.too_big": _T(
        "Le fichier « {name} » fait {size} Mo, au-delà de la limite de {limit} Mo. Réduisez-le "
        "(PDF compressé, extrait) ou relevez la limite dans les préférences. Rien n'a été enregistré.",
        "The file “{name}” is {size} MB, beyond the limit of {limit} MB. Reduce it (compressed PDF, "
        "extract) or raise the limit in the preferences. Nothing was saved.",
    ),
    "workspace.read_only": _T(
        "L'espace de travail « {name} » est ouvert en lecture seule : la modification n'a pas "
        "été enregistrée. Rouvrez-le normalement pour le modifier.",
        "The workspace “{name}” is open read-only: the change was not saved. Open it normally to change it.",
    ),
    "workspace.busy": _T(
        "Espace de travail occupé par une autre fenêtre ou commande : fermez la fenêtre de HOP'EN Desktop "
        "qui l'a ouvert, ou attendez la fin de l'autre commande, puis relancez. Rien n'a été modifié.",
        "Workspace busy with another window or command: close the HOP'EN Desktop window that opened it, "
        "or wait for the other command to end, then run again. Nothing was changed.",
    ),
    "backup.no_such_index": _T(
        "Sauvegarde n° {index} inexistante : « backup list » donne les numéros valides.",
        "There is no backup no. {index}: “backup list” gives the valid numbers.",
    ),
    # ------------------------------------------------------------------ output and input files
    "output.symlink": _T(
        "« {path} » est un lien symbolique : il n'est pas remplacé. Indiquez le chemin d'un fichier ordinaire.",
        "“{path}” is a symbolic link: it is not replaced. Give the path of a regular file.",
    ),
    "output.directory": _T(
        "« {path} » est un dossier : indiquez le nom du fichier à écrire dans ce dossier.",
        "“{path}” is a folder: give the name of the file to write in this folder.",
    ),
    "output.not_regular": _T(
        "« {path} » n'est pas un fichier ordinaire (périphérique, tube ou socket) : il n'est pas "
        "remplacé. Indiquez le chemin d'un fichier ordinaire.",
        "“{path}” is not a regular file (device, pipe or socket): it is not replaced. Give the path of a regular file.",
    ),
    "output.database": _T(
        "« {path} » est une base de données (un espace de travail ou une sauvegarde) : elle n'est "
        "jamais remplacée par un export. Choisissez un autre nom de fichier.",
        "“{path}” is a database (a workspace or a backup): it is never replaced by an export. "
        "Choose another file name.",
    ),
    "output.database_companion": _T(
        "« {path} » accompagne la base de données « {base} » : il n'est jamais remplacé. "
        "Choisissez un autre nom de fichier.",
        "“{path}” goes with the database “{base}”: it is never replaced. Choose another file name.",
    ),
    "input.missing": _T(
        "« {path} » : fichier introuvable. Vérifiez le chemin du fichier.",
        "“{path}”: file not found. Check the file's path.",
    ),
    "input.dangling_link": _T(
        "« {path} » : lien symbolique sans cible. Vérifiez le chemin du fichier.",
        "“{path}”: symbolic link without a target. Check the file's path.",
    ),
    "input.directory": _T("« {path} » est un dossier : indiquez un fichier.", "“{path}” is a folder: give a file."),
    "input.unreadable": _T(
        "« {path} » ne peut pas être lu : {reason}. Vérifiez le fichier et ses droits.",
        "“{path}” cannot be read: {reason}. Check the file and its permissions.",
    ),
    "input.not_regular": _T(
        "« {path} » est {what} : indiquez un fichier ordinaire.", "“{path}” is {what}: give a regular file."
    ),
    "input.too_big": _T(
        "{what} « {name} » dépasse la taille admise ({limit} Mo) : il n'a pas été lu.",
        "{what} “{name}” is larger than allowed ({limit} MB): it was not read.",
    ),
    # ------------------------------------------------------------------ command line
    "password.env_unset": _T(
        "La variable d'environnement {variable} n'est pas définie : elle doit contenir le mot de passe de l'identité.",
        "The environment variable {variable} is not set: it must hold the identity's password.",
    ),
    "password.missing": _T(
        "Mot de passe de l'identité manquant : indiquez avec --password-env la variable d'environnement qui le "
        "contient (il n'est jamais accepté sur la ligne de commande).",
        "The identity's password is missing: name with --password-env the environment variable that holds "
        "it (it is never accepted on the command line).",
    ),
    "certificate.invalid": _T(
        "« {path} » n'est pas un certificat (fichier .cer, .crt, .pem ou .der attendu) : demandez au "
        "signataire le fichier de son certificat.",
        "“{path}” is not a certificate (a .cer, .crt, .pem or .der file is expected): ask the signer for "
        "their certificate file.",
    ),
    "certificate.unreadable": _T(
        "Certificat « {path} » illisible ({reason}).", "Certificate “{path}” is unreadable ({reason})."
    ),
    # ------------------------------------------------------------------ identities and signing
    "identity.name_required": _T(
        "Le nom du signataire est obligatoire : saisissez-le.", "The signer's name is required: enter it."
    ),
    "identity.name_too_long": _T(
        "Le nom du signataire est trop long pour un certificat ({maximum} octets au plus, une lettre "
        "accentuée en comptant deux) : abrégez-le.",
        "The signer's name is too long for a certificate ({maximum} bytes at most, an accented letter "
        "counting two): shorten it.",
    ),
    "identity.organisation_required": _T(
        "L'organisation du signataire est obligatoire : saisissez-la.",
        "The signer's organisation is required: enter it.",
    ),
    "identity.email_invalid": _T(
        "Adresse électronique « {email} » invalide : écrivez-la sous la forme nom@domaine.fr.",
        "Invalid email address “{email}”: write it as name@domain.org.",
    ),
    "identity.password_too_short": _T(
        "Le mot de passe de l'identité doit compter au moins {minimum} caractères : il protège votre clé de signature.",
        "The identity's password must have at least {minimum} characters: it protects your signing key.",
    ),
    "identity.file_exists": _T(
        "Le fichier « {path} » existe déjà : choisissez un autre nom de fichier "
        "(une identité existante n'est jamais écrasée).",
        "The file “{path}” already exists: choose another file name (an existing identity is never overwritten).",
    ),
    "identity.write_failed": _T(
        "Impossible d'écrire l'identité dans « {path} » ({reason}).",
        "Cannot write the identity to “{path}” ({reason}).",
    ),
    "identity.copy_failed": _T(
        "Impossible de copier l'identité dans « {folder} » ({reason}).",
        "Cannot copy the identity into “{folder}” ({reason}).",
    ),
    "identity.missing": _T(
        "Le fichier d'identité « {path} » n'existe pas.", "The identity file “{path}” does not exist."
    ),
    "identity.unreadable": _T(
        "Le fichier d'identité « {name} » est illisible ({reason}).",
        "The identity file “{name}” is unreadable ({reason}).",
    ),
    "identity.wrong_password": _T(
        "Mot de passe incorrect pour l'identité « {name} ». Ressaisissez-le (attention aux "
        "majuscules) ; sans le bon mot de passe, la clé de signature ne peut pas être utilisée.",
        "Wrong password for the identity “{name}”. Type it again (mind the capitals); without the right "
        "password, the signing key cannot be used.",
    ),
    "identity.not_pkcs12": _T(
        "« {name} » n'est pas une identité de signature PKCS#12 (.p12 ou .pfx) lisible. "
        "Choisissez le fichier fourni avec votre certificat, ou créez une identité dans l'application.",
        "“{name}” is not a readable PKCS#12 signing identity (.p12 or .pfx). Choose the file that came "
        "with your certificate, or create an identity in the application.",
    ),
    "identity.no_key": _T(
        "L'identité « {name} » ne contient pas de clé privée avec son certificat : elle ne permet pas "
        "de signer. Demandez le fichier .p12 complet à l'émetteur du certificat.",
        "The identity “{name}” holds no private key with its certificate: it cannot sign. Ask the "
        "certificate's issuer for the complete .p12 file.",
    ),
    "signing.certificate_expired": _T(
        "Le certificat de « {signer} » a expiré le {day} : il ne peut plus signer. "
        "Utilisez un certificat en cours de validité.",
        "The certificate of “{signer}” expired on {day}: it can no longer sign. Use a valid certificate.",
    ),
    "signing.certificate_not_yet_valid": _T(
        "Le certificat de « {signer} » n'est valable qu'à partir du {day} : il ne peut pas encore signer. "
        "Vérifiez la date et l'heure de cet ordinateur, ou utilisez un certificat en cours de validité.",
        "The certificate of “{signer}” is only valid from {day}: it cannot sign yet. Check this computer's "
        "date and time, or use a valid certificate.",
    ),
    "signing.not_pdf": _T(
        "Le fichier à signer n'est pas un PDF lisible ({reason}).", "The file to sign is not a readable PDF ({reason})."
    ),
    "signing.already_signed": _T(
        "Ce PDF est déjà signé : signez le rapport produit par HOP'EN Desktop, avant toute signature.",
        "This PDF is already signed: sign the report produced by HOP'EN Desktop, before any signature.",
    ),
    "signing.failed": _T("La signature du PDF a échoué ({reason}).", "Signing the PDF failed ({reason})."),
    "signing.font_support_missing": _T(
        "La signature visible ne peut pas être dessinée : le module « {module} » de pyHanko[opentype] "
        "n'est pas installé. L'installation est incomplète : réinstallez HOP'EN Desktop "
        "(ou « pip install 'pyhanko[opentype]' »).",
        "The visible signature cannot be drawn: the module “{module}” of pyHanko[opentype] is not "
        "installed. The installation is incomplete: reinstall HOP'EN Desktop "
        "(or “pip install 'pyhanko[opentype]'”).",
    ),
    "signing.source_unreadable": _T(
        "Le fichier « {path} » est illisible ({reason}).", "The file “{path}” is unreadable ({reason})."
    ),
    # ------------------------------------------------------------------ reports
    "cancelled": _T("Opération annulée : aucun fichier n'a été écrit.", "Operation cancelled: no file was written."),
    "font.unreadable": _T(
        "Police « {name} » introuvable ou illisible ({path}) : l'installation est incomplète. "
        "Réinstallez HOP'EN Desktop.",
        "Font “{name}” missing or unreadable ({path}): the installation is incomplete. Reinstall HOP'EN Desktop.",
    ),
    # ------------------------------------------------------------------ Excel workbook
    "workbook.extension": _T(
        "Le classeur doit porter l'extension .xlsx (reçu : « {name} »).",
        "The workbook must have the .xlsx extension (got “{name}”).",
    ),
    "xlsx.at_cell": _T("Feuille « {sheet} », cellule {cell} : {error}", "Sheet “{sheet}”, cell {cell}: {error}"),
    "xlsx.at_sheet": _T("Feuille « {sheet} » : {error}", "Sheet “{sheet}”: {error}"),
    "xlsx.answer": _T("{error}", "{error}"),
    "xlsx.macro_extension": _T(
        "« {name} » est un classeur à macros : il est refusé par sécurité. Enregistrez-le au format "
        "« Classeur Excel (.xlsx) » puis importez ce fichier.",
        "“{name}” is a macro-enabled workbook: it is refused for safety. Save it as "
        "“Excel Workbook (.xlsx)” then import that file.",
    ),
    "xlsx.not_xlsx": _T(
        "« {name} » n'est pas un classeur Excel (.xlsx) : exportez la grille depuis HOP'EN Desktop, "
        "complétez-la et importez-la sans changer de format.",
        "“{name}” is not an Excel workbook (.xlsx): export the grid from HOP'EN Desktop, fill it in and "
        "import it without changing its format.",
    ),
    "xlsx.macros": _T(
        "« {name} » contient des macros : il est refusé par sécurité. Enregistrez-le au format "
        "« Classeur Excel (.xlsx) » sans macros puis importez ce fichier.",
        "“{name}” contains macros: it is refused for safety. Save it as “Excel Workbook (.xlsx)” "
        "without macros then import that file.",
    ),
    "xlsx.too_big": _T(
        "« {name} » se décompresse au-delà de ce qu'un classeur de la grille peut contenir "
        "(plus de {limit} Mo) : ce n'est pas la grille exportée par HOP'EN Desktop. Import refusé, rien "
        "n'a été modifié.",
        "“{name}” expands beyond what a workbook of the grid can hold (more than {limit} MB): it is not the "
        "grid exported by HOP'EN Desktop. Import refused, nothing was changed.",
    ),
    "xlsx.damaged": _T(
        "« {name} » est un classeur Excel illisible ou endommagé ({reason}).",
        "“{name}” is an unreadable or damaged Excel workbook ({reason}).",
    ),
    "xlsx.foreign": _T(
        "« {name} » n'est pas une grille d'autodiagnostic exportée par HOP'EN Desktop "
        "(feuille « {meta} » d'identification absente ou modifiée). Exportez la grille de la campagne "
        "depuis l'application, complétez-la, puis importez-la.",
        "“{name}” is not a self-assessment grid exported by HOP'EN Desktop (identification sheet "
        "“{meta}” missing or modified). Export the campaign's grid from the application, fill it in, "
        "then import it.",
    ),
    "xlsx.version": _T(
        "Version « {version} » de la grille non prise en charge (version {expected} "
        "attendue) : exportez de nouveau la grille depuis cette version de l'application.",
        "Grid version “{version}” is not supported (version {expected} expected): export the grid again "
        "from this version of the application.",
    ),
    "xlsx.referential": _T(
        "ce classeur suit le référentiel « {found} », la campagne suit « {expected} ». "
        "Importez-le dans une campagne du même référentiel.",
        "this workbook follows the referential “{found}”, the campaign follows “{expected}”. "
        "Import it into a campaign of the same referential.",
    ),
    "xlsx.other_campaign": _T(
        "« {name} » est le classeur de la campagne du {found_date} (n° {found}), pas de la campagne du "
        "{expected_date} (n° {expected}) : l'importer remplacerait les réponses, commentaires et "
        "justifications de celle-ci. Rien n'a été importé. Importez-le dans sa campagne ; pour reprendre "
        "ses réponses à dessein dans la campagne n° {expected}, utilisez « import-xlsx --into-campaign "
        "{expected} » (une sauvegarde est faite avant).",
        "“{name}” is the workbook of the campaign of {found_date} (no. {found}), not of the campaign of "
        "{expected_date} (no. {expected}): importing it would replace that campaign's answers, comments and "
        "justifications. Nothing was imported. Import it into its own campaign; to take its answers into "
        "campaign no. {expected} on purpose, use “import-xlsx --into-campaign {expected}” (a backup is "
        "made first).",
    ),
    "xlsx.finess": _T(
        "ce classeur est celui de l'établissement FINESS {found}, la campagne est celle du "
        "FINESS {expected}. Importez-le dans une campagne du bon établissement.",
        "this workbook is that of the establishment FINESS {found}, the campaign is that of FINESS "
        "{expected}. Import it into a campaign of the right establishment.",
    ),
    "xlsx.sheet_missing": _T(
        "la feuille « {missing} » est absente du classeur : ne supprimez ni ne renommez les feuilles de la grille.",
        "the sheet “{missing}” is missing from the workbook: do not delete or rename the grid's sheets.",
    ),
    "xlsx.header": _T(
        "en-tête « {title} » attendu (trouvé : « {found} »). Ne déplacez, n'insérez ni ne supprimez de colonnes.",
        "header “{title}” expected (found “{found}”). Do not move, insert or delete columns.",
    ),
    "xlsx.no_id": _T(
        "cette ligne n'a pas d'identifiant d'indicateur ou de critère en colonne A : "
        "ne supprimez pas les identifiants.",
        "this row has no indicator or criterion identifier in column A: do not delete the identifiers.",
    ),
    "xlsx.wrong_sheet": _T(
        "l'indicateur {indicator} appartient à la feuille « {group} », pas à celle-ci.",
        "the indicator {indicator} belongs to the sheet “{group}”, not to this one.",
    ),
    "xlsx.indicator_twice": _T(
        "l'indicateur {indicator} apparaît deux fois.", "the indicator {indicator} appears twice."
    ),
    "xlsx.unknown_id": _T(
        "identifiant inconnu « {id} » : ni indicateur ni critère du référentiel {referential}.",
        "unknown identifier “{id}”: neither an indicator nor a criterion of the referential {referential}.",
    ),
    "xlsx.criterion_misplaced": _T(
        "le critère « {criterion} » doit suivre la ligne de l'indicateur {indicator} : ne déplacez pas les lignes.",
        "the criterion “{criterion}” must follow the row of the indicator {indicator}: do not move rows.",
    ),
    "xlsx.criterion_twice": _T(
        "le critère « {criterion} » apparaît deux fois.", "the criterion “{criterion}” appears twice."
    ),
    "xlsx.count_formula": _T(
        "le {what} est une formule ({value}) : saisissez directement le nombre entier.",
        "the {what} is a formula ({value}): enter the whole number directly.",
    ),
    "xlsx.count_not_integer": _T(
        "le {what} doit être un nombre entier (trouvé : « {value} »).",
        "the {what} must be a whole number (found “{value}”).",
    ),
    "xlsx.count_fraction": _T(
        "le {what} doit être un nombre entier (trouvé : {value}).", "the {what} must be a whole number (found {value})."
    ),
    "xlsx.count_text": _T(
        "le {what} doit être un nombre entier, pas du texte (trouvé : « {value} »). "
        "Saisissez le nombre seul, sans unité ni espace.",
        "the {what} must be a whole number, not text (found “{value}”). Enter the number alone, without unit or space.",
    ),
    "xlsx.count_negative": _T(
        "le {what} ne peut pas être négatif (trouvé : {value}).", "the {what} cannot be negative (found {value})."
    ),
    "xlsx.count_too_big": _T(
        "le {what} est trop grand (trouvé : {value}).", "the {what} is too large (found {value})."
    ),
    "xlsx.yes_no_formula": _T(
        "formule refusée ({value}) : choisissez oui ou non.", "formula refused ({value}): choose oui or non."
    ),
    "xlsx.yes_no_invalid": _T(
        "« {value} » n'est pas une réponse possible : choisissez oui ou non.",
        "“{value}” is not a possible answer: choose oui or non.",
    ),
    "xlsx.text_formula": _T(
        "formule refusée ({value}) : saisissez du texte (commencez par une apostrophe pour écrire « = »).",
        "formula refused ({value}): enter text (start with an apostrophe to write “=”).",
    ),
    "xlsx.date_formula": _T(
        "formule refusée ({value}) : saisissez une date (exemple : 31/12/2025).",
        "formula refused ({value}): enter a date (example: 31/12/2025).",
    ),
    "xlsx.date_invalid": _T(
        "« {value} » n'est pas une date : saisissez-la sous la forme JJ/MM/AAAA (exemple : 31/12/2025), "
        "ou laissez la cellule vide.",
        "“{value}” is not a date: enter it as DD/MM/YYYY (example: 31/12/2025), or leave the cell empty.",
    ),
    "xlsx.existence_has_measurement": _T(
        "{indicator} est un indicateur d'existence : il n'a ni période mesurée ni source des données. "
        "Videz cette cellule.",
        "{indicator} is an existence indicator: it has no measurement period and no data source. Empty this cell.",
    ),
    "xlsx.existence_has_counts": _T(
        "{indicator} est un indicateur d'existence : il n'a ni numérateur ni dénominateur ; videz cette cellule.",
        "{indicator} is an existence indicator: it has neither numerator nor denominator; empty this cell.",
    ),
    "xlsx.justification_required": _T(
        "{indicator} est déclaré non applicable sans justification : expliquez pourquoi l'indicateur ne "
        "concerne pas l'établissement.",
        "{indicator} is declared not applicable without a justification: explain why the indicator does "
        "not concern the establishment.",
    ),
    # ------------------------------------------------------------------ sealed campaigns (model/sealing.py)
    "campaign.sealed": _T(
        "La campagne du {date} est scellée depuis le {sealed} (rapport signé n° {report}) : elle ne peut "
        "plus être modifiée. Pour la faire évoluer, créez-en une nouvelle version (menu Campagne › "
        "Nouvelle version).",
        "The campaign of {date} has been sealed since {sealed} (signed report no. {report}): it can no "
        "longer be changed. To make it evolve, create a new version of it (menu Campaign › New version).",
    ),
    "campaign.sealed_delete": _T(
        "La campagne du {date} est scellée depuis le {sealed} (rapport signé n° {report}) : elle ne peut "
        "pas être supprimée, son rapport signé s'y rapporte.",
        "The campaign of {date} has been sealed since {sealed} (signed report no. {report}): it cannot be "
        "deleted, its signed report refers to it.",
    ),
    "establishment.sealed_delete": _T(
        "L'établissement a une campagne scellée, celle du {date} (scellée depuis le {sealed}, rapport "
        "signé n° {report}) : il ne peut pas être supprimé, car ses campagnes le seraient avec lui.",
        "The establishment has a sealed campaign, the one of {date} (sealed since {sealed}, signed report "
        "no. {report}): it cannot be deleted, since its campaigns would be deleted with it.",
    ),
    "campaign.sealed_replace": _T(
        "L'import remplacerait la campagne du {date}, scellée depuis le {sealed} (rapport signé n° "
        "{report}) : une campagne scellée ne peut pas être remplacée. Importez le fichier comme une copie, "
        "à côté d'elle.",
        "The import would replace the campaign of {date}, sealed since {sealed} (signed report no. "
        "{report}): a sealed campaign cannot be replaced. Import the file as a copy, beside it.",
    ),
    "campaign.already_sealed": _T(
        "La campagne du {date} est déjà scellée depuis le {sealed} (rapport signé n° {report}) : elle ne "
        "peut pas l'être une seconde fois. Pour sceller un nouveau rapport, créez une nouvelle version de "
        "la campagne (menu Campagne › Nouvelle version).",
        "The campaign of {date} is already sealed since {sealed} (signed report no. {report}): it cannot "
        "be sealed twice. To seal a new report, create a new version of the campaign (menu Campaign › New "
        "version).",
    ),
    "action.sealed_plan": _T(
        "Cette action du plan figurait dans le rapport signé de la campagne du {date}, scellée depuis le "
        "{sealed} (rapport n° {report}) : elle ne peut plus être modifiée ni supprimée. Pour la suivre, créez une "
        "nouvelle action (ou une nouvelle version de la campagne).",
        "This plan action was listed in the signed report of the campaign of {date}, sealed since {sealed} "
        "(report no. {report}): it can no longer be changed or deleted. To follow it up, create a new action (or "
        "a new version of the campaign).",
    ),
    "action.sealed": _T(
        "Cette action appartient à la campagne du {date}, scellée depuis le {sealed} (rapport signé n° "
        "{report}) : elle ne peut plus être modifiée ni supprimée. Pour la faire évoluer, créez une "
        "nouvelle version de la campagne (menu Campagne › Nouvelle version).",
        "This action belongs to the campaign of {date}, sealed since {sealed} (signed report no. "
        "{report}): it can no longer be changed or deleted. To make it evolve, create a new version of the "
        "campaign (menu Campaign › New version).",
    ),
    "action.sealed_add": _T(
        "La campagne du {date} est scellée depuis le {sealed} (rapport signé n° {report}) : on ne peut plus "
        "lui ajouter d'action. Ajoutez l'action à une nouvelle version de la campagne (menu Campagne › "
        "Nouvelle version).",
        "The campaign of {date} has been sealed since {sealed} (signed report no. {report}): no action can "
        "be added to it any more. Add the action to a new version of the campaign (menu Campaign › New "
        "version).",
    ),
    "evidence.sealed": _T(
        "La preuve « {title} » du {evidence_date} figure dans le rapport signé de la campagne du {date}, "
        "scellée depuis le {sealed} (rapport n° {report}) : elle ne peut plus être modifiée ni supprimée, "
        "et aucun fichier ne peut y être joint ou retiré. Enregistrez plutôt une nouvelle preuve.",
        "The evidence “{title}” of {evidence_date} is part of the signed report of the campaign of {date}, "
        "sealed since {sealed} (report no. {report}): it can no longer be changed or deleted, and no file "
        "can be attached to it or removed from it. Record a new piece of evidence instead.",
    ),
    "seal.invalid": _T(
        "Le sceau du rapport signé est incomplet ou illisible ({reason}) : la campagne n'a pas été scellée. "
        "Produisez de nouveau le rapport signé.",
        "The signed report's seal is incomplete or unreadable ({reason}): the campaign was not sealed. "
        "Produce the signed report again.",
    ),
    # ------------------------------------------------------------------ approved signers (issue 15)
    "signers.book_damaged": _T(
        "Le carnet des signataires approuvés « {path} » est endommagé ({reason}) : aucun signataire n'y est "
        "reconnu. Il n'a pas été modifié ; la prochaine approbation le mettra de côté sous un nom daté "
        "(« ….endommage-….json ») et commencera un nouveau carnet, où vous pourrez réimporter les certificats.",
        "The book of approved signers “{path}” is damaged ({reason}): no signer is recognised from it. It was "
        "not changed; the next approval will set it aside under a dated name (“….endommage-….json”) and start a "
        "new book, into which you can import the certificates again.",
    ),
    "signers.book_busy": _T(
        "Le carnet des signataires approuvés « {path} » est en cours de modification par une autre fenêtre ou "
        "commande : réessayez dans un instant.",
        "The book of approved signers “{path}” is being changed by another window or command: try again in a moment.",
    ),
    "signers.fingerprint_malformed": _T(
        "Empreinte « {value} » mal formée : une empreinte SHA-256 compte 64 chiffres hexadécimaux (0-9, A-F), "
        "ici {count}. Espaces et deux-points sont ignorés : recopiez-la telle que le signataire l'a lue.",
        "Malformed fingerprint “{value}”: a SHA-256 fingerprint has 64 hexadecimal digits (0-9, A-F), here "
        "{count}. Spaces and colons are ignored: copy it as the signer read it.",
    ),
    "signers.fingerprint_mismatch": _T(
        "L'empreinte saisie ne correspond PAS au certificat qui a signé ce rapport ({signer}). Saisie : {typed}. "
        "Certificat du rapport : {actual}. Rien n'a été approuvé : si le signataire a bien lu cette empreinte, "
        "le rapport n'a pas été signé par lui.",
        "The fingerprint typed does NOT match the certificate that signed this report ({signer}). Typed: {typed}. "
        "Report's certificate: {actual}. Nothing was approved: if the signer did read that fingerprint, the report "
        "was not signed by them.",
    ),
    "signers.report_not_signed": _T(
        "« {name} » : aucun signataire à approuver ({verdict})",
        "“{name}”: no signer to approve ({verdict})",
    ),
    "signers.report_invalid": _T(
        "« {name} » : la signature n'est pas valide, son signataire ne peut pas être approuvé. {verdict}",
        "“{name}”: the signature is not valid, its signer cannot be approved. {verdict}",
    ),
    "signers.not_found": _T(
        "Aucun signataire approuvé n'a l'empreinte {fingerprint} : la liste est donnée par "
        "« hopen-desktop signers list ».",
        "No approved signer has the fingerprint {fingerprint}: “hopen-desktop signers list” gives the list.",
    ),
    "signers.approve_usage": _T(
        "Indiquez soit le fichier du certificat (« signers approve CERTIFICAT.cer »), soit un rapport signé et "
        "l'empreinte lue par le signataire (« signers approve --from-report RAPPORT.pdf --fingerprint EMPREINTE »).",
        "Give either the certificate file (“signers approve CERTIFICATE.cer”), or a signed report and the "
        "fingerprint the signer read (“signers approve --from-report REPORT.pdf --fingerprint FINGERPRINT”).",
    ),
    "signers.certificate_unreadable": _T(
        "Ce certificat est illisible : il ne peut pas être approuvé. Demandez au signataire le fichier de son "
        "certificat (.cer, .crt ou .pem).",
        "This certificate cannot be read: it cannot be approved. Ask the signer for their certificate file "
        "(.cer, .crt or .pem).",
    ),
    # ------------------------------------------------------------------ the seal of a report (issue 15)
    "seal.unreadable": _T(
        "Le sceau contenu dans le rapport est illisible ({problem}) : le fichier a été abîmé ou fabriqué ; "
        "demandez le rapport original à son auteur.",
        "The seal inside the report is unreadable ({problem}): the file was damaged or forged; ask its "
        "author for the original report.",
    ),
    "seal.too_big": _T(
        "Le sceau contenu dans le rapport dépasse {limit} Mo : ce n'est pas un sceau produit par "
        "HOP'EN Desktop ; demandez le rapport original à son auteur.",
        "The seal inside the report is larger than {limit} MB: it is not a seal made by HOP'EN Desktop; "
        "ask its author for the original report.",
    ),
    "seal.not_seal": _T(
        "Le fichier joint « sceau-hopen.json » du rapport n'est pas un sceau HOP'EN Desktop : le rapport "
        "a été modifié ou fabriqué ; demandez le rapport original à son auteur.",
        "The attached file “sceau-hopen.json” of the report is not a HOP'EN Desktop seal: the report was "
        "modified or forged; ask its author for the original report.",
    ),
    "seal.version": _T(
        "Le sceau du rapport est d'une version inconnue ({version}, connue : {known}) : mettez à jour "
        "HOP'EN Desktop pour le vérifier.",
        "The report's seal is of an unknown version ({version}, known: {known}): update HOP'EN Desktop to check it.",
    ),
    "seal.field": _T(
        "Le sceau contenu dans le rapport est invalide à « {where} » : {what}. Le fichier a été abîmé ou "
        "fabriqué ; demandez le rapport original à son auteur.",
        "The seal inside the report is invalid at “{where}”: {what}. The file was damaged or forged; ask "
        "its author for the original report.",
    ),
    "seal.pdf_unreadable": _T(
        "Impossible de lire le sceau de ce PDF ({reason}) : le fichier est abîmé ou n'est pas un PDF.",
        "Cannot read the seal of this PDF ({reason}): the file is damaged or is not a PDF.",
    ),
    "seal.pdf_twice": _T(
        "Ce PDF contient plusieurs sceaux « sceau-hopen.json » : il a été modifié ; demandez le rapport "
        "original à son auteur.",
        "This PDF holds several “sceau-hopen.json” seals: it was modified; ask its author for the original report.",
    ),
    "seal.embed_failed": _T(
        "Impossible d'insérer le sceau dans le rapport ({reason}).",
        "Cannot insert the seal into the report ({reason}).",
    ),
    # ------------------------------------------------------------------ verify-journal --against (issue 15)
    "journal.anchor_report_invalid": _T(
        "Le rapport « {name} » ne peut pas servir d'ancre au journal : {verdict}",
        "The report “{name}” cannot anchor the journal: {verdict}",
    ),
    "journal.anchor_unsigned": _T(
        "Le rapport « {name} » n'est pas signé : son sceau a pu être fabriqué en même temps qu'un journal "
        "recalculé, il ne peut donc pas servir d'ancre. Donnez un rapport signé.",
        "The report “{name}” is not signed: its seal may have been made up together with a recomputed journal, "
        "so it cannot anchor the journal. Give a signed report.",
    ),
    "journal.anchor_unapproved": _T(
        "Le rapport « {name} » est signé par « {signer} » (empreinte {fingerprint}), qui n'est pas un signataire "
        "approuvé ici : n'importe qui peut signer un sceau fabriqué, il ne peut donc pas servir d'ancre. "
        "Comparez l'empreinte avec le signataire, approuvez-le (hopen-desktop signers approve), puis "
        "recommencez.",
        "The report “{name}” is signed by “{signer}” (fingerprint {fingerprint}), who is not an approved signer "
        "here: anyone can sign a made-up seal, so it cannot anchor the journal. Compare the fingerprint with the "
        "signer, approve them (hopen-desktop signers approve), then try again.",
    ),
    "journal.anchor_unreadable": _T(
        "Le sceau du rapport « {name} » est illisible : {problem}",
        "The seal of the report “{name}” cannot be read: {problem}",
    ),
    "journal.anchor_missing": _T(
        "Le rapport « {name} » ne porte pas de sceau (produit avant l'existence des sceaux) : il ne peut pas "
        "servir d'ancre au journal. Produisez un nouveau rapport signé.",
        "The report “{name}” carries no seal (made before seals existed): it cannot anchor the journal. "
        "Produce a new signed report.",
    ),
    "journal.anchor_other_workspace": _T(
        "Le rapport n° {report} (FINESS {finess}) ne vient pas de cet espace de travail : sa campagne n'y est "
        "pas. Indiquez l'espace de travail où il a été produit (--workspace).",
        "The report no. {report} (FINESS {finess}) does not come from this workspace: its campaign is not in "
        "it. Give the workspace it was produced in (--workspace).",
    ),
    # ------------------------------------------------------------------ sealing from a report (issue 15)
    "campaign.seal_other": _T(
        "Le rapport n° {report} n'a pas été produit à partir de la campagne du {date} : il ne peut pas la sceller.",
        "The report no. {report} was not produced from the campaign of {date}: it cannot seal it.",
    ),
    "campaign.seal_outdated": _T(
        "La campagne du {date} a changé depuis la production du rapport ({changed}) : elle n'a pas été scellée. "
        "Produisez et signez de nouveau le rapport, puis scellez-la.",
        "The campaign of {date} changed since the report was produced ({changed}): it was not sealed. Produce "
        "and sign the report again, then seal it.",
    ),
    "report.seal_needs_signature": _T(
        "Seul un rapport signé peut sceller une campagne : ajoutez --sign IDENTITE.p12.",
        "Only a signed report can seal a campaign: add --sign IDENTITY.p12.",
    ),
    # ------------------------------------------------------------------ encrypted audit bundles (issue 18)
    "bundle.password_required": _T(
        "Le paquet d'audit « {name} » est chiffré : il faut son mot de passe pour l'ouvrir. Demandez-le à la "
        "personne qui vous l'a envoyé. Rien n'a été modifié.",
        "The audit bundle “{name}” is encrypted: its password is needed to open it. Ask the person who sent it "
        "to you. Nothing was changed.",
    ),
    "bundle.wrong_password": _T(
        "Mot de passe incorrect : le paquet d'audit ne s'ouvre pas avec ce mot de passe. Vérifiez-le auprès de "
        "la personne qui vous l'a envoyé (majuscules, accents, espaces comptent) et saisissez-le de nouveau. "
        "Rien n'a été modifié.",
        "Wrong password: the audit bundle does not open with this password. Check it with the person who sent "
        "it to you (capitals, accents and spaces count) and type it again. Nothing was changed.",
    ),
    "bundle.encrypted_damaged": _T(
        "Le paquet d'audit chiffré est endommagé ou incomplet ({reason}) : il ne peut pas être déchiffré, "
        "quel que soit le mot de passe. Demandez à la personne qui vous l'a envoyé de vous le renvoyer. "
        "Rien n'a été modifié.",
        "The encrypted audit bundle is damaged or incomplete ({reason}): it cannot be decrypted, whatever the "
        "password. Ask the person who sent it to you to send it again. Nothing was changed.",
    ),
    "bundle.encrypted_not_passphrase": _T(
        "Ce paquet d'audit est chiffré pour une clé age, pas avec un mot de passe : HOP'EN Desktop ne sait pas "
        "l'ouvrir. Déchiffrez-le avec « age -d -i VOTRE_CLE », puis importez le fichier obtenu. "
        "Rien n'a été modifié.",
        "This audit bundle is encrypted for an age key, not with a password: HOP'EN Desktop cannot open it. "
        "Decrypt it with “age -d -i YOUR_KEY”, then import the resulting file. Nothing was changed.",
    ),
    "bundle.encrypted_excessive_work": _T(
        "Ce paquet chiffré demande un calcul démesuré pour être ouvert (paramètre scrypt excessif) : il n'a "
        "pas été écrit par HOP'EN Desktop ni par age avec ses réglages habituels. Demandez à la personne qui "
        "vous l'a envoyé de le refaire. Rien n'a été modifié.",
        "This encrypted bundle asks for an excessive amount of computing to be opened (scrypt parameter too "
        "high): it was not written by HOP'EN Desktop nor by age with its usual settings. Ask the person who "
        "sent it to you to make it again. Nothing was changed.",
    ),
    "bundle.password_empty": _T(
        "Le mot de passe est vide : saisissez-en un (12 caractères au moins sont conseillés).",
        "The password is empty: enter one (at least 12 characters are advised).",
    ),
    "bundle.password_env_missing": _T(
        "La variable d'environnement {name} est absente ou vide : mettez-y le mot de passe du paquet "
        "(par exemple « read -s {name} && export {name} »), puis relancez la commande. Rien n'a été modifié.",
        "The environment variable {name} is missing or empty: put the bundle's password in it (for example "
        "“read -s {name} && export {name}”), then run the command again. Nothing was changed.",
    ),
    "bundle.password_needs_env": _T(
        "Le paquet d'audit « {name} » est chiffré et aucun terminal ne permet de demander son mot de passe : "
        "relancez avec --password-env VARIABLE (le nom d'une variable d'environnement qui contient le mot de "
        "passe). Rien n'a été modifié.",
        "The audit bundle “{name}” is encrypted and no terminal is there to ask for its password: run again "
        "with --password-env VARIABLE (the name of an environment variable holding the password). Nothing was "
        "changed.",
    ),
    "bundle.encrypt_needs_password": _T(
        "Pour chiffrer le paquet, donnez son mot de passe avec --password-env VARIABLE (le nom d'une variable "
        "d'environnement qui le contient, jamais le mot de passe lui-même) : aucun terminal ne permet de le "
        "demander. Rien n'a été écrit.",
        "To encrypt the bundle, give its password with --password-env VARIABLE (the name of an environment "
        "variable holding it, never the password itself): no terminal is there to ask for it. Nothing was "
        "written.",
    ),
    "bundle.password_mismatch": _T(
        "Les deux mots de passe saisis ne sont pas identiques : relancez la commande et saisissez-les de "
        "nouveau. Rien n'a été écrit.",
        "The two passwords typed are not the same: run the command again and type them again. Nothing was written.",
    ),
    "password.empty": _T("Saisissez un mot de passe.", "Enter a password."),
    "password.too_short": _T(
        "Très faible : trop court. Allongez-le jusqu'à {n} caractères au moins ; une phrase de plusieurs mots "
        "est facile à retenir.",
        "Very weak: too short. Make it at least {n} characters long; a sentence of several words is easy to remember.",
    ),
    "password.obvious": _T(
        "Faible : il contient un mot ou une suite trop courants (« azerty », « motdepasse », « 123456 »…), "
        "essayés en premier. Choisissez autre chose.",
        "Weak: it contains a word or a sequence too common (“azerty”, “password”, “123456”…), tried first. "
        "Choose something else.",
    ),
    "password.short": _T(
        "Faible : allongez-le jusqu'à {n} caractères au moins.",
        "Weak: make it at least {n} characters long.",
    ),
    "password.mix": _T(
        "Moyen : allongez-le, ou mélangez minuscules, majuscules, chiffres et signes.",
        "Fair: make it longer, or mix lower case, capitals, digits and signs.",
    ),
    "password.good": _T(
        "Bon. Un peu plus long, il serait encore plus sûr.",
        "Good. A little longer, it would be even safer.",
    ),
    "password.strong": _T("Solide.", "Strong."),
    # ------------------------------------------------------------------ merging two laptops (issue 18)
    "merge.conflicts": _T(
        "{count} élément(s) ont été modifiés des deux côtés depuis le dernier échange : choisissez pour "
        "chacun la version à garder (celle de ce poste ou celle de l'autre). Rien n'a été modifié.",
        "{count} record(s) were changed on both sides since the last exchange: choose for each the version "
        "to keep (this computer's or the other's). Nothing was changed.",
    ),
}

#: Subjects of the checks ("{what} est obligatoire"), declared once.
NAME = _T("Le nom", "The name")
ESTABLISHMENT_NAME = _T("Le nom de l'établissement", "The establishment's name")
EVIDENCE_TITLE = _T("Le titre de la preuve", "The evidence title")
ACTION_TITLE = _T("Le titre de l'action", "The action title")
DATE = _T("La date", "The date")
CAMPAIGN_DATE = _T("La date de la campagne", "The campaign date")
EVIDENCE_DATE = _T("La date de la preuve", "The evidence date")
DUE_DATE = _T("L'échéance", "The due date")
#: The person at this computer, written on each journal row (« Votre nom », ``--author``).
AUTHOR = _T("Votre nom", "Your name")

#: Words that name a file or what it is, in refusals of ``model.files``.
FILE = _T("Le fichier", "The file")
A_FOLDER = _T("un dossier", "a folder")
DANGLING_LINK = _T("un lien symbolique sans cible", "a symbolic link without a target")
NOT_SQLITE = _T(
    "ce n'est pas une base SQLite, ou elle est tronquée", "it is not an SQLite database, or it is truncated"
)
EMPTY_FILE = _T("fichier vide", "empty file")
SPECIAL_FILE = _T("un fichier spécial (périphérique, tube ou socket)", "a special file (device, pipe or socket)")
NOT_A_REGULAR_FILE = _T(
    "un fichier spécial, pas un fichier ordinaire (périphérique, tube ou socket)",
    "a special file, not a regular file (device, pipe or socket)",
)
#: The counts of a rate, as a workbook refusal names them (« le numérateur … »).
NUMERATOR = _T("numérateur", "numerator")
DENOMINATOR = _T("dénominateur", "denominator")

#: The subjects by their French words: callers that still pass French words (the transition)
#: get the English through ``subject``.
SUBJECTS: dict[str, Text] = {
    t.fr: t
    for t in (NAME, ESTABLISHMENT_NAME, EVIDENCE_TITLE, ACTION_TITLE, DATE, CAMPAIGN_DATE, EVIDENCE_DATE, DUE_DATE)
}


def subject(what: str | Text) -> str | Text:
    """The subject of a check in both languages when it is a known French one."""
    return SUBJECTS.get(what, what) if isinstance(what, str) else what


def is_code(code: str) -> bool:
    return code in CATALOGUE


def render_value(value: object, language: str | None = None) -> str:
    """A parameter written in ``language``."""
    # A foreign object may have a ``text`` attribute that is no method (an XML parser's error
    # has ``text = None``): only a callable one makes it renderable.
    if isinstance(value, Renderable) and callable(value.text):
        return value.text(language)
    if isinstance(value, dt.date) and not isinstance(value, dt.datetime):
        return format_date(value, language)
    if isinstance(value, list | tuple | set | frozenset):
        return ", ".join(render_value(v, language) for v in value)
    return str(value)


def render(code: str, params: dict[str, object], language: str | None = None) -> str:
    """The sentence of ``code`` with its parameters, in ``language`` (default: current)."""
    language = resolve(language)
    template = CATALOGUE[code].text(language)
    return template.format(**{key: render_value(value, language) for key, value in params.items()})


# ------------------------------------------------------------------ English leftovers (issue 19 item 2)
CATALOGUE["output.write_failed"] = _T(
    "Impossible d'écrire {what} « {path} » ({reason}).", "Cannot write {what} “{path}” ({reason})."
)
#: What a job writes, as ``jobs.common.write_output`` names it in a refusal.
OUTPUTS: dict[str, Text] = {
    t.fr: t
    for t in (
        _T("le rapport", "the report"),
        _T("le rapport signé", "the signed report"),
        _T("le classeur", "the workbook"),
    )
}
