<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_US">
<context>
    <name>CampaignDialog</name>
    <message>
        <location filename="../../hopen_desktop/ui/campaign_dialog.py" line="35" />
        <source>Nouvelle campagne</source>
        <translation>New campaign</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/campaign_dialog.py" line="40" />
        <source>Établissement :</source>
        <translation>Establishment:</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/campaign_dialog.py" line="48" />
        <source>&amp;Date de la campagne :</source>
        <translation>&amp;Date of the campaign:</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/campaign_dialog.py" line="51" />
        <source>Les preuves comptent dans les périodes qui se terminent à cette date.</source>
        <translation>Evidence counts in the periods ending on this date.</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/campaign_dialog.py" line="60" />
        <source> (partiel)</source>
        <translation> (partial)</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/campaign_dialog.py" line="63" />
        <source>&amp;Référentiel :</source>
        <translation>&amp;Referential:</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/campaign_dialog.py" line="69" />
        <source>nom et fonction</source>
        <translation>name and role</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/campaign_dialog.py" line="70" />
        <source>&amp;Auditeur :</source>
        <translation>&amp;Auditor:</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/campaign_dialog.py" line="76" />
        <source>&amp;Copier les réponses de :</source>
        <translation>&amp;Copy the answers of:</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <location filename="../../hopen_desktop/ui/dashboard.py" line="58" />
        <source>Prérequis</source>
        <extracomment>An indicator the user chose to open (from the blockers list).</extracomment>
        <translation>Prerequisites</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/dashboard.py" line="75" />
        <source>Indicateurs atteints par groupe</source>
        <translation>Indicators attained per group</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/dashboard.py" line="82" />
        <source>Statut des groupes et éligibilité des domaines</source>
        <translation>Status of the groups and eligibility of the domains</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/dashboard.py" line="96" />
        <source>Statut des groupes</source>
        <translation>Status of the groups</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/dashboard.py" line="104" />
        <source>Ce qui bloque les prérequis</source>
        <translation>What blocks the prerequisites</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/dashboard.py" line="113" />
        <source>Indicateurs qui bloquent les prérequis</source>
        <translation>Indicators blocking the prerequisites</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/dashboard.py" line="117" />
        <source>Entrée ou double-clic : ouvrir l'indicateur.</source>
        <translation>Enter or double-click: open the indicator.</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/dashboard.py" line="136" />
        <source>Aucune campagne</source>
        <translation>No campaign</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/dashboard.py" line="138" />
        <source>Créez un établissement (Ctrl+Maj+E) puis une campagne (Ctrl+Maj+N) pour commencer.</source>
        <translation>Create an establishment (Ctrl+Shift+E) then a campaign (Ctrl+Shift+N) to begin.</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/dashboard.py" line="147" />
        <source>Tableau de bord — {name}</source>
        <translation>Dashboard — {name}</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/dashboard.py" line="149" />
        <source>Campagne du {date} · référentiel {ref} · auditeur : {auditor}</source>
        <translation>Campaign of {date} · referential {ref} · auditor: {auditor}</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/dashboard.py" line="169" />
        <source>taux global d'atteinte : {n} indicateurs atteints sur {total} applicables</source>
        <translation>global attainment rate: {n} indicators attained of {total} applicable</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/dashboard.py" line="174" />
        <source>Taux global d'atteinte des prérequis : {rate}</source>
        <translation>Global prerequisite attainment rate: {rate}</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/dashboard.py" line="189" />
        <source>Tous les domaines sont éligibles au financement.</source>
        <translation>Every domain is eligible for funding.</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/dashboard.py" line="192" />
        <source>&lt;b&gt;{domains} non éligible(s)&lt;/b&gt; : {reason}</source>
        <translation>&lt;b&gt;{domains} not eligible&lt;/b&gt;: {reason}</translation>
    </message>
</context>
<context>
    <name>EstablishmentDialog</name>
    <message>
        <location filename="../../hopen_desktop/ui/establishment_dialog.py" line="34" />
        <source>Nouvel établissement</source>
        <translation>New establishment</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/establishment_dialog.py" line="34" />
        <source>Modifier l'établissement</source>
        <translation>Edit establishment</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/establishment_dialog.py" line="43" />
        <source>9 caractères, ex. 750712184 ou 2A0000013</source>
        <translation>9 characters, e.g. 750712184 or 2A0000013</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/establishment_dialog.py" line="47" />
        <source>N° &amp;FINESS :</source>
        <translation>&amp;FINESS no.:</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/establishment_dialog.py" line="55" />
        <source>&amp;Nom :</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/establishment_dialog.py" line="62" />
        <source>Public</source>
        <translation>Public</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/establishment_dialog.py" line="62" />
        <source>Privé</source>
        <translation>Private</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/establishment_dialog.py" line="62" />
        <source>ESPIC</source>
        <translation>ESPIC</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/establishment_dialog.py" line="65" />
        <source>&amp;Statut juridique :</source>
        <translation>&amp;Legal status:</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/establishment_dialog.py" line="77" />
        <source>Activités :</source>
        <translation>Activities:</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/establishment_dialog.py" line="81" />
        <source>vide si l'établissement n'est pas membre d'un GHT</source>
        <translation>empty when the establishment is not a GHT member</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/establishment_dialog.py" line="82" />
        <source>&amp;GHT :</source>
        <translation>&amp;GHT:</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/establishment_dialog.py" line="85" />
        <source>Établissement &amp;support du GHT</source>
        <translation>GHT &amp;support establishment</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/establishment_dialog.py" line="145" />
        <source>Le nom de l'établissement</source>
        <translation>The establishment's name</translation>
    </message>
</context>
<context>
    <name>GroupChart</name>
    <message>
        <location filename="../../hopen_desktop/ui/group_chart.py" line="33" />
        <source>Graphique des groupes</source>
        <translation>Chart of the groups</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/group_chart.py" line="43" />
        <source>Part des indicateurs applicables atteints, par groupe</source>
        <translation>Share of applicable indicators attained, per group</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/group_chart.py" line="76" />
        <source>Aucune campagne sélectionnée</source>
        <translation>No campaign selected</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/group_chart.py" line="91" />
        <source>n.a.</source>
        <translation>n/a</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/group_chart.py" line="116" />
        <source>Prérequis</source>
        <translation>Prerequisites</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/group_chart.py" line="121" />
        <source>Domaines</source>
        <translation>Domains</translation>
    </message>
</context>
<context>
    <name>IndicatorPage</name>
    <message>
        <location filename="../../hopen_desktop/ui/indicator_page.py" line="127" />
        <source>Ce qui est demandé</source>
        <translation>What is asked</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/indicator_page.py" line="130" />
        <source>Cible :</source>
        <translation>Target:</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/indicator_page.py" line="132" />
        <source>En clair :</source>
        <translation>In plain words:</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/indicator_page.py" line="140" />
        <source>Taux</source>
        <translation>Rate</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/indicator_page.py" line="145" />
        <location filename="../../hopen_desktop/ui/indicator_page.py" line="155" />
        <source>nombre entier</source>
        <translation>whole number</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/indicator_page.py" line="146" />
        <source>Numérateur</source>
        <translation>Numerator</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/indicator_page.py" line="149" />
        <source>&amp;Numérateur :</source>
        <translation>&amp;Numerator:</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/indicator_page.py" line="156" />
        <source>Dénominateur</source>
        <translation>Denominator</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/indicator_page.py" line="159" />
        <source>&amp;Dénominateur :</source>
        <translation>&amp;Denominator:</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/indicator_page.py" line="165" />
        <source>Taux calculé :</source>
        <translation>Computed rate:</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/indicator_page.py" line="175" />
        <source>Critères</source>
        <translation>Criteria</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/indicator_page.py" line="175" />
        <source>Critère complémentaire</source>
        <translation>Additional criterion</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/indicator_page.py" line="197" />
        <source>Les critères encadrés sont calculés à partir du registre des preuves : ils ne se cochent pas à la main.</source>
        <translation>Framed criteria are computed from the evidence register: they are not ticked by hand.</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/indicator_page.py" line="207" />
        <source>Applicabilité et commentaire</source>
        <translation>Applicability and comment</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/indicator_page.py" line="209" />
        <source>Indicateur non &amp;applicable à l'établissement</source>
        <translation>Indicator not &amp;applicable to the establishment</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/indicator_page.py" line="213" />
        <source>&amp;Justification (obligatoire si non applicable) :</source>
        <translation>&amp;Justification (required when not applicable):</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/indicator_page.py" line="217" />
        <source>Justification</source>
        <translation>Justification</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/indicator_page.py" line="225" />
        <source>&amp;Commentaire :</source>
        <translation>&amp;Comment:</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/indicator_page.py" line="229" />
        <source>Commentaire</source>
        <translation>Comment</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/indicator_page.py" line="239" />
        <source>Comment compter, preuves et repères</source>
        <translation>How to count, evidence and context</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/indicator_page.py" line="243" />
        <source>Comment compter :</source>
        <translation>How to count:</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/indicator_page.py" line="245" />
        <source>Preuves :</source>
        <translation>Evidence:</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/indicator_page.py" line="249" />
        <source> (s'applique : l'établissement est membre d'un GHT)</source>
        <translation> (applies: the establishment is a GHT member)</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/indicator_page.py" line="251" />
        <source> (ne s'applique pas : l'établissement est hors GHT)</source>
        <translation> (does not apply: the establishment is not in a GHT)</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/indicator_page.py" line="253" />
        <source>Déclinaison GHT :</source>
        <translation>GHT declination:</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/indicator_page.py" line="256" />
        <source> (indicateur HN {id})</source>
        <translation> (HN indicator {id})</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/indicator_page.py" line="259" />
        <source>Atteinte nationale HN :</source>
        <translation>National HN attainment:</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/indicator_page.py" line="261" />
        <source>Évolution HN → HOP'EN :</source>
        <translation>HN → HOP'EN change:</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/indicator_page.py" line="301" />
        <source>Statut : {status}</source>
        <translation>Status: {status}</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/indicator_page.py" line="317" />
        <source>Dénominateur nul : le taux ne peut pas être calculé, l'indicateur reste non renseigné.</source>
        <translation>Zero denominator: the rate cannot be computed, the indicator stays not filled in.</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/indicator_page.py" line="319" />
        <source>À compléter : {hint}.</source>
        <translation>To complete: {hint}.</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/indicator_page.py" line="333" />
        <source>Rempli par : {items}</source>
        <translation>Met by: {items}</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/indicator_page.py" line="338" />
        <source>Manque {n} preuve(s) « {type} » datée(s) du {start} au {end}</source>
        <translation>Missing {n} “{type}” dated from {start} to {end}</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/indicator_page.py" line="342" />
        <source> ({found} trouvée(s) sur {needed})</source>
        <translation> ({found} found of {needed})</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/indicator_page.py" line="351" />
        <source>Chaque preuve doit indiquer : {fields}.</source>
        <translation>Each piece of evidence must give: {fields}.</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/indicator_page.py" line="393" />
        <source>{id} : taux</source>
        <translation>{id}: rate</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/indicator_page.py" line="415" />
        <source>{id} : critères</source>
        <translation>{id}: criteria</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/indicator_page.py" line="430" />
        <source>{id} : applicabilité</source>
        <translation>{id}: applicability</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/indicator_page.py" line="445" />
        <source>{id} : commentaire</source>
        <translation>{id}: comment</translation>
    </message>
</context>
<context>
    <name>ItemModels</name>
    <message>
        <location filename="../../hopen_desktop/ui/item_models.py" line="62" />
        <source>FINESS</source>
        <translation>FINESS</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/item_models.py" line="63" />
        <source>Nom</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/item_models.py" line="64" />
        <source>Statut juridique</source>
        <translation>Legal status</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/item_models.py" line="65" />
        <source>Activités</source>
        <translation>Activities</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/item_models.py" line="66" />
        <source>GHT</source>
        <translation>GHT</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/item_models.py" line="90" />
        <source>Hors GHT</source>
        <translation>Not in a GHT</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/item_models.py" line="92" />
        <source> (support)</source>
        <translation> (support)</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/item_models.py" line="129" />
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/item_models.py" line="130" />
        <source>Référentiel</source>
        <translation>Referential</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/item_models.py" line="131" />
        <source>Auditeur</source>
        <translation>Auditor</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/item_models.py" line="148" />
        <source>Campagne du {date}</source>
        <translation>Campaign of {date}</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/item_models.py" line="242" />
        <source>Prérequis et domaines</source>
        <translation>Prerequisites and domains</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/item_models.py" line="307" />
        <source>Groupe</source>
        <translation>Group</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/item_models.py" line="308" />
        <source>Intitulé</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/item_models.py" line="309" />
        <source>Statut</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/item_models.py" line="310" />
        <source>Atteints</source>
        <translation>Attained</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/item_models.py" line="311" />
        <source>Éligibilité</source>
        <translation>Eligibility</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/item_models.py" line="343" />
        <source>{n} / {total}</source>
        <translation>{n} / {total}</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/item_models.py" line="348" />
        <source>— (prérequis)</source>
        <translation>— (prerequisite)</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/item_models.py" line="350" />
        <source>Éligible</source>
        <translation>Eligible</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/item_models.py" line="352" />
        <source>Non éligible</source>
        <translation>Not eligible</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../hopen_desktop/ui/main_window.py" line="86" />
        <source>Tableau de &amp;bord</source>
        <translation>&amp;Dashboard</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/main_window.py" line="96" />
        <source>Prérequis, domaines et indicateurs</source>
        <translation>Prerequisites, domains and indicators</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/main_window.py" line="136" />
        <source>&amp;Nouvel espace de travail…</source>
        <translation>&amp;New workspace…</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/main_window.py" line="139" />
        <source>&amp;Ouvrir un espace de travail…</source>
        <translation>&amp;Open workspace…</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/main_window.py" line="141" />
        <source>Ouvrir la &amp;démonstration</source>
        <translation>Open the &amp;demo</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/main_window.py" line="143" />
        <source>&amp;Préférences…</source>
        <translation>&amp;Preferences…</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/main_window.py" line="145" />
        <source>&amp;Quitter</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/main_window.py" line="146" />
        <source>&amp;Annuler</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/main_window.py" line="149" />
        <source>&amp;Rétablir</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/main_window.py" line="153" />
        <source>&amp;Nouvel établissement…</source>
        <translation>&amp;New establishment…</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/main_window.py" line="156" />
        <source>&amp;Modifier l'établissement…</source>
        <translation>&amp;Edit establishment…</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/main_window.py" line="159" />
        <source>&amp;Supprimer l'établissement…</source>
        <translation>&amp;Delete establishment…</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/main_window.py" line="162" />
        <source>&amp;Nouvelle campagne…</source>
        <translation>&amp;New campaign…</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/main_window.py" line="165" />
        <source>&amp;Supprimer la campagne…</source>
        <translation>&amp;Delete campaign…</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/main_window.py" line="167" />
        <source>&amp;Tableau de bord</source>
        <translation>&amp;Dashboard</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/main_window.py" line="168" />
        <source>Indicateur &amp;suivant</source>
        <translation>Ne&amp;xt indicator</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/main_window.py" line="169" />
        <source>Indicateur &amp;précédent</source>
        <translation>&amp;Previous indicator</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/main_window.py" line="170" />
        <source>Aller à la &amp;navigation</source>
        <translation>Go to &amp;navigation</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/main_window.py" line="173" />
        <source>Établissement et campagne</source>
        <translation>Establishment and campaign</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/main_window.py" line="183" />
        <source> É&amp;tablissement : </source>
        <translation> Es&amp;tablishment: </translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/main_window.py" line="197" />
        <source> &amp;Campagne : </source>
        <translation> &amp;Campaign: </translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/main_window.py" line="206" />
        <source>&amp;Fichier</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/main_window.py" line="209" />
        <source>Espaces &amp;récents</source>
        <translation>&amp;Recent workspaces</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/main_window.py" line="216" />
        <source>É&amp;dition</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/main_window.py" line="219" />
        <source>É&amp;tablissement</source>
        <translation>Es&amp;tablishment</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/main_window.py" line="223" />
        <source>&amp;Campagne</source>
        <translation>&amp;Campaign</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/main_window.py" line="226" />
        <source>&amp;Affichage</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/main_window.py" line="239" />
        <source>Ouverture impossible</source>
        <translation>Cannot open</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/main_window.py" line="242" />
        <source>Espace de travail ouvert : {path}</source>
        <translation>Workspace opened: {path}</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/main_window.py" line="248" />
        <source>Ouvrir un espace de travail</source>
        <translation>Open a workspace</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/main_window.py" line="255" />
        <source>Nouvel espace de travail</source>
        <translation>New workspace</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/main_window.py" line="260" />
        <source>Fichier existant</source>
        <translation>File exists</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/main_window.py" line="261" />
        <source>« {name} » existe déjà : choisissez un autre nom, ou ouvrez-le.</source>
        <translation>“{name}” already exists: choose another name, or open it.</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/main_window.py" line="271" />
        <source>(aucun)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/main_window.py" line="291" />
        <source>Préparation de l'espace de démonstration…</source>
        <translation>Preparing the demo workspace…</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/main_window.py" line="303" />
        <source>Espace de démonstration prêt.</source>
        <translation>Demo workspace ready.</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/main_window.py" line="309" />
        <source>Opération impossible</source>
        <translation>Operation failed</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/main_window.py" line="346" />
        <source>Supprimer l'établissement</source>
        <translation>Delete establishment</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/main_window.py" line="348" />
        <source>Supprimer « {name} » (FINESS {finess}) avec ses {n} campagne(s), ses preuves et son plan d'action ? Cette suppression est définitive.</source>
        <translation>Delete “{name}” (FINESS {finess}) with its {n} campaign(s), evidence and action plan? This cannot be undone.</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/main_window.py" line="366" />
        <source>Aucun établissement</source>
        <translation>No establishment</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/main_window.py" line="367" />
        <source>Créez d'abord un établissement (menu Établissement, Ctrl+Maj+E).</source>
        <translation>Create an establishment first (Establishment menu, Ctrl+Shift+E).</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/main_window.py" line="378" />
        <source>Supprimer la campagne</source>
        <translation>Delete campaign</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/main_window.py" line="380" />
        <source>Supprimer la campagne du {date} et toutes ses réponses ? Cette suppression est définitive.</source>
        <translation>Delete the campaign of {date} and all its answers? This cannot be undone.</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/main_window.py" line="417" />
        <source>Opération refusée</source>
        <translation>Operation refused</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/main_window.py" line="491" />
        <source>aucun espace de travail</source>
        <translation>no workspace</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/main_window.py" line="492" />
        <source>HOP'EN Desktop — {name}</source>
        <translation>HOP'EN Desktop — {name}</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/main_window.py" line="549" />
        <source>Enregistré automatiquement à {time}</source>
        <translation>Saved automatically at {time}</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../hopen_desktop/ui/preferences_dialog.py" line="14" />
        <source>Préférences</source>
        <translation>Preferences</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/preferences_dialog.py" line="21" />
        <source>&amp;Langue de l'interface :</source>
        <translation>&amp;Interface language:</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/preferences_dialog.py" line="24" />
        <source>Le changement de langue prend effet au prochain démarrage.</source>
        <translation>The new language takes effect at the next start.</translation>
    </message>
</context>
<context>
    <name>RateBar</name>
    <message>
        <location filename="../../hopen_desktop/ui/rate_bar.py" line="33" />
        <source>Taux : {value}, cible : {target}</source>
        <translation>Rate: {value}, target: {target}</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/rate_bar.py" line="34" />
        <source>non calculé</source>
        <translation>not computed</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/rate_bar.py" line="69" />
        <source>cible {target}</source>
        <translation>target {target}</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <location filename="../../hopen_desktop/ui/status.py" line="35" />
        <source>Atteint</source>
        <extracomment>Colours readable on white, with enough contrast for the status text drawn on them.</extracomment>
        <translation>Attained</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/status.py" line="36" />
        <source>Non atteint</source>
        <translation>Not attained</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/status.py" line="37" />
        <source>Non renseigné</source>
        <translation>Not filled in</translation>
    </message>
    <message>
        <location filename="../../hopen_desktop/ui/status.py" line="38" />
        <source>Non applicable</source>
        <translation>Not applicable</translation>
    </message>
</context>
</TS>