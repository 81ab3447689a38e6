<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>About</name>
    <message>
        <location filename="../../dpo_workbench/ui/about.py" line="36"/>
        <source>&amp;About DPO Workbench…</source>
        <translation>À &amp;propos de DPO Workbench…</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/about.py" line="39"/>
        <source>About &amp;Qt…</source>
        <translation>À propos de &amp;Qt…</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/about_dialog.py" line="171"/>
        <source>Encrypts the database. SQLite itself is in the public domain.</source>
        <translation>Chiffre la base de données. SQLite lui-même est dans le domaine public.</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/about_dialog.py" line="183"/>
        <source>Inside cryptography and SQLCipher: the encryption algorithms.</source>
        <translation>Inclus dans cryptography et SQLCipher : les algorithmes de chiffrement.</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/about_dialog.py" line="191"/>
        <source>The user interface. Used unmodified, as shared libraries you may replace.</source>
        <translation>L’interface. Utilisée sans modification, sous forme de bibliothèques partagées que vous pouvez remplacer.</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/about_dialog.py" line="212"/>
        <source>The font embedded in every PDF letter.</source>
        <translation>La police incorporée dans chaque courrier PDF.</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/about_dialog.py" line="227"/>
        <source>No licence text is shipped with this component; its publisher gives it at %1.</source>
        <translation>Aucun texte de licence n’est livré avec ce composant ; son éditeur le publie à l’adresse %1.</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/about_dialog.py" line="239"/>
        <source>self-contained, in %1</source>
        <translation>autonome, dans %1</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/about_dialog.py" line="240"/>
        <source>Python package, in %1</source>
        <translation>paquet Python, dans %1</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/about_dialog.py" line="242"/>
        <source>Data folder</source>
        <translation>Dossier de données</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/about_dialog.py" line="243"/>
        <source>Keys</source>
        <translation>Clés</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/about_dialog.py" line="244"/>
        <source>Application</source>
        <translation>Application</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/about_dialog.py" line="245"/>
        <source>Versions</source>
        <translation>Versions</translation>
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../dpo_workbench/ui/about_dialog.py" line="254"/>
        <source>About DPO Workbench</source>
        <translation>À propos de DPO Workbench</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/about_dialog.py" line="259"/>
        <source>DPO Workbench</source>
        <translation>DPO Workbench</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/about_dialog.py" line="261"/>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/about_dialog.py" line="263"/>
        <source>Case management for the Data Protection Officer: data-subject requests and their deadlines, letters, the breach register and the audit journal.</source>
        <translation>La gestion des dossiers du délégué à la protection des données : les demandes d’exercice des droits et leurs délais, les courriers, le registre des violations et le journal d’audit.</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/about_dialog.py" line="266"/>
        <source>© the DPO Workbench authors. Proprietary software, licensed to your organisation for its own use.</source>
        <translation>© les auteurs de DPO Workbench. Logiciel propriétaire, concédé à votre organisme pour son propre usage.</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/about_dialog.py" line="277"/>
        <source>This installation</source>
        <translation>Cette installation</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/about_dialog.py" line="285"/>
        <source>Open the data folder</source>
        <translation>Ouvrir le dossier de données</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/about_dialog.py" line="293"/>
        <source>Components and their licences</source>
        <translation>Composants et licences</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/about_dialog.py" line="295"/>
        <source>DPO Workbench is built on these components, each under its own licence. Qt and PySide6 are used unmodified under the GNU LGPL version 3: they are shipped as separate libraries, which you may replace with your own build. Select a component to read its licence.</source>
        <translation>DPO Workbench repose sur ces composants, chacun sous sa propre licence. Qt et PySide6 sont utilisés sans modification sous la licence GNU LGPL version 3 : ils sont livrés sous forme de bibliothèques séparées, que vous pouvez remplacer par votre propre version. Choisissez un composant pour lire sa licence.</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/about_dialog.py" line="301"/>
        <source>Component</source>
        <translation>Composant</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/about_dialog.py" line="301"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/about_dialog.py" line="301"/>
        <source>Licence</source>
        <translation>Licence</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/about_dialog.py" line="326"/>
        <source>Copy the details</source>
        <translation>Copier les détails</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/about_dialog.py" line="327"/>
        <source>For a support request: the versions, this installation and the components (no personal data).</source>
        <translation>Pour une demande d’assistance : les versions, cette installation et les composants (aucune donnée personnelle).</translation>
    </message>
</context>
<context>
    <name>ActionDialog</name>
    <message>
        <location filename="../../dpo_workbench/ui/requests/action_dialog.py" line="67"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/requests/action_dialog.py" line="73"/>
        <source>Outcome</source>
        <translation>Suite donnée</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/requests/action_dialog.py" line="79"/>
        <source>Ground</source>
        <translation>Motif</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/requests/action_dialog.py" line="89"/>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/requests/action_dialog.py" line="98"/>
        <source>Say why the request is answered without their answers (kept in the timeline).</source>
        <translation>Dites pourquoi la demande reçoit sa réponse sans les leurs (conservé dans l’historique).</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/requests/action_dialog.py" line="101"/>
        <source>Without their answers</source>
        <translation>Sans leurs réponses</translation>
    </message>
</context>
<context>
    <name>AddProcessingDialog</name>
    <message>
        <location filename="../../dpo_workbench/ui/requests/casework.py" line="68"/>
        <source>Link processings</source>
        <translation>Lier des traitements</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/requests/casework.py" line="78"/>
        <source>The processings of the register that the requester&apos;s category does not suggest. Tick those that concern the person.</source>
        <translation>Les traitements du registre que la catégorie du demandeur ne suggère pas. Cochez ceux qui concernent la personne.</translation>
    </message>
</context>
<context>
    <name>AddUserDialog</name>
    <message>
        <location filename="../../dpo_workbench/ui/team/users.py" line="190"/>
        <source>Add a user</source>
        <translation>Ajouter un utilisateur</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/team/users.py" line="193"/>
        <source>e.g. m.leroy</source>
        <translation>p. ex. m.leroy</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/team/users.py" line="195"/>
        <source>e.g. Marc Leroy</source>
        <translation>p. ex. Marc Leroy</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/team/users.py" line="205"/>
        <source>Login</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/team/users.py" line="206"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/team/users.py" line="207"/>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/team/users.py" line="208"/>
        <source>First passphrase</source>
        <translation>Première phrase secrète</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/team/users.py" line="209"/>
        <source>Type it again</source>
        <translation>Saisissez-la à nouveau</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/team/users.py" line="210"/>
        <source>Lower-case letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos; for the login. The new user changes this first passphrase after signing in.</source>
        <translation>L’identifiant&#xa0;: lettres minuscules, chiffres, «&#xa0;.&#xa0;», «&#xa0;_&#xa0;» ou «&#xa0;-&#xa0;». Le nouvel utilisateur change cette première phrase secrète après s’être connecté.</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/team/users.py" line="215"/>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/team/users.py" line="243"/>
        <source>The two passphrases differ: type the same one twice.</source>
        <translation>Les deux phrases secrètes diffèrent&#xa0;: saisissez deux fois la même.</translation>
    </message>
</context>
<context>
    <name>AgendaPanel</name>
    <message>
        <location filename="../../dpo_workbench/ui/requests/agenda.py" line="32"/>
        <source>To deal with first</source>
        <translation>À traiter en priorité</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/requests/agenda.py" line="47"/>
        <source>Choose a request in the register to see its details and timeline.</source>
        <translation>Choisissez une demande dans le registre pour en afficher le détail et l’historique.</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/requests/agenda.py" line="63"/>
        <source>Overdue (%1)</source>
        <translation>En retard (%1)</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/requests/agenda.py" line="65"/>
        <source>Due today (%1)</source>
        <translation>Échéance aujourd’hui (%1)</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/requests/agenda.py" line="67"/>
        <source>Due within 7 days (%1)</source>
        <translation>Échéance sous 7 jours (%1)</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/requests/agenda.py" line="75"/>
        <source>None.</source>
        <translation>Aucune.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../dpo_workbench/ui/requests/agenda.py" line="91"/>
        <source>… and %n more: show them in the register</source>
        <translation>
            <numerusform>… et %n autre&#xa0;: l’afficher dans le registre</numerusform>
            <numerusform>… et %n autres&#xa0;: les afficher dans le registre</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AnnualReportDialog</name>
    <message>
        <location filename="../../dpo_workbench/ui/dashboard/exports.py" line="73"/>
        <source>Annual report</source>
        <translation>Bilan annuel</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/dashboard/exports.py" line="79"/>
        <source>French</source>
        <translation>Français</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/dashboard/exports.py" line="80"/>
        <source>English</source>
        <translation>Anglais</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/dashboard/exports.py" line="82"/>
        <source>The requests received in the year and the breaches known in it, as they stand today: figures and charts, no personal data.</source>
        <translation>Les demandes reçues dans l’année et les violations connues dans l’année, telles qu’elles se présentent aujourd’hui&#xa0;: chiffres et graphiques, sans donnée personnelle.</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/dashboard/exports.py" line="87"/>
        <source>Year</source>
        <translation>Année</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/dashboard/exports.py" line="88"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../dpo_workbench/ui/app.py" line="37"/>
        <location filename="../../dpo_workbench/ui/app.py" line="123"/>
        <location filename="../../dpo_workbench/ui/app.py" line="128"/>
        <location filename="../../dpo_workbench/ui/app.py" line="229"/>
        <source>DPO Workbench</source>
        <translation>DPO Workbench</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/app.py" line="38"/>
        <source>Something went wrong; what you saved is safe. The details are in the log file of the data folder.</source>
        <translation>Une erreur inattendue s&apos;est produite&#xa0;; vos enregistrements sont préservés. Le détail figure dans le fichier journal du dossier de données.</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/app.py" line="129"/>
        <source>The passphrase was wrong three times. DPO Workbench closes; nothing was changed.</source>
        <translation>La phrase secrète a été saisie trois fois de manière incorrecte. DPO Workbench se ferme&#xa0;; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/app.py" line="147"/>
        <source>Working with a team on a shared register? File › Connect to a team database…</source>
        <translation>Vous travaillez en équipe sur un registre partagé&#xa0;? Fichier › Se connecter à une base d’équipe…</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/app.py" line="230"/>
        <source>A long task is running; try again once it is finished.</source>
        <translation>Une tâche longue est en cours&#xa0;; réessayez quand elle sera terminée.</translation>
    </message>
</context>
<context>
    <name>AskDepartmentsDialog</name>
    <message>
        <location filename="../../dpo_workbench/ui/requests/task_dialogs.py" line="173"/>
        <source>Ask the departments</source>
        <translation>Interroger les services</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/requests/task_dialogs.py" line="176"/>
        <source>Each department owning a processing linked to the request is asked for what the rights invoked require, with a due date before the request&apos;s. You then send it the e-mail (or save it as a draft) from the request&apos;s Processings section.</source>
        <translation>Chaque service responsable d’un traitement lié à la demande est sollicité pour ce qu’exigent les droits invoqués, avec une échéance antérieure à celle de la demande. Vous lui envoyez ensuite le courriel (ou l’enregistrez comme brouillon) depuis l’onglet Traitements de la demande.</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/requests/task_dialogs.py" line="189"/>
        <source>No department owns %1: set one in the register to ask it.</source>
        <translation>Aucun service n’est responsable de %1&#xa0;: indiquez-en un dans le registre pour l’interroger.</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/requests/task_dialogs.py" line="201"/>
        <source>Language of the e-mails</source>
        <translation>Langue des courriels</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/requests/task_dialogs.py" line="206"/>
        <source>Ask</source>
        <translation>Interroger</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/requests/task_dialogs.py" line="221"/>
        <source>Tick at least one department.</source>
        <translation>Cochez au moins un service.</translation>
    </message>
</context>
<context>
    <name>BackupController</name>
    <message>
        <location filename="../../dpo_workbench/ui/backups/controller.py" line="63"/>
        <source>Back up now…</source>
        <translation>Sauvegarder maintenant…</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/backups/controller.py" line="65"/>
        <source>Restore…</source>
        <translation>Restaurer…</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/backups/controller.py" line="67"/>
        <source>Verify a backup…</source>
        <translation>Vérifier une sauvegarde…</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/backups/controller.py" line="69"/>
        <source>Recovery key…</source>
        <translation>Clé de récupération…</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/backups/controller.py" line="113"/>
        <location filename="../../dpo_workbench/ui/backups/controller.py" line="141"/>
        <source>Automatic backup failed</source>
        <translation>Échec de la sauvegarde automatique</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/backups/controller.py" line="123"/>
        <source>Backing up…</source>
        <translation>Sauvegarde en cours…</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/backups/controller.py" line="126"/>
        <source>Backing up… %1%</source>
        <translation>Sauvegarde en cours… %1 %</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/backups/controller.py" line="135"/>
        <source>Daily backup made: %1</source>
        <translation>Sauvegarde du jour faite&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/backups/controller.py" line="146"/>
        <source>Daily backup</source>
        <translation>Sauvegarde du jour</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/backups/controller.py" line="147"/>
        <source>The daily backup could not be made.</source>
        <translation>La sauvegarde du jour n’a pas pu être faite.</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/backups/controller.py" line="158"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/backups/controller.py" line="177"/>
        <source>A backup or another long task is running; try again once it is finished.</source>
        <translation>Une sauvegarde ou une autre tâche longue est en cours&#xa0;; réessayez quand elle sera terminée.</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/backups/controller.py" line="202"/>
        <location filename="../../dpo_workbench/ui/backups/controller.py" line="217"/>
        <source>Back up now</source>
        <translation>Sauvegarder maintenant</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/backups/controller.py" line="203"/>
        <source>Backing up the data folder…</source>
        <translation>Sauvegarde du dossier de données…</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/backups/controller.py" line="208"/>
        <source>The backup %1 (%2) was written to %3.</source>
        <translation>La sauvegarde %1 (%2) a été écrite dans %3.</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/backups/controller.py" line="210"/>
        <source>It opens with this data folder&apos;s keys and with its recovery key.</source>
        <translation>Elle s’ouvre avec les clés de ce dossier de données et avec sa clé de récupération.</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/backups/controller.py" line="212"/>
        <source>It opens with this data folder&apos;s keys only: create a recovery key (File › Recovery key…) so that it can be restored if the keys are lost.</source>
        <translation>Elle ne s’ouvre qu’avec les clés de ce dossier de données&#xa0;: créez une clé de récupération (Fichier › Clé de récupération…) pour pouvoir la restaurer si les clés sont perdues.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../dpo_workbench/ui/backups/controller.py" line="215"/>
        <source>%n document file(s) were already missing from the vault; the backup holds everything else.</source>
        <translation>
            <numerusform>%n fichier de document manquait déjà dans le coffre&#xa0;; la sauvegarde contient tout le reste.</numerusform>
            <numerusform>%n fichiers de documents manquaient déjà dans le coffre&#xa0;; la sauvegarde contient tout le reste.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/backups/controller.py" line="222"/>
        <source>Stopped. Nothing was written or deleted.</source>
        <translation>Arrêté. Rien n’a été écrit ni supprimé.</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/backups/controller.py" line="226"/>
        <source>The work stopped on an unexpected error; nothing was deleted. The details are in the log.</source>
        <translation>Le travail s’est arrêté sur une erreur inattendue&#xa0;; rien n’a été supprimé. Les détails sont dans le journal technique.</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/backups/controller.py" line="238"/>
        <source>DPO Workbench backups (*.dpobak);;All files (*)</source>
        <translation>Sauvegardes DPO Workbench (*.dpobak);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/backups/controller.py" line="242"/>
        <location filename="../../dpo_workbench/ui/backups/controller.py" line="248"/>
        <source>Verify a backup</source>
        <translation>Vérifier une sauvegarde</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/backups/controller.py" line="263"/>
        <source>Verifying the backup: a test restore…</source>
        <translation>Vérification de la sauvegarde&#xa0;: restauration d’essai…</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/backups/controller.py" line="288"/>
        <source>The backup made on %1 was restored into %2.</source>
        <translation>La sauvegarde du %1 a été restaurée dans %2.</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/backups/controller.py" line="293"/>
        <source>Its database was upgraded from version %1.</source>
        <translation>Sa base de données a été mise à niveau depuis la version %1.</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/backups/controller.py" line="295"/>
        <source>The register it replaced was backed up first: %1</source>
        <translation>Le registre remplacé a d’abord été sauvegardé&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/backups/controller.py" line="298"/>
        <source>The recovery key that opens it: the one made on %1 (identifier %2).</source>
        <translation>La clé de récupération qui l’ouvre&#xa0;: celle créée le %1 (identifiant %2).</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/backups/controller.py" line="302"/>
        <source>It has no recovery key: make one (File › Recovery key…).</source>
        <translation>Il n’a pas de clé de récupération&#xa0;: créez-en une (Fichier › Clé de récupération…).</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/backups/controller.py" line="303"/>
        <source>DPO Workbench starts again on the restored register.</source>
        <translation>DPO Workbench redémarre sur le registre restauré.</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/backups/controller.py" line="304"/>
        <source>Restore</source>
        <translation>Restauration</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/backups/controller.py" line="308"/>
        <source>requests</source>
        <translation>demandes</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/backups/controller.py" line="308"/>
        <source>documents</source>
        <translation>documents</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/backups/controller.py" line="308"/>
        <source>breaches</source>
        <translation>violations</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/backups/controller.py" line="309"/>
        <source>e-mails imported</source>
        <translation>courriels importés</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/backups/controller.py" line="309"/>
        <source>journal entries</source>
        <translation>entrées du journal</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <location filename="../../dpo_workbench/ui/backups/status.py" line="25"/>
        <source>today %1</source>
        <translation>aujourd’hui %1</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/backups/status.py" line="27"/>
        <source>yesterday %1</source>
        <translation>hier %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../dpo_workbench/ui/backups/status.py" line="28"/>
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>il y a %n jour</numerusform>
            <numerusform>il y a %n jours</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/backups/status.py" line="34"/>
        <source>Backup folder unreachable</source>
        <translation>Dossier de sauvegarde inaccessible</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/backups/status.py" line="37"/>
        <source>No backup yet</source>
        <translation>Aucune sauvegarde</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/backups/status.py" line="38"/>
        <source>No complete backup of this data folder is in %1. Use File › Back up now…</source>
        <translation>Aucune sauvegarde complète de ce dossier de données dans %1. Utilisez Fichier › Sauvegarder maintenant…</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/backups/status.py" line="41"/>
        <source>Last backup: %1</source>
        <translation>Dernière sauvegarde&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/backups/status.py" line="43"/>
        <source>Last complete backup: %1, in %2. A backup is made each day the application is open; the rotation keeps 7 daily, 4 weekly and 12 monthly ones.</source>
        <translation>Dernière sauvegarde complète&#xa0;: %1, dans %2. Une sauvegarde est faite chaque jour où l’application est ouverte&#xa0;; la rotation en garde 7 quotidiennes, 4 hebdomadaires et 12 mensuelles.</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/backups/status.py" line="48"/>
        <source>It is more than a week old: make one now (File › Back up now…).</source>
        <translation>Elle a plus d’une semaine&#xa0;: faites-en une maintenant (Fichier › Sauvegarder maintenant…).</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/backups/status.py" line="51"/>
        <source>no recovery key</source>
        <translation>pas de clé de récupération</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/backups/status.py" line="53"/>
        <source>Without a recovery key, losing the keyring entry or the passphrase loses the data: File › Recovery key…</source>
        <translation>Sans clé de récupération, perdre l’entrée du trousseau ou la phrase secrète fait perdre les données&#xa0;: Fichier › Clé de récupération…</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/backups/status.py" line="68"/>
        <source>Backups…</source>
        <translation>Sauvegardes…</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/backups/verify.py" line="76"/>
        <source>The keys of this data folder do not open %1: it was made by another data folder, or before the master key was replaced. Type the recovery key that was in force when it was made (on its recovery sheet).</source>
        <translation>Les clés de ce dossier de données n’ouvrent pas %1&#xa0;: elle a été faite par un autre dossier de données, ou avant le remplacement de la clé maîtresse. Tapez la clé de récupération en vigueur quand elle a été faite (sur sa feuille de récupération).</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/backups/verify.py" line="85"/>
        <source>Requests</source>
        <translation>Demandes</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/backups/verify.py" line="86"/>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/backups/verify.py" line="87"/>
        <source>Breaches</source>
        <translation>Violations</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/backups/verify.py" line="88"/>
        <source>E-mails imported</source>
        <translation>Courriels importés</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/backups/verify.py" line="89"/>
        <source>Timeline events</source>
        <translation>Événements de l’historique</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/backups/verify.py" line="90"/>
        <source>Journal entries</source>
        <translation>Entrées du journal</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/backups/verify.py" line="96"/>
        <source>Made on %1 by DPO Workbench %2 (database version %3).</source>
        <translation>Faite le %1 par DPO Workbench %2 (version de la base de données %3).</translation>
    </message>
    <message numerus="yes">
        <location filename="../../dpo_workbench/ui/backups/verify.py" line="99"/>
        <source>%n document file(s) decrypted and authenticated.</source>
        <translation>
            <numerusform>%n fichier de document déchiffré et authentifié.</numerusform>
            <numerusform>%n fichiers de documents déchiffrés et authentifiés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../dpo_workbench/ui/backups/verify.py" line="102"/>
        <source>Journal: %n entries, hash chain intact.</source>
        <translation>
            <numerusform>Journal&#xa0;: %n entrée, chaîne de hachage intacte.</numerusform>
            <numerusform>Journal&#xa0;: %n entrées, chaîne de hachage intacte.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/backups/verify.py" line="105"/>
        <source>Journal: broken at entry %1.</source>
        <translation>Journal&#xa0;: rompu à l’entrée %1.</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/backups/verify.py" line="108"/>
        <source>The test restore upgraded its database from version %1, as a restore will.</source>
        <translation>La restauration d’essai a mis sa base de données à niveau depuis la version %1, comme le fera une restauration.</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/backups/verify.py" line="112"/>
        <source>Document %1 does not decrypt.</source>
        <translation>Le document %1 ne se déchiffre pas.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../dpo_workbench/ui/backups/verify.py" line="114"/>
        <source>%n document file(s) were already missing from the vault when it was made.</source>
        <translation>
            <numerusform>%n fichier de document manquait déjà dans le coffre quand elle a été faite.</numerusform>
            <numerusform>%n fichiers de documents manquaient déjà dans le coffre quand elle a été faite.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/backups/verify.py" line="118"/>
        <source>Its database does not hold the numbers of rows its manifest records.</source>
        <translation>Sa base de données ne contient pas les nombres de lignes qu’indique son manifeste.</translation>
    </message>
</context>
<context>
    <name>BreachAlertCard</name>
    <message>
        <location filename="../../dpo_workbench/ui/breaches/tab.py" line="46"/>
        <source>Breach %1
%2</source>
        <translation>Violation %1
%2</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/breaches/tab.py" line="47"/>
        <source>The open breach nearest its 72-hour limit to notify the CNIL</source>
        <translation>La violation ouverte la plus proche de sa limite de 72 heures pour notifier la CNIL</translation>
    </message>
</context>
<context>
    <name>BreachEditor</name>
    <message>
        <location filename="../../dpo_workbench/ui/breaches/editor.py" line="99"/>
        <source>DD/MM/YYYY HH:MM (Paris time), or ISO with an offset</source>
        <translation>JJ/MM/AAAA HH:MM (heure de Paris), ou ISO avec le décalage</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/breaches/editor.py" line="102"/>
        <source>What happened</source>
        <translation>Ce qui s&apos;est passé</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/breaches/editor.py" line="103"/>
        <source>Aware since</source>
        <translation>Connue depuis le</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/breaches/editor.py" line="115"/>
        <location filename="../../dpo_workbench/ui/breaches/editor.py" line="388"/>
        <source>Severity and decision</source>
        <translation>Gravité et décision</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/breaches/editor.py" line="117"/>
        <source>CNIL notifications</source>
        <translation>Notifications à la CNIL</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/breaches/editor.py" line="119"/>
        <source>Drafts and letters</source>
        <translation>Projets et courriers</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/breaches/editor.py" line="128"/>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/breaches/editor.py" line="129"/>
        <source>Save the record (Ctrl+S)</source>
        <translation>Enregistrer la fiche (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/breaches/editor.py" line="131"/>
        <location filename="../../dpo_workbench/ui/breaches/editor.py" line="346"/>
        <source>Close the breach</source>
        <translation>Clôturer la violation</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/breaches/editor.py" line="176"/>
        <source>Needed when the notification comes after the 72 hours (Art. 33(1)).</source>
        <translation>Obligatoire lorsque la notification intervient après 72 heures (art. 33(1)).</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/breaches/editor.py" line="201"/>
        <source>Your decision (Art. 33(5): the register keeps its reasoning)</source>
        <translation>Votre décision (art. 33(5) : le registre en garde la justification)</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/breaches/editor.py" line="212"/>
        <source>Why notify or not, why inform the people or not</source>
        <translation>Pourquoi notifier ou non, pourquoi informer les personnes ou non</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/breaches/editor.py" line="215"/>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/breaches/editor.py" line="216"/>
        <source>Reasoning</source>
        <translation>Justification</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/breaches/editor.py" line="226"/>
        <source>Sent at</source>
        <translation>Envoyée le</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/breaches/editor.py" line="226"/>
        <location filename="../../dpo_workbench/ui/breaches/editor.py" line="254"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/breaches/editor.py" line="226"/>
        <source>CNIL reference</source>
        <translation>Référence CNIL</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/breaches/editor.py" line="226"/>
        <source>Recorded by</source>
        <translation>Enregistrée par</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/breaches/editor.py" line="230"/>
        <source>Record a notification sent…</source>
        <translation>Enregistrer une notification envoyée…</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/breaches/editor.py" line="232"/>
        <source>Notifications sent to the CNIL (Art. 33(4): possibly in phases)</source>
        <translation>Notifications envoyées à la CNIL (art. 33(4) : éventuellement en plusieurs fois)</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/breaches/editor.py" line="243"/>
        <source>CNIL notification draft</source>
        <translation>Projet de notification à la CNIL</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/breaches/editor.py" line="248"/>
        <location filename="../../dpo_workbench/ui/breaches/editor.py" line="265"/>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/breaches/editor.py" line="250"/>
        <location filename="../../dpo_workbench/ui/breaches/editor.py" line="267"/>
        <source>Save as PDF…</source>
        <translation>Enregistrer en PDF…</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/breaches/editor.py" line="259"/>
        <source>Communication to the people concerned (Art. 34)</source>
        <translation>Information des personnes concernées (art. 34)</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/breaches/editor.py" line="262"/>
        <source>French</source>
        <translation>Français</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/breaches/editor.py" line="263"/>
        <source>English</source>
        <translation>Anglais</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/breaches/editor.py" line="264"/>
        <source>Public notice instead (Art. 34(3)(c): disproportionate effort)</source>
        <translation>Communication publique à la place (art. 34(3)(c) : efforts disproportionnés)</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/breaches/editor.py" line="270"/>
        <source>Optional: the person this copy is for</source>
        <translation>Facultatif&#xa0;: la personne à qui cet exemplaire est adressé</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/breaches/editor.py" line="274"/>
        <source>Their postal address (empty: the window says “To the people concerned”)</source>
        <translation>Son adresse postale (vide&#xa0;: la fenêtre porte «&#xa0;Aux personnes concernées&#xa0;»)</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/breaches/editor.py" line="281"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/breaches/editor.py" line="286"/>
        <source>Addressee</source>
        <translation>Destinataire</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/breaches/editor.py" line="290"/>
        <source>The wording of the letters is in editable templates; the record&apos;s sections fill them (what happened, consequences, measures, what the people can do, DPO contact). What the record does not say is not written: the letter names it and cannot be saved until it is recorded.</source>
        <translation>Le texte des courriers est dans des modèles modifiables&#xa0;; les sections du dossier les remplissent (ce qui s’est passé, conséquences, mesures, ce que les personnes peuvent faire, contact du DPO). Ce que le dossier ne dit pas n’est pas écrit&#xa0;: le courrier le signale et ne peut pas être enregistré tant que ce n’est pas renseigné.</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/breaches/editor.py" line="322"/>
        <source>No breach selected</source>
        <translation>Aucune violation choisie</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/breaches/editor.py" line="328"/>
        <source>From the organisation profile: %1</source>
        <translation>Repris du profil de l&apos;organisme : %1</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/breaches/editor.py" line="346"/>
        <source>Reopen the breach</source>
        <translation>Rouvrir la violation</translation>
    </message>
    <message numerus="yes">
        <location filename="../../dpo_workbench/ui/breaches/editor.py" line="373"/>
        <source>%n mandatory field(s) to fill</source>
        <translation>
            <numerusform>%n champ obligatoire à remplir</numerusform>
            <numerusform>%n champs obligatoires à remplir</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../dpo_workbench/ui/breaches/editor.py" line="378"/>
        <source>%n mandatory field(s) still empty: the draft flags them in red and lists them on its last page.</source>
        <translation>
            <numerusform>%n champ obligatoire encore vide : le projet le signale en rouge et le reprend en dernière page.</numerusform>
            <numerusform>%n champs obligatoires encore vides : le projet les signale en rouge et les reprend en dernière page.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/breaches/editor.py" line="382"/>
        <source>Every mandatory field is filled.</source>
        <translation>Tous les champs obligatoires sont remplis.</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/breaches/editor.py" line="389"/>
        <source>place of writing (Organisation profile…)</source>
        <translation>lieu d’écriture (Profil de l’organisation…)</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/breaches/editor.py" line="403"/>
        <source>The letter cannot be saved until these are recorded: %1.</source>
        <translation>Le courrier ne peut pas être enregistré tant que ces éléments ne sont pas renseignés&#xa0;: %1.</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/breaches/editor.py" line="419"/>
        <source>72-hour limit: %1</source>
        <translation>Limite des 72 heures : %1</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/breaches/editor.py" line="488"/>
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/breaches/editor.py" line="496"/>
        <source>Nothing was saved. Reload shows their version in place of what you typed here; Not now keeps your text on screen, unsaved, to copy from.</source>
        <translation>Rien n’a été enregistré. « Recharger » affiche leur version à la place de ce que vous avez saisi ici ; « Pas maintenant » garde votre texte à l’écran, non enregistré, pour le recopier.</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/breaches/editor.py" line="551"/>
        <source>CNIL notification draft — %1</source>
        <translation>Projet de notification CNIL — %1</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/breaches/editor.py" line="575"/>
        <source>Communication to the people — %1</source>
        <translation>Information des personnes — %1</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/breaches/editor.py" line="578"/>
        <source>Save as PDF</source>
        <translation>Enregistrer en PDF</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/breaches/editor.py" line="578"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/breaches/editor.py" line="583"/>
        <source>Cannot save</source>
        <translation>Enregistrement impossible</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/breaches/editor.py" line="585"/>
        <source>Saved as %1.</source>
        <translation>Enregistré sous %1.</translation>
    </message>
</context>
<context>
    <name>BreachModel</name>
    <message>
        <location filename="../../dpo_workbench/ui/breaches/model.py" line="189"/>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/breaches/model.py" line="189"/>
        <source>Aware</source>
        <translation>Connue le</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/breaches/model.py" line="189"/>
        <source>72-hour limit</source>
        <translation>Limite des 72 h</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/breaches/model.py" line="189"/>
        <source>What happened</source>
        <translation>Ce qui s&apos;est passé</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/breaches/model.py" line="190"/>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/breaches/model.py" line="190"/>
        <source>Notified</source>
        <translation>Notifiée</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/breaches/model.py" line="190"/>
        <source>People informed</source>
        <translation>Personnes informées</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/breaches/model.py" line="190"/>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/breaches/model.py" line="122"/>
        <location filename="../../dpo_workbench/ui/breaches/model.py" line="237"/>
        <source>not assessed</source>
        <translation>non évaluée</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/breaches/model.py" line="242"/>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/breaches/model.py" line="123"/>
        <location filename="../../dpo_workbench/ui/breaches/model.py" line="243"/>
        <source>yes, %1</source>
        <translation>oui, %1</translation>
    </message>
</context>
<context>
    <name>BreachRegisterView</name>
    <message>
        <location filename="../../dpo_workbench/ui/breaches/register_view.py" line="47"/>
        <source>Open a breach…</source>
        <translation>Ouvrir une violation…</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/breaches/register_view.py" line="50"/>
        <source>Search reference or summary</source>
        <translation>Rechercher une référence ou un résumé</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/breaches/register_view.py" line="53"/>
        <source>Open and closed</source>
        <translation>Ouvertes et clôturées</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/breaches/register_view.py" line="54"/>
        <source>Open</source>
        <translation>Ouvertes</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/breaches/register_view.py" line="55"/>
        <source>Closed</source>
        <translation>Clôturées</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/breaches/register_view.py" line="57"/>
        <source>Any severity</source>
        <translation>Toute gravité</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/breaches/register_view.py" line="60"/>
        <source>Not assessed</source>
        <translation>Non évaluée</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/breaches/register_view.py" line="62"/>
        <source>Notified or not</source>
        <translation>Notifiées ou non</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/breaches/register_view.py" line="63"/>
        <source>Notified</source>
        <translation>Notifiées</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/breaches/register_view.py" line="64"/>
        <source>Not notified</source>
        <translation>Non notifiées</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/breaches/register_view.py" line="65"/>
        <source>Late (72 hours passed)</source>
        <translation>En retard (72 heures dépassées)</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/breaches/register_view.py" line="66"/>
        <source>Export CSV…</source>
        <translation>Exporter en CSV…</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/breaches/register_view.py" line="68"/>
        <source>Export PDF…</source>
        <translation>Exporter en PDF…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../dpo_workbench/ui/breaches/register_view.py" line="134"/>
        <location filename="../../dpo_workbench/ui/breaches/register_view.py" line="191"/>
        <location filename="../../dpo_workbench/ui/breaches/register_view.py" line="211"/>
        <source>%n breach(es)</source>
        <translation>
            <numerusform>%n violation</numerusform>
            <numerusform>%n violations</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/breaches/register_view.py" line="218"/>
        <source>Export the breach register</source>
        <translation>Exporter le registre des violations</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/breaches/register_view.py" line="226"/>
        <source>Cannot save</source>
        <translation>Enregistrement impossible</translation>
    </message>
</context>
<context>
    <name>Breaches</name>
    <message>
        <location filename="../../dpo_workbench/ui/breaches/model.py" line="44"/>
        <source>low</source>
        <translation>faible</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/breaches/model.py" line="45"/>
        <source>medium</source>
        <translation>moyenne</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/breaches/model.py" line="46"/>
        <source>high</source>
        <translation>élevée</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/breaches/model.py" line="47"/>
        <source>very high</source>
        <translation>très élevée</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/breaches/model.py" line="52"/>
        <source>Register only</source>
        <translation>Inscription au registre seulement</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/breaches/model.py" line="53"/>
        <source>Notify the CNIL</source>
        <translation>Notifier la CNIL</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/breaches/model.py" line="54"/>
        <source>Notify the CNIL and inform the people</source>
        <translation>Notifier la CNIL et informer les personnes</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/breaches/model.py" line="60"/>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/breaches/model.py" line="61"/>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/breaches/model.py" line="62"/>
        <source>not yet</source>
        <translation>pas encore</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/breaches/model.py" line="63"/>
        <source>Art. 34(3) exception</source>
        <translation>exception art. 34(3)</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/breaches/model.py" line="68"/>
        <source>open</source>
        <translation>ouverte</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/breaches/model.py" line="69"/>
        <location filename="../../dpo_workbench/ui/breaches/model.py" line="99"/>
        <source>closed</source>
        <translation>clôturée</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/breaches/model.py" line="74"/>
        <source>Initial</source>
        <translation>Initiale</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/breaches/model.py" line="75"/>
        <source>Complementary</source>
        <translation>Complémentaire</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/breaches/model.py" line="76"/>
        <source>Complete</source>
        <translation>Complète</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/breaches/model.py" line="89"/>
        <source>%1 h %2 min left</source>
        <translation>reste %1 h %2 min</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/breaches/model.py" line="91"/>
        <source>late by %1 h %2 min</source>
        <translation>en retard de %1 h %2 min</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/breaches/model.py" line="93"/>
        <source>notified in time</source>
        <translation>notifiée dans le délai</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/breaches/model.py" line="95"/>
        <source>notified %1 h %2 min late</source>
        <translation>notifiée avec %1 h %2 min de retard</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/breaches/model.py" line="98"/>
        <source>not to notify (decision recorded)</source>
        <translation>pas de notification (décision enregistrée)</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/breaches/tab.py" line="63"/>
        <location filename="../../dpo_workbench/ui/breaches/tab.py" line="87"/>
        <source>Breaches</source>
        <translation>Violations</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/breaches/tab.py" line="73"/>
        <source>Open a breach…</source>
        <translation>Ouvrir une violation…</translation>
    </message>
</context>
<context>
    <name>CaseFile</name>
    <message>
        <location filename="../../dpo_workbench/ui/requests/casefile.py" line="19"/>
        <source>Case file for an inquiry</source>
        <translation>Dossier pour un contrôle</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/requests/casefile.py" line="22"/>
        <source>Zip archive (*.zip)</source>
        <translation>Archive zip (*.zip)</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/requests/casefile.py" line="34"/>
        <source>The case file of %1 is saved in %2: its timeline (PDF), its letters, the record of the identity checks and its journal entries with how to verify them. The file is readable by you only; the export is recorded in the journal.</source>
        <translation>Le dossier de %1 est enregistré dans %2&#xa0;: sa chronologie (PDF), ses courriers, la trace des vérifications d’identité et ses entrées du journal avec la façon de les vérifier. Le fichier n’est lisible que par vous&#xa0;; l’export est inscrit au journal.</translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <location filename="../../dpo_workbench/ui/settings/unlock.py" line="302"/>
        <source>Change the passphrase</source>
        <translation>Changer la phrase secrète</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/settings/unlock.py" line="310"/>
        <source>Current passphrase</source>
        <translation>Phrase secrète actuelle</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/settings/unlock.py" line="311"/>
        <source>New passphrase</source>
        <translation>Nouvelle phrase secrète</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/settings/unlock.py" line="312"/>
        <source>Type it again</source>
        <translation>Saisissez-la à nouveau</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/settings/unlock.py" line="314"/>
        <source>The keys stay the same; only their protection changes. Keep the new passphrase in a safe place: without it the data cannot be read.</source>
        <translation>Les clés restent les mêmes&#xa0;; seule leur protection change. Gardez la nouvelle phrase secrète en lieu sûr&#xa0;: sans elle, les données sont illisibles.</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/settings/unlock.py" line="319"/>
        <source>Change</source>
        <translation>Changer</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/settings/unlock.py" line="333"/>
        <source>Type the current passphrase.</source>
        <translation>Saisissez la phrase secrète actuelle.</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/settings/unlock.py" line="340"/>
        <source>The two passphrases differ: type the same one twice.</source>
        <translation>Les deux phrases secrètes diffèrent&#xa0;: saisissez deux fois la même.</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/settings/unlock.py" line="346"/>
        <source>The current passphrase is wrong; nothing was changed.</source>
        <translation>La phrase secrète actuelle est incorrecte&#xa0;; rien n&apos;a été modifié.</translation>
    </message>
</context>
<context>
    <name>ChangeTeamPassphraseDialog</name>
    <message>
        <location filename="../../dpo_workbench/ui/team/users.py" line="264"/>
        <source>Change my passphrase</source>
        <translation>Changer ma phrase secrète</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/team/users.py" line="269"/>
        <source>Current passphrase</source>
        <translation>Phrase secrète actuelle</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/team/users.py" line="270"/>
        <source>New passphrase</source>
        <translation>Nouvelle phrase secrète</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/team/users.py" line="271"/>
        <source>Type it again</source>
        <translation>Saisissez-la à nouveau</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/team/users.py" line="272"/>
        <source>The passphrase of %1 on this team database. Nobody else knows it and nobody can read it back: keep it in a password manager.</source>
        <translation>La phrase secrète de %1 sur cette base d’équipe. Personne d’autre ne la connaît et personne ne peut la retrouver&#xa0;: gardez-la dans un gestionnaire de mots de passe.</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/team/users.py" line="277"/>
        <source>Change</source>
        <translation>Changer</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/team/users.py" line="294"/>
        <source>Type your current passphrase.</source>
        <translation>Saisissez votre phrase secrète actuelle.</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/team/users.py" line="301"/>
        <source>The two passphrases differ: type the same one twice.</source>
        <translation>Les deux phrases secrètes diffèrent&#xa0;: saisissez deux fois la même.</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/team/users.py" line="307"/>
        <source>The current passphrase is wrong; nothing was changed.</source>
        <translation>La phrase secrète actuelle est fausse&#xa0;; rien n’a été changé.</translation>
    </message>
</context>
<context>
    <name>CollabSection</name>
    <message>
        <location filename="../../dpo_workbench/ui/requests/collab.py" line="57"/>
        <source>No comment yet.</source>
        <translation>Aucun commentaire pour l’instant.</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/requests/collab.py" line="59"/>
        <source>Add a comment for the team (who did what, what is awaited…)</source>
        <translation>Ajouter un commentaire pour l’équipe (qui a fait quoi, ce qui est attendu…)</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/requests/collab.py" line="60"/>
        <source>Add a comment (what was done, what is awaited…)</source>
        <translation>Ajouter un commentaire (ce qui a été fait, ce qui est attendu…)</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/requests/collab.py" line="63"/>
        <source>Add the comment</source>
        <translation>Ajouter le commentaire</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/requests/collab.py" line="77"/>
        <location filename="../../dpo_workbench/ui/requests/collab.py" line="102"/>
        <source>Comments</source>
        <translation>Commentaires</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/requests/collab.py" line="83"/>
        <source>Assigned to</source>
        <translation>Attribuée à</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/requests/collab.py" line="86"/>
        <source>A dpo or a deputy assigns the requests.</source>
        <translation>Un DPO ou un adjoint attribue les demandes.</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/requests/collab.py" line="101"/>
        <source>Comments (%1)</source>
        <translation>Commentaires (%1)</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/requests/collab.py" line="110"/>
        <source>Nobody</source>
        <translation>Personne</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/requests/collab.py" line="114"/>
        <source>%1, removed</source>
        <translation>%1, retiré(e)</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/requests/collab.py" line="136"/>
        <source>Not possible</source>
        <translation>Impossible</translation>
    </message>
</context>
<context>
    <name>ConnectionDialog</name>
    <message>
        <location filename="../../dpo_workbench/ui/team/connect.py" line="52"/>
        <source>Connect to a team database</source>
        <translation>Se connecter à une base d’équipe</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/team/connect.py" line="55"/>
        <source>A team works on one register kept on a PostgreSQL server. Its administrator gives you these details; your own login and passphrase are asked next.</source>
        <translation>Une équipe travaille sur un seul registre, conservé sur un serveur PostgreSQL. Son administrateur vous donne ces informations&#xa0;; votre identifiant et votre phrase secrète sont demandés ensuite.</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/team/connect.py" line="60"/>
        <source>e.g. db.example.fr</source>
        <translation>p. ex. db.example.fr</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/team/connect.py" line="65"/>
        <source>e.g. register</source>
        <translation>p. ex. registre</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/team/connect.py" line="67"/>
        <source>e.g. dpo_app</source>
        <translation>p. ex. dpo_app</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/team/connect.py" line="71"/>
        <source>empty if the server asks for none</source>
        <translation>vide si le serveur n’en demande pas</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/team/connect.py" line="72"/>
        <source>Keep the password in this computer&apos;s keyring</source>
        <translation>Garder le mot de passe dans le trousseau de cet ordinateur</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/team/connect.py" line="76"/>
        <source>This computer has no safe keyring: the password is not kept, it is asked at each start.</source>
        <translation>Cet ordinateur n’a pas de trousseau sûr&#xa0;: le mot de passe n’est pas conservé, il est demandé à chaque démarrage.</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/team/connect.py" line="83"/>
        <source>Encrypted, the server&apos;s certificate checked (verify-full)</source>
        <translation>Chiffrée, certificat du serveur vérifié (verify-full)</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/team/connect.py" line="84"/>
        <source>Encrypted, the certificate not checked (require)</source>
        <translation>Chiffrée, certificat non vérifié (require)</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/team/connect.py" line="85"/>
        <source>Not encrypted (disable): only on this computer</source>
        <translation>Non chiffrée (disable)&#xa0;: seulement sur cet ordinateur</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/team/connect.py" line="88"/>
        <source>the authority&apos;s certificate (.pem, .crt)</source>
        <translation>le certificat de l’autorité (.pem, .crt)</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/team/connect.py" line="89"/>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/team/connect.py" line="101"/>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/team/connect.py" line="102"/>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/team/connect.py" line="103"/>
        <source>Database</source>
        <translation>Base de données</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/team/connect.py" line="104"/>
        <source>Server role</source>
        <translation>Rôle du serveur</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/team/connect.py" line="105"/>
        <source>The role the administrator created for the application (not your own login).</source>
        <translation>Le rôle que l’administrateur a créé pour l’application (pas votre propre identifiant).</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/team/connect.py" line="112"/>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/team/connect.py" line="115"/>
        <source>Encryption</source>
        <translation>Chiffrement</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/team/connect.py" line="116"/>
        <location filename="../../dpo_workbench/ui/team/connect.py" line="149"/>
        <source>Certificate authority</source>
        <translation>Autorité de certification</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/team/connect.py" line="118"/>
        <source>Test connection</source>
        <translation>Tester la connexion</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/team/connect.py" line="130"/>
        <source>Connect</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/team/connect.py" line="150"/>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Certificats (*.pem *.crt *.cer);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/team/connect.py" line="184"/>
        <source>Connecting to %1…</source>
        <translation>Connexion à %1…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../dpo_workbench/ui/team/connect.py" line="192"/>
        <source>Connected: %1 is a team register of this version, with %n active user(s).</source>
        <translation>
            <numerusform>Connecté&#xa0;: %1 est un registre d’équipe de cette version, avec %n utilisateur actif.</numerusform>
            <numerusform>Connecté&#xa0;: %1 est un registre d’équipe de cette version, avec %n utilisateurs actifs.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/team/connect.py" line="201"/>
        <source>The connection failed on an unexpected error (%1).</source>
        <translation>La connexion a échoué sur une erreur inattendue (%1).</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <location filename="../../dpo_workbench/ui/dashboard/charts.py" line="53"/>
        <source>Q%1 %2</source>
        <translation>T%1 %2</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/dashboard/charts.py" line="164"/>
        <source>Median (days)</source>
        <translation>Médiane (jours)</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/dashboard/charts.py" line="171"/>
        <source>On time (%)</source>
        <translation>Dans le délai (%)</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/dashboard/charts.py" line="185"/>
        <source>days</source>
        <translation>jours</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/dashboard/charts.py" line="196"/>
        <source>Extended</source>
        <translation>Prolongées</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/dashboard/charts.py" line="198"/>
        <source>Suspended (identity)</source>
        <translation>Suspendues (identité)</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/dashboard/charts.py" line="216"/>
        <source>Notified within 72 h</source>
        <translation>Notifiées en 72 h</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/dashboard/charts.py" line="219"/>
        <source>Notified late</source>
        <translation>Notifiées hors délai</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/dashboard/charts.py" line="222"/>
        <source>Not notified</source>
        <translation>Non notifiées</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/dashboard/charts.py" line="227"/>
        <source>Breaches per month</source>
        <translation>Violations par mois</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/dashboard/charts.py" line="229"/>
        <source>notified within 72 h: %1</source>
        <translation>notifiées en 72 h&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/dashboard/charts.py" line="277"/>
        <source>%1 %</source>
        <translation>%1&#xa0;%</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/dashboard/tab.py" line="39"/>
        <location filename="../../dpo_workbench/ui/dashboard/tab.py" line="60"/>
        <source>Dashboard</source>
        <translation>Tableau de bord</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/dashboard/tab.py" line="44"/>
        <source>Export the register (XLSX, CSV)…</source>
        <translation>Exporter le registre (XLSX, CSV)…</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/dashboard/tab.py" line="46"/>
        <source>Annual report (PDF)…</source>
        <translation>Bilan annuel (PDF)…</translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <location filename="../../dpo_workbench/ui/dashboard/view.py" line="83"/>
        <source>Last 12 months</source>
        <translation>12 derniers mois</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/dashboard/view.py" line="83"/>
        <source>This quarter</source>
        <translation>Ce trimestre</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/dashboard/view.py" line="83"/>
        <source>This year</source>
        <translation>Cette année</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/dashboard/view.py" line="84"/>
        <source>Last year</source>
        <translation>L’an dernier</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/dashboard/view.py" line="84"/>
        <source>Custom period</source>
        <translation>Période choisie</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/dashboard/view.py" line="94"/>
        <source>All rights</source>
        <translation>Tous les droits</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/dashboard/view.py" line="98"/>
        <source>All channels</source>
        <translation>Tous les canaux</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/dashboard/view.py" line="101"/>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/dashboard/view.py" line="104"/>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/dashboard/view.py" line="119"/>
        <source>open</source>
        <translation>en cours</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/dashboard/view.py" line="120"/>
        <source>overdue</source>
        <translation>en retard</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/dashboard/view.py" line="121"/>
        <source>due within 7 days</source>
        <translation>échéance sous 7 jours</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/dashboard/view.py" line="122"/>
        <source>awaiting identity</source>
        <translation>en attente d’identité</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/dashboard/view.py" line="123"/>
        <source>received in the period</source>
        <translation>reçues sur la période</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/dashboard/view.py" line="124"/>
        <source>answered on time</source>
        <translation>répondues dans le délai</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/dashboard/view.py" line="125"/>
        <source>median answer time</source>
        <translation>délai médian de réponse</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/dashboard/view.py" line="138"/>
        <source>Click a request to open it in the register.</source>
        <translation>Cliquez sur une demande pour l’ouvrir dans le registre.</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/dashboard/view.py" line="150"/>
        <source>Requests received per month, by right</source>
        <translation>Demandes reçues par mois, par droit</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/dashboard/view.py" line="151"/>
        <source>Answer times per quarter</source>
        <translation>Délais de réponse par trimestre</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/dashboard/view.py" line="152"/>
        <source>Breaches per month</source>
        <translation>Violations par mois</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/dashboard/view.py" line="153"/>
        <source>Extensions and suspensions per quarter</source>
        <translation>Prolongations et suspensions par trimestre</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/dashboard/view.py" line="154"/>
        <source>Channels</source>
        <translation>Canaux</translation>
    </message>
    <message numerus="yes">
        <location filename="../../dpo_workbench/ui/dashboard/view.py" line="244"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n jour</numerusform>
            <numerusform>%n jours</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/dashboard/view.py" line="247"/>
        <source>%1 to %2; received requests, as they stand today</source>
        <translation>du %1 au %2&#xa0;; demandes reçues, telles qu’elles sont aujourd’hui</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/dashboard/view.py" line="250"/>
        <source>Due today (%1)</source>
        <translation>À traiter aujourd’hui (%1)</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/dashboard/view.py" line="258"/>
        <source>Nothing is due today.</source>
        <translation>Aucune échéance aujourd’hui.</translation>
    </message>
</context>
<context>
    <name>DepartmentBox</name>
    <message>
        <location filename="../../dpo_workbench/ui/requests/task_dialogs.py" line="121"/>
        <source>no e-mail address: you will write to it yourself</source>
        <translation>pas d’adresse électronique&#xa0;: vous lui écrirez vous-même</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/requests/task_dialogs.py" line="124"/>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/requests/task_dialogs.py" line="127"/>
        <source>Processings</source>
        <translation>Traitements</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/requests/task_dialogs.py" line="137"/>
        <source>Asked</source>
        <translation>Demandé</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/requests/task_dialogs.py" line="145"/>
        <source>the request is due on %1</source>
        <translation>la demande est due le %1</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/requests/task_dialogs.py" line="148"/>
        <source>Answer by</source>
        <translation>Réponse avant le</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/requests/task_dialogs.py" line="150"/>
        <source>What helps the department find the person (customer number, account…) or what to rectify; added to the e-mail</source>
        <translation>Ce qui aide le service à retrouver la personne (numéro client, compte…) ou ce qu’il faut rectifier&#xa0;; ajouté au courriel</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/requests/task_dialogs.py" line="154"/>
        <source>Details</source>
        <translation>Précisions</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/requests/task_dialogs.py" line="156"/>
        <source>Already asked: its answer is awaited (send a reminder instead).</source>
        <translation>Déjà sollicité&#xa0;: sa réponse est attendue (envoyez plutôt une relance).</translation>
    </message>
</context>
<context>
    <name>DepartmentsDialog</name>
    <message>
        <location filename="../../dpo_workbench/ui/register/dialogs.py" line="50"/>
        <source>Departments</source>
        <translation>Services</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/register/dialogs.py" line="54"/>
        <source>Department</source>
        <translation>Service</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/register/dialogs.py" line="54"/>
        <location filename="../../dpo_workbench/ui/register/dialogs.py" line="70"/>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/register/dialogs.py" line="54"/>
        <location filename="../../dpo_workbench/ui/register/dialogs.py" line="71"/>
        <source>Contact e-mail</source>
        <translation>Courriel du contact</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/register/dialogs.py" line="55"/>
        <source>Processings</source>
        <translation>Traitements</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/register/dialogs.py" line="67"/>
        <source>e.g. marketing@example.fr</source>
        <translation>par exemple marketing@example.fr</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/register/dialogs.py" line="69"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/register/dialogs.py" line="72"/>
        <source>New department</source>
        <translation>Nouveau service</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/register/dialogs.py" line="74"/>
        <source>Save the department</source>
        <translation>Enregistrer le service</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/register/dialogs.py" line="76"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/register/dialogs.py" line="83"/>
        <source>The contact of a department answers the DPO&apos;s requests for the data its processings hold. Contacts are personal data: seeing and exporting them is recorded in the journal.</source>
        <translation>Le contact d’un service répond aux demandes du DPO sur les données de ses traitements. Les contacts sont des données personnelles&#xa0;: leur consultation et leur export sont consignés dans le journal.</translation>
    </message>
</context>
<context>
    <name>DocumentViewer</name>
    <message>
        <location filename="../../dpo_workbench/ui/widgets/document_viewer.py" line="169"/>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/widgets/document_viewer.py" line="179"/>
        <source>◀ Previous page</source>
        <translation>◀ Page précédente</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/widgets/document_viewer.py" line="179"/>
        <source>Previous page (Page Up)</source>
        <translation>Page précédente (Page préc.)</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/widgets/document_viewer.py" line="180"/>
        <source>Next page ▶</source>
        <translation>Page suivante ▶</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/widgets/document_viewer.py" line="180"/>
        <source>Next page (Page Down)</source>
        <translation>Page suivante (Page suiv.)</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/widgets/document_viewer.py" line="181"/>
        <source>Zoom out</source>
        <translation>Réduire</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/widgets/document_viewer.py" line="181"/>
        <source>Zoom out (Ctrl+-)</source>
        <translation>Réduire (Ctrl+-)</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/widgets/document_viewer.py" line="182"/>
        <source>Zoom in</source>
        <translation>Agrandir</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/widgets/document_viewer.py" line="182"/>
        <source>Zoom in (Ctrl++)</source>
        <translation>Agrandir (Ctrl++)</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/widgets/document_viewer.py" line="183"/>
        <source>Whole page</source>
        <translation>Page entière</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/widgets/document_viewer.py" line="183"/>
        <source>Show the whole page (Ctrl+0)</source>
        <translation>Afficher la page entière (Ctrl+0)</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/widgets/document_viewer.py" line="184"/>
        <source>Rotate left</source>
        <translation>Pivoter à gauche</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/widgets/document_viewer.py" line="184"/>
        <source>Turn the page a quarter to the left</source>
        <translation>Tourner la page d&apos;un quart de tour vers la gauche</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/widgets/document_viewer.py" line="186"/>
        <source>Rotate right</source>
        <translation>Pivoter à droite</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/widgets/document_viewer.py" line="186"/>
        <source>Turn the page a quarter to the right</source>
        <translation>Tourner la page d&apos;un quart de tour vers la droite</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/widgets/document_viewer.py" line="204"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/widgets/document_viewer.py" line="236"/>
        <source>This type of file cannot be shown here.</source>
        <translation>Ce type de fichier ne peut pas être affiché ici.</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/widgets/document_viewer.py" line="260"/>
        <source>This PDF cannot be shown: it is damaged or uses features the viewer does not support.</source>
        <translation>Ce PDF ne peut pas être affiché&#xa0;: il est endommagé ou utilise des fonctions que la visionneuse ne prend pas en charge.</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/widgets/document_viewer.py" line="292"/>
        <source>Page %1 of this image cannot be shown: it is damaged or uses a compression the viewer does not support.</source>
        <translation>La page %1 de cette image ne peut pas être affichée&#xa0;: elle est endommagée ou utilise une compression que la visionneuse ne prend pas en charge.</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/widgets/document_viewer.py" line="356"/>
        <source>Page %1 of %2</source>
        <translation>Page %1 sur %2</translation>
    </message>
</context>
<context>
    <name>Documents</name>
    <message>
        <location filename="../../dpo_workbench/ui/requests/documents.py" line="97"/>
        <location filename="../../dpo_workbench/ui/requests/documents.py" line="102"/>
        <source>Cannot show the document</source>
        <translation>Impossible d&apos;afficher le document</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/requests/documents.py" line="99"/>
        <source>The problem is recorded in the journal.</source>
        <translation>Le problème est consigné dans le journal.</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/requests/documents.py" line="106"/>
        <source>Document %1</source>
        <translation>Document %1</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/requests/identity.py" line="48"/>
        <source>ID copy</source>
        <translation>Pièce d&apos;identité</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/requests/identity.py" line="49"/>
        <source>Letter</source>
        <translation>Courrier</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/requests/identity.py" line="50"/>
        <source>E-mail</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/requests/identity.py" line="51"/>
        <source>Reply sent</source>
        <translation>Réponse envoyée</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/requests/identity.py" line="52"/>
        <source>Attachment</source>
        <translation>Pièce jointe</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/requests/identity.py" line="53"/>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/requests/identity.py" line="59"/>
        <source>Copy of an ID document</source>
        <translation>Copie d&apos;une pièce d&apos;identité</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/requests/identity.py" line="60"/>
        <source>Customer account (signed in)</source>
        <translation>Compte client (connecté)</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/requests/identity.py" line="61"/>
        <source>Other means</source>
        <translation>Autre moyen</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/requests/identity.py" line="67"/>
        <source>Verified</source>
        <translation>Vérifiée</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/requests/identity.py" line="68"/>
        <source>Doubt: more information needed</source>
        <translation>Doute (informations complémentaires nécessaires)</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/requests/identity.py" line="69"/>
        <source>Refused</source>
        <translation>Refusée</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/requests/identity.py" line="76"/>
        <source>Identity card</source>
        <translation>Carte nationale d&apos;identité</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/requests/identity.py" line="77"/>
        <source>Passport</source>
        <translation>Passeport</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/requests/identity.py" line="78"/>
        <source>Residence permit</source>
        <translation>Titre de séjour</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/requests/identity.py" line="79"/>
        <source>Driving licence</source>
        <translation>Permis de conduire</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/requests/identity.py" line="241"/>
        <source>No identity check recorded yet.</source>
        <translation>Aucune vérification d&apos;identité enregistrée.</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/requests/identity.py" line="252"/>
        <source>%1: %2 — %3 — checked by %4</source>
        <translation>%1&#xa0;: %2 — %3 — vérification effectuée par %4</translation>
    </message>
</context>
<context>
    <name>DocumentsSection</name>
    <message>
        <location filename="../../dpo_workbench/ui/requests/documents.py" line="140"/>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/requests/documents.py" line="140"/>
        <source>Kind</source>
        <translation>Nature</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/requests/documents.py" line="140"/>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/requests/documents.py" line="160"/>
        <source>Drop scans here, or use Attach… (JPEG, PNG, TIFF or PDF, up to 50 MB).</source>
        <translation>Déposez les numérisations ici, ou utilisez Joindre… (JPEG, PNG, TIFF ou PDF, 50&#xa0;Mo au plus).</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/requests/documents.py" line="167"/>
        <source>Attach…</source>
        <translation>Joindre…</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/requests/documents.py" line="168"/>
        <source>View</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/requests/documents.py" line="170"/>
        <location filename="../../dpo_workbench/ui/requests/documents.py" line="311"/>
        <location filename="../../dpo_workbench/ui/requests/documents.py" line="433"/>
        <source>Mark as ID copy</source>
        <translation>Marquer comme pièce d&apos;identité</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/requests/documents.py" line="169"/>
        <source>Destroy…</source>
        <translation>Détruire…</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/requests/documents.py" line="178"/>
        <source>Identity checks</source>
        <translation>Vérifications d&apos;identité</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/requests/documents.py" line="180"/>
        <source>Record identity check…</source>
        <translation>Enregistrer une vérification…</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/requests/documents.py" line="230"/>
        <source>%1 — added on %2 by %3</source>
        <translation>%1 — ajouté le %2 par %3</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/requests/documents.py" line="267"/>
        <source>Document %1</source>
        <translation>Document %1</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/requests/documents.py" line="277"/>
        <source>Destroyed on %1</source>
        <translation>Détruit le %1</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/requests/documents.py" line="279"/>
        <source>Damaged or altered</source>
        <translation>Endommagé ou modifié</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/requests/documents.py" line="281"/>
        <source>To be destroyed on %1</source>
        <translation>À détruire le %1</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/requests/documents.py" line="283"/>
        <source>Kept until identity is verified</source>
        <translation>Conservée jusqu&apos;à la vérification</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/requests/documents.py" line="284"/>
        <source>Kept</source>
        <translation>Conservé</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/requests/documents.py" line="310"/>
        <source>Not an ID copy</source>
        <translation>Pas une pièce d&apos;identité</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/requests/documents.py" line="320"/>
        <source>Attach scanned documents</source>
        <translation>Joindre des documents numérisés</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/requests/documents.py" line="321"/>
        <source>Scans (%1);;All files (*)</source>
        <translation>Numérisations (%1);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/requests/documents.py" line="346"/>
        <source>Document not attached</source>
        <translation>Document non joint</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/requests/documents.py" line="346"/>
        <source>Documents not attached</source>
        <translation>Documents non joints</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/requests/documents.py" line="347"/>
        <source>Nothing was stored for the file(s) above.</source>
        <translation>Rien n&apos;a été enregistré pour ces fichiers.</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/requests/documents.py" line="427"/>
        <source>Identity is already verified for this request, and ID copies are not kept after verification (Settings): this copy will be destroyed at once. Mark it as an ID copy and destroy it?</source>
        <translation>L&apos;identité est déjà vérifiée pour cette demande et les copies de pièce d&apos;identité ne sont pas conservées après vérification (Paramètres)&#xa0;: cette copie sera détruite aussitôt. La marquer comme copie de pièce d&apos;identité et la détruire&#xa0;?</translation>
    </message>
    <message numerus="yes">
        <location filename="../../dpo_workbench/ui/requests/documents.py" line="431"/>
        <source>Identity is already verified for this request: this copy will be destroyed after the grace period of %n day(s). Mark it as an ID copy?</source>
        <translation>
            <numerusform>L&apos;identité est déjà vérifiée pour cette demande&#xa0;: cette copie sera détruite après le délai de grâce de %n jour. La marquer comme copie de pièce d&apos;identité&#xa0;?</numerusform>
            <numerusform>L&apos;identité est déjà vérifiée pour cette demande&#xa0;: cette copie sera détruite après le délai de grâce de %n jours. La marquer comme copie de pièce d&apos;identité&#xa0;?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/requests/documents.py" line="439"/>
        <source>Not possible</source>
        <translation>Impossible</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/requests/documents.py" line="450"/>
        <source>Destroy the document</source>
        <translation>Détruire le document</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/requests/documents.py" line="451"/>
        <source>Destroy this document now? Its key is erased and its file removed from the vault: it cannot be recovered. The timeline keeps a note that it was destroyed.</source>
        <translation>Détruire ce document maintenant&#xa0;? Sa clé est effacée et son fichier retiré du coffre&#xa0;: il ne pourra pas être récupéré. L&apos;historique garde la mention de sa destruction.</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/requests/documents.py" line="477"/>
        <source>Please note</source>
        <translation>À noter</translation>
    </message>
</context>
<context>
    <name>EditRequestDialog</name>
    <message>
        <location filename="../../dpo_workbench/ui/requests/edit_request.py" line="39"/>
        <source>Modify %1</source>
        <translation>Modifier %1</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/requests/edit_request.py" line="96"/>
        <source>Due date: %1 (unchanged).</source>
        <translation>Échéance&#xa0;: %1 (inchangée).</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/requests/edit_request.py" line="98"/>
        <source>New due date: %1 (it was %2).</source>
        <translation>Nouvelle échéance&#xa0;: %1 (au lieu du %2).</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/requests/edit_request.py" line="147"/>
        <source>Reloaded with %1&apos;s change: check what you typed, then save again.</source>
        <translation>Rechargée avec la modification de %1&#xa0;: vérifiez votre saisie, puis enregistrez de nouveau.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../dpo_workbench/ui/register/dialogs.py" line="257"/>
        <source>Export the register of processing activities</source>
        <translation>Exporter le registre des traitements</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/register/dialogs.py" line="260"/>
        <source>Excel workbook (.xlsx)</source>
        <translation>Classeur Excel (.xlsx)</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/register/dialogs.py" line="261"/>
        <source>OpenDocument spreadsheet (.ods, LibreOffice)</source>
        <translation>Classeur OpenDocument (.ods, LibreOffice)</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/register/dialogs.py" line="262"/>
        <source>CSV file (.csv)</source>
        <translation>Fichier CSV (.csv)</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/register/dialogs.py" line="264"/>
        <source>One row per processing</source>
        <translation>Une ligne par traitement</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/register/dialogs.py" line="265"/>
        <source>CNIL model: one sheet per processing</source>
        <translation>Modèle de la CNIL&#xa0;: une feuille par traitement</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/register/dialogs.py" line="268"/>
        <source>French</source>
        <translation>Français</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/register/dialogs.py" line="268"/>
        <source>English</source>
        <translation>Anglais</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/register/dialogs.py" line="269"/>
        <source>The file holds every field in French and in English, and the departments&apos; contacts: it is readable by you only and the export is recorded in the journal. It can be imported back as it is.</source>
        <translation>Le fichier contient chaque champ en français et en anglais, et les contacts des services&#xa0;: il n’est lisible que par vous et l’export est consigné dans le journal. Il peut être réimporté tel quel.</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/register/dialogs.py" line="275"/>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/register/dialogs.py" line="276"/>
        <source>Layout</source>
        <translation>Présentation</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/register/dialogs.py" line="277"/>
        <source>Register as of</source>
        <translation>Registre au</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/register/dialogs.py" line="278"/>
        <source>Headings in</source>
        <translation>En-têtes en</translation>
    </message>
</context>
<context>
    <name>Exporter</name>
    <message>
        <location filename="../../dpo_workbench/ui/dashboard/exports.py" line="131"/>
        <source>Export the register</source>
        <translation>Exporter le registre</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/dashboard/exports.py" line="144"/>
        <source>Register exported to %1 (readable by you only).</source>
        <translation>Registre exporté dans %1 (lisible par vous seul).</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/dashboard/exports.py" line="150"/>
        <source>Annual report</source>
        <translation>Bilan annuel</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/dashboard/exports.py" line="158"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/dashboard/exports.py" line="166"/>
        <source>Annual report saved as %1.</source>
        <translation>Bilan annuel enregistré dans %1.</translation>
    </message>
</context>
<context>
    <name>FieldWidget</name>
    <message>
        <location filename="../../dpo_workbench/ui/breaches/fields.py" line="94"/>
        <source>DD/MM/YYYY HH:MM (Paris time), or ISO with an offset</source>
        <translation>JJ/MM/AAAA HH:MM (heure de Paris), ou ISO avec le décalage</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/breaches/fields.py" line="96"/>
        <source>a whole number, e.g. 1200</source>
        <translation>un nombre entier, p. ex. 1200</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <location filename="../../dpo_workbench/ui/settings/unlock.py" line="116"/>
        <source>DPO Workbench — protect your data</source>
        <translation>DPO Workbench — protéger vos données</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/settings/unlock.py" line="119"/>
        <source>This is the first start with the data folder %1. Everything in it (the register, the journal, the ID copies) is encrypted.

There is no safe system keyring on this computer, so the encryption keys will be kept in the file %2, protected by a passphrase that you choose now. You will type it each time the application starts.

Without the passphrase nobody can read the data, not even the support: keep it in a safe place (a password manager, or a sealed envelope in a safe).</source>
        <translation>C&apos;est le premier démarrage avec le dossier de données %1. Tout ce qu&apos;il contient (le registre, le journal, les copies de pièces d&apos;identité) est chiffré.

Cet ordinateur n&apos;a pas de trousseau système sûr&#xa0;: les clés de chiffrement seront donc conservées dans le fichier %2, protégé par une phrase secrète que vous choisissez maintenant. Vous la saisirez à chaque démarrage de l&apos;application.

Sans la phrase secrète, personne ne peut lire les données, pas même le support&#xa0;: conservez-la en lieu sûr (un gestionnaire de mots de passe, ou une enveloppe scellée dans un coffre).</translation>
    </message>
    <message numerus="yes">
        <location filename="../../dpo_workbench/ui/settings/unlock.py" line="133"/>
        <source>At least %n characters.</source>
        <translation>
            <numerusform>Au moins %n caractère.</numerusform>
            <numerusform>Au moins %n caractères.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/settings/unlock.py" line="136"/>
        <source>Passphrase</source>
        <translation>Phrase secrète</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/settings/unlock.py" line="138"/>
        <source>Type it again</source>
        <translation>Saisissez-la à nouveau</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/settings/unlock.py" line="141"/>
        <source>Create the keys</source>
        <translation>Créer les clés</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/settings/unlock.py" line="142"/>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/settings/unlock.py" line="146"/>
        <source>Connect to a team database instead…</source>
        <translation>Me connecter plutôt à une base d’équipe…</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/settings/unlock.py" line="170"/>
        <source>The two passphrases differ: type the same one twice.</source>
        <translation>Les deux phrases secrètes diffèrent&#xa0;: saisissez deux fois la même.</translation>
    </message>
</context>
<context>
    <name>Grounds</name>
    <message>
        <location filename="../../dpo_workbench/ui/requests/action_dialog.py" line="30"/>
        <source>Manifestly unfounded or excessive (Art. 12(5))</source>
        <translation>Manifestement infondée ou excessive (art. 12(5))</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/requests/action_dialog.py" line="32"/>
        <source>Identity not established (Art. 11(2), 12(6))</source>
        <translation>Identité non établie (art. 11(2), 12(6))</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/requests/action_dialog.py" line="34"/>
        <source>An exception in the law (Art. 17(3), 21(1), 23…)</source>
        <translation>Exception prévue par la loi (art. 17(3), 21(1), 23…)</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/requests/action_dialog.py" line="36"/>
        <source>The rights and freedoms of others (Art. 15(4))</source>
        <translation>Droits et libertés d’autrui (art. 15(4))</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/requests/action_dialog.py" line="38"/>
        <location filename="../../dpo_workbench/ui/requests/action_dialog.py" line="46"/>
        <source>Another ground</source>
        <translation>Autre motif</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/requests/action_dialog.py" line="44"/>
        <source>Complexity of the request</source>
        <translation>Complexité de la demande</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/requests/action_dialog.py" line="45"/>
        <source>Number of requests</source>
        <translation>Nombre de demandes</translation>
    </message>
</context>
<context>
    <name>Guide</name>
    <message>
        <location filename="../../dpo_workbench/ui/help/guide.py" line="22"/>
        <source>User guide</source>
        <translation>Guide d’utilisation</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/help/guide.py" line="23"/>
        <source>Legal rules</source>
        <translation>Règles juridiques</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/help/guide.py" line="24"/>
        <source>Letter templates</source>
        <translation>Modèles de courriers</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/help/guide.py" line="25"/>
        <source>Design notes</source>
        <translation>Notes de conception</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <location filename="../../dpo_workbench/ui/help/guide.py" line="49"/>
        <source>DPO Workbench — User guide</source>
        <translation>DPO Workbench — Guide d’utilisation</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/help/guide.py" line="72"/>
        <source>This document is not installed with the application.</source>
        <translation>Ce document n’est pas installé avec l’application.</translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <location filename="../../dpo_workbench/ui/register/history.py" line="33"/>
        <source>Each save is kept: choose a version to see what it changed. The register of a past date (File › Print the register as of…) prints each processing as it then was.</source>
        <translation>Chaque enregistrement est conservé&#xa0;: choisissez une version pour voir ce qu’elle a changé. Le registre d’une date passée (Fichier › Imprimer le registre à une date…) imprime chaque traitement tel qu’il était alors.</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/register/history.py" line="48"/>
        <source>created</source>
        <translation>création</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/register/history.py" line="48"/>
        <source>changed</source>
        <translation>modification</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/register/history.py" line="48"/>
        <source>imported</source>
        <translation>import</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/register/history.py" line="49"/>
        <source>ended</source>
        <translation>fin du traitement</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/register/history.py" line="49"/>
        <source>put back</source>
        <translation>remise au registre</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/register/history.py" line="50"/>
        <source>moved from the organisation profile</source>
        <translation>reprise du profil de l’organisme</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/register/history.py" line="61"/>
        <source>Version %1 — %2 — %3 — %4</source>
        <translation>Version %1 — %2 — %3 — %4</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/register/history.py" line="88"/>
        <source>No field changed in this version.</source>
        <translation>Aucun champ n’a changé dans cette version.</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/register/history.py" line="91"/>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/register/history.py" line="91"/>
        <source>Before</source>
        <translation>Avant</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/register/history.py" line="91"/>
        <source>After</source>
        <translation>Après</translation>
    </message>
</context>
<context>
    <name>IdentityCheckDialog</name>
    <message>
        <location filename="../../dpo_workbench/ui/requests/identity.py" line="94"/>
        <source>Record the identity check — %1</source>
        <translation>Enregistrer la vérification d&apos;identité — %1</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/requests/identity.py" line="98"/>
        <source>The check is recorded under this name (Settings → Your name).</source>
        <translation>La vérification est enregistrée sous ce nom (Paramètres → Votre nom).</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/requests/identity.py" line="114"/>
        <source>Choose or type the document shown</source>
        <translation>Choisissez ou saisissez le document présenté</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/requests/identity.py" line="122"/>
        <source>Optional: what was compared. Do not copy the document&apos;s number.</source>
        <translation>Facultatif&#xa0;: ce qui a été comparé. Ne recopiez pas le numéro du document.</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/requests/identity.py" line="131"/>
        <source>Checked by</source>
        <translation>Effectuée par</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/requests/identity.py" line="132"/>
        <source>Date of the check</source>
        <translation>Date de la vérification</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/requests/identity.py" line="133"/>
        <source>How</source>
        <translation>Moyen</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/requests/identity.py" line="134"/>
        <source>Document checked</source>
        <translation>Document vérifié</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/requests/identity.py" line="135"/>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/requests/identity.py" line="136"/>
        <source>Note</source>
        <translation>Remarque</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/requests/identity.py" line="190"/>
        <source>Identity is not verified yet: the ID copies are kept until a check is recorded as verified.</source>
        <translation>L&apos;identité n&apos;est pas encore vérifiée&#xa0;: les copies de pièce d&apos;identité sont conservées jusqu&apos;à l&apos;enregistrement d&apos;une vérification réussie.</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/requests/identity.py" line="196"/>
        <source>No ID copy is kept for this request: only this note of the check is recorded.</source>
        <translation>Aucune copie de pièce d&apos;identité n&apos;est conservée pour cette demande&#xa0;: seule cette mention de la vérification est enregistrée.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../dpo_workbench/ui/requests/identity.py" line="201"/>
        <source>Once saved, the ID copies of this request (%n) are destroyed at once; the timeline keeps only this note of the check.</source>
        <translation>
            <numerusform>Dès l&apos;enregistrement, la copie de pièce d&apos;identité de cette demande (%n) est détruite&#xa0;; l&apos;historique ne conserve que la mention de cette vérification.</numerusform>
            <numerusform>Dès l&apos;enregistrement, les copies de pièce d&apos;identité de cette demande (%n) sont détruites&#xa0;; l&apos;historique ne conserve que la mention de cette vérification.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../dpo_workbench/ui/requests/identity.py" line="205"/>
        <source>Once saved, the ID copies of this request (%n) are kept until %1 (grace period of the settings), then destroyed.</source>
        <translation>
            <numerusform>Après l&apos;enregistrement, la copie de pièce d&apos;identité de cette demande (%n) est conservée jusqu&apos;au %1 (délai fixé dans les paramètres), puis détruite.</numerusform>
            <numerusform>Après l&apos;enregistrement, les copies de pièce d&apos;identité de cette demande (%n) sont conservées jusqu&apos;au %1 (délai fixé dans les paramètres), puis détruites.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <location filename="../../dpo_workbench/ui/register/dialogs.py" line="173"/>
        <source>Import the register: preview</source>
        <translation>Importer le registre&#xa0;: aperçu</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/register/dialogs.py" line="175"/>
        <source>%1 (%2, %3): %4 to add, %5 to change, %6 unchanged.</source>
        <translation>%1 (%2, %3)&#xa0;: %4 à ajouter, %5 à modifier, %6 inchangé(s).</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/register/dialogs.py" line="177"/>
        <source>CNIL layout</source>
        <translation>modèle de la CNIL</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/register/dialogs.py" line="177"/>
        <source>one row per processing</source>
        <translation>une ligne par traitement</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/register/dialogs.py" line="183"/>
        <source>Processing or field</source>
        <translation>Traitement ou champ</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/register/dialogs.py" line="183"/>
        <source>In the register</source>
        <translation>Dans le registre</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/register/dialogs.py" line="183"/>
        <source>In the file</source>
        <translation>Dans le fichier</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/register/dialogs.py" line="189"/>
        <source>Processings of the register that the file does not hold are left as they are (%1). Nothing is imported until you press Import; then everything is, in one go.</source>
        <translation>Les traitements du registre absents du fichier restent tels quels (%1). Rien n’est importé avant d’appuyer sur Importer&#xa0;; tout l’est alors, en une seule fois.</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/register/dialogs.py" line="195"/>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/register/dialogs.py" line="219"/>
        <source>Departments (%1)</source>
        <translation>Services (%1)</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/register/dialogs.py" line="222"/>
        <source>New: %1</source>
        <translation>Nouveau&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/register/dialogs.py" line="225"/>
        <source>New contact: %1</source>
        <translation>Nouveau contact&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/register/dialogs.py" line="228"/>
        <source>To add (%1)</source>
        <translation>À ajouter (%1)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../dpo_workbench/ui/register/dialogs.py" line="232"/>
        <source>%n field(s) filled</source>
        <translation>
            <numerusform>%n champ rempli</numerusform>
            <numerusform>%n champs remplis</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/register/dialogs.py" line="235"/>
        <source>To change (%1)</source>
        <translation>À modifier (%1)</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/register/dialogs.py" line="247"/>
        <source>Unchanged (%1)</source>
        <translation>Inchangés (%1)</translation>
    </message>
</context>
<context>
    <name>ImportSummaryDialog</name>
    <message>
        <location filename="../../dpo_workbench/ui/intake/summary.py" line="43"/>
        <source>E-mail import</source>
        <translation>Import de courriels</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/intake/summary.py" line="43"/>
        <source>Fetched mail</source>
        <translation>Courrier relevé</translation>
    </message>
    <message numerus="yes">
        <location filename="../../dpo_workbench/ui/intake/summary.py" line="46"/>
        <source>%n message(s): created %1, follow-ups %2, duplicates %3, failed %4.</source>
        <translation>
            <numerusform>%n message&#xa0;: créées %1, suites %2, doublons %3, échecs %4.</numerusform>
            <numerusform>%n messages&#xa0;: créées %1, suites %2, doublons %3, échecs %4.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/intake/summary.py" line="51"/>
        <source>Import cancelled: %1 of %2 message(s) were handled; the others were not imported.</source>
        <translation>Import annulé&#xa0;: %1 message(s) sur %2 traité(s)&#xa0;; les autres n&apos;ont pas été importés.</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/intake/summary.py" line="58"/>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/intake/summary.py" line="58"/>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/intake/summary.py" line="58"/>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/intake/summary.py" line="59"/>
        <source>Request</source>
        <translation>Demande</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/intake/summary.py" line="59"/>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/intake/summary.py" line="78"/>
        <source>Open request</source>
        <translation>Ouvrir la demande</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/intake/summary.py" line="81"/>
        <source>Make it a new request</source>
        <translation>En faire une nouvelle demande</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/intake/summary.py" line="82"/>
        <source>This message came from a sender with an open request and was attached to it: make it a request of its own instead.</source>
        <translation>Ce message vient d&apos;un expéditeur qui a une demande ouverte et y a été rattaché&#xa0;: en faire plutôt une demande distincte.</translation>
    </message>
</context>
<context>
    <name>IncomingMessageBox</name>
    <message>
        <location filename="../../dpo_workbench/ui/requests/incoming.py" line="78"/>
        <source>From the message</source>
        <translation>D&apos;après le message</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/requests/incoming.py" line="80"/>
        <source>The message gives no name: the requester&apos;s name was made from the e-mail address. Check it.</source>
        <translation>Le message ne donne pas de nom&#xa0;: le nom du demandeur a été déduit de l&apos;adresse électronique. Vérifiez-le.</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/requests/incoming.py" line="104"/>
        <source>Confirm rights</source>
        <translation>Confirmer les droits</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/requests/incoming.py" line="147"/>
        <source>Highlighted: the words the suggested rights were found in.</source>
        <translation>Surlignés&#xa0;: les mots d&apos;où viennent les droits suggérés.</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/requests/incoming.py" line="148"/>
        <source>No right was recognised in the message: tick the right(s) it asks for.</source>
        <translation>Aucun droit n&apos;a été reconnu dans le message&#xa0;: cochez le ou les droits demandés.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../dpo_workbench/ui/requests/incoming.py" line="151"/>
        <source>%n attachment(s) of the message may be an ID copy: select it under Documents and use &apos;Mark as ID copy&apos;.</source>
        <translation>
            <numerusform>%n pièce jointe du message peut être une pièce d&apos;identité&#xa0;: sélectionnez-la dans les documents et utilisez «&#xa0;Marquer comme pièce d&apos;identité&#xa0;».</numerusform>
            <numerusform>%n pièces jointes du message peuvent être une pièce d&apos;identité&#xa0;: sélectionnez-en une dans les documents et utilisez «&#xa0;Marquer comme pièce d&apos;identité&#xa0;».</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/requests/incoming.py" line="158"/>
        <source>%1 (suggested)</source>
        <translation>%1 (suggéré)</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/requests/incoming.py" line="161"/>
        <source>Rights confirmed by the DPO.</source>
        <translation>Droits confirmés par le DPO.</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/requests/incoming.py" line="162"/>
        <source>Suggested from the message: confirm them or change them.</source>
        <translation>Suggérés d&apos;après le message&#xa0;: confirmez-les ou modifiez-les.</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/requests/incoming.py" line="176"/>
        <source>Tick at least one right invoked by the person.</source>
        <translation>Cochez au moins un droit invoqué par la personne.</translation>
    </message>
</context>
<context>
    <name>Intake</name>
    <message>
        <location filename="../../dpo_workbench/ui/intake/importing.py" line="58"/>
        <source>Created</source>
        <translation>Créée</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/intake/importing.py" line="59"/>
        <source>Follow-up</source>
        <translation>Suite</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/intake/importing.py" line="60"/>
        <source>Duplicate</source>
        <translation>Doublon</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/intake/importing.py" line="61"/>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/widgets/labels.py" line="111"/>
        <source>from the message&apos;s Date header</source>
        <translation>d&apos;après l&apos;en-tête Date du message</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/widgets/labels.py" line="112"/>
        <source>from the newest Received: header (the Date header is missing, unreadable or not believable)</source>
        <translation>d’après l’en-tête Received: le plus récent (l’en-tête Date manque, est illisible ou n’est pas vraisemblable)</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/widgets/labels.py" line="114"/>
        <source>from the file&apos;s modification time (no usable date in the message): check it</source>
        <translation>d&apos;après la date de modification du fichier (aucune date utilisable dans le message)&#xa0;: vérifiez-la</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/widgets/labels.py" line="116"/>
        <source>from the mail server&apos;s arrival time (no usable date in the message): check it</source>
        <translation>depuis l’heure d’arrivée sur le serveur de messagerie (pas de date utilisable dans le message)&#xa0;: à vérifier</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/widgets/labels.py" line="118"/>
        <source>the time of the import (no usable date anywhere): check it</source>
        <translation>l&apos;heure de l&apos;import (aucune date utilisable)&#xa0;: vérifiez-la</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/intake/importing.py" line="70"/>
        <source>Already imported: nothing was added.</source>
        <translation>Déjà importé&#xa0;: rien n&apos;a été ajouté.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../dpo_workbench/ui/intake/importing.py" line="74"/>
        <source>Attached to the sender&apos;s open request, with %n attachment(s).</source>
        <translation>
            <numerusform>Rattaché à la demande ouverte de l&apos;expéditeur, avec %n pièce jointe.</numerusform>
            <numerusform>Rattaché à la demande ouverte de l&apos;expéditeur, avec %n pièces jointes.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/intake/importing.py" line="77"/>
        <source>Rights suggested: %1. Language: %2.</source>
        <translation>Droits suggérés&#xa0;: %1. Langue&#xa0;: %2.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../dpo_workbench/ui/intake/importing.py" line="81"/>
        <source>%n attachment(s) kept.</source>
        <translation>
            <numerusform>%n pièce jointe conservée.</numerusform>
            <numerusform>%n pièces jointes conservées.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/intake/importing.py" line="84"/>
        <source>Received time taken %1.</source>
        <translation>Heure de réception prise %1.</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/intake/importing.py" line="86"/>
        <source>No name in the message: the name was made from the address; check it.</source>
        <translation>Pas de nom dans le message&#xa0;: le nom a été déduit de l&apos;adresse&#xa0;; vérifiez-le.</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/intake/importing.py" line="91"/>
        <source>Not kept as a document (it stays inside the stored message): %1</source>
        <translation>Non conservé comme document (il reste dans le message enregistré)&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/requests/incoming.py" line="62"/>
        <source>… (the whole message is in the documents)</source>
        <translation>… (le message complet est dans les documents)</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/intake/postal.py" line="37"/>
        <source>Letter</source>
        <translation>Courrier</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/intake/postal.py" line="38"/>
        <source>Envelope</source>
        <translation>Enveloppe</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/intake/postal.py" line="39"/>
        <source>ID copy</source>
        <translation>Pièce d&apos;identité</translation>
    </message>
</context>
<context>
    <name>IntakeController</name>
    <message>
        <location filename="../../dpo_workbench/ui/intake/controller.py" line="50"/>
        <source>Import e-mail…</source>
        <translation>Importer des courriels…</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/intake/controller.py" line="51"/>
        <source>Import .eml, .msg or mbox files as requests (or drop them on the window)</source>
        <translation>Importer des fichiers .eml, .msg ou mbox comme demandes (ou les déposer sur la fenêtre)</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/intake/controller.py" line="54"/>
        <source>Import a folder…</source>
        <translation>Importer un dossier…</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/intake/controller.py" line="56"/>
        <source>New postal request…</source>
        <translation>Nouvelle demande postale…</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/intake/controller.py" line="60"/>
        <source>Mail accounts…</source>
        <translation>Comptes de messagerie…</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/intake/controller.py" line="63"/>
        <source>&amp;Intake</source>
        <translation>&amp;Réception</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/intake/controller.py" line="106"/>
        <source>Import e-mails</source>
        <translation>Importer des courriels</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/intake/controller.py" line="107"/>
        <source>E-mails (%1);;All files (*)</source>
        <translation>Courriels (%1);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/intake/controller.py" line="112"/>
        <source>Import every e-mail of a folder</source>
        <translation>Importer tous les courriels d&apos;un dossier</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/intake/controller.py" line="123"/>
        <source>Importing e-mails…</source>
        <translation>Import des courriels…</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/intake/controller.py" line="123"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/intake/controller.py" line="124"/>
        <location filename="../../dpo_workbench/ui/intake/controller.py" line="172"/>
        <source>E-mail import</source>
        <translation>Import de courriels</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/intake/controller.py" line="140"/>
        <source>Importing e-mails… %1 of %2</source>
        <translation>Import des courriels… %1 sur %2</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/intake/controller.py" line="173"/>
        <source>The import stopped on an unexpected error; the messages imported before it are kept. The problem is in the log.</source>
        <translation>L&apos;import s&apos;est arrêté sur une erreur inattendue&#xa0;; les messages importés avant elle sont conservés. Le problème est dans le journal technique.</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/intake/controller.py" line="190"/>
        <source>Request %1 logged.</source>
        <translation>Demande %1 enregistrée.</translation>
    </message>
</context>
<context>
    <name>Keys</name>
    <message>
        <location filename="../../dpo_workbench/ui/settings/unlock.py" line="51"/>
        <source>Key file protected by a passphrase</source>
        <translation>Fichier de clés protégé par une phrase secrète</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/settings/unlock.py" line="52"/>
        <source>System keyring (%1)</source>
        <translation>Trousseau système (%1)</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/settings/unlock.py" line="57"/>
        <source>No safe system keyring was found on this computer, so the encryption keys are kept in the file %1, protected by your passphrase. Without the passphrase the data cannot be read.</source>
        <translation>Aucun trousseau système sûr n&apos;a été trouvé sur cet ordinateur&#xa0;: les clés de chiffrement sont conservées dans le fichier %1, protégé par votre phrase secrète. Sans la phrase secrète, les données sont illisibles.</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/settings/unlock.py" line="61"/>
        <source>The encryption keys are kept in the system keyring (%1) of this user account, under the name dpo-workbench. Without that keyring entry the data folder cannot be read.</source>
        <translation>Les clés de chiffrement sont conservées dans le trousseau système (%1) de ce compte utilisateur, sous le nom dpo-workbench. Sans cette entrée du trousseau, le dossier de données est illisible.</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/settings/unlock.py" line="70"/>
        <source>Type a passphrase.</source>
        <translation>Saisissez une phrase secrète.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../dpo_workbench/ui/settings/unlock.py" line="72"/>
        <source>Too short: use at least %n characters (a few unrelated words are easy to remember and hard to guess).</source>
        <translation>
            <numerusform>Trop courte&#xa0;: utilisez au moins %n caractère (quelques mots sans rapport entre eux sont faciles à retenir et difficiles à deviner).</numerusform>
            <numerusform>Trop courte&#xa0;: utilisez au moins %n caractères (quelques mots sans rapport entre eux sont faciles à retenir et difficiles à deviner).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/settings/unlock.py" line="101"/>
        <source>Show the passphrase</source>
        <translation>Afficher la phrase secrète</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/settings/unlock.py" line="262"/>
        <source>Your data is encrypted</source>
        <translation>Vos données sont chiffrées</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/settings/unlock.py" line="263"/>
        <source>This is the first start with the data folder %1. A new encryption key was created for it.</source>
        <translation>C&apos;est le premier démarrage avec le dossier de données %1. Une nouvelle clé de chiffrement a été créée pour lui.</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/settings/unlock.py" line="367"/>
        <source>Rotating the master key…</source>
        <translation>Renouvellement de la clé maîtresse…</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/settings/unlock.py" line="368"/>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/settings/unlock.py" line="369"/>
        <location filename="../../dpo_workbench/ui/settings/unlock.py" line="406"/>
        <location filename="../../dpo_workbench/ui/settings/unlock.py" line="412"/>
        <location filename="../../dpo_workbench/ui/settings/unlock.py" line="417"/>
        <location filename="../../dpo_workbench/ui/settings/unlock.py" line="426"/>
        <source>Rotate the master key</source>
        <translation>Renouveler la clé maîtresse</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/settings/unlock.py" line="389"/>
        <source>Rotating the master key: %1 of %2 document keys re-wrapped.</source>
        <translation>Renouvellement de la clé maîtresse&#xa0;: %1 clés de document sur %2 rechiffrées.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../dpo_workbench/ui/settings/unlock.py" line="395"/>
        <source>The master key was replaced: %n document key(s) re-wrapped and the database re-encrypted. The old key was removed.</source>
        <translation>
            <numerusform>La clé maîtresse a été remplacée&#xa0;: %n clé de document rechiffrée et la base de données chiffrée à nouveau. L&apos;ancienne clé a été supprimée.</numerusform>
            <numerusform>La clé maîtresse a été remplacée&#xa0;: %n clés de document rechiffrées et la base de données chiffrée à nouveau. L&apos;ancienne clé a été supprimée.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/settings/unlock.py" line="399"/>
        <source>The recovery key still opens the data folder. Backups made before now open with the recovery key only: make a new backup (File › Back up now…).</source>
        <translation>La clé de récupération ouvre toujours le dossier de données. Les sauvegardes faites jusqu’ici ne s’ouvrent plus qu’avec la clé de récupération&#xa0;: faites une nouvelle sauvegarde (Fichier › Sauvegarder maintenant…).</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/settings/unlock.py" line="403"/>
        <source>Backups made before now no longer open with the keys of this folder: make a new backup now (File › Back up now…), and a recovery key (File › Recovery key…).</source>
        <translation>Les sauvegardes faites jusqu’ici ne s’ouvrent plus avec les clés de ce dossier&#xa0;: faites une nouvelle sauvegarde maintenant (Fichier › Sauvegarder maintenant…), et une clé de récupération (Fichier › Clé de récupération…).</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/settings/unlock.py" line="413"/>
        <source>The rotation was stopped. Nothing is lost: the old key is kept until the rotation is finished; start it again to finish it.</source>
        <translation>Le renouvellement a été arrêté. Rien n&apos;est perdu&#xa0;: l&apos;ancienne clé est gardée jusqu&apos;à la fin du renouvellement&#xa0;; relancez-le pour le terminer.</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/settings/unlock.py" line="418"/>
        <source>The rotation failed. Nothing is lost: the old key is kept until the rotation is finished; start it again to finish it.</source>
        <translation>Le renouvellement a échoué. Rien n&apos;est perdu&#xa0;: l&apos;ancienne clé est gardée jusqu&apos;à la fin du renouvellement&#xa0;; relancez-le pour le terminer.</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/settings/unlock.py" line="427"/>
        <source>Replace the master key with a new one? Every document key is re-wrapped under the new key and the database is re-encrypted; the documents themselves are not rewritten. With many documents this can take a while. If it is interrupted, nothing is lost and it is finished the next time you start it.</source>
        <translation>Remplacer la clé maîtresse par une nouvelle&#xa0;? Chaque clé de document est rechiffrée sous la nouvelle clé et la base de données est chiffrée à nouveau&#xa0;; les documents eux-mêmes ne sont pas réécrits. Avec beaucoup de documents, cela peut prendre un moment. En cas d&apos;interruption, rien n&apos;est perdu et l&apos;opération se termine la prochaine fois que vous la lancez.</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/settings/recovery_unlock.py" line="112"/>
        <source>Keys missing</source>
        <translation>Clés absentes</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/settings/recovery_unlock.py" line="113"/>
        <source>This data folder has a recovery key: open it with the recovery key now?</source>
        <translation>Ce dossier de données a une clé de récupération&#xa0;: l’ouvrir avec la clé de récupération maintenant&#xa0;?</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../dpo_workbench/ui/widgets/labels.py" line="21"/>
        <source>Access</source>
        <translation>Accès</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/widgets/labels.py" line="22"/>
        <source>Rectification</source>
        <translation>Rectification</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/widgets/labels.py" line="23"/>
        <source>Erasure</source>
        <translation>Effacement</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/widgets/labels.py" line="24"/>
        <source>Restriction</source>
        <translation>Limitation</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/widgets/labels.py" line="25"/>
        <source>Portability</source>
        <translation>Portabilité</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/widgets/labels.py" line="26"/>
        <source>Objection</source>
        <translation>Opposition</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/widgets/labels.py" line="27"/>
        <source>Automated decision</source>
        <translation>Décision automatisée</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/widgets/labels.py" line="28"/>
        <source>Post-mortem directives</source>
        <translation>Directives post mortem</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/widgets/labels.py" line="29"/>
        <source>Consent withdrawal</source>
        <translation>Retrait du consentement</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/widgets/labels.py" line="30"/>
        <location filename="../../dpo_workbench/ui/widgets/labels.py" line="65"/>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/widgets/labels.py" line="36"/>
        <source>Open</source>
        <translation>Ouverte</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/widgets/labels.py" line="37"/>
        <source>Awaiting identity</source>
        <translation>Justificatif demandé</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/widgets/labels.py" line="38"/>
        <source>Answered</source>
        <translation>Réponse envoyée</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/widgets/labels.py" line="39"/>
        <source>Closed</source>
        <translation>Clôturée</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/widgets/labels.py" line="40"/>
        <source>Withdrawn</source>
        <translation>Retirée</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/widgets/labels.py" line="46"/>
        <source>Post</source>
        <translation>Voie postale</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/widgets/labels.py" line="47"/>
        <source>E-mail</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/widgets/labels.py" line="48"/>
        <source>Web form</source>
        <translation>Formulaire web</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/widgets/labels.py" line="49"/>
        <source>In person</source>
        <translation>En personne</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/widgets/labels.py" line="55"/>
        <source>French</source>
        <translation>Français</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/widgets/labels.py" line="56"/>
        <source>English</source>
        <translation>Anglais</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/widgets/labels.py" line="62"/>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/widgets/labels.py" line="63"/>
        <source>Prospect</source>
        <translation>Prospect</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/widgets/labels.py" line="64"/>
        <source>Employee</source>
        <translation>Salarié</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/widgets/labels.py" line="71"/>
        <source>Granted</source>
        <translation>Accordée</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/widgets/labels.py" line="72"/>
        <source>Partly granted</source>
        <translation>Partiellement accordée</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/widgets/labels.py" line="73"/>
        <source>Refused</source>
        <translation>Refusée</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/widgets/labels.py" line="74"/>
        <source>No data held</source>
        <translation>Aucune donnée détenue</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/widgets/labels.py" line="99"/>
        <source>suspended</source>
        <translation>suspendu</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/widgets/labels.py" line="103"/>
        <source>due today</source>
        <translation>dernier jour</translation>
    </message>
    <message numerus="yes">
        <location filename="../../dpo_workbench/ui/widgets/labels.py" line="105"/>
        <source>%n day(s) late</source>
        <translation>
            <numerusform>%n j de retard</numerusform>
            <numerusform>%n j de retard</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../dpo_workbench/ui/widgets/labels.py" line="106"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n jour</numerusform>
            <numerusform>%n jours</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LetterBatchDialog</name>
    <message>
        <location filename="../../dpo_workbench/ui/letters/batch.py" line="53"/>
        <source>Letters for several requests</source>
        <translation>Courriers pour plusieurs demandes</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/letters/batch.py" line="74"/>
        <source>Letter</source>
        <translation>Courrier</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/letters/batch.py" line="75"/>
        <source>Requests</source>
        <translation>Demandes</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/letters/batch.py" line="76"/>
        <source>Each letter is written in its request&apos;s language from the organisation profile, and saved encrypted into its case file. A letter with a part to complete (e.g. the reasons of a refusal) is not saved: the request is listed at the end.</source>
        <translation>Chaque courrier est rédigé dans la langue de sa demande à partir du profil de l’organisation, puis enregistré chiffré dans son dossier. Un courrier qui comporte une partie à compléter (par exemple les motifs d’un refus) n’est pas enregistré&#xa0;: la demande est signalée à la fin.</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/letters/batch.py" line="91"/>
        <source>Export for sending…</source>
        <translation>Exporter pour l’envoi…</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/letters/batch.py" line="93"/>
        <source>Into a folder: an e-mail draft (.eml) for each request received by e-mail, the PDF to print for the others</source>
        <translation>Dans un dossier&#xa0;: un brouillon de courriel (.eml) pour chaque demande reçue par courriel, le PDF à imprimer pour les autres</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/letters/batch.py" line="97"/>
        <source>Write the letters</source>
        <translation>Rédiger les courriers</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/letters/batch.py" line="123"/>
        <source>Writing the letters…</source>
        <translation>Rédaction des courriers…</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/letters/batch.py" line="123"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message numerus="yes">
        <location filename="../../dpo_workbench/ui/letters/batch.py" line="162"/>
        <source>%n letter(s) saved in the case files.</source>
        <translation>
            <numerusform>%n courrier enregistré dans son dossier.</numerusform>
            <numerusform>%n courriers enregistrés dans leurs dossiers.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../dpo_workbench/ui/letters/batch.py" line="164"/>
        <source>%n request(s) skipped:</source>
        <translation>
            <numerusform>%n demande non traitée&#xa0;:</numerusform>
            <numerusform>%n demandes non traitées&#xa0;:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/letters/batch.py" line="166"/>
        <source>Cancelled: the letters written before stopping are kept.</source>
        <translation>Interrompu&#xa0;: les courriers rédigés avant l’arrêt sont conservés.</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/letters/batch.py" line="181"/>
        <source>Export the letters to</source>
        <translation>Exporter les courriers dans</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/letters/batch.py" line="198"/>
        <source>The export stopped: %1. The files written before are in the folder.</source>
        <translation>L’export s’est interrompu&#xa0;: %1. Les fichiers écrits avant sont dans le dossier.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../dpo_workbench/ui/letters/batch.py" line="202"/>
        <source>%n file(s) exported for sending.</source>
        <translation>
            <numerusform>%n fichier exporté pour l’envoi.</numerusform>
            <numerusform>%n fichiers exportés pour l’envoi.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/letters/batch.py" line="208"/>
        <source>The letters could not be written; those saved before the problem are kept. The details are in the log file of the data folder.</source>
        <translation>Les courriers n’ont pas pu être rédigés&#xa0;; ceux enregistrés avant l’incident sont conservés. Le détail figure dans le fichier journal du dossier de données.</translation>
    </message>
</context>
<context>
    <name>LetterDialog</name>
    <message>
        <location filename="../../dpo_workbench/ui/letters/dialog.py" line="148"/>
        <source>Letter for %1</source>
        <translation>Courrier pour %1</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/letters/dialog.py" line="194"/>
        <source>Save to the case file</source>
        <translation>Enregistrer dans le dossier</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/letters/dialog.py" line="195"/>
        <source>Encrypts the PDF into the request&apos;s documents and records it in the timeline</source>
        <translation>Chiffre le PDF dans les documents de la demande et l’inscrit dans l’historique</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/letters/dialog.py" line="198"/>
        <source>E-mail draft (.eml)…</source>
        <translation>Brouillon de courriel (.eml)…</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/letters/dialog.py" line="199"/>
        <source>A message ready to send, with the letter attached: the answer goes back by e-mail, the channel the request came by</source>
        <translation>Un message prêt à envoyer, le courrier en pièce jointe&#xa0;: la réponse part par courriel, la voie par laquelle la demande est arrivée</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/letters/dialog.py" line="202"/>
        <source>Send…</source>
        <translation>Envoyer…</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/letters/dialog.py" line="203"/>
        <source>Send the saved letter to the requester now, by e-mail</source>
        <translation>Envoyer maintenant la lettre enregistrée au demandeur, par e-mail</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/letters/dialog.py" line="206"/>
        <location filename="../../dpo_workbench/ui/letters/dialog.py" line="411"/>
        <source>Export the PDF…</source>
        <translation>Exporter le PDF…</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/letters/dialog.py" line="207"/>
        <source>A copy of the saved letter, to print or send; the export is recorded in the journal</source>
        <translation>Une copie du courrier enregistré, à imprimer ou envoyer&#xa0;; l’export est inscrit au journal</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/letters/dialog.py" line="210"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/letters/dialog.py" line="226"/>
        <source>Letter</source>
        <translation>Courrier</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/letters/dialog.py" line="227"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/letters/dialog.py" line="236"/>
        <source>Free parts of the letter</source>
        <translation>Parties rédactionnelles du courrier</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/letters/dialog.py" line="315"/>
        <source>Choose a suggestion or type your own</source>
        <translation>Choisissez une proposition ou rédigez la vôtre</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/letters/dialog.py" line="330"/>
        <source>Insert a suggestion…</source>
        <translation>Insérer une proposition…</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/letters/dialog.py" line="344"/>
        <source>This letter has no free part: it is written from the request and the organisation profile.</source>
        <translation>Ce courrier n’a pas de partie à rédiger&#xa0;: il est établi à partir de la demande et du profil de l’organisation.</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/letters/dialog.py" line="391"/>
        <source>The preview cannot be shown.</source>
        <translation>L’aperçu ne peut pas être affiché.</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/letters/dialog.py" line="400"/>
        <source>To complete before saving: %1</source>
        <translation>À compléter avant l’enregistrement&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/letters/dialog.py" line="410"/>
        <source>Export the letter and its files…</source>
        <translation>Exporter le courrier et ses fichiers…</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/letters/dialog.py" line="413"/>
        <source>Save the letter to the case file first</source>
        <translation>Enregistrez d’abord le courrier dans le dossier</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/letters/dialog.py" line="426"/>
        <source>The letter cannot be saved yet: complete %1.</source>
        <translation>Le courrier ne peut pas encore être enregistré&#xa0;: complétez %1.</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/letters/dialog.py" line="435"/>
        <source>Saved in the case file (encrypted) and recorded in the timeline.</source>
        <translation>Enregistré (chiffré) dans le dossier et inscrit dans l’historique.</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/letters/dialog.py" line="449"/>
        <source>Save the e-mail draft</source>
        <translation>Enregistrer le brouillon de courriel</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/letters/dialog.py" line="450"/>
        <source>E-mail (*.eml)</source>
        <translation>Courriel (*.eml)</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/letters/dialog.py" line="457"/>
        <source>E-mail draft</source>
        <translation>Brouillon de courriel</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/letters/dialog.py" line="459"/>
        <source>E-mail draft saved: open it in your mail program, check it and send it.</source>
        <translation>Brouillon enregistré&#xa0;: ouvrez-le dans votre messagerie, relisez-le et envoyez-le.</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/letters/dialog.py" line="468"/>
        <source>Sent by e-mail to %1; the message as sent is kept in the case file.</source>
        <translation>Envoyée par e-mail à %1&#xa0;; le message tel qu’envoyé est conservé dans le dossier.</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/letters/dialog.py" line="486"/>
        <location filename="../../dpo_workbench/ui/letters/dialog.py" line="494"/>
        <location filename="../../dpo_workbench/ui/letters/dialog.py" line="514"/>
        <source>Export the letter</source>
        <translation>Exporter le courrier</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/letters/dialog.py" line="487"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/letters/dialog.py" line="496"/>
        <source>PDF exported; the export is recorded in the journal.</source>
        <translation>PDF exporté&#xa0;; l’export est inscrit au journal.</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/letters/dialog.py" line="505"/>
        <source>Export the letter and its files to</source>
        <translation>Exporter le courrier et ses fichiers dans</translation>
    </message>
    <message numerus="yes">
        <location filename="../../dpo_workbench/ui/letters/dialog.py" line="516"/>
        <source>%n file(s) exported; the export is recorded in the journal.</source>
        <translation>
            <numerusform>%n fichier exporté&#xa0;; l’export est inscrit au journal.</numerusform>
            <numerusform>%n fichiers exportés&#xa0;; l’export est inscrit au journal.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LetterSender</name>
    <message>
        <location filename="../../dpo_workbench/ui/letters/send.py" line="44"/>
        <source>Send this letter by e-mail to %1 with the account %2?</source>
        <translation>Envoyer cette lettre par e-mail à %1 avec le compte %2&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/letters/send.py" line="47"/>
        <source>It was already sent on %1.</source>
        <translation>Elle a déjà été envoyée le %1.</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/letters/send.py" line="49"/>
        <location filename="../../dpo_workbench/ui/letters/send.py" line="54"/>
        <source>Send by e-mail</source>
        <translation>Envoyer par e-mail</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/letters/send.py" line="52"/>
        <source>Sending…</source>
        <translation>Envoi…</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/letters/send.py" line="74"/>
        <source>Not sent: %1</source>
        <translation>Non envoyée&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/letters/send.py" line="75"/>
        <source>The letter stays saved in the case file: send it again, or as an e-mail draft (.eml).</source>
        <translation>La lettre reste enregistrée dans le dossier&#xa0;: renvoyez-la, ou passez par un brouillon de courriel (.eml).</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/letters/send.py" line="77"/>
        <source>Not sent: an unexpected error; the problem is in the log.</source>
        <translation>Non envoyée&#xa0;: erreur inattendue&#xa0;; le problème est dans le journal technique.</translation>
    </message>
</context>
<context>
    <name>Letters</name>
    <message>
        <location filename="../../dpo_workbench/ui/letters/kinds.py" line="16"/>
        <source>Acknowledgement of receipt</source>
        <translation>Accusé de réception</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/letters/kinds.py" line="17"/>
        <source>Request for identity information</source>
        <translation>Demande de justificatif d’identité</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/letters/kinds.py" line="18"/>
        <source>Extension notice</source>
        <translation>Notification de prolongation</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/letters/kinds.py" line="19"/>
        <source>Access reply (Art. 15)</source>
        <translation>Réponse à une demande d’accès (art. 15)</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/letters/kinds.py" line="20"/>
        <source>Rectification done</source>
        <translation>Rectification effectuée</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/letters/kinds.py" line="21"/>
        <source>Erasure done</source>
        <translation>Effacement effectué</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/letters/kinds.py" line="22"/>
        <source>Erasure refused (Art. 17(3))</source>
        <translation>Refus d’effacement (art. 17.3)</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/letters/kinds.py" line="23"/>
        <source>Answer to a restriction request</source>
        <translation>Réponse à une demande de limitation</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/letters/kinds.py" line="24"/>
        <source>Answer to an objection</source>
        <translation>Réponse à une opposition</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/letters/kinds.py" line="25"/>
        <source>Post-mortem directives registered</source>
        <translation>Directives post mortem enregistrées</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/letters/kinds.py" line="26"/>
        <source>Portability reply (JSON and CSV files)</source>
        <translation>Réponse à une demande de portabilité (fichiers JSON et CSV)</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/letters/kinds.py" line="27"/>
        <source>Refusal or partial refusal (Art. 12(4))</source>
        <translation>Refus total ou partiel (art. 12.4)</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/letters/kinds.py" line="28"/>
        <source>We hold no data about you</source>
        <translation>Aucune donnée détenue</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/letters/kinds.py" line="29"/>
        <source>Answer to each right (one section per right)</source>
        <translation>Réponse sur chacun des droits (une section par droit)</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/letters/kinds.py" line="37"/>
        <source>Answer written in full</source>
        <translation>Réponse rédigée entièrement</translation>
    </message>
</context>
<context>
    <name>LiveRefresh</name>
    <message>
        <location filename="../../dpo_workbench/ui/team/live.py" line="92"/>
        <source>%1 changed the register.</source>
        <translation>%1 a modifié le registre.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../dpo_workbench/ui/team/live.py" line="96"/>
        <source>%1 and %n other(s)</source>
        <translation>
            <numerusform>%1 et %n autre</numerusform>
            <numerusform>%1 et %n autres</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/team/live.py" line="97"/>
        <source>%1 changed %2.</source>
        <translation>%1 a modifié %2.</translation>
    </message>
</context>
<context>
    <name>Mail</name>
    <message>
        <location filename="../../dpo_workbench/ui/settings/mail_accounts.py" line="40"/>
        <source>SSL/TLS</source>
        <translation>SSL/TLS</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/settings/mail_accounts.py" line="41"/>
        <source>STARTTLS</source>
        <translation>STARTTLS</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/settings/mail_accounts.py" line="42"/>
        <source>None (this computer only)</source>
        <translation>Aucune (cet ordinateur seulement)</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/settings/mail_accounts.py" line="52"/>
        <source>Receiving (IMAP)</source>
        <translation>Réception (IMAP)</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/settings/mail_accounts.py" line="53"/>
        <source>Sending (SMTP)</source>
        <translation>Envoi (SMTP)</translation>
    </message>
</context>
<context>
    <name>MailAccountsDialog</name>
    <message>
        <location filename="../../dpo_workbench/ui/settings/mail_accounts.py" line="66"/>
        <source>Mail accounts</source>
        <translation>Comptes de messagerie</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/settings/mail_accounts.py" line="71"/>
        <source>New account</source>
        <translation>Nouveau compte</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/settings/mail_accounts.py" line="80"/>
        <source>e.g. DPO mailbox</source>
        <translation>p. ex. Boîte DPO</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/settings/mail_accounts.py" line="82"/>
        <source>imap.example.fr</source>
        <translation>imap.exemple.fr</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/settings/mail_accounts.py" line="87"/>
        <source>often the e-mail address</source>
        <translation>souvent l’adresse e-mail</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/settings/mail_accounts.py" line="92"/>
        <source>Mark as read and imported</source>
        <translation>Marquer comme lu et importé</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/settings/mail_accounts.py" line="93"/>
        <source>Move to the folder</source>
        <translation>Déplacer dans le dossier</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/settings/mail_accounts.py" line="96"/>
        <source>INBOX/Imported</source>
        <translation>INBOX/Importés</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/settings/mail_accounts.py" line="98"/>
        <source>smtp.example.fr</source>
        <translation>smtp.exemple.fr</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/settings/mail_accounts.py" line="107"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/settings/mail_accounts.py" line="108"/>
        <source>Login</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/settings/mail_accounts.py" line="109"/>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/settings/mail_accounts.py" line="110"/>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/settings/mail_accounts.py" line="111"/>
        <location filename="../../dpo_workbench/ui/settings/mail_accounts.py" line="117"/>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/settings/mail_accounts.py" line="112"/>
        <location filename="../../dpo_workbench/ui/settings/mail_accounts.py" line="118"/>
        <source>Security</source>
        <translation>Sécurité</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/settings/mail_accounts.py" line="113"/>
        <source>Folder to fetch</source>
        <translation>Dossier à relever</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/settings/mail_accounts.py" line="114"/>
        <source>After the import</source>
        <translation>Après l’import</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/settings/mail_accounts.py" line="115"/>
        <source>Folder to move to</source>
        <translation>Dossier de destination</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/settings/mail_accounts.py" line="116"/>
        <source>Server (empty: no sending)</source>
        <translation>Serveur (vide&#xa0;: pas d’envoi)</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/settings/mail_accounts.py" line="125"/>
        <source>Receiving (IMAP)</source>
        <translation>Réception (IMAP)</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/settings/mail_accounts.py" line="127"/>
        <source>Sending answers (SMTP, same login and password)</source>
        <translation>Envoi des réponses (SMTP, même identifiant et mot de passe)</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/settings/mail_accounts.py" line="135"/>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/settings/mail_accounts.py" line="137"/>
        <source>Test the connection</source>
        <translation>Tester la connexion</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/settings/mail_accounts.py" line="139"/>
        <location filename="../../dpo_workbench/ui/settings/mail_accounts.py" line="356"/>
        <source>Trust this certificate</source>
        <translation>Faire confiance à ce certificat</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/settings/mail_accounts.py" line="142"/>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/settings/mail_accounts.py" line="144"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/settings/mail_accounts.py" line="180"/>
        <source>default (%1)</source>
        <translation>par défaut (%1)</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/settings/mail_accounts.py" line="226"/>
        <source>kept; type a new one to replace it</source>
        <translation>conservé&#xa0;; en saisir un nouveau pour le remplacer</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/settings/mail_accounts.py" line="236"/>
        <source>The password is kept in the system keyring.</source>
        <translation>Le mot de passe est conservé dans le trousseau du système.</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/settings/mail_accounts.py" line="237"/>
        <source>No safe system keyring here: the password is kept encrypted with this data folder&apos;s key.</source>
        <translation>Pas de trousseau système sûr ici&#xa0;: le mot de passe est conservé chiffré avec la clé de ce dossier de données.</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/settings/mail_accounts.py" line="241"/>
        <source>IMAP certificate trusted: %1</source>
        <translation>Certificat IMAP de confiance&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/settings/mail_accounts.py" line="243"/>
        <source>SMTP certificate trusted: %1</source>
        <translation>Certificat SMTP de confiance&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/settings/mail_accounts.py" line="245"/>
        <source>Last fetch failed: %1</source>
        <translation>Dernière relève échouée&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/settings/mail_accounts.py" line="288"/>
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/settings/mail_accounts.py" line="316"/>
        <source>Connecting…</source>
        <translation>Connexion…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../dpo_workbench/ui/settings/mail_accounts.py" line="325"/>
        <source>Receiving and sending: connected and logged in; %n message(s) in the folder.</source>
        <translation>
            <numerusform>Réception et envoi&#xa0;: connecté et identifié&#xa0;; %n message dans le dossier.</numerusform>
            <numerusform>Réception et envoi&#xa0;: connecté et identifié&#xa0;; %n messages dans le dossier.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../dpo_workbench/ui/settings/mail_accounts.py" line="327"/>
        <source>Connected and logged in: %n message(s) in the folder.</source>
        <translation>
            <numerusform>Connecté et identifié&#xa0;: %n message dans le dossier.</numerusform>
            <numerusform>Connecté et identifié&#xa0;: %n messages dans le dossier.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/settings/mail_accounts.py" line="335"/>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/settings/mail_accounts.py" line="341"/>
        <source>Trust the SMTP certificate</source>
        <translation>Faire confiance au certificat SMTP</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/settings/mail_accounts.py" line="342"/>
        <source>Trust the IMAP certificate</source>
        <translation>Faire confiance au certificat IMAP</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/settings/mail_accounts.py" line="345"/>
        <source>The test stopped on an unexpected error; the problem is in the log.</source>
        <translation>Le test s’est arrêté sur une erreur inattendue&#xa0;; le problème est dans le journal technique.</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/settings/mail_accounts.py" line="352"/>
        <source>Trust the certificate of %1 (%2) for this account?

SHA-256 fingerprint:
%3

Check it with your administrator first: a wrong certificate means someone may read the mail.</source>
        <translation>Faire confiance au certificat de %1 (%2) pour ce compte&#xa0;?

Empreinte SHA-256&#xa0;:
%3

Vérifiez-la d’abord auprès de votre administrateur&#xa0;: un mauvais certificat signifie que quelqu’un peut lire le courrier.</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/settings/mail_accounts.py" line="368"/>
        <source>Remove the account</source>
        <translation>Supprimer le compte</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/settings/mail_accounts.py" line="369"/>
        <source>Remove the mail account %1 and its stored password? The requests already imported stay.</source>
        <translation>Supprimer le compte de messagerie %1 et son mot de passe enregistré&#xa0;? Les demandes déjà importées restent.</translation>
    </message>
</context>
<context>
    <name>MailFetcher</name>
    <message>
        <location filename="../../dpo_workbench/ui/intake/mail.py" line="67"/>
        <location filename="../../dpo_workbench/ui/intake/mail.py" line="91"/>
        <location filename="../../dpo_workbench/ui/intake/mail.py" line="98"/>
        <location filename="../../dpo_workbench/ui/intake/mail.py" line="142"/>
        <location filename="../../dpo_workbench/ui/intake/mail.py" line="167"/>
        <source>Fetch mail</source>
        <translation>Relever le courrier</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/intake/mail.py" line="68"/>
        <source>Import the new messages of the DPO mailbox as requests</source>
        <translation>Importer les nouveaux messages de la boîte du DPO comme demandes</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/intake/mail.py" line="96"/>
        <source>Connecting to the mailbox…</source>
        <translation>Connexion à la boîte aux lettres…</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/intake/mail.py" line="96"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/intake/mail.py" line="104"/>
        <source>Fetching mail…</source>
        <translation>Relève du courrier…</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/intake/mail.py" line="115"/>
        <source>Fetching mail… %1 of %2</source>
        <translation>Relève du courrier… %1 sur %2</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/intake/mail.py" line="139"/>
        <source>No new message.</source>
        <translation>Aucun nouveau message.</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/intake/mail.py" line="144"/>
        <source>Fetching mail failed: %1</source>
        <translation>La relève du courrier a échoué&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../dpo_workbench/ui/intake/mail.py" line="151"/>
        <source>Mail fetched at %1: %n new message(s); requests created %2, follow-ups %3, duplicates %4.</source>
        <translation>
            <numerusform>Courrier relevé à %1&#xa0;: %n nouveau message&#xa0;; demandes créées %2, suites %3, doublons %4.</numerusform>
            <numerusform>Courrier relevé à %1&#xa0;: %n nouveaux messages&#xa0;; demandes créées %2, suites %3, doublons %4.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../dpo_workbench/ui/intake/mail.py" line="157"/>
        <source>%n message(s) could not be imported: left in the mailbox as they were.</source>
        <translation>
            <numerusform>%n message n’a pas pu être importé&#xa0;: il reste tel quel dans la boîte.</numerusform>
            <numerusform>%n messages n’ont pas pu être importés&#xa0;: ils restent tels quels dans la boîte.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/intake/mail.py" line="164"/>
        <source>The fetch stopped on an unexpected error; the messages imported before it are kept. The problem is in the log.</source>
        <translation>La relève s’est arrêtée sur une erreur inattendue&#xa0;; les messages importés avant sont conservés. Le problème est dans le journal technique.</translation>
    </message>
</context>
<context>
    <name>MainMenus</name>
    <message>
        <location filename="../../dpo_workbench/ui/menus.py" line="46"/>
        <source>Export the breach register</source>
        <translation>Exporter le registre des violations</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/menus.py" line="48"/>
        <source>As CSV (spreadsheet)…</source>
        <translation>En CSV (tableur)…</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/menus.py" line="50"/>
        <source>As PDF (for an inspection)…</source>
        <translation>En PDF (pour un contrôle)…</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/menus.py" line="64"/>
        <source>&amp;View</source>
        <translation>Affic&amp;hage</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/menus.py" line="66"/>
        <source>Requests</source>
        <translation>Demandes</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/menus.py" line="69"/>
        <source>Breaches</source>
        <translation>Violations</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/menus.py" line="72"/>
        <source>Register of processing activities</source>
        <translation>Registre des traitements</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/menus.py" line="75"/>
        <source>Dashboard</source>
        <translation>Tableau de bord</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/menus.py" line="79"/>
        <source>Search</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/menus.py" line="84"/>
        <source>&amp;Request</source>
        <translation>De&amp;mande</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/menus.py" line="86"/>
        <source>Modify…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/menus.py" line="89"/>
        <source>Letter…</source>
        <translation>Courrier…</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/menus.py" line="96"/>
        <source>User guide</source>
        <translation>Guide d’utilisation</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/menus.py" line="99"/>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../dpo_workbench/ui/main_window.py" line="244"/>
        <source>DPO Workbench</source>
        <translation>DPO Workbench</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/main_window.py" line="77"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/main_window.py" line="79"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/main_window.py" line="82"/>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/main_window.py" line="85"/>
        <source>Main</source>
        <translation>Barre principale</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/main_window.py" line="89"/>
        <source>New request…</source>
        <translation>Nouvelle demande…</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/main_window.py" line="93"/>
        <source>Letters for several requests…</source>
        <translation>Courriers pour plusieurs demandes…</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/main_window.py" line="96"/>
        <source>Organisation profile…</source>
        <translation>Profil de l’organisation…</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/main_window.py" line="99"/>
        <source>Settings…</source>
        <translation>Paramètres…</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/main_window.py" line="105"/>
        <source>open</source>
        <translation>en cours</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/main_window.py" line="106"/>
        <source>due within 7 days</source>
        <translation>échéance sous 7 jours</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/main_window.py" line="107"/>
        <source>overdue</source>
        <translation>en retard</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/main_window.py" line="108"/>
        <source>awaiting identity</source>
        <translation>en attente de justificatif</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/main_window.py" line="119"/>
        <source>Search name, e-mail or reference</source>
        <translation>Rechercher&#xa0;: nom, courriel, référence</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/main_window.py" line="123"/>
        <source>All states</source>
        <translation>Tous les états</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/main_window.py" line="127"/>
        <source>All rights</source>
        <translation>Tous les droits</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/main_window.py" line="131"/>
        <source>Any deadline</source>
        <translation>Toutes les échéances</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/main_window.py" line="132"/>
        <source>Open (running or suspended)</source>
        <translation>En cours (y c. suspendues)</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/main_window.py" line="133"/>
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/main_window.py" line="134"/>
        <source>Due within 7 days</source>
        <translation>Échéance sous 7 jours</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/main_window.py" line="182"/>
        <source>Requests</source>
        <translation>Demandes</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/main_window.py" line="193"/>
        <source>Keys: %1</source>
        <translation>Clés&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../dpo_workbench/ui/main_window.py" line="267"/>
        <location filename="../../dpo_workbench/ui/main_window.py" line="352"/>
        <location filename="../../dpo_workbench/ui/team/live.py" line="84"/>
        <source>%n request(s)</source>
        <translation>
            <numerusform>%n demande</numerusform>
            <numerusform>%n demandes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/main_window.py" line="363"/>
        <source>Request %1 logged.</source>
        <translation>Demande %1 enregistrée.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../dpo_workbench/ui/main_window.py" line="377"/>
        <source>%n ID copy(ies) destroyed after identity verification.</source>
        <translation>
            <numerusform>%n copie de pièce d&apos;identité détruite après vérification de l&apos;identité.</numerusform>
            <numerusform>%n copies de pièce d&apos;identité détruites après vérification de l&apos;identité.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/main_window.py" line="397"/>
        <source>Received today</source>
        <translation>Reçues aujourd’hui</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/main_window.py" line="398"/>
        <source>Shown in the register</source>
        <translation>Affichées dans le registre</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/main_window.py" line="399"/>
        <source>The selected request</source>
        <translation>La demande sélectionnée</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/main_window.py" line="428"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/main_window.py" line="429"/>
        <source>The new language applies the next time the application starts.</source>
        <translation>La nouvelle langue s&apos;appliquera au prochain démarrage de l&apos;application.</translation>
    </message>
</context>
<context>
    <name>MessageViewer</name>
    <message>
        <location filename="../../dpo_workbench/ui/widgets/message_viewer.py" line="40"/>
        <source>This message cannot be read any more.</source>
        <translation>Ce message ne peut plus être lu.</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/widgets/message_viewer.py" line="42"/>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/widgets/message_viewer.py" line="44"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/widgets/message_viewer.py" line="45"/>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/widgets/message_viewer.py" line="47"/>
        <source>Attachments</source>
        <translation>Pièces jointes</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../dpo_workbench/errors.py" line="44"/>
        <source>The date of {what} ({on}) is before the request was received ({received}).</source>
        <translation>La date {what} ({on}) est antérieure à la réception de la demande ({received}).</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/errors.py" line="46"/>
        <source>The date of {what} ({on}) is before the previous step of the request ({previous}): steps are recorded in the order they happened.</source>
        <translation>La date {what} ({on}) est antérieure à celle de l&apos;étape précédente ({previous})&#xa0;: les étapes doivent être consignées dans l&apos;ordre chronologique.</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/errors.py" line="49"/>
        <source>The date of {what} ({on}) is in the future.</source>
        <translation>La date {what} ({on}) est postérieure à la date du jour.</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/errors.py" line="50"/>
        <source>Cannot {action}: the request is already {state}.</source>
        <translation>Impossible de {action}&#xa0;: la demande a déjà le statut «&#xa0;{state}&#xa0;».</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/errors.py" line="51"/>
        <source>Identity information was already asked for on {since}; record its receipt first.</source>
        <translation>Un justificatif d&apos;identité a déjà été demandé le {since}&#xa0;; consignez d&apos;abord sa réception.</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/errors.py" line="53"/>
        <source>Cannot record identity information received: none was asked for.</source>
        <translation>Impossible de consigner la réception d&apos;un justificatif d&apos;identité&#xa0;: aucun n&apos;a été demandé.</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/errors.py" line="55"/>
        <source>The information cannot arrive ({on}) before it was asked for ({since}).</source>
        <translation>Le justificatif ne peut pas avoir été reçu ({on}) avant d&apos;avoir été demandé ({since}).</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/errors.py" line="57"/>
        <source>The deadline was already extended once; the law allows only one extension.</source>
        <translation>Le délai a déjà été prorogé une fois&#xa0;; le RGPD n&apos;autorise qu&apos;une seule prorogation.</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/errors.py" line="59"/>
        <source>An extension needs a reason: the person must be told why (Art. 12(3)).</source>
        <translation>Toute prorogation doit être motivée&#xa0;: la personne doit être informée des motifs du report (art.&#xa0;12, §&#xa0;3, du RGPD).</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/errors.py" line="61"/>
        <source>Identity information is still awaited: record its receipt first, or refuse the request giving the reason.</source>
        <translation>Le justificatif d&apos;identité est toujours attendu&#xa0;: consignez d&apos;abord sa réception, ou refusez la demande en indiquant le motif.</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/errors.py" line="64"/>
        <source>A refusal, even partial, must give its reasons, the right to complain to the CNIL and to a judicial remedy (Art. 12(4)): enter the reason.</source>
        <translation>Un refus, même partiel, doit être motivé et mentionner la possibilité d&apos;introduire une réclamation auprès de la CNIL et de former un recours juridictionnel (art.&#xa0;12, §&#xa0;4, du RGPD)&#xa0;: indiquez le motif.</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/errors.py" line="67"/>
        <source>Cannot close the request: record the answer first.</source>
        <translation>Impossible de clôturer la demande&#xa0;: consignez d&apos;abord la réponse.</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/errors.py" line="68"/>
        <source>The extension is decided on {on}, after the one-month deadline ({due}): the person had to be told within the first month.</source>
        <translation>La prorogation est décidée le {on}, après l&apos;expiration du délai d&apos;un mois ({due})&#xa0;: la personne devait en être informée dans le mois suivant la réception de sa demande.</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/errors.py" line="71"/>
        <source>The answer is late: the deadline was {due}.</source>
        <translation>La réponse est tardive&#xa0;: l&apos;échéance était fixée au {due}.</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/errors.py" line="72"/>
        <source>The request is {state}: an ID copy is only kept while the request is open.</source>
        <translation>La demande a le statut «&#xa0;{state}&#xa0;»&#xa0;: une copie de pièce d&apos;identité n&apos;est conservée que tant que la demande est en cours.</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/errors.py" line="74"/>
        <source>This document was destroyed.</source>
        <translation>Ce document a été détruit.</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/errors.py" line="76"/>
        <source>No request {key}.</source>
        <translation>Aucune demande {key}.</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/errors.py" line="77"/>
        <source>Tick at least one right invoked by the person.</source>
        <translation>Cochez au moins un droit invoqué par la personne.</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/errors.py" line="78"/>
        <source>Unknown right in {rights}.</source>
        <translation>Droit inconnu dans {rights}.</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/errors.py" line="79"/>
        <source>A right is listed twice.</source>
        <translation>Un droit figure deux fois.</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/errors.py" line="80"/>
        <source>Unknown channel {channel}.</source>
        <translation>Canal inconnu&#xa0;: {channel}.</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/errors.py" line="81"/>
        <source>Unknown relation {relation}.</source>
        <translation>Relation inconnue&#xa0;: {relation}.</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/errors.py" line="82"/>
        <source>Enter the requester&apos;s name.</source>
        <translation>Saisissez le nom du demandeur.</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/errors.py" line="83"/>
        <location filename="../../dpo_workbench/errors.py" line="653"/>
        <location filename="../../dpo_workbench/errors.py" line="696"/>
        <location filename="../../dpo_workbench/errors.py" line="697"/>
        <source>The name is longer than {limit} characters.</source>
        <translation>Le nom dépasse {limit} caractères.</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/errors.py" line="84"/>
        <source>The received date must be a date.</source>
        <translation>La date de réception doit être une date.</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/errors.py" line="85"/>
        <source>The received time {at} is in the future.</source>
        <translation>L&apos;heure de réception ({at}) est dans le futur.</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/errors.py" line="86"/>
        <source>The received date {on} is in the future.</source>
        <translation>La date de réception ({on}) est dans le futur.</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/errors.py" line="87"/>
        <source>The received date {on} is before the GDPR applied (25/05/2018): check the year.</source>
        <translation>La date de réception ({on}) est antérieure à l&apos;entrée en application du RGPD (25/05/2018)&#xa0;: vérifiez l&apos;année.</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/errors.py" line="89"/>
        <source>A request received by e-mail needs the sender&apos;s address.</source>
        <translation>Une demande reçue par courriel doit comporter l&apos;adresse électronique de l&apos;expéditeur.</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/errors.py" line="90"/>
        <source>A request received by post needs the sender&apos;s postal address.</source>
        <translation>Une demande reçue par courrier doit comporter l&apos;adresse postale de l&apos;expéditeur.</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/errors.py" line="92"/>
        <source>A registered-mail number only goes with a request received by post.</source>
        <translation>Un numéro de recommandé ne concerne qu&apos;une demande reçue par courrier.</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/errors.py" line="94"/>
        <source>A postal request is received by post.</source>
        <translation>Une demande postale est reçue par courrier.</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/errors.py" line="95"/>
        <source>A scan of a postal request is a letter, an envelope or an ID copy, not {kind}.</source>
        <translation>Un document numérisé d&apos;une demande postale est une lettre, une enveloppe ou une copie de pièce d&apos;identité, pas {kind}.</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/errors.py" line="97"/>
        <source>The e-mail address {address} is not valid: check it (for example name@example.fr).</source>
        <translation>L&apos;adresse électronique {address} n&apos;est pas valide&#xa0;: vérifiez-la (par exemple nom@exemple.fr).</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/errors.py" line="99"/>
        <source>unknown urgency filter {urgency}</source>
        <translation>filtre d&apos;urgence inconnu&#xa0;: {urgency}</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/errors.py" line="100"/>
        <source>cannot sort by {column}</source>
        <translation>tri impossible par {column}</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/errors.py" line="102"/>
        <source>Say which document was checked (e.g. identity card, passport).</source>
        <translation>Indiquez le document vérifié (par exemple carte nationale d&apos;identité, passeport).</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/errors.py" line="104"/>
        <source>The document type is longer than {limit} characters.</source>
        <translation>Le type de document dépasse {limit} caractères.</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/errors.py" line="106"/>
        <source>The date of the check ({on}) must be between the receipt ({received}) and today.</source>
        <translation>La date de la vérification ({on}) doit se situer entre la réception de la demande ({received}) et aujourd&apos;hui.</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/errors.py" line="108"/>
        <source>No document {document}.</source>
        <translation>Aucun document {document}.</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/errors.py" line="109"/>
        <source>Document {document} was destroyed on {on}.</source>
        <translation>Le document {document} a été détruit le {on}.</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/errors.py" line="110"/>
        <source>Document {document} has no key.</source>
        <translation>Le document {document} n&apos;a pas de clé.</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/errors.py" line="111"/>
        <source>The file of document {document} is missing from the vault.</source>
        <translation>Le fichier du document {document} est absent du coffre.</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/errors.py" line="112"/>
        <source>This file is damaged or was altered; it cannot be shown. Ask the person for a new copy if it is still needed.</source>
        <translation>Ce fichier est endommagé ou a été modifié&#xa0;; il ne peut pas être affiché. Demandez-en une nouvelle copie à la personne si elle est encore nécessaire.</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/errors.py" line="115"/>
        <location filename="../../dpo_workbench/errors.py" line="831"/>
        <source>There is no file {path}.</source>
        <translation>Il n&apos;y a pas de fichier {path}.</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/errors.py" line="116"/>
        <source>The file {path} cannot be read: {reason}.</source>
        <translation>Le fichier {path} ne peut pas être lu&#xa0;: {reason}.</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/errors.py" line="117"/>
        <source>{path} is a folder, not a file.</source>
        <translation>{path} est un dossier, pas un fichier.</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/errors.py" line="118"/>
        <source>{name} is empty (0 bytes). Scan the document again.</source>
        <translation>{name} est vide (0 octet). Numérisez à nouveau le document.</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/errors.py" line="119"/>
        <source>{name} is {size} MB; the limit is 50 MB. Scan it again at a lower resolution (300 dpi is enough) or as JPEG.</source>
        <translation>{name} pèse {size}&#xa0;Mo&#xa0;; la limite est de 50&#xa0;Mo. Numérisez-le à nouveau en résolution plus basse (300&#xa0;ppp suffisent) ou au format JPEG.</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/errors.py" line="122"/>
        <source>{name} is not a JPEG, PNG, TIFF or PDF file (its content was checked, not its name). Save or export the scan in one of these formats.</source>
        <translation>{name} n&apos;est pas au format JPEG, PNG, TIFF ou PDF (c&apos;est son contenu qui a été vérifié, non son nom). Enregistrez ou exportez la numérisation dans l&apos;un de ces formats.</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/errors.py" line="125"/>
        <source>{name} looks like a {format} image but cannot be read completely: it is damaged or truncated. Scan the document again.</source>
        <translation>{name} ressemble à une image {format} mais ne peut pas être lu entièrement&#xa0;: il est endommagé ou tronqué. Numérisez à nouveau le document.</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/errors.py" line="128"/>
        <source>{name} has too many pixels to be a document scan. Scan it again at a lower resolution (300 dpi is enough).</source>
        <translation>{name} comporte trop de pixels pour être la numérisation d&apos;un document. Numérisez-le à nouveau en résolution plus basse (300&#xa0;ppp suffisent).</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/errors.py" line="131"/>
        <source>{name} looks like a PDF but cannot be read: it is damaged, truncated or has no page. Export or scan the document again.</source>
        <translation>{name} semble être un PDF mais ne peut pas être lu&#xa0;: il est endommagé, tronqué ou ne contient aucune page. Exportez ou numérisez à nouveau le document.</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/errors.py" line="134"/>
        <source>{name} is protected by a password. Save a copy without a password (print it to PDF) and attach that copy.</source>
        <translation>{name} est protégé par un mot de passe. Enregistrez-en une copie sans mot de passe (en l&apos;imprimant au format PDF) et joignez cette copie.</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/errors.py" line="138"/>
        <source>Unknown setting {name}; known settings: {known}</source>
        <translation>Réglage inconnu&#xa0;: {name}&#xa0;; réglages connus&#xa0;: {known}</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/errors.py" line="139"/>
        <location filename="../../dpo_workbench/errors.py" line="219"/>
        <source>{label}: a whole number is expected</source>
        <translation>{label}&#xa0;: un nombre entier est attendu</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/errors.py" line="140"/>
        <source>{label}: a whole number is expected, not {value}</source>
        <translation>{label}&#xa0;: un nombre entier est attendu, pas {value}</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/errors.py" line="142"/>
        <source>{label}: at least {minimum}</source>
        <translation>{label}&#xa0;: au moins {minimum}</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/errors.py" line="143"/>
        <source>{label}: at most {maximum}</source>
        <translation>{label}&#xa0;: au plus {maximum}</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/errors.py" line="144"/>
        <source>{label}: one of {choices}</source>
        <translation>{label}&#xa0;: l&apos;une des valeurs {choices}</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/errors.py" line="145"/>
        <source>Unknown region {region}; one of {regions}</source>
        <translation>Région inconnue&#xa0;: {region}&#xa0;; l&apos;une de&#xa0;: {regions}</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/errors.py" line="146"/>
        <source>The organisation needs a name.</source>
        <translation>L’organisation doit avoir un nom.</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/errors.py" line="147"/>
        <source>A SIREN has 9 digits.</source>
        <translation>Un SIREN comporte 9 chiffres.</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/errors.py" line="148"/>
        <source>This SIREN fails its check digit: check it on the Kbis or on annuaire-entreprises.data.gouv.fr.</source>
        <translation>Ce SIREN a une clé de contrôle erronée&#xa0;: vérifiez-le sur le Kbis ou sur annuaire-entreprises.data.gouv.fr.</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/errors.py" line="150"/>
        <source>The logo is not readable; choose the image file again.</source>
        <translation>Le logo est illisible&#xa0;; choisissez à nouveau le fichier image.</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/errors.py" line="152"/>
        <source>The logo is {size} MB; use an image under 1 MB.</source>
        <translation>Le logo pèse {size}&#xa0;Mo&#xa0;; utilisez une image de moins de 1&#xa0;Mo.</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/errors.py" line="153"/>
        <source>The logo must be a PNG or JPEG image.</source>
        <translation>Le logo doit être une image PNG ou JPEG.</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/errors.py" line="154"/>
        <source>The logo file is damaged or is not an image.</source>
        <translation>Le fichier du logo est endommagé ou n’est pas une image.</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/errors.py" line="155"/>
        <source>Fill in the organisation profile first (Organisation profile… in the toolbar): letters need the controller&apos;s name, address and DPO.</source>
        <translation>Remplissez d&apos;abord le profil de l&apos;organisation (Profil de l&apos;organisation… dans la barre d&apos;outils)&#xa0;: les courriers ont besoin du nom, de l&apos;adresse du responsable de traitement et de son DPO.</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/errors.py" line="159"/>
        <source>Letters are written in French (fr) or English (en), not {lang}.</source>
        <translation>Les courriers sont rédigés en français (fr) ou en anglais (en), pas {lang}.</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/errors.py" line="161"/>
        <source>Unknown letter {kind}; one of: {kinds}.</source>
        <translation>Courrier inconnu&#xa0;: {kind}&#xa0;; l&apos;un de&#xa0;: {kinds}.</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/errors.py" line="162"/>
        <source>The letter is not finished: complete {names} first.</source>
        <translation>Le courrier n&apos;est pas terminé&#xa0;: complétez d&apos;abord {names}.</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/errors.py" line="163"/>
        <source>Document {document} is not a letter written by the workbench.</source>
        <translation>Le document {document} n&apos;est pas un courrier rédigé par l&apos;atelier.</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/errors.py" line="165"/>
        <source>{reference} was not received by e-mail: send the letter by post (the answer goes back through the channel used).</source>
        <translation>{reference} n&apos;a pas été reçue par courriel&#xa0;: envoyez le courrier par la poste (la réponse emprunte le canal utilisé).</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/errors.py" line="168"/>
        <source>{reference} has no e-mail address to answer to.</source>
        <translation>{reference} n&apos;a pas d&apos;adresse électronique à laquelle répondre.</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/errors.py" line="169"/>
        <source>The organisation profile has no DPO e-mail address to send from.</source>
        <translation>Le profil de l&apos;organisation n&apos;indique pas d&apos;adresse électronique du DPO d&apos;où envoyer.</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/errors.py" line="172"/>
        <source>No breach {key}.</source>
        <translation>Aucune violation {key}.</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/errors.py" line="173"/>
        <source>Give the date and time the company became aware of the breach.</source>
        <translation>Indiquez la date et l&apos;heure auxquelles l&apos;entreprise a pris connaissance de la violation.</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/errors.py" line="175"/>
        <source>The awareness time needs its UTC offset (e.g. +01:00).</source>
        <translation>L&apos;heure de prise de connaissance doit indiquer son décalage UTC (par exemple +01:00).</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/errors.py" line="176"/>
        <source>The awareness time {at} is in the future.</source>
        <translation>L&apos;heure de prise de connaissance ({at}) est dans le futur.</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/errors.py" line="177"/>
        <source>The awareness time is before the GDPR applied (25/05/2018): check the year.</source>
        <translation>La prise de connaissance est antérieure à l&apos;entrée en application du RGPD (25/05/2018) : vérifiez l&apos;année.</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/errors.py" line="179"/>
        <source>Say in a few words what happened.</source>
        <translation>Dites en quelques mots ce qui s&apos;est passé.</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/errors.py" line="180"/>
        <source>The summary is longer than {limit} characters: put the details in the description section.</source>
        <translation>Le résumé dépasse {limit} caractères&#xa0;: mettez les détails dans la section de description.</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/errors.py" line="182"/>
        <source>The end of the breach is before its start.</source>
        <translation>La fin de la violation est antérieure à son début.</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/errors.py" line="183"/>
        <source>Unknown data category {category}.</source>
        <translation>Catégorie de données inconnue&#xa0;: {category}.</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/errors.py" line="184"/>
        <source>Unknown context adjustment {adjustment}.</source>
        <translation>Ajustement de contexte inconnu&#xa0;: {adjustment}.</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/errors.py" line="185"/>
        <source>Unknown ease of identification {ei}.</source>
        <translation>Facilité d&apos;identification inconnue&#xa0;: {ei}.</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/errors.py" line="186"/>
        <source>The assessment is not valid: {reason}</source>
        <translation>L&apos;évaluation n&apos;est pas valide&#xa0;: {reason}</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/errors.py" line="187"/>
        <source>Choose the decision: register only, notify the CNIL, or notify the CNIL and inform the people.</source>
        <translation>Choisissez la décision&#xa0;: inscription au registre seulement, notification à la CNIL, ou notification à la CNIL et information des personnes.</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/errors.py" line="189"/>
        <source>Choose the decision this reasoning explains.</source>
        <translation>Choisissez la décision que cette justification explique.</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/errors.py" line="191"/>
        <source>Write the reasoning of the decision (Art. 33(5)).</source>
        <translation>Écrivez la justification de la décision (art. 33(5)).</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/errors.py" line="192"/>
        <source>The reasoning is longer than 20,000 characters.</source>
        <translation>La motivation dépasse 20&#xa0;000 caractères.</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/errors.py" line="193"/>
        <source>The type is one of {types}.</source>
        <translation>Le type est l&apos;un de&#xa0;: {types}.</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/errors.py" line="194"/>
        <source>Give the date and time the notification was sent.</source>
        <translation>Indiquez la date et l&apos;heure d&apos;envoi de la notification.</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/errors.py" line="195"/>
        <source>The notification time is in the future.</source>
        <translation>L&apos;heure de la notification ne peut pas être dans le futur.</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/errors.py" line="196"/>
        <source>The CNIL reference is longer than 60 characters.</source>
        <translation>La référence CNIL dépasse 60 caractères.</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/errors.py" line="198"/>
        <source>The notification cannot be sent before the company became aware of the breach.</source>
        <translation>La notification ne peut pas précéder la prise de connaissance de la violation.</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/errors.py" line="200"/>
        <source>A complementary notification follows an initial one: record the initial notification first.</source>
        <translation>Une notification complémentaire suit une notification initiale&#xa0;: enregistrez d&apos;abord la notification initiale.</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/errors.py" line="202"/>
        <source>The first notification is already recorded: later ones are complementary.</source>
        <translation>La première notification est déjà enregistrée : les suivantes sont complémentaires.</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/errors.py" line="204"/>
        <source>Record your decision and its reasoning before closing the breach.</source>
        <translation>Enregistrez votre décision et sa justification avant de clôturer la violation.</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/errors.py" line="206"/>
        <source>You decided to notify the CNIL: record the notification sent before closing the breach.</source>
        <translation>Vous avez décidé de notifier la CNIL&#xa0;: enregistrez la notification envoyée avant de clore la violation.</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/errors.py" line="208"/>
        <source>The language is fr or en.</source>
        <translation>La langue est fr ou en.</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/errors.py" line="209"/>
        <source>The export format is csv or pdf.</source>
        <translation>Le format d&apos;export est csv ou pdf.</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/errors.py" line="210"/>
        <source>cannot sort breaches by {column}</source>
        <translation>tri des violations impossible par {column}</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/errors.py" line="211"/>
        <source>{text} is not a date and time (e.g. 26/11/2026 14:30, or 2026-11-26T14:30+01:00)</source>
        <translation>{text} n&apos;est pas une date et une heure (par exemple 26/11/2026 14:30, ou 2026-11-26T14:30+01:00)</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/errors.py" line="213"/>
        <source>{at} does not exist in Paris (the clocks went forward): give the time with its offset</source>
        <translation>{at} n&apos;existe pas à Paris (passage à l&apos;heure d&apos;été)&#xa0;: indiquez l&apos;heure avec son décalage, par exemple 2026-03-29T02:30+01:00</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/errors.py" line="215"/>
        <source>unknown field {key}</source>
        <translation>champ inconnu&#xa0;: {key}</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/errors.py" line="216"/>
        <source>{label}: unknown choice {choice}</source>
        <translation>{label}&#xa0;: choix inconnu {choice}</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/errors.py" line="217"/>
        <source>{label}: text expected</source>
        <translation>{label}&#xa0;: un texte est attendu</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/errors.py" line="218"/>
        <source>{label}: at most {limit} characters ({given} given)</source>
        <translation>{label}&#xa0;: au plus {limit} caractères ({given} saisis)</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/errors.py" line="220"/>
        <source>{label}: {value} is not a whole number; write a number, e.g. 1200.</source>
        <translation>{label}&#xa0;: {value} n&apos;est pas un nombre entier&#xa0;; écrivez un nombre, par exemple 1200.</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/errors.py" line="222"/>
        <source>{label}: the number cannot be negative</source>
        <translation>{label}&#xa0;: le nombre ne peut pas être négatif</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/errors.py" line="223"/>
        <source>{label}: {reason}</source>
        <translation>{label}&#xa0;: {reason}</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/errors.py" line="225"/>
        <source>This e-mail already has a request of its own.</source>
        <translation>Ce courriel a déjà sa propre demande.</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/errors.py" line="226"/>
        <source>Document {document} is not an imported e-mail.</source>
        <translation>Le document {document} n&apos;est pas un courriel importé.</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/errors.py" line="227"/>
        <source>the file is empty.</source>
        <translation>le fichier est vide.</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/errors.py" line="228"/>
        <source>the file is {size} MB; the limit is {limit} MB per message.</source>
        <translation>le fichier pèse {size}&#xa0;Mo&#xa0;; la limite est de {limit}&#xa0;Mo par message.</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/errors.py" line="229"/>
        <source>this is an Outlook .msg file, not a MIME (.eml) message; give it the .msg extension.</source>
        <translation>c&apos;est un fichier Outlook .msg, pas un message MIME (.eml)&#xa0;: donnez-lui l&apos;extension .msg.</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/errors.py" line="231"/>
        <source>the message cannot be read ({reason}).</source>
        <translation>le message ne peut pas être lu ({reason}).</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/errors.py" line="232"/>
        <source>this is not an e-mail message: it has no readable headers.</source>
        <translation>ce n&apos;est pas un courriel&#xa0;: il n&apos;a pas d&apos;en-têtes lisibles.</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/errors.py" line="233"/>
        <source>the message is truncated or damaged: a part of it ends before its closing boundary. Save the message again from the mail program.</source>
        <translation>le message est tronqué ou endommagé&#xa0;: une de ses parties s&apos;arrête avant sa limite de fin. Enregistrez à nouveau le message depuis la messagerie.</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/errors.py" line="454"/>
        <source>The Date header ({at}) is before the GDPR applied: it was not believed (old or wrong clock); the received time was taken from elsewhere. Check it.</source>
        <translation>L’en-tête Date ({at}) est antérieur à l’entrée en application du RGPD&#xa0;: il n’a pas été cru (message ancien ou horloge fausse)&#xa0;; l’heure de réception a été prise ailleurs. Vérifiez-la.</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/errors.py" line="457"/>
        <source>The Date header ({at}) is in the future: it was not believed (the sender&apos;s clock is wrong); the received time was taken from elsewhere. Check it.</source>
        <translation>L’en-tête Date ({at}) est dans le futur&#xa0;: il n’a pas été cru (horloge de l’expéditeur fausse)&#xa0;; l’heure de réception a été prise ailleurs. Vérifiez-la.</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/errors.py" line="460"/>
        <source>The Date header ({text}) cannot be read; the received time was taken from elsewhere. Check it.</source>
        <translation>L’en-tête Date ({text}) est illisible&#xa0;; l’heure de réception a été prise ailleurs. Vérifiez-la.</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/errors.py" line="462"/>
        <source>The message is truncated or damaged (a part ends before its closing boundary): what could be read was imported, and the message is kept as received. Ask the sender again if a part is missing.</source>
        <translation>Le message est tronqué ou abîmé (une partie s’arrête avant sa limite de fin)&#xa0;: ce qui a pu être lu a été importé, et le message est conservé tel que reçu. Redemandez à l’expéditeur si une partie manque.</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/errors.py" line="466"/>
        <source>The headers of the message are damaged: the lines after the damage were read as its text.</source>
        <translation>Les en-têtes du message sont abîmés&#xa0;: les lignes après le défaut ont été lues comme son texte.</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/errors.py" line="468"/>
        <source>The encoded content of {part} is damaged or cut: it was decoded as far as possible and may be incomplete.</source>
        <translation>Le contenu encodé de {part} est abîmé ou coupé&#xa0;: il a été décodé autant que possible et peut être incomplet.</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/errors.py" line="471"/>
        <source>The encoded text of the message is damaged or cut: it was decoded as far as possible and may be incomplete.</source>
        <translation>Le texte encodé du message est abîmé ou coupé&#xa0;: il a été décodé autant que possible et peut être incomplet.</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/errors.py" line="474"/>
        <source>The text declares an unknown character set ({charset}): it was read as UTF-8 or Windows-1252; check the accented letters.</source>
        <translation>Le texte déclare un jeu de caractères inconnu ({charset})&#xa0;: il a été lu en UTF-8 ou Windows-1252&#xa0;; vérifiez les accents.</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/errors.py" line="477"/>
        <source>Some characters of the text do not fit its declared character set ({charset}): they are shown as �.</source>
        <translation>Certains caractères du texte ne correspondent pas au jeu de caractères déclaré ({charset})&#xa0;: ils s’affichent comme �.</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/errors.py" line="480"/>
        <source>Some headers hold raw 8-bit characters (not encoded as the standard asks): they were read as UTF-8 or Windows-1252.</source>
        <translation>Certains en-têtes contiennent des caractères 8 bits bruts (non encodés comme le veut la norme)&#xa0;: ils ont été lus en UTF-8 ou Windows-1252.</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/errors.py" line="483"/>
        <source>A part of the message cannot be read ({reason}); it is kept inside the stored message.</source>
        <translation>Une partie du message est illisible ({reason})&#xa0;; elle reste dans le message conservé.</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/errors.py" line="485"/>
        <source>The message nests more than 20 levels deep; the deeper parts were not read.</source>
        <translation>Le message imbrique plus de 20 niveaux&#xa0;; les parties plus profondes n’ont pas été lues.</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/errors.py" line="487"/>
        <source>The attachment {name} is empty; it was left out.</source>
        <translation>La pièce jointe {name} est vide&#xa0;; elle a été écartée.</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/errors.py" line="488"/>
        <source>{name} is an Outlook TNEF container and this installation cannot read it; ask the sender to send the files again as ordinary attachments.</source>
        <translation>{name} est un conteneur Outlook TNEF que cette installation ne sait pas lire&#xa0;; demandez à l’expéditeur de renvoyer les fichiers en pièces jointes ordinaires.</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/errors.py" line="491"/>
        <source>{name} is an Outlook TNEF container that cannot be read ({reason}); ask the sender to send the files again as ordinary attachments. It is kept inside the stored message.</source>
        <translation>{name} est un conteneur Outlook TNEF illisible ({reason})&#xa0;; demandez à l’expéditeur de renvoyer les fichiers en pièces jointes ordinaires. Il reste dans le message conservé.</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/errors.py" line="494"/>
        <source>{name} (Outlook TNEF) holds no file that could be read; it is kept inside the stored message.</source>
        <translation>{name} (Outlook TNEF) ne contient aucun fichier lisible&#xa0;; il reste dans le message conservé.</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/errors.py" line="496"/>
        <source>The attachment {name} is not a file (an embedded item); it stays inside the stored message.</source>
        <translation>La pièce jointe {name} n’est pas un fichier (un élément incorporé)&#xa0;; elle reste dans le message conservé.</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/errors.py" line="498"/>
        <source>The message has no usable From address: the sender was taken from its {header} header. Check it.</source>
        <translation>Le message n’a pas d’adresse From utilisable&#xa0;: l’expéditeur a été pris dans son en-tête {header}. Vérifiez-le.</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/errors.py" line="501"/>
        <source>The sender&apos;s address {address} is on a reserved or local domain (not reachable from the Internet): it was kept; check it before answering.</source>
        <translation>L’adresse de l’expéditeur {address} est sur un domaine réservé ou local (injoignable depuis Internet)&#xa0;: elle a été conservée&#xa0;; vérifiez-la avant de répondre.</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/errors.py" line="504"/>
        <source>The sender&apos;s address {address} is not a valid e-mail address: it was kept as written; check it before answering.</source>
        <translation>L’adresse de l’expéditeur {address} n’est pas une adresse e-mail valide&#xa0;: elle a été conservée telle qu’écrite&#xa0;; vérifiez-la avant de répondre.</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/errors.py" line="507"/>
        <source>No right was recognised in the message: &apos;other&apos; was recorded; choose the right(s) in the request panel.</source>
        <translation>Aucun droit n’a été reconnu dans le message&#xa0;: «&#xa0;autre&#xa0;» a été enregistré&#xa0;; choisissez le ou les droits dans le panneau de la demande.</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/errors.py" line="510"/>
        <source>Cannot connect to {host} on port {port} ({reason}): check the server name and port, and the network.</source>
        <translation>Impossible de se connecter à {host} sur le port {port} ({reason})&#xa0;: vérifiez le nom du serveur, le port et le réseau.</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/errors.py" line="513"/>
        <source>An unencrypted connection is only allowed to this computer (localhost), not to {host}: choose SSL/TLS or STARTTLS.</source>
        <translation>Une connexion non chiffrée n’est permise que vers cet ordinateur (localhost), pas vers {host}&#xa0;: choisissez SSL/TLS ou STARTTLS.</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/errors.py" line="516"/>
        <source>{host} does not offer STARTTLS on this port: choose SSL/TLS (usually port 993 for IMAP, 465 for SMTP).</source>
        <translation>{host} ne propose pas STARTTLS sur ce port&#xa0;: choisissez SSL/TLS (en général port 993 pour IMAP, 465 pour SMTP).</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/errors.py" line="519"/>
        <source>The encrypted connection to {host} failed ({reason}).</source>
        <translation>La connexion chiffrée à {host} a échoué ({reason}).</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/errors.py" line="520"/>
        <source>The certificate of {host} is not signed by an authority this computer trusts (a self-signed certificate?). Its SHA-256 fingerprint is {fingerprint}. If your administrator confirms it, trust this certificate in the account&apos;s settings.</source>
        <translation>Le certificat de {host} n’est signé par aucune autorité reconnue par cet ordinateur (certificat auto-signé&#xa0;?). Son empreinte SHA-256 est {fingerprint}. Si votre administrateur la confirme, faites confiance à ce certificat dans les réglages du compte.</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/errors.py" line="524"/>
        <source>The certificate of {host} is not the one trusted for this account (now {fingerprint}): the connection was refused. If the server&apos;s certificate was renewed, check it with your administrator and trust the new one.</source>
        <translation>Le certificat de {host} n’est pas celui accepté pour ce compte (désormais {fingerprint})&#xa0;: la connexion a été refusée. Si le certificat du serveur a été renouvelé, vérifiez-le avec votre administrateur et acceptez le nouveau.</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/errors.py" line="528"/>
        <source>{host} refused the login {login}: check the login and the password.</source>
        <translation>{host} a refusé l’identifiant {login}&#xa0;: vérifiez l’identifiant et le mot de passe.</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/errors.py" line="530"/>
        <source>The connection to {host} was lost ({reason}). What was fetched before is kept; the next fetch goes on from there.</source>
        <translation>La connexion à {host} a été perdue ({reason}). Ce qui a été relevé avant est conservé&#xa0;; la prochaine relève reprend à partir de là.</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/errors.py" line="533"/>
        <source>The connection to {host} was lost ({reason}); the message was not sent.</source>
        <translation>La connexion à {host} a été perdue ({reason})&#xa0;; le message n’a pas été envoyé.</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/errors.py" line="535"/>
        <source>{host} refused a command: {reason}</source>
        <translation>{host} a refusé une commande&#xa0;: {reason}</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/errors.py" line="536"/>
        <source>There is no folder {folder} on {host}.</source>
        <translation>Il n’y a pas de dossier {folder} sur {host}.</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/errors.py" line="537"/>
        <source>{host} refused the message ({status} {reason}); it was not sent.</source>
        <translation>{host} a refusé le message ({status} {reason})&#xa0;; il n’a pas été envoyé.</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/errors.py" line="539"/>
        <source>{host} refused the sender address ({status} {reason}); the message was not sent. The DPO e-mail address of the organisation profile must be one this account may send from.</source>
        <translation>{host} a refusé l’adresse de l’expéditeur ({status} {reason})&#xa0;; le message n’a pas été envoyé. L’adresse e-mail du DPO du profil de l’organisme doit être une adresse depuis laquelle ce compte peut envoyer.</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/errors.py" line="542"/>
        <source>{host} does not accept a login on this connection: choose STARTTLS or SSL/TLS.</source>
        <translation>{host} n’accepte pas d’identification sur cette connexion&#xa0;: choisissez STARTTLS ou SSL/TLS.</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/errors.py" line="544"/>
        <source>No mail account {name}.</source>
        <translation>Aucun compte de messagerie {name}.</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/errors.py" line="545"/>
        <source>No mail account is set up: add one in Intake › Mail accounts… (or &apos;mail account add&apos;).</source>
        <translation>Aucun compte de messagerie n’est configuré&#xa0;: ajoutez-en un dans Réception › Comptes de messagerie… (ou «&#xa0;mail account add&#xa0;»).</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/errors.py" line="547"/>
        <source>Give the account a name (e.g. DPO mailbox).</source>
        <translation>Donnez un nom au compte (p. ex. Boîte du DPO).</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/errors.py" line="548"/>
        <source>The account name is longer than 80 characters.</source>
        <translation>Le nom du compte dépasse 80 caractères.</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/errors.py" line="549"/>
        <source>There is already a mail account {name}.</source>
        <translation>Il existe déjà un compte de messagerie {name}.</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/errors.py" line="550"/>
        <source>Give the {what} server&apos;s name (e.g. imap.example.fr).</source>
        <translation>Donnez le nom du serveur {what} (p. ex. imap.exemple.fr).</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/errors.py" line="551"/>
        <source>{host} is not a server name.</source>
        <translation>{host} n’est pas un nom de serveur.</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/errors.py" line="552"/>
        <source>The port is a number from 1 to 65535.</source>
        <translation>Le port est un nombre de 1 à 65535.</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/errors.py" line="553"/>
        <source>The security is one of ssl (SSL/TLS), starttls, none (this computer only).</source>
        <translation>La sécurité est ssl (SSL/TLS), starttls ou none (cet ordinateur seulement).</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/errors.py" line="555"/>
        <source>Give the login (often the e-mail address).</source>
        <translation>Donnez l’identifiant (souvent l’adresse e-mail).</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/errors.py" line="556"/>
        <source>Give the account&apos;s password.</source>
        <translation>Donnez le mot de passe du compte.</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/errors.py" line="557"/>
        <source>Give the folder to fetch (usually INBOX).</source>
        <translation>Donnez le dossier à relever (en général INBOX).</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/errors.py" line="558"/>
        <source>Give the folder imported messages are moved to (e.g. INBOX/Imported).</source>
        <translation>Donnez le dossier où déplacer les messages importés (p. ex. INBOX/Importés).</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/errors.py" line="560"/>
        <source>Imported messages cannot be moved to the folder they are fetched from.</source>
        <translation>Les messages importés ne peuvent pas être déplacés dans le dossier d’où ils sont relevés.</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/errors.py" line="562"/>
        <source>After the import, a message is flagged (flag) or moved to a folder (move).</source>
        <translation>Après l’import, un message est marqué (flag) ou déplacé dans un dossier (move).</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/errors.py" line="564"/>
        <source>A certificate fingerprint is 64 hexadecimal digits (SHA-256).</source>
        <translation>Une empreinte de certificat compte 64 chiffres hexadécimaux (SHA-256).</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/errors.py" line="566"/>
        <source>The password of the mail account {name} cannot be found in the key store any more: enter it again in the account&apos;s settings.</source>
        <translation>Le mot de passe du compte de messagerie {name} est introuvable dans le magasin de clés&#xa0;: saisissez-le à nouveau dans les réglages du compte.</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/errors.py" line="569"/>
        <source>The mail account {name} has no SMTP server to send with: add one in its settings.</source>
        <translation>Le compte de messagerie {name} n’a pas de serveur SMTP pour envoyer&#xa0;: ajoutez-en un dans ses réglages.</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/errors.py" line="571"/>
        <source>The system keyring refused the password ({reason}); nothing was saved.</source>
        <translation>Le trousseau du système a refusé le mot de passe ({reason})&#xa0;; rien n’a été enregistré.</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/errors.py" line="573"/>
        <source>{reference} was not received by e-mail: its letters are sent by post.</source>
        <translation>{reference} n’a pas été reçue par e-mail&#xa0;: ses lettres partent par courrier.</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/errors.py" line="575"/>
        <source>This letter was already sent by e-mail on {on}.</source>
        <translation>Cette lettre a déjà été envoyée par e-mail le {on}.</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/errors.py" line="577"/>
        <source>The letter was sent, but its copy could not be stored in the case file ({reason}): note it in the request.</source>
        <translation>La lettre a été envoyée, mais sa copie n’a pas pu être rangée dans le dossier ({reason})&#xa0;: notez-le dans la demande.</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/errors.py" line="581"/>
        <source>The database URL cannot be read: give it as postgresql://USER@HOST:PORT/DATABASE (add ?sslmode=verify-full for a server elsewhere on the network).</source>
        <translation>L’adresse de la base de données est illisible&#xa0;: donnez-la sous la forme postgresql://UTILISATEUR@SERVEUR:PORT/BASE (ajoutez le paramètre sslmode=verify-full pour un serveur situé ailleurs sur le réseau).</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/errors.py" line="584"/>
        <source>A team database is a PostgreSQL one (postgresql://USER@HOST/DATABASE), not {scheme}: the register of one person is the data folder&apos;s own (--data-dir).</source>
        <translation>Une base d’équipe est une base PostgreSQL (postgresql://UTILISATEUR@SERVEUR/BASE), pas {scheme}&#xa0;: le registre d’une seule personne est celui du dossier de données (--data-dir).</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/errors.py" line="587"/>
        <source>The database URL names no database: end it with /DATABASE (e.g. postgresql://dpo@db.example.fr/register).</source>
        <translation>L’adresse ne nomme aucune base&#xa0;: terminez-la par /BASE (par exemple postgresql://dpo@db.example.fr/registre).</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/errors.py" line="590"/>
        <source>The database server {server} does not answer: check its name and port, that it runs, and that this computer may reach it (firewall, VPN).</source>
        <translation>Le serveur de base de données {server} ne répond pas&#xa0;: vérifiez son nom et son port, qu’il est démarré et que cet ordinateur peut l’atteindre (pare-feu, VPN).</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/errors.py" line="593"/>
        <source>The database server {server} refused the password of {user}: check the password (in the URL, PGPASSWORD or ~/.pgpass) with the server&apos;s administrator.</source>
        <translation>Le serveur de base de données {server} a refusé le mot de passe de {user}&#xa0;: vérifiez-le (dans l’adresse, PGPASSWORD ou ~/.pgpass) avec l’administrateur du serveur.</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/errors.py" line="596"/>
        <source>The database server {server} refused the connection ({reason}): ask its administrator to let this user and computer in (pg_hba.conf, TLS certificate).</source>
        <translation>Le serveur de base de données {server} a refusé la connexion ({reason})&#xa0;: demandez à son administrateur d’autoriser cet utilisateur et cet ordinateur (pg_hba.conf, certificat TLS).</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/errors.py" line="599"/>
        <source>There is no database {server}: ask the server&apos;s administrator to create it (see the README, &apos;Team mode&apos;), then run &apos;init&apos;.</source>
        <translation>La base {server} n’existe pas&#xa0;: demandez à l’administrateur du serveur de la créer (voir le README, «&#xa0;Team mode&#xa0;»), puis lancez «&#xa0;init&#xa0;».</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/errors.py" line="602"/>
        <source>The database {server} is not a team register yet: a dpo creates it with &apos;dpo-workbench --database-url URL init --user LOGIN&apos;.</source>
        <translation>La base {server} n’est pas encore un registre d’équipe&#xa0;: un dpo le crée avec «&#xa0;dpo-workbench --database-url URL init --user IDENTIFIANT&#xa0;».</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/errors.py" line="605"/>
        <source>The database {server} already holds a team register; nothing was changed. Its dpo adds users with &apos;user add LOGIN --role ROLE&apos;.</source>
        <translation>La base {server} contient déjà un registre d’équipe&#xa0;; rien n’a été modifié. Son dpo ajoute des utilisateurs avec «&#xa0;user add IDENTIFIANT --role RÔLE&#xa0;».</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/errors.py" line="608"/>
        <source>The team database {server} has the schema of an older version ({revision}; this one needs {head}): after a pg_dump, a dpo upgrades it with &apos;dpo-workbench --database-url URL team upgrade&apos;. Nothing was changed.</source>
        <translation>La base d’équipe {server} a le schéma d’une version plus ancienne ({revision}&#xa0;; celle-ci demande {head})&#xa0;: après un pg_dump, un dpo la met à niveau avec «&#xa0;dpo-workbench --database-url URL team upgrade&#xa0;». Rien n’a été modifié.</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/errors.py" line="612"/>
        <source>The team database {server} was upgraded by a newer version of DPO Workbench (schema {revision}): install that version to open it. Nothing was changed.</source>
        <translation>La base d’équipe {server} a été mise à niveau par une version plus récente de DPO Workbench (schéma {revision})&#xa0;: installez cette version pour l’ouvrir. Rien n’a été modifié.</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/errors.py" line="615"/>
        <source>{login} is not a login: lower-case letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;, at most 64 characters (e.g. m.durand).</source>
        <translation>{login} n’est pas un identifiant&#xa0;: lettres minuscules, chiffres, «&#xa0;.&#xa0;», «&#xa0;_&#xa0;» ou «&#xa0;-&#xa0;», 64 caractères au plus (par exemple m.durand).</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/errors.py" line="618"/>
        <source>Unknown role {role}: the roles are {roles}.</source>
        <translation>Rôle inconnu {role}&#xa0;: les rôles sont {roles}.</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/errors.py" line="619"/>
        <source>{login} is not a user of the team database {server}: give your own login (--user or DPO_WORKBENCH_USER), or ask a dpo to add you with &apos;user add {login} --role ROLE&apos;.</source>
        <translation>{login} n’est pas un utilisateur de la base d’équipe {server}&#xa0;: donnez votre propre identifiant (--user ou DPO_WORKBENCH_USER), ou demandez à un dpo de vous ajouter avec «&#xa0;user add {login} --role RÔLE&#xa0;».</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/errors.py" line="622"/>
        <source>{login} is not a user of this team database.</source>
        <translation>{login} n’est pas un utilisateur de cette base d’équipe.</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/errors.py" line="623"/>
        <source>{login} was removed from this team database: a dpo adds them again if they are to work in it.</source>
        <translation>{login} a été retiré de cette base d’équipe&#xa0;: un dpo l’ajoute de nouveau s’il doit y travailler.</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/errors.py" line="625"/>
        <source>{login} is already a user of this team database.</source>
        <translation>{login} est déjà un utilisateur de cette base d’équipe.</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/errors.py" line="626"/>
        <source>{login} was a user of this team database and was removed; a login is never given to someone else (the journal names them): choose another login.</source>
        <translation>{login} était un utilisateur de cette base d’équipe et a été retiré&#xa0;; un identifiant n’est jamais donné à quelqu’un d’autre (le journal le nomme)&#xa0;: choisissez-en un autre.</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/errors.py" line="629"/>
        <source>The passphrase of {login} is needed to open the team key: set DPO_WORKBENCH_PASSPHRASE, or run in a terminal.</source>
        <translation>La phrase secrète de {login} est nécessaire pour ouvrir la clé d’équipe&#xa0;: définissez DPO_WORKBENCH_PASSPHRASE, ou lancez la commande dans un terminal.</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/errors.py" line="632"/>
        <source>Choose the passphrase of {login} (set DPO_WORKBENCH_PASSPHRASE, or run in a terminal); nothing was created.</source>
        <translation>Choisissez la phrase secrète de {login} (définissez DPO_WORKBENCH_PASSPHRASE, ou lancez la commande dans un terminal)&#xa0;; rien n’a été créé.</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/errors.py" line="635"/>
        <source>The passphrase does not open this user&apos;s key: check it (and the login given with --user).</source>
        <translation>La phrase secrète n’ouvre pas la clé de cet utilisateur&#xa0;: vérifiez-la (ainsi que l’identifiant donné avec --user).</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/errors.py" line="637"/>
        <source>The stored key of {login} is damaged or was altered: a dpo removes the user and adds them again.</source>
        <translation>La clé enregistrée de {login} est endommagée ou a été modifiée&#xa0;: un dpo retire cet utilisateur puis l’ajoute de nouveau.</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/errors.py" line="640"/>
        <source>The team key is not unlocked: personal data is never read from or written to the server in clear. Sign in first.</source>
        <translation>La clé d’équipe n’est pas déverrouillée&#xa0;: aucune donnée personnelle n’est jamais lue ni écrite en clair sur le serveur. Connectez-vous d’abord.</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/errors.py" line="643"/>
        <source>A value is sealed with a team key ({key}) this user does not hold: sign in again, or ask a dpo whether the team key was rotated while you were removed.</source>
        <translation>Une valeur est scellée avec une clé d’équipe ({key}) que cet utilisateur ne détient pas&#xa0;: reconnectez-vous, ou demandez à un dpo si la clé d’équipe a été renouvelée alors que vous étiez retiré.</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/errors.py" line="646"/>
        <source>Someone else rotated the team key meanwhile; nothing was changed. Run the command again if another rotation is still wanted.</source>
        <translation>Quelqu’un d’autre a renouvelé la clé d’équipe entre-temps&#xa0;; rien n’a été modifié. Relancez la commande si un nouveau renouvellement est encore souhaité.</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/errors.py" line="649"/>
        <source>You cannot remove yourself: another dpo removes you.</source>
        <translation>Vous ne pouvez pas vous retirer vous-même&#xa0;: un autre dpo le fait.</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/errors.py" line="651"/>
        <source>{login} is the last dpo of the team: add another dpo first (someone must manage the users).</source>
        <translation>{login} est le dernier dpo de l’équipe&#xa0;: ajoutez d’abord un autre dpo (quelqu’un doit gérer les utilisateurs).</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/errors.py" line="654"/>
        <source>Only a team database can {what}: give --database-url (this is a one-person data folder).</source>
        <translation>Seule une base d’équipe permet ceci&#xa0;: {what}. Donnez --database-url (ceci est le dossier de données d’une seule personne).</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/errors.py" line="656"/>
        <source>A team database cannot {what}: that belongs to a one-person data folder.</source>
        <translation>Une base d’équipe ne permet pas ceci&#xa0;: {what}. Cela relève du dossier de données d’une seule personne.</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/errors.py" line="658"/>
        <source>A team database&apos;s key is the team key: a dpo rotates it with &apos;team rotate-key&apos;.</source>
        <translation>La clé d’une base d’équipe est la clé d’équipe&#xa0;: un dpo la renouvelle avec «&#xa0;team rotate-key&#xa0;».</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/errors.py" line="660"/>
        <source>In a team database each user has their own passphrase: change yours with &apos;user passphrase&apos;.</source>
        <translation>Dans une base d’équipe, chaque utilisateur a sa propre phrase secrète&#xa0;: changez la vôtre avec «&#xa0;user passphrase&#xa0;».</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/errors.py" line="662"/>
        <source>This computer has no safe keyring to keep the key in: go on typing the passphrase.</source>
        <translation>Cet ordinateur n’a pas de trousseau sûr où garder la clé&#xa0;: continuez à saisir la phrase secrète.</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/errors.py" line="664"/>
        <source>The system keyring refused the key ({reason}); nothing was kept.</source>
        <translation>Le trousseau du système a refusé la clé ({reason})&#xa0;; rien n’a été conservé.</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/errors.py" line="666"/>
        <source>The register stayed busy for {seconds} seconds (another program writes to it): nothing was saved; try again in a moment.</source>
        <translation>Le registre est resté occupé pendant {seconds} secondes (un autre programme y écrit)&#xa0;: rien n’a été enregistré&#xa0;; réessayez dans un instant.</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/errors.py" line="670"/>
        <source>No processing {key} in the register.</source>
        <translation>Aucun traitement {key} dans le registre.</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/errors.py" line="671"/>
        <source>Processing {key} has no version {number}.</source>
        <translation>Le traitement {key} n’a pas de version {number}.</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/errors.py" line="672"/>
        <source>Unknown register {role}: a processing is done as controller or as processor.</source>
        <translation>Registre inconnu {role}&#xa0;: un traitement est effectué comme responsable de traitement ou comme sous-traitant.</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/errors.py" line="674"/>
        <source>Unknown status {status}: active or retired.</source>
        <translation>Statut inconnu {status}&#xa0;: en cours ou terminé.</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/errors.py" line="675"/>
        <source>The reference is longer than {limit} characters.</source>
        <translation>La référence dépasse {limit} caractères.</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/errors.py" line="677"/>
        <source>The reference {reference} may hold letters, digits, dashes, underscores and dots only.</source>
        <translation>La référence {reference} ne peut contenir que des lettres, des chiffres, des tirets, des tirets bas et des points.</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/errors.py" line="679"/>
        <source>The reference {reference} is already another processing&apos;s: choose another, or leave it empty for the next free one.</source>
        <translation>La référence {reference} est déjà celle d’un autre traitement&#xa0;: choisissez-en une autre, ou laissez-la vide pour la prochaine libre.</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/errors.py" line="682"/>
        <source>The reference of a processing does not change (requests and files refer to it): it stays {reference}.</source>
        <translation>La référence d’un traitement ne change pas (les demandes et les fichiers y renvoient)&#xa0;: elle reste {reference}.</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/errors.py" line="685"/>
        <source>This field is needed for the register.</source>
        <translation>Ce champ est nécessaire au registre.</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/errors.py" line="686"/>
        <source>The text is longer than {limit} characters.</source>
        <translation>Le texte dépasse {limit} caractères.</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/errors.py" line="687"/>
        <source>Unknown value: {codes}.</source>
        <translation>Valeur inconnue&#xa0;: {codes}.</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/errors.py" line="688"/>
        <source>{text} is not a date (write 2026-11-26 or 26/11/2026).</source>
        <translation>{text} n’est pas une date (écrivez 2026-11-26 ou 26/11/2026).</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/errors.py" line="690"/>
        <source>Processing {reference} was changed by someone else since you opened it: nothing was saved. Open it again, then make your change.</source>
        <translation>Le traitement {reference} a été modifié par quelqu’un d’autre depuis que vous l’avez ouvert&#xa0;: rien n’a été enregistré. Rouvrez-le, puis refaites votre modification.</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/errors.py" line="693"/>
        <source>There is no department {name}: add it in the departments first.</source>
        <translation>Il n’y a pas de service {name}&#xa0;: ajoutez-le d’abord dans les services.</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/errors.py" line="695"/>
        <source>Give the department a name (e.g. Marketing).</source>
        <translation>Donnez un nom au service (par exemple Marketing).</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/errors.py" line="698"/>
        <source>There is already a department {name}.</source>
        <translation>Il existe déjà un service {name}.</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/errors.py" line="699"/>
        <source>No department {key}.</source>
        <translation>Aucun service {key}.</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/errors.py" line="700"/>
        <source>The department {name} owns {count} processing(s): give them another department first.</source>
        <translation>Le service {name} est responsable de {count} traitement(s)&#xa0;: confiez-les d’abord à un autre service.</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/errors.py" line="702"/>
        <source>{name} cannot be read as a {format} file ({reason}): is it damaged, or of another kind?</source>
        <translation>{name} ne peut pas être lu comme un fichier {format} ({reason})&#xa0;: est-il endommagé, ou d’un autre type&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/errors.py" line="704"/>
        <source>{name} is not UTF-8 text (row {row}, column {column}): save it again as &quot;CSV UTF-8&quot; and import it again. Nothing was imported.</source>
        <translation>{name} n’est pas un texte UTF-8 (ligne {row}, colonne {column})&#xa0;: enregistrez-le de nouveau au format «&#xa0;CSV UTF-8&#xa0;» et importez-le de nouveau. Rien n’a été importé.</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/errors.py" line="707"/>
        <source>Sheet {sheet} has {rows} rows: a register file holds {limit} processings at most. Nothing was imported.</source>
        <translation>La feuille {sheet} a {rows} lignes&#xa0;: un fichier de registre contient au plus {limit} traitements. Rien n’a été importé.</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/errors.py" line="710"/>
        <source>{name} is larger than {limit} MB: not a register file.</source>
        <translation>{name} dépasse {limit}&#xa0;Mo&#xa0;: ce n’est pas un fichier de registre.</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/errors.py" line="711"/>
        <source>{name}: a register is imported from an .xlsx, .ods or .csv file.</source>
        <translation>{name}&#xa0;: un registre s’importe depuis un fichier .xlsx, .ods ou .csv.</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/errors.py" line="713"/>
        <source>Sheet {sheet}: the cells {cells} are merged. Unmerge them (each value in its own cell) and import again. Nothing was imported.</source>
        <translation>Feuille {sheet}&#xa0;: les cellules {cells} sont fusionnées. Annulez la fusion (chaque valeur dans sa cellule) et importez de nouveau. Rien n’a été importé.</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/errors.py" line="716"/>
        <source>Sheet {sheet}, cell {cell} holds a formula. Replace it by its value (copy, paste values only) and import again. Nothing was imported.</source>
        <translation>Feuille {sheet}, la cellule {cell} contient une formule. Remplacez-la par sa valeur (copier, coller les valeurs seulement) et importez de nouveau. Rien n’a été importé.</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/errors.py" line="719"/>
        <source>Sheet {sheet}, cell {cell} ({column}): {problem} Nothing was imported.</source>
        <translation>Feuille {sheet}, cellule {cell} ({column})&#xa0;: {problem} Rien n’a été importé.</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/errors.py" line="721"/>
        <source>{name} holds no processing.</source>
        <translation>{name} ne contient aucun traitement.</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/errors.py" line="722"/>
        <source>The reference {reference} is twice in the file ({first}, and {second}): a reference names one processing. Nothing was imported.</source>
        <translation>La référence {reference} figure deux fois dans le fichier ({first}, et {second})&#xa0;: une référence désigne un seul traitement. Rien n’a été importé.</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/errors.py" line="725"/>
        <source>Sheet {sheet}, cell {cell}: {column} is there twice. Nothing was imported.</source>
        <translation>Feuille {sheet}, cellule {cell}&#xa0;: {column} y figure deux fois. Rien n’a été importé.</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/errors.py" line="727"/>
        <source>Sheet {sheet}: unknown column(s) {columns}. Rename them as in an export of the register, or remove them. Nothing was imported.</source>
        <translation>Feuille {sheet}&#xa0;: colonne(s) inconnue(s) {columns}. Renommez-les comme dans un export du registre, ou supprimez-les. Rien n’a été importé.</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/errors.py" line="730"/>
        <source>Sheet {sheet}: the column(s) {columns} are missing (row 1 holds the headings). Start from an export of the register. Nothing was imported.</source>
        <translation>Feuille {sheet}&#xa0;: il manque la ou les colonnes {columns} (la ligne 1 porte les en-têtes). Partez d’un export du registre. Rien n’a été importé.</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/errors.py" line="733"/>
        <source>Sheet {sheet}, cell {cell}: {label} is not a field of a processing record. Nothing was imported.</source>
        <translation>Feuille {sheet}, cellule {cell}&#xa0;: {label} n’est pas un champ d’une fiche de traitement. Rien n’a été importé.</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/errors.py" line="736"/>
        <source>Sheet {sheet}: the field(s) {rows} are missing from the processing record. Nothing was imported.</source>
        <translation>Feuille {sheet}&#xa0;: il manque à la fiche de traitement le ou les champs {rows}. Rien n’a été importé.</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/errors.py" line="739"/>
        <source>Unknown format {format}: xlsx, ods or csv.</source>
        <translation>Format inconnu {format}&#xa0;: xlsx, ods ou csv.</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/errors.py" line="740"/>
        <source>Unknown layout {layout}: rows or cnil.</source>
        <translation>Présentation inconnue {layout}&#xa0;: rows ou cnil.</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/errors.py" line="741"/>
        <source>The CNIL layout has one sheet per processing and a CSV file only one: choose XLSX or ODS, or the one-row-per-processing layout.</source>
        <translation>Le modèle de la CNIL a une feuille par traitement et un fichier CSV une seule&#xa0;: choisissez XLSX ou ODS, ou la présentation à une ligne par traitement.</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/errors.py" line="744"/>
        <source>{where}, department contact: {problem}</source>
        <translation>{where}, contact du service&#xa0;: {problem}</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/errors.py" line="745"/>
        <source>{where}, {column}: {problem} Nothing was imported.</source>
        <translation>{where}, {column}&#xa0;: {problem} Rien n’a été importé.</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/errors.py" line="747"/>
        <source>{where}: the department {department} has another contact higher in the file. One contact per department. Nothing was imported.</source>
        <translation>{where}&#xa0;: le service {department} a un autre contact plus haut dans le fichier. Un contact par service. Rien n’a été importé.</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/errors.py" line="750"/>
        <source>{where}: {reference} is in the other register (controller or processor) in the application; a processing does not move from one to the other by an import.</source>
        <translation>{where}&#xa0;: {reference} est dans l’autre registre (responsable ou sous-traitant) de l’application&#xa0;; un import ne fait pas passer un traitement de l’un à l’autre.</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/errors.py" line="753"/>
        <source>The register changed since the file was read ({reference}): nothing was imported. Read the file again to see the differences as they are now.</source>
        <translation>Le registre a changé depuis la lecture du fichier ({reference})&#xa0;: rien n’a été importé. Relisez le fichier pour voir les différences telles qu’elles sont maintenant.</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/errors.py" line="757"/>
        <source>{reference} is in the processor register: a request about it is the client controller&apos;s to answer (Art. 28(3)(e)). Link the organisation&apos;s own processings.</source>
        <translation>{reference} figure au registre des traitements effectués en tant que sous-traitant&#xa0;: une demande à son sujet relève du client responsable du traitement (art. 28(3)(e)). Liez les traitements propres à l’organisme.</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/errors.py" line="760"/>
        <source>Unknown origin of a link {origin}: suggested or added.</source>
        <translation>Origine de lien inconnue {origin}&#xa0;: suggested ou added.</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/errors.py" line="761"/>
        <source>Name at least one processing of the register (its reference, for example TRT-001).</source>
        <translation>Indiquez au moins un traitement du registre (sa référence, par exemple TRT-001).</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/errors.py" line="763"/>
        <source>The requester&apos;s category suggests no processing that is not linked yet: link the processings by their references.</source>
        <translation>La catégorie du demandeur ne suggère aucun traitement qui ne soit déjà lié&#xa0;: liez les traitements par leurs références.</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/errors.py" line="766"/>
        <source>{reference} is not linked to {request}.</source>
        <translation>{reference} n’est pas lié à {request}.</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/errors.py" line="767"/>
        <source>No internal data request {key}.</source>
        <translation>Aucune demande interne {key}.</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/errors.py" line="768"/>
        <source>{reference} is linked to no processing: link the processings that concern the person first; their departments are the ones asked.</source>
        <translation>{reference} n’est liée à aucun traitement&#xa0;: liez d’abord les traitements qui concernent la personne&#xa0;; ce sont leurs services qui sont sollicités.</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/errors.py" line="771"/>
        <source>Processing {reference} has no owner department to ask: set one in the register first.</source>
        <translation>Le traitement {reference} n’a pas de service responsable à solliciter&#xa0;: indiquez-en un d’abord dans le registre.</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/errors.py" line="773"/>
        <source>No linked processing of {reference} belongs to the department {department}.</source>
        <translation>Aucun traitement lié à {reference} ne relève du service {department}.</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/errors.py" line="775"/>
        <source>The department {department} was already asked for {reference} and has not answered yet: send it a reminder instead.</source>
        <translation>Le service {department} a déjà été sollicité pour {reference} et n’a pas encore répondu&#xa0;: envoyez-lui plutôt une relance.</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/errors.py" line="778"/>
        <source>Tick what the department is asked to do (find and extract the data, erase, rectify…).</source>
        <translation>Cochez ce qui est demandé au service (retrouver et extraire les données, effacer, rectifier…).</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/errors.py" line="780"/>
        <source>Unknown action {kind}: one of {kinds}.</source>
        <translation>Action inconnue {kind}&#xa0;: l’une de {kinds}.</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/errors.py" line="781"/>
        <source>The e-mails to a department are in French (fr) or English (en), not {lang}.</source>
        <translation>Les courriels à un service sont en français (fr) ou en anglais (en), pas {lang}.</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/errors.py" line="783"/>
        <source>The department cannot be given until {due}: the request itself is due on {request_due}, and its answer is needed before.</source>
        <translation>Le service ne peut pas avoir jusqu’au {due}&#xa0;: la demande elle-même est due le {request_due}, et sa réponse est nécessaire avant.</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/errors.py" line="786"/>
        <source>The department&apos;s due date ({due}) is before the day it is asked ({asked}).</source>
        <translation>L’échéance du service ({due}) précède le jour où il est sollicité ({asked}).</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/errors.py" line="788"/>
        <source>{reference} is {state}: no department is asked any more for it.</source>
        <translation>{reference} est {state}&#xa0;: aucun service n’est plus sollicité pour elle.</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/errors.py" line="790"/>
        <source>This internal data request is {state} already.</source>
        <translation>Cette demande interne est déjà {state}.</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/errors.py" line="791"/>
        <source>The department {department} has no contact e-mail: add one in the register&apos;s departments, or write to it yourself and record its answer.</source>
        <translation>Le service {department} n’a pas d’adresse électronique de contact&#xa0;: ajoutez-en une dans les services du registre, ou écrivez-lui vous-même et enregistrez sa réponse.</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/errors.py" line="794"/>
        <source>Unknown outcome {outcome}: done, no-data or not-done.</source>
        <translation>Résultat inconnu {outcome}&#xa0;: done, no-data ou not-done.</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/errors.py" line="795"/>
        <source>The answer ({on}) cannot come before the department was asked ({asked}).</source>
        <translation>La réponse ({on}) ne peut précéder la sollicitation du service ({asked}).</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/errors.py" line="797"/>
        <source>The date of the answer ({on}) is in the future.</source>
        <translation>La date de la réponse ({on}) est dans le futur.</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/errors.py" line="798"/>
        <source>Say why the department&apos;s answer is no longer needed (it is kept in the timeline).</source>
        <translation>Dites pourquoi la réponse du service n’est plus nécessaire (c’est conservé dans l’historique).</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/errors.py" line="800"/>
        <source>{name} is empty.</source>
        <translation>{name} est vide.</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/errors.py" line="801"/>
        <source>{name} is larger than {limit} MB.</source>
        <translation>{name} dépasse {limit} Mo.</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/errors.py" line="802"/>
        <source>This file cannot be shown in the application: export a copy to open it with its program.</source>
        <translation>Ce fichier ne peut pas être affiché dans l’application&#xa0;: exportez-en une copie pour l’ouvrir avec son programme.</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/errors.py" line="804"/>
        <source>{count} internal data request(s) are still awaited ({departments}): record their answers, or say why the request is answered without them.</source>
        <translation>{count} demande(s) interne(s) encore en attente ({departments})&#xa0;: enregistrez leurs réponses, ou dites pourquoi la demande reçoit sa réponse sans elles.</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/errors.py" line="807"/>
        <source>The personal data of {reference} were removed on {on}, at the end of its retention period: it can no longer be corrected or answered.</source>
        <translation>Les données personnelles de {reference} ont été supprimées le {on}, au terme de sa durée de conservation&#xa0;: elle ne peut plus être corrigée ni recevoir de réponse.</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/errors.py" line="810"/>
        <source>Nothing is past its retention period.</source>
        <translation>Rien n’a dépassé sa durée de conservation.</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/errors.py" line="811"/>
        <source>What is past its retention period changed since the list was shown: nothing was purged. Look at the list again.</source>
        <translation>Ce qui a dépassé sa durée de conservation a changé depuis l’affichage de la liste&#xa0;: rien n’a été purgé. Consultez de nouveau la liste.</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/errors.py" line="814"/>
        <source>Purging cannot be undone: confirm it with --yes (no terminal to ask on). Nothing was purged.</source>
        <translation>Une purge est irréversible&#xa0;: confirmez-la avec --yes (pas de terminal pour le demander). Rien n’a été purgé.</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/errors.py" line="817"/>
        <source>Give the server&apos;s name or address (e.g. db.example.fr).</source>
        <translation>Indiquez le nom ou l’adresse du serveur (p. ex. db.example.fr).</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/errors.py" line="819"/>
        <source>{host} is not a server name: give only its name or address, without user, slash or port.</source>
        <translation>{host} n’est pas un nom de serveur&#xa0;: indiquez seulement son nom ou son adresse, sans utilisateur, barre oblique ni port.</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/errors.py" line="821"/>
        <source>{port} is not a port: 1 to 65535 (usually 5432).</source>
        <translation>{port} n’est pas un port&#xa0;: de 1 à 65535 (le plus souvent 5432).</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/errors.py" line="822"/>
        <source>Give the name of the database (e.g. register).</source>
        <translation>Indiquez le nom de la base de données (p. ex. registre).</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/errors.py" line="824"/>
        <source>Give the server role the application connects as (e.g. dpo_app): the server&apos;s administrator created it.</source>
        <translation>Indiquez le rôle du serveur sous lequel l’application se connecte (p. ex. dpo_app)&#xa0;: l’administrateur du serveur l’a créé.</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/errors.py" line="827"/>
        <source>Unknown TLS mode {mode}: {modes}.</source>
        <translation>Mode TLS inconnu {mode}&#xa0;: {modes}.</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/errors.py" line="828"/>
        <source>Checking the server&apos;s certificate needs the certificate of the authority that signed it (a .pem or .crt file from the server&apos;s administrator).</source>
        <translation>Vérifier le certificat du serveur demande le certificat de l’autorité qui l’a signé (un fichier .pem ou .crt fourni par l’administrateur du serveur).</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/errors.py" line="832"/>
        <source>This computer has no safe keyring: the server&apos;s password cannot be kept, it is asked at each start.</source>
        <translation>Cet ordinateur n’a pas de trousseau sûr&#xa0;: le mot de passe du serveur ne peut pas être conservé, il est demandé à chaque démarrage.</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/errors.py" line="836"/>
        <source>{login} is a {role}: only a {roles} may {action}. Nothing was done.</source>
        <translation>{login} est {role}&#xa0;: seul un {roles} peut {action}. Rien n’a été fait.</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/errors.py" line="838"/>
        <source>{reference} is not assigned to {login}: a {role} can {action} only on what is assigned to them (a dpo or deputy assigns it). Nothing was done.</source>
        <translation>{reference} n’est pas attribué à {login}&#xa0;: un {role} ne peut {action} que sur ce qui lui est attribué (un DPO ou un adjoint l’attribue). Rien n’a été fait.</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/errors.py" line="841"/>
        <source>{login} was removed from the team: nothing was done.</source>
        <translation>{login} a été retiré de l’équipe&#xa0;: rien n’a été fait.</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/errors.py" line="843"/>
        <source>You cannot change your own role: another dpo does.</source>
        <translation>Vous ne pouvez pas changer votre propre rôle&#xa0;: un autre DPO le fait.</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/errors.py" line="844"/>
        <source>{login} is already a {role}: nothing was changed.</source>
        <translation>{login} est déjà {role}&#xa0;: rien n’a été changé.</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/errors.py" line="845"/>
        <location filename="../../dpo_workbench/errors.py" line="848"/>
        <source>{reference} was changed by {by} at {at} (Paris time) since you opened it: nothing was saved. Reload it, then make your change again.</source>
        <translation>{reference} a été modifié par {by} à {at} (heure de Paris) depuis que vous l’avez ouvert&#xa0;: rien n’a été enregistré. Rechargez-le, puis refaites votre modification.</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/errors.py" line="851"/>
        <source>Someone else saved the same record at the same moment: nothing was saved. Reload it, then make your change again.</source>
        <translation>Quelqu’un d’autre a enregistré la même fiche au même moment&#xa0;: rien n’a été enregistré. Rechargez-la, puis refaites votre modification.</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/errors.py" line="854"/>
        <source>Requests and breaches are assigned to the users of a team database; a one-person data folder has only you.</source>
        <translation>Les demandes et les violations s’attribuent aux utilisateurs d’une base d’équipe&#xa0;; un dossier de données pour une personne n’a que vous.</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/errors.py" line="857"/>
        <source>{login} is not a user of this team database (&apos;user list&apos; shows them).</source>
        <translation>{login} n’est pas un utilisateur de cette base d’équipe (« user list » les montre).</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/errors.py" line="859"/>
        <source>{login} was removed from the team: assign it to an active user.</source>
        <translation>{login} a été retiré de l’équipe&#xa0;: choisissez un utilisateur actif.</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/errors.py" line="861"/>
        <source>Write the text of the comment.</source>
        <translation>Écrivez le texte du commentaire.</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/errors.py" line="862"/>
        <source>A comment is at most {limit} characters long.</source>
        <translation>Un commentaire fait au plus {limit} caractères.</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/errors.py" line="238"/>
        <source>this is not an Outlook .msg file (its content was checked, not its name).</source>
        <translation>ce n&apos;est pas un fichier Outlook .msg (son contenu a été vérifié, pas son nom).</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/errors.py" line="240"/>
        <source>reading Outlook .msg files needs the optional extract-msg package (pip install &apos;dpo-workbench[outlook]&apos;); or save the message as .eml from Outlook.</source>
        <translation>la lecture des fichiers Outlook .msg demande le module facultatif extract-msg (pip install &apos;dpo-workbench[outlook]&apos;)&#xa0;; ou enregistrez le message au format .eml depuis Outlook.</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/errors.py" line="243"/>
        <source>the Outlook .msg file cannot be read ({reason}): it is damaged or truncated. Save the message again from Outlook.</source>
        <translation>le fichier Outlook .msg ne peut pas être lu ({reason})&#xa0;: il est endommagé ou tronqué. Enregistrez à nouveau le message depuis Outlook.</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/errors.py" line="246"/>
        <source>there is no such file.</source>
        <translation>ce fichier n&apos;existe pas.</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/errors.py" line="247"/>
        <source>the file cannot be read ({reason}).</source>
        <translation>le fichier ne peut pas être lu ({reason}).</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/errors.py" line="248"/>
        <source>the folder holds no .eml, .msg or .mbox file.</source>
        <translation>le dossier ne contient aucun fichier .eml, .msg ou .mbox.</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/errors.py" line="249"/>
        <source>the mbox file holds no message.</source>
        <translation>le fichier mbox ne contient aucun message.</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/errors.py" line="250"/>
        <source>the vault could not store the message ({reason}); nothing was saved for it.</source>
        <translation>le coffre n&apos;a pas pu enregistrer le message ({reason})&#xa0;; rien n&apos;a été enregistré pour lui.</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/errors.py" line="252"/>
        <source>unexpected error while importing ({reason}); nothing was saved for this message.</source>
        <translation>erreur inattendue pendant l&apos;import ({reason})&#xa0;; rien n&apos;a été enregistré pour ce message.</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/errors.py" line="255"/>
        <source>this file is damaged or was altered</source>
        <translation>ce fichier est endommagé ou a été modifié</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/errors.py" line="256"/>
        <source>the {what} must be {size} bytes long</source>
        <translation>la {what} doit faire {size} octets</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/errors.py" line="257"/>
        <source>The encrypted file {blob} is missing from the vault folder ({folder}). Restore it from a backup.</source>
        <translation>Le fichier chiffré {blob} est absent du dossier du coffre ({folder}). Restaurez-le depuis une sauvegarde.</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/errors.py" line="260"/>
        <source>a blob id must be {digits} lowercase hexadecimal digits</source>
        <translation>un identifiant de fichier du coffre comporte {digits} chiffres hexadécimaux en minuscules</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/errors.py" line="261"/>
        <source>The {what} is damaged ({detail}).</source>
        <translation>Le {what} est endommagé ({detail}).</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/errors.py" line="262"/>
        <source>The key file {path} is damaged ({detail}).</source>
        <translation>Le fichier de clés {path} est endommagé ({detail}).</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/errors.py" line="263"/>
        <source>The key file {path} is damaged ({detail}). Restore it from a backup.</source>
        <translation>Le fichier de clés {path} est endommagé ({detail}). Restaurez-le depuis une sauvegarde.</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/errors.py" line="265"/>
        <source>The key file {path} has version {version}; this version of DPO Workbench reads version {supported}. Update the application.</source>
        <translation>Le fichier de clés {path} est en version {version}&#xa0;; cette version de DPO Workbench lit la version {supported}. Mettez l&apos;application à jour.</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/errors.py" line="268"/>
        <source>The {what} is not a DPO Workbench key ring.</source>
        <translation>Le {what} n&apos;est pas un trousseau de clés de DPO Workbench.</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/errors.py" line="269"/>
        <source>{path} is not a DPO Workbench key file.</source>
        <translation>{path} n&apos;est pas un fichier de clés de DPO Workbench.</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/errors.py" line="270"/>
        <source>The {what} has version {version}; this version of DPO Workbench reads version {supported}. Update the application.</source>
        <translation>Le {what} est en version {version}&#xa0;; cette version de DPO Workbench lit la version {supported}. Mettez l&apos;application à jour.</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/errors.py" line="273"/>
        <source>Master key {key} is not a {size}-byte key.</source>
        <translation>La clé maîtresse {key} n&apos;est pas une clé de {size} octets.</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/errors.py" line="274"/>
        <source>Master key {key} does not match its id.</source>
        <translation>La clé maîtresse {key} ne correspond pas à son identifiant.</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/errors.py" line="275"/>
        <source>The current master key {key} is not in the key ring.</source>
        <translation>La clé maîtresse courante {key} n&apos;est pas dans le trousseau.</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/errors.py" line="276"/>
        <source>The current master key cannot be removed from the key ring.</source>
        <translation>La clé maîtresse courante ne peut pas être retirée du trousseau.</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/errors.py" line="278"/>
        <source>scrypt parameter {name} must be a positive integer</source>
        <translation>le paramètre scrypt {name} doit être un entier positif</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/errors.py" line="279"/>
        <source>scrypt parameter n must be a power of 2</source>
        <translation>le paramètre scrypt n doit être une puissance de 2</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/errors.py" line="280"/>
        <source>scrypt parameters ask for too much memory or time</source>
        <translation>les paramètres scrypt demandent trop de mémoire ou de temps</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/errors.py" line="281"/>
        <source>The file {path} is damaged: it should hold a hexadecimal id.</source>
        <translation>Le fichier {path} est endommagé&#xa0;: il devrait contenir un identifiant hexadécimal.</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/errors.py" line="283"/>
        <source>This data folder already has keys.</source>
        <translation>Ce dossier de données a déjà des clés.</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/errors.py" line="284"/>
        <source>The database is encrypted but its keys are missing from this computer&apos;s key store. Open it with its recovery key (dpo-workbench recovery-key unlock), or restore the data folder from a backup.</source>
        <translation>La base de données est chiffrée mais ses clés sont absentes du magasin de clés de cet ordinateur. Ouvrez-la avec sa clé de récupération (dpo-workbench recovery-key unlock), ou restaurez le dossier de données depuis une sauvegarde.</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/errors.py" line="342"/>
        <source>A recovery key has {expected} characters in 8 groups of 5; this one has {count}. Copy it again from the recovery sheet.</source>
        <translation>Une clé de récupération a {expected} caractères en 8 groupes de 5&#xa0;; celle-ci en a {count}. Recopiez-la depuis la feuille de récupération.</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/errors.py" line="345"/>
        <source>Group {group} of the recovery key has a typing error: check it against the recovery sheet.</source>
        <translation>Le groupe {group} de la clé de récupération contient une faute de frappe&#xa0;: vérifiez-le sur la feuille de récupération.</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/errors.py" line="347"/>
        <source>This recovery key does not open this data folder: it was replaced by a newer one, or it belongs to another data folder.</source>
        <translation>Cette clé de récupération n’ouvre pas ce dossier de données&#xa0;: elle a été remplacée par une plus récente, ou elle appartient à un autre dossier de données.</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/errors.py" line="350"/>
        <source>This data folder has no recovery key: only its keyring entry or its passphrase opens it.</source>
        <translation>Ce dossier de données n’a pas de clé de récupération&#xa0;: seule son entrée du trousseau ou sa phrase secrète l’ouvre.</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/errors.py" line="352"/>
        <source>The recovery file {path} is damaged ({detail}): create a new recovery key.</source>
        <translation>Le fichier de récupération {path} est endommagé ({detail})&#xa0;: créez une nouvelle clé de récupération.</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/errors.py" line="354"/>
        <source>The recovery file {path} has version {version}; this version of DPO Workbench reads version {supported}.</source>
        <translation>Le fichier de récupération {path} est en version {version}&#xa0;; cette version de DPO Workbench lit la version {supported}.</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/errors.py" line="357"/>
        <source>The recovery key was made under a master key that is no longer in use: create a new recovery key.</source>
        <translation>La clé de récupération a été faite sous une clé maîtresse qui n’est plus utilisée&#xa0;: créez une nouvelle clé de récupération.</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/errors.py" line="360"/>
        <source>{path} is not a DPO Workbench backup.</source>
        <translation>{path} n’est pas une sauvegarde DPO Workbench.</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/errors.py" line="361"/>
        <source>{path} was written by a newer version of DPO Workbench (backup format {version}; this version reads format {supported}): install a newer version to open it.</source>
        <translation>{path} a été écrite par une version plus récente de DPO Workbench (format de sauvegarde {version}&#xa0;; cette version lit le format {supported})&#xa0;: installez une version plus récente pour l’ouvrir.</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/errors.py" line="364"/>
        <source>{path} is damaged (its {detail} was altered or cut short): it cannot be restored. Use another backup.</source>
        <translation>{path} est endommagée (son {detail} a été modifié ou tronqué)&#xa0;: elle ne peut pas être restaurée. Utilisez une autre sauvegarde.</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/errors.py" line="367"/>
        <source>{path} is incomplete: it ends before its last part (an interrupted copy or backup). Use another backup.</source>
        <translation>{path} est incomplète&#xa0;: elle s’arrête avant sa dernière partie (une copie ou une sauvegarde interrompue). Utilisez une autre sauvegarde.</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/errors.py" line="370"/>
        <source>{path} is damaged: its content does not match its manifest ({detail}). Use another backup.</source>
        <translation>{path} est endommagée&#xa0;: son contenu ne correspond pas à son manifeste ({detail}). Utilisez une autre sauvegarde.</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/errors.py" line="372"/>
        <source>No key at hand opens {path}: it was made by another data folder, or before its master key was replaced. Give its recovery key (DPO_WORKBENCH_RECOVERY_KEY).</source>
        <translation>Aucune clé disponible n’ouvre {path}&#xa0;: elle a été faite par un autre dossier de données, ou avant le remplacement de sa clé maîtresse. Donnez sa clé de récupération (DPO_WORKBENCH_RECOVERY_KEY).</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/errors.py" line="375"/>
        <source>{path} was made before the data folder had a recovery key: open it with the folder&apos;s keyring entry or passphrase.</source>
        <translation>{path} a été faite avant que le dossier de données ait une clé de récupération&#xa0;: ouvrez-la avec l’entrée du trousseau ou la phrase secrète du dossier.</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/errors.py" line="378"/>
        <source>This recovery key does not open {path}: the backup was made with another recovery key (an earlier or a later one) or by another data folder.</source>
        <translation>Cette clé de récupération n’ouvre pas {path}&#xa0;: la sauvegarde a été faite avec une autre clé de récupération (antérieure ou postérieure) ou par un autre dossier de données.</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/errors.py" line="381"/>
        <source>{path} was made by a newer version of DPO Workbench (database version {schema}; this version knows up to {head}): install that version or a newer one to restore it. Nothing was changed.</source>
        <translation>{path} a été faite par une version plus récente de DPO Workbench (version de la base de données {schema}&#xa0;; cette version connaît jusqu’à {head})&#xa0;: installez cette version ou une plus récente pour la restaurer. Rien n’a été modifié.</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/errors.py" line="384"/>
        <source>The backup folder {folder} cannot be used ({reason}): connect it, or choose another one in Settings. Older backups were not touched.</source>
        <translation>Le dossier de sauvegarde {folder} est inutilisable ({reason})&#xa0;: connectez-le, ou choisissez-en un autre dans Paramètres. Les sauvegardes précédentes n’ont pas été touchées.</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/errors.py" line="387"/>
        <source>The backup could not be written to {folder} ({reason}). Nothing was deleted: older backups are intact.</source>
        <translation>La sauvegarde n’a pas pu être écrite dans {folder} ({reason}). Rien n’a été supprimé&#xa0;: les sauvegardes précédentes sont intactes.</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/errors.py" line="390"/>
        <source>{path} already exists: choose a new file name (a backup never overwrites a file).</source>
        <translation>{path} existe déjà&#xa0;: choisissez un nouveau nom de fichier (une sauvegarde n’écrase jamais un fichier).</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/errors.py" line="392"/>
        <source>The master key changed while the backup was being made (a key rotation?): make it again once the rotation is finished.</source>
        <translation>La clé maîtresse a changé pendant la sauvegarde (un renouvellement de clé&#xa0;?)&#xa0;: refaites-la quand le renouvellement sera terminé.</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/errors.py" line="395"/>
        <source>{path} already holds a data folder: restore into an empty folder, or confirm that it is to be replaced (--replace; a backup of it is made first).</source>
        <translation>{path} contient déjà un dossier de données&#xa0;: restaurez dans un dossier vide, ou confirmez qu’il doit être remplacé (--replace&#xa0;; il est d’abord sauvegardé).</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/errors.py" line="398"/>
        <source>{path} holds other files and is not a DPO Workbench data folder: restore into an empty folder.</source>
        <translation>{path} contient d’autres fichiers et n’est pas un dossier de données DPO Workbench&#xa0;: restaurez dans un dossier vide.</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/errors.py" line="400"/>
        <source>No system keyring here: the restored data folder keeps its keys in a key file, protected by a passphrase. Set DPO_WORKBENCH_PASSPHRASE (or run in a terminal).</source>
        <translation>Pas de trousseau système ici&#xa0;: le dossier de données restauré garde ses clés dans un fichier de clés protégé par une phrase secrète. Définissez DPO_WORKBENCH_PASSPHRASE (ou lancez dans un terminal).</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/errors.py" line="403"/>
        <source>Before its database is upgraded (version {schema} to {head}) the data folder is backed up, and the backup failed: {reason} Nothing was changed.</source>
        <translation>Avant la mise à niveau de sa base de données (version {schema} vers {head}), le dossier de données est sauvegardé, et la sauvegarde a échoué&#xa0;: {reason} Rien n’a été modifié.</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/errors.py" line="406"/>
        <source>{path} holds an unexpected entry: it is damaged or was not made by DPO Workbench.</source>
        <translation>{path} contient une entrée inattendue&#xa0;: elle est endommagée ou n’a pas été faite par DPO Workbench.</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/errors.py" line="409"/>
        <source>Enter the postal address.</source>
        <translation>Saisissez l’adresse postale.</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/errors.py" line="410"/>
        <source>The postal address has no postcode: end it with the postcode and the town (e.g. 75011 Paris), or, for an address abroad, with the country.</source>
        <translation>L’adresse postale n’a pas de code postal&#xa0;: terminez-la par le code postal et la ville (par exemple 75011 Paris) ou, pour une adresse à l’étranger, par le pays.</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/errors.py" line="413"/>
        <source>Write the postcode before the town, on the last line of the address (e.g. 75011 Paris).</source>
        <translation>Écrivez le code postal avant la ville, sur la dernière ligne de l’adresse (par exemple 75011 Paris).</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/errors.py" line="415"/>
        <source>The postal address has the postcode {postcode} but no town: write the town after it (e.g. {postcode} Paris).</source>
        <translation>L’adresse postale a le code postal {postcode} mais pas de ville&#xa0;: écrivez la ville après lui (par exemple {postcode} Paris).</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/errors.py" line="418"/>
        <source>The postal address has no street line: add the number and street (or the locality) above the postcode and town.</source>
        <translation>L’adresse postale n’a pas de ligne de voie&#xa0;: ajoutez le numéro et la rue (ou le lieu-dit) au-dessus du code postal et de la ville.</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/errors.py" line="421"/>
        <source>An address abroad needs its street and town lines above the country ({country}).</source>
        <translation>Une adresse à l’étranger a besoin de ses lignes de voie et de localité au-dessus du pays ({country}).</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/errors.py" line="423"/>
        <source>The recipient block has {lines} lines; the post reads at most {limit} (NF Z10-011): join the complements of the address.</source>
        <translation>Le bloc du destinataire compte {lines} lignes&#xa0;; La Poste en lit au plus {limit} (NF Z10-011)&#xa0;: regroupez les compléments d’adresse.</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/errors.py" line="426"/>
        <source>The address line “{line}” is longer than {limit} characters, the most the post recommends (NF Z10-011): shorten it.</source>
        <translation>La ligne d’adresse «&#xa0;{line}&#xa0;» dépasse {limit} caractères, le maximum que recommande La Poste (NF Z10-011)&#xa0;: raccourcissez-la.</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/errors.py" line="429"/>
        <source>The severity assessment is not complete: choose {criteria}, or leave every criterion unchosen until you can assess it.</source>
        <translation>L’évaluation de la gravité est incomplète&#xa0;: choisissez {criteria}, ou ne choisissez aucun critère tant que vous ne pouvez pas l’évaluer.</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/errors.py" line="432"/>
        <source>Give the name of the person the letter is addressed to, or leave the address empty too.</source>
        <translation>Indiquez le nom de la personne à qui le courrier est adressé, ou laissez aussi l’adresse vide.</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/errors.py" line="434"/>
        <source>{reference} invokes several rights and this letter ({kind}) decides only one of them: answer each right in one letter ({combined}).</source>
        <translation>{reference} porte sur plusieurs droits et ce courrier ({kind}) n’en tranche qu’un&#xa0;: répondez sur chacun des droits dans un même courrier ({combined}).</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/errors.py" line="437"/>
        <source>This answer comes after the due date ({due}): it is {days} day(s) late. The letter can acknowledge the delay (the first free part, which you may keep, change or clear).</source>
        <translation>Cette réponse intervient après l’échéance ({due})&#xa0;: elle a {days} jour(s) de retard. Le courrier peut présenter des excuses pour ce retard (la première partie rédactionnelle, que vous pouvez garder, modifier ou effacer).</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/errors.py" line="440"/>
        <source>This file is not a profile: it is not valid JSON ({reason}).</source>
        <translation>Ce fichier n’est pas un profil&#xa0;: ce n’est pas du JSON valide ({reason}).</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/errors.py" line="442"/>
        <source>This file is not an organisation profile: it has no organisation name.</source>
        <translation>Ce fichier n’est pas un profil d’organisation&#xa0;: il ne comporte pas de nom d’organisation.</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/errors.py" line="444"/>
        <source>This profile has entries the workbench does not know ({keys}); a profile has: {known}.</source>
        <translation>Ce profil comporte des rubriques inconnues ({keys})&#xa0;; un profil comporte&#xa0;: {known}.</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/errors.py" line="446"/>
        <source>This profile is damaged: {keys} should be text (the profile part, a group of entries).</source>
        <translation>Ce profil est endommagé&#xa0;: {keys} devrait être du texte (la partie profile, un groupe de rubriques).</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/errors.py" line="448"/>
        <source>This file is too large to be an organisation profile (over 5 MB).</source>
        <translation>Ce fichier est trop volumineux pour être un profil d’organisation (plus de 5 Mo).</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/errors.py" line="450"/>
        <source>The request cannot have been received on {on}: a step of it is already recorded on {step}. Check the date.</source>
        <translation>La demande ne peut pas avoir été reçue le {on}&#xa0;: une étape en est déjà enregistrée le {step}. Vérifiez la date.</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/errors.py" line="288"/>
        <source>None of the keys of this data folder opens its database: the database or the key store comes from another data folder, or the database is damaged.</source>
        <translation>Aucune clé de ce dossier de données n&apos;ouvre sa base&#xa0;: la base ou le magasin de clés vient d&apos;un autre dossier de données, ou la base est endommagée.</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/errors.py" line="236"/>
        <source>the message has no readable sender address (From, Reply-To, Sender or Return-Path).</source>
        <translation>le message n’a pas d’adresse d’expéditeur lisible (From, Reply-To, Sender ou Return-Path).</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/errors.py" line="291"/>
        <source>No master keys for this data folder are in the system keyring.</source>
        <translation>Le trousseau du système ne contient aucune clé maîtresse pour ce dossier de données.</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/errors.py" line="293"/>
        <source>There is no key file at {path}.</source>
        <translation>Il n&apos;y a pas de fichier de clés à l&apos;emplacement {path}.</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/errors.py" line="294"/>
        <source>The system keyring could not be read ({reason}). Unlock it (log in to your desktop session) and try again.</source>
        <translation>Le trousseau du système n&apos;a pas pu être lu ({reason}). Déverrouillez-le (ouvrez votre session de bureau) et réessayez.</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/errors.py" line="297"/>
        <source>The system keyring refused to store the master keys ({reason}). Unlock it and try again.</source>
        <translation>Le trousseau du système a refusé d&apos;enregistrer les clés maîtresses ({reason}). Déverrouillez-le et réessayez.</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/errors.py" line="299"/>
        <source>The system keyring did not keep the master keys.</source>
        <translation>Le trousseau du système n&apos;a pas conservé les clés maîtresses.</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/errors.py" line="300"/>
        <source>The passphrase is empty. Choose a passphrase to protect the keys.</source>
        <translation>La phrase secrète est vide. Choisissez une phrase secrète pour protéger les clés.</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/errors.py" line="302"/>
        <source>The passphrase is too short: use at least {minimum} characters (a few unrelated words are easy to remember and hard to guess).</source>
        <translation>La phrase secrète est trop courte&#xa0;: utilisez au moins {minimum} caractères (quelques mots sans rapport entre eux se retiennent facilement et se devinent difficilement).</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/errors.py" line="305"/>
        <source>The passphrase is wrong.</source>
        <translation>La phrase secrète est erronée.</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/errors.py" line="306"/>
        <source>The passphrase is wrong (3 tries); nothing was changed.</source>
        <translation>La phrase secrète est erronée (3 essais)&#xa0;; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/errors.py" line="308"/>
        <source>no system keyring here: set DPO_WORKBENCH_PASSPHRASE to the passphrase that will protect the keys of this data folder</source>
        <translation>pas de trousseau du système ici&#xa0;: définissez DPO_WORKBENCH_PASSPHRASE avec la phrase secrète qui protégera les clés de ce dossier de données</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/errors.py" line="311"/>
        <source>the keys of this data folder are protected by a passphrase: set DPO_WORKBENCH_PASSPHRASE or run in a terminal</source>
        <translation>les clés de ce dossier de données sont protégées par une phrase secrète&#xa0;: définissez DPO_WORKBENCH_PASSPHRASE ou lancez la commande dans un terminal</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/errors.py" line="314"/>
        <source>The key file is locked: enter the passphrase.</source>
        <translation>Le fichier de clés est verrouillé&#xa0;: saisissez la phrase secrète.</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/errors.py" line="315"/>
        <source>Choose a passphrase to protect the keys of this data folder.</source>
        <translation>Choisissez une phrase secrète pour protéger les clés de ce dossier de données.</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/errors.py" line="317"/>
        <source>The keys of this data folder are protected by a passphrase.</source>
        <translation>Les clés de ce dossier de données sont protégées par une phrase secrète.</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/errors.py" line="318"/>
        <source>The keys of this data folder are in the system keyring: there is no passphrase to change.</source>
        <translation>Les clés de ce dossier de données sont dans le trousseau du système&#xa0;: il n&apos;y a pas de phrase secrète à changer.</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/errors.py" line="320"/>
        <source>Encrypting the database failed: table {table} has {copied} rows instead of {count}. The original database is unchanged.</source>
        <translation>Le chiffrement de la base a échoué&#xa0;: la table {table} compte {copied} lignes au lieu de {count}. La base d&apos;origine est inchangée.</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/errors.py" line="324"/>
        <source>the data folder already holds requests; the demo only fills an empty one</source>
        <translation>le dossier de données contient déjà des demandes&#xa0;; la démonstration ne remplit qu&apos;un dossier vide</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/errors.py" line="327"/>
        <source>The period ends ({end}) before it starts ({start}).</source>
        <translation>La période se termine ({end}) avant de commencer ({start}).</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/errors.py" line="329"/>
        <source>There is no annual report for {year}: choose a year from 2018 (the GDPR) to {last}.</source>
        <translation>Pas de bilan annuel pour {year}&#xa0;: choisissez une année de 2018 (le RGPD) à {last}.</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/errors.py" line="331"/>
        <source>Unknown format {format}: choose csv, json or xlsx.</source>
        <translation>Format {format} inconnu&#xa0;: choisissez csv, json ou xlsx.</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/errors.py" line="333"/>
        <source>Unknown state {state}: choose open, closed or all.</source>
        <translation>État {state} inconnu&#xa0;: choisissez open, closed ou all.</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/errors.py" line="335"/>
        <source>The folder {folder} does not exist: nothing was written.</source>
        <translation>Le dossier {folder} n’existe pas&#xa0;: rien n’a été écrit.</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/errors.py" line="337"/>
        <source>Cannot write {path}: {reason}. Nothing was written.</source>
        <translation>Impossible d’écrire {path}&#xa0;: {reason}. Rien n’a été écrit.</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/errors.py" line="339"/>
        <source>{path} is a folder: give a file name.</source>
        <translation>{path} est un dossier&#xa0;: indiquez un nom de fichier.</translation>
    </message>
</context>
<context>
    <name>NewBreachDialog</name>
    <message>
        <location filename="../../dpo_workbench/ui/breaches/dialogs.py" line="35"/>
        <source>Open a breach</source>
        <translation>Ouvrir une violation</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/breaches/dialogs.py" line="38"/>
        <source>DD/MM/YYYY HH:MM (Paris time), or ISO with an offset</source>
        <translation>JJ/MM/AAAA HH:MM (heure de Paris), ou ISO avec le décalage</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/breaches/dialogs.py" line="42"/>
        <source>e.g. laptop stolen in the train; mailing sent to the wrong list</source>
        <translation>p. ex. ordinateur portable volé dans le train ; envoi à la mauvaise liste</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/breaches/dialogs.py" line="45"/>
        <source>The 72 hours to notify the CNIL run from the moment the company became aware of the breach (Art. 33(1)), weekends and holidays included.</source>
        <translation>Les 72 heures pour notifier la CNIL courent à partir du moment où l&apos;entreprise a eu connaissance de la violation (art. 33(1)), week-ends et jours fériés compris.</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/breaches/dialogs.py" line="50"/>
        <source>Aware since</source>
        <translation>Connue depuis le</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/breaches/dialogs.py" line="51"/>
        <source>What happened</source>
        <translation>Ce qui s&apos;est passé</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/breaches/dialogs.py" line="53"/>
        <source>Open the breach</source>
        <translation>Ouvrir la violation</translation>
    </message>
</context>
<context>
    <name>NewRequestDialog</name>
    <message>
        <location filename="../../dpo_workbench/ui/requests/new_request.py" line="47"/>
        <source>Log a new request</source>
        <translation>Enregistrer une nouvelle demande</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/requests/new_request.py" line="63"/>
        <source>e.g. 1A 123 456 7890 1</source>
        <translation>ex.&#xa0;: 1A 123 456 7890 1</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/requests/new_request.py" line="76"/>
        <source>Rights invoked</source>
        <translation>Droits invoqués</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/requests/new_request.py" line="90"/>
        <source>Received by</source>
        <translation>Canal de réception</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/requests/new_request.py" line="91"/>
        <source>Received on</source>
        <translation>Date de réception</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/requests/new_request.py" line="92"/>
        <source>Received at</source>
        <translation>Date et heure de réception</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/requests/new_request.py" line="93"/>
        <source>Registered-mail number</source>
        <translation>N° de lettre recommandée</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/requests/new_request.py" line="95"/>
        <source>Requester&apos;s name</source>
        <translation>Nom du demandeur</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/requests/new_request.py" line="96"/>
        <source>E-mail address</source>
        <translation>Adresse électronique</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/requests/new_request.py" line="97"/>
        <source>Telephone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/requests/new_request.py" line="98"/>
        <source>Postal address</source>
        <translation>Adresse postale</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/requests/new_request.py" line="99"/>
        <source>Relation</source>
        <translation>Catégorie de personne</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/requests/new_request.py" line="101"/>
        <source>French</source>
        <translation>Français</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/requests/new_request.py" line="102"/>
        <source>English</source>
        <translation>Anglais</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/requests/new_request.py" line="103"/>
        <source>The language of the request: the letters answering it are written in it.</source>
        <translation>La langue de la demande : les courriers qui y répondent sont rédigés dans cette langue.</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/requests/new_request.py" line="104"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/requests/new_request.py" line="126"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message numerus="yes">
        <location filename="../../dpo_workbench/ui/requests/new_request.py" line="194"/>
        <source>This person already made %n request(s) for the same right in the last %1 months:</source>
        <translation>
            <numerusform>Cette personne a déjà présenté %n demande portant sur le même droit au cours des %1 derniers mois&#xa0;:</numerusform>
            <numerusform>Cette personne a déjà présenté %n demandes portant sur le même droit au cours des %1 derniers mois&#xa0;:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/requests/new_request.py" line="200"/>
        <source>A manifestly excessive, repetitive request may be refused or charged (GDPR Art. 12(5)); record your reasoning.</source>
        <translation>Une demande manifestement excessive, notamment par son caractère répétitif, peut être refusée ou donner lieu au paiement de frais raisonnables (art. 12, § 5, du RGPD)&#xa0;; consignez votre analyse.</translation>
    </message>
</context>
<context>
    <name>NotificationDialog</name>
    <message>
        <location filename="../../dpo_workbench/ui/breaches/dialogs.py" line="88"/>
        <source>Record a notification sent to the CNIL</source>
        <translation>Enregistrer une notification envoyée à la CNIL</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/breaches/dialogs.py" line="98"/>
        <source>the number the teleservice gave</source>
        <translation>le numéro donné par le téléservice</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/breaches/dialogs.py" line="101"/>
        <source>Sent at</source>
        <translation>Envoyée le</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/breaches/dialogs.py" line="102"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/breaches/dialogs.py" line="103"/>
        <source>CNIL reference</source>
        <translation>Référence CNIL</translation>
    </message>
</context>
<context>
    <name>OrganisationDialog</name>
    <message>
        <location filename="../../dpo_workbench/ui/settings/organisation.py" line="100"/>
        <source>Organisation profile</source>
        <translation>Profil de l’organisation</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/settings/organisation.py" line="117"/>
        <source>Legal form, share capital, RCS, registered office</source>
        <translation>Forme sociale, capital, RCS, siège social</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/settings/organisation.py" line="119"/>
        <source>Empty: the town of the address</source>
        <translation>Vide&#xa0;: la ville de l’adresse</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/settings/organisation.py" line="132"/>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/settings/organisation.py" line="135"/>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/settings/organisation.py" line="150"/>
        <source>Name of the controller</source>
        <translation>Nom du responsable de traitement</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/settings/organisation.py" line="151"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/settings/organisation.py" line="152"/>
        <source>SIREN</source>
        <translation>SIREN</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/settings/organisation.py" line="153"/>
        <source>Legal mention (letter footer)</source>
        <translation>Mention légale (pied de page des courriers)</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/settings/organisation.py" line="154"/>
        <source>Place of writing</source>
        <translation>Lieu d’écriture («&#xa0;Paris, le …&#xa0;»)</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/settings/organisation.py" line="155"/>
        <source>Public holidays of</source>
        <translation>Jours fériés de</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/settings/organisation.py" line="156"/>
        <source>Logo (PNG or JPEG)</source>
        <translation>Logo (PNG ou JPEG)</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/settings/organisation.py" line="157"/>
        <source>Sector of activity</source>
        <translation>Secteur d’activité</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/settings/organisation.py" line="158"/>
        <source>Headcount</source>
        <translation>Effectif</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/settings/organisation.py" line="159"/>
        <source>Legal representative</source>
        <translation>Représentant légal</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/settings/organisation.py" line="160"/>
        <source>The region sets the public holidays used for new requests&apos; deadlines (Alsace-Moselle adds Good Friday and 26 December). Sector, headcount and legal representative go into breach notifications to the CNIL.</source>
        <translation>La région détermine les jours fériés pris en compte dans les délais des nouvelles demandes (l’Alsace-Moselle ajoute le Vendredi saint et le 26 décembre). Le secteur, l’effectif et le représentant légal figurent dans les notifications de violation à la CNIL.</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/settings/organisation.py" line="174"/>
        <source>Empty: the organisation&apos;s address</source>
        <translation>Vide&#xa0;: l’adresse de l’organisation</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/settings/organisation.py" line="183"/>
        <source>DPO name</source>
        <translation>Nom du DPO</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/settings/organisation.py" line="184"/>
        <source>DPO e-mail</source>
        <translation>Courriel du DPO</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/settings/organisation.py" line="185"/>
        <source>DPO telephone</source>
        <translation>Téléphone du DPO</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/settings/organisation.py" line="186"/>
        <source>DPO postal address</source>
        <translation>Adresse postale du DPO</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/settings/organisation.py" line="187"/>
        <source>Signature line (French)</source>
        <translation>Qualité du signataire (français)</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/settings/organisation.py" line="188"/>
        <source>Signature line (English)</source>
        <translation>Qualité du signataire (anglais)</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/settings/organisation.py" line="189"/>
        <source>Complaint authority (French)</source>
        <translation>Autorité de réclamation (français)</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/settings/organisation.py" line="190"/>
        <source>Complaint authority (English)</source>
        <translation>Autorité de réclamation (anglais)</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/settings/organisation.py" line="199"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/settings/organisation.py" line="200"/>
        <source>DPO and signature</source>
        <translation>DPO et signature</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/settings/organisation.py" line="201"/>
        <source>Processing register</source>
        <translation>Registre des traitements</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/settings/organisation.py" line="210"/>
        <source>Import a profile…</source>
        <translation>Importer un profil…</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/settings/organisation.py" line="211"/>
        <source>Fill the form from a profile file (JSON), e.g. one shipped with the application; nothing is saved until you press Save</source>
        <translation>Remplit le formulaire à partir d’un fichier de profil (JSON), par exemple l’un de ceux fournis avec l’application&#xa0;; rien n’est enregistré avant Enregistrer</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/settings/organisation.py" line="227"/>
        <source>Import an organisation profile</source>
        <translation>Importer un profil d’organisation</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/settings/organisation.py" line="228"/>
        <source>Organisation profiles (*.json)</source>
        <translation>Profils d’organisation (*.json)</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/settings/organisation.py" line="239"/>
        <source>Profile of %1 read from %2: check it, then Save to use it (Cancel keeps the current profile).</source>
        <translation>Profil de %1 lu dans %2&#xa0;: vérifiez-le, puis Enregistrer pour l’utiliser (Annuler garde le profil actuel).</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/settings/organisation.py" line="279"/>
        <source>No logo</source>
        <translation>Pas de logo</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/settings/organisation.py" line="291"/>
        <source>The file cannot be read: %1</source>
        <translation>Le fichier ne peut pas être lu&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/settings/organisation.py" line="302"/>
        <source>Choose the logo</source>
        <translation>Choisir le logo</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/settings/organisation.py" line="303"/>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Images (*.png *.jpg *.jpeg)</translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <location filename="../../dpo_workbench/ui/letters/dialog.py" line="61"/>
        <source>◀ Previous page</source>
        <translation>◀ Page précédente</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/letters/dialog.py" line="62"/>
        <source>Next page ▶</source>
        <translation>Page suivante ▶</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/letters/dialog.py" line="63"/>
        <source>Page width</source>
        <translation>Largeur de page</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/letters/dialog.py" line="64"/>
        <source>Whole page</source>
        <translation>Page entière</translation>
    </message>
</context>
<context>
    <name>PostalRequestDialog</name>
    <message>
        <location filename="../../dpo_workbench/ui/intake/postal.py" line="48"/>
        <source>New postal request</source>
        <translation>Nouvelle demande postale</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/intake/postal.py" line="52"/>
        <location filename="../../dpo_workbench/ui/intake/postal.py" line="105"/>
        <source>Scans of the letter</source>
        <translation>Numérisations du courrier</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/intake/postal.py" line="54"/>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/intake/postal.py" line="54"/>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/intake/postal.py" line="54"/>
        <source>What it is</source>
        <translation>Nature</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/intake/postal.py" line="60"/>
        <source>Add scans…</source>
        <translation>Ajouter des numérisations…</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/intake/postal.py" line="62"/>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/intake/postal.py" line="68"/>
        <source>JPEG, PNG, TIFF or PDF; or drop the files here. They are encrypted with the request.</source>
        <translation>JPEG, PNG, TIFF ou PDF&#xa0;; ou déposez les fichiers ici. Ils sont chiffrés avec la demande.</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/intake/postal.py" line="105"/>
        <source>Scans (%1);;All files (*)</source>
        <translation>Numérisations (%1);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/intake/postal.py" line="137"/>
        <source>A scan cannot be read: %1</source>
        <translation>Une numérisation ne peut pas être lue&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/intake/postal.py" line="141"/>
        <source>Nothing was saved.</source>
        <translation>Rien n&apos;a été enregistré.</translation>
    </message>
</context>
<context>
    <name>PrintDialog</name>
    <message>
        <location filename="../../dpo_workbench/ui/register/dialogs.py" line="299"/>
        <source>Print the register as of…</source>
        <translation>Imprimer le registre à une date…</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/register/dialogs.py" line="302"/>
        <source>French</source>
        <translation>Français</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/register/dialogs.py" line="302"/>
        <source>English</source>
        <translation>Anglais</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/register/dialogs.py" line="303"/>
        <source>Every processing as it stood at the end of that day, with its DPIA screening and its reasoning, then the processor register (PDF).</source>
        <translation>Chaque traitement tel qu’il était à la fin de ce jour, avec son examen AIPD et son raisonnement, puis le registre du sous-traitant (PDF).</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/register/dialogs.py" line="308"/>
        <source>Register as of</source>
        <translation>Registre au</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/register/dialogs.py" line="309"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
</context>
<context>
    <name>ProcessingEditor</name>
    <message>
        <location filename="../../dpo_workbench/ui/register/editor.py" line="96"/>
        <source>French texts</source>
        <translation>Textes en français</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/register/editor.py" line="97"/>
        <source>English texts</source>
        <translation>Textes en anglais</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/register/editor.py" line="103"/>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/register/editor.py" line="105"/>
        <source>Undo changes</source>
        <translation>Annuler les modifications</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/register/editor.py" line="107"/>
        <location filename="../../dpo_workbench/ui/register/editor.py" line="244"/>
        <source>End this processing</source>
        <translation>Mettre fin au traitement</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/register/editor.py" line="108"/>
        <source>It leaves the current register and the access replies; it stays in its history and in the registers of past dates</source>
        <translation>Il sort du registre en vigueur et des réponses d’accès&#xa0;; il reste dans son historique et dans les registres des dates passées</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/register/editor.py" line="172"/>
        <source>Empty: the next free reference</source>
        <translation>Vide&#xa0;: la prochaine référence libre</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/register/editor.py" line="179"/>
        <source>not set</source>
        <translation>non renseignée</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/register/editor.py" line="193"/>
        <source>(none)</source>
        <translation>(aucune)</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/register/editor.py" line="216"/>
        <source>(no department)</source>
        <translation>(aucun service)</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/register/editor.py" line="233"/>
        <source>New processing</source>
        <translation>Nouveau traitement</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/register/editor.py" line="234"/>
        <source>New processing carried out as processor</source>
        <translation>Nouveau traitement effectué comme sous-traitant</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/register/editor.py" line="244"/>
        <source>Put back in the register</source>
        <translation>Remettre au registre</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/register/editor.py" line="245"/>
        <source>Version %1, last changed %2</source>
        <translation>Version %1, modifiée le %2</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/register/editor.py" line="287"/>
        <source>In the other language: %1</source>
        <translation>Dans l’autre langue&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>ProcessingsSection</name>
    <message>
        <location filename="../../dpo_workbench/ui/requests/casework.py" line="109"/>
        <source>Processings concerning the person</source>
        <translation>Traitements concernant la personne</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/requests/casework.py" line="123"/>
        <source>Link the suggested ones</source>
        <translation>Lier les suggestions</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/requests/casework.py" line="124"/>
        <source>Link</source>
        <translation>Lier</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/requests/casework.py" line="125"/>
        <source>Other processings…</source>
        <translation>Autres traitements…</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/requests/casework.py" line="126"/>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/requests/casework.py" line="129"/>
        <source>Departments asked for the data</source>
        <translation>Services sollicités</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/requests/casework.py" line="136"/>
        <source>Department</source>
        <translation>Service</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/requests/casework.py" line="136"/>
        <source>Answer by</source>
        <translation>Réponse avant le</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/requests/casework.py" line="144"/>
        <source>Ask the departments…</source>
        <translation>Interroger les services…</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/requests/casework.py" line="145"/>
        <source>E-mail…</source>
        <translation>Courriel…</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/requests/casework.py" line="146"/>
        <source>Remind…</source>
        <translation>Relancer…</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/requests/casework.py" line="147"/>
        <source>Record the answer…</source>
        <translation>Enregistrer la réponse…</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/requests/casework.py" line="148"/>
        <source>Details…</source>
        <translation>Détails…</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/requests/casework.py" line="149"/>
        <source>No longer needed…</source>
        <translation>Plus nécessaire…</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/requests/casework.py" line="188"/>
        <source>ended</source>
        <translation>terminé</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/requests/casework.py" line="191"/>
        <source>Linked: the access reply describes it.</source>
        <translation>Lié&#xa0;: la réponse au droit d’accès le décrit.</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/requests/casework.py" line="193"/>
        <source>Suggested by the requester&apos;s category, accepted.</source>
        <translation>Suggéré par la catégorie du demandeur, accepté.</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/requests/casework.py" line="197"/>
        <source>Retention: %1</source>
        <translation>Conservation&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/requests/casework.py" line="202"/>
        <source>Suggested: %1</source>
        <translation>Suggéré&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/requests/casework.py" line="208"/>
        <source>Suggested for a requester of category %1: not linked yet.</source>
        <translation>Suggéré pour un demandeur de catégorie %1&#xa0;: pas encore lié.</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/requests/casework.py" line="211"/>
        <source>No processing linked. Link those that concern the person (Other processings…): the access reply describes them, and their departments are the ones asked for the data.</source>
        <translation>Aucun traitement lié. Liez ceux qui concernent la personne (Autres traitements…)&#xa0;: la réponse au droit d’accès les décrit, et ce sont leurs services qui sont sollicités.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../dpo_workbench/ui/requests/casework.py" line="215"/>
        <source>Nothing linked yet. The register suggests %n processing(s) for a requester of category %1: link those that concern the person.</source>
        <translation>
            <numerusform>Rien n’est encore lié. Le registre suggère %n traitement pour un demandeur de catégorie %1&#xa0;: liez-le s’il concerne la personne.</numerusform>
            <numerusform>Rien n’est encore lié. Le registre suggère %n traitements pour un demandeur de catégorie %1&#xa0;: liez ceux qui concernent la personne.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../dpo_workbench/ui/requests/casework.py" line="219"/>
        <source>%n processing(s) linked: the access reply describes them.</source>
        <translation>
            <numerusform>%n traitement lié&#xa0;: la réponse au droit d’accès le décrit.</numerusform>
            <numerusform>%n traitements liés&#xa0;: la réponse au droit d’accès les décrit.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/requests/casework.py" line="235"/>
        <source>None asked yet.</source>
        <translation>Aucun service sollicité pour l’instant.</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/requests/casework.py" line="236"/>
        <source>None asked yet. Link the processings that concern the person first: their departments are the ones asked.</source>
        <translation>Aucun service sollicité pour l’instant. Liez d’abord les traitements qui concernent la personne&#xa0;: ce sont leurs services qui sont sollicités.</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/requests/casework.py" line="242"/>
        <source>Department: %1</source>
        <translation>Service&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/requests/casework.py" line="242"/>
        <source>No owner department</source>
        <translation>Aucun service responsable</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/requests/casework.py" line="293"/>
        <source>Not possible</source>
        <translation>Impossible</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/requests/casework.py" line="368"/>
        <source>No longer needed</source>
        <translation>Plus nécessaire</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/requests/casework.py" line="369"/>
        <source>Why is the answer of %1 no longer needed? (kept in the timeline)</source>
        <translation>Pourquoi la réponse de %1 n’est-elle plus nécessaire&#xa0;? (conservé dans l’historique)</translation>
    </message>
</context>
<context>
    <name>PurgeDialog</name>
    <message>
        <location filename="../../dpo_workbench/ui/retention/dialog.py" line="48"/>
        <source>Records past retention</source>
        <translation>Durées de conservation dépassées</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/retention/dialog.py" line="57"/>
        <source>Periods set in Settings › Retention: %1.</source>
        <translation>Durées fixées dans Paramètres › Conservation&#xa0;: %1.</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/retention/dialog.py" line="58"/>
        <source>; </source>
        <comment>between the periods</comment>
        <translation>&#xa0;; </translation>
    </message>
    <message numerus="yes">
        <location filename="../../dpo_workbench/ui/retention/dialog.py" line="58"/>
        <source>%1: %n year(s)</source>
        <translation>
            <numerusform>%1&#xa0;: %n an</numerusform>
            <numerusform>%1&#xa0;: %n ans</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/retention/dialog.py" line="64"/>
        <source>Record</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/retention/dialog.py" line="64"/>
        <source>Ended on</source>
        <translation>Terminé le</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/retention/dialog.py" line="64"/>
        <source>Past its period since</source>
        <translation>Durée dépassée depuis le</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/retention/dialog.py" line="73"/>
        <source>I have checked this list: remove these personal data for good</source>
        <translation>J’ai vérifié cette liste&#xa0;: supprimer définitivement ces données personnelles</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/retention/dialog.py" line="85"/>
        <source>Purge</source>
        <translation>Purger</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/retention/dialog.py" line="100"/>
        <source>Nothing is past its retention period.</source>
        <translation>Rien n’a dépassé sa durée de conservation.</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/retention/dialog.py" line="104"/>
        <source>On %1, %2 are past their retention period.</source>
        <translation>Au %1, ont dépassé leur durée de conservation&#xa0;: %2.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../dpo_workbench/ui/retention/dialog.py" line="113"/>
        <source>%n closed request(s)</source>
        <translation>
            <numerusform>%n demande close</numerusform>
            <numerusform>%n demandes closes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../dpo_workbench/ui/retention/dialog.py" line="115"/>
        <source>%n breach record(s)</source>
        <translation>
            <numerusform>%n fiche de violation</numerusform>
            <numerusform>%n fiches de violation</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../dpo_workbench/ui/retention/dialog.py" line="117"/>
        <source>the e-mails of %n request(s)</source>
        <translation>
            <numerusform>les courriels de %n demande</numerusform>
            <numerusform>les courriels de %n demandes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../dpo_workbench/ui/retention/dialog.py" line="119"/>
        <source>%n journal entry(ies)</source>
        <translation>
            <numerusform>%n entrée du journal</numerusform>
            <numerusform>%n entrées du journal</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/retention/dialog.py" line="120"/>
        <source>, </source>
        <comment>between the counts</comment>
        <translation>, </translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/retention/dialog.py" line="138"/>
        <source>Requests to anonymise (%1)</source>
        <translation>Demandes à anonymiser (%1)</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/retention/dialog.py" line="139"/>
        <source>Breach records to reduce to their facts (%1)</source>
        <translation>Fiches de violation à réduire aux faits (%1)</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/retention/dialog.py" line="140"/>
        <source>Requests whose e-mails are destroyed (%1)</source>
        <translation>Demandes dont les courriels sont détruits (%1)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../dpo_workbench/ui/retention/dialog.py" line="141"/>
        <source>%n e-mail(s)</source>
        <translation>
            <numerusform>%n courriel</numerusform>
            <numerusform>%n courriels</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/retention/dialog.py" line="143"/>
        <source>Journal</source>
        <translation>Journal</translation>
    </message>
    <message numerus="yes">
        <location filename="../../dpo_workbench/ui/retention/dialog.py" line="148"/>
        <source>%n entry(ies) from the start, numbers up to %1</source>
        <translation>
            <numerusform>%n entrée depuis le début, numéro %1</numerusform>
            <numerusform>%n entrées depuis le début, numéros jusqu’à %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/retention/dialog.py" line="153"/>
        <source>Stops before an entry that still proves %1, kept</source>
        <translation>S’arrête avant une entrée qui prouve encore %1, conservée</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/retention/dialog.py" line="162"/>
        <source>Requests: the person&apos;s name and contact details, the notes and reasons, the departments&apos; answers, the letters, scans and files are removed for good; the reference, dates, rights, channel and outcome stay for the figures.</source>
        <translation>Demandes&#xa0;: le nom et les coordonnées de la personne, les notes et motifs, les réponses des services, les courriers, numérisations et fichiers sont supprimés définitivement&#xa0;; la référence, les dates, les droits, le canal et l’issue restent pour les statistiques.</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/retention/dialog.py" line="166"/>
        <source>Breaches: the free texts go; dates, nature, categories, counts, severity and notifications stay.</source>
        <translation>Violations&#xa0;: les textes libres sont supprimés&#xa0;; dates, nature, catégories, nombres, gravité et notifications restent.</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/retention/dialog.py" line="169"/>
        <source>E-mails: the messages as received and their attachments are destroyed.</source>
        <translation>Courriels&#xa0;: les messages tels que reçus et leurs pièces jointes sont détruits.</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/retention/dialog.py" line="171"/>
        <source>Journal: its oldest entries are replaced by a checkpoint; the chain stays verifiable.</source>
        <translation>Journal&#xa0;: ses entrées les plus anciennes sont remplacées par un point de contrôle&#xa0;; la chaîne reste vérifiable.</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/retention/dialog.py" line="173"/>
        <source>This cannot be undone. Backups made before keep these data until they are rotated out. The purge is recorded in the journal with the counts and references.</source>
        <translation>C’est irréversible. Les sauvegardes faites avant conservent ces données jusqu’à leur rotation. La purge est consignée au journal avec les nombres et les références.</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/retention/dialog.py" line="205"/>
        <source>The purge failed (%1); nothing was removed.</source>
        <translation>La purge a échoué (%1)&#xa0;; rien n’a été supprimé.</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/retention/dialog.py" line="219"/>
        <source>Purge done</source>
        <translation>Purge effectuée</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/retention/dialog.py" line="227"/>
        <source>Recorded</source>
        <translation>Consignée</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/retention/dialog.py" line="227"/>
        <source>journal entry no. %1 (retention.purge), %2 by %3</source>
        <translation>entrée n° %1 du journal (retention.purge), le %2 par %3</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/retention/dialog.py" line="230"/>
        <source>Requests anonymised</source>
        <translation>Demandes anonymisées</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/retention/dialog.py" line="231"/>
        <source>Breach records reduced</source>
        <translation>Fiches de violation réduites</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/retention/dialog.py" line="232"/>
        <source>E-mails destroyed</source>
        <translation>Courriels détruits</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/retention/dialog.py" line="232"/>
        <source>%1 (requests %2)</source>
        <translation>%1 (demandes %2)</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/retention/dialog.py" line="234"/>
        <source>Documents destroyed</source>
        <translation>Documents détruits</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/retention/dialog.py" line="235"/>
        <source>Journal entries removed</source>
        <translation>Entrées du journal supprimées</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/retention/dialog.py" line="239"/>
        <source>The journal keeps this proof (counts and references, nothing personal); “dpo-workbench audit verify” checks that its chain is whole.</source>
        <translation>Le journal conserve cette preuve (nombres et références, rien de personnel)&#xa0;; «&#xa0;dpo-workbench audit verify&#xa0;» vérifie que sa chaîne est intacte.</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyDialog</name>
    <message>
        <location filename="../../dpo_workbench/ui/backups/recovery.py" line="51"/>
        <location filename="../../dpo_workbench/ui/backups/recovery.py" line="148"/>
        <location filename="../../dpo_workbench/ui/backups/recovery.py" line="196"/>
        <source>Recovery key</source>
        <translation>Clé de récupération</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/backups/recovery.py" line="55"/>
        <location filename="../../dpo_workbench/ui/backups/recovery.py" line="56"/>
        <source>Your data is encrypted</source>
        <translation>Vos données sont chiffrées</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/backups/recovery.py" line="58"/>
        <source>This is the first start with the data folder %1. A new encryption key was created for it.</source>
        <translation>C’est le premier démarrage avec le dossier de données %1. Une nouvelle clé de chiffrement a été créée pour lui.</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/backups/recovery.py" line="66"/>
        <source>The recovery key opens this data folder and its backups when the keyring entry or the passphrase is lost, on this computer or on another one. It is shown once: print its sheet or write it down, and keep it locked away from the computer. Whoever has it and a backup can read the register.</source>
        <translation>La clé de récupération ouvre ce dossier de données et ses sauvegardes quand l’entrée du trousseau ou la phrase secrète est perdue, sur cet ordinateur ou sur un autre. Elle n’est affichée qu’une fois&#xa0;: imprimez sa feuille ou recopiez-la, et gardez-la sous clé, loin de l’ordinateur. Qui la détient avec une sauvegarde peut lire le registre.</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/backups/recovery.py" line="95"/>
        <source>Save the recovery sheet (PDF)…</source>
        <translation>Enregistrer la feuille de récupération (PDF)…</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/backups/recovery.py" line="103"/>
        <source>I have printed the sheet or written the key down, and will keep it in a safe place</source>
        <translation>J’ai imprimé la feuille ou recopié la clé, et je la garderai en lieu sûr</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/backups/recovery.py" line="121"/>
        <source>A recovery key was made on %1 (identifier %2). It is on its recovery sheet; it cannot be shown again.</source>
        <translation>Une clé de récupération a été créée le %1 (identifiant %2). Elle figure sur sa feuille de récupération&#xa0;; elle ne peut pas être affichée de nouveau.</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/backups/recovery.py" line="125"/>
        <source>Replace the recovery key…</source>
        <translation>Remplacer la clé de récupération…</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/backups/recovery.py" line="127"/>
        <source>This data folder has no recovery key yet: if its keyring entry or its passphrase were lost, nobody could open it or its backups.</source>
        <translation>Ce dossier de données n’a pas encore de clé de récupération&#xa0;: si son entrée du trousseau ou sa phrase secrète était perdue, personne ne pourrait l’ouvrir, ni ses sauvegardes.</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/backups/recovery.py" line="130"/>
        <source>Create the recovery key</source>
        <translation>Créer la clé de récupération</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/backups/recovery.py" line="132"/>
        <source>The recovery key no longer matches the keys of this data folder (its file is damaged, or it was made before a key change): create a new one.</source>
        <translation>La clé de récupération ne correspond plus aux clés de ce dossier de données (son fichier est endommagé, ou elle a été faite avant un changement de clé)&#xa0;: créez-en une nouvelle.</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/backups/recovery.py" line="135"/>
        <source>Create a new recovery key</source>
        <translation>Créer une nouvelle clé de récupération</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/backups/recovery.py" line="139"/>
        <source>Replace the recovery key</source>
        <translation>Remplacer la clé de récupération</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/backups/recovery.py" line="140"/>
        <source>Make a new recovery key? The current one will no longer open this data folder nor the backups made from now on (the backups made until now still open with it). Destroy its sheet once the new one is kept.</source>
        <translation>Créer une nouvelle clé de récupération&#xa0;? L’actuelle n’ouvrira plus ce dossier de données ni les sauvegardes faites à partir de maintenant (les sauvegardes faites jusqu’ici s’ouvrent encore avec elle). Détruisez sa feuille une fois la nouvelle mise en lieu sûr.</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/backups/recovery.py" line="152"/>
        <source>Identifier %1, made on %2. The fifth character of each group is a check: a typing error is named by its group. It is not shown again.</source>
        <translation>Identifiant %1, créée le %2. Le cinquième caractère de chaque groupe est un contrôle&#xa0;: une faute de frappe est signalée avec son groupe. Elle ne sera plus affichée.</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/backups/recovery.py" line="156"/>
        <source>The new recovery key:</source>
        <translation>La nouvelle clé de récupération&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/backups/recovery.py" line="157"/>
        <source>The new recovery key (the previous one no longer opens this data folder):</source>
        <translation>La nouvelle clé de récupération (la précédente n’ouvre plus ce dossier de données)&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/backups/recovery.py" line="170"/>
        <location filename="../../dpo_workbench/ui/backups/recovery.py" line="180"/>
        <location filename="../../dpo_workbench/ui/backups/recovery.py" line="183"/>
        <source>Save the recovery sheet</source>
        <translation>Enregistrer la feuille de récupération</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/backups/recovery.py" line="171"/>
        <source>recovery-sheet.pdf</source>
        <translation>feuille-de-recuperation.pdf</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/backups/recovery.py" line="172"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/backups/recovery.py" line="184"/>
        <source>The sheet was saved to %1. Print it, then delete the file: a printed sheet in a safe is harder to steal than a file.</source>
        <translation>La feuille a été enregistrée dans %1. Imprimez-la, puis supprimez le fichier&#xa0;: une feuille imprimée dans un coffre est plus difficile à voler qu’un fichier.</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/backups/recovery.py" line="197"/>
        <source>Close without keeping the recovery key? It is never shown again (you can make a new one later).</source>
        <translation>Fermer sans avoir gardé la clé de récupération&#xa0;? Elle ne sera plus jamais affichée (vous pourrez en créer une nouvelle plus tard).</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyPrompt</name>
    <message>
        <location filename="../../dpo_workbench/ui/backups/verify.py" line="48"/>
        <location filename="../../dpo_workbench/ui/backups/verify.py" line="55"/>
        <source>Recovery key</source>
        <translation>Clé de récupération</translation>
    </message>
</context>
<context>
    <name>RecoveryUnlockDialog</name>
    <message>
        <location filename="../../dpo_workbench/ui/settings/recovery_unlock.py" line="42"/>
        <source>Open with the recovery key</source>
        <translation>Ouvrir avec la clé de récupération</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/settings/recovery_unlock.py" line="44"/>
        <source>Type the recovery key of the data folder %1 (on its recovery sheet). Its keys are then kept again as on the first start.</source>
        <translation>Tapez la clé de récupération du dossier de données %1 (sur sa feuille de récupération). Ses clés sont ensuite de nouveau conservées comme au premier démarrage.</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/settings/recovery_unlock.py" line="57"/>
        <source>Recovery key</source>
        <translation>Clé de récupération</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/settings/recovery_unlock.py" line="59"/>
        <source>Choose a new passphrase for the key file; the old one no longer opens it.</source>
        <translation>Choisissez une nouvelle phrase secrète pour le fichier de clés&#xa0;; l’ancienne ne l’ouvrira plus.</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/settings/recovery_unlock.py" line="63"/>
        <source>New passphrase</source>
        <translation>Nouvelle phrase secrète</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/settings/recovery_unlock.py" line="64"/>
        <source>Type it again</source>
        <translation>Retapez-la</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/settings/recovery_unlock.py" line="66"/>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/settings/recovery_unlock.py" line="89"/>
        <source>The two passphrases differ: type the same one twice.</source>
        <translation>Les deux phrases secrètes diffèrent&#xa0;: tapez deux fois la même.</translation>
    </message>
</context>
<context>
    <name>Register</name>
    <message>
        <location filename="../../dpo_workbench/ui/register/model.py" line="29"/>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/register/model.py" line="30"/>
        <source>Processing</source>
        <translation>Traitement</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/register/model.py" line="31"/>
        <source>Department</source>
        <translation>Service</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/register/model.py" line="32"/>
        <source>DPIA screening</source>
        <translation>Examen AIPD</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/register/model.py" line="33"/>
        <source>Changed on</source>
        <translation>Modifié le</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/register/model.py" line="98"/>
        <source> (ended)</source>
        <translation> (terminé)</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/register/tab.py" line="42"/>
        <location filename="../../dpo_workbench/ui/register/tab.py" line="71"/>
        <source>Register</source>
        <translation>Registre</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/register/tab.py" line="47"/>
        <source>Import the register of processing activities…</source>
        <translation>Importer le registre des traitements…</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/register/tab.py" line="50"/>
        <source>Export the register of processing activities…</source>
        <translation>Exporter le registre des traitements…</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/register/tab.py" line="52"/>
        <location filename="../../dpo_workbench/ui/register/tab.py" line="186"/>
        <source>Print the register as of…</source>
        <translation>Imprimer le registre à une date…</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/register/tab.py" line="100"/>
        <location filename="../../dpo_workbench/ui/register/tab.py" line="130"/>
        <source>Import the register of processing activities</source>
        <translation>Importer le registre des traitements</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/register/tab.py" line="102"/>
        <source>Spreadsheets (*.xlsx *.ods *.csv)</source>
        <translation>Classeurs (*.xlsx *.ods *.csv)</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/register/tab.py" line="135"/>
        <source>Register imported: %1 added, %2 changed, %3 unchanged.</source>
        <translation>Registre importé&#xa0;: %1 ajouté(s), %2 modifié(s), %3 inchangé(s).</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/register/tab.py" line="163"/>
        <source>Export the register of processing activities</source>
        <translation>Exporter le registre des traitements</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/register/tab.py" line="180"/>
        <source>Register exported to %1 (readable by you only).</source>
        <translation>Registre exporté dans %1 (lisible par vous seul).</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/register/tab.py" line="200"/>
        <source>Register as of the chosen day saved as %1.</source>
        <translation>Registre à la date choisie enregistré sous %1.</translation>
    </message>
</context>
<context>
    <name>RegisterExportDialog</name>
    <message>
        <location filename="../../dpo_workbench/ui/dashboard/exports.py" line="42"/>
        <source>Export the register</source>
        <translation>Exporter le registre</translation>
    </message>
    <message numerus="yes">
        <location filename="../../dpo_workbench/ui/dashboard/exports.py" line="44"/>
        <source>%n request(s) shown in the register, with their current filter.</source>
        <translation>
            <numerusform>%n demande affichée dans le registre, avec son filtre actuel.</numerusform>
            <numerusform>%n demandes affichées dans le registre, avec son filtre actuel.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/dashboard/exports.py" line="47"/>
        <source>Excel workbook (.xlsx)</source>
        <translation>Classeur Excel (.xlsx)</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/dashboard/exports.py" line="48"/>
        <source>CSV file (.csv)</source>
        <translation>Fichier CSV (.csv)</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/dashboard/exports.py" line="49"/>
        <source>Include the requesters&apos; names</source>
        <translation>Inclure le nom des demandeurs</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/dashboard/exports.py" line="50"/>
        <source>Without names, the file holds references, rights, dates, outcomes and days taken. Names are personal data: the file is readable by you only and the export is recorded in the journal.</source>
        <translation>Sans les noms, le fichier contient les références, droits, dates, suites données et délais. Les noms sont des données personnelles&#xa0;: le fichier n’est lisible que par vous et l’export est inscrit au journal.</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/dashboard/exports.py" line="56"/>
        <source>Format</source>
        <translation>Format</translation>
    </message>
</context>
<context>
    <name>RegisterModel</name>
    <message>
        <location filename="../../dpo_workbench/ui/requests/register_model.py" line="144"/>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/requests/register_model.py" line="144"/>
        <source>Requester</source>
        <translation>Demandeur</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/requests/register_model.py" line="144"/>
        <source>Rights</source>
        <translation>Droits</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/requests/register_model.py" line="144"/>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/requests/register_model.py" line="145"/>
        <source>Received</source>
        <translation>Reçue le</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/requests/register_model.py" line="145"/>
        <source>Due date</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/requests/register_model.py" line="145"/>
        <source>Days left</source>
        <translation>Jours restants</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/requests/register_model.py" line="145"/>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/requests/register_model.py" line="197"/>
        <source>%1 · extended</source>
        <translation>%1 · prorogée</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/requests/register_model.py" line="216"/>
        <source>Overdue: the deadline was %1.</source>
        <translation>En retard&#xa0;: l&apos;échéance était fixée au %1.</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/requests/register_model.py" line="218"/>
        <source>Due within 7 days.</source>
        <translation>Échéance dans les 7 jours.</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/requests/register_model.py" line="220"/>
        <source>Clock suspended since %1: identity information awaited. The due date moves by the days waited.</source>
        <translation>Délai suspendu depuis le %1&#xa0;: justificatif d&apos;identité attendu. L&apos;échéance est reportée d&apos;autant de jours que dure l&apos;attente.</translation>
    </message>
</context>
<context>
    <name>RegisterPointer</name>
    <message numerus="yes">
        <location filename="../../dpo_workbench/ui/settings/organisation.py" line="67"/>
        <source>The register of processing activities (GDPR Art. 30) is kept in the Register tab: %n processing(s) done as controller, each with every field of the CNIL model, its department, its history and its DPIA screening. Access replies describe them from there.</source>
        <translation>
            <numerusform>Le registre des activités de traitement (art. 30 du RGPD) est tenu dans l’onglet Registre&#xa0;: %n traitement effectué comme responsable de traitement, avec chaque champ du modèle de la CNIL, son service, son historique et son examen AIPD. Les réponses d’accès le décrivent à partir de là.</numerusform>
            <numerusform>Le registre des activités de traitement (art. 30 du RGPD) est tenu dans l’onglet Registre&#xa0;: %n traitements effectués comme responsable de traitement, chacun avec chaque champ du modèle de la CNIL, son service, son historique et son examen AIPD. Les réponses d’accès les décrivent à partir de là.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/settings/organisation.py" line="76"/>
        <source>Save and open the Register tab</source>
        <translation>Enregistrer et ouvrir l’onglet Registre</translation>
    </message>
    <message numerus="yes">
        <location filename="../../dpo_workbench/ui/settings/organisation.py" line="89"/>
        <source>This profile holds %n processing activity(ies): saving it adds them to the register (one whose name is already there is not added twice).</source>
        <translation>
            <numerusform>Ce profil contient %n activité de traitement&#xa0;: l’enregistrer l’ajoute au registre (sauf si un traitement du même nom y figure déjà).</numerusform>
            <numerusform>Ce profil contient %n activités de traitement&#xa0;: l’enregistrer les ajoute au registre (un traitement dont le nom y figure déjà n’est pas ajouté deux fois).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RegisterView</name>
    <message>
        <location filename="../../dpo_workbench/ui/register/view.py" line="46"/>
        <source>Processing activities (controller)</source>
        <translation>Activités de traitement (responsable)</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/register/view.py" line="47"/>
        <source>Processor register (for clients)</source>
        <translation>Registre du sous-traitant (pour les clients)</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/register/view.py" line="49"/>
        <source>Search reference, name or purpose</source>
        <translation>Rechercher une référence, un nom, une finalité</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/register/view.py" line="53"/>
        <source>Any DPIA outcome</source>
        <translation>Tout résultat d’examen AIPD</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/register/view.py" line="56"/>
        <source>Ended too</source>
        <translation>Terminés aussi</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/register/view.py" line="68"/>
        <source>New processing</source>
        <translation>Nouveau traitement</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/register/view.py" line="70"/>
        <source>Departments…</source>
        <translation>Services…</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/register/view.py" line="72"/>
        <source>Import…</source>
        <translation>Importer…</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/register/view.py" line="74"/>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/register/view.py" line="76"/>
        <source>Print as of…</source>
        <translation>Imprimer à une date…</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/register/view.py" line="103"/>
        <source>Record</source>
        <translation>Fiche</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/register/view.py" line="104"/>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/register/view.py" line="142"/>
        <source>All departments</source>
        <translation>Tous les services</translation>
    </message>
    <message numerus="yes">
        <location filename="../../dpo_workbench/ui/register/view.py" line="161"/>
        <location filename="../../dpo_workbench/ui/register/view.py" line="236"/>
        <source>%n processing(s)</source>
        <translation>
            <numerusform>%n traitement</numerusform>
            <numerusform>%n traitements</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReloadBox</name>
    <message>
        <location filename="../../dpo_workbench/ui/widgets/conflict.py" line="20"/>
        <source>Changed by someone else</source>
        <translation>Modifiée par quelqu’un d’autre</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/widgets/conflict.py" line="22"/>
        <source>What you typed is kept. Reload to see their change, then save again.</source>
        <translation>Votre saisie est conservée. Rechargez pour voir sa modification, puis enregistrez de nouveau.</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/widgets/conflict.py" line="23"/>
        <source>Reload</source>
        <translation>Recharger</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/widgets/conflict.py" line="24"/>
        <source>Not now</source>
        <translation>Pas maintenant</translation>
    </message>
</context>
<context>
    <name>RequestPanel</name>
    <message>
        <location filename="../../dpo_workbench/ui/requests/panel.py" line="100"/>
        <source>Requester</source>
        <translation>Demandeur</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/requests/panel.py" line="100"/>
        <source>Relation</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/requests/panel.py" line="100"/>
        <source>E-mail</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/requests/panel.py" line="101"/>
        <source>Telephone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/requests/panel.py" line="101"/>
        <source>Postal address</source>
        <translation>Adresse postale</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/requests/panel.py" line="102"/>
        <source>Rights</source>
        <translation>Droits</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/requests/panel.py" line="102"/>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/requests/panel.py" line="102"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/requests/panel.py" line="103"/>
        <source>Received</source>
        <translation>Reçue le</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/requests/panel.py" line="104"/>
        <source>Registered mail</source>
        <translation>Lettre recommandée</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/requests/panel.py" line="104"/>
        <source>Extension</source>
        <translation>Prorogation</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/requests/panel.py" line="105"/>
        <source>Outcome</source>
        <translation>Suite donnée</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/requests/panel.py" line="106"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/requests/panel.py" line="117"/>
        <source>Modify…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/requests/panel.py" line="118"/>
        <source>Ask for identity…</source>
        <translation>Demander un justificatif…</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/requests/panel.py" line="119"/>
        <source>Identity received…</source>
        <translation>Justificatif reçu…</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/requests/panel.py" line="120"/>
        <source>Extend…</source>
        <translation>Proroger…</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/requests/panel.py" line="121"/>
        <source>Answer…</source>
        <translation>Répondre…</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/requests/panel.py" line="122"/>
        <source>Close</source>
        <translation>Clôturer</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/requests/panel.py" line="123"/>
        <source>Record withdrawal…</source>
        <translation>Retrait de la demande…</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/requests/panel.py" line="124"/>
        <source>Letter…</source>
        <translation>Courrier…</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/requests/panel.py" line="125"/>
        <source>Case file for an inquiry…</source>
        <translation>Dossier pour un contrôle…</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/requests/panel.py" line="167"/>
        <source>Timeline</source>
        <translation>Historique</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/requests/panel.py" line="168"/>
        <location filename="../../dpo_workbench/ui/requests/panel.py" line="225"/>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/requests/panel.py" line="169"/>
        <source>Documents and identity: letters, scans, e-mails, the identity check</source>
        <translation>Documents et identité&#xa0;: courriers, numérisations, courriels, vérification d’identité</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/requests/panel.py" line="174"/>
        <location filename="../../dpo_workbench/ui/requests/panel.py" line="244"/>
        <source>Processings</source>
        <translation>Traitements</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/requests/panel.py" line="224"/>
        <source>Documents (%1)</source>
        <translation>Documents (%1)</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/requests/panel.py" line="236"/>
        <source>Personal data removed on %1, at the end of the retention period: the request is kept for the figures only.</source>
        <translation>Données personnelles supprimées le %1, au terme de la durée de conservation&#xa0;: la demande n’est conservée que pour les statistiques.</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/requests/panel.py" line="244"/>
        <source>Processings (%1)</source>
        <translation>Traitements (%1)</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/requests/panel.py" line="283"/>
        <source>Earlier request(s) by the same person for the same right:</source>
        <translation>Demande(s) antérieure(s) de la même personne portant sur le même droit&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/requests/panel.py" line="297"/>
        <source>recorded %1 by %2</source>
        <translation>consigné le %1 par %2</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/requests/panel.py" line="310"/>
        <source>&lt;b&gt;Clock suspended&lt;/b&gt; since %1 while identity information is awaited. If it arrives today, the due date will be &lt;b&gt;%2&lt;/b&gt;.</source>
        <translation>&lt;b&gt;Délai suspendu&lt;/b&gt; depuis le %1 dans l&apos;attente du justificatif d&apos;identité. S&apos;il parvient aujourd&apos;hui, l&apos;échéance sera le &lt;b&gt;%2&lt;/b&gt;.</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/requests/panel.py" line="318"/>
        <source>Due date: &lt;b&gt;%1&lt;/b&gt; (&lt;span style=&apos;color:%2&apos;&gt;%3&lt;/span&gt;).</source>
        <translation>Échéance&#xa0;: &lt;b&gt;%1&lt;/b&gt; (&lt;span style=&apos;color:%2&apos;&gt;%3&lt;/span&gt;).</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/requests/panel.py" line="321"/>
        <source>Due date was %1.</source>
        <translation>L&apos;échéance était fixée au %1.</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/requests/panel.py" line="322"/>
        <source>One month from receipt: %1</source>
        <translation>Un mois à compter de la réception&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../dpo_workbench/ui/requests/panel.py" line="324"/>
        <source>including %n day(s) of suspension</source>
        <translation>
            <numerusform>suspension de %n jour incluse</numerusform>
            <numerusform>suspension de %n jours incluse</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/requests/panel.py" line="326"/>
        <source>extended by two months (three months from receipt)</source>
        <translation>prorogation de deux mois (trois mois à compter de la réception)</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/requests/panel.py" line="327"/>
        <source>; </source>
        <comment>between the explanations of the due date</comment>
        <translation>&#xa0;; </translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/requests/panel.py" line="368"/>
        <source>Not possible</source>
        <translation>Action impossible</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/requests/panel.py" line="371"/>
        <location filename="../../dpo_workbench/ui/requests/panel.py" line="396"/>
        <source>Please note</source>
        <translation>Attention</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/requests/panel.py" line="389"/>
        <source>Reloaded with %1&apos;s change: check what you typed, then press OK again.</source>
        <translation>Rechargée avec la modification de %1&#xa0;: vérifiez votre saisie, puis cliquez de nouveau sur OK.</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/requests/panel.py" line="418"/>
        <source>Nothing was changed.</source>
        <translation>Rien n’a été modifié.</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/requests/panel.py" line="420"/>
        <source>Corrections saved. The due date moves from %1 to %2.</source>
        <translation>Corrections enregistrées. L’échéance passe du %1 au %2.</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/requests/panel.py" line="423"/>
        <source>Corrections saved; the due date is unchanged (%1).</source>
        <translation>Corrections enregistrées&#xa0;; l’échéance est inchangée (%1).</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/requests/panel.py" line="431"/>
        <source>Ask for identity information</source>
        <translation>Demander un justificatif d&apos;identité</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/requests/panel.py" line="436"/>
        <source>Identity information received</source>
        <translation>Justificatif d&apos;identité reçu</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/requests/panel.py" line="446"/>
        <source>Extend the deadline by two months</source>
        <translation>Proroger le délai de deux mois</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/requests/panel.py" line="447"/>
        <source>Why the request needs more time (complexity, number of requests); the person must be told.</source>
        <translation>Motif de la prorogation (complexité, nombre de demandes)&#xa0;; la personne doit en être informée.</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/requests/panel.py" line="450"/>
        <source>This date is after the one-month deadline (%1): the law requires the person to be told of the extension within the first month.</source>
        <translation>Cette date est postérieure à l&apos;expiration du délai d&apos;un mois (%1)&#xa0;: la personne doit être informée de la prorogation dans le mois qui suit la réception de sa demande.</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/requests/panel.py" line="462"/>
        <source>Record the answer</source>
        <translation>Enregistrer la réponse</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/requests/panel.py" line="464"/>
        <source>Required for a refusal or a partial answer: the reasons given to the person.</source>
        <translation>Obligatoire en cas de refus ou de réponse partielle&#xa0;: les motifs communiqués à la personne.</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/requests/panel.py" line="466"/>
        <source>This date is after the due date (%1): the answer is late.</source>
        <translation>Cette date est postérieure à l&apos;échéance (%1)&#xa0;: la réponse est tardive.</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/requests/panel.py" line="480"/>
        <source>The person withdrew the request</source>
        <translation>La personne a retiré sa demande</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../../dpo_workbench/ui/backups/restore.py" line="57"/>
        <location filename="../../dpo_workbench/ui/backups/restore.py" line="151"/>
        <location filename="../../dpo_workbench/ui/backups/restore.py" line="236"/>
        <location filename="../../dpo_workbench/ui/backups/restore.py" line="247"/>
        <location filename="../../dpo_workbench/ui/backups/restore.py" line="269"/>
        <source>Restore a backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/backups/restore.py" line="62"/>
        <source>Choose a backup file (.dpobak)</source>
        <translation>Choisissez un fichier de sauvegarde (.dpobak)</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/backups/restore.py" line="63"/>
        <location filename="../../dpo_workbench/ui/backups/restore.py" line="87"/>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/backups/restore.py" line="79"/>
        <source>Replace the register in use (it is backed up first)</source>
        <translation>Remplacer le registre en service (il est d’abord sauvegardé)</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/backups/restore.py" line="80"/>
        <source>Into a new, empty data folder:</source>
        <translation>Dans un nouveau dossier de données vide&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/backups/restore.py" line="86"/>
        <source>an empty folder</source>
        <translation>un dossier vide</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/backups/restore.py" line="100"/>
        <source>No safe system keyring here: the keys of the new folder will be kept in a key file, protected by a passphrase you choose now.</source>
        <translation>Pas de trousseau système sûr ici&#xa0;: les clés du nouveau dossier seront conservées dans un fichier de clés, protégé par une phrase secrète que vous choisissez maintenant.</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/backups/restore.py" line="105"/>
        <source>Passphrase</source>
        <translation>Phrase secrète</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/backups/restore.py" line="106"/>
        <source>Type it again</source>
        <translation>Retapez-la</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/backups/restore.py" line="111"/>
        <source>Backup</source>
        <translation>Sauvegarde</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/backups/restore.py" line="114"/>
        <source>Recovery key</source>
        <translation>Clé de récupération</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/backups/restore.py" line="116"/>
        <location filename="../../dpo_workbench/ui/backups/restore.py" line="124"/>
        <source>Restore</source>
        <translation>Restaurer</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/backups/restore.py" line="128"/>
        <source>A restore brings back the register as it was when the backup was made: what was done since is not in it. Nothing changes until the backup was read and checked whole.</source>
        <translation>Une restauration remet le registre tel qu’il était au moment de la sauvegarde&#xa0;: ce qui a été fait depuis n’y est pas. Rien ne change tant que la sauvegarde n’a pas été lue et vérifiée en entier.</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/backups/restore.py" line="168"/>
        <source>Made on %1 by DPO Workbench %2.</source>
        <translation>Faite le %1 par DPO Workbench %2.</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/backups/restore.py" line="169"/>
        <source>This data folder&apos;s keys do not open it: type the recovery key that was in force when it was made.</source>
        <translation>Les clés de ce dossier de données ne l’ouvrent pas&#xa0;: tapez la clé de récupération en vigueur quand elle a été faite.</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/backups/restore.py" line="171"/>
        <source>It opens with this data folder&apos;s keys.</source>
        <translation>Elle s’ouvre avec les clés de ce dossier de données.</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/backups/restore.py" line="186"/>
        <source>An empty folder for the restored data</source>
        <translation>Un dossier vide pour les données restaurées</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/backups/restore.py" line="202"/>
        <source>Choose the backup file to restore.</source>
        <translation>Choisissez le fichier de sauvegarde à restaurer.</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/backups/restore.py" line="215"/>
        <source>Choose the folder to restore into.</source>
        <translation>Choisissez le dossier où restaurer.</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/backups/restore.py" line="220"/>
        <source>This folder is not empty: choose an empty folder (or a new one), or replace the register in use.</source>
        <translation>Ce dossier n’est pas vide&#xa0;: choisissez un dossier vide (ou un nouveau), ou remplacez le registre en service.</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/backups/restore.py" line="229"/>
        <source>The two passphrases differ: type the same one twice.</source>
        <translation>Les deux phrases secrètes diffèrent&#xa0;: tapez deux fois la même.</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/backups/restore.py" line="237"/>
        <source>Replace the register in use with the backup made on %1? What was done since then will be in the backup of the current register made first, not in the restored one.</source>
        <translation>Remplacer le registre en service par la sauvegarde du %1&#xa0;? Ce qui a été fait depuis sera dans la sauvegarde du registre actuel faite d’abord, pas dans le registre restauré.</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/backups/restore.py" line="247"/>
        <source>Reading and checking the backup…</source>
        <translation>Lecture et vérification de la sauvegarde…</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/backups/restore.py" line="253"/>
        <source>Stopped. Nothing was changed.</source>
        <translation>Arrêté. Rien n’a été modifié.</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/backups/restore.py" line="259"/>
        <source>The restore stopped on an unexpected error; nothing was changed. The details are in the log.</source>
        <translation>La restauration s’est arrêtée sur une erreur inattendue&#xa0;; rien n’a été modifié. Les détails sont dans le journal technique.</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/backups/restore.py" line="268"/>
        <source>Backing up the register in use first…</source>
        <translation>Sauvegarde préalable du registre en service…</translation>
    </message>
</context>
<context>
    <name>Retention</name>
    <message>
        <location filename="../../dpo_workbench/ui/retention/texts.py" line="14"/>
        <source>Closed requests</source>
        <translation>Demandes closes</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/retention/texts.py" line="15"/>
        <source>Closed breach records</source>
        <translation>Fiches de violation closes</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/retention/texts.py" line="16"/>
        <source>E-mails of closed requests</source>
        <translation>Courriels des demandes closes</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/retention/texts.py" line="17"/>
        <source>Journal entries</source>
        <translation>Entrées du journal</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/retention/texts.py" line="24"/>
        <source>Default 5 years after closing: the file proves how each right was answered, and a claim about it can be brought for 5 years (art. 2224 Code civil). Proof is kept in intermediate archive no longer than needed, then anonymised for statistics (customer-data policy § 9). Past it, the person&apos;s identity, the DPO&apos;s words, the letters and documents go; the reference, dates, rights, channel and outcome stay, so the figures do not change.</source>
        <translation>Par défaut 5 ans après la clôture&#xa0;: le dossier prouve comment chaque droit a été traité, et une action à son sujet peut être engagée pendant 5 ans (art. 2224 du Code civil). La preuve est conservée en archivage intermédiaire pas plus longtemps que nécessaire, puis anonymisée à des fins statistiques (politique données clients, § 9). Au-delà, l’identité de la personne, les mots du DPO, les courriers et documents sont supprimés&#xa0;; la référence, les dates, les droits, le canal et l’issue restent, les statistiques ne changent pas.</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/retention/texts.py" line="30"/>
        <source>Default 5 years after closing: the breach register lets the CNIL check compliance (Art. 33(5) GDPR), and the people affected may claim damages (Art. 82) for 5 years. Past it, the free texts (circumstances, consequences, contacts) go; dates, nature, categories, counts, severity and notifications stay in the register.</source>
        <translation>Par défaut 5 ans après la clôture&#xa0;: le registre des violations permet à la CNIL de vérifier la conformité (art. 33(5) RGPD), et les personnes concernées peuvent demander réparation (art. 82) pendant 5 ans. Au-delà, les textes libres (circonstances, conséquences, contacts) sont supprimés&#xa0;; dates, nature, catégories, nombres, gravité et notifications restent au registre.</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/retention/texts.py" line="35"/>
        <source>Default 1 year after closing: the request keeps when and how it arrived and what was asked; the e-mail as received (its full text, attachments, addresses in copy) serves the follow-ups and complaints of the year after the answer. Past it, it is destroyed.</source>
        <translation>Par défaut 1 an après la clôture&#xa0;: la demande garde quand et comment elle est arrivée et ce qui était demandé&#xa0;; le courriel tel que reçu (texte intégral, pièces jointes, adresses en copie) sert aux relances et réclamations de l’année qui suit la réponse. Au-delà, il est détruit.</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/retention/texts.py" line="39"/>
        <source>Default 6 years: journal entries prove what was done with the records, so they are kept as long as those (a request&apos;s life and its 5 years after closing). An entry that still proves a record kept is never purged, nor any after it; a checkpoint keeps the chain verifiable.</source>
        <translation>Par défaut 6 ans&#xa0;: les entrées du journal prouvent ce qui a été fait des dossiers, elles sont donc conservées aussi longtemps qu’eux (la vie d’une demande et ses 5 ans après la clôture). Une entrée qui prouve encore un dossier conservé n’est jamais purgée, ni aucune après elle&#xa0;; un point de contrôle garde la chaîne vérifiable.</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/retention/texts.py" line="49"/>
        <source> year(s)</source>
        <translation> an(s)</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/retention/texts.py" line="50"/>
        <source> year(s) after closing</source>
        <translation> an(s) après la clôture</translation>
    </message>
</context>
<context>
    <name>RetentionController</name>
    <message>
        <location filename="../../dpo_workbench/ui/retention/controller.py" line="41"/>
        <source>Records past retention…</source>
        <translation>Durées de conservation dépassées…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../dpo_workbench/ui/retention/controller.py" line="74"/>
        <source>%n record(s) past retention</source>
        <translation>
            <numerusform>%n dossier hors durée de conservation</numerusform>
            <numerusform>%n dossiers hors durée de conservation</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/retention/controller.py" line="76"/>
        <source>On %1, records are past the retention periods set in Settings › Retention. Click to see them and purge them.</source>
        <translation>Au %1, des dossiers ont dépassé les durées de conservation fixées dans Paramètres › Conservation. Cliquez pour les voir et les purger.</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/retention/controller.py" line="86"/>
        <source>Retention periods</source>
        <translation>Durées de conservation</translation>
    </message>
    <message numerus="yes">
        <location filename="../../dpo_workbench/ui/retention/controller.py" line="87"/>
        <source>%n record(s) are past their retention period. Review them and purge what must go?</source>
        <translation>
            <numerusform>%n dossier a dépassé sa durée de conservation. L’examiner et purger ce qui doit l’être&#xa0;?</numerusform>
            <numerusform>%n dossiers ont dépassé leur durée de conservation. Les examiner et purger ce qui doit l’être&#xa0;?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/retention/controller.py" line="89"/>
        <source>Review…</source>
        <translation>Examiner…</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/retention/controller.py" line="90"/>
        <source>Later</source>
        <translation>Plus tard</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/retention/controller.py" line="110"/>
        <source>Purge done: recorded in the journal (entry %1).</source>
        <translation>Purge effectuée&#xa0;: consignée au journal (entrée %1).</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <location filename="../../dpo_workbench/ui/settings/dialog.py" line="43"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/settings/dialog.py" line="44"/>
        <source>Your name (recorded in the journal and timelines)</source>
        <translation>Votre nom (journal d&apos;audit et historiques)</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/settings/dialog.py" line="45"/>
        <source>Warn of a repeated request within (months)</source>
        <translation>Signaler les demandes répétées sous (mois)</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/settings/dialog.py" line="46"/>
        <source>Keep ID copies after verification (days)</source>
        <translation>Conserver les copies d&apos;identité vérifiées (jours)</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/settings/dialog.py" line="47"/>
        <source>Backup folder</source>
        <translation>Dossier de sauvegarde</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/settings/dialog.py" line="48"/>
        <source>Fetch mail every (minutes)</source>
        <translation>Relever le courrier toutes les (minutes)</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/settings/dialog.py" line="49"/>
        <source>Departments answer before the request&apos;s due date (days)</source>
        <translation>Réponse des services avant l’échéance de la demande (jours)</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/settings/dialog.py" line="56"/>
        <source>only when asked</source>
        <translation>seulement sur demande</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/settings/dialog.py" line="62"/>
        <source>France (national public holidays)</source>
        <translation>France (jours fériés nationaux)</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/settings/dialog.py" line="63"/>
        <source>Moselle (57) - Alsace-Moselle local law</source>
        <translation>Moselle (57) – droit local d&apos;Alsace-Moselle</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/settings/dialog.py" line="64"/>
        <source>Bas-Rhin (67) - Alsace-Moselle local law</source>
        <translation>Bas-Rhin (67) – droit local d&apos;Alsace-Moselle</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/settings/dialog.py" line="65"/>
        <source>Haut-Rhin (68) - Alsace-Moselle local law</source>
        <translation>Haut-Rhin (68) – droit local d&apos;Alsace-Moselle</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/settings/dialog.py" line="70"/>
        <source>System language</source>
        <translation>Langue du système</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../dpo_workbench/ui/settings/dialog.py" line="78"/>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/settings/dialog.py" line="114"/>
        <source>The organisation, its DPO, the region of its public holidays and its processing register are set in Organisation profile.</source>
        <translation>L’organisation, son DPO, la région de ses jours fériés et son registre des traitements se règlent dans Profil de l’organisation.</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/settings/dialog.py" line="122"/>
        <source>General</source>
        <translation>Général</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/settings/dialog.py" line="123"/>
        <source>Retention</source>
        <translation>Conservation</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/settings/dialog.py" line="146"/>
        <source>How long the workbench keeps its own records once they are finished, counted from the day a request or a breach was closed. What is past its period is shown in the status bar and in File › Records past retention…; nothing is removed until you confirm it there.</source>
        <translation>Combien de temps l’atelier conserve ses propres dossiers une fois terminés, à compter du jour où une demande ou une violation a été close. Ce qui a dépassé sa durée apparaît dans la barre d’état et dans Fichier › Durées de conservation dépassées…&#xa0;; rien n’est supprimé avant que vous l’y confirmiez.</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/settings/dialog.py" line="159"/>
        <source>backups/ in the data folder</source>
        <translation>backups/ dans le dossier de données</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/settings/dialog.py" line="161"/>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/settings/dialog.py" line="165"/>
        <source>Backup folder</source>
        <translation>Dossier de sauvegarde</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/settings/dialog.py" line="180"/>
        <source>Encryption keys</source>
        <translation>Clés de chiffrement</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/settings/dialog.py" line="183"/>
        <source>Kept in: %1</source>
        <translation>Conservées dans&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/settings/dialog.py" line="190"/>
        <source>Change passphrase…</source>
        <translation>Changer la phrase secrète…</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/settings/dialog.py" line="194"/>
        <source>Rotate master key…</source>
        <translation>Renouveler la clé maîtresse…</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/settings/dialog.py" line="210"/>
        <source>Kept in: the team database, sealed for each user</source>
        <translation>Conservées dans&#xa0;: la base d’équipe, scellées pour chaque utilisateur</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/settings/dialog.py" line="213"/>
        <source>Everything personal on the server is sealed with the team key. Each user opens it with their own passphrase, or with their key kept in this computer&apos;s keyring: Team › Change my passphrase…, Team › Remember my key on this computer. A dpo rotates the team key after removing someone (dpo-workbench team rotate-key).</source>
        <translation>Tout ce qui est personnel sur le serveur est scellé avec la clé d’équipe. Chaque utilisateur l’ouvre avec sa propre phrase secrète, ou avec sa clé gardée dans le trousseau de cet ordinateur&#xa0;: Équipe › Changer ma phrase secrète…, Équipe › Mémoriser ma clé sur cet ordinateur. Un DPO renouvelle la clé d’équipe après avoir retiré quelqu’un (dpo-workbench team rotate-key).</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/settings/dialog.py" line="228"/>
        <source>Change passphrase</source>
        <translation>Changer la phrase secrète</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/settings/dialog.py" line="229"/>
        <source>The passphrase was changed. Type the new one from the next start.</source>
        <translation>La phrase secrète a été changée. Saisissez la nouvelle dès le prochain démarrage.</translation>
    </message>
</context>
<context>
    <name>SeverityWidget</name>
    <message>
        <location filename="../../dpo_workbench/ui/breaches/fields.py" line="151"/>
        <source>Severity (ENISA method)</source>
        <translation>Gravité (méthode ENISA)</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/breaches/fields.py" line="153"/>
        <source>Simple data (identity, contact…)</source>
        <translation>Données simples (identité, coordonnées…)</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/breaches/fields.py" line="154"/>
        <source>Behavioural data (location, habits…)</source>
        <translation>Données comportementales (localisation, habitudes…)</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/breaches/fields.py" line="155"/>
        <source>Financial data</source>
        <translation>Données financières</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/breaches/fields.py" line="156"/>
        <source>Sensitive data (health, opinions…)</source>
        <translation>Données sensibles (santé, opinions…)</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/breaches/fields.py" line="162"/>
        <source>none (0)</source>
        <translation>aucun (0)</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/breaches/fields.py" line="164"/>
        <source>Raise or lower the score for the context: volume of data, vulnerable people, data already public, invalid or encrypted data…</source>
        <translation>Augmente ou diminue le score selon le contexte : volume de données, personnes vulnérables, données déjà publiques, inexactes ou chiffrées…</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/breaches/fields.py" line="166"/>
        <source>Negligible</source>
        <translation>Négligeable</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/breaches/fields.py" line="166"/>
        <source>Limited</source>
        <translation>Limitée</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/breaches/fields.py" line="167"/>
        <source>Significant</source>
        <translation>Importante</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/breaches/fields.py" line="167"/>
        <source>Maximum</source>
        <translation>Maximale</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/breaches/fields.py" line="186"/>
        <source>Data processing context (DPC)</source>
        <translation>Contexte du traitement (DPC)</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/breaches/fields.py" line="193"/>
        <source>Context adjustment</source>
        <translation>Ajustement au contexte</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/breaches/fields.py" line="187"/>
        <source>Ease of identification (EI)</source>
        <translation>Facilité d&apos;identification (EI)</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/breaches/fields.py" line="177"/>
        <source>Malicious intent (%1)</source>
        <translation>Intention malveillante (%1)</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/breaches/fields.py" line="188"/>
        <source>Loss of confidentiality (CB)</source>
        <translation>Perte de confidentialité (CB)</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/breaches/fields.py" line="189"/>
        <source>Loss of integrity (CB)</source>
        <translation>Perte d&apos;intégrité (CB)</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/breaches/fields.py" line="190"/>
        <source>Loss of availability (CB)</source>
        <translation>Perte de disponibilité (CB)</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/breaches/fields.py" line="197"/>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/breaches/fields.py" line="198"/>
        <source>Suggested decision</source>
        <translation>Décision suggérée</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/breaches/fields.py" line="207"/>
        <source>— to choose —</source>
        <translation>— à choisir —</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/breaches/fields.py" line="259"/>
        <source>Not assessed</source>
        <translation>Non évaluée</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/breaches/fields.py" line="261"/>
        <source>still to choose: %1</source>
        <translation>reste à choisir&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/breaches/fields.py" line="264"/>
        <source>None until every criterion is chosen.</source>
        <translation>Aucune tant que tous les critères ne sont pas choisis.</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/breaches/fields.py" line="270"/>
        <source>SE = %1 × %2 + %3 = %4 — %5</source>
        <translation>SE = %1 × %2 + %3 = %4 — %5</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <location filename="../../dpo_workbench/ui/help/shortcuts.py" line="32"/>
        <source>Save the breach record (breach editor)</source>
        <translation>Enregistrer le dossier de la violation (éditeur de violation)</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../dpo_workbench/ui/help/shortcuts.py" line="39"/>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/help/shortcuts.py" line="43"/>
        <source>Keys</source>
        <translation>Touches</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/help/shortcuts.py" line="43"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <location filename="../../dpo_workbench/ui/team/signin.py" line="56"/>
        <source>DPO Workbench — sign in</source>
        <translation>DPO Workbench — connexion</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/team/signin.py" line="63"/>
        <source>empty if the server asks for none</source>
        <translation>vide si le serveur n’en demande pas</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/team/signin.py" line="65"/>
        <source>Server password</source>
        <translation>Mot de passe du serveur</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/team/signin.py" line="67"/>
        <source>e.g. %1</source>
        <translation>p. ex. %1</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/team/signin.py" line="72"/>
        <source>Your key is kept in this computer&apos;s keyring: no passphrase to type.</source>
        <translation>Votre clé est gardée dans le trousseau de cet ordinateur&#xa0;: aucune phrase secrète à saisir.</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/team/signin.py" line="75"/>
        <source>Remember my key on this computer</source>
        <translation>Mémoriser ma clé sur cet ordinateur</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/team/signin.py" line="78"/>
        <source>This computer has no safe keyring: type your passphrase each time.</source>
        <translation>Cet ordinateur n’a pas de trousseau sûr&#xa0;: saisissez votre phrase secrète à chaque fois.</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/team/signin.py" line="84"/>
        <source>Login</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/team/signin.py" line="85"/>
        <source>Passphrase</source>
        <translation>Phrase secrète</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/team/signin.py" line="88"/>
        <source>Each person of the team has their own login and passphrase; the register&apos;s data opens with them. A forgotten passphrase: a dpo of the team gives you a new login.</source>
        <translation>Chaque membre de l’équipe a son propre identifiant et sa propre phrase secrète&#xa0;; les données du registre s’ouvrent avec eux. Phrase secrète oubliée&#xa0;: un DPO de l’équipe vous donne un nouvel identifiant.</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/team/signin.py" line="94"/>
        <source>Sign in</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/team/signin.py" line="95"/>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/team/signin.py" line="96"/>
        <source>Connection…</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/team/signin.py" line="100"/>
        <source>Use my data folder</source>
        <translation>Utiliser mon dossier de données</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/team/signin.py" line="130"/>
        <source>No team database chosen yet: Connection…</source>
        <translation>Aucune base d’équipe choisie pour l’instant&#xa0;: Connexion…</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/team/signin.py" line="139"/>
        <source>Team database %1 on %2</source>
        <translation>Base d’équipe %1 sur %2</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/team/signin.py" line="151"/>
        <source>not needed: kept in the keyring</source>
        <translation>inutile&#xa0;: gardée dans le trousseau</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/team/signin.py" line="192"/>
        <source>Type your login.</source>
        <translation>Saisissez votre identifiant.</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/team/signin.py" line="196"/>
        <source>Type your passphrase.</source>
        <translation>Saisissez votre phrase secrète.</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/team/signin.py" line="240"/>
        <source>Remember my key</source>
        <translation>Mémoriser ma clé</translation>
    </message>
</context>
<context>
    <name>TaskAnswerDialog</name>
    <message>
        <location filename="../../dpo_workbench/ui/requests/task_dialogs.py" line="333"/>
        <source>Answer of %1</source>
        <translation>Réponse de %1</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/requests/task_dialogs.py" line="342"/>
        <source>Received on</source>
        <translation>Reçue le</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/requests/task_dialogs.py" line="346"/>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/requests/task_dialogs.py" line="348"/>
        <source>What the department said (what was kept and why, where the data were…)</source>
        <translation>Ce que le service a indiqué (ce qui est conservé et pourquoi, où se trouvaient les données…)</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/requests/task_dialogs.py" line="352"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/requests/task_dialogs.py" line="355"/>
        <source>Add files…</source>
        <translation>Ajouter des fichiers…</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/requests/task_dialogs.py" line="358"/>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/requests/task_dialogs.py" line="368"/>
        <source>Files</source>
        <translation>Fichiers</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/requests/task_dialogs.py" line="369"/>
        <source>Any kind of file up to %1 MB (an extraction, a confirmation): encrypted into the request&apos;s documents.</source>
        <translation>Tout type de fichier jusqu’à %1 Mo (une extraction, une confirmation)&#xa0;: chiffré dans les documents de la demande.</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/requests/task_dialogs.py" line="385"/>
        <source>The department&apos;s files</source>
        <translation>Les fichiers du service</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/requests/task_dialogs.py" line="403"/>
        <source>%1 is larger than %2 MB.</source>
        <translation>%1 dépasse %2 Mo.</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/requests/task_dialogs.py" line="413"/>
        <source>A file cannot be read: %1</source>
        <translation>Un fichier ne peut pas être lu&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>TaskDetailDialog</name>
    <message>
        <location filename="../../dpo_workbench/ui/requests/task_dialogs.py" line="427"/>
        <source>%1 — internal data request</source>
        <translation>%1 — demande interne</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/requests/task_dialogs.py" line="431"/>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/requests/task_dialogs.py" line="433"/>
        <source>Processings</source>
        <translation>Traitements</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/requests/task_dialogs.py" line="434"/>
        <source>Asked</source>
        <translation>Demandé</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/requests/task_dialogs.py" line="435"/>
        <source>Asked on</source>
        <translation>Sollicité le</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/requests/task_dialogs.py" line="436"/>
        <source>Answer by</source>
        <translation>Réponse avant le</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/requests/task_dialogs.py" line="437"/>
        <source>(chosen)</source>
        <translation>(choisie)</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/requests/task_dialogs.py" line="438"/>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/requests/task_dialogs.py" line="439"/>
        <source>E-mail</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/requests/task_dialogs.py" line="439"/>
        <source>not sent by the application</source>
        <translation>non envoyé par l’application</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/requests/task_dialogs.py" line="441"/>
        <source>Reminders</source>
        <translation>Relances</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/requests/task_dialogs.py" line="445"/>
        <source>Details</source>
        <translation>Précisions</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/requests/task_dialogs.py" line="447"/>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/requests/task_dialogs.py" line="449"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/requests/task_dialogs.py" line="451"/>
        <source>Why no longer needed</source>
        <translation>Pourquoi plus nécessaire</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/requests/task_dialogs.py" line="464"/>
        <source>Document %1</source>
        <translation>Document %1</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/requests/task_dialogs.py" line="467"/>
        <source>destroyed</source>
        <translation>détruit</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/requests/task_dialogs.py" line="470"/>
        <source>Files of the answer</source>
        <translation>Fichiers de la réponse</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/requests/task_dialogs.py" line="475"/>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/requests/task_dialogs.py" line="477"/>
        <source>Export a copy…</source>
        <translation>Exporter une copie…</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/requests/task_dialogs.py" line="529"/>
        <source>Export a copy</source>
        <translation>Exporter une copie</translation>
    </message>
</context>
<context>
    <name>TaskMailDialog</name>
    <message>
        <location filename="../../dpo_workbench/ui/requests/task_dialogs.py" line="243"/>
        <source>Remind the department</source>
        <translation>Relancer le service</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/requests/task_dialogs.py" line="243"/>
        <source>E-mail to the department</source>
        <translation>Courriel au service</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/requests/task_dialogs.py" line="246"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/requests/task_dialogs.py" line="264"/>
        <source>Already reminded %1 time(s), last on %2.</source>
        <translation>Déjà relancé %1 fois, la dernière le %2.</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/requests/task_dialogs.py" line="270"/>
        <source>Send it now from the mail account</source>
        <translation>L’envoyer maintenant depuis le compte de messagerie</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/requests/task_dialogs.py" line="271"/>
        <source>Save it as a draft (.eml) to send from my mail program</source>
        <translation>L’enregistrer comme brouillon (.eml) à envoyer depuis ma messagerie</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/requests/task_dialogs.py" line="279"/>
        <source>No mail account can send (Intake › Mail accounts): save a draft.</source>
        <translation>Aucun compte de messagerie ne peut envoyer (Réception › Comptes de messagerie)&#xa0;: enregistrez un brouillon.</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/requests/task_dialogs.py" line="285"/>
        <location filename="../../dpo_workbench/ui/requests/task_dialogs.py" line="287"/>
        <source>Send</source>
        <translation>Envoyer</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/requests/task_dialogs.py" line="285"/>
        <location filename="../../dpo_workbench/ui/requests/task_dialogs.py" line="287"/>
        <source>Save the draft…</source>
        <translation>Enregistrer le brouillon…</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/requests/task_dialogs.py" line="302"/>
        <source>Sent to %1.</source>
        <translation>Envoyé à %1.</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/requests/task_dialogs.py" line="308"/>
        <source>Save the e-mail draft</source>
        <translation>Enregistrer le brouillon du courriel</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/requests/task_dialogs.py" line="309"/>
        <source>E-mail (*.eml)</source>
        <translation>Courriel (*.eml)</translation>
    </message>
</context>
<context>
    <name>Tasks</name>
    <message>
        <location filename="../../dpo_workbench/ui/requests/task_dialogs.py" line="53"/>
        <source>Find and extract the data</source>
        <translation>Retrouver et extraire les données</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/requests/task_dialogs.py" line="54"/>
        <source>Erase the data</source>
        <translation>Effacer les données</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/requests/task_dialogs.py" line="55"/>
        <source>Rectify the data</source>
        <translation>Rectifier les données</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/requests/task_dialogs.py" line="56"/>
        <source>Restrict the processing</source>
        <translation>Limiter le traitement</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/requests/task_dialogs.py" line="57"/>
        <source>Stop the processing (objection)</source>
        <translation>Cesser le traitement (opposition)</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/requests/task_dialogs.py" line="64"/>
        <source>extraction</source>
        <translation>extraction</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/requests/task_dialogs.py" line="65"/>
        <source>erasure</source>
        <translation>effacement</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/requests/task_dialogs.py" line="66"/>
        <source>rectification</source>
        <translation>rectification</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/requests/task_dialogs.py" line="67"/>
        <source>restriction</source>
        <translation>limitation</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/requests/task_dialogs.py" line="68"/>
        <source>objection</source>
        <translation>opposition</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/requests/task_dialogs.py" line="74"/>
        <source>Done (data extracted, erased…)</source>
        <translation>Fait (données extraites, effacées…)</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/requests/task_dialogs.py" line="75"/>
        <source>No data about the person</source>
        <translation>Aucune donnée sur la personne</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/requests/task_dialogs.py" line="76"/>
        <source>Not done (the department says why)</source>
        <translation>Non fait (le service dit pourquoi)</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/requests/task_dialogs.py" line="88"/>
        <source>answered on %1</source>
        <translation>répondu le %1</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/requests/task_dialogs.py" line="90"/>
        <source>no longer needed</source>
        <translation>plus nécessaire</translation>
    </message>
    <message numerus="yes">
        <location filename="../../dpo_workbench/ui/requests/task_dialogs.py" line="93"/>
        <source>%n day(s) late</source>
        <translation>
            <numerusform>%n jour de retard</numerusform>
            <numerusform>%n jours de retard</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/requests/task_dialogs.py" line="94"/>
        <source>awaited</source>
        <translation>attendu</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/requests/task_dialogs.py" line="548"/>
        <source>%1 (due %2, %3)</source>
        <translation>%1 (avant le %2, %3)</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/requests/task_dialogs.py" line="551"/>
        <source>Awaited from the departments: %1.</source>
        <translation>Attendu des services&#xa0;: %1.</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/requests/task_dialogs.py" line="552"/>
        <source>; </source>
        <comment>between the departments awaited</comment>
        <translation>&#xa0;; </translation>
    </message>
</context>
<context>
    <name>Team</name>
    <message>
        <location filename="../../dpo_workbench/ui/team/common.py" line="20"/>
        <source>DPO (everything, manages the users)</source>
        <translation>DPO (tout, gère les utilisateurs)</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/team/common.py" line="21"/>
        <source>Deputy (everything but the users)</source>
        <translation>Suppléant (tout sauf les utilisateurs)</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/team/common.py" line="22"/>
        <source>Contributor (logs requests, answers the ones assigned to them)</source>
        <translation>Contributeur (enregistre les demandes, répond à celles qui lui sont attribuées)</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/team/common.py" line="24"/>
        <source>Reader (sees the registers and figures, no documents)</source>
        <translation>Lecteur (voit les registres et les chiffres, pas les documents)</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/team/common.py" line="30"/>
        <source>dpo</source>
        <translation>DPO</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/team/common.py" line="31"/>
        <source>deputy</source>
        <translation>suppléant</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/team/common.py" line="32"/>
        <source>contributor</source>
        <translation>contributeur</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/team/common.py" line="33"/>
        <source>reader</source>
        <translation>lecteur</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/team/common.py" line="41"/>
        <source>The database server %1 refused the password of the server role %2: check it with the server&apos;s administrator.</source>
        <translation>Le serveur de base de données %1 a refusé le mot de passe du rôle %2&#xa0;: vérifiez-le auprès de l’administrateur du serveur.</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/team/common.py" line="45"/>
        <source>The database server %1 refused the password of the server role %2: check it in Connection… (the server&apos;s administrator gave it).</source>
        <translation>Le serveur de base de données %1 a refusé le mot de passe du rôle %2&#xa0;: vérifiez-le dans Connexion… (l’administrateur du serveur l’a fourni).</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/team/common.py" line="50"/>
        <source>%1 is not a user of this team database: check your login, or ask a dpo of the team to add you.</source>
        <translation>%1 n’est pas un utilisateur de cette base d’équipe&#xa0;: vérifiez votre identifiant, ou demandez à un DPO de l’équipe de vous ajouter.</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/team/common.py" line="54"/>
        <source>The passphrase is wrong for this login. Check it (and the Caps Lock key) and try again.</source>
        <translation>La phrase secrète ne correspond pas à cet identifiant. Vérifiez-la (et la touche Verr. Maj) puis réessayez.</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/team/common.py" line="57"/>
        <source>Type your passphrase: your key is not kept in this computer&apos;s keyring.</source>
        <translation>Saisissez votre phrase secrète&#xa0;: votre clé n’est pas gardée dans le trousseau de cet ordinateur.</translation>
    </message>
</context>
<context>
    <name>TeamArea</name>
    <message>
        <location filename="../../dpo_workbench/ui/team/area.py" line="50"/>
        <source>Connect to a team database…</source>
        <translation>Se connecter à une base d’équipe…</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/team/area.py" line="59"/>
        <source>Mine</source>
        <translation>Les miennes</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/team/area.py" line="60"/>
        <source>Only the requests assigned to you</source>
        <translation>Seulement les demandes qui vous sont attribuées</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/team/area.py" line="70"/>
        <source>Signed in with this computer&apos;s keyring.</source>
        <translation>Connecté avec le trousseau de cet ordinateur.</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/team/area.py" line="71"/>
        <source>Signed in with your passphrase.</source>
        <translation>Connecté avec votre phrase secrète.</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/team/area.py" line="98"/>
        <source>Backups of the team database…</source>
        <translation>Sauvegardes de la base d’équipe…</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/team/area.py" line="104"/>
        <source>&amp;Team</source>
        <translation>É&amp;quipe</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/team/area.py" line="106"/>
        <source>Users…</source>
        <translation>Utilisateurs…</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/team/area.py" line="109"/>
        <source>Change my passphrase…</source>
        <translation>Changer ma phrase secrète…</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/team/area.py" line="111"/>
        <source>Remember my key on this computer</source>
        <translation>Mémoriser ma clé sur cet ordinateur</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/team/area.py" line="116"/>
        <source>Switch user…</source>
        <translation>Changer d’utilisateur…</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/team/area.py" line="118"/>
        <source>Sign out</source>
        <translation>Se déconnecter</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/team/area.py" line="121"/>
        <source>Use my data folder instead</source>
        <translation>Utiliser plutôt mon dossier de données</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/team/area.py" line="134"/>
        <source>Your key is kept in this computer&apos;s keyring: no passphrase is asked here any more. Untick the entry to type it again.</source>
        <translation>Votre clé est gardée dans le trousseau de cet ordinateur&#xa0;: plus aucune phrase secrète n’est demandée ici. Décochez l’entrée pour la saisir à nouveau.</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/team/area.py" line="138"/>
        <source>Your key was removed from this computer&apos;s keyring: your passphrase is asked at the next sign-in.</source>
        <translation>Votre clé a été retirée du trousseau de cet ordinateur&#xa0;: votre phrase secrète sera demandée à la prochaine connexion.</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/team/area.py" line="144"/>
        <source>Remember my key</source>
        <translation>Mémoriser ma clé</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/team/area.py" line="155"/>
        <source>Your passphrase was changed: type the new one at the next sign-in.</source>
        <translation>Votre phrase secrète a été changée&#xa0;: saisissez la nouvelle à la prochaine connexion.</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/team/area.py" line="168"/>
        <source>Backups of the team database</source>
        <translation>Sauvegardes de la base d’équipe</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/team/area.py" line="169"/>
        <source>The team register %1 is kept on its PostgreSQL server, so it is backed up there, not by this application: the server&apos;s administrator makes a dump each night, e.g.

    pg_dump -Fc %2 &gt; %2.dump

and keeps the dumps like any other database backup. Everything personal in a dump is sealed: it opens only with the passphrase of a user of the team.</source>
        <translation>Le registre d’équipe %1 est conservé sur son serveur PostgreSQL&#xa0;: il est donc sauvegardé là-bas, pas par cette application. L’administrateur du serveur en fait une copie chaque nuit, par exemple

    pg_dump -Fc %2 &gt; %2.dump

et la garde comme toute autre sauvegarde de base de données. Tout ce qui est personnel dans une copie est scellé&#xa0;: elle ne s’ouvre qu’avec la phrase secrète d’un utilisateur de l’équipe.</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/team/area.py" line="176"/>
        <source>There is no recovery key in a team: each person opens the team key with their own passphrase. Keep at least two users with the dpo role, so that someone can always add users again.</source>
        <translation>Il n’y a pas de clé de secours dans une équipe&#xa0;: chacun ouvre la clé d’équipe avec sa propre phrase secrète. Gardez au moins deux utilisateurs ayant le rôle de DPO, pour que quelqu’un puisse toujours ajouter des utilisateurs.</translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <location filename="../../dpo_workbench/ui/requests/timeline.py" line="32"/>
        <source>Request received (%1). Due date: %2.</source>
        <translation>Demande reçue (%1). Échéance&#xa0;: %2.</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/requests/timeline.py" line="35"/>
        <source>Identity information asked for: the clock is suspended until it arrives.</source>
        <translation>Justificatif d&apos;identité demandé&#xa0;: le délai est suspendu jusqu&apos;à sa réception.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../dpo_workbench/ui/requests/timeline.py" line="39"/>
        <source>Identity information received after %n day(s): the due date moves to %1.</source>
        <translation>
            <numerusform>Justificatif d&apos;identité reçu après %n jour&#xa0;: l&apos;échéance est reportée au %1.</numerusform>
            <numerusform>Justificatif d&apos;identité reçu après %n jours&#xa0;: l&apos;échéance est reportée au %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/requests/timeline.py" line="43"/>
        <source>Deadline extended by two months, to %1. Reason: %2</source>
        <translation>Délai prorogé de deux mois, jusqu&apos;au %1. Motif&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/requests/timeline.py" line="48"/>
        <source>Answered: %1.</source>
        <translation>Réponse apportée&#xa0;: %1.</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/requests/timeline.py" line="50"/>
        <location filename="../../dpo_workbench/ui/requests/timeline.py" line="227"/>
        <source>Reason: %1</source>
        <translation>Motif&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../dpo_workbench/ui/requests/timeline.py" line="52"/>
        <source>Answered without the answer of %n department(s) asked for the data.</source>
        <translation>
            <numerusform>Réponse donnée sans celle du service sollicité (%n).</numerusform>
            <numerusform>Réponse donnée sans celles des %n services sollicités.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/requests/timeline.py" line="56"/>
        <source>Why: %1</source>
        <translation>Pourquoi&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/requests/timeline.py" line="59"/>
        <source>Request closed.</source>
        <translation>Demande clôturée.</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/requests/timeline.py" line="61"/>
        <source>Request withdrawn by the person.</source>
        <translation>Demande retirée par la personne.</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/requests/timeline.py" line="65"/>
        <source>Letter written: %1 (%2), saved in the case file.</source>
        <translation>Courrier rédigé&#xa0;: %1 (%2), enregistré dans le dossier.</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/requests/timeline.py" line="81"/>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/requests/timeline.py" line="82"/>
        <source>e-mail</source>
        <translation>courriel</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/requests/timeline.py" line="83"/>
        <source>telephone</source>
        <translation>téléphone</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/requests/timeline.py" line="84"/>
        <source>postal address</source>
        <translation>adresse postale</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/requests/timeline.py" line="85"/>
        <source>relation</source>
        <translation>catégorie</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/requests/timeline.py" line="86"/>
        <source>channel</source>
        <translation>canal</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/requests/timeline.py" line="87"/>
        <source>date received</source>
        <translation>date de réception</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/requests/timeline.py" line="88"/>
        <source>time received</source>
        <translation>heure de réception</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/requests/timeline.py" line="89"/>
        <source>registered-mail number</source>
        <translation>numéro de recommandé</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/requests/timeline.py" line="90"/>
        <source>notes</source>
        <translation>notes</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/requests/timeline.py" line="91"/>
        <source>language</source>
        <translation>langue</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/requests/timeline.py" line="109"/>
        <source>“%1”</source>
        <translation>«&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/requests/timeline.py" line="116"/>
        <source>; </source>
        <comment>between the corrections of a request</comment>
        <translation>&#xa0;; </translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/requests/timeline.py" line="119"/>
        <source>Details corrected: %1.</source>
        <translation>Informations corrigées&#xa0;: %1.</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/requests/timeline.py" line="121"/>
        <source>The due date moves from %1 to %2.</source>
        <translation>L’échéance passe du %1 au %2.</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/requests/timeline.py" line="130"/>
        <source>identity verified</source>
        <translation>identité vérifiée</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/requests/timeline.py" line="131"/>
        <source>request closed</source>
        <translation>demande clôturée</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/requests/timeline.py" line="132"/>
        <source>request withdrawn</source>
        <translation>demande retirée</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/requests/timeline.py" line="133"/>
        <source>destroyed by the DPO</source>
        <translation>détruit par le DPO</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/requests/timeline.py" line="145"/>
        <source>ID copy added (%1).</source>
        <translation>Copie de pièce d&apos;identité ajoutée (%1).</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/requests/timeline.py" line="147"/>
        <source>Letter added (%1).</source>
        <translation>Courrier ajouté (%1).</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/requests/timeline.py" line="149"/>
        <source>E-mail added (%1).</source>
        <translation>Courriel ajouté (%1).</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/requests/timeline.py" line="151"/>
        <source>Attachment added (%1).</source>
        <translation>Pièce jointe ajoutée (%1).</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/requests/timeline.py" line="152"/>
        <source>Document added (%1).</source>
        <translation>Document ajouté (%1).</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/requests/timeline.py" line="158"/>
        <source>Identity checked: %1. Outcome: %2.</source>
        <translation>Vérification d&apos;identité&#xa0;: %1. Résultat&#xa0;: %2.</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/requests/timeline.py" line="160"/>
        <source>ID copy destroyed on %1 (%2).</source>
        <translation>Copie de pièce d&apos;identité détruite le %1 (%2).</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/requests/timeline.py" line="161"/>
        <source>Document destroyed on %1 (%2).</source>
        <translation>Document détruit le %1 (%2).</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/requests/timeline.py" line="169"/>
        <source>Imported from an e-mail; received time taken %1.</source>
        <translation>Importée d&apos;un courriel&#xa0;; heure de réception prise %1.</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/requests/timeline.py" line="172"/>
        <source>It had first been attached to %1 as a follow-up.</source>
        <translation>Elle avait d&apos;abord été rattachée à %1 comme suite.</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/requests/timeline.py" line="176"/>
        <source>A follow-up e-mail was made a request of its own: %1.</source>
        <translation>Un courriel de suite est devenu une demande distincte&#xa0;: %1.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../dpo_workbench/ui/requests/timeline.py" line="179"/>
        <source>Follow-up e-mail received, with %n attachment(s).</source>
        <translation>
            <numerusform>Courriel de suite reçu, avec %n pièce jointe.</numerusform>
            <numerusform>Courriel de suite reçu, avec %n pièces jointes.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/requests/timeline.py" line="182"/>
        <source>Rights confirmed by the DPO: %1.</source>
        <translation>Droits confirmés par le DPO&#xa0;: %1.</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/requests/timeline.py" line="194"/>
        <source>Processings linked, as suggested by the requester&apos;s category: %1.</source>
        <translation>Traitements liés, suggérés par la catégorie du demandeur&#xa0;: %1.</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/requests/timeline.py" line="196"/>
        <source>Processings linked: %1.</source>
        <translation>Traitements liés&#xa0;: %1.</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/requests/timeline.py" line="198"/>
        <source>Processings unlinked: %1.</source>
        <translation>Traitements déliés&#xa0;: %1.</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/requests/timeline.py" line="200"/>
        <source>Department %1 asked for: %2 (%3); answer due by %4.</source>
        <translation>Service %1 sollicité&#xa0;: %2 (%3)&#xa0;; réponse attendue avant le %4.</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/requests/timeline.py" line="204"/>
        <source>Department %1 now to answer by %2 (instead of %3).</source>
        <translation>Le service %1 doit maintenant répondre avant le %2 (au lieu du %3).</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/requests/timeline.py" line="208"/>
        <source>E-mail sent to department %1 (kept in the documents).</source>
        <translation>Courriel envoyé au service %1 (conservé dans les documents).</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/requests/timeline.py" line="212"/>
        <source>Reminder %1 sent to department %2.</source>
        <translation>Relance %1 envoyée au service %2.</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/requests/timeline.py" line="214"/>
        <source>Reminder %1 to department %2 saved as an e-mail draft.</source>
        <translation>Relance %1 au service %2 enregistrée comme brouillon de courriel.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../dpo_workbench/ui/requests/timeline.py" line="219"/>
        <source>Department %1 answered: %2 (%n file(s)).</source>
        <translation>
            <numerusform>Le service %1 a répondu&#xa0;: %2 (%n fichier).</numerusform>
            <numerusform>Le service %1 a répondu&#xa0;: %2 (%n fichiers).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/requests/timeline.py" line="223"/>
        <source>Department %1 no longer needs to answer: the request was withdrawn.</source>
        <translation>Le service %1 n’a plus à répondre&#xa0;: la demande a été retirée.</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/requests/timeline.py" line="225"/>
        <source>Department %1 no longer needs to answer.</source>
        <translation>Le service %1 n’a plus à répondre.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../dpo_workbench/ui/requests/timeline.py" line="230"/>
        <source>Personal data removed at the end of the retention period (%1 years); %n document(s) destroyed. The figures are kept.</source>
        <translation>
            <numerusform>Données personnelles supprimées au terme de la durée de conservation (%1 ans)&#xa0;; %n document détruit. Les statistiques sont conservées.</numerusform>
            <numerusform>Données personnelles supprimées au terme de la durée de conservation (%1 ans)&#xa0;; %n documents détruits. Les statistiques sont conservées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../dpo_workbench/ui/requests/timeline.py" line="233"/>
        <source>%n e-mail(s) of the request and their attachments destroyed at the end of their retention period (%1 years).</source>
        <translation>
            <numerusform>%n courriel de la demande et ses pièces jointes détruits au terme de leur durée de conservation (%1 ans).</numerusform>
            <numerusform>%n courriels de la demande et leurs pièces jointes détruits au terme de leur durée de conservation (%1 ans).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <location filename="../../dpo_workbench/ui/settings/unlock.py" line="193"/>
        <source>DPO Workbench — unlock</source>
        <translation>DPO Workbench — déverrouiller</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/settings/unlock.py" line="195"/>
        <source>The keys of the data folder %1 are protected by a passphrase. Type it to open the register.</source>
        <translation>Les clés du dossier de données %1 sont protégées par une phrase secrète. Saisissez-la pour ouvrir le registre.</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/settings/unlock.py" line="201"/>
        <source>Passphrase</source>
        <translation>Phrase secrète</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/settings/unlock.py" line="204"/>
        <source>Unlock</source>
        <translation>Déverrouiller</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/settings/unlock.py" line="205"/>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/settings/unlock.py" line="210"/>
        <source>Forgotten? Use the recovery key…</source>
        <translation>Oubliée&#xa0;? Utiliser la clé de récupération…</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/settings/unlock.py" line="235"/>
        <source>Type the passphrase.</source>
        <translation>Saisissez la phrase secrète.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../dpo_workbench/ui/settings/unlock.py" line="247"/>
        <source>The passphrase is wrong. %n try(ies) left.</source>
        <translation>
            <numerusform>La phrase secrète est incorrecte. Il reste %n essai.</numerusform>
            <numerusform>La phrase secrète est incorrecte. Il reste %n essais.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UserNameDialog</name>
    <message>
        <location filename="../../dpo_workbench/ui/settings/user_name.py" line="42"/>
        <location filename="../../dpo_workbench/ui/settings/user_name.py" line="56"/>
        <source>Your name</source>
        <translation>Votre nom</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/settings/user_name.py" line="44"/>
        <source>DPO Workbench records who does each act on personal data: the request timelines and the audit journal show this name. Write it as it should appear.</source>
        <translation>DPO Workbench enregistre qui accomplit chaque acte sur des données personnelles&#xa0;: les historiques des demandes et le journal d’audit affichent ce nom. Écrivez-le tel qu’il doit apparaître.</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/settings/user_name.py" line="49"/>
        <source>e.g. Claire Martin</source>
        <translation>par exemple Claire Martin</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/settings/user_name.py" line="51"/>
        <source>Settings… changes it later. Without a name, the system account (%1) is recorded and this question comes back at the next start.</source>
        <translation>Paramètres… permet de le changer plus tard. Sans nom, c’est le compte système (%1) qui est enregistré, et la question revient au prochain démarrage.</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/settings/user_name.py" line="58"/>
        <source>Later</source>
        <translation>Plus tard</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/settings/user_name.py" line="70"/>
        <source>Enter your name, or choose Later.</source>
        <translation>Saisissez votre nom, ou choisissez Plus tard.</translation>
    </message>
</context>
<context>
    <name>UsersDialog</name>
    <message>
        <location filename="../../dpo_workbench/ui/team/users.py" line="53"/>
        <source>Users of the team</source>
        <translation>Utilisateurs de l’équipe</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/team/users.py" line="57"/>
        <source>Login</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/team/users.py" line="57"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/team/users.py" line="57"/>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/team/users.py" line="57"/>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/team/users.py" line="66"/>
        <source>Add a user…</source>
        <translation>Ajouter un utilisateur…</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/team/users.py" line="68"/>
        <source>Change the role…</source>
        <translation>Changer le rôle…</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/team/users.py" line="70"/>
        <source>Remove…</source>
        <translation>Retirer…</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/team/users.py" line="78"/>
        <source>Each user has their own login and passphrase. The roles: a dpo does everything and manages the users; a deputy everything but the users; a contributor logs requests and answers the ones assigned to them; a reader sees the registers and the figures, no documents.</source>
        <translation>Chaque utilisateur a son propre identifiant et sa propre phrase secrète. Les rôles&#xa0;: un DPO fait tout et gère les utilisateurs&#xa0;; un suppléant tout sauf les utilisateurs&#xa0;; un contributeur enregistre les demandes et répond à celles qui lui sont attribuées&#xa0;; un lecteur voit les registres et les chiffres, pas les documents.</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/team/users.py" line="82"/>
        <source>Only a dpo of the team adds or removes users and changes their roles.</source>
        <translation>Seul un DPO de l’équipe ajoute ou retire des utilisateurs et change leurs rôles.</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/team/users.py" line="99"/>
        <source> (you)</source>
        <translation> (vous)</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/team/users.py" line="101"/>
        <source>active since %1 (added by %2)</source>
        <translation>actif depuis le %1 (ajouté par %2)</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/team/users.py" line="105"/>
        <source>removed on %1 by %2</source>
        <translation>retiré le %1 par %2</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/team/users.py" line="134"/>
        <source>Add a user</source>
        <translation>Ajouter un utilisateur</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/team/users.py" line="135"/>
        <source>%1 is a user of the team (%2). Give them their login and first passphrase in person (never by e-mail); they sign in with them, then choose their own passphrase (Team › Change my passphrase…).</source>
        <translation>%1 est utilisateur de l’équipe (%2). Remettez-lui son identifiant et sa première phrase secrète en personne (jamais par e-mail)&#xa0;; il se connecte avec, puis choisit sa propre phrase secrète (Équipe › Changer ma phrase secrète…).</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/team/users.py" line="146"/>
        <location filename="../../dpo_workbench/ui/team/users.py" line="156"/>
        <source>Change the role</source>
        <translation>Changer le rôle</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/team/users.py" line="146"/>
        <source>Role of %1:</source>
        <translation>Rôle de %1&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/team/users.py" line="166"/>
        <location filename="../../dpo_workbench/ui/team/users.py" line="177"/>
        <source>Remove a user</source>
        <translation>Retirer un utilisateur</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/team/users.py" line="167"/>
        <source>Remove %1 from the team? Their copy of the team key and their own keys are deleted from the database: nothing there opens for them any more. The journal keeps naming them for what they did, and their login is never given to someone else.

What they read or copied before stays with them. If they may have kept a copy of the data or of the key, a dpo then rotates the team key (dpo-workbench team rotate-key).</source>
        <translation>Retirer %1 de l’équipe&#xa0;? Sa copie de la clé d’équipe et ses propres clés sont supprimées de la base&#xa0;: plus rien ne s’y ouvre pour lui. Le journal continue de le nommer pour ce qu’il a fait, et son identifiant n’est jamais donné à quelqu’un d’autre.

Ce qu’il a lu ou copié avant reste en sa possession. S’il a pu garder une copie des données ou de la clé, un DPO renouvelle ensuite la clé d’équipe (dpo-workbench team rotate-key).</translation>
    </message>
</context>
<context>
    <name>VerifyReportDialog</name>
    <message>
        <location filename="../../dpo_workbench/ui/backups/verify.py" line="127"/>
        <source>Verify a backup</source>
        <translation>Vérifier une sauvegarde</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/backups/verify.py" line="129"/>
        <source>Complete and restorable: every part was read, checked and restored in a temporary folder.</source>
        <translation>Complète et restaurable&#xa0;: chaque partie a été lue, vérifiée et restaurée dans un dossier temporaire.</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/ui/backups/verify.py" line="131"/>
        <source>Damaged: do not rely on this backup.</source>
        <translation>Endommagée&#xa0;: ne comptez pas sur cette sauvegarde.</translation>
    </message>
</context>
<context>
    <name>Words</name>
    <message>
        <location filename="../../dpo_workbench/errors.py" line="867"/>
        <source>the identity request</source>
        <translation>de la demande de justificatif d&apos;identité</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/errors.py" line="868"/>
        <source>receipt of the identity information</source>
        <translation>de la réception du justificatif d&apos;identité</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/errors.py" line="869"/>
        <source>the extension</source>
        <translation>de la prorogation</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/errors.py" line="870"/>
        <source>the answer</source>
        <translation>de la réponse</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/errors.py" line="871"/>
        <source>closing</source>
        <translation>de la clôture</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/errors.py" line="872"/>
        <source>the withdrawal</source>
        <translation>du retrait</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/errors.py" line="873"/>
        <source>ask for identity information</source>
        <translation>demander un justificatif d&apos;identité</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/errors.py" line="874"/>
        <source>extend the deadline</source>
        <translation>proroger le délai</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/errors.py" line="875"/>
        <source>answer the request</source>
        <translation>répondre à la demande</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/errors.py" line="876"/>
        <source>close the request</source>
        <translation>clôturer la demande</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/errors.py" line="877"/>
        <source>withdraw the request</source>
        <translation>consigner le retrait de la demande</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/errors.py" line="878"/>
        <source>record an identity check</source>
        <translation>consigner une vérification d&apos;identité</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/errors.py" line="879"/>
        <source>stored key ring</source>
        <translation>trousseau de clés enregistré</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/errors.py" line="880"/>
        <source>key ring in the system keyring</source>
        <translation>trousseau de clés du trousseau du système</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/errors.py" line="881"/>
        <source>key file</source>
        <translation>fichier de clés</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/errors.py" line="882"/>
        <source>master key</source>
        <translation>clé maîtresse</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/errors.py" line="883"/>
        <source>data key</source>
        <translation>clé de données</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/errors.py" line="884"/>
        <source>a value is missing</source>
        <translation>une valeur manque</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/errors.py" line="885"/>
        <source>a value is not base64</source>
        <translation>une valeur n&apos;est pas en base64</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/errors.py" line="886"/>
        <source>not valid JSON</source>
        <translation>JSON non valide</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/errors.py" line="887"/>
        <source>keys are missing</source>
        <translation>des clés manquent</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/errors.py" line="888"/>
        <source>unknown key derivation or cipher</source>
        <translation>dérivation de clé ou chiffrement inconnu</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/errors.py" line="889"/>
        <source>scrypt parameters</source>
        <translation>paramètres scrypt</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/errors.py" line="890"/>
        <source>salt or nonce</source>
        <translation>sel ou nonce</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/errors.py" line="891"/>
        <source>header</source>
        <translation>en-tête</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/errors.py" line="892"/>
        <source>content</source>
        <translation>contenu</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/errors.py" line="893"/>
        <source>not a recovery file</source>
        <translation>pas un fichier de récupération</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/errors.py" line="894"/>
        <source>the key ring does not decrypt</source>
        <translation>le trousseau de clés ne se déchiffre pas</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/errors.py" line="895"/>
        <source>the escrow does not decrypt</source>
        <translation>le séquestre ne se déchiffre pas</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/errors.py" line="896"/>
        <source>the escrow is not this key&apos;s</source>
        <translation>le séquestre n’est pas celui de cette clé</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/errors.py" line="897"/>
        <source>database</source>
        <translation>base de données</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/errors.py" line="898"/>
        <source>vault file</source>
        <translation>fichier du coffre</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/errors.py" line="899"/>
        <source>template</source>
        <translation>modèle</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/errors.py" line="900"/>
        <source>key ring</source>
        <translation>trousseau de clés</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/errors.py" line="901"/>
        <source>manifest</source>
        <translation>manifeste</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/errors.py" line="902"/>
        <source>missing entries</source>
        <translation>entrées manquantes</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/errors.py" line="903"/>
        <source>not a folder</source>
        <translation>ce n’est pas un dossier</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/errors.py" line="904"/>
        <source>not writable</source>
        <translation>écriture impossible</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/errors.py" line="905"/>
        <source>unreadable</source>
        <translation>illisible</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/errors.py" line="907"/>
        <source>list users</source>
        <translation>lister les utilisateurs</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/errors.py" line="908"/>
        <source>show the signed-in user</source>
        <translation>afficher l’utilisateur connecté</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/errors.py" line="909"/>
        <source>add a user</source>
        <translation>ajouter un utilisateur</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/errors.py" line="910"/>
        <source>remove a user</source>
        <translation>retirer un utilisateur</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/errors.py" line="911"/>
        <source>change a user&apos;s passphrase</source>
        <translation>changer la phrase secrète d’un utilisateur</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/errors.py" line="912"/>
        <source>keep a user&apos;s key in the keyring</source>
        <translation>garder la clé d’un utilisateur dans le trousseau</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/errors.py" line="913"/>
        <source>forget a user&apos;s key in the keyring</source>
        <translation>retirer la clé d’un utilisateur du trousseau</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/errors.py" line="914"/>
        <source>rotate the team key</source>
        <translation>renouveler la clé d’équipe</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/errors.py" line="915"/>
        <source>load the key ring from a key store</source>
        <translation>charger le trousseau de clés depuis un magasin de clés</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/errors.py" line="916"/>
        <source>save the key ring to a key store</source>
        <translation>enregistrer le trousseau de clés dans un magasin de clés</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/errors.py" line="917"/>
        <source>give a file path of the vault</source>
        <translation>donner le chemin d’un fichier du coffre</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/errors.py" line="919"/>
        <source>create master keys (the team key is made by init)</source>
        <translation>créer des clés maîtresses (la clé d’équipe est créée par init)</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/errors.py" line="920"/>
        <source>unlock a data folder</source>
        <translation>déverrouiller un dossier de données</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/errors.py" line="921"/>
        <source>open a SQLite database</source>
        <translation>ouvrir une base SQLite</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/errors.py" line="922"/>
        <source>use a SQLCipher key</source>
        <translation>utiliser une clé SQLCipher</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/errors.py" line="924"/>
        <source>re-key a SQLite database (the team key rotates with &apos;team rotate-key&apos;)</source>
        <translation>rechiffrer une base SQLite (la clé d’équipe se renouvelle avec «&#xa0;team rotate-key&#xa0;»)</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/errors.py" line="926"/>
        <source>back up a data folder (a team database is backed up with pg_dump)</source>
        <translation>sauvegarder un dossier de données (une base d’équipe se sauvegarde avec pg_dump)</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/errors.py" line="928"/>
        <source>make a recovery key (each user unlocks the team key with their own passphrase)</source>
        <translation>créer une clé de secours (chaque utilisateur ouvre la clé d’équipe avec sa propre phrase secrète)</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/errors.py" line="929"/>
        <source>save master keys</source>
        <translation>enregistrer des clés maîtresses</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/errors.py" line="931"/>
        <source>change a user&apos;s role</source>
        <translation>changer le rôle d’un utilisateur</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/errors.py" line="932"/>
        <source>dpo</source>
        <translation>DPO</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/errors.py" line="933"/>
        <source>deputy</source>
        <translation>adjoint</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/errors.py" line="934"/>
        <source>contributor</source>
        <translation>contributeur</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/errors.py" line="935"/>
        <source>reader</source>
        <translation>lecteur</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/errors.py" line="936"/>
        <source>dpo or deputy</source>
        <translation>DPO ou adjoint</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/errors.py" line="937"/>
        <source>dpo, deputy or contributor</source>
        <translation>DPO, adjoint ou contributeur</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/errors.py" line="938"/>
        <source>dpo, deputy, contributor or reader</source>
        <translation>DPO, adjoint, contributeur ou lecteur</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/errors.py" line="939"/>
        <source>see the register of requests</source>
        <translation>voir le registre des demandes</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/errors.py" line="940"/>
        <source>log a request</source>
        <translation>enregistrer une demande</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/errors.py" line="941"/>
        <source>change or answer a request</source>
        <translation>modifier une demande ou y répondre</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/errors.py" line="942"/>
        <source>assign a request</source>
        <translation>attribuer une demande</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/errors.py" line="943"/>
        <source>comment on a request</source>
        <translation>commenter une demande</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/errors.py" line="944"/>
        <source>attach a document</source>
        <translation>joindre un document</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/errors.py" line="945"/>
        <source>open the documents of a request</source>
        <translation>ouvrir les documents d’une demande</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/errors.py" line="946"/>
        <source>change or destroy a document</source>
        <translation>modifier ou détruire un document</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/errors.py" line="947"/>
        <source>write or send a letter to the requester</source>
        <translation>rédiger ou envoyer un courrier au demandeur</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/errors.py" line="948"/>
        <source>export personal data</source>
        <translation>exporter des données personnelles</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/errors.py" line="949"/>
        <source>see the breach register</source>
        <translation>voir le registre des violations</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/errors.py" line="950"/>
        <source>record a breach</source>
        <translation>enregistrer une violation</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/errors.py" line="951"/>
        <source>change a breach</source>
        <translation>modifier une violation</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/errors.py" line="952"/>
        <source>assign a breach</source>
        <translation>attribuer une violation</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/errors.py" line="953"/>
        <source>comment on a breach</source>
        <translation>commenter une violation</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/errors.py" line="954"/>
        <source>draft the notification or the communication of a breach</source>
        <translation>rédiger la notification ou la communication d’une violation</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/errors.py" line="955"/>
        <source>import e-mails and letters</source>
        <translation>importer des courriels et des courriers</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/errors.py" line="956"/>
        <source>manage the mail accounts</source>
        <translation>gérer les comptes de messagerie</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/errors.py" line="957"/>
        <source>see the register of processing activities</source>
        <translation>voir le registre des activités de traitement</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/errors.py" line="958"/>
        <source>change the register of processing activities</source>
        <translation>modifier le registre des activités de traitement</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/errors.py" line="959"/>
        <source>change the organisation&apos;s profile</source>
        <translation>modifier le profil de l’organisme</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/errors.py" line="960"/>
        <source>change the settings</source>
        <translation>modifier les paramètres</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/errors.py" line="961"/>
        <source>see the statistics</source>
        <translation>voir les statistiques</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/errors.py" line="962"/>
        <source>verify the journal</source>
        <translation>vérifier le journal</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/errors.py" line="963"/>
        <source>check the vault</source>
        <translation>vérifier le coffre</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/errors.py" line="964"/>
        <source>manage the users and the team key</source>
        <translation>gérer les utilisateurs et la clé d’équipe</translation>
    </message>
    <message>
        <location filename="../../dpo_workbench/errors.py" line="965"/>
        <source>purge the records past their retention period</source>
        <translation>purger les dossiers dont la durée de conservation est dépassée</translation>
    </message>
</context>
</TS>
