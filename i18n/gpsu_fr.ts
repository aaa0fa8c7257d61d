<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
  <context>
    <name>gpsu</name>
    <message>
      <location filename="../gpsu_plugin/core/incidents.py" line="178" />
      <source>"{name}" is too big to attach ({size} MB; at most {limit} MB).</source>
      <translation>« {name} » est trop volumineux pour être joint ({size} Mo ; maximum {limit} Mo).</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/incidents.py" line="175" />
      <source>"{}" cannot be attached: this type of file is not accepted.</source>
      <translation>« {} » ne peut pas être joint : ce type de fichier n'est pas accepté.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/incident_dock.py" line="518" />
      <source>"{}" cannot be read.</source>
      <translation>« {} » ne peut pas être lu.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/incidents.py" line="182" />
      <source>"{}" is empty.</source>
      <translation>« {} » est vide.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/incident_dock.py" line="402" />
      <source>(none)</source>
      <translation>(aucune)</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/cases_dock.py" line="319" />
      <source>1 case</source>
      <translation>1 dossier</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/case_detail.py" line="488" />
      <source>A case cannot duplicate itself.</source>
      <translation>Un dossier ne peut pas être son propre doublon.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/dberrors.py" line="26" />
      <source>A closed, rejected or duplicate case cannot be shared with another service.</source>
      <translation>Un dossier clôturé, rejeté ou en doublon ne peut pas être partagé avec un autre service.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/dberrors.py" line="19" />
      <source>A field of the observation template is missing or invalid: {}</source>
      <translation>Un champ du modèle de constat est manquant ou non valide : {}</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/alerts_inbox.py" line="38" />
      <source>A task changed</source>
      <translation>Une tâche a été modifiée</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/connection_dialog.py" line="66" />
      <source>Account</source>
      <translation>Compte</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/incident_dock.py" line="268" />
      <source>Add files…</source>
      <translation>Ajouter des fichiers…</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/plugin.py" line="80" />
      <source>Add the GPS-U layers</source>
      <translation>Ajouter les couches GPS-U</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/processing/database/upgrade.py" line="26" />
      <source>Administration</source>
      <translation>Administration</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/alerts_inbox.py" line="188" />
      <source>Alert</source>
      <translation>Alerte</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/plugin.py" line="78" />
      <source>Alerts</source>
      <translation>Alertes</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/cases_dock.py" line="226" />
      <source>All categories</source>
      <translation>Toutes les catégories</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/cases_dock.py" line="223" />
      <source>All priorities</source>
      <translation>Toutes les priorités</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/cases_dock.py" line="216" />
      <source>All services</source>
      <translation>Tous les services</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/cases_dock.py" line="220" />
      <source>All statuses</source>
      <translation>Tous les statuts</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/incident_dock.py" line="306" />
      <location filename="../gpsu_plugin/gui/incident_dock.py" line="593" />
      <location filename="../gpsu_plugin/gui/messages.py" line="34" />
      <source>An unexpected error occurred; the GPS-U log panel has the details.</source>
      <translation>Une erreur inattendue s'est produite ; les détails figurent dans l'onglet GPS-U du panneau Journal des messages.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/cli.py" line="66" />
      <source>Applied migrations {}; schema {}.</source>
      <translation>Migrations appliquées : {} ; schéma {}.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/case_detail.py" line="206" />
      <source>Apply my change again…</source>
      <translation>Réappliquer ma modification…</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/migrations.py" line="188" />
      <source>Applying migration {} ({})</source>
      <translation>Application de la migration {} ({})</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/incident_dock.py" line="243" />
      <source>At</source>
      <translation>Le</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/incident_dock.py" line="507" />
      <source>Attach photos or documents</source>
      <translation>Joindre des photos ou des documents</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/case_detail.py" line="244" />
      <location filename="../gpsu_plugin/gui/incident_dock.py" line="260" />
      <source>Attachments</source>
      <translation>Pièces jointes</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/case_detail.py" line="446" />
      <source>Attachments ({})</source>
      <translation>Pièces jointes ({})</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/incident_dock.py" line="244" />
      <source>Between</source>
      <translation>Entre</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/alerts_inbox.py" line="188" />
      <source>Case</source>
      <translation>Dossier</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/alerts_inbox.py" line="35" />
      <source>Case reassigned to your service</source>
      <translation>Dossier réattribué à votre service</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/alerts_inbox.py" line="37" />
      <source>Case shared with your service</source>
      <translation>Dossier partagé avec votre service</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/case_detail.py" line="712" />
      <source>Case {number}: change the status to "{status}".</source>
      <translation>Dossier {number} : changer le statut en « {status} ».</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/alerts_inbox.py" line="299" />
      <source>Case {number}: {what}</source>
      <translation>Dossier {number} : {what}</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/case_detail.py" line="774" />
      <source>Case {}: a step your service took. It stays in the case's history for good.</source>
      <translation>Dossier {} : une démarche effectuée par votre service. Elle restera définitivement dans l'historique du dossier.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/case_detail.py" line="744" />
      <source>Case {}: give it to another service.</source>
      <translation>Dossier {} : le confier à un autre service.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/case_detail.py" line="759" />
      <source>Case {}: open a task for another service, which follows it with its own status.</source>
      <translation>Dossier {} : ouvrir une tâche pour un autre service, qui la suit avec son propre statut.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/plugin.py" line="76" />
      <source>Cases</source>
      <translation>Dossiers</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/case_detail.py" line="547" />
      <location filename="../gpsu_plugin/gui/case_detail.py" line="155" />
      <location filename="../gpsu_plugin/gui/cases_model.py" line="159" />
      <source>Category</source>
      <translation>Catégorie</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/cases_dock.py" line="74" />
      <source>Category (with its sub-categories) or sub-category</source>
      <translation>Catégorie (avec ses sous-catégories) ou sous-catégorie</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/incident_dock.py" line="231" />
      <source>Category *</source>
      <translation>Catégorie *</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/case_detail.py" line="377" />
      <source>Change the status to "{}"</source>
      <translation>Changer le statut en « {} »</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/case_detail.py" line="236" />
      <source>Change the task's status…</source>
      <translation>Modifier le statut de la tâche…</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/profile.py" line="73" />
      <source>Choose a QGIS authentication configuration.</source>
      <translation>Choisissez une configuration d'authentification QGIS.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/incidents.py" line="162" />
      <source>Choose a category.</source>
      <translation>Choisissez une catégorie.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/incident_dock.py" line="337" />
      <source>Choose a category…</source>
      <translation>Choisissez une catégorie…</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/cases.py" line="245" />
      <source>Choose the case this one duplicates.</source>
      <translation>Choisissez le dossier dont celui-ci est le doublon.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/duplicate_dialog.py" line="12" />
      <source>Closed</source>
      <translation>Clôturé</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/case_detail.py" line="720" />
      <location filename="../gpsu_plugin/gui/case_detail.py" line="801" />
      <source>Comment</source>
      <translation>Commentaire</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/case_detail.py" line="782" />
      <source>Concerns</source>
      <translation>Concerne</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/database.py" line="67" />
      <source>Connected as {user}: PostgreSQL {pg}, PostGIS {postgis}, GPS-U schema {schema}.</source>
      <translation>Connecté en tant que {user} : PostgreSQL {pg}, PostGIS {postgis}, schéma GPS-U {schema}.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/incident_dock.py" line="104" />
      <source>Connecting to the GPS-U database…</source>
      <translation>Connexion à la base de données GPS-U…</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/processing/database/upgrade.py" line="43" />
      <source>Connection profile</source>
      <translation>Profil de connexion</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/plugin.py" line="83" />
      <location filename="../gpsu_plugin/gui/incident_dock.py" line="107" />
      <source>Connection…</source>
      <translation>Connexion…</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/case_detail.py" line="40" />
      <source>Created</source>
      <translation>Créé</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/connection_dialog.py" line="60" />
      <source>Database</source>
      <translation>Base de données</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/duplicate_dialog.py" line="35" />
      <source>Date</source>
      <translation>Date</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/cases.py" line="279" />
      <source>Describe the step that was taken.</source>
      <translation>Décrivez la démarche effectuée.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/case_detail.py" line="548" />
      <location filename="../gpsu_plugin/gui/case_detail.py" line="230" />
      <location filename="../gpsu_plugin/gui/duplicate_dialog.py" line="36" />
      <source>Description</source>
      <translation>Description</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/case_detail.py" line="207" />
      <source>Discard my change</source>
      <translation>Abandonner ma modification</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/duplicate_dialog.py" line="11" />
      <source>Dispatched</source>
      <translation>Transmis</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/duplicate_dialog.py" line="35" />
      <source>Distance</source>
      <translation>Distance</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/case_detail.py" line="156" />
      <location filename="../gpsu_plugin/gui/cases_model.py" line="159" />
      <source>District</source>
      <translation>Section</translation>
    </message>
    <message>
      <source>Do not put a password in the connection setting; use a .pgpass file, the keyring or a QGIS authentication configuration.</source>
      <translation type="obsolete">Ne mettez pas de mot de passe dans la chaîne de connexion ; utilisez un fichier .pgpass, le trousseau de clés ou une configuration d'authentification QGIS.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/profile.py" line="45" />
      <source>Do not put a password in the connection string; use a .pgpass file, the keyring or a QGIS authentication configuration.</source>
      <translation>Ne mettez pas de mot de passe dans la chaîne de connexion ; utilisez un fichier .pgpass, le trousseau de clés ou une configuration d'authentification QGIS.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/alerts_inbox.py" line="191" />
      <source>Double-click an alert to open its case.</source>
      <translation>Double-cliquez sur une alerte pour ouvrir son dossier.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/case_detail.py" line="243" />
      <source>Double-click an attachment to open it.</source>
      <translation>Double-cliquez sur une pièce jointe pour l'ouvrir.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/case_detail.py" line="549" />
      <location filename="../gpsu_plugin/gui/case_detail.py" line="156" />
      <location filename="../gpsu_plugin/gui/cases_model.py" line="160" />
      <source>Due</source>
      <translation>Échéance</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/duplicate_dialog.py" line="13" />
      <source>Duplicate</source>
      <translation>Doublon</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/case_detail.py" line="549" />
      <source>Duplicate of</source>
      <translation>Doublon de</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/case_detail.py" line="718" />
      <source>Duplicate of case</source>
      <translation>Doublon du dossier</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/migrations.py" line="133" />
      <source>EPSG:{} is not a coordinate reference system known to PostGIS.</source>
      <translation>EPSG:{} n'est pas un système de coordonnées de référence connu de PostGIS.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/migrations.py" line="135" />
      <source>EPSG:{} is not a projected coordinate reference system; GPS-U measures distances in metres (use e.g. EPSG:31370 or EPSG:2154).</source>
      <translation>EPSG:{} n'est pas un système de coordonnées de référence projeté ; GPS-U mesure les distances en mètres (utilisez par exemple EPSG:31370 ou EPSG:2154).</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/cli.py" line="50" />
      <source>Error: {}</source>
      <translation>Erreur : {}</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/alerts_inbox.py" line="244" />
      <source>Everything is read.</source>
      <translation>Tout est lu.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/incidents.py" line="186" />
      <source>Fill in the field "{}" of the observation template.</source>
      <translation>Complétez le champ « {} » du modèle de constat.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/cases_dock.py" line="86" />
      <source>First day recorded (empty: no limit)</source>
      <translation>Premier jour d'encodage (vide : sans limite)</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/plugin.py" line="57" />
      <location filename="../gpsu_plugin/plugin.py" line="63" />
      <location filename="../gpsu_plugin/gui/messages.py" line="26" />
      <location filename="../gpsu_plugin/gui/messages.py" line="58" />
      <location filename="../gpsu_plugin/processing/provider.py" line="19" />
      <source>GPS-U</source>
      <translation>GPS-U</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/cli.py" line="21" />
      <source>GPS-U administration</source>
      <translation>Administration de GPS-U</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/alerts_inbox.py" line="308" />
      <source>GPS-U alert</source>
      <translation>Alerte GPS-U</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/cli.py" line="59" />
      <source>GPS-U schema: {}</source>
      <translation>Schéma GPS-U : {}</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/processing/provider.py" line="22" />
      <source>GPS-U urban safety</source>
      <translation>GPS-U sécurité urbaine</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/alerts_inbox.py" line="152" />
      <location filename="../gpsu_plugin/gui/alerts_inbox.py" line="250" />
      <source>GPS-U – alerts</source>
      <translation>GPS-U – alertes</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/alerts_inbox.py" line="250" />
      <source>GPS-U – alerts ({})</source>
      <translation>GPS-U – alertes ({})</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/cases_dock.py" line="41" />
      <source>GPS-U – cases</source>
      <translation>GPS-U – dossiers</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/case_detail.py" line="711" />
      <source>GPS-U – change the status</source>
      <translation>GPS-U – modifier le statut</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/connection_dialog.py" line="27" />
      <source>GPS-U – database connection</source>
      <translation>GPS-U – connexion à la base de données</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/incident_dock.py" line="72" />
      <source>GPS-U – log a fact</source>
      <translation>GPS-U – encoder un fait</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/password_dialog.py" line="12" />
      <source>GPS-U – password</source>
      <translation>GPS-U – mot de passe</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/duplicate_dialog.py" line="25" />
      <source>GPS-U – possible duplicates</source>
      <translation>GPS-U – doublons possibles</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/case_detail.py" line="743" />
      <source>GPS-U – reassign the case</source>
      <translation>GPS-U – réattribuer le dossier</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/case_detail.py" line="773" />
      <source>GPS-U – record a step</source>
      <translation>GPS-U – encoder une démarche</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/case_detail.py" line="758" />
      <source>GPS-U – share with a service</source>
      <translation>GPS-U – partager avec un service</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/case_detail.py" line="793" />
      <source>GPS-U – task status</source>
      <translation>GPS-U – statut de la tâche</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/connection_dialog.py" line="185" />
      <source>GPS-U: testing the connection</source>
      <translation>GPS-U : test de la connexion</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/profile.py" line="65" />
      <source>Give a PostgreSQL service name, or a database name.</source>
      <translation>Indiquez un nom de service PostgreSQL ou un nom de base de données.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/case_detail.py" line="483" />
      <source>Give the number of the case this one duplicates.</source>
      <translation>Indiquez le numéro du dossier dont celui-ci est le doublon.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/cases.py" line="252" />
      <source>Give the reason for the reassignment.</source>
      <translation>Indiquez le motif de la réattribution.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/incidents.py" line="191" />
      <source>Give the time of the fact, or the window in which it happened.</source>
      <translation>Indiquez le moment du fait, ou la période pendant laquelle il s'est produit.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/layers.py" line="76" />
      <source>High</source>
      <translation>Haute</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/connection_dialog.py" line="58" />
      <source>Host</source>
      <translation>Hôte</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/connection_dialog.py" line="47" />
      <source>Host and database</source>
      <translation>Hôte et base de données</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/connection_dialog.py" line="72" />
      <source>In a QGIS authentication configuration</source>
      <translation>Dans une configuration d'authentification QGIS</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/duplicate_dialog.py" line="11" />
      <source>In progress</source>
      <translation>En cours</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/connection_dialog.py" line="71" />
      <source>In the system keyring</source>
      <translation>Dans le trousseau de clés du système</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/layers.py" line="86" />
      <source>Incidents by category</source>
      <translation>Faits par catégorie</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/layers.py" line="88" />
      <source>Incidents by status</source>
      <translation>Faits par statut</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/processing/database/upgrade.py" line="23" />
      <source>Install / upgrade database</source>
      <translation>Installer / mettre à jour la base de données</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/plugin.py" line="85" />
      <location filename="../gpsu_plugin/gui/connection_dialog.py" line="86" />
      <source>Install / upgrade database…</source>
      <translation>Installer / mettre à jour la base de données…</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/processing/database/upgrade.py" line="32" />
      <source>Installs the GPS-U schema in an empty PostGIS database, or applies the migrations this plugin ships to an older one, one transaction each. A database newer than the plugin is refused. Only the schema owner or a server administrator may run it. The coordinate reference system is chosen at installation and cannot change afterwards.</source>
      <translation>Installe le schéma GPS-U dans une base de données PostGIS vide, ou applique à une base plus ancienne les migrations fournies avec cette extension, chacune dans sa propre transaction. Une base de données plus récente que l'extension est refusée. Seul le propriétaire du schéma ou un administrateur du serveur peut exécuter cet algorithme. Le système de coordonnées de référence est choisi à l'installation et ne peut plus être modifié ensuite.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/connection_dialog.py" line="79" />
      <source>Keep the password</source>
      <translation>Conserver le mot de passe</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/case_detail.py" line="588" />
      <source>Last change by {who} on {when}.</source>
      <translation>Dernière modification par {who} le {when}.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/cases_dock.py" line="87" />
      <source>Last day recorded (empty: no limit)</source>
      <translation>Dernier jour d'encodage (vide : sans limite)</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/duplicate_dialog.py" line="53" />
      <source>Link to this case</source>
      <translation>Lier à ce dossier</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/cases_dock.py" line="139" />
      <source>Load the next {} cases</source>
      <translation>Charger les {} dossiers suivants</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/processing/database/upgrade.py" line="48" />
      <source>Load the reference services and categories</source>
      <translation>Charger les services et catégories de référence</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/incident_dock.py" line="208" />
      <source>Location *</source>
      <translation>Localisation *</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/plugin.py" line="74" />
      <source>Log a fact</source>
      <translation>Encoder un fait</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/layers.py" line="76" />
      <source>Low</source>
      <translation>Basse</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/incident_dock.py" line="197" />
      <source>Map centre</source>
      <translation>Centre de la carte</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/alerts_inbox.py" line="174" />
      <source>Mark all as read</source>
      <translation>Tout marquer comme lu</translation>
    </message>
    <message>
      <source>Mark all read</source>
      <translation type="obsolete">Tout marquer comme lu</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/migrations.py" line="235" />
      <source>Migration {} ({}) failed; the database was left at the previous version.</source>
      <translation>La migration {} ({}) a échoué ; la base de données est restée à la version précédente.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/cases_dock.py" line="138" />
      <source>More</source>
      <translation>Voir plus</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/cases_dock.py" line="211" />
      <source>My services</source>
      <translation>Mes services</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/duplicate_dialog.py" line="11" />
      <source>New</source>
      <translation>Nouveau</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/alerts_inbox.py" line="34" />
      <source>New case for your service</source>
      <translation>Nouveau dossier pour votre service</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/case_detail.py" line="800" />
      <source>New status</source>
      <translation>Nouveau statut</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/case_detail.py" line="361" />
      <source>No</source>
      <translation>Non</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/session.py" line="23" />
      <source>No GPS-U connection is configured yet: open GPS-U &gt; Connection.</source>
      <translation>Aucune connexion GPS-U n'est encore configurée : ouvrez GPS-U &gt; Connexion.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/alerts_inbox.py" line="243" />
      <source>No alert for your services.</source>
      <translation>Aucune alerte pour vos services.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/case_detail.py" line="490" />
      <source>No case has the number {}.</source>
      <translation>Aucun dossier ne porte le numéro {}.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/cases_dock.py" line="315" />
      <source>No case matches these filters.</source>
      <translation>Aucun dossier ne correspond à ces filtres.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/processing/database/upgrade.py" line="55" />
      <source>No connection profile named "{}".</source>
      <translation>Aucun profil de connexion nommé « {} ».</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/case_detail.py" line="341" />
      <source>No description.</source>
      <translation>Aucune description.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/credentials.py" line="28" />
      <source>No keyring service runs on this computer (as on a server without a desktop session).</source>
      <translation>Aucun service de trousseau de clés ne fonctionne sur cet ordinateur (c'est le cas sur un serveur sans session de bureau).</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/credentials.py" line="89" />
      <source>No password is stored yet for this connection.</source>
      <translation>Aucun mot de passe n'est encore enregistré pour cette connexion.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/layers.py" line="76" />
      <source>Normal</source>
      <translation>Normale</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/case_detail.py" line="325" />
      <source>Not dispatched</source>
      <translation>Non transmis</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/incident_dock.py" line="469" />
      <source>Not placed yet: use one of the buttons below.</source>
      <translation>Pas encore localisé : utilisez l'un des boutons ci-dessous.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/cli.py" line="69" />
      <source>Nothing to do; schema {}.</source>
      <translation>Rien à faire ; schéma {}.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/incident_dock.py" line="599" />
      <source>Nothing was saved: your entry is still here.</source>
      <translation>Rien n'a été enregistré : votre encodage est conservé.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/connection_dialog.py" line="73" />
      <source>Nowhere: ask each time</source>
      <translation>Nulle part : le demander à chaque fois</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/cases_model.py" line="159" />
      <location filename="../gpsu_plugin/gui/duplicate_dialog.py" line="35" />
      <source>Number</source>
      <translation>Numéro</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/cases_dock.py" line="97" />
      <source>Number, description or place</source>
      <translation>Numéro, description ou lieu</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/incident_dock.py" line="128" />
      <source>Observation template</source>
      <translation>Modèle de constat</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/case_detail.py" line="156" />
      <source>Observed</source>
      <translation>Constaté</translation>
    </message>
    <message>
      <source>Only a GPS-U administrator can install or upgrade the database.</source>
      <translation type="obsolete">Seul un administrateur GPS-U peut installer ou mettre à jour la base de données.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/migrations.py" line="159" />
      <source>Only the owner of the GPS-U schema or a server administrator can install or upgrade the database.</source>
      <translation>Seul le propriétaire du schéma GPS-U ou un administrateur du serveur peut installer ou mettre à jour la base de données.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/alerts_inbox.py" line="309" />
      <source>Open</source>
      <translation>Ouvrir</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/cases_dock.py" line="219" />
      <location filename="../gpsu_plugin/core/layers.py" line="87" />
      <source>Open cases</source>
      <translation>Dossiers ouverts</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/duplicate_dialog.py" line="30" />
      <source>Open cases of the same kind were logged near this place at about the same time. Is this fact one of them?</source>
      <translation>Des dossiers ouverts du même type ont été encodés près de cet endroit, à peu près au même moment. Ce fait correspond-il à l'un d'eux ?</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/case_detail.py" line="799" />
      <location filename="../gpsu_plugin/gui/case_detail.py" line="719" />
      <source>Optional</source>
      <translation>Facultatif</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/layers.py" line="100" />
      <source>Other category</source>
      <translation>Autre catégorie</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/layers.py" line="106" />
      <source>Other priority</source>
      <translation>Autre priorité</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/layers.py" line="111" />
      <source>Other status</source>
      <translation>Autre statut</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/alerts_inbox.py" line="39" />
      <source>Overdue</source>
      <translation>En retard</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/cases_dock.py" line="98" />
      <source>Overdue only</source>
      <translation>En retard uniquement</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/cases_model.py" line="171" />
      <source>Overdue: the case was due on {}</source>
      <translation>En retard : l'échéance du dossier était le {}</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/connection_dialog.py" line="78" />
      <source>Password</source>
      <translation>Mot de passe</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/password_dialog.py" line="14" />
      <source>Password for {}</source>
      <translation>Mot de passe pour {}</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/incident_dock.py" line="508" />
      <source>Photos and documents (*.jpg *.jpeg *.png *.webp *.pdf *.txt);;All files (*)</source>
      <translation>Photos et documents (*.jpg *.jpeg *.png *.webp *.pdf *.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/case_detail.py" line="548" />
      <location filename="../gpsu_plugin/gui/case_detail.py" line="157" />
      <source>Place</source>
      <translation>Lieu</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/incident_dock.py" line="210" />
      <source>Place / address</source>
      <translation>Lieu / adresse</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/incident_dock.py" line="193" />
      <source>Place on the map</source>
      <translation>Placer sur la carte</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/incidents.py" line="164" />
      <source>Place the fact on the map.</source>
      <translation>Placez le fait sur la carte.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/connection_dialog.py" line="59" />
      <source>Port</source>
      <translation>Port</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/migrations.py" line="246" />
      <source>PostGIS is not installed in this database and you may not install it. An administrator of the server must run: CREATE EXTENSION postgis;</source>
      <translation>PostGIS n'est pas installé dans cette base de données et vous n'avez pas le droit de l'installer. Un administrateur du serveur doit exécuter : CREATE EXTENSION postgis;</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/database.py" line="88" />
      <source>PostGIS is not installed in this database. An administrator of the server must run: CREATE EXTENSION postgis;</source>
      <translation>PostGIS n'est pas installé dans cette base de données. Un administrateur du serveur doit exécuter : CREATE EXTENSION postgis;</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/connection_dialog.py" line="46" />
      <source>PostgreSQL service (pg_service.conf)</source>
      <translation>Service PostgreSQL (pg_service.conf)</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/case_detail.py" line="547" />
      <location filename="../gpsu_plugin/gui/case_detail.py" line="155" />
      <location filename="../gpsu_plugin/gui/cases_model.py" line="159" />
      <location filename="../gpsu_plugin/gui/incident_dock.py" line="233" />
      <source>Priority</source>
      <translation>Priorité</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/cases_dock.py" line="72" />
      <source>Priority of the case</source>
      <translation>Priorité du dossier</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/connection_dialog.py" line="41" />
      <source>Profile name</source>
      <translation>Nom du profil</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/processing/database/upgrade.py" line="45" />
      <source>Projected CRS of a new installation</source>
      <translation>SCR projeté d'une nouvelle installation</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/incident_dock.py" line="221" />
      <source>Proposed from the category; the municipality's dispatch rules apply unless you choose another priority.</source>
      <translation>Proposée d'après la catégorie ; les règles de transmission de la commune s'appliquent, sauf si vous choisissez une autre priorité.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/case_detail.py" line="748" />
      <source>Reason</source>
      <translation>Motif</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/case_detail.py" line="42" />
      <source>Reassigned</source>
      <translation>Réattribué</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/case_detail.py" line="188" />
      <source>Reassign…</source>
      <translation>Réattribuer…</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/case_detail.py" line="190" />
      <source>Record a step…</source>
      <translation>Encoder une démarche…</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/case_detail.py" line="157" />
      <location filename="../gpsu_plugin/gui/cases_model.py" line="160" />
      <source>Recorded</source>
      <translation>Encodé</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/cases_dock.py" line="85" />
      <source>Recorded from</source>
      <translation>Encodé du</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/cli.py" line="74" />
      <location filename="../gpsu_plugin/processing/database/upgrade.py" line="67" />
      <source>Reference services and categories loaded.</source>
      <translation>Services et catégories de référence chargés.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/alerts_inbox.py" line="177" />
      <source>Refresh the alerts</source>
      <translation>Actualiser les alertes</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/cases_dock.py" line="101" />
      <source>Refresh the list</source>
      <translation>Actualiser la liste</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/duplicate_dialog.py" line="12" />
      <source>Rejected</source>
      <translation>Rejeté</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/incident_dock.py" line="270" />
      <source>Remove</source>
      <translation>Retirer</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/case_detail.py" line="765" />
      <source>Request</source>
      <translation>Demande</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/case_detail.py" line="746" />
      <location filename="../gpsu_plugin/gui/case_detail.py" line="719" />
      <location filename="../gpsu_plugin/gui/template_form.py" line="42" />
      <source>Required</source>
      <translation>Obligatoire</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/duplicate_dialog.py" line="12" />
      <source>Resolved</source>
      <translation>Résolu</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/connection_dialog.py" line="63" />
      <source>SSL mode</source>
      <translation>Mode SSL</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/incident_dock.py" line="148" />
      <source>Save</source>
      <translation>Enregistrer</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/duplicate_dialog.py" line="54" />
      <source>Save as a new fact</source>
      <translation>Enregistrer comme nouveau fait</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/incident_dock.py" line="627" />
      <source>Saved as fact {number}, dispatched to {service}.</source>
      <translation>Enregistré comme fait {number}, transmis à {service}.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/incident_dock.py" line="624" />
      <source>Saved as fact {number}, linked to case {original}.</source>
      <translation>Enregistré comme fait {number}, lié au dossier {original}.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/incident_dock.py" line="629" />
      <source>Saved as fact {number}; no service is assigned yet.</source>
      <translation>Enregistré comme fait {number} ; aucun service n'est encore désigné.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/processing/database/upgrade.py" line="49" />
      <source>Schema version</source>
      <translation>Version du schéma</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/case_detail.py" line="125" />
      <source>Select a case in the list to see its detail.</source>
      <translation>Sélectionnez un dossier dans la liste pour en voir le détail.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/connection_dialog.py" line="44" />
      <source>Server</source>
      <translation>Serveur</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/alerts_inbox.py" line="188" />
      <location filename="../gpsu_plugin/gui/case_detail.py" line="548" />
      <location filename="../gpsu_plugin/gui/case_detail.py" line="747" />
      <location filename="../gpsu_plugin/gui/case_detail.py" line="764" />
      <location filename="../gpsu_plugin/gui/case_detail.py" line="155" />
      <location filename="../gpsu_plugin/gui/case_detail.py" line="230" />
      <location filename="../gpsu_plugin/gui/cases_model.py" line="159" />
      <source>Service</source>
      <translation>Service</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/cases_dock.py" line="68" />
      <source>Service in charge of the case, or sharing it</source>
      <translation>Service chargé du dossier ou avec lequel il est partagé</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/connection_dialog.py" line="56" />
      <source>Service name</source>
      <translation>Nom du service</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/case_detail.py" line="189" />
      <source>Share with a service…</source>
      <translation>Partager avec un service…</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/case_detail.py" line="581" />
      <source>Shared with</source>
      <translation>Partagé avec</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/case_detail.py" line="45" />
      <source>Shared with a service</source>
      <translation>Partagé avec un service</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/cases.py" line="238" />
      <source>Someone</source>
      <translation>Quelqu'un</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/dberrors.py" line="18" />
      <source>Someone else changed this case in the meantime.</source>
      <translation>Quelqu'un d'autre a modifié ce dossier entre-temps.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/case_detail.py" line="547" />
      <location filename="../gpsu_plugin/gui/case_detail.py" line="230" />
      <location filename="../gpsu_plugin/gui/cases_model.py" line="159" />
      <location filename="../gpsu_plugin/gui/duplicate_dialog.py" line="35" />
      <source>Status</source>
      <translation>Statut</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/alerts_inbox.py" line="36" />
      <location filename="../gpsu_plugin/gui/case_detail.py" line="41" />
      <source>Status changed</source>
      <translation>Statut modifié</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/cases_dock.py" line="70" />
      <source>Status of the case</source>
      <translation>Statut du dossier</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/case_detail.py" line="783" />
      <source>Step</source>
      <translation>Démarche</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/case_detail.py" line="44" />
      <source>Step taken</source>
      <translation>Démarche effectuée</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/incident_dock.py" line="207" />
      <source>Street, number, landmark…</source>
      <translation>Rue, numéro, point de repère…</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/incident_dock.py" line="232" />
      <source>Sub-category</source>
      <translation>Sous-catégorie</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/case_detail.py" line="794" />
      <source>Task of {service} on case {number}.</source>
      <translation>Tâche de {service} dans le dossier {number}.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/case_detail.py" line="577" />
      <source>Task of {}</source>
      <translation>Tâche de {}</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/case_detail.py" line="46" />
      <source>Task status changed</source>
      <translation>Statut de la tâche modifié</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/case_detail.py" line="240" />
      <source>Tasks</source>
      <translation>Tâches</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/case_detail.py" line="434" />
      <source>Tasks ({})</source>
      <translation>Tâches ({})</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/layers.py" line="89" />
      <source>Territory</source>
      <translation>Territoire communal</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/connection_dialog.py" line="85" />
      <source>Test connection</source>
      <translation>Tester la connexion</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/connection_dialog.py" line="183" />
      <source>Testing the connection…</source>
      <translation>Test de la connexion…</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/migrations.py" line="87" />
      <source>The GPS-U schema is not installed in this database. An administrator can install it with "Install / upgrade database".</source>
      <translation>Le schéma GPS-U n'est pas installé dans cette base de données. Un administrateur peut l'installer avec « Installer / mettre à jour la base de données ».</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/database.py" line="53" />
      <source>The PostgreSQL service is not defined in pg_service.conf ({}).</source>
      <translation>Le service PostgreSQL n'est pas défini dans pg_service.conf ({}).</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/credentials.py" line="25" />
      <source>The Python module 'keyring' is not installed.</source>
      <translation>Le module Python « keyring » n'est pas installé.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/credentials.py" line="115" />
      <source>The QGIS authentication configuration could not be opened (is the master password set?).</source>
      <translation>La configuration d'authentification QGIS n'a pas pu être ouverte (le mot de passe principal est-il défini ?).</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/credentials.py" line="120" />
      <source>The QGIS authentication configuration could not be updated.</source>
      <translation>La configuration d'authentification QGIS n'a pas pu être mise à jour.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/credentials.py" line="92" />
      <source>The QGIS authentication configuration holds no password.</source>
      <translation>La configuration d'authentification QGIS ne contient aucun mot de passe.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/case_detail.py" line="777" />
      <source>The case</source>
      <translation>Le dossier</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/dberrors.py" line="25" />
      <source>The case still has open tasks: each service must finish its task first.</source>
      <translation>Le dossier a encore des tâches ouvertes : chaque service doit d'abord terminer la sienne.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/incident_dock.py" line="44" />
      <location filename="../gpsu_plugin/core/dberrors.py" line="35" />
      <source>The connection to the database was lost: nothing was saved. Your entry is kept; save it again when the connection is back.</source>
      <translation>La connexion à la base de données a été perdue : rien n'a été enregistré. Votre encodage est conservé ; enregistrez-le à nouveau quand la connexion sera rétablie.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/session.py" line="33" />
      <source>The connection was cancelled: no password was given.</source>
      <translation>La connexion a été annulée : aucun mot de passe n'a été fourni.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/migrations.py" line="127" />
      <source>The coordinate reference system must be an EPSG code such as 31370.</source>
      <translation>Le système de coordonnées de référence doit être un code EPSG, par exemple 31370.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/migrations.py" line="221" />
      <source>The database already uses EPSG:{}; its CRS cannot be changed by an upgrade.</source>
      <translation>La base de données utilise déjà EPSG:{} ; son SCR ne peut pas être modifié par une mise à jour.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/database.py" line="50" />
      <source>The database does not exist on this server ({}).</source>
      <translation>La base de données n'existe pas sur ce serveur ({}).</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/dberrors.py" line="44" />
      <source>The database refused this entry: {}</source>
      <translation>La base de données a refusé cet encodage : {}</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/migrations.py" line="90" />
      <source>The database schema (version {db}) is newer than this plugin (version {plugin}). Update the GPS-U plugin.</source>
      <translation>Le schéma de la base de données (version {db}) est plus récent que cette extension (version {plugin}). Mettez à jour l'extension GPS-U.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/migrations.py" line="94" />
      <source>The database schema (version {db}) is older than this plugin (version {plugin}). An administrator must run "Install / upgrade database".</source>
      <translation>Le schéma de la base de données (version {db}) est plus ancien que cette extension (version {plugin}). Un administrateur doit exécuter « Installer / mettre à jour la base de données ».</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/migrations.py" line="192" />
      <source>The database schema is at version {}.</source>
      <translation>Le schéma de la base de données est à la version {}.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/database.py" line="55" />
      <source>The database server cannot be reached ({}). Check the host, the port and the network.</source>
      <translation>Le serveur de base de données est injoignable ({}). Vérifiez l'hôte, le port et le réseau.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/credentials.py" line="32" />
      <source>The keyring cannot be used: {}</source>
      <translation>Le trousseau de clés ne peut pas être utilisé : {}</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/credentials.py" line="42" />
      <source>The password cannot be kept in the keyring. {}</source>
      <translation>Le mot de passe ne peut pas être conservé dans le trousseau de clés. {}</translation>
    </message>
    <message>
      <source>The password is asked each time because it cannot be kept here: {}</source>
      <translation type="obsolete">Le mot de passe est demandé à chaque fois, car il ne peut pas être conservé ici : {}</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/credentials.py" line="88" />
      <source>The password is asked each time because the system keyring cannot keep it: {}</source>
      <translation>Le mot de passe est demandé à chaque fois, car le trousseau de clés du système ne peut pas le conserver : {}</translation>
    </message>
    <message>
      <source>The password will be asked each time GPS-U connects, because it cannot be kept here: {}</source>
      <translation type="obsolete">Le mot de passe sera demandé à chaque connexion de GPS-U, car il ne peut pas être conservé ici : {}</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/connection_dialog.py" line="124" />
      <source>The password will be asked each time GPS-U connects, because the system keyring cannot keep it: {}</source>
      <translation>Le mot de passe sera demandé à chaque connexion de GPS-U, car le trousseau de clés du système ne peut pas le conserver : {}</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/connection_dialog.py" line="127" />
      <source>The password will be asked each time GPS-U connects.</source>
      <translation>Le mot de passe sera demandé à chaque connexion de GPS-U.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/migrations.py" line="58" />
      <source>The plugin's migrations are not numbered 1 to N.</source>
      <translation>Les migrations de l'extension ne sont pas numérotées de 1 à N.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/profile.py" line="67" />
      <source>The port must be between 1 and 65535.</source>
      <translation>Le port doit être compris entre 1 et 65535.</translation>
    </message>
    <message>
      <source>The profile name must be 1 to 64 letters, digits, spaces, dots or dashes.</source>
      <translation type="obsolete">Le nom du profil doit comporter de 1 à 64 lettres, chiffres, espaces, points ou tirets.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/profile.py" line="61" />
      <source>The profile name must be 1 to 64 letters, digits, spaces, dots, dashes or underscores.</source>
      <translation>Le nom du profil doit comporter de 1 à 64 lettres, chiffres, espaces, points, tirets ou traits de soulignement.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/processing/database/upgrade.py" line="74" />
      <source>The schema was already up to date.</source>
      <translation>Le schéma était déjà à jour.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/database.py" line="46" />
      <source>The server refused the user name or password ({}).</source>
      <translation>Le serveur a refusé le nom d'utilisateur ou le mot de passe ({}).</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/case_detail.py" line="779" />
      <source>The task of {}</source>
      <translation>La tâche de {}</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/dberrors.py" line="21" />
      <location filename="../gpsu_plugin/core/incidents.py" line="194" />
      <source>The time of the fact cannot be in the future.</source>
      <translation>Le moment du fait ne peut pas se situer dans le futur.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/database.py" line="48" />
      <source>The user name is not known to the server ({}).</source>
      <translation>Le nom d'utilisateur est inconnu du serveur ({}).</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/incidents.py" line="196" />
      <source>The window must start before it ends.</source>
      <translation>La période doit commencer avant de se terminer.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/case_detail.py" line="592" />
      <source>Their changes:</source>
      <translation>Modifications apportées :</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/incident_dock.py" line="196" />
      <source>Then click the place of the fact on the map; click again to move it.</source>
      <translation>Cliquez ensuite sur le lieu du fait sur la carte ; cliquez à nouveau pour le déplacer.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/cases.py" line="228" />
      <source>These fields cannot be changed here: {}</source>
      <translation>Ces champs ne peuvent pas être modifiés ici : {}</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/case_detail.py" line="694" />
      <source>This attachment does not exist (any more).</source>
      <translation>Cette pièce jointe n'existe pas (ou plus).</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/cases.py" line="151" />
      <location filename="../gpsu_plugin/core/cases.py" line="210" />
      <source>This case does not exist (any more).</source>
      <translation>Ce dossier n'existe pas (ou plus).</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/dberrors.py" line="23" />
      <source>This change needs a comment or a reason.</source>
      <translation>Cette modification nécessite un commentaire ou un motif.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/dberrors.py" line="22" />
      <source>This change of status is not allowed.</source>
      <translation>Ce changement de statut n'est pas autorisé.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/credentials.py" line="91" />
      <source>This connection is set to ask for the password each time.</source>
      <translation>Cette connexion est configurée pour demander le mot de passe à chaque fois.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/dberrors.py" line="24" />
      <source>This file cannot be attached (type, size or checksum refused).</source>
      <translation>Ce fichier ne peut pas être joint (type, taille ou somme de contrôle refusé).</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/profile.py" line="42" />
      <source>This is not a valid PostgreSQL connection string.</source>
      <translation>Ce n'est pas une chaîne de connexion PostgreSQL valide.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/dberrors.py" line="20" />
      <location filename="../gpsu_plugin/core/incidents.py" line="151" />
      <source>This location is outside the municipality's territory.</source>
      <translation>Cet endroit se trouve en dehors du territoire communal.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/point_tool.py" line="46" />
      <source>This place cannot be converted to the database's coordinate system.</source>
      <translation>Cet endroit ne peut pas être converti dans le système de coordonnées de la base de données.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/dberrors.py" line="27" />
      <source>This task belongs to another case.</source>
      <translation>Cette tâche appartient à un autre dossier.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/case_detail.py" line="509" />
      <location filename="../gpsu_plugin/core/cases.py" line="272" />
      <source>This task does not exist (any more).</source>
      <translation>Cette tâche n'existe pas (ou plus).</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/case_detail.py" line="677" />
      <source>This task's status can no longer change.</source>
      <translation>Le statut de cette tâche ne peut plus changer.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/case_detail.py" line="223" />
      <source>Timeline</source>
      <translation>Historique</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/case_detail.py" line="424" />
      <source>Timeline ({})</source>
      <translation>Historique ({})</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/incident_dock.py" line="110" />
      <source>Try again</source>
      <translation>Réessayer</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/connection_dialog.py" line="200" />
      <source>Unexpected error: {}</source>
      <translation>Erreur inattendue : {}</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/profile.py" line="69" />
      <source>Unknown SSL mode.</source>
      <translation>Mode SSL inconnu.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/profile.py" line="71" />
      <source>Unknown password storage.</source>
      <translation>Mode de conservation du mot de passe inconnu.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/case_detail.py" line="43" />
      <source>Updated</source>
      <translation>Modifié</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/layers.py" line="76" />
      <source>Urgent</source>
      <translation>Urgente</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/incident_dock.py" line="199" />
      <source>Use the centre of the map view as the place of the fact.</source>
      <translation>Utiliser le centre de la vue de la carte comme lieu du fait.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/connection_dialog.py" line="77" />
      <source>User</source>
      <translation>Utilisateur</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/incident_dock.py" line="216" />
      <source>What</source>
      <translation>Quoi</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/case_detail.py" line="763" />
      <source>What the service is asked to do</source>
      <translation>Ce qui est demandé au service</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/incident_dock.py" line="227" />
      <location filename="../gpsu_plugin/gui/incident_dock.py" line="234" />
      <source>What was seen</source>
      <translation>Ce qui a été constaté</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/alerts_inbox.py" line="188" />
      <location filename="../gpsu_plugin/gui/incident_dock.py" line="241" />
      <source>When</source>
      <translation>Quand</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/incident_dock.py" line="188" />
      <source>Where</source>
      <translation>Où</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/incident_dock.py" line="472" />
      <source>X {x} – Y {y} (EPSG:{srid})</source>
      <translation>X {x} – Y {y} (EPSG:{srid})</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/case_detail.py" line="361" />
      <source>Yes</source>
      <translation>Oui</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/cases_dock.py" line="215" />
      <source>You are not a member of any service yet.</source>
      <translation>Vous ne faites encore partie d'aucun service.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/cases_dock.py" line="313" />
      <source>You are not a member of any service: choose "All services".</source>
      <translation>Vous ne faites partie d'aucun service : choisissez « Tous les services ».</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/dberrors.py" line="28" />
      <source>You are not allowed to do this.</source>
      <translation>Vous n'êtes pas autorisé à effectuer cette opération.</translation>
    </message>
    <message>
      <source>Your text, kept: «{}»</source>
      <translation type="obsolete">Votre texte, conservé : « {} »</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/case_detail.py" line="596" />
      <source>Your text, kept: “{}”</source>
      <translation>Votre texte, conservé : « {} »</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/incident_dock.py" line="248" />
      <source>and</source>
      <translation>et</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/cases_dock.py" line="179" />
      <source>any date</source>
      <translation>toute date</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/case_detail.py" line="334" />
      <source>between {start} and {end}</source>
      <translation>entre {start} et {end}</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/cli.py" line="26" />
      <source>database schema</source>
      <translation>schéma de la base de données</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/template_form.py" line="64" />
      <source>e.g. 1-ABC-234</source>
      <translation>p. ex. 1-ABC-234</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/case_detail.py" line="717" />
      <source>e.g. 2026-00042</source>
      <translation>p. ex. 2026-00042</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/case_detail.py" line="780" />
      <source>e.g. Owner contacted by phone; removal planned on Monday</source>
      <translation>p. ex. Propriétaire contacté par téléphone ; enlèvement prévu lundi</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/connection_dialog.py" line="51" />
      <source>e.g. db.example.org or localhost</source>
      <translation>p. ex. db.example.org ou localhost</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/connection_dialog.py" line="49" />
      <source>e.g. gpsu</source>
      <translation>p. ex. gpsu</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/cli.py" line="28" />
      <source>install or upgrade the GPS-U schema</source>
      <translation>installer ou mettre à jour le schéma GPS-U</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/cli.py" line="23" />
      <source>libpq connection string, e.g. "service=gpsu" (default: $GPSU_DB)</source>
      <translation>chaîne de connexion libpq, p. ex. "service=gpsu" (par défaut : $GPSU_DB)</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/cli.py" line="34" />
      <source>load the reference services and categories</source>
      <translation>charger les services et catégories de référence</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/migrations.py" line="80" />
      <source>not installed</source>
      <translation>non installé</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/case_detail.py" line="329" />
      <source>overdue</source>
      <translation>en retard</translation>
    </message>
    <message>
      <source>projected CRS of a new installation (default 31370)</source>
      <translation type="obsolete">SCR projeté d'une nouvelle installation (par défaut : 31370)</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/cli.py" line="30" />
      <source>projected CRS of a new installation, as an EPSG code (default {})</source>
      <translation>SCR projeté d'une nouvelle installation, sous forme de code EPSG (par défaut : {})</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/cli.py" line="33" />
      <source>show the schema version</source>
      <translation>afficher la version du schéma</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/cli.py" line="32" />
      <source>stop at this schema version</source>
      <translation>s'arrêter à cette version du schéma</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/cases_dock.py" line="89" />
      <source>to</source>
      <translation>au</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/migrations.py" line="83" />
      <source>version {} (this plugin expects {})</source>
      <translation>version {} (cette extension nécessite la version {})</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/migrations.py" line="82" />
      <source>version {} (up to date)</source>
      <translation>version {} (à jour)</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/case_detail.py" line="442" />
      <source>{type}, added by {author} on {date}</source>
      <translation>{type}, ajouté par {author} le {date}</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/case_detail.py" line="338" />
      <source>{when} by {who}</source>
      <translation>{when} par {who}</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/cases.py" line="218" />
      <source>{who} changed this case while you were editing it; your changes were not saved and are kept in the form. Review theirs, then save again.</source>
      <translation>{who} a modifié ce dossier pendant que vous le modifiiez ; vos modifications n'ont pas été enregistrées et sont conservées dans le formulaire. Vérifiez les siennes, puis enregistrez à nouveau.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/messages.py" line="54" />
      <source>{} MB</source>
      <translation>{} Mo</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/messages.py" line="51" />
      <source>{} bytes</source>
      <translation>{} octets</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/cases_dock.py" line="319" />
      <source>{} cases</source>
      <translation>{} dossiers</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/cases_dock.py" line="317" />
      <source>{} cases shown, more in the database</source>
      <translation>{} dossiers affichés, d'autres dans la base de données</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/messages.py" line="53" />
      <source>{} kB</source>
      <translation>{} ko</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/duplicate_dialog.py" line="45" />
      <source>{} m</source>
      <translation>{} m</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/alerts_inbox.py" line="244" />
      <source>{} unread</source>
      <translation>Non lues : {}</translation>
    </message>
  </context>
</TS>
