<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ActionDialog</name>
    <message>
        <location filename="../../hopen_desktop/ui/actions/plan.py" line="93"/>
        <source>Modifier l&apos;action</source>
        <translation>Edit action</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/actions/plan.py" line="93"/>
        <source>Nouvelle action</source>
        <translation>New action</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/actions/plan.py" line="102"/>
        <source>Pour :</source>
        <translation>For:</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/actions/plan.py" line="106"/>
        <source>ce qu&apos;il faut faire</source>
        <translation>what needs to be done</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/actions/plan.py" line="107"/>
        <source>&amp;Action :</source>
        <translation>&amp;Action:</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/actions/plan.py" line="113"/>
        <source>personne ou service responsable</source>
        <translation>person or department in charge</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/actions/plan.py" line="114"/>
        <source>&amp;Responsable :</source>
        <translation>&amp;Owner:</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/actions/plan.py" line="119"/>
        <source>É&amp;chéance :</source>
        <translation>&amp;Due date:</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/actions/plan.py" line="123"/>
        <source>Échéance</source>
        <translation>Due date</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/actions/plan.py" line="138"/>
        <source>&amp;Statut :</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/actions/plan.py" line="146"/>
        <source>&amp;Notes :</source>
        <translation>&amp;Notes:</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/actions/plan.py" line="161"/>
        <source>Action (campagne scellée)</source>
        <translation>Action (sealed campaign)</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/actions/plan.py" line="174"/>
        <source>Fermer</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>ActionModels</name>
    <message>
        <location filename="../../hopen_desktop/ui/actions/models.py" line="101"/>
        <source>Action</source>
        <extracomment>Role giving &quot;late&quot;, &quot;soon&quot; or &quot;&quot; for a row.</extracomment>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/actions/models.py" line="102"/>
        <source>Indicateur / critère</source>
        <translation>Indicator / criterion</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/actions/models.py" line="103"/>
        <source>Responsable</source>
        <translation>Owner</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/actions/models.py" line="104"/>
        <source>Échéance</source>
        <translation>Due date</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/actions/models.py" line="105"/>
        <source>Statut</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/actions/models.py" line="106"/>
        <source>Retard</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/actions/models.py" line="138"/>
        <source>sans échéance</source>
        <translation>no due date</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/actions/models.py" line="141"/>
        <source>{status} (scellée)</source>
        <translation>{status} (sealed)</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/actions/models.py" line="148"/>
        <source>⚠ En retard</source>
        <translation>⚠ Overdue</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/actions/models.py" line="150"/>
        <source>Sous 30 jours</source>
        <translation>Within 30 days</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/actions/models.py" line="164"/>
        <source>Échéance dépassée : l&apos;action n&apos;est pas faite.</source>
        <translation>Due date passed: the action is not done.</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/actions/models.py" line="166"/>
        <source>Échéance dans les 30 prochains jours.</source>
        <translation>Due within the next 30 days.</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/actions/models.py" line="268"/>
        <source>⚠ En retard (échéance {date})</source>
        <translation>⚠ Overdue (due {date})</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/actions/models.py" line="270"/>
        <source>Pour le {date}</source>
        <translation>Due {date}</translation>
    </message>
</context>
<context>
    <name>ActionPlan</name>
    <message>
        <location filename="../../hopen_desktop/ui/actions/plan.py" line="215"/>
        <source>Critère : {label}</source>
        <translation>Criterion: {label}</translation>
    </message>
</context>
<context>
    <name>ActionPlanWindow</name>
    <message>
        <location filename="../../hopen_desktop/ui/actions/plan.py" line="267"/>
        <source>Tous les statuts</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/actions/plan.py" line="268"/>
        <source>Ouvertes (à faire ou en cours)</source>
        <translation>Open (to do or in progress)</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/actions/plan.py" line="276"/>
        <source>&amp;Statut :</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/actions/plan.py" line="281"/>
        <source>&amp;Indicateur :</source>
        <translation>&amp;Indicator:</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/actions/plan.py" line="307"/>
        <source>Actions du plan d&apos;action</source>
        <translation>Actions of the action plan</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/actions/plan.py" line="312"/>
        <source>&amp;Nouvelle action…</source>
        <translation>&amp;New action…</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/actions/plan.py" line="315"/>
        <source>Depuis un &amp;critère non atteint</source>
        <translation>From a &amp;criterion not attained</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/actions/plan.py" line="321"/>
        <location filename="../../hopen_desktop/ui/actions/plan.py" line="433"/>
        <source>&amp;Modifier…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/actions/plan.py" line="322"/>
        <source>S&amp;upprimer…</source>
        <translation>&amp;Delete…</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/actions/plan.py" line="323"/>
        <source>Marquer &amp;fait</source>
        <translation>Mark d&amp;one</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/actions/plan.py" line="331"/>
        <source>&lt;span style=&apos;background:{late}&apos;&gt;&amp;nbsp;⚠ En retard&amp;nbsp;&lt;/span&gt; : échéance dépassée, action ni faite ni abandonnée. &lt;span style=&apos;background:{soon}&apos;&gt;&amp;nbsp;Sous 30 jours&amp;nbsp;&lt;/span&gt; : échéance proche. Double-clic ou Entrée : modifier l&apos;action.</source>
        <translation>&lt;span style=&apos;background:{late}&apos;&gt;&amp;nbsp;⚠ Overdue&amp;nbsp;&lt;/span&gt;: due date passed, action neither done nor abandoned. &lt;span style=&apos;background:{soon}&apos;&gt;&amp;nbsp;Within 30 days&amp;nbsp;&lt;/span&gt;: due date close. Double-click or Enter: edit the action.</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/actions/plan.py" line="365"/>
        <source>Plan d&apos;action — {name}</source>
        <translation>Action plan — {name}</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/actions/plan.py" line="365"/>
        <source>Plan d&apos;action</source>
        <translation>Action plan</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/actions/plan.py" line="368"/>
        <source>Plan d&apos;action de {name} (FINESS {finess})</source>
        <translation>Action plan of {name} (FINESS {finess})</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/actions/plan.py" line="370"/>
        <source>Aucun établissement sélectionné</source>
        <translation>No establishment selected</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/actions/plan.py" line="378"/>
        <source>Tous les indicateurs</source>
        <translation>All indicators</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/actions/plan.py" line="411"/>
        <source>{shown} action(s) affichée(s) sur {total}</source>
        <translation>{shown} of {total} action(s) shown</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/actions/plan.py" line="413"/>
        <source> — {late} en retard</source>
        <translation> — {late} overdue</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/actions/plan.py" line="433"/>
        <source>C&amp;onsulter…</source>
        <translation>Vie&amp;w…</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/actions/plan.py" line="472"/>
        <source>(aucune campagne sélectionnée)</source>
        <translation>(no campaign selected)</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/actions/plan.py" line="481"/>
        <source>L&apos;indicateur {id} dans son ensemble</source>
        <translation>Indicator {id} as a whole</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/actions/plan.py" line="490"/>
        <source>(tous les indicateurs sont atteints)</source>
        <translation>(all indicators are attained)</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/actions/plan.py" line="524"/>
        <source>Supprimer l&apos;action</source>
        <translation>Delete action</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/actions/plan.py" line="525"/>
        <source>Supprimer l&apos;action « {title} » ? Cette suppression est définitive.</source>
        <translation>Delete the action “{title}”? This cannot be undone.</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/actions/plan.py" line="527"/>
        <source>&amp;Supprimer</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/actions/plan.py" line="543"/>
        <source>Opération refusée</source>
        <translation>Operation refused</translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <location filename="../../hopen_desktop/ui/safety_dialogs.py" line="132"/>
        <source>Sauvegardes de l&apos;espace de travail</source>
        <translation>Workspace backups</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/safety_dialogs.py" line="136"/>
        <source>Une copie de l&apos;espace de travail est faite à chaque ouverture, dans le dossier « {folder} ». Restaurer une sauvegarde remplace le contenu actuel ; celui-ci est d&apos;abord sauvegardé.</source>
        <translation>A copy of the workspace is made each time it is opened, in the folder “{folder}”. Restoring a backup replaces the current content; that content is backed up first.</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/safety_dialogs.py" line="150"/>
        <source>Liste des sauvegardes</source>
        <translation>List of backups</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/safety_dialogs.py" line="154"/>
        <source>&amp;Sauvegarder maintenant</source>
        <translation>&amp;Back up now</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/safety_dialogs.py" line="155"/>
        <source>&amp;Restaurer la sauvegarde choisie…</source>
        <translation>&amp;Restore the selected backup…</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/safety_dialogs.py" line="187"/>
        <source>Restaurer une sauvegarde</source>
        <translation>Restore a backup</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/safety_dialogs.py" line="189"/>
        <source>Remplacer le contenu actuel de l&apos;espace de travail par la sauvegarde du {date} ?
L&apos;état actuel sera d&apos;abord sauvegardé : vous pourrez revenir en arrière.</source>
        <translation>Replace the current content of the workspace with the backup of {date}?
The current state will be backed up first: you will be able to go back.</translation>
    </message>
</context>
<context>
    <name>BackupTableModel</name>
    <message>
        <location filename="../../hopen_desktop/ui/safety_dialogs.py" line="109"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/safety_dialogs.py" line="109"/>
        <source>Taille</source>
        <translation>Size</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/safety_dialogs.py" line="109"/>
        <source>Fichier</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/safety_dialogs.py" line="118"/>
        <source>{size} Ko</source>
        <translation>{size} KB</translation>
    </message>
</context>
<context>
    <name>BundleExchangeDialog</name>
    <message>
        <location filename="../../hopen_desktop/ui/followup/exchange_dialog.py" line="45"/>
        <source>Envoyer / Recevoir un paquet d&apos;audit</source>
        <translation>Send / Receive an audit bundle</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/followup/exchange_dialog.py" line="51"/>
        <source>Un paquet d&apos;audit (fichier .hopen) permet de travailler sur la même campagne depuis deux postes, par exemple l&apos;ordinateur portable de l&apos;auditeur et le poste de l&apos;établissement, sans réseau : envoyez-le par clé USB ou par courriel, l&apos;autre poste le reçoit.</source>
        <translation>An audit bundle (a .hopen file) lets two computers work on the same campaign, for example the auditor&apos;s laptop and the establishment&apos;s PC, without a network: send it on a USB key or by email, the other computer receives it.</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/followup/exchange_dialog.py" line="58"/>
        <source>Envoyer la campagne en cours</source>
        <translation>Send the current campaign</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/followup/exchange_dialog.py" line="67"/>
        <source>Le paquet contient la campagne (réponses, critères), tout le registre de preuves de l&apos;établissement avec les fichiers joints, et le plan d&apos;action. Chaque fichier joint y est contrôlé par son empreinte (un calcul qui change si le fichier change d&apos;un seul octet).</source>
        <translation>The bundle holds the campaign (answers, criteria), the establishment&apos;s whole evidence register with its attached files, and the action plan. Each attached file is checked by its fingerprint (a calculation that changes if the file changes by a single byte).</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/followup/exchange_dialog.py" line="73"/>
        <source>&amp;Chiffrer le paquet avec un mot de passe (recommandé)</source>
        <translation>&amp;Encrypt the bundle with a password (recommended)</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/followup/exchange_dialog.py" line="78"/>
        <source>Un audit de sécurité décrit des faiblesses : chiffré, le paquet ne peut être lu qu&apos;avec le mot de passe, même s&apos;il se perd sur une clé USB ou dans une boîte de courriel. Format « age », que d&apos;autres outils savent aussi ouvrir.</source>
        <translation>A security audit describes weaknesses: encrypted, the bundle can only be read with the password, even if it is lost on a USB key or in a mailbox. The « age » format, which other tools can open too.</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/followup/exchange_dialog.py" line="87"/>
        <source>Le mot de passe n&apos;est enregistré nulle part et ne peut pas être retrouvé : transmettez-le à l&apos;autre personne par un autre moyen que le fichier (par téléphone plutôt que dans le même courriel).</source>
        <translation>The password is stored nowhere and cannot be recovered: give it to the other person by another way than the file (by phone rather than in the same email).</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/followup/exchange_dialog.py" line="93"/>
        <source>&amp;Envoyer…</source>
        <translation>&amp;Send…</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/followup/exchange_dialog.py" line="95"/>
        <source>Envoyer la campagne en cours dans un paquet d&apos;audit</source>
        <translation>Send the current campaign in an audit bundle</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/followup/exchange_dialog.py" line="100"/>
        <location filename="../../hopen_desktop/ui/followup/exchange_dialog.py" line="125"/>
        <source>Recevoir un paquet d&apos;audit</source>
        <translation>Receive an audit bundle</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/followup/exchange_dialog.py" line="106"/>
        <source>Le paquet est d&apos;abord vérifié en entier (fichiers complets et non modifiés) ; rien n&apos;est écrit s&apos;il est refusé. Un paquet chiffré demande son mot de passe.</source>
        <translation>The bundle is first checked in full (files complete and unchanged); nothing is written if it is refused. An encrypted bundle asks for its password.</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/followup/exchange_dialog.py" line="114"/>
        <source>Si la campagne existe déjà sur ce poste, les deux versions sont fusionnées : ce qui n&apos;a changé que sur l&apos;autre poste est repris, ce qui n&apos;a changé qu&apos;ici est gardé, les ajouts des deux côtés sont conservés et les suppressions sont reportées. Un élément modifié sur les deux postes depuis le dernier échange est un conflit : rien n&apos;est écrasé, les deux versions vous sont montrées côte à côte et vous choisissez laquelle garder. Une sauvegarde de l&apos;espace de travail est faite avant la fusion.</source>
        <translation>If the campaign already exists on this computer, the two versions are merged: what changed only on the other computer is taken, what changed only here is kept, additions on both sides are kept and deletions are carried over. A record changed on both computers since the last exchange is a conflict: nothing is overwritten, both versions are shown side by side and you choose which one to keep. The workspace is backed up before the merge.</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/followup/exchange_dialog.py" line="123"/>
        <source>&amp;Recevoir…</source>
        <translation>&amp;Receive…</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/followup/exchange_dialog.py" line="132"/>
        <source>Avancement</source>
        <translation>Progress</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/followup/exchange_dialog.py" line="159"/>
        <source>Aucune campagne ouverte : choisissez-en une dans le menu Campagne.</source>
        <translation>No campaign open: choose one in the Campaign menu.</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/followup/exchange_dialog.py" line="163"/>
        <source>Campagne du {date} — {name} (FINESS {finess})</source>
        <translation>Campaign of {date} — {name} (FINESS {finess})</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/followup/exchange_dialog.py" line="187"/>
        <source>Paquet écrit : {path}. Donnez-le à l&apos;autre poste.</source>
        <translation>Bundle written: {path}. Give it to the other computer.</translation>
    </message>
</context>
<context>
    <name>BundleTransfer</name>
    <message>
        <location filename="../../hopen_desktop/ui/followup/bundles.py" line="68"/>
        <source>Paquets d&apos;audit HOP&apos;EN (*.hopen);;Tous les fichiers (*)</source>
        <extracomment>(path) the bundle was written. (campaign id) a bundle was imported and is now the session&apos;s campaign. (French message) an export or import was refused. (busy) a job started or every job ended (the exchange dialog&apos;s progress bar). (French text) what is being done now (« Chiffrement du paquet… »). The sentence saying what the last import or merge did (the exchange dialog shows it).</extracomment>
        <translation>HOP&apos;EN audit bundles (*.hopen);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/followup/bundles.py" line="123"/>
        <source>Aucune campagne</source>
        <translation>No campaign</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/followup/bundles.py" line="124"/>
        <source>Sélectionnez d&apos;abord la campagne à exporter (menu Campagne).</source>
        <translation>Select the campaign to export first (Campaign menu).</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/followup/bundles.py" line="129"/>
        <source>Exporter un paquet d&apos;audit</source>
        <translation>Export an audit bundle</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/followup/bundles.py" line="140"/>
        <source>Envoi annulé : aucun paquet écrit.</source>
        <translation>Sending cancelled: no bundle written.</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/followup/bundles.py" line="148"/>
        <source>Chiffrement et écriture du paquet d&apos;audit…</source>
        <translation>Encrypting and writing the audit bundle…</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/followup/bundles.py" line="150"/>
        <source>Écriture du paquet d&apos;audit…</source>
        <translation>Writing the audit bundle…</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/followup/bundles.py" line="165"/>
        <source>Paquet d&apos;audit écrit : {path}</source>
        <translation>Audit bundle written: {path}</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/followup/bundles.py" line="171"/>
        <source>Export impossible</source>
        <translation>Export failed</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/followup/bundles.py" line="178"/>
        <source>Aucun espace de travail</source>
        <translation>No workspace</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/followup/bundles.py" line="178"/>
        <source>Ouvrez d&apos;abord un espace de travail.</source>
        <translation>Open a workspace first.</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/followup/bundles.py" line="182"/>
        <source>Importer un paquet d&apos;audit</source>
        <translation>Import an audit bundle</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/followup/bundles.py" line="199"/>
        <source>Déchiffrement et vérification du paquet d&apos;audit…</source>
        <translation>Decrypting and checking the audit bundle…</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/followup/bundles.py" line="201"/>
        <source>Vérification du paquet d&apos;audit…</source>
        <translation>Checking the audit bundle…</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/followup/bundles.py" line="207"/>
        <location filename="../../hopen_desktop/ui/followup/bundles.py" line="226"/>
        <location filename="../../hopen_desktop/ui/followup/bundles.py" line="323"/>
        <source>Paquet d&apos;audit refusé</source>
        <translation>Audit bundle refused</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/followup/bundles.py" line="236"/>
        <location filename="../../hopen_desktop/ui/followup/bundles.py" line="296"/>
        <source>Fusion impossible</source>
        <translation>Merge impossible</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/followup/bundles.py" line="242"/>
        <source>La campagne du {date} est déjà à jour : le paquet n&apos;apporte aucun changement, rien n&apos;a été écrit.</source>
        <translation>The campaign of {date} is already up to date: the bundle brings no change, nothing was written.</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/followup/bundles.py" line="244"/>
        <source>Déjà à jour</source>
        <translation>Already up to date</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/followup/bundles.py" line="258"/>
        <source>Ce paquet est une autre copie de la campagne du {date} (n° {id}), modifiée sur un autre poste. La fusion fera ceci :</source>
        <translation>This bundle is another copy of the campaign of {date} (no. {id}), changed on another computer. The merge will do this:</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/followup/bundles.py" line="262"/>
        <source>Une sauvegarde de l&apos;espace de travail est faite avant.</source>
        <translation>The workspace is backed up first.</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/followup/bundles.py" line="263"/>
        <source>Fusionner la campagne</source>
        <translation>Merge the campaign</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/followup/bundles.py" line="264"/>
        <source>&amp;Fusionner</source>
        <translation>&amp;Merge</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/followup/bundles.py" line="292"/>
        <source>Fusion en cours…</source>
        <translation>Merging…</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/followup/bundles.py" line="300"/>
        <source>Campagne du {date} fusionnée : {taken} modification(s) reprise(s), {added} ajout(s), {deleted} suppression(s), {conflicts} conflit(s) résolu(s). Sauvegarde faite avant.</source>
        <translation>Campaign of {date} merged: {taken} change(s) taken, {added} addition(s), {deleted} deletion(s), {conflicts} conflict(s) settled. Backup made first.</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/followup/bundles.py" line="329"/>
        <source>Campagne déjà présente</source>
        <translation>Campaign already present</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/followup/bundles.py" line="266"/>
        <location filename="../../hopen_desktop/ui/followup/bundles.py" line="330"/>
        <source>Importer comme &amp;copie</source>
        <translation>Import as a co&amp;py</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/followup/bundles.py" line="331"/>
        <source>&amp;Remplacer…</source>
        <translation>&amp;Replace…</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/followup/bundles.py" line="269"/>
        <location filename="../../hopen_desktop/ui/followup/bundles.py" line="333"/>
        <location filename="../../hopen_desktop/ui/followup/bundles.py" line="362"/>
        <source>&amp;Annuler</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/followup/bundles.py" line="353"/>
        <source>Remplacer la campagne</source>
        <translation>Replace the campaign</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/followup/bundles.py" line="355"/>
        <source>Remplacer la campagne du {date} (n° {id}) par celle du paquet ? Ses réponses actuelles seront supprimées définitivement.</source>
        <translation>Replace the campaign of {date} (no. {id}) with the one in the bundle? Its current answers will be permanently deleted.</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/followup/bundles.py" line="360"/>
        <source>&amp;Remplacer</source>
        <translation>&amp;Replace</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/followup/bundles.py" line="376"/>
        <source>Import annulé : rien n&apos;a été modifié.</source>
        <translation>Import cancelled: nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/followup/bundles.py" line="379"/>
        <source>Campagne du {date} importée ({files} fichier(s) joint(s)).</source>
        <translation>Campaign of {date} imported ({files} attached file(s)).</translation>
    </message>
</context>
<context>
    <name>CampaignDialog</name>
    <message>
        <location filename="../../hopen_desktop/ui/audit/campaign_dialog.py" line="45"/>
        <source>Nouvelle campagne</source>
        <translation>New campaign</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/audit/campaign_dialog.py" line="45"/>
        <source>Modifier la campagne</source>
        <translation>Edit the campaign</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/audit/campaign_dialog.py" line="50"/>
        <source>Établissement :</source>
        <translation>Establishment:</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/audit/campaign_dialog.py" line="58"/>
        <source>&amp;Date de la campagne :</source>
        <translation>&amp;Date of the campaign:</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/audit/campaign_dialog.py" line="61"/>
        <source>Les preuves comptent dans les périodes qui se terminent à cette date.</source>
        <translation>Evidence counts in the periods ending on this date.</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/audit/campaign_dialog.py" line="73"/>
        <source> (partiel)</source>
        <translation> (partial)</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/audit/campaign_dialog.py" line="75"/>
        <source> (ajouté)</source>
        <translation> (added)</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/audit/campaign_dialog.py" line="78"/>
        <source>&amp;Référentiel :</source>
        <translation>&amp;Referential:</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/audit/campaign_dialog.py" line="84"/>
        <source>nom et fonction</source>
        <translation>name and role</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/audit/campaign_dialog.py" line="85"/>
        <source>&amp;Auditeur :</source>
        <translation>&amp;Auditor:</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/audit/campaign_dialog.py" line="89"/>
        <source>Cibles d&apos;usage &amp;Hôpital Numérique D2 ou D3 déjà atteintes</source>
        <translation>Hôpital Numérique D2 or D3 usage targets already &amp;met</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/audit/campaign_dialog.py" line="93"/>
        <source>Le domaine D7 n&apos;est éligible que si D2 ou D3 est atteint, ou si l&apos;établissement a atteint les cibles Hôpital Numérique de D2 ou D3 : cochez si c&apos;est le cas.</source>
        <translation>Domain D7 is eligible only when D2 or D3 is attained, or when the establishment met the Hôpital Numérique D2 or D3 targets: tick if so.</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/audit/campaign_dialog.py" line="105"/>
        <source>&amp;Engagement conjoint sur D2 ou D3 (pour candidater à D7)</source>
        <translation>&amp;Joint commitment to D2 or D3 (to apply for D7)</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/audit/campaign_dialog.py" line="109"/>
        <source>Instruction HOP&apos;EN : « À défaut, il est possible de s&apos;engager sur ces domaines D2 ou D3 de façon conjointe dont les cibles d&apos;usage HOP&apos;EN devront être atteintes pour percevoir les financements du domaine D7. » Cochée, D7 devient éligible sous réserve.</source>
        <translation>HOP&apos;EN instruction: “À défaut, il est possible de s&apos;engager sur ces domaines D2 ou D3 de façon conjointe dont les cibles d&apos;usage HOP&apos;EN devront être atteintes pour percevoir les financements du domaine D7.” (Failing that, the establishment may commit to D2 or D3 jointly; their HOP&apos;EN usage targets must be attained before the D7 financing is paid.) Ticked, D7 becomes eligible subject to a reserve.</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/audit/campaign_dialog.py" line="118"/>
        <source>&amp;Copier les réponses de :</source>
        <translation>&amp;Copy the answers of:</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/audit/campaign_dialog.py" line="122"/>
        <source> (scellée)</source>
        <translation> (sealed)</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/audit/campaign_dialog.py" line="144"/>
        <source>Dans cet espace : {state}.</source>
        <translation>In this workspace: {state}.</translation>
    </message>
</context>
<context>
    <name>ConditionalCriteria</name>
    <message>
        <location filename="../../hopen_desktop/ui/audit/conditional_criteria.py" line="22"/>
        <source>Critères conditionnels</source>
        <translation>Conditional criteria</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/audit/conditional_criteria.py" line="27"/>
        <source>L&apos;instruction rend ces critères conditionnels : s&apos;ils ne concernent pas l&apos;établissement, déclarez-les non applicables en disant pourquoi. Ils ne comptent alors plus dans le statut.</source>
        <translation>The instruction makes these criteria conditional: if they do not concern the establishment, declare them not applicable and say why. They then no longer count in the status.</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/audit/conditional_criteria.py" line="39"/>
        <source>Instruction : « {quote} »</source>
        <translation>Instruction: “{quote}”</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/audit/conditional_criteria.py" line="44"/>
        <source>Non applicable à l&apos;établissement</source>
        <translation>Not applicable to the establishment</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/audit/conditional_criteria.py" line="46"/>
        <source>Critère non applicable : {label}</source>
        <translation>Criterion not applicable: {label}</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/audit/conditional_criteria.py" line="51"/>
        <source>Justification : pourquoi ce critère ne concerne pas l&apos;établissement</source>
        <translation>Justification: why this criterion does not concern the establishment</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/audit/conditional_criteria.py" line="53"/>
        <source>Justification du critère non applicable : {label}</source>
        <translation>Justification of the criterion not applicable: {label}</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/audit/conditional_criteria.py" line="94"/>
        <source>Saisissez la justification, puis validez avec Entrée.</source>
        <translation>Type the justification, then confirm with Enter.</translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <location filename="../../hopen_desktop/ui/followup/conflicts_dialog.py" line="41"/>
        <source>Conflits de fusion</source>
        <translation>Merge conflicts</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/followup/conflicts_dialog.py" line="46"/>
        <source>Ces éléments ont été modifiés sur les deux postes depuis votre dernier échange : rien n&apos;est écrasé sans votre choix. Pour chacun, choisissez la version à garder. Tout le reste est fusionné comme annoncé ci-dessous. Une sauvegarde de l&apos;espace de travail est faite avant.</source>
        <translation>These records were changed on both computers since your last exchange: nothing is overwritten without your choice. For each, choose the version to keep. Everything else is merged as stated below. The workspace is backed up first.</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/followup/conflicts_dialog.py" line="61"/>
        <source>Conflits à résoudre</source>
        <translation>Conflicts to settle</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/followup/conflicts_dialog.py" line="63"/>
        <source>Une ligne par élément modifié des deux côtés ; la dernière colonne choisit la version gardée.</source>
        <translation>One row per record changed on both sides; the last column chooses the version kept.</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/followup/conflicts_dialog.py" line="66"/>
        <source>Élément</source>
        <translation>Record</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/followup/conflicts_dialog.py" line="66"/>
        <source>Sur ce poste</source>
        <translation>On this computer</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/followup/conflicts_dialog.py" line="66"/>
        <source>Sur l&apos;autre poste</source>
        <translation>On the other computer</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/followup/conflicts_dialog.py" line="66"/>
        <source>Version gardée</source>
        <translation>Version kept</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/followup/conflicts_dialog.py" line="85"/>
        <source>Tout garder de &amp;ce poste</source>
        <translation>Keep all from &amp;this computer</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/followup/conflicts_dialog.py" line="88"/>
        <source>Tout prendre de l&apos;&amp;autre poste</source>
        <translation>Take all from the &amp;other computer</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/followup/conflicts_dialog.py" line="97"/>
        <source>&amp;Fusionner</source>
        <translation>&amp;Merge</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/followup/conflicts_dialog.py" line="100"/>
        <source>Annuler (rien n&apos;est écrit)</source>
        <translation>Cancel (nothing is written)</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/followup/conflicts_dialog.py" line="119"/>
        <source>Celle de ce poste</source>
        <translation>This computer&apos;s</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/followup/conflicts_dialog.py" line="120"/>
        <source>Celle de l&apos;autre poste</source>
        <translation>The other computer&apos;s</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/followup/conflicts_dialog.py" line="121"/>
        <source>Version gardée pour : {label}</source>
        <translation>Version kept for: {label}</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/followup/conflicts_dialog.py" line="126"/>
        <source>(supprimé)</source>
        <translation>(deleted)</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/followup/conflicts_dialog.py" line="129"/>
        <source>{what}
modifié le {when} par {who}</source>
        <translation>{what}
changed on {when} by {who}</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/followup/conflicts_dialog.py" line="131"/>
        <source>{what}
modifié le {when}</source>
        <translation>{what}
changed on {when}</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/followup/conflicts_dialog.py" line="133"/>
        <source>{what}
modifié par {who}</source>
        <translation>{what}
changed by {who}</translation>
    </message>
</context>
<context>
    <name>CriterionEvidence</name>
    <message>
        <location filename="../../hopen_desktop/ui/audit/criterion_evidence.py" line="87"/>
        <source>Preuves du critère {name}</source>
        <translation>Evidence of the criterion {name}</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/audit/criterion_evidence.py" line="89"/>
        <source>Preuves liées à l&apos;indicateur {id}</source>
        <translation>Evidence linked to indicator {id}</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/audit/criterion_evidence.py" line="102"/>
        <source>Aucune preuve liée à ce critère.</source>
        <translation>No evidence linked to this criterion.</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/audit/criterion_evidence.py" line="102"/>
        <source>Aucune preuve liée à l&apos;indicateur.</source>
        <translation>No evidence linked to the indicator.</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/audit/criterion_evidence.py" line="107"/>
        <source>Joindre une preuve…</source>
        <translation>Attach evidence…</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/audit/criterion_evidence.py" line="113"/>
        <source>Joindre une preuve au critère {name}</source>
        <translation>Attach evidence to the criterion {name}</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/audit/criterion_evidence.py" line="115"/>
        <source>Joindre une preuve à l&apos;indicateur {id}</source>
        <translation>Attach evidence to indicator {id}</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/audit/criterion_evidence.py" line="118"/>
        <source>Ajouter au registre une preuve liée à ce critère</source>
        <translation>Add to the register evidence linked to this criterion</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/audit/criterion_evidence.py" line="120"/>
        <source>Ajouter au registre une preuve liée à cet indicateur</source>
        <translation>Add to the register evidence linked to this indicator</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/audit/criterion_evidence.py" line="136"/>
        <source>… et {n} autre(s) qui compte(nt) : voir le registre des preuves</source>
        <translation>… and {n} other(s) that count: see the evidence register</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/audit/criterion_evidence.py" line="145"/>
        <source>… et {n} autre(s) qui ne compte(nt) pas : voir le registre des preuves</source>
        <translation>… and {n} other(s) that do not count: see the evidence register</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/audit/criterion_evidence.py" line="168"/>
        <source>Calculée : comptée par la règle du critère. Entrée : ouvrir la preuve.</source>
        <translation>Computed: counted by the criterion&apos;s rule. Enter: open the evidence.</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/audit/criterion_evidence.py" line="170"/>
        <source>Liée par l&apos;utilisateur à ce critère. Entrée : ouvrir la preuve.</source>
        <translation>Linked to this criterion by the user. Enter: open the evidence.</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/audit/criterion_evidence.py" line="180"/>
        <source>Ne compte pas pour cette campagne : {why}. Entrée : ouvrir la preuve.</source>
        <translation>Does not count for this campaign: {why}. Enter: open the evidence.</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <location filename="../../hopen_desktop/ui/audit/dashboard.py" line="63"/>
        <source>Prérequis</source>
        <extracomment>An indicator the user chose to open (from the blockers list). An evidence type the user chose from the &quot;À faire&quot; panel (open the register on it).</extracomment>
        <translation>Prerequisites</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/audit/dashboard.py" line="80"/>
        <source>Indicateurs atteints par groupe</source>
        <translation>Indicators attained per group</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/audit/dashboard.py" line="92"/>
        <source>Statut des groupes et éligibilité des domaines</source>
        <translation>Status of the groups and eligibility of the domains</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/audit/dashboard.py" line="108"/>
        <source>Statut des groupes</source>
        <translation>Status of the groups</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/audit/dashboard.py" line="116"/>
        <source>Ce qui bloque les prérequis</source>
        <translation>What blocks the prerequisites</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/audit/dashboard.py" line="125"/>
        <source>Indicateurs qui bloquent les prérequis</source>
        <translation>Indicators blocking the prerequisites</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/audit/dashboard.py" line="129"/>
        <source>Entrée ou double-clic : ouvrir l&apos;indicateur.</source>
        <translation>Enter or double-click: open the indicator.</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/audit/dashboard.py" line="161"/>
        <source>Aucun espace de travail ouvert</source>
        <translation>No workspace open</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/audit/dashboard.py" line="163"/>
        <source>Ouvrez un espace de travail (Ctrl+O) ou créez-en un depuis le menu Fichier.</source>
        <translation>Open a workspace (Ctrl+O) or create one from the File menu.</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/audit/dashboard.py" line="166"/>
        <source>Aucune campagne</source>
        <translation>No campaign</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/audit/dashboard.py" line="168"/>
        <source>Créez un établissement (Ctrl+Maj+E) puis une campagne (Ctrl+Maj+N) pour commencer.</source>
        <translation>Create an establishment (Ctrl+Shift+E) then a campaign (Ctrl+Shift+N) to begin.</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/audit/dashboard.py" line="177"/>
        <source>Tableau de bord — {name}</source>
        <translation>Dashboard — {name}</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/audit/dashboard.py" line="179"/>
        <source>Campagne du {date} · référentiel {ref} · auditeur : {auditor}</source>
        <translation>Campaign of {date} · referential {ref} · auditor: {auditor}</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/audit/dashboard.py" line="206"/>
        <source>taux global d&apos;atteinte : {n} indicateurs atteints sur {total} applicables</source>
        <translation>global attainment rate: {n} indicators attained of {total} applicable</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/audit/dashboard.py" line="211"/>
        <source>Taux global d&apos;atteinte des prérequis : {rate}</source>
        <translation>Global prerequisite attainment rate: {rate}</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/audit/dashboard.py" line="246"/>
        <source>&lt;b&gt;{domain} éligible&lt;/b&gt; {reserve}</source>
        <translation>&lt;b&gt;{domain} eligible&lt;/b&gt; {reserve}</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/audit/dashboard.py" line="249"/>
        <source>Tous les domaines sont éligibles au financement.</source>
        <translation>Every domain is eligible for funding.</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/audit/dashboard.py" line="252"/>
        <source>&lt;b&gt;{domains} non éligible(s)&lt;/b&gt; : {reason}</source>
        <translation>&lt;b&gt;{domains} not eligible&lt;/b&gt;: {reason}</translation>
    </message>
</context>
<context>
    <name>DueActionsWidget</name>
    <message>
        <location filename="../../hopen_desktop/ui/actions/plan.py" line="562"/>
        <source>Actions en retard ou à échéance dans 30 jours</source>
        <extracomment>(action id) the user chose an action (Enter or double-click).</extracomment>
        <translation>Actions overdue or due within 30 days</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/actions/plan.py" line="572"/>
        <source>Actions en retard ou à échéance proche</source>
        <translation>Actions overdue or due soon</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/actions/plan.py" line="576"/>
        <source>Aucune action en retard ni attendue dans les 30 prochains jours.</source>
        <translation>No action is overdue or due within the next 30 days.</translation>
    </message>
</context>
<context>
    <name>DuePanel</name>
    <message>
        <location filename="../../hopen_desktop/ui/audit/due_panel.py" line="19"/>
        <source>À faire</source>
        <extracomment>The evidence type of a proof the user chose to see (the register opens filtered on it).</extracomment>
        <translation>To do</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/audit/due_panel.py" line="30"/>
        <source>Preuves et actions à faire</source>
        <translation>Evidence and actions to do</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/audit/due_panel.py" line="34"/>
        <source>Rien n&apos;est en retard ni attendu dans les 30 prochains jours.</source>
        <translation>Nothing is late or due within the next 30 days.</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/audit/due_panel.py" line="37"/>
        <source>Entrée ou double-clic sur une preuve : ouvrir le registre filtré sur ce type.</source>
        <translation>Enter or double-click on an evidence item: open the register filtered on that type.</translation>
    </message>
</context>
<context>
    <name>ErrorHook</name>
    <message>
        <location filename="../../hopen_desktop/ui/error_hook.py" line="69"/>
        <source>(journal indisponible)</source>
        <translation>(log unavailable)</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/error_hook.py" line="71"/>
        <source>Une erreur inattendue s&apos;est produite ({kind}). L&apos;opération en cours n&apos;a peut-être pas abouti ; ce qui était déjà enregistré n&apos;est pas perdu.</source>
        <translation>An unexpected error occurred ({kind}). The current operation may not have completed; what was already saved is not lost.</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/error_hook.py" line="75"/>
        <source>Le détail technique a été écrit dans le journal de diagnostic :
{path}
Joignez ce fichier à votre signalement ; il ne contient ni vos réponses ni vos mots de passe.</source>
        <translation>The technical details were written to the diagnostics log:
{path}
Attach this file to your report; it contains neither your answers nor your passwords.</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/error_hook.py" line="79"/>
        <source>{count} erreurs depuis le démarrage.</source>
        <translation>{count} errors since start-up.</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/error_hook.py" line="85"/>
        <source>Erreur inattendue</source>
        <translation>Unexpected error</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/error_hook.py" line="90"/>
        <source>Ouvrir le dossier du journal</source>
        <translation>Open the log folder</translation>
    </message>
</context>
<context>
    <name>EstablishmentDialog</name>
    <message>
        <location filename="../../hopen_desktop/ui/audit/establishment_dialog.py" line="44"/>
        <source>Nouvel établissement</source>
        <translation>New establishment</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/audit/establishment_dialog.py" line="44"/>
        <source>Modifier l&apos;établissement</source>
        <translation>Edit establishment</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/audit/establishment_dialog.py" line="54"/>
        <location filename="../../hopen_desktop/ui/audit/establishment_dialog.py" line="182"/>
        <source>9 caractères, ex. 750712184 ou 2A0000013</source>
        <translation>9 characters, e.g. 750712184 or 2A0000013</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/audit/establishment_dialog.py" line="58"/>
        <source>N° &amp;FINESS :</source>
        <translation>&amp;FINESS no.:</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/audit/establishment_dialog.py" line="60"/>
        <source>Numéro FINESS</source>
        <translation>FINESS number</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/audit/establishment_dialog.py" line="63"/>
        <source>FINESS pro&amp;visoire (numéro pas encore connu)</source>
        <translation>Pro&amp;visional FINESS (number not known yet)</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/audit/establishment_dialog.py" line="69"/>
        <source>Pas encore de numéro FINESS ? Cochez la case et laissez le champ vide : un numéro provisoire « PROV-… » est donné, et le rapport le signale. Quand vous connaissez le vrai numéro, saisissez-le et décochez la case.</source>
        <translation>No FINESS number yet? Tick the box and leave the field empty: a provisional number “PROV-…” is given, and the report says so. When you know the real number, enter it and untick the box.</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/audit/establishment_dialog.py" line="82"/>
        <source>&amp;Nom :</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/audit/establishment_dialog.py" line="91"/>
        <source>&amp;Statut juridique :</source>
        <translation>&amp;Legal status:</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/audit/establishment_dialog.py" line="103"/>
        <source>Activités :</source>
        <translation>Activities:</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/audit/establishment_dialog.py" line="107"/>
        <source>vide si l&apos;établissement n&apos;est pas membre d&apos;un GHT</source>
        <translation>empty when the establishment is not a GHT member</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/audit/establishment_dialog.py" line="114"/>
        <source>&amp;GHT :</source>
        <translation>&amp;GHT:</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/audit/establishment_dialog.py" line="116"/>
        <source>GHT (groupement hospitalier de territoire)</source>
        <translation>GHT (regional hospital group)</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/audit/establishment_dialog.py" line="118"/>
        <source>Établissement &amp;support du GHT</source>
        <translation>GHT &amp;support establishment</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/audit/establishment_dialog.py" line="177"/>
        <source>vide : {number} est gardé</source>
        <translation>empty: {number} is kept</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/audit/establishment_dialog.py" line="179"/>
        <source>vide : un numéro PROV-… sera attribué</source>
        <translation>empty: a PROV-… number will be given</translation>
    </message>
</context>
<context>
    <name>EvidenceDialog</name>
    <message>
        <location filename="../../hopen_desktop/ui/evidence/dialog.py" line="241"/>
        <source>T&amp;ype de preuve :</source>
        <extracomment>Emitted after an item was saved (added or updated), with its id. Why a seal freezes the item shown (a sealed campaign&apos;s report covered it), or None.</extracomment>
        <translation>Evidence t&amp;ype:</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/evidence/dialog.py" line="247"/>
        <source>Date de la preuve</source>
        <translation>Date of the evidence</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/evidence/dialog.py" line="248"/>
        <source>&amp;Date :</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/evidence/dialog.py" line="257"/>
        <source>Titre</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/evidence/dialog.py" line="258"/>
        <source>&amp;Titre :</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/evidence/dialog.py" line="269"/>
        <source>Détails</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/evidence/dialog.py" line="279"/>
        <source>Indicateurs et critères appuyés</source>
        <translation>Indicators and criteria supported</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/evidence/dialog.py" line="284"/>
        <source>Indicateurs et critères appuyés par la preuve</source>
        <translation>Indicators and criteria supported by the evidence</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/evidence/dialog.py" line="288"/>
        <source>Espace : cocher ou décocher. Les critères dérivés se calculent d&apos;après le type.</source>
        <translation>Space: check or uncheck. Derived criteria are computed from the type.</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/evidence/dialog.py" line="295"/>
        <location filename="../../hopen_desktop/ui/evidence/dialog.py" line="301"/>
        <source>Fichiers joints</source>
        <translation>Attached files</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/evidence/dialog.py" line="320"/>
        <source>Empreinte SHA-256 du fichier sélectionné</source>
        <translation>SHA-256 fingerprint of the selected file</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/evidence/dialog.py" line="321"/>
        <source>sélectionnez un fichier pour voir son empreinte</source>
        <translation>select a file to see its fingerprint</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/evidence/dialog.py" line="325"/>
        <source>&amp;Empreinte SHA-256 :</source>
        <translation>SHA-256 &amp;fingerprint:</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/evidence/dialog.py" line="332"/>
        <source>&amp;Joindre des fichiers…</source>
        <translation>&amp;Attach files…</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/evidence/dialog.py" line="333"/>
        <source>&amp;Ouvrir</source>
        <translation>&amp;Open</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/evidence/dialog.py" line="334"/>
        <source>Enregistrer &amp;sous…</source>
        <translation>&amp;Save as…</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/evidence/dialog.py" line="335"/>
        <source>Reti&amp;rer</source>
        <translation>&amp;Remove</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/evidence/dialog.py" line="350"/>
        <source>Copier l&apos;empreinte</source>
        <translation>Copy the fingerprint</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/evidence/dialog.py" line="355"/>
        <location filename="../../hopen_desktop/ui/evidence/dialog.py" line="837"/>
        <source>Retirer le fichier</source>
        <translation>Remove the file</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/evidence/dialog.py" line="387"/>
        <source>Preuve (couverte par une campagne scellée) : {title}</source>
        <translation>Evidence (covered by a sealed campaign): {title}</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/evidence/dialog.py" line="436"/>
        <source>— non précisée —</source>
        <translation>— not specified —</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/evidence/dialog.py" line="442"/>
        <source>— non précisé —</source>
        <translation>— not specified —</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/evidence/dialog.py" line="443"/>
        <source>oui</source>
        <translation>yes</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/evidence/dialog.py" line="444"/>
        <source>non</source>
        <translation>no</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/evidence/dialog.py" line="449"/>
        <source>exemple : 99,5</source>
        <translation>example: 99.5</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/evidence/dialog.py" line="470"/>
        <source>Ce type de preuve n&apos;a pas d&apos;autre champ.</source>
        <translation>This type of evidence has no other field.</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/evidence/dialog.py" line="472"/>
        <source>exemple : {title}</source>
        <translation>example: {title}</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/evidence/dialog.py" line="473"/>
        <source>Détails : {type}</source>
        <translation>Details: {type}</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/evidence/dialog.py" line="488"/>
        <source> (dérivé)</source>
        <translation> (derived)</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/evidence/dialog.py" line="557"/>
        <source>Nouvelle preuve</source>
        <translation>New evidence</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/evidence/dialog.py" line="559"/>
        <source>Preuve : {title}</source>
        <translation>Evidence: {title}</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/evidence/dialog.py" line="564"/>
        <source>Glissez-déposez des fichiers sur la liste, ou « Joindre des fichiers… ». Pour une nouvelle preuve, la preuve est d&apos;abord enregistrée. Limite : {mb} Mo par fichier.</source>
        <translation>Drag and drop files onto the list, or “Attach files…”. A new evidence item is saved first. Limit: {mb} MB per file.</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/evidence/dialog.py" line="569"/>
        <source>Glissez-déposez des fichiers sur la liste, ou « Joindre des fichiers… ». Les fichiers sont joints et retirés immédiatement. Limite : {mb} Mo par fichier.</source>
        <translation>Drag and drop files onto the list, or “Attach files…”. Files are attached and removed immediately. Limit: {mb} MB per file.</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/evidence/dialog.py" line="706"/>
        <source>Joindre des fichiers</source>
        <translation>Attach files</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/evidence/dialog.py" line="722"/>
        <source>Complétez d&apos;abord la preuve (date, titre) : elle est enregistrée avant d&apos;y joindre un fichier.</source>
        <translation>Complete the evidence first (date, title): it is saved before a file is attached to it.</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/evidence/dialog.py" line="409"/>
        <location filename="../../hopen_desktop/ui/evidence/dialog.py" line="726"/>
        <source>Fermer</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/evidence/dialog.py" line="733"/>
        <source>« {name} » est un dossier : joignez les fichiers qu&apos;il contient.</source>
        <translation>“{name}” is a folder: attach the files it contains.</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/evidence/dialog.py" line="757"/>
        <source>Attention : le contenu enregistré de « {name} » ne correspond plus à son empreinte (fichier altéré dans l&apos;espace de travail).</source>
        <translation>Warning: the stored content of “{name}” no longer matches its fingerprint (file altered in the workspace).</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/evidence/dialog.py" line="785"/>
        <source>Impossible d&apos;écrire la copie temporaire ({reason}).</source>
        <translation>Cannot write the temporary copy ({reason}).</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/evidence/dialog.py" line="791"/>
        <source>Aucune application ne sait ouvrir « {name} ». Utilisez « Enregistrer sous… ».</source>
        <translation>No application can open “{name}”. Use “Save as…”.</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/evidence/dialog.py" line="804"/>
        <source>Enregistrer le fichier joint</source>
        <translation>Save the attached file</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/evidence/dialog.py" line="817"/>
        <source>Impossible d&apos;enregistrer « {name} » ({reason}) : choisissez un autre dossier.</source>
        <translation>Cannot save “{name}” ({reason}): choose another folder.</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/evidence/dialog.py" line="838"/>
        <source>Retirer « {name} » de la preuve ? Son contenu est supprimé de l&apos;espace de travail.</source>
        <translation>Remove “{name}” from the evidence? Its content is deleted from the workspace.</translation>
    </message>
</context>
<context>
    <name>EvidenceModels</name>
    <message>
        <location filename="../../hopen_desktop/ui/evidence/models.py" line="110"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/evidence/models.py" line="111"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/evidence/models.py" line="112"/>
        <source>Titre</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/evidence/models.py" line="113"/>
        <source>Indicateurs</source>
        <translation>Indicators</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/evidence/models.py" line="114"/>
        <source>Fichiers</source>
        <translation>Files</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/evidence/models.py" line="130"/>
        <source>{title} (scellée)</source>
        <translation>{title} (sealed)</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/evidence/models.py" line="142"/>
        <source>Liée à : {ids} (aucune campagne choisie : les liens seulement)</source>
        <translation>Linked to: {ids} (no campaign selected: links only)</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/evidence/models.py" line="159"/>
        <source>lien vers un critère inconnu</source>
        <translation>link to an unknown criterion</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/evidence/models.py" line="161"/>
        <source>{id} : liée, ne compte pas ({why})</source>
        <translation>{id}: linked, does not count ({why})</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/evidence/models.py" line="170"/>
        <source>{id} : calculée (comptée par la règle d&apos;un critère)</source>
        <translation>{id}: computed (counted by a criterion&apos;s rule)</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/evidence/models.py" line="174"/>
        <source>{id} : liée</source>
        <translation>{id}: linked</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/evidence/models.py" line="176"/>
        <source>Ne compte pour aucun indicateur de la campagne</source>
        <translation>Counts for no indicator of the campaign</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/evidence/models.py" line="271"/>
        <source>Nom</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/evidence/models.py" line="272"/>
        <source>Taille</source>
        <translation>Size</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/evidence/models.py" line="273"/>
        <source>Empreinte SHA-256</source>
        <translation>SHA-256 fingerprint</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/evidence/models.py" line="324"/>
        <source>dernière le {date}</source>
        <extracomment>The evidence type of a proof row (None for an action row).</extracomment>
        <translation>last on {date}</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/evidence/models.py" line="326"/>
        <source>aucune enregistrée</source>
        <translation>none registered</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/evidence/models.py" line="329"/>
        <source>à faire dès maintenant</source>
        <translation>due now</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/evidence/models.py" line="331"/>
        <location filename="../../hopen_desktop/ui/evidence/models.py" line="344"/>
        <source>en retard depuis le {date}</source>
        <translation>overdue since {date}</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/evidence/models.py" line="335"/>
        <source>à faire au plus tard le {date}</source>
        <translation>due by {date}</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/evidence/models.py" line="338"/>
        <source>{label} ({indicators}) — {last} — {when}</source>
        <translation>{label} ({indicators}) — {last} — {when}</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/evidence/models.py" line="348"/>
        <source>échéance le {date}</source>
        <translation>due on {date}</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/evidence/models.py" line="352"/>
        <source>Action : {title}{where}{owner} — {when}</source>
        <translation>Action: {title}{where}{owner} — {when}</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/evidence/models.py" line="375"/>
        <source>en retard</source>
        <translation>late</translation>
    </message>
</context>
<context>
    <name>EvidenceRegister</name>
    <message>
        <location filename="../../hopen_desktop/ui/evidence/register.py" line="60"/>
        <source>Les preuves appartiennent à l&apos;établissement et servent à toutes ses campagnes. Les critères dérivés (réunions, tests du PRA, rapports…) se calculent à partir de ce registre.</source>
        <extracomment>A dialog or message box was opened (the main window keeps a reference for tests).</extracomment>
        <translation>Evidence belongs to the establishment and serve all its campaigns. Derived criteria (meetings, DRP tests, reports…) are computed from this register.</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/evidence/register.py" line="72"/>
        <source>mots du titre</source>
        <translation>words of the title</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/evidence/register.py" line="74"/>
        <source>Rechercher dans les titres</source>
        <translation>Search in titles</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/evidence/register.py" line="75"/>
        <source>&amp;Rechercher :</source>
        <translation>&amp;Search:</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/evidence/register.py" line="81"/>
        <source>Tous les types</source>
        <translation>All types</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/evidence/register.py" line="84"/>
        <source>T&amp;ype :</source>
        <translation>T&amp;ype:</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/evidence/register.py" line="90"/>
        <source>&amp;Indicateur :</source>
        <translation>&amp;Indicator:</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/evidence/register.py" line="97"/>
        <source>&amp;Du</source>
        <translation>&amp;From</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/evidence/register.py" line="100"/>
        <source>Preuves datées à partir du</source>
        <translation>Evidence dated from</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/evidence/register.py" line="101"/>
        <source>&amp;au</source>
        <translation>&amp;to</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/evidence/register.py" line="104"/>
        <source>Preuves datées jusqu&apos;au</source>
        <translation>Evidence dated until</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/evidence/register.py" line="107"/>
        <source>Effacer les &amp;filtres</source>
        <translation>Clear &amp;filters</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/evidence/register.py" line="130"/>
        <location filename="../../hopen_desktop/ui/evidence/register.py" line="200"/>
        <source>Registre des preuves</source>
        <translation>Evidence register</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/evidence/register.py" line="141"/>
        <source>&amp;Ajouter une preuve…</source>
        <translation>&amp;Add evidence…</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/evidence/register.py" line="143"/>
        <source>Ajouter une preuve (Inser)</source>
        <translation>Add evidence (Insert)</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/evidence/register.py" line="145"/>
        <location filename="../../hopen_desktop/ui/evidence/register.py" line="310"/>
        <source>&amp;Modifier…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/evidence/register.py" line="147"/>
        <location filename="../../hopen_desktop/ui/evidence/register.py" line="311"/>
        <source>Modifier la preuve sélectionnée (Entrée)</source>
        <translation>Edit the selected evidence (Enter)</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/evidence/register.py" line="149"/>
        <source>&amp;Supprimer…</source>
        <translation>&amp;Delete…</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/evidence/register.py" line="151"/>
        <location filename="../../hopen_desktop/ui/evidence/register.py" line="313"/>
        <source>Supprimer la preuve sélectionnée (Suppr)</source>
        <translation>Delete the selected evidence (Del)</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/evidence/register.py" line="160"/>
        <source>Ajouter une preuve</source>
        <translation>Add evidence</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/evidence/register.py" line="165"/>
        <location filename="../../hopen_desktop/ui/evidence/register.py" line="370"/>
        <source>Supprimer la preuve</source>
        <translation>Delete the evidence</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/evidence/register.py" line="200"/>
        <source>Registre des preuves — {name}</source>
        <translation>Evidence register — {name}</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/evidence/register.py" line="226"/>
        <source>Tous</source>
        <translation>All</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/evidence/register.py" line="239"/>
        <source>Les preuves qui comptent pour l&apos;indicateur dans la campagne du {date} : calculées par la règle d&apos;un critère (réunions, tests…) ou liées à l&apos;indicateur ou à l&apos;un de ses critères.</source>
        <translation>The evidence that counts for the indicator in the campaign of {date}: computed by a criterion&apos;s rule (meetings, tests…) or linked to the indicator or one of its criteria.</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/evidence/register.py" line="244"/>
        <source>Aucune campagne choisie : le filtre ne retient que les preuves liées à l&apos;indicateur ou à l&apos;un de ses critères, pas celles que calculent ses critères dérivés (choisissez une campagne).</source>
        <translation>No campaign selected: the filter keeps only the evidence linked to the indicator or one of its criteria, not what its derived criteria compute (select a campaign).</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/evidence/register.py" line="295"/>
        <source>{n} preuve(s)</source>
        <translation>{n} evidence item(s)</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/evidence/register.py" line="297"/>
        <source>{shown} preuve(s) affichée(s) sur {total}</source>
        <translation>{shown} of {total} evidence item(s) shown</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/evidence/register.py" line="310"/>
        <source>C&amp;onsulter…</source>
        <translation>Vie&amp;w…</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/evidence/register.py" line="367"/>
        <source> et ses {n} fichier(s) joint(s)</source>
        <translation> and its {n} attached file(s)</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/evidence/register.py" line="371"/>
        <source>Supprimer « {title} » du {date}{files} ? Cette suppression est définitive.</source>
        <translation>Delete “{title}” of {date}{files}? This cannot be undone.</translation>
    </message>
</context>
<context>
    <name>FileCheckDialog</name>
    <message>
        <location filename="../../hopen_desktop/ui/evidence/file_check.py" line="26"/>
        <source>Vérification des fichiers joints</source>
        <translation>Check of the attached files</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/evidence/file_check.py" line="35"/>
        <source>Fichiers dont le contenu ne correspond plus</source>
        <translation>Files whose content no longer matches</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/evidence/file_check.py" line="39"/>
        <source>Tous les fichiers joints correspondent à leur empreinte SHA-256 : aucun n&apos;a été altéré.</source>
        <translation>Every attached file matches its SHA-256 fingerprint: none was altered.</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/evidence/file_check.py" line="46"/>
        <source>{n} fichier(s) joint(s) ne correspondent plus à leur empreinte : leur contenu a été modifié ou abîmé dans l&apos;espace de travail. Joignez de nouveau l&apos;original, ou restaurez une sauvegarde.</source>
        <translation>{n} attached file(s) no longer match their fingerprint: their content was changed or damaged in the workspace. Attach the original again, or restore a backup.</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/evidence/file_check.py" line="54"/>
        <source>« {name} » — preuve « {title} »
   empreinte attendue : {expected}
   empreinte calculée : {actual}</source>
        <translation>“{name}” — evidence “{title}”
   expected fingerprint: {expected}
   computed fingerprint: {actual}</translation>
    </message>
</context>
<context>
    <name>FileFilters</name>
    <message>
        <location filename="../../hopen_desktop/ui/file_filters.py" line="9"/>
        <source>Espaces de travail HOP&apos;EN (*.hopen.sqlite *.sqlite);;Tous les fichiers (*)</source>
        <translation>HOP&apos;EN workspaces (*.hopen.sqlite *.sqlite);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/file_filters.py" line="15"/>
        <source>Documents PDF (*.pdf);;Tous les fichiers (*)</source>
        <translation>PDF documents (*.pdf);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/file_filters.py" line="19"/>
        <source>Classeurs Excel (*.xlsx);;Tous les fichiers (*)</source>
        <translation>Excel workbooks (*.xlsx);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/file_filters.py" line="23"/>
        <source>Fichiers d&apos;identité de signature (*.p12 *.pfx);;Tous les fichiers (*)</source>
        <translation>Signing identity files (*.p12 *.pfx);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/reports/signers_dialog.py" line="34"/>
        <source>Certificats (*.cer *.crt *.pem *.der);;Tous les fichiers (*)</source>
        <translation>Certificates (*.cer *.crt *.pem *.der);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/referentials.py" line="20"/>
        <source>Référentiels (*.json);;Tous les fichiers (*)</source>
        <translation>Referentials (*.json);;All files (*)</translation>
    </message>
</context>
<context>
    <name>FingerprintLabel</name>
    <message>
        <location filename="../../hopen_desktop/ui/reports/signature_widgets.py" line="27"/>
        <source>Empreinte SHA-256 du certificat</source>
        <translation>SHA-256 fingerprint of the certificate</translation>
    </message>
</context>
<context>
    <name>FollowUpActions</name>
    <message>
        <location filename="../../hopen_desktop/ui/followup/menu.py" line="47"/>
        <source>&amp;Plan d&apos;action…</source>
        <translation>&amp;Action plan…</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/followup/menu.py" line="50"/>
        <source>&amp;Historique des campagnes…</source>
        <translation>Campaign &amp;history…</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/followup/menu.py" line="52"/>
        <source>Vue &amp;GHT…</source>
        <translation>&amp;GHT view…</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/followup/menu.py" line="54"/>
        <source>&amp;Journal des modifications…</source>
        <translation>Change &amp;journal…</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/followup/menu.py" line="57"/>
        <source>&amp;Exporter un paquet d&apos;audit…</source>
        <translation>&amp;Export an audit bundle…</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/followup/menu.py" line="60"/>
        <source>&amp;Importer un paquet d&apos;audit…</source>
        <translation>&amp;Import an audit bundle…</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/followup/menu.py" line="63"/>
        <source>Envoyer / Recevoir un &amp;paquet d&apos;audit…</source>
        <translation>Send / Receive an audit &amp;bundle…</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/followup/menu.py" line="66"/>
        <source>Travailler à deux postes sur la même campagne : envoyer, recevoir et fusionner un paquet d&apos;audit</source>
        <translation>Work on the same campaign from two computers: send, receive and merge an audit bundle</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/followup/menu.py" line="82"/>
        <source>&amp;Suivi</source>
        <translation>F&amp;ollow-up</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/followup/menu.py" line="90"/>
        <source>Pa&amp;quets d&apos;audit</source>
        <translation>Audit &amp;bundles</translation>
    </message>
</context>
<context>
    <name>Ght</name>
    <message>
        <location filename="../../hopen_desktop/ui/followup/ght.py" line="62"/>
        <location filename="../../hopen_desktop/ui/followup/ght.py" line="221"/>
        <source> (support)</source>
        <translation> (support)</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/followup/ght.py" line="64"/>
        <source>aucune campagne</source>
        <translation>no campaign</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/followup/ght.py" line="68"/>
        <source>campagne du {date}</source>
        <translation>campaign of {date}</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/followup/ght.py" line="117"/>
        <location filename="../../hopen_desktop/ui/followup/ght.py" line="151"/>
        <source>Commun au GHT : {declination}</source>
        <translation>Common to the GHT: {declination}</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/followup/ght.py" line="124"/>
        <source>Indicateur</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/followup/ght.py" line="170"/>
        <source>— pas de campagne</source>
        <translation>— no campaign</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/followup/ght.py" line="174"/>
        <source>aucune campagne HOP&apos;EN</source>
        <translation>no HOP&apos;EN campaign</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/followup/ght.py" line="224"/>
        <source>✖ {name} — aucune campagne HOP&apos;EN : à auditer</source>
        <translation>✖ {name} — no HOP&apos;EN campaign: to be audited</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/followup/ght.py" line="231"/>
        <source>✔ {name} — prérequis atteints (campagne du {date}, {rate} indicateurs)</source>
        <translation>✔ {name} — prerequisites attained (campaign of {date}, {rate} indicators)</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/followup/ght.py" line="234"/>
        <source>✖ {name} — prérequis non atteints : {groups} (campagne du {date}, {rate} indicateurs)</source>
        <translation>✖ {name} — prerequisites not attained: {groups} (campaign of {date}, {rate} indicators)</translation>
    </message>
</context>
<context>
    <name>GhtWindow</name>
    <message>
        <location filename="../../hopen_desktop/ui/followup/ght.py" line="249"/>
        <source>Vue GHT</source>
        <translation>GHT view</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/followup/ght.py" line="255"/>
        <source>&amp;GHT :</source>
        <translation>&amp;GHT:</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/followup/ght.py" line="275"/>
        <source>Vérification de l&apos;établissement support</source>
        <translation>Support establishment&apos;s check</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/followup/ght.py" line="276"/>
        <source>Vérification de l&apos;établissement support : chaque membre atteint les prérequis</source>
        <translation>Support establishment&apos;s check: every member attains the prerequisites</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/followup/ght.py" line="290"/>
        <source>Membres du GHT par indicateur</source>
        <translation>GHT members per indicator</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/followup/ght.py" line="293"/>
        <source>&lt;span style=&apos;background:{bg}&apos;&gt;&amp;nbsp;{mark}&amp;nbsp;&lt;/span&gt; indicateur commun au GHT (sa déclinaison GHT demande une application ou un service commun). Chaque membre : sa dernière campagne HOP&apos;EN.</source>
        <translation>&lt;span style=&apos;background:{bg}&apos;&gt;&amp;nbsp;{mark}&amp;nbsp;&lt;/span&gt; indicator common to the GHT (its GHT declination requires a shared application or service). Each member: its latest HOP&apos;EN campaign.</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/followup/ght.py" line="327"/>
        <source>{name} ({n} établissement(s))</source>
        <translation>{name} ({n} establishment(s))</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/followup/ght.py" line="356"/>
        <source>Aucun GHT : renseignez le GHT des établissements (menu Établissement).</source>
        <translation>No GHT: fill in the GHT of the establishments (Establishment menu).</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/followup/ght.py" line="358"/>
        <source>Vue GHT — {name}</source>
        <translation>GHT view — {name}</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/followup/ght.py" line="361"/>
        <source>Établissement support : {name}</source>
        <translation>Support establishment: {name}</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/followup/ght.py" line="363"/>
        <source>Aucun établissement support déclaré</source>
        <translation>No support establishment declared</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/followup/ght.py" line="367"/>
        <source>✔ Tous les membres atteignent les prérequis.</source>
        <translation>✔ Every member attains the prerequisites.</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/followup/ght.py" line="371"/>
        <source>✖ 1 membre sur {total} n&apos;atteint pas les prérequis : {names}.</source>
        <translation>✖ 1 member of {total} does not attain the prerequisites: {names}.</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/followup/ght.py" line="373"/>
        <source>✖ {n} membres sur {total} n&apos;atteignent pas les prérequis : {names}.</source>
        <translation>✖ {n} members of {total} do not attain the prerequisites: {names}.</translation>
    </message>
</context>
<context>
    <name>GroupChart</name>
    <message>
        <location filename="../../hopen_desktop/ui/audit/group_chart.py" line="35"/>
        <source>Graphique des groupes</source>
        <translation>Chart of the groups</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/audit/group_chart.py" line="45"/>
        <source>Part des indicateurs applicables atteints, par groupe</source>
        <translation>Share of applicable indicators attained, per group</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/audit/group_chart.py" line="78"/>
        <source>Aucune campagne sélectionnée</source>
        <translation>No campaign selected</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/audit/group_chart.py" line="93"/>
        <source>n.a.</source>
        <translation>n/a</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/audit/group_chart.py" line="118"/>
        <source>Prérequis</source>
        <translation>Prerequisites</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/audit/group_chart.py" line="123"/>
        <source>Domaines</source>
        <translation>Domains</translation>
    </message>
</context>
<context>
    <name>HelpButton</name>
    <message>
        <location filename="../../hopen_desktop/ui/widgets.py" line="300"/>
        <source>Aide : {term}</source>
        <translation>Help: {term}</translation>
    </message>
</context>
<context>
    <name>HelpWindow</name>
    <message>
        <location filename="../../hopen_desktop/ui/help_window.py" line="17"/>
        <source>Guide de l&apos;utilisateur — HOP&apos;EN Desktop</source>
        <translation>User guide — HOP&apos;EN Desktop</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/help_window.py" line="20"/>
        <source>◀ &amp;Précédent</source>
        <translation>◀ &amp;Previous</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/help_window.py" line="21"/>
        <source>&amp;Suivant ▶</source>
        <translation>&amp;Next ▶</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/help_window.py" line="22"/>
        <source>&amp;Sommaire</source>
        <translation>&amp;Contents</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/help_window.py" line="32"/>
        <source>Guide de l&apos;utilisateur</source>
        <translation>User guide</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <location filename="../../hopen_desktop/ui/followup/history.py" line="66"/>
        <source>— absent du référentiel</source>
        <extracomment>True for a cell that changed since the previous campaign.</extracomment>
        <translation>— not in the referential</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/followup/history.py" line="105"/>
        <source>Indicateur</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/followup/history.py" line="108"/>
        <source>Campagne du
{date}</source>
        <translation>Campaign of
{date}</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/followup/history.py" line="109"/>
        <source>
(scellée)</source>
        <translation>
(sealed)</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/followup/history.py" line="112"/>
        <source>{ref} — auditeur : {auditor}
Prérequis atteints : {rate}</source>
        <translation>{ref} — auditor: {auditor}
Prerequisites attained: {rate}</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/followup/history.py" line="145"/>
        <source>avant : {before} / maintenant : {now}</source>
        <translation>before: {before} / now: {now}</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/followup/history.py" line="150"/>
        <source>changé depuis la campagne précédente</source>
        <translation>changed since the previous campaign</translation>
    </message>
</context>
<context>
    <name>HistoryWindow</name>
    <message>
        <location filename="../../hopen_desktop/ui/followup/history.py" line="305"/>
        <source>Seulement ce qui a &amp;changé</source>
        <translation>Only what has &amp;changed</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/followup/history.py" line="309"/>
        <source>&amp;Nouvelle campagne à partir de la dernière…</source>
        <translation>&amp;New campaign from the latest one…</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/followup/history.py" line="323"/>
        <source>Indicateurs campagne par campagne</source>
        <translation>Indicators campaign by campaign</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/followup/history.py" line="333"/>
        <source>&lt;b style=&apos;color:{frame}&apos;&gt;◆ changé&lt;/b&gt; (case encadrée) : le statut ou la valeur a changé depuis la campagne précédente (survolez la case pour voir avant / maintenant).</source>
        <translation>&lt;b style=&apos;color:{frame}&apos;&gt;◆ changed&lt;/b&gt; (framed cell): the status or value changed since the previous campaign (hover over the cell to see before / now).</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/followup/history.py" line="363"/>
        <source>Historique des campagnes — {name}</source>
        <translation>Campaign history — {name}</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/followup/history.py" line="365"/>
        <source>Historique des campagnes</source>
        <translation>Campaign history</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/followup/history.py" line="368"/>
        <source>Historique des campagnes de {name}</source>
        <translation>Campaign history of {name}</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/followup/history.py" line="370"/>
        <source>Aucun établissement sélectionné</source>
        <translation>No establishment selected</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/followup/history.py" line="374"/>
        <source>Aucune campagne pour cet établissement.</source>
        <translation>No campaign for this establishment.</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/followup/history.py" line="376"/>
        <source>Une seule campagne : rien à comparer encore.</source>
        <translation>A single campaign: nothing to compare yet.</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/followup/history.py" line="381"/>
        <source>{n} campagnes, de la plus ancienne à la plus récente. {changed} indicateur(s) ont changé depuis la campagne précédente.</source>
        <translation>{n} campaigns, from oldest to most recent. {changed} indicator(s) changed since the previous campaign.</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/followup/history.py" line="424"/>
        <source>Nouvelle campagne</source>
        <translation>New campaign</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/followup/history.py" line="426"/>
        <source>Créer une campagne datée du {today} qui reprend les réponses de la campagne du {date} ? Les critères calculés depuis le registre des preuves seront réévalués à la nouvelle date.</source>
        <translation>Create a campaign dated {today} that takes over the answers of the campaign of {date}? The criteria computed from the evidence register will be re-evaluated at the new date.</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/followup/history.py" line="430"/>
        <source>&amp;Créer la campagne</source>
        <translation>&amp;Create the campaign</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/followup/history.py" line="448"/>
        <source>Opération refusée</source>
        <translation>Operation refused</translation>
    </message>
</context>
<context>
    <name>IdentitiesDialog</name>
    <message>
        <location filename="../../hopen_desktop/ui/reports/identity_dialog.py" line="193"/>
        <location filename="../../hopen_desktop/ui/reports/identity_dialog.py" line="208"/>
        <source>Identités de signature</source>
        <translation>Signing identities</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/reports/identity_dialog.py" line="202"/>
        <source>Chaque identité est un fichier d&apos;identité (.p12) protégé par son mot de passe, rangé dans {folder}.</source>
        <translation>Each identity is an identity file (.p12) protected by its password, kept in {folder}.</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/reports/identity_dialog.py" line="213"/>
        <source>&amp;Empreinte SHA-256 du certificat sélectionné :</source>
        <translation>SHA-256 &amp;fingerprint of the selected certificate:</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/reports/identity_dialog.py" line="213"/>
        <source>Co&amp;pier</source>
        <translation>Co&amp;py</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/reports/identity_dialog.py" line="221"/>
        <source>&amp;Créer une identité…</source>
        <translation>&amp;Create an identity…</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/reports/identity_dialog.py" line="224"/>
        <source>&amp;Importer un .p12…</source>
        <translation>&amp;Import a .p12…</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/reports/identity_dialog.py" line="227"/>
        <source>Ouvrir le &amp;dossier</source>
        <translation>Open the fol&amp;der</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/reports/identity_dialog.py" line="240"/>
        <source>Aucune identité pour l&apos;instant : créez-en une, ou importez votre .p12.</source>
        <translation>No identity yet: create one, or import your .p12.</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/reports/identity_dialog.py" line="249"/>
        <source>L&apos;empreinte de cette identité s&apos;affichera à la signature (mot de passe).</source>
        <translation>The fingerprint of this identity will be shown when signing (password).</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/reports/identity_dialog.py" line="256"/>
        <source>Empreinte copiée dans le presse-papiers.</source>
        <translation>Fingerprint copied to the clipboard.</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/reports/identity_dialog.py" line="274"/>
        <source>Importer une identité de signature</source>
        <translation>Import a signing identity</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/reports/identity_dialog.py" line="283"/>
        <source>Saisissez le mot de passe de « {name} » : il est vérifié avant la copie.</source>
        <translation>Enter the password of “{name}”: it is checked before the copy.</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/reports/identity_dialog.py" line="298"/>
        <source>Identité « {name} » enregistrée dans {path}. Communiquez l&apos;empreinte de son certificat aux lecteurs de vos rapports : elle leur permet de vérifier que la signature est bien la vôtre.</source>
        <translation>Identity “{name}” saved in {path}. Give the fingerprint of its certificate to the readers of your reports: it lets them check that the signature really is yours.</translation>
    </message>
</context>
<context>
    <name>IdentityCreateDialog</name>
    <message>
        <location filename="../../hopen_desktop/ui/reports/identity_dialog.py" line="73"/>
        <source>Créer une identité de signature</source>
        <translation>Create a signing identity</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/reports/identity_dialog.py" line="80"/>
        <source>L&apos;identité créée est auto-signée : le lecteur d&apos;un rapport signé la reconnaîtra en comparant l&apos;empreinte SHA-256 de son certificat avec celle que vous lui communiquerez.</source>
        <translation>The identity created is self-signed: the reader of a signed report will recognise it by comparing the SHA-256 fingerprint of its certificate with the one you give them.</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/reports/identity_dialog.py" line="101"/>
        <source>&amp;Nom du signataire :</source>
        <translation>Signer&apos;s &amp;name:</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/reports/identity_dialog.py" line="102"/>
        <source>&amp;Organisation :</source>
        <translation>&amp;Organisation:</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/reports/identity_dialog.py" line="103"/>
        <source>&amp;Adresse électronique :</source>
        <translation>&amp;Email address:</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/reports/identity_dialog.py" line="104"/>
        <source>&amp;Mot de passe :</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/reports/identity_dialog.py" line="105"/>
        <source>&amp;Confirmation :</source>
        <translation>&amp;Confirmation:</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/reports/identity_dialog.py" line="112"/>
        <source>Au moins {n} caractères. Il sera demandé à chaque signature ; il ne peut pas être retrouvé.</source>
        <translation>At least {n} characters. It will be asked for at each signature; it cannot be recovered.</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/reports/identity_dialog.py" line="125"/>
        <source>C&amp;réer</source>
        <translation>C&amp;reate</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/reports/identity_dialog.py" line="136"/>
        <source>Les deux mots de passe ne sont pas identiques : saisissez-les de nouveau.</source>
        <translation>The two passwords do not match: enter them again.</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/reports/identity_dialog.py" line="143"/>
        <source>Création de la clé de signature…</source>
        <translation>Creating the signing key…</translation>
    </message>
</context>
<context>
    <name>IdentityTableModel</name>
    <message>
        <location filename="../../hopen_desktop/ui/reports/identity_dialog.py" line="50"/>
        <source>Titulaire</source>
        <translation>Holder</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/reports/identity_dialog.py" line="50"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/reports/identity_dialog.py" line="50"/>
        <source>Valable jusqu&apos;au</source>
        <translation>Valid until</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/reports/identity_dialog.py" line="50"/>
        <source>Fichier</source>
        <translation>File</translation>
    </message>
</context>
<context>
    <name>IndicatorPage</name>
    <message>
        <location filename="../../hopen_desktop/ui/audit/indicator_page.py" line="184"/>
        <source>Créer une ac&amp;tion…</source>
        <extracomment>(indicator id, criterion id or &quot;&quot;) — the user asks for an action on what is unmet. The evidence under each criterion (key: criterion id) and under the whole indicator (key: the indicator id). The question asked when leaving the page with a value that cannot be saved.</extracomment>
        <translation>Create an ac&amp;tion…</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/audit/indicator_page.py" line="186"/>
        <location filename="../../hopen_desktop/ui/audit/indicator_page.py" line="188"/>
        <location filename="../../hopen_desktop/ui/audit/indicator_page.py" line="595"/>
        <source>Ajouter au plan d&apos;action ce qui n&apos;est pas atteint</source>
        <translation>Add what is not attained to the action plan</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/audit/indicator_page.py" line="187"/>
        <source>Créer une action</source>
        <translation>Create an action</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/audit/indicator_page.py" line="196"/>
        <source>Le libellé, la cible, les définitions et les critères sont le texte officiel de l&apos;instruction, en français.</source>
        <translation>Official wording (French): the label, the target, the definitions and the criteria are quoted from the instruction as they are.</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/audit/indicator_page.py" line="210"/>
        <source>Ce qui est demandé</source>
        <translation>What is asked</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/audit/indicator_page.py" line="215"/>
        <source>Cible :</source>
        <translation>Target:</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/audit/indicator_page.py" line="219"/>
        <source>En clair :</source>
        <translation>In plain words:</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/audit/indicator_page.py" line="229"/>
        <source>Taux</source>
        <translation>Rate</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/audit/indicator_page.py" line="234"/>
        <location filename="../../hopen_desktop/ui/audit/indicator_page.py" line="245"/>
        <source>nombre entier</source>
        <translation>whole number</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/audit/indicator_page.py" line="235"/>
        <source>Numérateur</source>
        <translation>Numerator</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/audit/indicator_page.py" line="239"/>
        <source>&amp;Numérateur :</source>
        <translation>&amp;Numerator:</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/audit/indicator_page.py" line="246"/>
        <source>Dénominateur</source>
        <translation>Denominator</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/audit/indicator_page.py" line="250"/>
        <source>&amp;Dénominateur :</source>
        <translation>&amp;Denominator:</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/audit/indicator_page.py" line="256"/>
        <source>Taux calculé :</source>
        <translation>Computed rate:</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/audit/indicator_page.py" line="268"/>
        <source>Critères</source>
        <translation>Criteria</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/audit/indicator_page.py" line="268"/>
        <source>Critère complémentaire</source>
        <translation>Additional criterion</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/audit/indicator_page.py" line="292"/>
        <source>Les critères encadrés sont calculés à partir du registre des preuves : ils ne se cochent pas à la main.</source>
        <translation>Framed criteria are computed from the evidence register: they are not ticked by hand.</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/audit/indicator_page.py" line="298"/>
        <source>Preuves liées à l&apos;indicateur entier :</source>
        <translation>Evidence linked to the whole indicator:</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/audit/indicator_page.py" line="306"/>
        <source>Preuves</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/audit/indicator_page.py" line="317"/>
        <source>Applicabilité et commentaire</source>
        <translation>Applicability and comment</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/audit/indicator_page.py" line="319"/>
        <source>Indicateur non &amp;applicable à l&apos;établissement</source>
        <translation>Indicator not &amp;applicable to the establishment</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/audit/indicator_page.py" line="327"/>
        <source>Un prérequis ne peut pas être déclaré non applicable : l&apos;instruction demande d&apos;atteindre l&apos;ensemble des prérequis.</source>
        <translation>A prerequisite cannot be declared not applicable: the instruction requires every prerequisite to be attained.</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/audit/indicator_page.py" line="334"/>
        <source>&amp;Justification (obligatoire si non applicable) :</source>
        <translation>&amp;Justification (required when not applicable):</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/audit/indicator_page.py" line="338"/>
        <source>Justification</source>
        <translation>Justification</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/audit/indicator_page.py" line="346"/>
        <source>&amp;Commentaire :</source>
        <translation>&amp;Comment:</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/audit/indicator_page.py" line="350"/>
        <source>Commentaire</source>
        <translation>Comment</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/audit/indicator_page.py" line="366"/>
        <source>Comment compter, preuves et repères</source>
        <translation>How to count, evidence and context</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/audit/indicator_page.py" line="370"/>
        <source>Comment compter :</source>
        <translation>How to count:</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/audit/indicator_page.py" line="372"/>
        <source>Preuves :</source>
        <translation>Evidence:</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/audit/indicator_page.py" line="376"/>
        <source> (s&apos;applique : l&apos;établissement est membre d&apos;un GHT)</source>
        <translation> (applies: the establishment is a GHT member)</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/audit/indicator_page.py" line="378"/>
        <source> (ne s&apos;applique pas : l&apos;établissement est hors GHT)</source>
        <translation> (does not apply: the establishment is not in a GHT)</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/audit/indicator_page.py" line="382"/>
        <source>Déclinaison GHT :</source>
        <translation>GHT declination:</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/audit/indicator_page.py" line="385"/>
        <source> (indicateur HN {id})</source>
        <translation> (HN indicator {id})</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/audit/indicator_page.py" line="388"/>
        <source>Atteinte nationale HN :</source>
        <translation>National HN attainment:</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/audit/indicator_page.py" line="392"/>
        <source>Évolution HN → HOP&apos;EN :</source>
        <translation>HN → HOP&apos;EN change:</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/audit/indicator_page.py" line="425"/>
        <source>Début de la période mesurée</source>
        <translation>Start of the measurement period</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/audit/indicator_page.py" line="426"/>
        <source>Fin de la période mesurée</source>
        <translation>End of the measurement period</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/audit/indicator_page.py" line="429"/>
        <source>Période &amp;mesurée du :</source>
        <translation>&amp;Measured from:</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/audit/indicator_page.py" line="431"/>
        <source>au</source>
        <translation>to</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/audit/indicator_page.py" line="440"/>
        <source>exemple : extraction du DPI, registre des admissions</source>
        <translation>example: patient record extraction, admissions register</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/audit/indicator_page.py" line="441"/>
        <source>Source des données</source>
        <translation>Data source</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/audit/indicator_page.py" line="444"/>
        <source>S&amp;ource des données :</source>
        <translation>Data s&amp;ource:</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/audit/indicator_page.py" line="450"/>
        <source>Date sous la forme jj/mm/aaaa ; laissez vide si elle n&apos;est pas connue.</source>
        <translation>Date as dd/mm/yyyy; leave empty if it is not known.</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/audit/indicator_page.py" line="458"/>
        <source>jj/mm/aaaa, ou vide</source>
        <translation>dd/mm/yyyy, or empty</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/audit/indicator_page.py" line="474"/>
        <source>Texte officiel de l&apos;instruction (en français)</source>
        <translation>Official wording of the instruction (French)</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/audit/indicator_page.py" line="514"/>
        <source>Pour l&apos;indicateur {id}</source>
        <translation>For indicator {id}</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/audit/indicator_page.py" line="519"/>
        <source>Pour le critère : {label}</source>
        <translation>For the criterion: {label}</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/audit/indicator_page.py" line="557"/>
        <source>Statut : {status}</source>
        <translation>Status: {status}</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/audit/indicator_page.py" line="587"/>
        <source>Un prérequis ne peut pas être déclaré non applicable.</source>
        <translation>A prerequisite cannot be declared not applicable.</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/audit/indicator_page.py" line="601"/>
        <source>Dénominateur nul : le taux ne peut pas être calculé.</source>
        <translation>Zero denominator: the rate cannot be computed.</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/audit/indicator_page.py" line="614"/>
        <source>Rempli par les preuves calculées ci-dessous ({n} date(s)).</source>
        <translation>Met by the computed evidence below ({n} date(s)).</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/audit/indicator_page.py" line="619"/>
        <source>Manque {n} preuve(s) « {type} » datée(s) du {start} au {end}</source>
        <translation>Missing {n} “{type}” dated from {start} to {end}</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/audit/indicator_page.py" line="623"/>
        <source> ({found} trouvée(s) sur {needed})</source>
        <translation> ({found} found of {needed})</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/audit/indicator_page.py" line="632"/>
        <source>Chaque preuve doit indiquer : {fields}.</source>
        <translation>Each piece of evidence must give: {fields}.</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/audit/indicator_page.py" line="659"/>
        <source>le taux saisi n&apos;est pas enregistré</source>
        <translation>the rate typed is not saved</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/audit/indicator_page.py" line="662"/>
        <source>la période saisie n&apos;est pas enregistrée</source>
        <translation>the period typed is not saved</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/audit/indicator_page.py" line="664"/>
        <source>l&apos;applicabilité saisie n&apos;est pas enregistrée</source>
        <translation>the applicability chosen is not saved</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/audit/indicator_page.py" line="680"/>
        <source>Valeurs non valides</source>
        <translation>Invalid values</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/audit/indicator_page.py" line="682"/>
        <source>Les valeurs saisies ne sont pas valides et ne sont pas enregistrées :
{why}

Restez sur la page pour les corriger, ou abandonnez la saisie (les valeurs déjà enregistrées sont gardées).</source>
        <translation>The values typed are not valid and are not saved:
{why}

Stay on the page to correct them, or discard the input (the values already saved are kept).</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/audit/indicator_page.py" line="690"/>
        <source>&amp;Rester</source>
        <translation>&amp;Stay</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/audit/indicator_page.py" line="692"/>
        <source>&amp;Abandonner la saisie</source>
        <translation>&amp;Discard the input</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/audit/indicator_page.py" line="770"/>
        <source>{id} : taux</source>
        <translation>{id}: rate</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/audit/indicator_page.py" line="826"/>
        <source>« {text} » n&apos;est pas une date : écrivez-la sous la forme jj/mm/aaaa (exemple : 31/12/2025), ou laissez le champ vide.</source>
        <translation>“{text}” is not a date: write it as dd/mm/yyyy (example: 31/12/2025), or leave the field empty.</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/audit/indicator_page.py" line="843"/>
        <source>{id} : période mesurée et source</source>
        <translation>{id}: measurement period and source</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/audit/indicator_page.py" line="859"/>
        <source>{id} : critères</source>
        <translation>{id}: criteria</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/audit/indicator_page.py" line="874"/>
        <source>{id} : applicabilité</source>
        <translation>{id}: applicability</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/audit/indicator_page.py" line="886"/>
        <source>{id} : critère non applicable</source>
        <translation>{id}: criterion not applicable</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/audit/indicator_page.py" line="901"/>
        <source>{id} : commentaire</source>
        <translation>{id}: comment</translation>
    </message>
</context>
<context>
    <name>ItemModels</name>
    <message>
        <location filename="../../hopen_desktop/ui/audit/item_models.py" line="51"/>
        <source>FINESS</source>
        <translation>FINESS</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/audit/item_models.py" line="52"/>
        <source>Nom</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/audit/item_models.py" line="53"/>
        <source>Statut juridique</source>
        <translation>Legal status</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/audit/item_models.py" line="54"/>
        <source>Activités</source>
        <translation>Activities</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/audit/item_models.py" line="55"/>
        <source>GHT</source>
        <translation>GHT</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/audit/item_models.py" line="82"/>
        <source>Hors GHT</source>
        <translation>Not in a GHT</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/audit/item_models.py" line="83"/>
        <source> (support)</source>
        <translation> (support)</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/audit/item_models.py" line="98"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/audit/item_models.py" line="99"/>
        <source>Référentiel</source>
        <translation>Referential</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/audit/item_models.py" line="100"/>
        <source>Auditeur</source>
        <translation>Auditor</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/audit/item_models.py" line="117"/>
        <source>Campagne du {date}</source>
        <translation>Campaign of {date}</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/audit/item_models.py" line="119"/>
        <source> — scellée</source>
        <translation> — sealed</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/audit/item_models.py" line="226"/>
        <source>Prérequis et domaines</source>
        <translation>Prerequisites and domains</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/audit/item_models.py" line="256"/>
        <location filename="../../hopen_desktop/ui/audit/item_models.py" line="365"/>
        <source>(texte officiel, en français)</source>
        <translation>(official wording, in French)</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/audit/item_models.py" line="309"/>
        <source>Groupe</source>
        <translation>Group</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/audit/item_models.py" line="310"/>
        <source>Intitulé</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/audit/item_models.py" line="311"/>
        <source>Statut</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/audit/item_models.py" line="312"/>
        <source>Atteints</source>
        <translation>Attained</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/audit/item_models.py" line="313"/>
        <source>Éligibilité</source>
        <translation>Eligibility</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/audit/item_models.py" line="342"/>
        <source>{n} / {total}</source>
        <translation>{n} / {total}</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/audit/item_models.py" line="346"/>
        <source>— (prérequis)</source>
        <translation>— (prerequisite)</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/audit/item_models.py" line="348"/>
        <source>Éligible sous réserve</source>
        <translation>Eligible subject to a reserve</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/audit/item_models.py" line="350"/>
        <source>Éligible</source>
        <translation>Eligible</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/audit/item_models.py" line="352"/>
        <source>Non éligible</source>
        <translation>Not eligible</translation>
    </message>
</context>
<context>
    <name>Jargon</name>
    <message>
        <location filename="../../hopen_desktop/ui/jargon.py" line="24"/>
        <source>Numéro FINESS</source>
        <translation>FINESS number</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/jargon.py" line="25"/>
        <source>GHT</source>
        <translation>GHT</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/jargon.py" line="26"/>
        <source>Cibles d&apos;usage Hôpital Numérique</source>
        <translation>Hôpital Numérique usage targets</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/jargon.py" line="27"/>
        <source>Fichier d&apos;identité (.p12)</source>
        <translation>Identity file (.p12)</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/jargon.py" line="28"/>
        <source>Empreinte</source>
        <translation>Fingerprint</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/jargon.py" line="29"/>
        <source>Certificat</source>
        <translation>Certificate</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/jargon.py" line="30"/>
        <source>Signature électronique (PAdES)</source>
        <translation>Electronic signature (PAdES)</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/jargon.py" line="38"/>
        <source>Le numéro FINESS identifie chaque établissement sanitaire et social dans le fichier national (Fichier national des établissements sanitaires et sociaux). Il a 9 caractères et figure sur les courriers de l&apos;ARS ; en Corse, il commence par 2A ou 2B.</source>
        <translation>The FINESS number identifies every health and social care establishment in the French national register (Fichier national des établissements sanitaires et sociaux). It has 9 characters and appears on the letters of the regional health agency (ARS); in Corsica it starts with 2A or 2B.</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/jargon.py" line="44"/>
        <source>Un GHT (groupement hospitalier de territoire) regroupe les hôpitaux publics d&apos;un même territoire autour d&apos;un établissement « support ». Pour un établissement membre, certains indicateurs ont un critère de plus : l&apos;application ou le service doit être commun au GHT. Laissez vide si l&apos;établissement n&apos;est membre d&apos;aucun GHT.</source>
        <translation>A GHT (groupement hospitalier de territoire, regional hospital group) brings together the public hospitals of one area around a “support” establishment. For a member establishment, some indicators have one more criterion: the application or service must be shared across the GHT. Leave empty if the establishment belongs to no GHT.</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/jargon.py" line="51"/>
        <source>Hôpital Numérique est le programme national qui a précédé HOP&apos;EN (2012-2017). Ses domaines D2 (dossier patient informatisé) et D3 (prescription électronique) avaient des cibles d&apos;usage : des taux à atteindre. Si votre établissement les avait atteintes, cochez la case : le domaine D7 (services en ligne) peut alors être éligible même si D2 et D3 ne sont pas encore atteints ici.</source>
        <translation>Hôpital Numérique is the national programme that preceded HOP&apos;EN (2012-2017). Its domains D2 (electronic patient record) and D3 (electronic prescribing) had usage targets: rates to reach. If your establishment reached them, tick the box: domain D7 (online services) can then be eligible even if D2 and D3 are not yet attained here.</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/jargon.py" line="58"/>
        <source>Un fichier d&apos;identité (extension .p12 ou .pfx, format appelé « PKCS#12 ») contient votre certificat et la clé secrète qui sert à signer, protégés par un mot de passe. Il se garde comme une clé : ne l&apos;envoyez à personne, et ne perdez pas son mot de passe.</source>
        <translation>An identity file (extension .p12 or .pfx, a format called “PKCS#12”) holds your certificate and the secret key used to sign, protected by a password. Keep it like a key: send it to nobody, and do not lose its password.</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/jargon.py" line="64"/>
        <source>L&apos;empreinte (calculée par la méthode SHA-256) est un code de 64 caractères tiré du contenu exact d&apos;un fichier ou d&apos;un certificat. Le moindre changement la modifie entièrement : deux empreintes identiques prouvent que le contenu n&apos;a pas changé, ou que deux certificats sont le même. Pour vérifier un signataire, comparez l&apos;empreinte avec lui, par exemple au téléphone.</source>
        <translation>The fingerprint (computed with the SHA-256 method) is a 64-character code derived from the exact content of a file or a certificate. The slightest change alters it completely: two identical fingerprints prove that the content has not changed, or that two certificates are the same. To check a signer, compare the fingerprint with them, for example on the phone.</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/jargon.py" line="71"/>
        <source>Le certificat est la carte d&apos;identité électronique du signataire : son nom, son organisation et de quoi vérifier ses signatures. Il est délivré par une autorité de certification, ou créé par le signataire lui-même (« auto-signé ») : dans ce cas, seule son empreinte permet de le reconnaître.</source>
        <translation>The certificate is the signer&apos;s electronic identity card: their name, their organisation and what is needed to check their signatures. It is issued by a certification authority, or created by the signer themselves (“self-signed”): then only its fingerprint identifies it.</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/jargon.py" line="77"/>
        <source>Le rapport est signé au format PAdES, le format européen de signature des documents PDF, que vérifient Adobe Acrobat Reader et cette application. La signature dit qui a signé et prouve que le document n&apos;a pas changé depuis ; la date de signature est celle de l&apos;ordinateur du signataire.</source>
        <translation>The report is signed in the PAdES format, the European signature format for PDF documents, checked by Adobe Acrobat Reader and by this application. The signature tells who signed and proves that the document has not changed since; the signing date is the one of the signer&apos;s computer.</translation>
    </message>
</context>
<context>
    <name>JournalCheckDialog</name>
    <message>
        <location filename="../../hopen_desktop/ui/safety_dialogs.py" line="43"/>
        <source>Vérification du journal des modifications</source>
        <translation>Check of the change journal</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/safety_dialogs.py" line="49"/>
        <source>Contrôlé : chaînage de {rows} ligne(s) et concordance de {records} enregistrement(s) avec les données.</source>
        <translation>Checked: the chaining of {rows} row(s) and the agreement of {records} record(s) with the data.</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/safety_dialogs.py" line="54"/>
        <source>Journal vérifié : ses {n} ligne(s) sont chaînées par leurs empreintes, aucune n&apos;a été modifiée, supprimée ou insérée hors de l&apos;application, et chacun des {records} enregistrement(s) (réponses, critères, campagnes, établissements, preuves, fichiers joints, actions, réglages) est tel que le journal le décrit.</source>
        <translation>Journal verified: its {n} row(s) are chained by their fingerprints, none was changed, removed or inserted outside the application, and each of the {records} record(s) (answers, criteria, campaigns, establishments, evidence, attached files, actions, settings) is as the journal describes it.</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/safety_dialogs.py" line="64"/>
        <source>Journal NON vérifié : {n} problème(s). L&apos;espace de travail a été modifié hors de HOP&apos;EN Desktop. Restaurez une sauvegarde antérieure si ce n&apos;était pas voulu.</source>
        <translation>Journal NOT verified: {n} problem(s). The workspace was changed outside HOP&apos;EN Desktop. Restore an earlier backup if this was not intended.</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/safety_dialogs.py" line="80"/>
        <source>Ce contrôle ne prouve pas que l&apos;historique est d&apos;origine : un journal entièrement recalculé à partir des données ne peut être détecté qu&apos;avec une ancre extérieure au fichier (le sceau d&apos;un rapport signé).</source>
        <translation>This check does not prove that the history is the original one: a journal entirely recomputed from the data can only be detected with an anchor kept outside the file (the seal of a signed report).</translation>
    </message>
</context>
<context>
    <name>JournalWindow</name>
    <message>
        <location filename="../../hopen_desktop/ui/followup/journal.py" line="61"/>
        <source>oui</source>
        <translation>yes</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/followup/journal.py" line="62"/>
        <source>non</source>
        <translation>no</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/followup/journal.py" line="64"/>
        <source>(vide)</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/followup/journal.py" line="90"/>
        <source>Journal des modifications</source>
        <translation>Change journal</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/followup/journal.py" line="95"/>
        <source>Seulement la campagne en &amp;cours</source>
        <translation>Only the &amp;current campaign</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/followup/journal.py" line="102"/>
        <source>Date et heure</source>
        <translation>Date and time</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/followup/journal.py" line="102"/>
        <source>Auteur</source>
        <translation>Author</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/followup/journal.py" line="102"/>
        <source>Modification</source>
        <translation>Change</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/followup/journal.py" line="102"/>
        <source>Avant</source>
        <translation>Before</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/followup/journal.py" line="102"/>
        <source>Après</source>
        <translation>After</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/followup/journal.py" line="104"/>
        <source>Lignes du journal des modifications, la plus récente en premier</source>
        <translation>Rows of the change journal, most recent first</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/followup/journal.py" line="124"/>
        <source>Réponse</source>
        <translation>Answer</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/followup/journal.py" line="125"/>
        <source>Critère</source>
        <translation>Criterion</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/followup/journal.py" line="126"/>
        <source>Campagne</source>
        <translation>Campaign</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/followup/journal.py" line="127"/>
        <source>Établissement</source>
        <translation>Establishment</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/followup/journal.py" line="128"/>
        <source>Preuve</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/followup/journal.py" line="129"/>
        <source>Fichier joint</source>
        <translation>Attached file</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/followup/journal.py" line="130"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/followup/journal.py" line="131"/>
        <source>Réglage</source>
        <translation>Setting</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/followup/journal.py" line="132"/>
        <source>Enregistrement existant</source>
        <translation>Existing record</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/followup/journal.py" line="133"/>
        <source>Mise à jour de l&apos;espace de travail</source>
        <translation>Workspace upgrade</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/followup/journal.py" line="153"/>
        <source>Aucune ligne dans le journal.</source>
        <translation>No row in the journal.</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/followup/journal.py" line="155"/>
        <source>{n} ligne(s), la plus récente en premier. Auteur(s) : {names}.</source>
        <translation>{n} row(s), most recent first. Author(s): {names}.</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/followup/journal.py" line="160"/>
        <source>{n} ligne(s), la plus récente en premier. Aucune ne nomme son auteur : indiquez votre nom dans Fichier › Préférences pour qu&apos;il soit inscrit sur les prochaines.</source>
        <translation>{n} row(s), most recent first. None names its author: enter your name in File › Preferences so that it is written on the next ones.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../hopen_desktop/ui/main_window.py" line="97"/>
        <source>Tableau de &amp;bord</source>
        <translation>&amp;Dashboard</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/main_window.py" line="99"/>
        <source>Registre des pre&amp;uves</source>
        <translation>Evidence reg&amp;ister</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/main_window.py" line="107"/>
        <source>Prérequis, domaines et indicateurs</source>
        <translation>Prerequisites, domains and indicators</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/main_window.py" line="109"/>
        <source>Flèches : choisir un indicateur ; Entrée : aller dans sa page. F6 revient ici.</source>
        <translation>Arrows: choose an indicator; Enter: go to its page. F6 comes back here.</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/main_window.py" line="177"/>
        <source>&amp;Nouvel espace de travail…</source>
        <translation>&amp;New workspace…</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/main_window.py" line="180"/>
        <source>&amp;Ouvrir un espace de travail…</source>
        <translation>&amp;Open workspace…</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/main_window.py" line="182"/>
        <source>Ouvrir la &amp;démonstration</source>
        <translation>Open the &amp;demo</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/main_window.py" line="184"/>
        <source>&amp;Préférences…</source>
        <translation>&amp;Preferences…</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/main_window.py" line="187"/>
        <source>&amp;Quitter</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/main_window.py" line="188"/>
        <source>&amp;Annuler</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/main_window.py" line="191"/>
        <source>&amp;Rétablir</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/main_window.py" line="195"/>
        <source>&amp;Nouvel établissement…</source>
        <translation>&amp;New establishment…</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/main_window.py" line="198"/>
        <source>&amp;Modifier l&apos;établissement…</source>
        <translation>&amp;Edit establishment…</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/main_window.py" line="201"/>
        <source>&amp;Supprimer l&apos;établissement…</source>
        <translation>&amp;Delete establishment…</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/main_window.py" line="204"/>
        <source>&amp;Nouvelle campagne…</source>
        <translation>&amp;New campaign…</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/main_window.py" line="207"/>
        <source>&amp;Modifier la campagne…</source>
        <translation>&amp;Edit campaign…</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/main_window.py" line="210"/>
        <source>&amp;Supprimer la campagne…</source>
        <translation>&amp;Delete campaign…</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/main_window.py" line="212"/>
        <source>Nou&amp;velle version…</source>
        <translation>New &amp;version…</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/main_window.py" line="214"/>
        <source>Une copie modifiable d&apos;une campagne scellée, qui la nomme comme version précédente</source>
        <translation>An editable copy of a sealed campaign, naming it as its previous version</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/main_window.py" line="216"/>
        <source>&amp;Tableau de bord</source>
        <translation>&amp;Dashboard</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/main_window.py" line="217"/>
        <source>Indicateur &amp;suivant</source>
        <translation>Ne&amp;xt indicator</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/main_window.py" line="218"/>
        <source>Indicateur &amp;précédent</source>
        <translation>&amp;Previous indicator</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/main_window.py" line="219"/>
        <source>Aller à la &amp;navigation</source>
        <translation>Go to &amp;navigation</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/main_window.py" line="220"/>
        <source>&amp;Registre des preuves</source>
        <translation>Evidence &amp;register</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/main_window.py" line="222"/>
        <source>&amp;Nouvelle preuve…</source>
        <translation>&amp;New evidence…</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/main_window.py" line="225"/>
        <source>&amp;Guide de l&apos;utilisateur</source>
        <translation>&amp;User guide</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/main_window.py" line="227"/>
        <source>À &amp;propos de HOP&apos;EN Desktop</source>
        <translation>&amp;About HOP&apos;EN Desktop</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/main_window.py" line="228"/>
        <source>&amp;Sauvegardes…</source>
        <translation>&amp;Backups…</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/main_window.py" line="230"/>
        <source>Vérifier le &amp;journal des modifications…</source>
        <translation>Verify the change &amp;journal…</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/main_window.py" line="233"/>
        <source>&amp;Vérifier les empreintes des fichiers joints…</source>
        <translation>&amp;Verify the fingerprints of attached files…</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/main_window.py" line="237"/>
        <source>Établissement et campagne</source>
        <translation>Establishment and campaign</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/main_window.py" line="246"/>
        <source>Établissement</source>
        <translation>Establishment</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/main_window.py" line="248"/>
        <source> É&amp;tablissement : </source>
        <translation> Es&amp;tablishment: </translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/main_window.py" line="255"/>
        <source>Nouveau…</source>
        <translation>New…</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/main_window.py" line="256"/>
        <source>Modifier…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/main_window.py" line="264"/>
        <source>Campagne</source>
        <translation>Campaign</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/main_window.py" line="266"/>
        <source> &amp;Campagne : </source>
        <translation> &amp;Campaign: </translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/main_window.py" line="270"/>
        <source>Nouvelle campagne…</source>
        <translation>New campaign…</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/main_window.py" line="287"/>
        <source>&amp;Fichier</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/main_window.py" line="290"/>
        <source>Espaces &amp;récents</source>
        <translation>&amp;Recent workspaces</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/main_window.py" line="307"/>
        <source>É&amp;dition</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/main_window.py" line="310"/>
        <source>É&amp;tablissement</source>
        <translation>Es&amp;tablishment</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/main_window.py" line="314"/>
        <source>&amp;Campagne</source>
        <translation>&amp;Campaign</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/main_window.py" line="320"/>
        <source>&amp;Preuves</source>
        <translation>Evi&amp;dence</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/main_window.py" line="329"/>
        <source>&amp;Affichage</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/main_window.py" line="335"/>
        <source>Ai&amp;de</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/main_window.py" line="352"/>
        <location filename="../../hopen_desktop/ui/main_window.py" line="368"/>
        <location filename="../../hopen_desktop/ui/main_window.py" line="372"/>
        <source>Ouverture impossible</source>
        <translation>Cannot open</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/main_window.py" line="356"/>
        <source>Espace de travail ouvert : {path}</source>
        <translation>Workspace opened: {path}</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/main_window.py" line="358"/>
        <source>Espace de travail ouvert en lecture seule : {path}</source>
        <translation>Workspace opened read-only: {path}</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/main_window.py" line="374"/>
        <source>&amp;Restaurer une sauvegarde…</source>
        <translation>&amp;Restore a backup…</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/main_window.py" line="399"/>
        <source>Sauvegarde restaurée ; le fichier endommagé a été mis de côté.</source>
        <translation>Backup restored; the damaged file was set aside.</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/main_window.py" line="405"/>
        <source>Ouverture impossible en écriture</source>
        <translation>Cannot open for writing</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/main_window.py" line="407"/>
        <source>Ouvrir en &amp;lecture seule</source>
        <translation>Open &amp;read-only</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/main_window.py" line="422"/>
        <source>Sauvegardes</source>
        <translation>Backups</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/main_window.py" line="423"/>
        <source>L&apos;espace de travail est ouvert en lecture seule : rouvrez-le normalement pour le restaurer.</source>
        <translation>The workspace is open read-only: reopen it normally to restore it.</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/main_window.py" line="920"/>
        <source>{name} — HOP&apos;EN Desktop</source>
        <translation>{name} — HOP&apos;EN Desktop</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/main_window.py" line="922"/>
        <source>{name} (lecture seule) — HOP&apos;EN Desktop</source>
        <translation>{name} (read-only) — HOP&apos;EN Desktop</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/main_window.py" line="394"/>
        <location filename="../../hopen_desktop/ui/main_window.py" line="439"/>
        <source>Restauration impossible</source>
        <translation>Cannot restore</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/main_window.py" line="443"/>
        <source>Sauvegarde restaurée ; l&apos;état précédent a été sauvegardé.</source>
        <translation>Backup restored; the previous state was backed up.</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/main_window.py" line="465"/>
        <source>Ouvrir un espace de travail</source>
        <translation>Open a workspace</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/main_window.py" line="472"/>
        <source>Nouvel espace de travail</source>
        <translation>New workspace</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/main_window.py" line="477"/>
        <source>Fichier existant</source>
        <translation>File exists</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/main_window.py" line="478"/>
        <source>« {name} » existe déjà : choisissez un autre nom, ou ouvrez-le.</source>
        <translation>“{name}” already exists: choose another name, or open it.</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/main_window.py" line="488"/>
        <source>(aucun)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/main_window.py" line="507"/>
        <source>Préparation de l&apos;espace de démonstration…</source>
        <translation>Preparing the demo workspace…</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/main_window.py" line="513"/>
        <source>Espace de démonstration prêt.</source>
        <translation>Demo workspace ready.</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/main_window.py" line="518"/>
        <source>Opération impossible</source>
        <translation>Operation failed</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/main_window.py" line="624"/>
        <source>Supprimer l&apos;établissement</source>
        <translation>Delete establishment</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/main_window.py" line="626"/>
        <source>Supprimer « {name} » (FINESS {finess}) avec ses {n} campagne(s), ses preuves et son plan d&apos;action ? Cette suppression est définitive.</source>
        <translation>Delete “{name}” (FINESS {finess}) with its {n} campaign(s), evidence and action plan? This cannot be undone.</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/main_window.py" line="646"/>
        <location filename="../../hopen_desktop/ui/main_window.py" line="762"/>
        <source>Aucun établissement</source>
        <translation>No establishment</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/main_window.py" line="647"/>
        <location filename="../../hopen_desktop/ui/main_window.py" line="763"/>
        <source>Créez d&apos;abord un établissement (menu Établissement, Ctrl+Maj+E).</source>
        <translation>Create an establishment first (Establishment menu, Ctrl+Shift+E).</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/main_window.py" line="666"/>
        <source>Supprimer la campagne</source>
        <translation>Delete campaign</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/main_window.py" line="668"/>
        <source>Supprimer la campagne du {date} et toutes ses réponses ? Cette suppression est définitive.</source>
        <translation>Delete the campaign of {date} and all its answers? This cannot be undone.</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/main_window.py" line="686"/>
        <source>Nouvelle version</source>
        <translation>New version</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/main_window.py" line="688"/>
        <source>Créer une nouvelle version de la campagne du {date} ? Ses réponses sont copiées dans une campagne modifiable ; la campagne scellée reste telle qu&apos;elle a été signée.</source>
        <translation>Create a new version of the campaign of {date}? Its answers are copied into an editable campaign; the sealed campaign stays as it was signed.</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/main_window.py" line="717"/>
        <source>Opération refusée</source>
        <translation>Operation refused</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/main_window.py" line="784"/>
        <source>Vérification des empreintes des fichiers joints…</source>
        <translation>Verifying the fingerprints of attached files…</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/main_window.py" line="880"/>
        <source>Sauvegarde automatique impossible</source>
        <translation>Automatic backup failed</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/main_window.py" line="882"/>
        <source>La sauvegarde automatique prise à l&apos;ouverture n&apos;a pas pu être écrite. Votre espace de travail n&apos;est pas touché et reste utilisable, mais il n&apos;a pas de nouveau point de restauration.

Libérez de la place sur le disque, puis faites une sauvegarde par Fichier › Sauvegardes…</source>
        <translation>The automatic backup taken at opening could not be written. Your workspace is untouched and still usable, but it has no new restore point.

Free some disk space, then make a backup with File › Backups…</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/main_window.py" line="893"/>
        <source>Sauvegarde automatique impossible : {0}</source>
        <translation>Automatic backup failed: {0}</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/main_window.py" line="917"/>
        <source>aucun espace de travail</source>
        <translation>no workspace</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/main_window.py" line="990"/>
        <source>Enregistré automatiquement à {time}</source>
        <translation>Saved automatically at {time}</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/main_window.py" line="1038"/>
        <source>À propos de HOP&apos;EN Desktop</source>
        <translation>About HOP&apos;EN Desktop</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/main_window.py" line="1041"/>
        <source>&lt;b&gt;HOP&apos;EN Desktop {version}&lt;/b&gt;&lt;br&gt;Autodiagnostic HOP&apos;EN hors ligne : indicateurs, preuves, rapport signé.&lt;br&gt;Vos données restent sur cet ordinateur : rien n&apos;est envoyé sur le réseau.</source>
        <translation>&lt;b&gt;HOP&apos;EN Desktop {version}&lt;/b&gt;&lt;br&gt;Offline HOP&apos;EN self-assessment: indicators, evidence, signed report.&lt;br&gt;Your data stays on this computer: nothing is sent over the network.</translation>
    </message>
</context>
<context>
    <name>NewPasswordDialog</name>
    <message>
        <location filename="../../hopen_desktop/ui/followup/password_dialog.py" line="85"/>
        <source>Chiffrer le paquet d&apos;audit</source>
        <translation>Encrypt the audit bundle</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/followup/password_dialog.py" line="90"/>
        <source>&lt;p&gt;Le paquet sera chiffré : sans ce mot de passe, personne ne pourra l&apos;ouvrir, ni sur une clé USB perdue ni dans une boîte aux lettres.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Le mot de passe n&apos;est enregistré nulle part et ne peut pas être retrouvé.&lt;/b&gt; S&apos;il est oublié, le paquet ne s&apos;ouvrira plus (la campagne reste sur cet ordinateur : vous pourrez en faire un autre).&lt;/p&gt;&lt;p&gt;La personne qui recevra le paquet en aura besoin : communiquez-le-lui &lt;b&gt;par un autre moyen que le fichier&lt;/b&gt; — par téléphone par exemple, jamais dans le même courriel.&lt;/p&gt;</source>
        <translation>&lt;p&gt;The bundle will be encrypted: without this password nobody can open it, neither on a lost USB key nor in a mailbox.&lt;/p&gt;&lt;p&gt;&lt;b&gt;The password is stored nowhere and cannot be recovered.&lt;/b&gt; If it is forgotten, the bundle will not open any more (the campaign stays on this computer: you can make another one).&lt;/p&gt;&lt;p&gt;The person who receives the bundle will need it: give it to them &lt;b&gt;by another way than the file&lt;/b&gt; — by phone for example, never in the same email.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/followup/password_dialog.py" line="105"/>
        <source>Mot de passe du paquet</source>
        <translation>Bundle password</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/followup/password_dialog.py" line="106"/>
        <source>Confirmation du mot de passe</source>
        <translation>Password confirmation</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/followup/password_dialog.py" line="108"/>
        <source>&amp;Mot de passe :</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/followup/password_dialog.py" line="109"/>
        <source>&amp;Confirmation :</source>
        <translation>&amp;Confirmation:</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/followup/password_dialog.py" line="114"/>
        <source>&amp;Afficher les mots de passe</source>
        <translation>&amp;Show the passwords</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/followup/password_dialog.py" line="116"/>
        <source>Afficher les mots de passe</source>
        <translation>Show the passwords</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/followup/password_dialog.py" line="124"/>
        <source>Solidité du mot de passe</source>
        <translation>Password strength</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/followup/password_dialog.py" line="125"/>
        <source>Solidité :</source>
        <translation>Strength:</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/followup/password_dialog.py" line="135"/>
        <source>C&amp;hiffrer</source>
        <translation>&amp;Encrypt</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/followup/password_dialog.py" line="135"/>
        <source>&amp;Annuler</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/followup/password_dialog.py" line="170"/>
        <source>Le mot de passe est trop court : {n} caractères au moins ({good} conseillés).</source>
        <translation>The password is too short: at least {n} characters ({good} advised).</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/followup/password_dialog.py" line="179"/>
        <source>Les deux mots de passe ne sont pas identiques : saisissez de nouveau la confirmation.</source>
        <translation>The two passwords are not the same: type the confirmation again.</translation>
    </message>
</context>
<context>
    <name>OptionalDate</name>
    <message>
        <location filename="../../hopen_desktop/ui/evidence/dialog.py" line="105"/>
        <source>renseignée</source>
        <translation>given</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/evidence/dialog.py" line="117"/>
        <source>{field} : renseignée</source>
        <translation>{field}: given</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <location filename="../../hopen_desktop/ui/followup/password_dialog.py" line="212"/>
        <source>Paquet d&apos;audit chiffré</source>
        <translation>Encrypted audit bundle</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/followup/password_dialog.py" line="220"/>
        <source>Le paquet « {name} » est chiffré. Saisissez le mot de passe que vous a communiqué la personne qui vous l&apos;a envoyé (par téléphone ou par un autre moyen que le fichier).</source>
        <translation>The bundle “{name}” is encrypted. Enter the password given to you by the person who sent it (by phone or by another way than the file).</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/followup/password_dialog.py" line="228"/>
        <source>Mot de passe du paquet</source>
        <translation>Bundle password</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/followup/password_dialog.py" line="229"/>
        <source>&amp;Mot de passe :</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/followup/password_dialog.py" line="232"/>
        <source>&amp;Afficher le mot de passe</source>
        <translation>&amp;Show the password</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/followup/password_dialog.py" line="234"/>
        <source>Afficher le mot de passe</source>
        <translation>Show the password</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/followup/password_dialog.py" line="239"/>
        <source>&amp;Ouvrir</source>
        <translation>&amp;Open</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/followup/password_dialog.py" line="239"/>
        <source>&amp;Annuler</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/followup/password_dialog.py" line="264"/>
        <source>Saisissez le mot de passe du paquet.</source>
        <translation>Enter the bundle&apos;s password.</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../hopen_desktop/ui/preferences_dialog.py" line="42"/>
        <source>Préférences</source>
        <extracomment>The user chose another interface language (the main window applies it at once).</extracomment>
        <translation>Preferences</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/preferences_dialog.py" line="50"/>
        <source>&amp;Langue de l&apos;interface :</source>
        <translation>&amp;Interface language:</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/preferences_dialog.py" line="53"/>
        <source>La nouvelle langue s&apos;applique dès que vous validez par OK.</source>
        <translation>The new language applies as soon as you confirm with OK.</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/preferences_dialog.py" line="59"/>
        <source>prénom et nom, ou fonction</source>
        <translation>first and last name, or role</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/preferences_dialog.py" line="60"/>
        <source>Votre nom</source>
        <translation>Your name</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/preferences_dialog.py" line="62"/>
        <source>&amp;Votre nom :</source>
        <translation>&amp;Your name:</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/preferences_dialog.py" line="67"/>
        <source>Inscrit dans le journal des modifications à chaque changement que vous faites sur cet ordinateur (laissez vide pour ne pas le noter).</source>
        <translation>Written in the change journal with each change you make on this computer (leave empty not to record it).</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/preferences_dialog.py" line="86"/>
        <source> Mo</source>
        <translation> MB</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/preferences_dialog.py" line="88"/>
        <source>Taille maximale d&apos;un fichier joint, en mégaoctets</source>
        <translation>Maximum size of an attached file, in megabytes</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/preferences_dialog.py" line="89"/>
        <source>&amp;Taille maximale d&apos;un fichier joint :</source>
        <translation>Maximum &amp;size of an attached file:</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/preferences_dialog.py" line="97"/>
        <source>Nombre de sauvegardes conservées</source>
        <translation>Number of backups kept</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/preferences_dialog.py" line="98"/>
        <source>&amp;Sauvegardes conservées :</source>
        <translation>&amp;Backups kept:</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/preferences_dialog.py" line="102"/>
        <source>Réglage de l&apos;espace de travail « {name} » : il voyage avec lui.</source>
        <translation>Setting of the workspace “{name}”: it travels with it.</translation>
    </message>
</context>
<context>
    <name>RateBar</name>
    <message>
        <location filename="../../hopen_desktop/ui/audit/rate_bar.py" line="32"/>
        <source>Taux : {value}, cible : {target}</source>
        <translation>Rate: {value}, target: {target}</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/audit/rate_bar.py" line="33"/>
        <source>non calculé</source>
        <translation>not computed</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/audit/rate_bar.py" line="69"/>
        <source>cible {target}</source>
        <translation>target {target}</translation>
    </message>
</context>
<context>
    <name>RateChart</name>
    <message>
        <location filename="../../hopen_desktop/ui/followup/history.py" line="203"/>
        <source>Taux global d&apos;atteinte des prérequis au fil des campagnes</source>
        <translation>Global prerequisite attainment rate over the campaigns</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/followup/history.py" line="229"/>
        <source>Taux global d&apos;atteinte des prérequis</source>
        <translation>Global prerequisite attainment rate</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/followup/history.py" line="251"/>
        <source>Aucune campagne</source>
        <translation>No campaign</translation>
    </message>
</context>
<context>
    <name>ReferentialActions</name>
    <message>
        <location filename="../../hopen_desktop/ui/referentials.py" line="33"/>
        <source>Ajouter un &amp;référentiel…</source>
        <translation>Add a &amp;referential…</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/referentials.py" line="36"/>
        <source>Ajoute un référentiel (fichier JSON) à ceux proposés pour une nouvelle campagne</source>
        <translation>Adds a referential (JSON file) to those offered for a new campaign</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/referentials.py" line="45"/>
        <source>Ajouter un référentiel</source>
        <translation>Add a referential</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/referentials.py" line="76"/>
        <source>Référentiel refusé</source>
        <translation>Referential refused</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/referentials.py" line="82"/>
        <source>Référentiel déjà ajouté</source>
        <translation>Referential already added</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/referentials.py" line="84"/>
        <source>Un référentiel « {id} » a déjà été ajouté. Le remplacer par le fichier {name} ?

Les campagnes existantes gardent le référentiel avec lequel elles ont été renseignées ; seules les nouvelles campagnes utiliseront ce fichier.</source>
        <translation>A referential “{id}” was already added. Replace it with the file {name}?

Existing campaigns keep the referential they were answered against; only new campaigns will use this file.</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/referentials.py" line="90"/>
        <source>&amp;Remplacer</source>
        <translation>&amp;Replace</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/referentials.py" line="97"/>
        <source>Référentiel remplacé</source>
        <translation>Referential replaced</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/referentials.py" line="97"/>
        <source>Référentiel ajouté</source>
        <translation>Referential added</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/referentials.py" line="99"/>
        <source>{what} : {title}
Identifiant {id}, version {version}, {count} indicateurs.

Il est proposé dans le choix du référentiel d&apos;une nouvelle campagne, marqué « (ajouté) ».

Copié dans :
{path}</source>
        <translation>{what}: {title}
Identifier {id}, version {version}, {count} indicators.

It is offered in the referential choice of a new campaign, marked “(added)”.

Copied to:
{path}</translation>
    </message>
</context>
<context>
    <name>ReportActions</name>
    <message>
        <location filename="../../hopen_desktop/ui/reports/menu.py" line="58"/>
        <source>&amp;Produire le rapport PDF…</source>
        <extracomment>The dialog or message box opened last (non-blocking, .open()); tests drive it. The long operation running, if any (one at a time). The last file written (report or workbook), opened on request. The seal of the signed report just produced, while it may still seal its campaign.</extracomment>
        <translation>&amp;Generate the PDF report…</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/reports/menu.py" line="60"/>
        <source>Produire et &amp;signer le rapport…</source>
        <translation>Generate and &amp;sign the report…</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/reports/menu.py" line="63"/>
        <source>&amp;Vérifier un rapport signé…</source>
        <translation>&amp;Verify a signed report…</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/reports/menu.py" line="65"/>
        <source>Si&amp;gnataires approuvés…</source>
        <translation>Approved si&amp;gners…</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/reports/menu.py" line="67"/>
        <source>&amp;Exporter le classeur Excel…</source>
        <translation>&amp;Export the Excel workbook…</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/reports/menu.py" line="70"/>
        <source>&amp;Importer un classeur Excel…</source>
        <translation>&amp;Import an Excel workbook…</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/reports/menu.py" line="73"/>
        <source>I&amp;dentités de signature…</source>
        <translation>Signing i&amp;dentities…</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/reports/menu.py" line="91"/>
        <source>&amp;Rapports</source>
        <translation>&amp;Reports</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/reports/menu.py" line="207"/>
        <source>Opération impossible</source>
        <translation>Operation failed</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/reports/menu.py" line="214"/>
        <source>Opération annulée : aucun fichier n&apos;a été écrit.</source>
        <translation>Operation cancelled: no file was written.</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/reports/menu.py" line="233"/>
        <source>Enregistrer le rapport signé</source>
        <translation>Save the signed report</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/reports/menu.py" line="233"/>
        <source>Enregistrer le rapport PDF</source>
        <translation>Save the PDF report</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/reports/menu.py" line="240"/>
        <source>Rapport signé</source>
        <translation>Signed report</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/reports/menu.py" line="240"/>
        <source>Rapport PDF</source>
        <translation>PDF report</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/reports/menu.py" line="251"/>
        <source>Le rapport signé a été enregistré :
{path}</source>
        <translation>The signed report was saved:
{path}</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/reports/menu.py" line="253"/>
        <source>Le rapport a été enregistré :
{path}</source>
        <translation>The report was saved:
{path}</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/reports/menu.py" line="258"/>
        <source>Identifiant du rapport : {id}
Empreinte du contenu (sceau) : {digest}</source>
        <translation>Report identifier: {id}
Content digest (seal): {digest}</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/reports/menu.py" line="263"/>
        <source>Vous pouvez maintenant sceller la campagne : elle ne pourra plus être modifiée, et restera telle que ce rapport signé la décrit.</source>
        <translation>You can now seal the campaign: it can no longer be changed, and stays as this signed report describes it.</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/reports/menu.py" line="267"/>
        <source>Rapport prêt</source>
        <translation>Report ready</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/reports/menu.py" line="269"/>
        <source>&amp;Ouvrir le rapport</source>
        <translation>&amp;Open the report</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/reports/menu.py" line="270"/>
        <source>&amp;Sceller la campagne…</source>
        <translation>&amp;Seal the campaign…</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/reports/menu.py" line="294"/>
        <source>Sceller la campagne</source>
        <translation>Seal the campaign</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/reports/menu.py" line="296"/>
        <source>Sceller la campagne la fige telle que le rapport signé n° {id} la décrit : ses réponses, ses critères, son plan d&apos;action et les preuves que le rapport cite ne pourront plus être modifiés ni supprimés, ici comme en ligne de commande ou par un import.

Pour continuer le travail ensuite, créez une « Nouvelle version » de la campagne (ses réponses et ses actions en cours y sont copiées).

Un sceau ne peut pas être retiré. Sceller la campagne ?</source>
        <translation>Sealing the campaign freezes it as the signed report no. {id} describes it: its answers, its criteria, its action plan and the evidence the report cites can no longer be changed or deleted, here, on the command line or by an import.

To go on working afterwards, create a “New version” of the campaign (its answers and open actions are copied into it).

A seal cannot be removed. Seal the campaign?</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/reports/menu.py" line="304"/>
        <source>&amp;Sceller</source>
        <translation>&amp;Seal</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/reports/menu.py" line="319"/>
        <source>Campagne non scellée</source>
        <translation>Campaign not sealed</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/reports/menu.py" line="322"/>
        <source>Campagne scellée : elle est désormais en lecture seule.</source>
        <translation>Campaign sealed: it is now read-only.</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/reports/menu.py" line="345"/>
        <source>Vérifier un rapport signé</source>
        <translation>Verify a signed report</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/reports/menu.py" line="387"/>
        <source>Exporter le classeur Excel</source>
        <translation>Export the Excel workbook</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/reports/menu.py" line="395"/>
        <source>Export du classeur Excel</source>
        <translation>Excel workbook export</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/reports/menu.py" line="408"/>
        <source>Classeur exporté</source>
        <translation>Workbook exported</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/reports/menu.py" line="410"/>
        <source>Le classeur a été enregistré :
{path}

Complétez les cellules jaunes, puis importez-le (menu Rapports, Importer un classeur Excel).</source>
        <translation>The workbook was saved:
{path}

Fill in the yellow cells, then import it (Reports menu, Import an Excel workbook).</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/reports/menu.py" line="413"/>
        <source>&amp;Ouvrir le classeur</source>
        <translation>&amp;Open the workbook</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/reports/menu.py" line="423"/>
        <source>Importer un classeur Excel</source>
        <translation>Import an Excel workbook</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/reports/menu.py" line="431"/>
        <location filename="../../hopen_desktop/ui/reports/menu.py" line="472"/>
        <source>Import du classeur Excel</source>
        <translation>Excel workbook import</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/reports/menu.py" line="446"/>
        <source>Ce classeur est celui de la campagne du {found_date} (n° {found}), pas de la campagne ouverte du {date} (n° {id}) : l&apos;importer remplacerait ses réponses, commentaires et justifications. Rien n&apos;a été importé.

Importez-le plutôt dans sa propre campagne. Pour reprendre à dessein ses réponses dans la campagne ouverte, choisissez « Importer quand même » : l&apos;espace de travail est d&apos;abord sauvegardé.</source>
        <translation>This workbook is that of the campaign of {found_date} (no. {found}), not of the open campaign of {date} (no. {id}): importing it would replace its answers, comments and justifications. Nothing was imported.

Import it into its own campaign instead. To take its answers into the open campaign on purpose, choose “Import anyway”: the workspace is backed up first.</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/reports/menu.py" line="454"/>
        <source>Classeur d&apos;une autre campagne</source>
        <translation>Workbook of another campaign</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/reports/menu.py" line="458"/>
        <source>Importer &amp;quand même</source>
        <translation>Import &amp;anyway</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/reports/menu.py" line="503"/>
        <source>Classeur importé</source>
        <translation>Workbook imported</translation>
    </message>
</context>
<context>
    <name>ReportJob</name>
    <message>
        <location filename="../../hopen_desktop/ui/reports/job.py" line="69"/>
        <source>Annulation en cours…</source>
        <translation>Cancelling…</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/reports/job.py" line="103"/>
        <source>&amp;Annuler</source>
        <translation>&amp;Cancel</translation>
    </message>
</context>
<context>
    <name>RuleBox</name>
    <message>
        <location filename="../../hopen_desktop/ui/audit/rule_box.py" line="33"/>
        <source>Texte de l&apos;instruction et lecture appliquée</source>
        <translation>The instruction&apos;s text and the reading applied</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/audit/rule_box.py" line="49"/>
        <source>&lt;i&gt;Texte de l&apos;instruction :&lt;/i&gt; {text}</source>
        <translation>&lt;i&gt;The instruction&apos;s text (French):&lt;/i&gt; {text}</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/audit/rule_box.py" line="58"/>
        <source>(en français)</source>
        <translation>(in French)</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/audit/rule_box.py" line="59"/>
        <source>&lt;i&gt;Lecture appliquée par l&apos;application :&lt;/i&gt; {text}</source>
        <translation>&lt;i&gt;Reading applied by the application:&lt;/i&gt; {text}</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/audit/rule_box.py" line="68"/>
        <source>La lecture appliquée est celle de ce référentiel ; un autre référentiel (variante d&apos;une ARS, d&apos;un consultant) peut en retenir une autre.</source>
        <translation>The reading applied is this referential&apos;s; another referential (a regional health agency&apos;s or a consultant&apos;s variant) may apply another one.</translation>
    </message>
</context>
<context>
    <name>SealBanner</name>
    <message>
        <location filename="../../hopen_desktop/ui/audit/seal_banner.py" line="34"/>
        <source>Nouvelle &amp;version…</source>
        <extracomment>The user asks for a new version of the sealed campaign shown.</extracomment>
        <translation>New &amp;version…</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/audit/seal_banner.py" line="37"/>
        <source>Créer une copie modifiable de cette campagne, qui la nomme comme version précédente</source>
        <translation>Create an editable copy of this campaign, naming it as its previous version</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/audit/seal_banner.py" line="49"/>
        <source>Campagne scellée le {day} : lecture seule (rapport signé n° {report}).</source>
        <translation>Campaign sealed on {day}: read-only (signed report no. {report}).</translation>
    </message>
</context>
<context>
    <name>SignatureDialog</name>
    <message>
        <location filename="../../hopen_desktop/ui/reports/signature_dialog.py" line="56"/>
        <source>Signer le rapport</source>
        <translation>Sign the report</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/reports/signature_dialog.py" line="56"/>
        <source>Importer une identité</source>
        <translation>Import an identity</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/reports/signature_dialog.py" line="72"/>
        <source>&amp;Parcourir…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/reports/signature_dialog.py" line="77"/>
        <source>&amp;Identité :</source>
        <translation>&amp;Identity:</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/reports/signature_dialog.py" line="87"/>
        <source>Titulaire :</source>
        <translation>Holder:</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/reports/signature_dialog.py" line="90"/>
        <source>Empreinte SHA-256 :</source>
        <translation>SHA-256 fingerprint:</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/reports/signature_dialog.py" line="96"/>
        <source>&amp;Mot de passe :</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/reports/signature_dialog.py" line="99"/>
        <source>Le mot de passe est demandé à chaque signature ; il n&apos;est jamais enregistré.</source>
        <translation>The password is asked for at each signature; it is never stored.</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/reports/signature_dialog.py" line="115"/>
        <source>&amp;Signer</source>
        <translation>&amp;Sign</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/reports/signature_dialog.py" line="115"/>
        <source>I&amp;mporter</source>
        <translation>I&amp;mport</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/reports/signature_dialog.py" line="120"/>
        <source>Signature électronique au format PAdES</source>
        <translation>Electronic signature in the PAdES format</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/reports/signature_dialog.py" line="144"/>
        <source>Choisir une identité de signature</source>
        <translation>Choose a signing identity</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/reports/signature_dialog.py" line="168"/>
        <source>(affichée une fois le mot de passe saisi)</source>
        <translation>(shown once the password is entered)</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/reports/signature_dialog.py" line="173"/>
        <source>Aucune identité : créez-en une (menu Rapports, Identités de signature) ou choisissez un fichier .p12.</source>
        <translation>No identity: create one (Reports menu, Signing identities) or choose a .p12 file.</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/reports/signature_dialog.py" line="195"/>
        <source>Vérification du mot de passe…</source>
        <translation>Checking the password…</translation>
    </message>
</context>
<context>
    <name>SignersDialog</name>
    <message>
        <location filename="../../hopen_desktop/ui/reports/signers_dialog.py" line="71"/>
        <location filename="../../hopen_desktop/ui/reports/signers_dialog.py" line="89"/>
        <source>Signataires approuvés</source>
        <translation>Approved signers</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/reports/signers_dialog.py" line="81"/>
        <source>Un rapport dont le signataire figure ici est reconnu à la vérification. Vos propres identités y sont dès leur création. Pour un autre signataire, importez le fichier de son certificat, ou approuvez-le depuis un rapport vérifié après avoir comparé l&apos;empreinte avec lui par téléphone : un imposteur peut reprendre le même nom, pas la même empreinte.</source>
        <extracomment>The confirmation or file dialog opened last (tests drive it).</extracomment>
        <translation>A report whose signer is listed here is recognised on verification. Your own identities are here from their creation. For another signer, import their certificate file, or approve them from a verified report after comparing the fingerprint with them by phone: an impostor can take the same name, not the same fingerprint.</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/reports/signers_dialog.py" line="94"/>
        <source>&amp;Empreinte SHA-256 du signataire sélectionné :</source>
        <translation>&amp;SHA-256 fingerprint of the selected signer:</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/reports/signers_dialog.py" line="94"/>
        <source>Co&amp;pier</source>
        <translation>Co&amp;py</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/reports/signers_dialog.py" line="104"/>
        <source>&amp;Importer un certificat…</source>
        <translation>&amp;Import a certificate…</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/reports/signers_dialog.py" line="108"/>
        <source>&amp;Retirer…</source>
        <translation>&amp;Remove…</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/reports/signers_dialog.py" line="131"/>
        <source>Aucun signataire approuvé pour l&apos;instant.</source>
        <translation>No approved signer yet.</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/reports/signers_dialog.py" line="142"/>
        <source>(aucun signataire sélectionné)</source>
        <translation>(no signer selected)</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/reports/signers_dialog.py" line="154"/>
        <source>Empreinte copiée dans le presse-papiers.</source>
        <translation>Fingerprint copied to the clipboard.</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/reports/signers_dialog.py" line="161"/>
        <source>Importer le certificat d&apos;un signataire</source>
        <translation>Import a signer&apos;s certificate</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/reports/signers_dialog.py" line="172"/>
        <source>« {name} » est maintenant un signataire approuvé.</source>
        <translation>“{name}” is now an approved signer.</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/reports/signers_dialog.py" line="174"/>
        <source>« {name} » était déjà un signataire approuvé.</source>
        <translation>“{name}” was already an approved signer.</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/reports/signers_dialog.py" line="177"/>
        <source>L&apos;ancien carnet, endommagé, a été mis de côté sous « {path} ».</source>
        <translation>The old, damaged book was set aside as “{path}”.</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/reports/signers_dialog.py" line="190"/>
        <source>Retirer un signataire approuvé</source>
        <translation>Remove an approved signer</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/reports/signers_dialog.py" line="192"/>
        <source>Retirer « {name} » (empreinte {fingerprint}) des signataires approuvés ? Ses rapports seront ensuite indiqués « signataire non approuvé » à la vérification.</source>
        <translation>Remove “{name}” (fingerprint {fingerprint}) from the approved signers? Their reports will then show “signer not approved” on verification.</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/reports/signers_dialog.py" line="197"/>
        <source>&amp;Retirer</source>
        <translation>&amp;Remove</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/reports/signers_dialog.py" line="211"/>
        <source>« {name} » a été retiré des signataires approuvés.</source>
        <translation>“{name}” was removed from the approved signers.</translation>
    </message>
</context>
<context>
    <name>SignersTableModel</name>
    <message>
        <location filename="../../hopen_desktop/ui/reports/signers_dialog.py" line="42"/>
        <source>Signataire</source>
        <translation>Signer</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/reports/signers_dialog.py" line="43"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/reports/signers_dialog.py" line="44"/>
        <source>Empreinte (début)</source>
        <translation>Fingerprint (start)</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/reports/signers_dialog.py" line="45"/>
        <source>Approuvé par</source>
        <translation>Approved by</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/reports/signers_dialog.py" line="46"/>
        <source>Valable jusqu&apos;au</source>
        <translation>Valid until</translation>
    </message>
</context>
<context>
    <name>VerifyDialog</name>
    <message>
        <location filename="../../hopen_desktop/ui/reports/verify_dialog.py" line="61"/>
        <location filename="../../hopen_desktop/ui/reports/verify_dialog.py" line="125"/>
        <source>Vérifier un rapport signé</source>
        <extracomment>(background, border, text) of the banner for each verdict.</extracomment>
        <translation>Verify a signed report</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/reports/verify_dialog.py" line="90"/>
        <source>Verdict</source>
        <extracomment>The book of approved signers (default: the user&apos;s). The workspace open in the window: the report&apos;s seal is compared with it. The seal read from the report and, with a workspace, its comparison (jobs/seal_check.py). The confirmation opened last by « Approuver ce signataire… » (tests drive it).</extracomment>
        <translation>Verdict</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/reports/verify_dialog.py" line="105"/>
        <source>Vérifier un &amp;autre fichier…</source>
        <translation>Verify &amp;another file…</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/reports/verify_dialog.py" line="109"/>
        <source>&amp;Ouvrir le PDF</source>
        <translation>&amp;Open the PDF</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/reports/verify_dialog.py" line="118"/>
        <source>Choisissez un PDF à vérifier.</source>
        <translation>Choose a PDF to verify.</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/reports/verify_dialog.py" line="132"/>
        <source>Fichier : {path}</source>
        <translation>File: {path}</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/reports/verify_dialog.py" line="134"/>
        <source>Vérification en cours…</source>
        <translation>Verifying…</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/reports/verify_dialog.py" line="186"/>
        <source>Vérification impossible</source>
        <translation>Cannot verify</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/reports/verify_dialog.py" line="208"/>
        <source>Document non signé</source>
        <translation>Unsigned document</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/reports/verify_dialog.py" line="193"/>
        <source>Signature valide — signataire approuvé</source>
        <translation>Valid signature — signer approved</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/reports/verify_dialog.py" line="178"/>
        <source>Le sceau du rapport n&apos;a pas pu être lu : {message}</source>
        <translation>The report&apos;s seal could not be read: {message}</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/reports/verify_dialog.py" line="197"/>
        <source>Document intact — signataire NON approuvé</source>
        <translation>Document intact — signer NOT approved</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/reports/verify_dialog.py" line="210"/>
        <source>Signataire NON reconnu</source>
        <translation>Signer NOT recognised</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/reports/verify_dialog.py" line="213"/>
        <source>Signature NON valide : document altéré ou certificat invalide</source>
        <translation>Signature NOT valid: document altered or certificate invalid</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/reports/verify_dialog.py" line="240"/>
        <source>Signature</source>
        <translation>Signature</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/reports/verify_dialog.py" line="240"/>
        <source>Signature {n} sur {count}</source>
        <translation>Signature {n} of {count}</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/reports/verify_dialog.py" line="262"/>
        <source>Signataire :</source>
        <translation>Signer:</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/reports/verify_dialog.py" line="264"/>
        <source>Organisation :</source>
        <translation>Organisation:</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/reports/verify_dialog.py" line="266"/>
        <source>Adresse :</source>
        <translation>Email:</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/reports/verify_dialog.py" line="270"/>
        <source>Certificat délivré à :</source>
        <translation>Certificate issued to:</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/reports/verify_dialog.py" line="271"/>
        <source>Date de signature :</source>
        <translation>Signing date:</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/reports/verify_dialog.py" line="271"/>
        <source>inconnue</source>
        <translation>unknown</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/reports/verify_dialog.py" line="273"/>
        <source>Motif :</source>
        <translation>Reason:</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/reports/verify_dialog.py" line="275"/>
        <source>Document intact :</source>
        <translation>Document intact:</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/reports/verify_dialog.py" line="276"/>
        <source>oui, contenu inchangé</source>
        <translation>yes, content unchanged</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/reports/verify_dialog.py" line="276"/>
        <source>NON, contenu modifié</source>
        <translation>NO, content changed</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/reports/verify_dialog.py" line="281"/>
        <source>la signature elle-même est intacte, mais le document a changé</source>
        <translation>the signature itself is intact, but the document has changed</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/reports/verify_dialog.py" line="283"/>
        <location filename="../../hopen_desktop/ui/reports/verify_dialog.py" line="287"/>
        <source>oui</source>
        <translation>yes</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/reports/verify_dialog.py" line="283"/>
        <source>NON</source>
        <translation>NO</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/reports/verify_dialog.py" line="284"/>
        <source>Signature cryptographique valide :</source>
        <translation>Cryptographic signature valid:</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/reports/verify_dialog.py" line="286"/>
        <source>Couvre tout le fichier :</source>
        <translation>Covers the whole file:</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/reports/verify_dialog.py" line="287"/>
        <source>NON, des données ont été ajoutées</source>
        <translation>NO, data has been appended</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/reports/verify_dialog.py" line="290"/>
        <source>Validité du certificat :</source>
        <translation>Certificate validity:</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/reports/verify_dialog.py" line="292"/>
        <source>oui, par une autorité de confiance</source>
        <translation>yes, by a trusted authority</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/reports/verify_dialog.py" line="295"/>
        <source>non : certificat auto-signé</source>
        <translation>no: self-signed certificate</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/reports/verify_dialog.py" line="295"/>
        <source>non reconnu par une autorité</source>
        <translation>not recognised by an authority</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/reports/verify_dialog.py" line="299"/>
        <source>Certificat reconnu :</source>
        <translation>Certificate recognised:</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/reports/verify_dialog.py" line="304"/>
        <source>Chaîne de certification :</source>
        <translation>Certification chain:</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/reports/verify_dialog.py" line="306"/>
        <source>Émis par :</source>
        <translation>Issued by:</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/reports/verify_dialog.py" line="311"/>
        <source>Co&amp;pier</source>
        <translation>Co&amp;py</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/reports/verify_dialog.py" line="319"/>
        <source>Empreinte SHA-256 :</source>
        <translation>SHA-256 fingerprint:</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/reports/verify_dialog.py" line="321"/>
        <source>Approbation :</source>
        <translation>Approval:</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/reports/verify_dialog.py" line="324"/>
        <source>Problème : {problem}</source>
        <translation>Problem: {problem}</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/reports/verify_dialog.py" line="331"/>
        <source>Certificat auto-signé, reconnu sur cet ordinateur parce qu&apos;il figure dans le carnet des signataires approuvés. Ailleurs, ce rapport sera indiqué « signataire non approuvé » tant que son lecteur ne l&apos;aura pas approuvé : comparez l&apos;empreinte ensemble, par téléphone, pour qu&apos;il puisse le faire.</source>
        <translation>Self-signed certificate, recognised on this computer because it is in the book of approved signers. Elsewhere, this report will show “signer not approved” until its reader approves it: compare the fingerprint together, by phone, so that they can.</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/reports/verify_dialog.py" line="343"/>
        <source>La signature prouve que le document n&apos;a pas changé depuis qu&apos;il a été signé avec ce certificat ; elle ne prouve pas qui détient ce certificat : un imposteur peut reprendre le même nom. Téléphonez au signataire (à un numéro que vous connaissez déjà) et demandez-lui de lire l&apos;empreinte de son certificat : si les 16 groupes sont identiques à ceux affichés ci-dessus, approuvez-le.</source>
        <translation>The signature proves that the document has not changed since it was signed with this certificate; it does not prove who holds that certificate: an impostor can take the same name. Phone the signer (on a number you already know) and ask them to read their certificate&apos;s fingerprint: if the 16 groups are the same as those shown above, approve them.</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/reports/verify_dialog.py" line="352"/>
        <source>Approuver ce si&amp;gnataire…</source>
        <translation>Approve this si&amp;gner…</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/reports/verify_dialog.py" line="364"/>
        <source>du {start} au {end}</source>
        <translation>from {start} to {end}</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/reports/verify_dialog.py" line="369"/>
        <source>NON valide à la date de signature</source>
        <translation>NOT valid on the signing date</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/reports/verify_dialog.py" line="372"/>
        <source>expiré depuis (valide quand il a signé)</source>
        <translation>expired since (valid when it signed)</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/reports/verify_dialog.py" line="382"/>
        <source>Signataire approuvé ({how})</source>
        <translation>Signer approved ({how})</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/reports/verify_dialog.py" line="387"/>
        <source>Signataire NON approuvé : comparez l&apos;empreinte avec le signataire avant de l&apos;approuver.</source>
        <translation>Signer NOT approved: compare the fingerprint with the signer before approving them.</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/reports/verify_dialog.py" line="397"/>
        <source>Sceau du rapport</source>
        <translation>Report seal</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/reports/verify_dialog.py" line="414"/>
        <source>Ce rapport ne porte pas de sceau : il ne peut pas être comparé avec un espace de travail.</source>
        <translation>This report carries no seal: it cannot be compared with a workspace.</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/reports/verify_dialog.py" line="421"/>
        <source>Rapport n° {id}</source>
        <translation>Report no. {id}</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/reports/verify_dialog.py" line="422"/>
        <source>Empreinte du contenu : {digest}</source>
        <translation>Content fingerprint: {digest}</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/reports/verify_dialog.py" line="424"/>
        <source>Ouvrez l&apos;espace de travail du rapport pour comparer la campagne avec ce sceau.</source>
        <translation>Open the report&apos;s workspace to compare the campaign with this seal.</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/reports/verify_dialog.py" line="427"/>
        <source>✔ La campagne de l&apos;espace de travail ouvert est identique à son contenu scellé.</source>
        <translation>✔ The campaign in the open workspace is identical to its sealed content.</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/reports/verify_dialog.py" line="433"/>
        <source>✘ La campagne n&apos;est plus celle du rapport :</source>
        <translation>✘ The campaign is no longer the one of the report:</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/reports/verify_dialog.py" line="448"/>
        <source>Approuver ce signataire</source>
        <translation>Approve this signer</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/reports/verify_dialog.py" line="450"/>
        <source>Approuver « {name} » ?

Empreinte de son certificat :
{fingerprint}

Ne confirmez que si le signataire vous a lu cette même empreinte, groupe par groupe, au téléphone (à un numéro que vous connaissiez déjà). Ses prochains rapports seront alors reconnus.</source>
        <translation>Approve “{name}”?

Fingerprint of their certificate:
{fingerprint}

Confirm only if the signer read you this same fingerprint, group by group, on the phone (on a number you already knew). Their next reports will then be recognised.</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/reports/verify_dialog.py" line="456"/>
        <source>&amp;Empreinte identique : approuver</source>
        <translation>&amp;Same fingerprint: approve</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/reports/verify_dialog.py" line="468"/>
        <source>Approbation impossible</source>
        <translation>Approval impossible</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/reports/verify_dialog.py" line="476"/>
        <source>L&apos;ancien carnet des signataires, endommagé, a été mis de côté sous « {path} ».</source>
        <translation>The old, damaged signers book was set aside as “{path}”.</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/reports/verify_dialog.py" line="486"/>
        <source>Copiée ✔</source>
        <translation>Copied ✔</translation>
    </message>
</context>
<context>
    <name>Widgets</name>
    <message>
        <location filename="../../hopen_desktop/ui/widgets.py" line="344"/>
        <source>&amp;Fermer</source>
        <translation>&amp;Close</translation>
    </message>
</context>
</TS>
