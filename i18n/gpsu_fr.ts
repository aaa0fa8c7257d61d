<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
  <context>
    <name>gpsu</name>
    <message>
      <location filename="../gpsu_plugin/gui/connection_dialog.py" line="66" />
      <source>Account</source>
      <translation>Compte</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/processing/database/upgrade.py" line="26" />
      <source>Administration</source>
      <translation>Administration</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/messages.py" line="23" />
      <source>An unexpected error occurred; the GPS-U log panel has the details.</source>
      <translation>Une erreur inattendue s'est produite ; les détails figurent dans l'onglet GPS-U du panneau Journal des messages.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/cli.py" line="61" />
      <source>Applied migrations {}; schema {}.</source>
      <translation>Migrations appliquées : {} ; schéma {}.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/migrations.py" line="186" />
      <source>Applying migration {} ({})</source>
      <translation>Application de la migration {} ({})</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/profile.py" line="72" />
      <source>Choose a QGIS authentication configuration.</source>
      <translation>Choisissez une configuration d'authentification QGIS.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/database.py" line="67" />
      <source>Connected as {user}: PostgreSQL {pg}, PostGIS {postgis}, GPS-U schema {schema}.</source>
      <translation>Connecté en tant que {user} : PostgreSQL {pg}, PostGIS {postgis}, schéma GPS-U {schema}.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/processing/database/upgrade.py" line="43" />
      <source>Connection profile</source>
      <translation>Profil de connexion</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/plugin.py" line="65" />
      <source>Connection…</source>
      <translation>Connexion…</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/connection_dialog.py" line="60" />
      <source>Database</source>
      <translation>Base de données</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/profile.py" line="45" />
      <source>Do not put a password in the connection setting; use a .pgpass file, the keyring or a QGIS authentication configuration.</source>
      <translation>Ne mettez pas de mot de passe dans la chaîne de connexion ; utilisez un fichier .pgpass, le trousseau de clés ou une configuration d'authentification QGIS.</translation>
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
      <location filename="../gpsu_plugin/cli.py" line="45" />
      <source>Error: {}</source>
      <translation>Erreur : {}</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/plugin.py" line="54" />
      <location filename="../gpsu_plugin/plugin.py" line="60" />
      <location filename="../gpsu_plugin/gui/messages.py" line="15" />
      <location filename="../gpsu_plugin/gui/messages.py" line="28" />
      <location filename="../gpsu_plugin/processing/provider.py" line="19" />
      <source>GPS-U</source>
      <translation>GPS-U</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/cli.py" line="19" />
      <source>GPS-U administration</source>
      <translation>Administration de GPS-U</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/cli.py" line="54" />
      <source>GPS-U schema: {}</source>
      <translation>Schéma GPS-U : {}</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/processing/provider.py" line="22" />
      <source>GPS-U urban safety</source>
      <translation>GPS-U sécurité urbaine</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/connection_dialog.py" line="27" />
      <source>GPS-U – database connection</source>
      <translation>GPS-U – connexion à la base de données</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/password_dialog.py" line="12" />
      <source>GPS-U – password</source>
      <translation>GPS-U – mot de passe</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/connection_dialog.py" line="185" />
      <source>GPS-U: testing the connection</source>
      <translation>GPS-U : test de la connexion</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/profile.py" line="64" />
      <source>Give a PostgreSQL service name, or a database name.</source>
      <translation>Indiquez un nom de service PostgreSQL ou un nom de base de données.</translation>
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
      <location filename="../gpsu_plugin/gui/connection_dialog.py" line="71" />
      <source>In the system keyring</source>
      <translation>Dans le trousseau de clés du système</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/processing/database/upgrade.py" line="23" />
      <source>Install / upgrade database</source>
      <translation>Installer / mettre à jour la base de données</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/plugin.py" line="67" />
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
      <location filename="../gpsu_plugin/processing/database/upgrade.py" line="48" />
      <source>Load the reference services and categories</source>
      <translation>Charger les services et catégories de référence</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/migrations.py" line="233" />
      <source>Migration {} ({}) failed; the database was left at the previous version.</source>
      <translation>La migration {} ({}) a échoué ; la base de données est restée à la version précédente.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/session.py" line="23" />
      <source>No GPS-U connection is configured yet: open GPS-U &gt; Connection.</source>
      <translation>Aucune connexion GPS-U n'est encore configurée : ouvrez GPS-U &gt; Connexion.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/processing/database/upgrade.py" line="55" />
      <source>No connection profile named "{}".</source>
      <translation>Aucun profil de connexion nommé « {} ».</translation>
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
      <location filename="../gpsu_plugin/cli.py" line="64" />
      <source>Nothing to do; schema {}.</source>
      <translation>Rien à faire ; schéma {}.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/connection_dialog.py" line="73" />
      <source>Nowhere: ask each time</source>
      <translation>Nulle part : le demander à chaque fois</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/migrations.py" line="158" />
      <source>Only a GPS-U administrator can install or upgrade the database.</source>
      <translation>Seul un administrateur GPS-U peut installer ou mettre à jour la base de données.</translation>
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
      <location filename="../gpsu_plugin/gui/connection_dialog.py" line="59" />
      <source>Port</source>
      <translation>Port</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/migrations.py" line="244" />
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
      <location filename="../gpsu_plugin/cli.py" line="69" />
      <location filename="../gpsu_plugin/processing/database/upgrade.py" line="67" />
      <source>Reference services and categories loaded.</source>
      <translation>Services et catégories de référence chargés.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/connection_dialog.py" line="63" />
      <source>SSL mode</source>
      <translation>Mode SSL</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/processing/database/upgrade.py" line="49" />
      <source>Schema version</source>
      <translation>Version du schéma</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/connection_dialog.py" line="44" />
      <source>Server</source>
      <translation>Serveur</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/connection_dialog.py" line="56" />
      <source>Service</source>
      <translation>Service</translation>
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
      <location filename="../gpsu_plugin/core/migrations.py" line="219" />
      <source>The database already uses EPSG:{}; its CRS cannot be changed by an upgrade.</source>
      <translation>La base de données utilise déjà EPSG:{} ; son SCR ne peut pas être modifié par une mise à jour.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/database.py" line="50" />
      <source>The database does not exist on this server ({}).</source>
      <translation>La base de données n'existe pas sur ce serveur ({}).</translation>
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
      <location filename="../gpsu_plugin/core/migrations.py" line="190" />
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
      <location filename="../gpsu_plugin/core/credentials.py" line="88" />
      <source>The password is asked each time because it cannot be kept here: {}</source>
      <translation>Le mot de passe est demandé à chaque fois, car il ne peut pas être conservé ici : {}</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/connection_dialog.py" line="124" />
      <source>The password will be asked each time GPS-U connects, because it cannot be kept here: {}</source>
      <translation>Le mot de passe sera demandé à chaque connexion de GPS-U, car il ne peut pas être conservé ici : {}</translation>
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
      <location filename="../gpsu_plugin/core/profile.py" line="66" />
      <source>The port must be between 1 and 65535.</source>
      <translation>Le port doit être compris entre 1 et 65535.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/profile.py" line="61" />
      <source>The profile name must be 1 to 64 letters, digits, spaces, dots or dashes.</source>
      <translation>Le nom du profil doit comporter de 1 à 64 lettres, chiffres, espaces, points ou tirets.</translation>
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
      <location filename="../gpsu_plugin/core/database.py" line="48" />
      <source>The user name is not known to the server ({}).</source>
      <translation>Le nom d'utilisateur est inconnu du serveur ({}).</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/credentials.py" line="91" />
      <source>This connection is set to ask for the password each time.</source>
      <translation>Cette connexion est configurée pour demander le mot de passe à chaque fois.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/profile.py" line="42" />
      <source>This is not a valid PostgreSQL connection string.</source>
      <translation>Ce n'est pas une chaîne de connexion PostgreSQL valide.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/connection_dialog.py" line="200" />
      <source>Unexpected error: {}</source>
      <translation>Erreur inattendue : {}</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/profile.py" line="68" />
      <source>Unknown SSL mode.</source>
      <translation>Mode SSL inconnu.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/profile.py" line="70" />
      <source>Unknown password storage.</source>
      <translation>Mode de conservation du mot de passe inconnu.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/connection_dialog.py" line="77" />
      <source>User</source>
      <translation>Utilisateur</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/cli.py" line="24" />
      <source>database schema</source>
      <translation>schéma de la base de données</translation>
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
      <location filename="../gpsu_plugin/cli.py" line="26" />
      <source>install or upgrade the GPS-U schema</source>
      <translation>installer ou mettre à jour le schéma GPS-U</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/cli.py" line="21" />
      <source>libpq connection string, e.g. "service=gpsu" (default: $GPSU_DB)</source>
      <translation>chaîne de connexion libpq, p. ex. "service=gpsu" (par défaut : $GPSU_DB)</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/cli.py" line="31" />
      <source>load the reference services and categories</source>
      <translation>charger les services et catégories de référence</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/migrations.py" line="80" />
      <source>not installed</source>
      <translation>non installé</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/cli.py" line="28" />
      <source>projected CRS of a new installation (default 31370)</source>
      <translation>SCR projeté d'une nouvelle installation (par défaut : 31370)</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/cli.py" line="30" />
      <source>show the schema version</source>
      <translation>afficher la version du schéma</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/cli.py" line="29" />
      <source>stop at this schema version</source>
      <translation>s'arrêter à cette version du schéma</translation>
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
  </context>
</TS>
