<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_BE" sourcelanguage="en">
  <context>
    <name>gpsu</name>
    <message>
      <location filename="../gpsu_plugin/gui/connection_dialog.py" line="66" />
      <source>Account</source>
      <translation>Account</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/processing/database/upgrade.py" line="26" />
      <source>Administration</source>
      <translation>Beheer</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/messages.py" line="23" />
      <source>An unexpected error occurred; the GPS-U log panel has the details.</source>
      <translation>Er is een onverwachte fout opgetreden; de details staan in het tabblad GPS-U van het paneel Logberichten.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/cli.py" line="61" />
      <source>Applied migrations {}; schema {}.</source>
      <translation>Toegepaste migraties: {}; schema {}.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/migrations.py" line="186" />
      <source>Applying migration {} ({})</source>
      <translation>Migratie {} ({}) wordt toegepast</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/profile.py" line="72" />
      <source>Choose a QGIS authentication configuration.</source>
      <translation>Kies een QGIS-authenticatieconfiguratie.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/database.py" line="67" />
      <source>Connected as {user}: PostgreSQL {pg}, PostGIS {postgis}, GPS-U schema {schema}.</source>
      <translation>Verbonden als {user}: PostgreSQL {pg}, PostGIS {postgis}, GPS-U-schema {schema}.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/processing/database/upgrade.py" line="43" />
      <source>Connection profile</source>
      <translation>Verbindingsprofiel</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/plugin.py" line="65" />
      <source>Connection…</source>
      <translation>Verbinding…</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/connection_dialog.py" line="60" />
      <source>Database</source>
      <translation>Database</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/profile.py" line="45" />
      <source>Do not put a password in the connection setting; use a .pgpass file, the keyring or a QGIS authentication configuration.</source>
      <translation>Zet geen wachtwoord in de verbindingsreeks; gebruik een .pgpass-bestand, de wachtwoordkluis of een QGIS-authenticatieconfiguratie.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/migrations.py" line="133" />
      <source>EPSG:{} is not a coordinate reference system known to PostGIS.</source>
      <translation>EPSG:{} is geen coördinatenreferentiesysteem dat PostGIS kent.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/migrations.py" line="135" />
      <source>EPSG:{} is not a projected coordinate reference system; GPS-U measures distances in metres (use e.g. EPSG:31370 or EPSG:2154).</source>
      <translation>EPSG:{} is geen geprojecteerd coördinatenreferentiesysteem; GPS-U meet afstanden in meter (gebruik bv. EPSG:31370 of EPSG:2154).</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/cli.py" line="45" />
      <source>Error: {}</source>
      <translation>Fout: {}</translation>
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
      <translation>GPS-U-beheer</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/cli.py" line="54" />
      <source>GPS-U schema: {}</source>
      <translation>GPS-U-schema: {}</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/processing/provider.py" line="22" />
      <source>GPS-U urban safety</source>
      <translation>GPS-U stedelijke veiligheid</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/connection_dialog.py" line="27" />
      <source>GPS-U – database connection</source>
      <translation>GPS-U – databaseverbinding</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/password_dialog.py" line="12" />
      <source>GPS-U – password</source>
      <translation>GPS-U – wachtwoord</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/connection_dialog.py" line="185" />
      <source>GPS-U: testing the connection</source>
      <translation>GPS-U: verbinding testen</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/profile.py" line="64" />
      <source>Give a PostgreSQL service name, or a database name.</source>
      <translation>Geef een PostgreSQL-servicenaam of een databasenaam op.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/connection_dialog.py" line="58" />
      <source>Host</source>
      <translation>Host</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/connection_dialog.py" line="47" />
      <source>Host and database</source>
      <translation>Host en database</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/connection_dialog.py" line="72" />
      <source>In a QGIS authentication configuration</source>
      <translation>In een QGIS-authenticatieconfiguratie</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/connection_dialog.py" line="71" />
      <source>In the system keyring</source>
      <translation>In de wachtwoordkluis van het systeem</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/processing/database/upgrade.py" line="23" />
      <source>Install / upgrade database</source>
      <translation>Database installeren / bijwerken</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/plugin.py" line="67" />
      <location filename="../gpsu_plugin/gui/connection_dialog.py" line="86" />
      <source>Install / upgrade database…</source>
      <translation>Database installeren / bijwerken…</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/processing/database/upgrade.py" line="32" />
      <source>Installs the GPS-U schema in an empty PostGIS database, or applies the migrations this plugin ships to an older one, one transaction each. A database newer than the plugin is refused. Only the schema owner or a server administrator may run it. The coordinate reference system is chosen at installation and cannot change afterwards.</source>
      <translation>Installeert het GPS-U-schema in een lege PostGIS-database, of past de migraties die met deze plug-in worden meegeleverd toe op een oudere database, elk in een eigen transactie. Een database die nieuwer is dan de plug-in wordt geweigerd. Alleen de eigenaar van het schema of een beheerder van de server mag dit algoritme uitvoeren. Het coördinatenreferentiesysteem wordt bij de installatie gekozen en kan daarna niet meer worden gewijzigd.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/connection_dialog.py" line="79" />
      <source>Keep the password</source>
      <translation>Wachtwoord bewaren</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/processing/database/upgrade.py" line="48" />
      <source>Load the reference services and categories</source>
      <translation>Referentiediensten en -categorieën laden</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/migrations.py" line="233" />
      <source>Migration {} ({}) failed; the database was left at the previous version.</source>
      <translation>Migratie {} ({}) is mislukt; de database is op de vorige versie gebleven.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/session.py" line="23" />
      <source>No GPS-U connection is configured yet: open GPS-U &gt; Connection.</source>
      <translation>Er is nog geen GPS-U-verbinding ingesteld: open GPS-U &gt; Verbinding.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/processing/database/upgrade.py" line="55" />
      <source>No connection profile named "{}".</source>
      <translation>Er bestaat geen verbindingsprofiel met de naam "{}".</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/credentials.py" line="28" />
      <source>No keyring service runs on this computer (as on a server without a desktop session).</source>
      <translation>Op deze computer draait geen wachtwoordkluisdienst (zoals op een server zonder bureaubladsessie).</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/credentials.py" line="89" />
      <source>No password is stored yet for this connection.</source>
      <translation>Voor deze verbinding is nog geen wachtwoord opgeslagen.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/cli.py" line="64" />
      <source>Nothing to do; schema {}.</source>
      <translation>Niets te doen; schema {}.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/connection_dialog.py" line="73" />
      <source>Nowhere: ask each time</source>
      <translation>Nergens: telkens vragen</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/migrations.py" line="158" />
      <source>Only a GPS-U administrator can install or upgrade the database.</source>
      <translation>Alleen een GPS-U-beheerder kan de database installeren of bijwerken.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/connection_dialog.py" line="78" />
      <source>Password</source>
      <translation>Wachtwoord</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/password_dialog.py" line="14" />
      <source>Password for {}</source>
      <translation>Wachtwoord voor {}</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/connection_dialog.py" line="59" />
      <source>Port</source>
      <translation>Poort</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/migrations.py" line="244" />
      <source>PostGIS is not installed in this database and you may not install it. An administrator of the server must run: CREATE EXTENSION postgis;</source>
      <translation>PostGIS is niet geïnstalleerd in deze database en u mag het niet installeren. Een beheerder van de server moet uitvoeren: CREATE EXTENSION postgis;</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/database.py" line="88" />
      <source>PostGIS is not installed in this database. An administrator of the server must run: CREATE EXTENSION postgis;</source>
      <translation>PostGIS is niet geïnstalleerd in deze database. Een beheerder van de server moet uitvoeren: CREATE EXTENSION postgis;</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/connection_dialog.py" line="46" />
      <source>PostgreSQL service (pg_service.conf)</source>
      <translation>PostgreSQL-service (pg_service.conf)</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/connection_dialog.py" line="41" />
      <source>Profile name</source>
      <translation>Profielnaam</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/processing/database/upgrade.py" line="45" />
      <source>Projected CRS of a new installation</source>
      <translation>Geprojecteerd CRS van een nieuwe installatie</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/cli.py" line="69" />
      <location filename="../gpsu_plugin/processing/database/upgrade.py" line="67" />
      <source>Reference services and categories loaded.</source>
      <translation>Referentiediensten en -categorieën geladen.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/connection_dialog.py" line="63" />
      <source>SSL mode</source>
      <translation>SSL-modus</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/processing/database/upgrade.py" line="49" />
      <source>Schema version</source>
      <translation>Schemaversie</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/connection_dialog.py" line="44" />
      <source>Server</source>
      <translation>Server</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/connection_dialog.py" line="56" />
      <source>Service</source>
      <translation>Service</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/connection_dialog.py" line="85" />
      <source>Test connection</source>
      <translation>Verbinding testen</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/connection_dialog.py" line="183" />
      <source>Testing the connection…</source>
      <translation>Verbinding wordt getest…</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/migrations.py" line="87" />
      <source>The GPS-U schema is not installed in this database. An administrator can install it with "Install / upgrade database".</source>
      <translation>Het GPS-U-schema is niet geïnstalleerd in deze database. Een beheerder kan het installeren met "Database installeren / bijwerken".</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/database.py" line="53" />
      <source>The PostgreSQL service is not defined in pg_service.conf ({}).</source>
      <translation>De PostgreSQL-service is niet gedefinieerd in pg_service.conf ({}).</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/credentials.py" line="25" />
      <source>The Python module 'keyring' is not installed.</source>
      <translation>De Python-module 'keyring' is niet geïnstalleerd.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/credentials.py" line="115" />
      <source>The QGIS authentication configuration could not be opened (is the master password set?).</source>
      <translation>De QGIS-authenticatieconfiguratie kon niet worden geopend (is het hoofdwachtwoord ingesteld?).</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/credentials.py" line="120" />
      <source>The QGIS authentication configuration could not be updated.</source>
      <translation>De QGIS-authenticatieconfiguratie kon niet worden bijgewerkt.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/credentials.py" line="92" />
      <source>The QGIS authentication configuration holds no password.</source>
      <translation>De QGIS-authenticatieconfiguratie bevat geen wachtwoord.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/session.py" line="33" />
      <source>The connection was cancelled: no password was given.</source>
      <translation>De verbinding is geannuleerd: er is geen wachtwoord opgegeven.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/migrations.py" line="127" />
      <source>The coordinate reference system must be an EPSG code such as 31370.</source>
      <translation>Het coördinatenreferentiesysteem moet een EPSG-code zijn, zoals 31370.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/migrations.py" line="219" />
      <source>The database already uses EPSG:{}; its CRS cannot be changed by an upgrade.</source>
      <translation>De database gebruikt al EPSG:{}; het CRS ervan kan niet worden gewijzigd door de database bij te werken.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/database.py" line="50" />
      <source>The database does not exist on this server ({}).</source>
      <translation>De database bestaat niet op deze server ({}).</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/migrations.py" line="90" />
      <source>The database schema (version {db}) is newer than this plugin (version {plugin}). Update the GPS-U plugin.</source>
      <translation>Het databaseschema (versie {db}) is nieuwer dan deze plug-in (versie {plugin}). Werk de GPS-U-plug-in bij.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/migrations.py" line="94" />
      <source>The database schema (version {db}) is older than this plugin (version {plugin}). An administrator must run "Install / upgrade database".</source>
      <translation>Het databaseschema (versie {db}) is ouder dan deze plug-in (versie {plugin}). Een beheerder moet "Database installeren / bijwerken" uitvoeren.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/migrations.py" line="190" />
      <source>The database schema is at version {}.</source>
      <translation>Het databaseschema is op versie {}.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/database.py" line="55" />
      <source>The database server cannot be reached ({}). Check the host, the port and the network.</source>
      <translation>De databaseserver is niet bereikbaar ({}). Controleer de host, de poort en het netwerk.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/credentials.py" line="32" />
      <source>The keyring cannot be used: {}</source>
      <translation>De wachtwoordkluis kan niet worden gebruikt: {}</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/credentials.py" line="42" />
      <source>The password cannot be kept in the keyring. {}</source>
      <translation>Het wachtwoord kan niet in de wachtwoordkluis worden bewaard. {}</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/credentials.py" line="88" />
      <source>The password is asked each time because it cannot be kept here: {}</source>
      <translation>Het wachtwoord wordt telkens gevraagd omdat het hier niet kan worden bewaard: {}</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/connection_dialog.py" line="124" />
      <source>The password will be asked each time GPS-U connects, because it cannot be kept here: {}</source>
      <translation>Het wachtwoord wordt gevraagd telkens wanneer GPS-U verbinding maakt, omdat het hier niet kan worden bewaard: {}</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/connection_dialog.py" line="127" />
      <source>The password will be asked each time GPS-U connects.</source>
      <translation>Het wachtwoord wordt gevraagd telkens wanneer GPS-U verbinding maakt.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/migrations.py" line="58" />
      <source>The plugin's migrations are not numbered 1 to N.</source>
      <translation>De migraties van de plug-in zijn niet genummerd van 1 tot N.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/profile.py" line="66" />
      <source>The port must be between 1 and 65535.</source>
      <translation>De poort moet tussen 1 en 65535 liggen.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/profile.py" line="61" />
      <source>The profile name must be 1 to 64 letters, digits, spaces, dots or dashes.</source>
      <translation>De profielnaam moet bestaan uit 1 tot 64 letters, cijfers, spaties, punten of streepjes.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/processing/database/upgrade.py" line="74" />
      <source>The schema was already up to date.</source>
      <translation>Het schema was al up-to-date.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/database.py" line="46" />
      <source>The server refused the user name or password ({}).</source>
      <translation>De server heeft de gebruikersnaam of het wachtwoord geweigerd ({}).</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/database.py" line="48" />
      <source>The user name is not known to the server ({}).</source>
      <translation>De gebruikersnaam is niet bekend bij de server ({}).</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/credentials.py" line="91" />
      <source>This connection is set to ask for the password each time.</source>
      <translation>Deze verbinding is ingesteld om telkens naar het wachtwoord te vragen.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/profile.py" line="42" />
      <source>This is not a valid PostgreSQL connection string.</source>
      <translation>Dit is geen geldige PostgreSQL-verbindingsreeks.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/connection_dialog.py" line="200" />
      <source>Unexpected error: {}</source>
      <translation>Onverwachte fout: {}</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/profile.py" line="68" />
      <source>Unknown SSL mode.</source>
      <translation>Onbekende SSL-modus.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/profile.py" line="70" />
      <source>Unknown password storage.</source>
      <translation>Onbekende wachtwoordopslag.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/connection_dialog.py" line="77" />
      <source>User</source>
      <translation>Gebruiker</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/cli.py" line="24" />
      <source>database schema</source>
      <translation>databaseschema</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/connection_dialog.py" line="51" />
      <source>e.g. db.example.org or localhost</source>
      <translation>bv. db.example.org of localhost</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/connection_dialog.py" line="49" />
      <source>e.g. gpsu</source>
      <translation>bv. gpsu</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/cli.py" line="26" />
      <source>install or upgrade the GPS-U schema</source>
      <translation>het GPS-U-schema installeren of bijwerken</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/cli.py" line="21" />
      <source>libpq connection string, e.g. "service=gpsu" (default: $GPSU_DB)</source>
      <translation>libpq-verbindingsreeks, bv. "service=gpsu" (standaard: $GPSU_DB)</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/cli.py" line="31" />
      <source>load the reference services and categories</source>
      <translation>referentiediensten en -categorieën laden</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/migrations.py" line="80" />
      <source>not installed</source>
      <translation>niet geïnstalleerd</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/cli.py" line="28" />
      <source>projected CRS of a new installation (default 31370)</source>
      <translation>geprojecteerd CRS van een nieuwe installatie (standaard: 31370)</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/cli.py" line="30" />
      <source>show the schema version</source>
      <translation>de schemaversie tonen</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/cli.py" line="29" />
      <source>stop at this schema version</source>
      <translation>stoppen bij deze schemaversie</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/migrations.py" line="83" />
      <source>version {} (this plugin expects {})</source>
      <translation>versie {} (deze plug-in verwacht versie {})</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/migrations.py" line="82" />
      <source>version {} (up to date)</source>
      <translation>versie {} (up-to-date)</translation>
    </message>
  </context>
</TS>
