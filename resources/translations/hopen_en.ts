<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ActionDialog</name>
    <message>
        <location filename="../../hopen_desktop/ui/action_plan.py" line="87"/>
        <source>Modifier l&apos;action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/action_plan.py" line="87"/>
        <source>Nouvelle action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/action_plan.py" line="96"/>
        <source>Pour :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/action_plan.py" line="100"/>
        <source>ce qu&apos;il faut faire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/action_plan.py" line="101"/>
        <source>&amp;Action :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/action_plan.py" line="107"/>
        <source>personne ou service responsable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/action_plan.py" line="108"/>
        <source>&amp;Responsable :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/action_plan.py" line="113"/>
        <source>É&amp;chéance :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/action_plan.py" line="131"/>
        <source>&amp;Statut :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/action_plan.py" line="139"/>
        <source>&amp;Notes :</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActionModels</name>
    <message>
        <location filename="../../hopen_desktop/ui/action_models.py" line="102"/>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/action_models.py" line="103"/>
        <source>Indicateur / critère</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/action_models.py" line="104"/>
        <source>Responsable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/action_models.py" line="105"/>
        <source>Échéance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/action_models.py" line="106"/>
        <source>Statut</source>
        <translation type="unfinished">Status</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/action_models.py" line="107"/>
        <source>Retard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/action_models.py" line="147"/>
        <source>sans échéance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/action_models.py" line="152"/>
        <source>⚠ En retard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/action_models.py" line="154"/>
        <source>Sous 30 jours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/action_models.py" line="163"/>
        <source>Échéance dépassée : l&apos;action n&apos;est pas faite.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/action_models.py" line="165"/>
        <source>Échéance dans les 30 prochains jours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/action_models.py" line="256"/>
        <source>⚠ En retard (échéance {date})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/action_models.py" line="258"/>
        <source>Pour le {date}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActionPlanWindow</name>
    <message>
        <location filename="../../hopen_desktop/ui/action_plan.py" line="242"/>
        <source>Tous les statuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/action_plan.py" line="243"/>
        <source>Ouvertes (à faire ou en cours)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/action_plan.py" line="251"/>
        <source>&amp;Statut :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/action_plan.py" line="256"/>
        <source>&amp;Indicateur :</source>
        <translation>&amp;Indicator:</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/action_plan.py" line="282"/>
        <source>Actions du plan d&apos;action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/action_plan.py" line="287"/>
        <source>&amp;Nouvelle action…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/action_plan.py" line="292"/>
        <source>Depuis un critère &amp;non atteint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/action_plan.py" line="298"/>
        <source>&amp;Modifier…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/action_plan.py" line="301"/>
        <source>S&amp;upprimer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/action_plan.py" line="304"/>
        <source>Marquer &amp;fait</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/action_plan.py" line="311"/>
        <source>Fermer</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/action_plan.py" line="317"/>
        <source>&lt;span style=&apos;background:{late}&apos;&gt;&amp;nbsp;⚠ En retard&amp;nbsp;&lt;/span&gt; : échéance dépassée, action ni faite ni abandonnée. &lt;span style=&apos;background:{soon}&apos;&gt;&amp;nbsp;Sous 30 jours&amp;nbsp;&lt;/span&gt; : échéance proche. Double-clic ou Entrée : modifier l&apos;action.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/action_plan.py" line="355"/>
        <source>Plan d&apos;action — {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/action_plan.py" line="355"/>
        <source>Plan d&apos;action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/action_plan.py" line="358"/>
        <source>Plan d&apos;action de {name} (FINESS {finess})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/action_plan.py" line="360"/>
        <source>Aucun établissement sélectionné</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/action_plan.py" line="366"/>
        <source>Tous les indicateurs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/action_plan.py" line="390"/>
        <source>{shown} action(s) affichée(s) sur {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/action_plan.py" line="392"/>
        <source> — {late} en retard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/action_plan.py" line="455"/>
        <source>(aucune campagne sélectionnée)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/action_plan.py" line="464"/>
        <source>L&apos;indicateur {id} dans son ensemble</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/action_plan.py" line="473"/>
        <source>(tous les indicateurs sont atteints)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/action_plan.py" line="507"/>
        <source>Supprimer l&apos;action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/action_plan.py" line="508"/>
        <source>Supprimer l&apos;action « {title} » ? Cette suppression est définitive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/action_plan.py" line="514"/>
        <source>&amp;Supprimer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/action_plan.py" line="530"/>
        <source>Opération refusée</source>
        <translation type="unfinished">Operation refused</translation>
    </message>
</context>
<context>
    <name>ActionStatus</name>
    <message>
        <location filename="../../hopen_desktop/ui/action_models.py" line="40"/>
        <source>À faire</source>
        <extracomment>Role giving &quot;late&quot;, &quot;soon&quot; or &quot;&quot; for a row.</extracomment>
        <translation>To do</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/action_models.py" line="41"/>
        <source>En cours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/action_models.py" line="42"/>
        <source>Fait</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/action_models.py" line="43"/>
        <source>Abandonné</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BundleTransfer</name>
    <message>
        <location filename="../../hopen_desktop/ui/bundle_transfer.py" line="81"/>
        <source>Paquets d&apos;audit HOP&apos;EN (*.hopen);;Tous les fichiers (*)</source>
        <extracomment>(path) the bundle was written. (campaign id) a bundle was imported and is now the session&apos;s campaign. (French message) an export or import was refused.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/bundle_transfer.py" line="130"/>
        <source>Aucune campagne</source>
        <translation type="unfinished">No campaign</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/bundle_transfer.py" line="131"/>
        <source>Sélectionnez d&apos;abord la campagne à exporter (menu Campagne).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/bundle_transfer.py" line="136"/>
        <source>Exporter un paquet d&apos;audit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/bundle_transfer.py" line="147"/>
        <source>Écriture du paquet d&apos;audit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/bundle_transfer.py" line="154"/>
        <source>Paquet d&apos;audit écrit : {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/bundle_transfer.py" line="160"/>
        <source>Export impossible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/bundle_transfer.py" line="167"/>
        <source>Aucun espace de travail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/bundle_transfer.py" line="167"/>
        <source>Ouvrez d&apos;abord un espace de travail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/bundle_transfer.py" line="171"/>
        <source>Importer un paquet d&apos;audit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/bundle_transfer.py" line="180"/>
        <source>Vérification du paquet d&apos;audit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/bundle_transfer.py" line="186"/>
        <location filename="../../hopen_desktop/ui/bundle_transfer.py" line="206"/>
        <source>Paquet d&apos;audit refusé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/bundle_transfer.py" line="212"/>
        <source>Campagne déjà présente</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/bundle_transfer.py" line="214"/>
        <source>Importer comme &amp;copie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/bundle_transfer.py" line="216"/>
        <source>&amp;Remplacer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/bundle_transfer.py" line="218"/>
        <location filename="../../hopen_desktop/ui/bundle_transfer.py" line="247"/>
        <source>&amp;Annuler</source>
        <translation type="unfinished">&amp;Undo</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/bundle_transfer.py" line="238"/>
        <source>Remplacer la campagne</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/bundle_transfer.py" line="240"/>
        <source>Remplacer la campagne du {date} (n° {id}) par celle du paquet ? Ses réponses actuelles seront supprimées définitivement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/bundle_transfer.py" line="245"/>
        <source>&amp;Remplacer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/bundle_transfer.py" line="261"/>
        <source>Import annulé : rien n&apos;a été modifié.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/bundle_transfer.py" line="266"/>
        <source>Campagne du {date} importée ({files} fichier(s) joint(s)).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CampaignDialog</name>
    <message>
        <location filename="../../hopen_desktop/ui/campaign_dialog.py" line="35"/>
        <source>Nouvelle campagne</source>
        <translation>New campaign</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/campaign_dialog.py" line="40"/>
        <source>Établissement :</source>
        <translation>Establishment:</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/campaign_dialog.py" line="48"/>
        <source>&amp;Date de la campagne :</source>
        <translation>&amp;Date of the campaign:</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/campaign_dialog.py" line="51"/>
        <source>Les preuves comptent dans les périodes qui se terminent à cette date.</source>
        <translation>Evidence counts in the periods ending on this date.</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/campaign_dialog.py" line="60"/>
        <source> (partiel)</source>
        <translation> (partial)</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/campaign_dialog.py" line="63"/>
        <source>&amp;Référentiel :</source>
        <translation>&amp;Referential:</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/campaign_dialog.py" line="69"/>
        <source>nom et fonction</source>
        <translation>name and role</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/campaign_dialog.py" line="70"/>
        <source>&amp;Auditeur :</source>
        <translation>&amp;Auditor:</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/campaign_dialog.py" line="76"/>
        <source>&amp;Copier les réponses de :</source>
        <translation>&amp;Copy the answers of:</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <location filename="../../hopen_desktop/ui/dashboard.py" line="61"/>
        <source>Prérequis</source>
        <extracomment>An indicator the user chose to open (from the blockers list). An evidence type the user chose from the &quot;À faire&quot; panel (open the register on it).</extracomment>
        <translation>Prerequisites</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/dashboard.py" line="78"/>
        <source>Indicateurs atteints par groupe</source>
        <translation>Indicators attained per group</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/dashboard.py" line="90"/>
        <source>Statut des groupes et éligibilité des domaines</source>
        <translation>Status of the groups and eligibility of the domains</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/dashboard.py" line="104"/>
        <source>Statut des groupes</source>
        <translation>Status of the groups</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/dashboard.py" line="112"/>
        <source>Ce qui bloque les prérequis</source>
        <translation>What blocks the prerequisites</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/dashboard.py" line="121"/>
        <source>Indicateurs qui bloquent les prérequis</source>
        <translation>Indicators blocking the prerequisites</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/dashboard.py" line="125"/>
        <source>Entrée ou double-clic : ouvrir l&apos;indicateur.</source>
        <translation>Enter or double-click: open the indicator.</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/dashboard.py" line="146"/>
        <source>Aucune campagne</source>
        <translation>No campaign</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/dashboard.py" line="148"/>
        <source>Créez un établissement (Ctrl+Maj+E) puis une campagne (Ctrl+Maj+N) pour commencer.</source>
        <translation>Create an establishment (Ctrl+Shift+E) then a campaign (Ctrl+Shift+N) to begin.</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/dashboard.py" line="157"/>
        <source>Tableau de bord — {name}</source>
        <translation>Dashboard — {name}</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/dashboard.py" line="159"/>
        <source>Campagne du {date} · référentiel {ref} · auditeur : {auditor}</source>
        <translation>Campaign of {date} · referential {ref} · auditor: {auditor}</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/dashboard.py" line="179"/>
        <source>taux global d&apos;atteinte : {n} indicateurs atteints sur {total} applicables</source>
        <translation>global attainment rate: {n} indicators attained of {total} applicable</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/dashboard.py" line="184"/>
        <source>Taux global d&apos;atteinte des prérequis : {rate}</source>
        <translation>Global prerequisite attainment rate: {rate}</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/dashboard.py" line="199"/>
        <source>Tous les domaines sont éligibles au financement.</source>
        <translation>Every domain is eligible for funding.</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/dashboard.py" line="202"/>
        <source>&lt;b&gt;{domains} non éligible(s)&lt;/b&gt; : {reason}</source>
        <translation>&lt;b&gt;{domains} not eligible&lt;/b&gt;: {reason}</translation>
    </message>
</context>
<context>
    <name>DueActionsWidget</name>
    <message>
        <location filename="../../hopen_desktop/ui/action_plan.py" line="549"/>
        <source>Actions en retard ou à échéance dans 30 jours</source>
        <extracomment>(action id) the user chose an action (Enter or double-click).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/action_plan.py" line="560"/>
        <source>Actions en retard ou à échéance proche</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/action_plan.py" line="563"/>
        <source>Aucune action en retard ni attendue dans les 30 prochains jours.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DuePanel</name>
    <message>
        <location filename="../../hopen_desktop/ui/due_panel.py" line="18"/>
        <source>À faire</source>
        <extracomment>The evidence type of a proof the user chose to see (the register opens filtered on it).</extracomment>
        <translation>To do</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/due_panel.py" line="29"/>
        <source>Preuves et actions à faire</source>
        <translation>Proofs and actions to do</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/due_panel.py" line="33"/>
        <source>Rien n&apos;est en retard ni attendu dans les 30 prochains jours.</source>
        <translation>Nothing is late or due within the next 30 days.</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/due_panel.py" line="36"/>
        <source>Entrée ou double-clic sur une preuve : ouvrir le registre filtré sur ce type.</source>
        <translation>Enter or double-click on a proof: open the register filtered on that type.</translation>
    </message>
</context>
<context>
    <name>EstablishmentDialog</name>
    <message>
        <location filename="../../hopen_desktop/ui/establishment_dialog.py" line="34"/>
        <source>Nouvel établissement</source>
        <translation>New establishment</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/establishment_dialog.py" line="34"/>
        <source>Modifier l&apos;établissement</source>
        <translation>Edit establishment</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/establishment_dialog.py" line="43"/>
        <source>9 caractères, ex. 750712184 ou 2A0000013</source>
        <translation>9 characters, e.g. 750712184 or 2A0000013</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/establishment_dialog.py" line="47"/>
        <source>N° &amp;FINESS :</source>
        <translation>&amp;FINESS no.:</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/establishment_dialog.py" line="55"/>
        <source>&amp;Nom :</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/establishment_dialog.py" line="62"/>
        <source>Public</source>
        <translation>Public</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/establishment_dialog.py" line="62"/>
        <source>Privé</source>
        <translation>Private</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/establishment_dialog.py" line="62"/>
        <source>ESPIC</source>
        <translation>ESPIC</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/establishment_dialog.py" line="65"/>
        <source>&amp;Statut juridique :</source>
        <translation>&amp;Legal status:</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/establishment_dialog.py" line="77"/>
        <source>Activités :</source>
        <translation>Activities:</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/establishment_dialog.py" line="81"/>
        <source>vide si l&apos;établissement n&apos;est pas membre d&apos;un GHT</source>
        <translation>empty when the establishment is not a GHT member</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/establishment_dialog.py" line="82"/>
        <source>&amp;GHT :</source>
        <translation>&amp;GHT:</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/establishment_dialog.py" line="85"/>
        <source>Établissement &amp;support du GHT</source>
        <translation>GHT &amp;support establishment</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/establishment_dialog.py" line="145"/>
        <source>Le nom de l&apos;établissement</source>
        <translation>The establishment&apos;s name</translation>
    </message>
</context>
<context>
    <name>EvidenceDialog</name>
    <message>
        <location filename="../../hopen_desktop/ui/evidence_dialog.py" line="69"/>
        <source>&amp;Participants :</source>
        <extracomment>Field kinds of the per-type form.</extracomment>
        <translation>&amp;Participants:</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/evidence_dialog.py" line="70"/>
        <source>Dé&amp;cisions :</source>
        <translation>De&amp;cisions:</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/evidence_dialog.py" line="73"/>
        <source>Période &amp;couverte, du :</source>
        <translation>Period &amp;covered, from:</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/evidence_dialog.py" line="74"/>
        <source>jusq&amp;u&apos;au :</source>
        <translation>&amp;until:</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/evidence_dialog.py" line="80"/>
        <source>S&amp;cénario :</source>
        <translation>S&amp;cenario:</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/evidence_dialog.py" line="81"/>
        <source>Rés&amp;ultat :</source>
        <translation>Res&amp;ult:</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/evidence_dialog.py" line="85"/>
        <source>Durée d&apos;&amp;interruption observée (RTO) :</source>
        <translation>Observed &amp;interruption (RTO):</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/evidence_dialog.py" line="88"/>
        <source>&amp;Perte de données observée (RPO) :</source>
        <translation>Observed data &amp;loss (RPO):</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/evidence_dialog.py" line="94"/>
        <source>&amp;Prestataire :</source>
        <translation>&amp;Provider:</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/evidence_dialog.py" line="95"/>
        <source>Péri&amp;mètre :</source>
        <translation>Sco&amp;pe:</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/evidence_dialog.py" line="98"/>
        <source>Taux &amp;cible (%) :</source>
        <translation>&amp;Target rate (%):</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/evidence_dialog.py" line="99"/>
        <source>&amp;Méthode de mesure :</source>
        <translation>&amp;Measurement method:</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/evidence_dialog.py" line="100"/>
        <source>Taux mes&amp;uré (%) :</source>
        <translation>Meas&amp;ured rate (%):</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/evidence_dialog.py" line="103"/>
        <source>Nat&amp;ure du document :</source>
        <translation>Doc&amp;ument kind:</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/evidence_dialog.py" line="104"/>
        <source>Date de ré&amp;vision :</source>
        <translation>Re&amp;view date:</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/evidence_dialog.py" line="262"/>
        <source>T&amp;ype de preuve :</source>
        <extracomment>Emitted after an item was saved (added or updated), with its id.</extracomment>
        <translation>Proof t&amp;ype:</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/evidence_dialog.py" line="268"/>
        <source>Date de la preuve</source>
        <translation>Date of the proof</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/evidence_dialog.py" line="269"/>
        <source>&amp;Date :</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/evidence_dialog.py" line="278"/>
        <source>Titre</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/evidence_dialog.py" line="279"/>
        <source>exemple : Comité sécurité RSSI / Direction du 12 mars</source>
        <translation>example: CISO / Management security committee of 12 March</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/evidence_dialog.py" line="280"/>
        <source>&amp;Titre :</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/evidence_dialog.py" line="288"/>
        <source>Détails</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/evidence_dialog.py" line="298"/>
        <source>Indicateurs et critères appuyés</source>
        <translation>Indicators and criteria supported</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/evidence_dialog.py" line="303"/>
        <source>Indicateurs et critères appuyés par la preuve</source>
        <translation>Indicators and criteria supported by the proof</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/evidence_dialog.py" line="307"/>
        <source>Espace : cocher ou décocher. Les critères dérivés se calculent d&apos;après le type.</source>
        <translation>Space: check or uncheck. Derived criteria are computed from the type.</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/evidence_dialog.py" line="314"/>
        <location filename="../../hopen_desktop/ui/evidence_dialog.py" line="320"/>
        <source>Fichiers joints</source>
        <translation>Attached files</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/evidence_dialog.py" line="339"/>
        <source>Empreinte SHA-256 du fichier sélectionné</source>
        <translation>SHA-256 fingerprint of the selected file</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/evidence_dialog.py" line="340"/>
        <source>sélectionnez un fichier pour voir son empreinte</source>
        <translation>select a file to see its fingerprint</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/evidence_dialog.py" line="344"/>
        <source>&amp;Empreinte SHA-256 :</source>
        <translation>SHA-256 &amp;fingerprint:</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/evidence_dialog.py" line="350"/>
        <source>&amp;Joindre des fichiers…</source>
        <translation>&amp;Attach files…</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/evidence_dialog.py" line="353"/>
        <source>&amp;Ouvrir</source>
        <translation>&amp;Open</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/evidence_dialog.py" line="356"/>
        <source>Enregistrer &amp;sous…</source>
        <translation>&amp;Save as…</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/evidence_dialog.py" line="359"/>
        <source>Reti&amp;rer</source>
        <translation>&amp;Remove</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/evidence_dialog.py" line="376"/>
        <source>Copier l&apos;empreinte</source>
        <translation>Copy the fingerprint</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/evidence_dialog.py" line="381"/>
        <location filename="../../hopen_desktop/ui/evidence_dialog.py" line="805"/>
        <source>Retirer le fichier</source>
        <translation>Remove the file</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/evidence_dialog.py" line="430"/>
        <source>— non précisée —</source>
        <translation>— not specified —</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/evidence_dialog.py" line="437"/>
        <source>exemple : 99,5</source>
        <translation>example: 99.5</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/evidence_dialog.py" line="453"/>
        <source>Ce type de preuve n&apos;a pas d&apos;autre champ.</source>
        <translation>This type of proof has no other field.</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/evidence_dialog.py" line="455"/>
        <source>Détails : {type}</source>
        <translation>Details: {type}</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/evidence_dialog.py" line="472"/>
        <source> (dérivé)</source>
        <translation> (derived)</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/evidence_dialog.py" line="537"/>
        <source>Nouvelle preuve</source>
        <translation>New proof</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/evidence_dialog.py" line="539"/>
        <source>Preuve : {title}</source>
        <translation>Proof: {title}</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/evidence_dialog.py" line="544"/>
        <source>Glissez-déposez des fichiers sur la liste, ou « Joindre des fichiers… ». Pour une nouvelle preuve, la preuve est d&apos;abord enregistrée. Limite : {mb} Mo par fichier.</source>
        <translation>Drag and drop files onto the list, or “Attach files…”. A new proof is saved first. Limit: {mb} MB per file.</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/evidence_dialog.py" line="549"/>
        <source>Glissez-déposez des fichiers sur la liste, ou « Joindre des fichiers… ». Les fichiers sont joints et retirés immédiatement. Limite : {mb} Mo par fichier.</source>
        <translation>Drag and drop files onto the list, or “Attach files…”. Files are attached and removed immediately. Limit: {mb} MB per file.</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/evidence_dialog.py" line="587"/>
        <source>« {text} » n&apos;est pas un pourcentage : saisissez un nombre entre 0 et 100 (exemple : 99,5).</source>
        <translation>“{text}” is not a percentage: enter a number between 0 and 100 (example: 99.5).</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/evidence_dialog.py" line="602"/>
        <source>La fin de la période précède son début : corrigez l&apos;une des deux dates.</source>
        <translation>The end of the period is before its start: correct one of the two dates.</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/evidence_dialog.py" line="677"/>
        <source>Joindre des fichiers</source>
        <translation>Attach files</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/evidence_dialog.py" line="690"/>
        <source>Complétez d&apos;abord la preuve (date, titre) : elle est enregistrée avant d&apos;y joindre un fichier.</source>
        <translation>Complete the proof first (date, title): it is saved before a file is attached to it.</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/evidence_dialog.py" line="694"/>
        <source>Fermer</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/evidence_dialog.py" line="701"/>
        <source>« {name} » est un dossier : joignez les fichiers qu&apos;il contient.</source>
        <translation>“{name}” is a folder: attach the files it contains.</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/evidence_dialog.py" line="725"/>
        <source>Attention : le contenu enregistré de « {name} » ne correspond plus à son empreinte (fichier altéré dans l&apos;espace de travail).</source>
        <translation>Warning: the stored content of “{name}” no longer matches its fingerprint (file altered in the workspace).</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/evidence_dialog.py" line="753"/>
        <source>Impossible d&apos;écrire la copie temporaire ({reason}).</source>
        <translation>Cannot write the temporary copy ({reason}).</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/evidence_dialog.py" line="759"/>
        <source>Aucune application ne sait ouvrir « {name} ». Utilisez « Enregistrer sous… ».</source>
        <translation>No application can open “{name}”. Use “Save as…”.</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/evidence_dialog.py" line="772"/>
        <source>Enregistrer le fichier joint</source>
        <translation>Save the attached file</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/evidence_dialog.py" line="785"/>
        <source>Impossible d&apos;enregistrer « {name} » ({reason}) : choisissez un autre dossier.</source>
        <translation>Cannot save “{name}” ({reason}): choose another folder.</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/evidence_dialog.py" line="806"/>
        <source>Retirer « {name} » de la preuve ? Son contenu est supprimé de l&apos;espace de travail.</source>
        <translation>Remove “{name}” from the proof? Its content is deleted from the workspace.</translation>
    </message>
</context>
<context>
    <name>EvidenceModels</name>
    <message>
        <location filename="../../hopen_desktop/ui/evidence_model.py" line="71"/>
        <source>{n} octets</source>
        <translation>{n} bytes</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/evidence_model.py" line="73"/>
        <source>{n} Ko</source>
        <translation>{n} KB</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/evidence_model.py" line="74"/>
        <source>{n} Mo</source>
        <translation>{n} MB</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/evidence_model.py" line="113"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/evidence_model.py" line="114"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/evidence_model.py" line="115"/>
        <source>Titre</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/evidence_model.py" line="116"/>
        <source>Indicateurs</source>
        <translation>Indicators</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/evidence_model.py" line="117"/>
        <source>Fichiers</source>
        <translation>Files</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/evidence_model.py" line="242"/>
        <source>Nom</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/evidence_model.py" line="243"/>
        <source>Taille</source>
        <translation>Size</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/evidence_model.py" line="244"/>
        <source>Empreinte SHA-256</source>
        <translation>SHA-256 fingerprint</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/evidence_model.py" line="298"/>
        <source>dernière le {date}</source>
        <extracomment>The evidence type of a proof row (None for an action row).</extracomment>
        <translation>last on {date}</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/evidence_model.py" line="300"/>
        <source>aucune enregistrée</source>
        <translation>none registered</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/evidence_model.py" line="303"/>
        <source>à faire dès maintenant</source>
        <translation>due now</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/evidence_model.py" line="305"/>
        <location filename="../../hopen_desktop/ui/evidence_model.py" line="318"/>
        <source>en retard depuis le {date}</source>
        <translation>overdue since {date}</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/evidence_model.py" line="309"/>
        <source>à faire au plus tard le {date}</source>
        <translation>due by {date}</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/evidence_model.py" line="312"/>
        <source>{label} ({indicators}) — {last} — {when}</source>
        <translation>{label} ({indicators}) — {last} — {when}</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/evidence_model.py" line="322"/>
        <source>échéance le {date}</source>
        <translation>due on {date}</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/evidence_model.py" line="326"/>
        <source>Action : {title}{where}{owner} — {when}</source>
        <translation>Action: {title}{where}{owner} — {when}</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/evidence_model.py" line="349"/>
        <source>en retard</source>
        <translation>late</translation>
    </message>
</context>
<context>
    <name>EvidenceRegister</name>
    <message>
        <location filename="../../hopen_desktop/ui/evidence_register.py" line="58"/>
        <source>Les preuves appartiennent à l&apos;établissement et servent à toutes ses campagnes. Les critères dérivés (réunions, tests du PRA, rapports…) se calculent à partir de ce registre.</source>
        <extracomment>A dialog or message box was opened (the main window keeps a reference for tests).</extracomment>
        <translation>Proofs belong to the establishment and serve all its campaigns. Derived criteria (meetings, DRP tests, reports…) are computed from this register.</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/evidence_register.py" line="70"/>
        <source>mots du titre</source>
        <translation>words of the title</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/evidence_register.py" line="72"/>
        <source>Rechercher dans les titres</source>
        <translation>Search in titles</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/evidence_register.py" line="73"/>
        <source>&amp;Rechercher :</source>
        <translation>&amp;Search:</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/evidence_register.py" line="79"/>
        <source>Tous les types</source>
        <translation>All types</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/evidence_register.py" line="82"/>
        <source>T&amp;ype :</source>
        <translation>T&amp;ype:</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/evidence_register.py" line="88"/>
        <source>&amp;Indicateur :</source>
        <translation>&amp;Indicator:</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/evidence_register.py" line="95"/>
        <source>&amp;Du</source>
        <translation>&amp;From</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/evidence_register.py" line="98"/>
        <source>&amp;au</source>
        <translation>&amp;to</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/evidence_register.py" line="103"/>
        <source>Effacer les &amp;filtres</source>
        <translation>Clear &amp;filters</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/evidence_register.py" line="128"/>
        <location filename="../../hopen_desktop/ui/evidence_register.py" line="200"/>
        <source>Registre des preuves</source>
        <translation>Evidence register</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/evidence_register.py" line="139"/>
        <source>&amp;Ajouter une preuve…</source>
        <translation>&amp;Add a proof…</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/evidence_register.py" line="141"/>
        <source>Ajouter une preuve (Inser)</source>
        <translation>Add a proof (Insert)</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/evidence_register.py" line="143"/>
        <source>&amp;Modifier…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/evidence_register.py" line="145"/>
        <source>Modifier la preuve sélectionnée (Entrée)</source>
        <translation>Edit the selected proof (Enter)</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/evidence_register.py" line="147"/>
        <source>&amp;Supprimer…</source>
        <translation>&amp;Delete…</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/evidence_register.py" line="149"/>
        <source>Supprimer la preuve sélectionnée (Suppr)</source>
        <translation>Delete the selected proof (Del)</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/evidence_register.py" line="158"/>
        <source>Ajouter une preuve</source>
        <translation>Add a proof</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/evidence_register.py" line="163"/>
        <location filename="../../hopen_desktop/ui/evidence_register.py" line="353"/>
        <source>Supprimer la preuve</source>
        <translation>Delete the proof</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/evidence_register.py" line="200"/>
        <source>Registre des preuves — {name}</source>
        <translation>Evidence register — {name}</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/evidence_register.py" line="218"/>
        <source>Tous</source>
        <translation>All</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/evidence_register.py" line="284"/>
        <source>{n} preuve(s)</source>
        <translation>{n} proof(s)</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/evidence_register.py" line="286"/>
        <source>{shown} preuve(s) affichée(s) sur {total}</source>
        <translation>{shown} of {total} proof(s) shown</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/evidence_register.py" line="350"/>
        <source> et ses {n} fichier(s) joint(s)</source>
        <translation> and its {n} attached file(s)</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/evidence_register.py" line="354"/>
        <source>Supprimer « {title} » du {date}{files} ? Cette suppression est définitive.</source>
        <translation>Delete “{title}” of {date}{files}? This cannot be undone.</translation>
    </message>
</context>
<context>
    <name>EvidenceTypes</name>
    <message>
        <location filename="../../hopen_desktop/ui/evidence_model.py" line="32"/>
        <source>Réunion RSSI / Direction</source>
        <translation>CISO / Management meeting</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/evidence_model.py" line="33"/>
        <source>Réunion de la cellule d&apos;identitovigilance (CIV)</source>
        <translation>Identity-vigilance unit (CIV) meeting</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/evidence_model.py" line="34"/>
        <source>Rapport d&apos;activité de la CIV</source>
        <translation>CIV activity report</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/evidence_model.py" line="35"/>
        <source>Rapport d&apos;activité du DPO</source>
        <translation>DPO activity report</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/evidence_model.py" line="36"/>
        <source>Test du plan de reprise d&apos;activité (PRA)</source>
        <translation>Disaster recovery plan (DRP) test</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/evidence_model.py" line="37"/>
        <source>Attestation d&apos;audit de sécurité externe</source>
        <translation>External security audit certificate</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/evidence_model.py" line="40"/>
        <source>Mesure du taux de disponibilité</source>
        <translation>Availability measurement</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/evidence_model.py" line="41"/>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/evidence_model.py" line="52"/>
        <source>Politique de sécurité (PSSI)</source>
        <translation>Security policy (PSSI)</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/evidence_model.py" line="53"/>
        <source>Analyse des risques</source>
        <translation>Risk analysis</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/evidence_model.py" line="54"/>
        <source>Plan d&apos;action SSI</source>
        <translation>IS security action plan</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/evidence_model.py" line="55"/>
        <source>Charte informatique</source>
        <translation>IT charter</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/evidence_model.py" line="56"/>
        <source>Information des patients</source>
        <translation>Patient information</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/evidence_model.py" line="57"/>
        <source>Registre des traitements</source>
        <translation>Register of processing activities</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/evidence_model.py" line="58"/>
        <source>Procédure de remontée des incidents</source>
        <translation>Incident-reporting procedure</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/evidence_model.py" line="59"/>
        <source>Autre</source>
        <translation>Other</translation>
    </message>
</context>
<context>
    <name>FileCheckDialog</name>
    <message>
        <location filename="../../hopen_desktop/ui/file_check.py" line="25"/>
        <source>Vérification des fichiers joints</source>
        <translation>Check of the attached files</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/file_check.py" line="34"/>
        <source>Fichiers dont le contenu ne correspond plus</source>
        <translation>Files whose content no longer matches</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/file_check.py" line="38"/>
        <source>Tous les fichiers joints correspondent à leur empreinte SHA-256 : aucun n&apos;a été altéré.</source>
        <translation>Every attached file matches its SHA-256 fingerprint: none was altered.</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/file_check.py" line="45"/>
        <source>{n} fichier(s) joint(s) ne correspondent plus à leur empreinte : leur contenu a été modifié ou abîmé dans l&apos;espace de travail. Joignez de nouveau l&apos;original, ou restaurez une sauvegarde.</source>
        <translation>{n} attached file(s) no longer match their fingerprint: their content was changed or damaged in the workspace. Attach the original again, or restore a backup.</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/file_check.py" line="53"/>
        <source>« {name} » — preuve « {title} »
   empreinte attendue : {expected}
   empreinte calculée : {actual}</source>
        <translation>“{name}” — proof “{title}”
   expected fingerprint: {expected}
   computed fingerprint: {actual}</translation>
    </message>
</context>
<context>
    <name>FollowUpActions</name>
    <message>
        <location filename="../../hopen_desktop/ui/followup_actions.py" line="39"/>
        <source>&amp;Plan d&apos;action…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/followup_actions.py" line="42"/>
        <source>&amp;Historique des campagnes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/followup_actions.py" line="44"/>
        <source>Vue &amp;GHT…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/followup_actions.py" line="46"/>
        <source>&amp;Exporter un paquet d&apos;audit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/followup_actions.py" line="49"/>
        <source>&amp;Importer un paquet d&apos;audit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/followup_actions.py" line="66"/>
        <source>&amp;Suivi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/followup_actions.py" line="72"/>
        <source>Pa&amp;quets d&apos;audit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ght</name>
    <message>
        <location filename="../../hopen_desktop/ui/ght_view.py" line="50"/>
        <location filename="../../hopen_desktop/ui/ght_view.py" line="207"/>
        <source> (support)</source>
        <translation type="unfinished"> (support)</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/ght_view.py" line="52"/>
        <source>aucune campagne</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/ght_view.py" line="56"/>
        <source>campagne du {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/ght_view.py" line="105"/>
        <location filename="../../hopen_desktop/ui/ght_view.py" line="139"/>
        <source>Commun au GHT : {declination}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/ght_view.py" line="112"/>
        <source>Indicateur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/ght_view.py" line="158"/>
        <source>— pas de campagne</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/ght_view.py" line="162"/>
        <source>aucune campagne HOP&apos;EN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/ght_view.py" line="210"/>
        <source>✖ {name} — aucune campagne HOP&apos;EN : à auditer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/ght_view.py" line="217"/>
        <source>✔ {name} — prérequis atteints (campagne du {date}, {rate} indicateurs)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/ght_view.py" line="220"/>
        <source>✖ {name} — prérequis non atteints : {groups} (campagne du {date}, {rate} indicateurs)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GhtWindow</name>
    <message>
        <location filename="../../hopen_desktop/ui/ght_view.py" line="233"/>
        <source>Vue GHT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/ght_view.py" line="239"/>
        <source>&amp;GHT :</source>
        <translation type="unfinished">&amp;GHT:</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/ght_view.py" line="259"/>
        <source>Vérification de l&apos;établissement support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/ght_view.py" line="260"/>
        <source>Vérification de l&apos;établissement support : chaque membre atteint les prérequis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/ght_view.py" line="274"/>
        <source>Membres du GHT par indicateur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/ght_view.py" line="277"/>
        <source>&lt;span style=&apos;background:{bg}&apos;&gt;&amp;nbsp;{mark}&amp;nbsp;&lt;/span&gt; indicateur commun au GHT (sa déclinaison GHT demande une application ou un service commun). Chaque membre : sa dernière campagne HOP&apos;EN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/ght_view.py" line="314"/>
        <source>{name} ({n} établissement(s))</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/ght_view.py" line="343"/>
        <source>Aucun GHT : renseignez le GHT des établissements (menu Établissement).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/ght_view.py" line="345"/>
        <source>Vue GHT — {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/ght_view.py" line="348"/>
        <source>Établissement support : {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/ght_view.py" line="350"/>
        <source>Aucun établissement support déclaré</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/ght_view.py" line="354"/>
        <source>✔ Tous les membres atteignent les prérequis.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/ght_view.py" line="358"/>
        <source>✖ {n} membre(s) sur {total} n&apos;atteignent pas les prérequis : {names}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GroupChart</name>
    <message>
        <location filename="../../hopen_desktop/ui/group_chart.py" line="33"/>
        <source>Graphique des groupes</source>
        <translation>Chart of the groups</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/group_chart.py" line="43"/>
        <source>Part des indicateurs applicables atteints, par groupe</source>
        <translation>Share of applicable indicators attained, per group</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/group_chart.py" line="76"/>
        <source>Aucune campagne sélectionnée</source>
        <translation>No campaign selected</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/group_chart.py" line="91"/>
        <source>n.a.</source>
        <translation>n/a</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/group_chart.py" line="116"/>
        <source>Prérequis</source>
        <translation>Prerequisites</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/group_chart.py" line="121"/>
        <source>Domaines</source>
        <translation>Domains</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <location filename="../../hopen_desktop/ui/history_window.py" line="56"/>
        <source>— absent du référentiel</source>
        <extracomment>True for a cell that changed since the previous campaign.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/history_window.py" line="95"/>
        <source>Indicateur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/history_window.py" line="98"/>
        <source>Campagne du
{date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/history_window.py" line="101"/>
        <source>{ref} — auditeur : {auditor}
Prérequis atteints : {rate}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/history_window.py" line="134"/>
        <source>avant : {before} / maintenant : {now}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/history_window.py" line="139"/>
        <source>changé depuis la campagne précédente</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryWindow</name>
    <message>
        <location filename="../../hopen_desktop/ui/history_window.py" line="282"/>
        <source>Seulement ce qui a &amp;changé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/history_window.py" line="285"/>
        <source>&amp;Nouvelle campagne à partir de la dernière…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/history_window.py" line="300"/>
        <source>Indicateurs campagne par campagne</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/history_window.py" line="309"/>
        <source>&lt;span style=&apos;background:{changed}&apos;&gt;&amp;nbsp;◆ changé&amp;nbsp;&lt;/span&gt; : le statut ou la valeur a changé depuis la campagne précédente (survolez la case pour voir avant / maintenant).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/history_window.py" line="343"/>
        <source>Historique des campagnes — {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/history_window.py" line="345"/>
        <source>Historique des campagnes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/history_window.py" line="348"/>
        <source>Historique des campagnes de {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/history_window.py" line="350"/>
        <source>Aucun établissement sélectionné</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/history_window.py" line="354"/>
        <source>Aucune campagne pour cet établissement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/history_window.py" line="356"/>
        <source>Une seule campagne : rien à comparer encore.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/history_window.py" line="361"/>
        <source>{n} campagnes, de la plus ancienne à la plus récente. {changed} indicateur(s) ont changé depuis la campagne précédente.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/history_window.py" line="399"/>
        <source>Nouvelle campagne</source>
        <translation type="unfinished">New campaign</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/history_window.py" line="401"/>
        <source>Créer une campagne datée du {today} qui reprend les réponses de la campagne du {date} ? Les critères calculés depuis le registre des preuves seront réévalués à la nouvelle date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/history_window.py" line="408"/>
        <source>&amp;Créer la campagne</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/history_window.py" line="425"/>
        <source>Opération refusée</source>
        <translation type="unfinished">Operation refused</translation>
    </message>
</context>
<context>
    <name>IdentitiesDialog</name>
    <message>
        <location filename="../../hopen_desktop/ui/identity_dialog.py" line="222"/>
        <location filename="../../hopen_desktop/ui/identity_dialog.py" line="246"/>
        <source>Identités de signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/identity_dialog.py" line="230"/>
        <source>Chaque identité est un fichier PKCS#12 protégé par son mot de passe, rangé dans {folder}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/identity_dialog.py" line="251"/>
        <source>Empreinte SHA-256 du certificat :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/identity_dialog.py" line="255"/>
        <source>Co&amp;pier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/identity_dialog.py" line="268"/>
        <source>&amp;Créer une identité…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/identity_dialog.py" line="271"/>
        <source>&amp;Importer un .p12…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/identity_dialog.py" line="274"/>
        <source>Ouvrir le &amp;dossier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/identity_dialog.py" line="287"/>
        <source>Aucune identité pour l&apos;instant : créez-en une, ou importez votre .p12.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/identity_dialog.py" line="297"/>
        <source>L&apos;empreinte de cette identité s&apos;affichera à la signature (mot de passe).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/identity_dialog.py" line="304"/>
        <source>Empreinte copiée dans le presse-papiers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/identity_dialog.py" line="322"/>
        <source>Importer une identité de signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/identity_dialog.py" line="331"/>
        <source>Saisissez le mot de passe de « {name} » : il est vérifié avant la copie.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/identity_dialog.py" line="346"/>
        <source>Identité « {name} » enregistrée dans {path}. Communiquez l&apos;empreinte de son certificat aux lecteurs de vos rapports : elle leur permet de vérifier que la signature est bien la vôtre.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IdentityCreateDialog</name>
    <message>
        <location filename="../../hopen_desktop/ui/identity_dialog.py" line="104"/>
        <source>Créer une identité de signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/identity_dialog.py" line="111"/>
        <source>L&apos;identité créée est auto-signée : le lecteur d&apos;un rapport signé la reconnaîtra en comparant l&apos;empreinte SHA-256 de son certificat avec celle que vous lui communiquerez.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/identity_dialog.py" line="132"/>
        <source>&amp;Nom du signataire :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/identity_dialog.py" line="133"/>
        <source>&amp;Organisation :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/identity_dialog.py" line="134"/>
        <source>&amp;Adresse électronique :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/identity_dialog.py" line="135"/>
        <source>&amp;Mot de passe :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/identity_dialog.py" line="136"/>
        <source>&amp;Confirmation :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/identity_dialog.py" line="143"/>
        <source>Au moins {n} caractères. Il sera demandé à chaque signature ; il ne peut pas être retrouvé.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/identity_dialog.py" line="156"/>
        <source>C&amp;réer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/identity_dialog.py" line="166"/>
        <source>Les deux mots de passe ne sont pas identiques : saisissez-les de nouveau.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/identity_dialog.py" line="173"/>
        <source>Création de la clé de signature…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IdentityTableModel</name>
    <message>
        <location filename="../../hopen_desktop/ui/identity_dialog.py" line="65"/>
        <source>Titulaire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/identity_dialog.py" line="65"/>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/identity_dialog.py" line="65"/>
        <source>Valable jusqu&apos;au</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/identity_dialog.py" line="65"/>
        <source>Fichier</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IndicatorPage</name>
    <message>
        <location filename="../../hopen_desktop/ui/indicator_page.py" line="128"/>
        <source>Ce qui est demandé</source>
        <translation>What is asked</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/indicator_page.py" line="131"/>
        <source>Cible :</source>
        <translation>Target:</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/indicator_page.py" line="133"/>
        <source>En clair :</source>
        <translation>In plain words:</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/indicator_page.py" line="141"/>
        <source>Taux</source>
        <translation>Rate</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/indicator_page.py" line="146"/>
        <location filename="../../hopen_desktop/ui/indicator_page.py" line="156"/>
        <source>nombre entier</source>
        <translation>whole number</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/indicator_page.py" line="147"/>
        <source>Numérateur</source>
        <translation>Numerator</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/indicator_page.py" line="150"/>
        <source>&amp;Numérateur :</source>
        <translation>&amp;Numerator:</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/indicator_page.py" line="157"/>
        <source>Dénominateur</source>
        <translation>Denominator</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/indicator_page.py" line="160"/>
        <source>&amp;Dénominateur :</source>
        <translation>&amp;Denominator:</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/indicator_page.py" line="166"/>
        <source>Taux calculé :</source>
        <translation>Computed rate:</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/indicator_page.py" line="176"/>
        <source>Critères</source>
        <translation>Criteria</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/indicator_page.py" line="176"/>
        <source>Critère complémentaire</source>
        <translation>Additional criterion</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/indicator_page.py" line="198"/>
        <source>Les critères encadrés sont calculés à partir du registre des preuves : ils ne se cochent pas à la main.</source>
        <translation>Framed criteria are computed from the evidence register: they are not ticked by hand.</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/indicator_page.py" line="208"/>
        <source>Applicabilité et commentaire</source>
        <translation>Applicability and comment</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/indicator_page.py" line="210"/>
        <source>Indicateur non &amp;applicable à l&apos;établissement</source>
        <translation>Indicator not &amp;applicable to the establishment</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/indicator_page.py" line="214"/>
        <source>&amp;Justification (obligatoire si non applicable) :</source>
        <translation>&amp;Justification (required when not applicable):</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/indicator_page.py" line="218"/>
        <source>Justification</source>
        <translation>Justification</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/indicator_page.py" line="226"/>
        <source>&amp;Commentaire :</source>
        <translation>&amp;Comment:</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/indicator_page.py" line="230"/>
        <source>Commentaire</source>
        <translation>Comment</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/indicator_page.py" line="240"/>
        <source>Comment compter, preuves et repères</source>
        <translation>How to count, evidence and context</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/indicator_page.py" line="244"/>
        <source>Comment compter :</source>
        <translation>How to count:</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/indicator_page.py" line="246"/>
        <source>Preuves :</source>
        <translation>Evidence:</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/indicator_page.py" line="250"/>
        <source> (s&apos;applique : l&apos;établissement est membre d&apos;un GHT)</source>
        <translation> (applies: the establishment is a GHT member)</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/indicator_page.py" line="252"/>
        <source> (ne s&apos;applique pas : l&apos;établissement est hors GHT)</source>
        <translation> (does not apply: the establishment is not in a GHT)</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/indicator_page.py" line="254"/>
        <source>Déclinaison GHT :</source>
        <translation>GHT declination:</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/indicator_page.py" line="257"/>
        <source> (indicateur HN {id})</source>
        <translation> (HN indicator {id})</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/indicator_page.py" line="260"/>
        <source>Atteinte nationale HN :</source>
        <translation>National HN attainment:</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/indicator_page.py" line="262"/>
        <source>Évolution HN → HOP&apos;EN :</source>
        <translation>HN → HOP&apos;EN change:</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/indicator_page.py" line="302"/>
        <source>Statut : {status}</source>
        <translation>Status: {status}</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/indicator_page.py" line="318"/>
        <source>Dénominateur nul : le taux ne peut pas être calculé, l&apos;indicateur reste non renseigné.</source>
        <translation>Zero denominator: the rate cannot be computed, the indicator stays not filled in.</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/indicator_page.py" line="320"/>
        <source>À compléter : {hint}.</source>
        <translation>To complete: {hint}.</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/indicator_page.py" line="334"/>
        <source>Rempli par : {items}</source>
        <translation>Met by: {items}</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/indicator_page.py" line="339"/>
        <source>Manque {n} preuve(s) « {type} » datée(s) du {start} au {end}</source>
        <translation>Missing {n} “{type}” dated from {start} to {end}</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/indicator_page.py" line="343"/>
        <source> ({found} trouvée(s) sur {needed})</source>
        <translation> ({found} found of {needed})</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/indicator_page.py" line="352"/>
        <source>Chaque preuve doit indiquer : {fields}.</source>
        <translation>Each piece of evidence must give: {fields}.</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/indicator_page.py" line="394"/>
        <source>{id} : taux</source>
        <translation>{id}: rate</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/indicator_page.py" line="416"/>
        <source>{id} : critères</source>
        <translation>{id}: criteria</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/indicator_page.py" line="431"/>
        <source>{id} : applicabilité</source>
        <translation>{id}: applicability</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/indicator_page.py" line="446"/>
        <source>{id} : commentaire</source>
        <translation>{id}: comment</translation>
    </message>
</context>
<context>
    <name>ItemModels</name>
    <message>
        <location filename="../../hopen_desktop/ui/item_models.py" line="62"/>
        <source>FINESS</source>
        <translation>FINESS</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/item_models.py" line="63"/>
        <source>Nom</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/item_models.py" line="64"/>
        <source>Statut juridique</source>
        <translation>Legal status</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/item_models.py" line="65"/>
        <source>Activités</source>
        <translation>Activities</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/item_models.py" line="66"/>
        <source>GHT</source>
        <translation>GHT</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/item_models.py" line="90"/>
        <source>Hors GHT</source>
        <translation>Not in a GHT</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/item_models.py" line="92"/>
        <source> (support)</source>
        <translation> (support)</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/item_models.py" line="129"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/item_models.py" line="130"/>
        <source>Référentiel</source>
        <translation>Referential</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/item_models.py" line="131"/>
        <source>Auditeur</source>
        <translation>Auditor</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/item_models.py" line="148"/>
        <source>Campagne du {date}</source>
        <translation>Campaign of {date}</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/item_models.py" line="242"/>
        <source>Prérequis et domaines</source>
        <translation>Prerequisites and domains</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/item_models.py" line="307"/>
        <source>Groupe</source>
        <translation>Group</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/item_models.py" line="308"/>
        <source>Intitulé</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/item_models.py" line="309"/>
        <source>Statut</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/item_models.py" line="310"/>
        <source>Atteints</source>
        <translation>Attained</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/item_models.py" line="311"/>
        <source>Éligibilité</source>
        <translation>Eligibility</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/item_models.py" line="343"/>
        <source>{n} / {total}</source>
        <translation>{n} / {total}</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/item_models.py" line="348"/>
        <source>— (prérequis)</source>
        <translation>— (prerequisite)</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/item_models.py" line="350"/>
        <source>Éligible</source>
        <translation>Eligible</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/item_models.py" line="352"/>
        <source>Non éligible</source>
        <translation>Not eligible</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../hopen_desktop/ui/main_window.py" line="89"/>
        <source>Tableau de &amp;bord</source>
        <translation>&amp;Dashboard</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/main_window.py" line="93"/>
        <source>Registre des pre&amp;uves</source>
        <translation>Evidence reg&amp;ister</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/main_window.py" line="103"/>
        <source>Prérequis, domaines et indicateurs</source>
        <translation>Prerequisites, domains and indicators</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/main_window.py" line="148"/>
        <source>&amp;Nouvel espace de travail…</source>
        <translation>&amp;New workspace…</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/main_window.py" line="151"/>
        <source>&amp;Ouvrir un espace de travail…</source>
        <translation>&amp;Open workspace…</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/main_window.py" line="153"/>
        <source>Ouvrir la &amp;démonstration</source>
        <translation>Open the &amp;demo</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/main_window.py" line="155"/>
        <source>&amp;Préférences…</source>
        <translation>&amp;Preferences…</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/main_window.py" line="157"/>
        <source>&amp;Quitter</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/main_window.py" line="158"/>
        <source>&amp;Annuler</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/main_window.py" line="161"/>
        <source>&amp;Rétablir</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/main_window.py" line="165"/>
        <source>&amp;Nouvel établissement…</source>
        <translation>&amp;New establishment…</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/main_window.py" line="168"/>
        <source>&amp;Modifier l&apos;établissement…</source>
        <translation>&amp;Edit establishment…</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/main_window.py" line="171"/>
        <source>&amp;Supprimer l&apos;établissement…</source>
        <translation>&amp;Delete establishment…</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/main_window.py" line="174"/>
        <source>&amp;Nouvelle campagne…</source>
        <translation>&amp;New campaign…</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/main_window.py" line="177"/>
        <source>&amp;Supprimer la campagne…</source>
        <translation>&amp;Delete campaign…</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/main_window.py" line="179"/>
        <source>&amp;Tableau de bord</source>
        <translation>&amp;Dashboard</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/main_window.py" line="180"/>
        <source>Indicateur &amp;suivant</source>
        <translation>Ne&amp;xt indicator</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/main_window.py" line="181"/>
        <source>Indicateur &amp;précédent</source>
        <translation>&amp;Previous indicator</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/main_window.py" line="182"/>
        <source>Aller à la &amp;navigation</source>
        <translation>Go to &amp;navigation</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/main_window.py" line="183"/>
        <source>&amp;Registre des preuves</source>
        <translation>Evidence &amp;register</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/main_window.py" line="185"/>
        <source>&amp;Nouvelle preuve…</source>
        <translation>&amp;New proof…</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/main_window.py" line="188"/>
        <source>&amp;Vérifier les empreintes des fichiers joints…</source>
        <translation>&amp;Verify the fingerprints of attached files…</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/main_window.py" line="192"/>
        <source>Établissement et campagne</source>
        <translation>Establishment and campaign</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/main_window.py" line="202"/>
        <source> É&amp;tablissement : </source>
        <translation> Es&amp;tablishment: </translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/main_window.py" line="216"/>
        <source> &amp;Campagne : </source>
        <translation> &amp;Campaign: </translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/main_window.py" line="225"/>
        <source>&amp;Fichier</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/main_window.py" line="228"/>
        <source>Espaces &amp;récents</source>
        <translation>&amp;Recent workspaces</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/main_window.py" line="235"/>
        <source>É&amp;dition</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/main_window.py" line="238"/>
        <source>É&amp;tablissement</source>
        <translation>Es&amp;tablishment</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/main_window.py" line="242"/>
        <source>&amp;Campagne</source>
        <translation>&amp;Campaign</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/main_window.py" line="245"/>
        <source>&amp;Preuves</source>
        <translation>&amp;Proofs</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/main_window.py" line="250"/>
        <source>&amp;Affichage</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/main_window.py" line="264"/>
        <source>Ouverture impossible</source>
        <translation>Cannot open</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/main_window.py" line="267"/>
        <source>Espace de travail ouvert : {path}</source>
        <translation>Workspace opened: {path}</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/main_window.py" line="273"/>
        <source>Ouvrir un espace de travail</source>
        <translation>Open a workspace</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/main_window.py" line="280"/>
        <source>Nouvel espace de travail</source>
        <translation>New workspace</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/main_window.py" line="285"/>
        <source>Fichier existant</source>
        <translation>File exists</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/main_window.py" line="286"/>
        <source>« {name} » existe déjà : choisissez un autre nom, ou ouvrez-le.</source>
        <translation>“{name}” already exists: choose another name, or open it.</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/main_window.py" line="296"/>
        <source>(aucun)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/main_window.py" line="316"/>
        <source>Préparation de l&apos;espace de démonstration…</source>
        <translation>Preparing the demo workspace…</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/main_window.py" line="328"/>
        <source>Espace de démonstration prêt.</source>
        <translation>Demo workspace ready.</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/main_window.py" line="334"/>
        <source>Opération impossible</source>
        <translation>Operation failed</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/main_window.py" line="371"/>
        <source>Supprimer l&apos;établissement</source>
        <translation>Delete establishment</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/main_window.py" line="373"/>
        <source>Supprimer « {name} » (FINESS {finess}) avec ses {n} campagne(s), ses preuves et son plan d&apos;action ? Cette suppression est définitive.</source>
        <translation>Delete “{name}” (FINESS {finess}) with its {n} campaign(s), evidence and action plan? This cannot be undone.</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/main_window.py" line="391"/>
        <location filename="../../hopen_desktop/ui/main_window.py" line="471"/>
        <source>Aucun établissement</source>
        <translation>No establishment</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/main_window.py" line="392"/>
        <location filename="../../hopen_desktop/ui/main_window.py" line="472"/>
        <source>Créez d&apos;abord un établissement (menu Établissement, Ctrl+Maj+E).</source>
        <translation>Create an establishment first (Establishment menu, Ctrl+Shift+E).</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/main_window.py" line="403"/>
        <source>Supprimer la campagne</source>
        <translation>Delete campaign</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/main_window.py" line="405"/>
        <source>Supprimer la campagne du {date} et toutes ses réponses ? Cette suppression est définitive.</source>
        <translation>Delete the campaign of {date} and all its answers? This cannot be undone.</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/main_window.py" line="442"/>
        <source>Opération refusée</source>
        <translation>Operation refused</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/main_window.py" line="491"/>
        <source>Vérification des empreintes des fichiers joints…</source>
        <translation>Verifying the fingerprints of attached files…</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/main_window.py" line="579"/>
        <source>aucun espace de travail</source>
        <translation>no workspace</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/main_window.py" line="580"/>
        <source>HOP&apos;EN Desktop — {name}</source>
        <translation>HOP&apos;EN Desktop — {name}</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/main_window.py" line="639"/>
        <source>Enregistré automatiquement à {time}</source>
        <translation>Saved automatically at {time}</translation>
    </message>
</context>
<context>
    <name>OptionalDate</name>
    <message>
        <location filename="../../hopen_desktop/ui/evidence_dialog.py" line="151"/>
        <source>renseignée</source>
        <translation>given</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../hopen_desktop/ui/preferences_dialog.py" line="33"/>
        <source>Préférences</source>
        <translation>Preferences</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/preferences_dialog.py" line="40"/>
        <source>&amp;Langue de l&apos;interface :</source>
        <translation>&amp;Interface language:</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/preferences_dialog.py" line="43"/>
        <source>Le changement de langue prend effet au prochain démarrage.</source>
        <translation>The new language takes effect at the next start.</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/preferences_dialog.py" line="54"/>
        <source> Mo</source>
        <translation> MB</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/preferences_dialog.py" line="56"/>
        <source>Taille maximale d&apos;un fichier joint, en mégaoctets</source>
        <translation>Maximum size of an attached file, in megabytes</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/preferences_dialog.py" line="57"/>
        <source>&amp;Taille maximale d&apos;un fichier joint :</source>
        <translation>Maximum &amp;size of an attached file:</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/preferences_dialog.py" line="61"/>
        <source>Réglage de l&apos;espace de travail « {name} » : il voyage avec lui.</source>
        <translation>Setting of the workspace “{name}”: it travels with it.</translation>
    </message>
</context>
<context>
    <name>RateBar</name>
    <message>
        <location filename="../../hopen_desktop/ui/rate_bar.py" line="33"/>
        <source>Taux : {value}, cible : {target}</source>
        <translation>Rate: {value}, target: {target}</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/rate_bar.py" line="34"/>
        <source>non calculé</source>
        <translation>not computed</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/rate_bar.py" line="69"/>
        <source>cible {target}</source>
        <translation>target {target}</translation>
    </message>
</context>
<context>
    <name>RateChart</name>
    <message>
        <location filename="../../hopen_desktop/ui/history_window.py" line="182"/>
        <source>Taux global d&apos;atteinte des prérequis au fil des campagnes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/history_window.py" line="208"/>
        <source>Taux global d&apos;atteinte des prérequis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/history_window.py" line="228"/>
        <source>Aucune campagne</source>
        <translation type="unfinished">No campaign</translation>
    </message>
</context>
<context>
    <name>ReportActions</name>
    <message>
        <location filename="../../hopen_desktop/ui/report_actions.py" line="49"/>
        <source>&amp;Produire le rapport PDF…</source>
        <extracomment>The dialog or message box opened last (non-blocking, .open()); tests drive it. The long operation running, if any (one at a time). The last file written (report or workbook), opened on request.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/report_actions.py" line="51"/>
        <source>Produire et &amp;signer le rapport…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/report_actions.py" line="54"/>
        <source>&amp;Vérifier un rapport signé…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/report_actions.py" line="57"/>
        <source>&amp;Exporter le classeur Excel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/report_actions.py" line="60"/>
        <source>&amp;Importer un classeur Excel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/report_actions.py" line="63"/>
        <source>I&amp;dentités de signature…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/report_actions.py" line="83"/>
        <source>&amp;Rapports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/report_actions.py" line="182"/>
        <source>Opération impossible</source>
        <translation type="unfinished">Operation failed</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/report_actions.py" line="189"/>
        <source>Opération annulée : aucun fichier n&apos;a été écrit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/report_actions.py" line="208"/>
        <source>Enregistrer le rapport signé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/report_actions.py" line="208"/>
        <source>Enregistrer le rapport PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/report_actions.py" line="215"/>
        <source>Rapport signé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/report_actions.py" line="215"/>
        <source>Rapport PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/report_actions.py" line="225"/>
        <source>Le rapport signé a été enregistré :
{path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/report_actions.py" line="227"/>
        <source>Le rapport a été enregistré :
{path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/report_actions.py" line="229"/>
        <source>Rapport prêt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/report_actions.py" line="229"/>
        <source>&amp;Ouvrir le rapport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/report_actions.py" line="250"/>
        <source>Vérifier un rapport signé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/report_actions.py" line="278"/>
        <source>Exporter le classeur Excel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/report_actions.py" line="286"/>
        <source>Export du classeur Excel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/report_actions.py" line="299"/>
        <source>Classeur exporté</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/report_actions.py" line="301"/>
        <source>Le classeur a été enregistré :
{path}

Complétez les cellules blanches, puis importez-le (menu Rapports, Importer un classeur Excel).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/report_actions.py" line="304"/>
        <source>&amp;Ouvrir le classeur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/report_actions.py" line="314"/>
        <source>Importer un classeur Excel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/report_actions.py" line="321"/>
        <source>Import du classeur Excel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/report_actions.py" line="352"/>
        <source>Classeur importé</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportJob</name>
    <message>
        <location filename="../../hopen_desktop/ui/report_job.py" line="83"/>
        <source>Annulation en cours…</source>
        <extracomment>Progress is posted from the pool thread at most this often (plus the last step). (done, total, message), posted from the pool thread, received on the GUI thread.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/report_job.py" line="124"/>
        <source>&amp;Annuler</source>
        <translation type="unfinished">&amp;Undo</translation>
    </message>
</context>
<context>
    <name>SignatureDialog</name>
    <message>
        <location filename="../../hopen_desktop/ui/signature_dialog.py" line="53"/>
        <source>Signer le rapport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/signature_dialog.py" line="53"/>
        <source>Importer une identité</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/signature_dialog.py" line="69"/>
        <source>&amp;Parcourir…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/signature_dialog.py" line="75"/>
        <source>&amp;Identité :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/signature_dialog.py" line="85"/>
        <source>Titulaire :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/signature_dialog.py" line="91"/>
        <source>&amp;Mot de passe :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/signature_dialog.py" line="94"/>
        <source>Le mot de passe est demandé à chaque signature ; il n&apos;est jamais enregistré.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/signature_dialog.py" line="110"/>
        <source>&amp;Signer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/signature_dialog.py" line="110"/>
        <source>&amp;Importer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/signature_dialog.py" line="130"/>
        <source>Choisir une identité de signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/signature_dialog.py" line="155"/>
        <source>Empreinte SHA-256 : {fp}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/signature_dialog.py" line="160"/>
        <source>Aucune identité : créez-en une (menu Rapports, Identités de signature) ou choisissez un fichier .p12.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/signature_dialog.py" line="182"/>
        <source>Vérification du mot de passe…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <location filename="../../hopen_desktop/ui/status.py" line="35"/>
        <source>Atteint</source>
        <extracomment>Colours readable on white, with enough contrast for the status text drawn on them.</extracomment>
        <translation>Attained</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/status.py" line="36"/>
        <source>Non atteint</source>
        <translation>Not attained</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/status.py" line="37"/>
        <source>Non renseigné</source>
        <translation>Not filled in</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/status.py" line="38"/>
        <source>Non applicable</source>
        <translation>Not applicable</translation>
    </message>
</context>
<context>
    <name>VerifyDialog</name>
    <message>
        <location filename="../../hopen_desktop/ui/verify_dialog.py" line="45"/>
        <location filename="../../hopen_desktop/ui/verify_dialog.py" line="98"/>
        <source>Vérifier un rapport signé</source>
        <extracomment>(background, border, text) of the banner for each verdict.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/verify_dialog.py" line="64"/>
        <source>Verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/verify_dialog.py" line="78"/>
        <source>Vérifier un &amp;autre fichier…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/verify_dialog.py" line="82"/>
        <source>&amp;Ouvrir le PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/verify_dialog.py" line="91"/>
        <source>Choisissez un PDF à vérifier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/verify_dialog.py" line="105"/>
        <source>Fichier : {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/verify_dialog.py" line="107"/>
        <source>Vérification en cours…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/verify_dialog.py" line="131"/>
        <source>Vérification impossible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/verify_dialog.py" line="139"/>
        <source>Signature valide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/verify_dialog.py" line="139"/>
        <source>Signature valide — certificat à contrôler</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/verify_dialog.py" line="142"/>
        <source>Document non signé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/verify_dialog.py" line="144"/>
        <source>Signature NON valide : document altéré</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/verify_dialog.py" line="169"/>
        <source>Signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/verify_dialog.py" line="169"/>
        <source>Signature {n} sur {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/verify_dialog.py" line="186"/>
        <source>Signataire :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/verify_dialog.py" line="187"/>
        <source>Date de signature :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/verify_dialog.py" line="187"/>
        <source>inconnue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/verify_dialog.py" line="189"/>
        <source>Motif :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/verify_dialog.py" line="191"/>
        <source>Document intact :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/verify_dialog.py" line="192"/>
        <source>oui, contenu inchangé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/verify_dialog.py" line="192"/>
        <source>NON, contenu modifié</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/verify_dialog.py" line="195"/>
        <source>Signature valide :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/verify_dialog.py" line="196"/>
        <location filename="../../hopen_desktop/ui/verify_dialog.py" line="200"/>
        <source>oui</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/verify_dialog.py" line="196"/>
        <source>NON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/verify_dialog.py" line="199"/>
        <source>Couvre tout le fichier :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/verify_dialog.py" line="200"/>
        <source>NON, des données ont été ajoutées</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/verify_dialog.py" line="203"/>
        <source>oui, par une autorité de confiance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/verify_dialog.py" line="206"/>
        <source>non : certificat auto-signé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/verify_dialog.py" line="206"/>
        <source>non reconnu par une autorité</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/verify_dialog.py" line="209"/>
        <source>Certificat reconnu :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/verify_dialog.py" line="215"/>
        <source>Co&amp;pier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/verify_dialog.py" line="222"/>
        <source>Empreinte SHA-256 :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/verify_dialog.py" line="227"/>
        <source>Problème :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/verify_dialog.py" line="231"/>
        <source>Ce certificat n&apos;est pas délivré par une autorité reconnue (identité auto-signée, créée par le signataire). La signature prouve que le document n&apos;a pas changé depuis sa signature ; pour savoir qui l&apos;a signé, comparez l&apos;empreinte SHA-256 ci-dessus avec celle que le signataire vous a communiquée par un autre moyen (courrier, téléphone).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/verify_dialog.py" line="246"/>
        <source>Copiée ✔</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
