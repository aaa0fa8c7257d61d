<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_BE" sourcelanguage="en">
  <context>
    <name>gpsu</name>
    <message>
      <location filename="../gpsu_plugin/gui/schools_dock.py" line="535" />
      <source>"{name}" could not be read: {error}</source>
      <translation>"{name}" kon niet worden gelezen: {error}</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/incidents.py" line="178" />
      <source>"{name}" is too big to attach ({size} MB; at most {limit} MB).</source>
      <translation>"{name}" is te groot om bij te voegen ({size} MB; maximaal {limit} MB).</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/schools.py" line="760" />
      <source>"{name}" was refused: files of type {type} are not accepted. Accepted: {accepted}.</source>
      <translation>"{name}" is geweigerd: bestanden van het type {type} worden niet aanvaard. Aanvaard: {accepted}.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/schools.py" line="763" />
      <source>"{name}" was refused: it is too big ({size} MB; at most {limit} MB).</source>
      <translation>"{name}" is geweigerd: het is te groot ({size} MB; hoogstens {limit} MB).</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/incidents.py" line="175" />
      <source>"{}" cannot be attached: this type of file is not accepted.</source>
      <translation>"{}" kan niet worden bijgevoegd: dit bestandstype wordt niet aanvaard.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/incident_dock.py" line="556" />
      <source>"{}" cannot be read.</source>
      <translation>"{}" kan niet worden gelezen.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/schools.py" line="817" />
      <source>"{}" is damaged: its content does not match the checksum recorded when it was uploaded. It was not opened.</source>
      <translation>"{}" is beschadigd: de inhoud komt niet overeen met de controlesom die bij het opladen werd vastgelegd. Het werd niet geopend.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/incidents.py" line="182" />
      <location filename="../gpsu_plugin/core/schools.py" line="758" />
      <source>"{}" is empty.</source>
      <translation>"{}" is leeg.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/schools_dock.py" line="474" />
      <source>"{}" opened (checksum verified).</source>
      <translation>"{}" geopend (controlesom nagekeken).</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/schools_dock.py" line="124" />
      <source>(layer geometry)</source>
      <translation>(geometrie van de laag)</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/incident_dock.py" line="413" />
      <location filename="../gpsu_plugin/reports/ppms.py" line="95" />
      <source>(none)</source>
      <translation>(geen)</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/cases_dock.py" line="294" />
      <source>1 case</source>
      <translation>1 dossier</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/schools_dock.py" line="409" />
      <source>1 document is past its review date.</source>
      <translation>1 document is over zijn herzieningsdatum.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/reports/new_facts.py" line="497" />
      <source>1 fact recorded</source>
      <translation>1 feit geregistreerd</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/access_dialog.py" line="199" />
      <source>2 to 63 lower-case letters, digits, dots, dashes or underscores, starting with a letter</source>
      <translation>2 tot 63 kleine letters, cijfers, punten, streepjes of underscores, beginnend met een letter</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/case_detail.py" line="493" />
      <source>A case cannot duplicate itself.</source>
      <translation>Een dossier kan geen duplicaat van zichzelf zijn.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/reports/dls.py" line="532" />
      <source>A category includes its sub-categories. A district's facts are those located inside it.</source>
      <translation>Een categorie omvat haar subcategorieën. De feiten van een deelgemeente zijn die welke erin gelegen zijn.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/dberrors.py" line="26" />
      <source>A closed, rejected or duplicate case cannot be shared with another service.</source>
      <translation>Een afgesloten, afgewezen of dubbel dossier kan niet met een andere dienst worden gedeeld.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/reports/dls.py" line="528" />
      <source>A fact belongs to the period by the time it was observed, or the start of its time window; the period is in the municipality's time, its last day included. Duplicates are left out.</source>
      <translation>Een feit hoort bij de periode door het tijdstip waarop het werd vastgesteld, of het begin van zijn tijdvenster; de periode is in de tijd van de gemeente, de laatste dag inbegrepen. Dubbels worden weggelaten.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/dberrors.py" line="19" />
      <source>A field of the observation template is missing or invalid: {}</source>
      <translation>Een veld van het vaststellingsmodel ontbreekt of is ongeldig: {}</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/access.py" line="177" />
      <source>A login name is 2 to 63 lower-case letters, digits, dots, dashes or underscores, starting with a letter (and not with pg_ or gpsu_).</source>
      <translation>Een gebruikersnaam bestaat uit 2 tot 63 kleine letters, cijfers, punten, streepjes of underscores en begint met een letter (maar niet met pg_ of gpsu_).</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/processing/analysis/prevention_action.py" line="194" />
      <source>A period ends before it starts.</source>
      <translation>Een periode eindigt voordat ze begint.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/statistics.py" line="76" />
      <source>A period is needed to compare it with the previous one.</source>
      <translation>Er is een periode nodig om ze met de vorige te vergelijken.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/reports/layouts.py" line="113" />
      <source>A period needs a start date and an end date.</source>
      <translation>Een periode heeft een begin- en een einddatum nodig.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/prevention.py" line="81" />
      <source>A prevention action needs a title.</source>
      <translation>Een preventieactie heeft een titel nodig.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/processing/analysis/heatmap.py" line="78" />
      <source>A raster of the density of the filtered incidents, computed by QGIS's own kernel density algorithm (Heatmap, kernel density estimation) with a quartic kernel: each incident spreads its weight over a disc of the given radius, and each pixel holds the sum of the kernels (raw values). The raster is in the coordinate reference system of the GPS-U schema and is styled from transparent yellow (low density) to red (high density).</source>
      <translation>Een raster van de dichtheid van de gefilterde feiten, berekend met het eigen kerneldichtheidsalgoritme van QGIS (Hittekaart, kerneldichtheidsschatting) met een quartische kernel: elk feit verspreidt zijn gewicht over een schijf met de opgegeven straal, en elke pixel bevat de som van de kernels (ruwe waarden). Het raster staat in het coördinatenreferentiesysteem van het GPS-U-schema en krijgt een opmaak van transparant geel (lage dichtheid) tot rood (hoge dichtheid).</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/schools_dock.py" line="85" />
      <source>A school already in GPS-U (same code) is updated, never duplicated. Every rejected row is listed with the reason.</source>
      <translation>Een school die al in GPS-U staat (zelfde code) wordt bijgewerkt, nooit verdubbeld. Elke geweigerde rij wordt met de reden vermeld.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/access_dialog.py" line="315" />
      <source>A school editor maintains the plans and documents of these schools.</source>
      <translation>Een schoolredacteur beheert de plannen en documenten van deze scholen.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/access_dialog.py" line="244" />
      <source>A service handler works on the cases of these services; every member receives their alerts.</source>
      <translation>Een dossierbehandelaar werkt aan de dossiers van deze diensten; elk lid ontvangt hun meldingen.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/processing/analysis/time_profile.py" line="56" />
      <source>A table of 7 x 24 rows: for each day of the week (0 = Monday) and hour of the day, in the municipality's time zone, the weighted number of the filtered incidents. A fact seen at a given time counts 1 in its hour; a fact known only by a time window (between ... and ...) is spread over the hours of the window, in proportion to the time covered (aoristic weighting), so that the weights add up to the number of facts.</source>
      <translation>Een tabel van 7 x 24 rijen: voor elke dag van de week (0 = maandag) en elk uur van de dag, in de tijdzone van de gemeente, het gewogen aantal gefilterde feiten. Een feit dat op een bepaald tijdstip werd vastgesteld, telt voor 1 in zijn uur; een feit dat alleen binnen een periode bekend is (tussen ... en ...), wordt over de uren van die periode verdeeld, naar verhouding van de gedekte tijd (aoristische weging), zodat de gewichten samen het aantal feiten geven.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/processing/analysis/monthly_series.py" line="25" />
      <source>A table with one row per month of the period (every month from the first to the last fact when no period is given): the weighted number of the filtered incidents, the trend (centred 12-month moving average, empty for the first and last six months), the seasonal index of the month of the year and the seasonally adjusted count (count / index). A fact seen at a given time counts 1 in its month; a fact known only by a time window is spread over the months of the window in proportion to the time covered (aoristic weighting). The seasonal index of a month of the year is the mean ratio of its counts to the trend, the twelve indices scaled to average 1 (classical multiplicative decomposition); it needs at least 24 months.</source>
      <translation>Een tabel met één rij per maand van de periode (elke maand van het eerste tot het laatste feit als er geen periode is opgegeven): het gewogen aantal gefilterde incidenten, de trend (gecentreerd voortschrijdend gemiddelde over 12 maanden, leeg voor de eerste en laatste zes maanden), de seizoensindex van de maand van het jaar en het seizoensgecorrigeerde aantal (aantal / index). Een feit dat op een bepaald tijdstip werd vastgesteld telt 1 in zijn maand; een feit dat enkel binnen een tijdvenster gekend is, wordt over de maanden van het venster verdeeld in verhouding tot de gedekte tijd (aoristische weging). De seizoensindex van een maand van het jaar is de gemiddelde verhouding van haar aantallen tot de trend, de twaalf indexen herschaald tot een gemiddelde van 1 (klassieke multiplicatieve decompositie); er zijn minstens 24 maanden nodig.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/alerts_inbox.py" line="38" />
      <source>A task changed</source>
      <translation>Een taak is gewijzigd</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/reports/ppms.py" line="222" />
      <source>Access points, assembly points, confinement areas, evacuation routes and cut-offs as drawn on the map.</source>
      <translation>Toegangen, verzamelplaatsen, schuilzones, evacuatieroutes en afsluiters zoals op de kaart getekend.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/plugin.py" line="109" />
      <source>Access…</source>
      <translation>Toegang…</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/connection_dialog.py" line="66" />
      <source>Account</source>
      <translation>Account</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/audit_dock.py" line="32" />
      <source>Account created</source>
      <translation>Account aangemaakt</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/audit_dock.py" line="35" />
      <source>Account disabled</source>
      <translation>Account uitgeschakeld</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/audit_dock.py" line="34" />
      <source>Account enabled</source>
      <translation>Account ingeschakeld</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/audit_dock.py" line="36" />
      <source>Account end date changed</source>
      <translation>Einddatum van het account gewijzigd</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/access_dialog.py" line="206" />
      <source>Account ends on</source>
      <translation>Account eindigt op</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/access_dialog.py" line="184" />
      <source>Account {}</source>
      <translation>Account {}</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/change_password_dialog.py" line="59" />
      <source>Account: &lt;b&gt;{}&lt;/b&gt;</source>
      <translation>Account: &lt;b&gt;{}&lt;/b&gt;</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/audit_dock.py" line="84" />
      <location filename="../gpsu_plugin/core/access.py" line="313" />
      <source>Action</source>
      <translation>Actie</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/processing/analysis/prevention_action.py" line="102" />
      <location filename="../gpsu_plugin/processing/analysis/prevention_action.py" line="168" />
      <source>Action number</source>
      <translation>Nummer van de actie</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/access_dialog.py" line="160" />
      <source>Active</source>
      <translation>Actief</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/schools_dock.py" line="44" />
      <source>Add a document</source>
      <translation>Een document toevoegen</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/schools_dock.py" line="241" />
      <source>Add a document or a new version (you can also drop files on the list).</source>
      <translation>Een document of een nieuwe versie toevoegen (u kunt ook bestanden op de lijst slepen).</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/ppms_editor.py" line="201" />
      <source>Add a row</source>
      <translation>Een rij toevoegen</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/schools_dock.py" line="505" />
      <source>Add documents</source>
      <translation>Documenten toevoegen</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/incident_dock.py" line="275" />
      <source>Add files…</source>
      <translation>Bestanden toevoegen…</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/plugin.py" line="88" />
      <source>Add the GPS-U layers</source>
      <translation>GPS-U-lagen toevoegen</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/schools_dock.py" line="570" />
      <source>Added: {}</source>
      <translation>Toegevoegd: {}</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/schools_dock.py" line="96" />
      <location filename="../gpsu_plugin/reports/ppms.py" line="160" />
      <source>Address</source>
      <translation>Adres</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/schools_dock.py" line="240" />
      <source>Add…</source>
      <translation>Toevoegen…</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/schools.py" line="891" />
      <source>Adhesive tape and towels</source>
      <translation>Plakband en handdoeken</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/processing/database/upgrade.py" line="26" />
      <source>Administration</source>
      <translation>Beheer</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/access.py" line="33" />
      <source>Administrator</source>
      <translation>Beheerder</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/processing/analysis/prevention_action.py" line="171" />
      <source>After: from (default: the action's first day)</source>
      <translation>Na: van (standaard: de eerste dag van de actie)</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/processing/analysis/prevention_action.py" line="172" />
      <source>After: to (excluded; default: the day after the last day)</source>
      <translation>Na: tot (uitgesloten; standaard: de dag na de laatste dag)</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/alerts_inbox.py" line="188" />
      <source>Alert</source>
      <translation>Melding</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/reports/reflex_sheet.py" line="252" />
      <location filename="../gpsu_plugin/core/schools.py" line="872" />
      <source>Alert signals</source>
      <translation>Alarmsignalen</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/plugin.py" line="82" />
      <source>Alerts</source>
      <translation>Meldingen</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/processing/analysis/base.py" line="52" />
      <source>All</source>
      <translation>Alle</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/audit_dock.py" line="143" />
      <source>All actions</source>
      <translation>Alle acties</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/cases_dock.py" line="201" />
      <location filename="../gpsu_plugin/gui/statistics_dock.py" line="149" />
      <source>All categories</source>
      <translation>Alle categorieën</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/cases_dock.py" line="198" />
      <source>All priorities</source>
      <translation>Alle prioriteiten</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/cases_dock.py" line="191" />
      <location filename="../gpsu_plugin/gui/statistics_dock.py" line="154" />
      <location filename="../gpsu_plugin/core/statistics.py" line="548" />
      <location filename="../gpsu_plugin/core/statistics.py" line="551" />
      <source>All services</source>
      <translation>Alle diensten</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/cases_dock.py" line="195" />
      <location filename="../gpsu_plugin/gui/statistics_dock.py" line="152" />
      <source>All statuses</source>
      <translation>Alle statussen</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/access_dialog.py" line="365" />
      <location filename="../gpsu_plugin/gui/change_password_dialog.py" line="140" />
      <location filename="../gpsu_plugin/gui/incident_dock.py" line="317" />
      <location filename="../gpsu_plugin/gui/incident_dock.py" line="631" />
      <location filename="../gpsu_plugin/gui/messages.py" line="34" />
      <location filename="../gpsu_plugin/gui/ppms_editor.py" line="406" />
      <location filename="../gpsu_plugin/gui/schools_dock.py" line="278" />
      <source>An unexpected error occurred; the GPS-U log panel has the details.</source>
      <translation>Er is een onverwachte fout opgetreden; de details staan in het tabblad GPS-U van het paneel Logberichten.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/processing/analysis/base.py" line="32" />
      <source>Analysis</source>
      <translation>Analyse</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/access.py" line="36" />
      <source>Analyst / evaluator</source>
      <translation>Analist / evaluator</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/cli.py" line="80" />
      <source>Applied migrations {}; schema {}.</source>
      <translation>Toegepaste migraties: {}; schema {}.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/case_detail.py" line="206" />
      <source>Apply my change again…</source>
      <translation>Mijn wijziging opnieuw toepassen…</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/migrations.py" line="194" />
      <source>Applying migration {} ({})</source>
      <translation>Migratie {} ({}) wordt toegepast</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/statistics.py" line="772" />
      <source>April</source>
      <translation>april</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/processing/analysis/prevention_action.py" line="89" />
      <source>Area of the action</source>
      <translation>Gebied van de actie</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/reports/layouts.py" line="835" />
      <source>Area of the hull: {area} m²</source>
      <translation>Oppervlakte van de omhullende: {area} m²</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/ppms_editor.py" line="123" />
      <source>Arrangements</source>
      <translation>Maatregelen</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/schools.py" line="104" />
      <source>Assembly point</source>
      <translation>Verzamelplaats</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/reports/new_facts.py" line="592" />
      <location filename="../gpsu_plugin/reports/new_facts.py" line="536" />
      <source>Assigned service</source>
      <translation>Toegewezen dienst</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/incident_dock.py" line="250" />
      <source>At</source>
      <translation>Op</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/charts.py" line="226" />
      <source>At least 24 months are needed for a seasonal index.</source>
      <translation>Voor een seizoensindex zijn minstens 24 maanden nodig.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/atlas_dialog.py" line="30" />
      <source>Atlas and print layouts (PDF)…</source>
      <translation>Atlas en afdruklay-outs (PDF)…</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/reports/layouts.py" line="92" />
      <source>Atlas by district</source>
      <translation>Atlas per deelgemeente</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/reports/layouts.py" line="92" />
      <source>Atlas of hot spots</source>
      <translation>Atlas van de hotspots</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/reports/layouts.py" line="92" />
      <source>Atlas of schools</source>
      <translation>Atlas van de scholen</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/incident_dock.py" line="545" />
      <source>Attach photos or documents</source>
      <translation>Foto's of documenten bijvoegen</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/case_detail.py" line="244" />
      <location filename="../gpsu_plugin/gui/incident_dock.py" line="267" />
      <source>Attachments</source>
      <translation>Bijlagen</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/case_detail.py" line="451" />
      <source>Attachments ({})</source>
      <translation>Bijlagen ({})</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/plugin.py" line="110" />
      <source>Audit log</source>
      <translation>Auditlogboek</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/statistics.py" line="773" />
      <source>August</source>
      <translation>augustus</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/schools.py" line="890" />
      <source>Battery radio and spare batteries</source>
      <translation>Radio op batterijen en reservebatterijen</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/processing/analysis/prevention_action.py" line="169" />
      <source>Before: from (default: as long as the action, just before)</source>
      <translation>Voor: van (standaard: even lang als de actie, net ervoor)</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/processing/analysis/prevention_action.py" line="170" />
      <source>Before: to (excluded)</source>
      <translation>Voor: tot (uitgesloten)</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/incident_dock.py" line="251" />
      <source>Between</source>
      <translation>Tussen</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/processing/analysis/prevention_action.py" line="233" />
      <source>Buffer</source>
      <translation>Bufferzone</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/processing/analysis/prevention_action.py" line="100" />
      <source>Buffer width around the area</source>
      <translation>Breedte van de bufferzone rond het gebied</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/processing/analysis/prevention_action.py" line="175" />
      <source>Buffer width in metres (default: the action's)</source>
      <translation>Breedte van de bufferzone in meter (standaard: die van de actie)</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/reports/reflex_sheet.py" line="318" />
      <source>Building</source>
      <translation>Gebouw</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/reports/layouts.py" line="875" />
      <location filename="../gpsu_plugin/core/schools.py" line="86" />
      <source>Building plan</source>
      <translation>Bouwplan</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/reports/ppms.py" line="164" />
      <source>Buildings</source>
      <translation>Gebouwen</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/reports/reflex_sheet.py" line="245" />
      <source>Buildings: {}</source>
      <translation>Gebouwen: {}</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/schools_dock.py" line="105" />
      <source>CRS of the coordinates</source>
      <translation>CRS van de coördinaten</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/audit_dock.py" line="268" />
      <location filename="../gpsu_plugin/gui/statistics_dock.py" line="572" />
      <source>CSV files (*.csv)</source>
      <translation>CSV-bestanden (*.csv)</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/statistics_dock.py" line="182" />
      <source>CSV…</source>
      <translation>CSV…</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/change_password_dialog.py" line="97" />
      <source>Cancel and disconnect</source>
      <translation>Annuleren en verbinding verbreken</translation>
    </message>
    <message>
      <source>Canceled.</source>
      <translation type="obsolete">Geannuleerd.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/processing/analysis/base.py" line="127" />
      <location filename="../gpsu_plugin/processing/analysis/base.py" line="107" />
      <location filename="../gpsu_plugin/processing/analysis/near_repeat.py" line="72" />
      <location filename="../gpsu_plugin/processing/analysis/near_repeat.py" line="123" />
      <location filename="../gpsu_plugin/processing/analysis/prevention_action.py" line="26" />
      <source>Cancelled.</source>
      <translation>Geannuleerd.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/alerts_inbox.py" line="188" />
      <source>Case</source>
      <translation>Dossier</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/alerts_inbox.py" line="35" />
      <source>Case reassigned to your service</source>
      <translation>Dossier opnieuw toegewezen aan uw dienst</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/alerts_inbox.py" line="37" />
      <source>Case shared with your service</source>
      <translation>Dossier gedeeld met uw dienst</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/case_detail.py" line="717" />
      <source>Case {number}: change the status to "{status}".</source>
      <translation>Dossier {number}: de status wijzigen naar "{status}".</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/alerts_inbox.py" line="299" />
      <source>Case {number}: {what}</source>
      <translation>Dossier {number}: {what}</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/case_detail.py" line="779" />
      <source>Case {}: a step your service took. It stays in the case's history for good.</source>
      <translation>Dossier {}: een stap die uw dienst heeft gezet. Die blijft voorgoed in de geschiedenis van het dossier staan.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/case_detail.py" line="749" />
      <source>Case {}: give it to another service.</source>
      <translation>Dossier {}: aan een andere dienst toewijzen.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/case_detail.py" line="764" />
      <source>Case {}: open a task for another service, which follows it with its own status.</source>
      <translation>Dossier {}: een taak openen voor een andere dienst, die ze opvolgt met een eigen status.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/plugin.py" line="80" />
      <location filename="../gpsu_plugin/gui/charts.py" line="152" />
      <location filename="../gpsu_plugin/reports/dls.py" line="490" />
      <location filename="../gpsu_plugin/core/statistics.py" line="267" />
      <source>Cases</source>
      <translation>Dossiers</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/charts.py" line="35" />
      <source>Cases by status</source>
      <translation>Dossiers per status</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/reports/dls.py" line="325" />
      <source>Cases closed</source>
      <translation>Afgesloten dossiers</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/reports/dls.py" line="487" />
      <source>Cases of the period per service in charge: the time from recording to closure (the last time the case left the open statuses, from its history), and the share of the cases with a due date that were closed after it or are still open past it.</source>
      <translation>Dossiers van de periode per verantwoordelijke dienst: de tijd van registratie tot afsluiting (de laatste keer dat het dossier de open statussen verliet, volgens de geschiedenis), en het aandeel van de dossiers met een vervaldatum die erna werden afgesloten of er nog open voorbij zijn.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/project.py" line="27" />
      <source>Categories</source>
      <translation>Categorieën</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/statistics_dock.py" line="150" />
      <source>Categories (with their sub-categories) or sub-categories</source>
      <translation>Categorieën (met hun subcategorieën) of subcategorieën</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/reports/dls.py" line="394" />
      <source>Categories compared</source>
      <translation>Categorieën vergeleken</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/case_detail.py" line="552" />
      <location filename="../gpsu_plugin/gui/case_detail.py" line="155" />
      <location filename="../gpsu_plugin/gui/cases_model.py" line="159" />
      <location filename="../gpsu_plugin/reports/dls.py" line="391" />
      <location filename="../gpsu_plugin/reports/layouts.py" line="803" />
      <location filename="../gpsu_plugin/reports/new_facts.py" line="531" />
      <location filename="../gpsu_plugin/core/project.py" line="80" />
      <source>Category</source>
      <translation>Categorie</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/cases_dock.py" line="75" />
      <source>Category (with its sub-categories) or sub-category</source>
      <translation>Categorie (met haar subcategorieën) of subcategorie</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/incident_dock.py" line="238" />
      <source>Category *</source>
      <translation>Categorie *</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/processing/analysis/base.py" line="45" />
      <source>Category or sub-category (id or code; a category includes its sub-categories)</source>
      <translation>Categorie of subcategorie (id of code; een categorie omvat haar subcategorieën)</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/processing/analysis/emerging_hotspots.py" line="141" />
      <location filename="../gpsu_plugin/processing/analysis/hotspots.py" line="128" />
      <source>Cell size (metres; 0: from the data)</source>
      <translation>Celgrootte (meter; 0: op basis van de gegevens)</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/processing/analysis/hotspots.py" line="133" />
      <source>Cells</source>
      <translation>Cellen</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/reports/dls.py" line="512" />
      <source>Centre (x, y)</source>
      <translation>Middelpunt (x, y)</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/reports/dls.py" line="324" />
      <location filename="../gpsu_plugin/reports/dls.py" line="351" />
      <location filename="../gpsu_plugin/core/statistics.py" line="287" />
      <source>Change</source>
      <translation>Verandering</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/statistics.py" line="287" />
      <source>Change (%)</source>
      <translation>Verandering (%)</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/change_password_dialog.py" line="41" />
      <source>Change my password</source>
      <translation>Mijn wachtwoord wijzigen</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/plugin.py" line="111" />
      <location filename="../gpsu_plugin/gui/sign_in.py" line="32" />
      <source>Change my password…</source>
      <translation>Mijn wachtwoord wijzigen…</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/change_password_dialog.py" line="94" />
      <source>Change the password</source>
      <translation>Wachtwoord wijzigen</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/case_detail.py" line="378" />
      <source>Change the status to "{}"</source>
      <translation>Status wijzigen naar "{}"</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/case_detail.py" line="236" />
      <source>Change the task's status…</source>
      <translation>Status van de taak wijzigen…</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/statistics_dock.py" line="118" />
      <source>Chart</source>
      <translation>Grafiek</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/profile.py" line="73" />
      <source>Choose a QGIS authentication configuration.</source>
      <translation>Kies een QGIS-authenticatieconfiguratie.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/incidents.py" line="162" />
      <source>Choose a category.</source>
      <translation>Kies een categorie.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/incident_dock.py" line="348" />
      <source>Choose a category…</source>
      <translation>Kies een categorie…</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/reports/dls.py" line="73" />
      <location filename="../gpsu_plugin/core/statistics.py" line="361" />
      <source>Choose a period: its start and its end.</source>
      <translation>Kies een periode: het begin en het einde.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/schools_dock.py" line="516" />
      <source>Choose a school first.</source>
      <translation>Kies eerst een school.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/statistics_dock.py" line="344" />
      <source>Choose at least one district, or the whole territory.</source>
      <translation>Kies minstens één deelgemeente, of het volledige grondgebied.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/schools.py" line="542" />
      <source>Choose at least the columns of the code and the name.</source>
      <translation>Kies minstens de kolommen van de code en de naam.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/statistics_dock.py" line="142" />
      <source>Choose districts</source>
      <translation>Kies deelgemeenten</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/atlas_dialog.py" line="170" />
      <source>Choose the PDF file to write.</source>
      <translation>Kies het PDF-bestand dat moet worden geschreven.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/cases.py" line="279" />
      <source>Choose the case this one duplicates.</source>
      <translation>Kies het dossier waarvan dit een duplicaat is.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/statistics.py" line="434" />
      <source>Choose the categories of both phenomena.</source>
      <translation>Kies de categorieën van beide fenomenen.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/statistics_dock.py" line="475" />
      <source>Choose the categories of phenomena A and B.</source>
      <translation>Kies de categorieën van de fenomenen A en B.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/schools.py" line="544" />
      <source>Choose the columns of the coordinates (x and y) or of the geometry.</source>
      <translation>Kies de kolommen van de coördinaten (x en y) of van de geometrie.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/statistics_dock.py" line="124" />
      <source>Chosen dates</source>
      <translation>Gekozen data</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/statistics_dock.py" line="139" />
      <source>Chosen districts</source>
      <translation>Gekozen deelgemeenten</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/ppms_editor.py" line="154" />
      <source>Close</source>
      <translation>Sluiten</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/duplicate_dialog.py" line="12" />
      <location filename="../gpsu_plugin/reports/dls.py" line="490" />
      <location filename="../gpsu_plugin/core/statistics.py" line="267" />
      <source>Closed</source>
      <translation>Afgesloten</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/processing/analysis/base.py" line="52" />
      <source>Closed cases</source>
      <translation>Afgesloten dossiers</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/processing/analysis/clusters.py" line="88" />
      <source>Clustering the incidents: {}.</source>
      <translation>Feiten worden gegroepeerd: {}.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/processing/analysis/clusters.py" line="62" />
      <source>Clusters</source>
      <translation>Clusters</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/reports/layouts.py" line="840" />
      <source>Clusters found by PostGIS (DBSCAN): at least {n} facts of the period, each within {distance} m of another; the largest first.</source>
      <translation>Clusters gevonden door PostGIS (DBSCAN): minstens {n} feiten van de periode, elk binnen {distance} m van een ander; de grootste eerst.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/reports/ppms.py" line="160" />
      <source>Code</source>
      <translation>Code</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/schools_dock.py" line="95" />
      <source>Code (e.g. UAI)</source>
      <translation>Code (bv. UAI)</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/reports/layouts.py" line="866" />
      <source>Code: {code}</source>
      <translation>Code: {code}</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/processing/analysis/hotspots.py" line="65" />
      <source>Cold spot, 90 % confidence</source>
      <translation>Coldspot, betrouwbaarheid 90 %</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/processing/analysis/hotspots.py" line="65" />
      <source>Cold spot, 95 % confidence</source>
      <translation>Coldspot, betrouwbaarheid 95 %</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/processing/analysis/hotspots.py" line="66" />
      <source>Cold spot, 99 % confidence</source>
      <translation>Coldspot, betrouwbaarheid 99 %</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/case_detail.py" line="725" />
      <location filename="../gpsu_plugin/gui/case_detail.py" line="806" />
      <source>Comment</source>
      <translation>Opmerking</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/statistics_dock.py" line="164" />
      <source>Compare</source>
      <translation>Vergelijken</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/reports/dls.py" line="279" />
      <source>Compared with: {}</source>
      <translation>Vergeleken met: {}</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/processing/analysis/prevention_action.py" line="157" />
      <source>Compares the facts of the action's categories before and after, in the target area, in a buffer ring around it and in a comparison area (the rest of the territory beyond the buffer, or a layer's polygons). By default 'after' is the action's period and 'before' the period of the same length just before it. Gives the relative effect size (RES above 1: the target area did better than the comparison area) with its 95 % interval, and the weighted displacement quotient (WDQ above 0: the benefits spread to the buffer; below 0: the problem moved there; below -1: more moved than was prevented) with a bootstrap interval. Duplicates are not counted. Each evaluation is kept in the database so the DLS report can cite it.</source>
      <translation>Vergelijkt de feiten van de categorieën van de actie voor en na, in het doelgebied, in een bufferring eromheen en in een vergelijkingsgebied (de rest van het grondgebied buiten de buffer, of de polygonen van een laag). Standaard is 'na' de periode van de actie en 'voor' de even lange periode net ervoor. Geeft de relatieve effectgrootte (RES boven 1: het doelgebied deed het beter dan het vergelijkingsgebied) met haar 95 %-interval, en het gewogen verplaatsingsquotiënt (WDQ boven 0: de voordelen verspreidden zich naar de buffer; onder 0: het probleem verplaatste zich daarheen; onder -1: er verplaatste zich meer dan er voorkomen werd) met een bootstrapinterval. Dubbels worden niet geteld. Elke evaluatie wordt in de databank bewaard zodat het DLS-rapport ze kan citeren.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/processing/analysis/prevention_action.py" line="233" />
      <source>Comparison area</source>
      <translation>Vergelijkingsgebied</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/processing/analysis/prevention_action.py" line="178" />
      <source>Comparison area (default: the rest of the territory)</source>
      <translation>Vergelijkingsgebied (standaard: de rest van het grondgebied)</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/statistics_dock.py" line="482" />
      <source>Computing…</source>
      <translation>Bezig met berekenen…</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/case_detail.py" line="787" />
      <source>Concerns</source>
      <translation>Betreft</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/reports/dls.py" line="514" />
      <source>Confidence</source>
      <translation>Betrouwbaarheid</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/audit_dock.py" line="44" />
      <source>Confidential document downloaded</source>
      <translation>Vertrouwelijk document gedownload</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/audit_dock.py" line="43" />
      <source>Confidential document opened</source>
      <translation>Vertrouwelijk document geopend</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/audit_dock.py" line="45" />
      <source>Confidential document refused</source>
      <translation>Vertrouwelijk document geweigerd</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/ppms_editor.py" line="112" />
      <location filename="../gpsu_plugin/reports/ppms.py" line="176" />
      <location filename="../gpsu_plugin/reports/reflex_sheet.py" line="248" />
      <source>Confinement</source>
      <translation>Schuilen</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/reports/ppms.py" line="185" />
      <location filename="../gpsu_plugin/reports/reflex_sheet.py" line="318" />
      <source>Confinement area</source>
      <translation>Schuilzone</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/schools.py" line="1077" />
      <source>Confinement areas</source>
      <translation>Schuilzones</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/schools.py" line="874" />
      <source>Confinement arrangements</source>
      <translation>Schuilmaatregelen</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/database.py" line="70" />
      <source>Connected as {user}: PostgreSQL {pg}, PostGIS {postgis}, GPS-U schema {schema}.</source>
      <translation>Verbonden als {user}: PostgreSQL {pg}, PostGIS {postgis}, GPS-U-schema {schema}.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/incident_dock.py" line="106" />
      <source>Connecting to the GPS-U database…</source>
      <translation>Verbinding maken met de GPS-U-database…</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/processing/database/upgrade.py" line="43" />
      <location filename="../gpsu_plugin/processing/analysis/base.py" line="43" />
      <location filename="../gpsu_plugin/processing/analysis/prevention_action.py" line="52" />
      <source>Connection profile</source>
      <translation>Verbindingsprofiel</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/plugin.py" line="113" />
      <location filename="../gpsu_plugin/gui/incident_dock.py" line="109" />
      <source>Connection…</source>
      <translation>Verbinding…</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/reports/dls.py" line="292" />
      <location filename="../gpsu_plugin/reports/new_facts.py" line="500" />
      <source>Contents</source>
      <translation>Inhoudstafel</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/access_dialog.py" line="427" />
      <source>Copied to the clipboard.</source>
      <translation>Naar het klembord gekopieerd.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/access_dialog.py" line="396" />
      <source>Copy</source>
      <translation>Kopiëren</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/access_dialog.py" line="404" />
      <source>Copy it or write it down now, and hand it over in person or through a secure channel. It is only valid for a few days, and the person must choose their own password at their first sign-in.</source>
      <translation>Kopieer of noteer het nu en geef het persoonlijk of via een veilig kanaal door. Het is maar enkele dagen geldig en de persoon moet bij de eerste aanmelding een eigen wachtwoord kiezen.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/statistics.py" line="309" />
      <source>Count</source>
      <translation>Aantal</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/processing/analysis/hotspots.py" line="113" />
      <source>Counts the filtered incidents in the cells of a grid of squares or hexagons over the territory (the districts, or the chosen one) and computes the Getis-Ord Gi* statistic of each cell with binary weights: its neighbours are the cells whose centres lie within the neighbourhood distance, the cell itself included. Each cell gets its count, its z-score, its two-sided p-value, the p-value corrected for the false discovery rate (Benjamini-Hochberg) and a class: hot or cold spot at 90, 95 or 99 % confidence (from the corrected p-value), or not significant.
Cell size 0: twice the side of a square holding one incident on average, between 100 and 500 m. Neighbourhood 0: 1.5 times the cell size (the 8 surrounding cells).
Hexagons: each hexagon has the area of a square of the cell size; neighbourhood 0 then takes the 6 surrounding hexagons.</source>
      <translation>Telt de gefilterde feiten in de cellen van een raster van vierkanten of zeshoeken over het grondgebied (de deelgemeenten, of de gekozen deelgemeente) en berekent de Getis-Ord Gi*-statistiek van elke cel met binaire gewichten: de buren ervan zijn de cellen waarvan het middelpunt binnen de buurafstand ligt, de cel zelf inbegrepen. Elke cel krijgt haar aantal feiten, haar z-score, haar tweezijdige p-waarde, de p-waarde gecorrigeerd voor de false discovery rate (Benjamini-Hochberg) en een klasse: hotspot of coldspot met een betrouwbaarheid van 90, 95 of 99 % (op basis van de gecorrigeerde p-waarde), of niet significant.
Celgrootte 0: tweemaal de zijde van een vierkant met gemiddeld één feit, tussen 100 en 500 m. Buurafstand 0: 1,5 keer de celgrootte (de 8 omliggende cellen).
Zeshoeken: elke zeshoek heeft de oppervlakte van een vierkant met de celgrootte; buurafstand 0 neemt dan de 6 omliggende zeshoeken.</translation>
    </message>
    <message>
      <source>Counts the filtered incidents in the cells of a square grid over the territory (the districts, or the chosen one) and computes the Getis-Ord Gi* statistic of each cell with binary weights: its neighbours are the cells whose centres lie within the neighbourhood distance, the cell itself included. Each cell gets its count, its z-score, its two-sided p-value, the p-value corrected for the false discovery rate (Benjamini-Hochberg) and a class: hot or cold spot at 90, 95 or 99 % confidence (from the corrected p-value), or not significant.
Cell size 0: twice the side of a square holding one incident on average, between 100 and 500 m. Neighbourhood 0: 1.5 times the cell size (the 8 surrounding cells).</source>
      <translation type="obsolete">Telt de gefilterde feiten in de cellen van een vierkant raster over het grondgebied (de deelgemeenten, of de gekozen deelgemeente) en berekent de Getis-Ord Gi*-statistiek van elke cel met binaire gewichten: de buren ervan zijn de cellen waarvan het middelpunt binnen de buurafstand ligt, de cel zelf inbegrepen. Elke cel krijgt haar aantal feiten, haar z-score, haar tweezijdige p-waarde, de p-waarde gecorrigeerd voor de false discovery rate (Benjamini-Hochberg) en een klasse: hotspot of coldspot met een betrouwbaarheid van 90, 95 of 99 % (op basis van de gecorrigeerde p-waarde), of niet significant.
Celgrootte 0: tweemaal de zijde van een vierkant met gemiddeld één feit, tussen 100 en 500 m. Buurafstand 0: 1,5 keer de celgrootte (de 8 omliggende cellen).</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/processing/analysis/period_comparison.py" line="153" />
      <source>Counts the filtered incidents of each district in period A and in period B (municipality time, start included, end excluded) and gives the change (B - A), the change in percent of A (empty when A has no fact) and whether the change is significant at 5 %. The test compares the rates of facts, so periods of different lengths can be compared: given the n facts of both periods, the number in B follows a binomial law of probability length B / (length A + length B) when the rate did not change; the two-sided p-value is exact up to 1000 facts, from the normal approximation above. The counts and percentages themselves are not adjusted for the lengths. The periods must not overlap. The map is styled blue for decreases and red for increases.</source>
      <translation>Telt de gefilterde feiten per deelgemeente in periode A en in periode B (tijd van de gemeente, begin inbegrepen, einde niet) en geeft de verandering (B - A), de verandering in procent van A (leeg als A geen feit telt) en of de verandering significant is op 5 %. De toets vergelijkt de frequenties van feiten, zodat perioden van verschillende lengte vergeleken kunnen worden: gegeven de n feiten van beide perioden volgt het aantal in B een binomiale verdeling met kans lengte B / (lengte A + lengte B) als de frequentie niet veranderde; de tweezijdige p-waarde is exact tot 1000 feiten, daarboven uit de normale benadering. De aantallen en percentages zelf worden niet aangepast aan de lengtes. De perioden mogen niet overlappen. De kaart toont dalingen in blauw en stijgingen in rood.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/plugin.py" line="277" />
      <source>Create the GPS-U project</source>
      <translation>Het GPS-U-project aanmaken</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/plugin.py" line="90" />
      <source>Create the GPS-U project…</source>
      <translation>Het GPS-U-project aanmaken…</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/access_dialog.py" line="282" />
      <source>Create the account</source>
      <translation>Account aanmaken</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/case_detail.py" line="40" />
      <source>Created</source>
      <translation>Aangemaakt</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/access_dialog.py" line="132" />
      <source>Created on {}</source>
      <translation>Aangemaakt op {}</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/reports/reflex_sheet.py" line="235" />
      <source>Crisis cell</source>
      <translation>Crisiscel</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/schools.py" line="873" />
      <source>Crisis cell and directory</source>
      <translation>Crisiscel en telefoonlijst</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/reports/layouts.py" line="877" />
      <location filename="../gpsu_plugin/core/schools.py" line="89" />
      <source>Crisis directory</source>
      <translation>Crisistelefoonlijst</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/processing/analysis/emerging_hotspots.py" line="124" />
      <source>Cuts the period (required) into equal time slices and computes, for each slice, the Getis-Ord Gi* z-score of each cell of a square grid over the territory, as the hot spot algorithm does. A cell is hot in a slice when its z-score is positive with a two-sided p-value of 0.10 or less. A Mann-Kendall test on each cell's series of z-scores gives its trend (up or down at 5 %, or none). Classes: new (hot only in the last slice), intensifying, persistent or diminishing (hot in at least 90 % of the slices, with an upward, no or a downward trend), sporadic (hot in the last slice and in some earlier ones), historical (not hot in the last slice but in at least 90 % of the others), or no pattern.
Cell size 0: twice the side of a square holding one incident on average, between 100 and 500 m. Neighbourhood 0: 1.5 times the cell size (the 8 surrounding cells).</source>
      <translation>Deelt de periode (verplicht) op in gelijke tijdvakken en berekent voor elk tijdvak de Getis-Ord Gi* z-score van elke cel van een vierkant raster over het grondgebied, zoals het hotspotalgoritme. Een cel is heet in een tijdvak als haar z-score positief is met een tweezijdige p-waarde van 0,10 of minder. Een Mann-Kendalltoets op de reeks z-scores van elke cel geeft haar trend (stijgend of dalend op 5 %, of geen). Klassen: nieuw (alleen heet in het laatste tijdvak), toenemend, aanhoudend of afnemend (heet in minstens 90 % van de tijdvakken, met een stijgende, geen of een dalende trend), sporadisch (heet in het laatste tijdvak en in sommige eerdere), historisch (niet heet in het laatste tijdvak maar wel in minstens 90 % van de andere), of geen patroon.
Celgrootte 0: tweemaal de zijde van een vierkant met gemiddeld één feit, tussen 100 en 500 m. Buurt 0: 1,5 keer de celgrootte (de 8 omliggende cellen).</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/dls_dialog.py" line="24" />
      <source>DLS statistics report</source>
      <translation>Statistisch DLS-rapport</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/plugin.py" line="94" />
      <source>DLS statistics report (PDF)…</source>
      <translation>Statistisch DLS-rapport (PDF)…</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/schools.py" line="885" />
      <source>Dam failure</source>
      <translation>Dambreuk</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/connection_dialog.py" line="60" />
      <source>Database</source>
      <translation>Database</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/duplicate_dialog.py" line="35" />
      <location filename="../gpsu_plugin/gui/ppms_editor.py" line="137" />
      <location filename="../gpsu_plugin/reports/layouts.py" line="883" />
      <location filename="../gpsu_plugin/reports/ppms.py" line="203" />
      <source>Date</source>
      <translation>Datum</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/reports/new_facts.py" line="590" />
      <source>Date and time</source>
      <translation>Datum en tijd</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/statistics.py" line="773" />
      <source>December</source>
      <translation>december</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/ppms_editor.py" line="100" />
      <location filename="../gpsu_plugin/reports/ppms.py" line="162" />
      <source>Deputy</source>
      <translation>Adjunct</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/cases.py" line="313" />
      <source>Describe the step that was taken.</source>
      <translation>Beschrijf de stap die werd gezet.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/case_detail.py" line="553" />
      <location filename="../gpsu_plugin/gui/case_detail.py" line="230" />
      <location filename="../gpsu_plugin/gui/duplicate_dialog.py" line="36" />
      <location filename="../gpsu_plugin/processing/analysis/prevention_action.py" line="91" />
      <location filename="../gpsu_plugin/reports/new_facts.py" line="594" />
      <location filename="../gpsu_plugin/core/project.py" line="81" />
      <source>Description</source>
      <translation>Beschrijving</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/audit_dock.py" line="84" />
      <location filename="../gpsu_plugin/core/access.py" line="313" />
      <source>Details</source>
      <translation>Details</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/prevention.py" line="244" />
      <source>Diffusion of benefits: the buffer improved too (WDQ {:.2f}).</source>
      <translation>Verspreiding van de voordelen: de buffer verbeterde ook (WDQ {:.2f}).</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/processing/analysis/emerging_hotspots.py" line="49" />
      <source>Diminishing hot spot</source>
      <translation>Afnemende hotspot</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/access_dialog.py" line="477" />
      <location filename="../gpsu_plugin/gui/access_dialog.py" line="591" />
      <source>Disable</source>
      <translation>Uitschakelen</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/access_dialog.py" line="641" />
      <source>Disable an account</source>
      <translation>Een account uitschakelen</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/access_dialog.py" line="642" />
      <source>Disable the account {}? The person can no longer sign in; what they recorded is kept.</source>
      <translation>Het account {} uitschakelen? De persoon kan zich niet meer aanmelden; wat die heeft geregistreerd, blijft behouden.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/access_dialog.py" line="160" />
      <source>Disabled</source>
      <translation>Uitgeschakeld</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/case_detail.py" line="207" />
      <source>Discard my change</source>
      <translation>Mijn wijziging verwerpen</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/duplicate_dialog.py" line="11" />
      <source>Dispatched</source>
      <translation>Doorgestuurd</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/prevention.py" line="246" />
      <source>Displacement larger than the gain: facts moved to the buffer (WDQ {:.2f}).</source>
      <translation>Verplaatsing groter dan de winst: feiten verplaatsten zich naar de buffer (WDQ {:.2f}).</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/duplicate_dialog.py" line="35" />
      <source>Distance</source>
      <translation>Afstand</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/processing/analysis/clusters.py" line="55" />
      <source>Distance (metres)</source>
      <translation>Afstand (meter)</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/processing/analysis/near_repeat.py" line="165" />
      <source>Distance band limits (metres, comma-separated)</source>
      <translation>Grenzen van de afstandsklassen (meter, gescheiden door komma's)</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/processing/analysis/near_repeat.py" line="190" />
      <source>Distance bands</source>
      <translation>Afstandsklassen</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/case_detail.py" line="156" />
      <location filename="../gpsu_plugin/gui/cases_model.py" line="159" />
      <location filename="../gpsu_plugin/reports/dls.py" line="410" />
      <location filename="../gpsu_plugin/reports/dls.py" line="512" />
      <location filename="../gpsu_plugin/reports/layouts.py" line="913" />
      <location filename="../gpsu_plugin/reports/layouts.py" line="380" />
      <source>District</source>
      <translation>Deelgemeente</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/processing/analysis/base.py" line="55" />
      <source>District (id, code or name)</source>
      <translation>Deelgemeente (id, code of naam)</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/reports/layouts.py" line="377" />
      <source>District of the page</source>
      <translation>Deelgemeente van de pagina</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/reports/layouts.py" line="832" />
      <source>District: {districts}</source>
      <translation>Deelgemeente: {districts}</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/reports/layouts.py" line="289" />
      <source>Districts</source>
      <translation>Deelgemeenten</translation>
    </message>
    <message>
      <source>Do not put a password in the connection setting; use a .pgpass file, the keyring or a QGIS authentication configuration.</source>
      <translation type="obsolete">Zet geen wachtwoord in de verbindingsreeks; gebruik een .pgpass-bestand, de wachtwoordkluis of een QGIS-authenticatieconfiguratie.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/profile.py" line="45" />
      <source>Do not put a password in the connection string; use a .pgpass file, the keyring or a QGIS authentication configuration.</source>
      <translation>Zet geen wachtwoord in de verbindingsreeks; gebruik een .pgpass-bestand, de wachtwoordkluis of een QGIS-authenticatieconfiguratie.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/schools_dock.py" line="220" />
      <source>Document</source>
      <translation>Document</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/project.py" line="178" />
      <source>Documents</source>
      <translation>Documenten</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/schools_dock.py" line="506" />
      <source>Documents (*.pdf *.png *.jpg *.jpeg *.tif *.tiff *.webp *.doc *.docx *.xls *.xlsx *.odt *.ods *.ppt *.pptx *.txt);;All files (*)</source>
      <translation>Documenten (*.pdf *.png *.jpg *.jpeg *.tif *.tiff *.webp *.doc *.docx *.xls *.xlsx *.odt *.ods *.ppt *.pptx *.txt);;Alle bestanden (*)</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/alerts_inbox.py" line="191" />
      <source>Double-click an alert to open its case.</source>
      <translation>Dubbelklik op een melding om het dossier ervan te openen.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/case_detail.py" line="243" />
      <source>Double-click an attachment to open it.</source>
      <translation>Dubbelklik op een bijlage om ze te openen.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/schools_dock.py" line="615" />
      <source>Download the document</source>
      <translation>Het document downloaden</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/schools_dock.py" line="501" />
      <source>Downloading a school document</source>
      <translation>Een schooldocument downloaden</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/schools_dock.py" line="238" />
      <source>Download…</source>
      <translation>Downloaden…</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/schools.py" line="890" />
      <source>Drinking water and cups</source>
      <translation>Drinkwater en bekers</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/schools_dock.py" line="232" />
      <source>Drop files here to add them to the school's documents.</source>
      <translation>Sleep bestanden hierheen om ze aan de documenten van de school toe te voegen.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/case_detail.py" line="554" />
      <location filename="../gpsu_plugin/gui/case_detail.py" line="156" />
      <location filename="../gpsu_plugin/gui/cases_model.py" line="160" />
      <location filename="../gpsu_plugin/core/project.py" line="83" />
      <source>Due</source>
      <translation>Uiterste datum</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/duplicate_dialog.py" line="13" />
      <source>Duplicate</source>
      <translation>Dubbel</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/case_detail.py" line="554" />
      <source>Duplicate of</source>
      <translation>Duplicaat van</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/case_detail.py" line="723" />
      <source>Duplicate of case</source>
      <translation>Duplicaat van dossier</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/migrations.py" line="139" />
      <source>EPSG:{} is not a coordinate reference system known to PostGIS.</source>
      <translation>EPSG:{} is geen coördinatenreferentiesysteem dat PostGIS kent.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/reports/layouts.py" line="1005" />
      <location filename="../gpsu_plugin/reports/map_extract.py" line="31" />
      <location filename="../gpsu_plugin/core/schools.py" line="493" />
      <source>EPSG:{} is not a known coordinate reference system.</source>
      <translation>EPSG:{} is geen bekend coördinatenreferentiesysteem.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/migrations.py" line="141" />
      <source>EPSG:{} is not a projected coordinate reference system; GPS-U measures distances in metres (use e.g. EPSG:31370 or EPSG:2154).</source>
      <translation>EPSG:{} is geen geprojecteerd coördinatenreferentiesysteem; GPS-U meet afstanden in meter (gebruik bv. EPSG:31370 of EPSG:2154).</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/schools.py" line="882" />
      <source>Earthquake</source>
      <translation>Aardbeving</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/schools_dock.py" line="206" />
      <source>Edit the school's safety plan (PPMS) and produce its PDF.</source>
      <translation>Het veiligheidsplan (PPMS) van de school bewerken en de pdf maken.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/access_dialog.py" line="476" />
      <source>Edit…</source>
      <translation>Bewerken…</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/schools.py" line="105" />
      <source>Electricity cut-off</source>
      <translation>Afsluiter elektriciteit</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/ppms_editor.py" line="99" />
      <location filename="../gpsu_plugin/reports/ppms.py" line="162" />
      <source>Email</source>
      <translation>E-mail</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/schools.py" line="104" />
      <source>Emergency vehicle access</source>
      <translation>Toegang hulpdiensten</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/processing/analysis/emerging_hotspots.py" line="121" />
      <location filename="../gpsu_plugin/processing/analysis/emerging_hotspots.py" line="146" />
      <source>Emerging hot spots</source>
      <translation>Opkomende hotspots</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/processing/analysis/emerging_hotspots.py" line="160" />
      <source>Emerging hot spots need a period: set its start and its end.</source>
      <translation>Opkomende hotspots vragen een periode: geef het begin en het einde op.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/access_dialog.py" line="591" />
      <source>Enable</source>
      <translation>Inschakelen</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/ppms_editor.py" line="113" />
      <location filename="../gpsu_plugin/reports/ppms.py" line="177" />
      <location filename="../gpsu_plugin/reports/reflex_sheet.py" line="249" />
      <source>End of alert</source>
      <translation>Einde alarm</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/access_dialog.py" line="107" />
      <source>Ends</source>
      <translation>Einde</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/cli.py" line="62" />
      <location filename="../gpsu_plugin/cli.py" line="93" />
      <source>Error: {}</source>
      <translation>Fout: {}</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/ppms_editor.py" line="112" />
      <location filename="../gpsu_plugin/reports/ppms.py" line="176" />
      <location filename="../gpsu_plugin/reports/reflex_sheet.py" line="248" />
      <source>Evacuation</source>
      <translation>Evacuatie</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/schools.py" line="875" />
      <source>Evacuation arrangements</source>
      <translation>Evacuatiemaatregelen</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/reports/layouts.py" line="876" />
      <location filename="../gpsu_plugin/core/schools.py" line="87" />
      <source>Evacuation plan</source>
      <translation>Evacuatieplan</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/reports/reflex_sheet.py" line="318" />
      <source>Evacuation route</source>
      <translation>Evacuatieroute</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/schools.py" line="1074" />
      <source>Evacuation routes</source>
      <translation>Evacuatieroutes</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/processing/analysis/prevention_action.py" line="232" />
      <source>Evaluation number {} kept in the database.</source>
      <translation>Evaluatie nummer {} bewaard in de databank.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/ppms_editor.py" line="344" />
      <source>Every mandatory section is filled in.</source>
      <translation>Alle verplichte onderdelen zijn ingevuld.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/alerts_inbox.py" line="244" />
      <source>Everything is read.</source>
      <translation>Alles is gelezen.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/ppms_editor.py" line="137" />
      <location filename="../gpsu_plugin/reports/ppms.py" line="203" />
      <source>Exercise</source>
      <translation>Oefening</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/schools.py" line="877" />
      <source>Exercise log</source>
      <translation>Oefeningenregister</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/audit_dock.py" line="33" />
      <source>Existing login adopted</source>
      <translation>Bestaande gebruikersnaam overgenomen</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/audit_dock.py" line="188" />
      <source>Export CSV…</source>
      <translation>CSV exporteren…</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/audit_dock.py" line="266" />
      <source>Export the audit log</source>
      <translation>Het auditlogboek exporteren</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/charts.py" line="87" />
      <location filename="../gpsu_plugin/gui/charts.py" line="164" />
      <location filename="../gpsu_plugin/gui/charts.py" line="269" />
      <location filename="../gpsu_plugin/reports/dls.py" line="513" />
      <location filename="../gpsu_plugin/reports/layouts.py" line="804" />
      <location filename="../gpsu_plugin/reports/layouts.py" line="914" />
      <location filename="../gpsu_plugin/reports/new_facts.py" line="531" />
      <location filename="../gpsu_plugin/reports/new_facts.py" line="536" />
      <location filename="../gpsu_plugin/core/statistics.py" line="242" />
      <source>Facts</source>
      <translation>Feiten</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/charts.py" line="33" />
      <source>Facts by category over time</source>
      <translation>Feiten per categorie in de tijd</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/reports/dls.py" line="322" />
      <source>Facts in the period</source>
      <translation>Feiten in de periode</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/reports/dls.py" line="323" />
      <source>Facts in the previous period</source>
      <translation>Feiten in de vorige periode</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/atlas_dialog.py" line="66" />
      <source>Facts observed from</source>
      <translation>Feiten vastgesteld van</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/reports/layouts.py" line="744" />
      <source>Facts observed from {start} to {end}</source>
      <translation>Feiten vastgesteld van {start} tot {end}</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/reports/dls.py" line="389" />
      <source>Facts observed in each category (its sub-categories included), in the period and in the previous period of the same length.</source>
      <translation>Vastgestelde feiten per categorie (subcategorieën inbegrepen), in de periode en in de vorige periode van dezelfde lengte.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/reports/layouts.py" line="287" />
      <source>Facts of the period</source>
      <translation>Feiten van de periode</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/reports/dls.py" line="436" />
      <source>Facts of the period by category; the numbered squares are the hot spots of the table "Top hot spots".</source>
      <translation>Feiten van de periode per categorie; de genummerde vierkanten zijn de hotspots van de tabel "Belangrijkste hotspots".</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/reports/dls.py" line="401" />
      <source>Facts over time</source>
      <translation>Feiten in de tijd</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/reports/dls.py" line="388" />
      <location filename="../gpsu_plugin/reports/layouts.py" line="800" />
      <location filename="../gpsu_plugin/reports/layouts.py" line="838" />
      <location filename="../gpsu_plugin/reports/layouts.py" line="917" />
      <location filename="../gpsu_plugin/reports/new_facts.py" line="534" />
      <source>Facts per category</source>
      <translation>Feiten per categorie</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/charts.py" line="256" />
      <source>Facts per category, compared with the previous period</source>
      <translation>Feiten per categorie, vergeleken met de vorige periode</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/charts.py" line="86" />
      <source>Facts per day</source>
      <translation>Feiten per dag</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/reports/dls.py" line="409" />
      <location filename="../gpsu_plugin/reports/layouts.py" line="911" />
      <source>Facts per district</source>
      <translation>Feiten per deelgemeente</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/reports/layouts.py" line="292" />
      <source>Facts per district and category</source>
      <translation>Feiten per deelgemeente en categorie</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/reports/dls.py" line="445" />
      <source>Facts per hour of the day and day of the week, in the municipality's time. A fact known only by a time window is spread over the hours of the window (aoristic weighting), so that the cells may hold fractions; they add up to the number of facts.</source>
      <translation>Feiten per uur van de dag en dag van de week, in de tijd van de gemeente. Een feit dat enkel binnen een tijdvenster gekend is, wordt over de uren van het venster verdeeld (aoristische weging): de cellen kunnen breuken bevatten; samen geven ze het aantal feiten.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/charts.py" line="87" />
      <source>Facts per month</source>
      <translation>Feiten per maand</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/reports/new_facts.py" line="539" />
      <source>Facts per service</source>
      <translation>Feiten per dienst</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/charts.py" line="86" />
      <source>Facts per week (from Monday)</source>
      <translation>Feiten per week (vanaf maandag)</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/reports/dls.py" line="402" />
      <source>Facts per {bucket} and per category during the period.</source>
      <translation>Feiten per {bucket} en per categorie tijdens de periode.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/reports/new_facts.py" line="490" />
      <source>Facts recorded in GPS-U during the period, by category and district.</source>
      <translation>Feiten die tijdens de periode in GPS-U werden geregistreerd, per categorie en per deelgemeente.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/reports/layouts.py" line="869" />
      <source>Facts within 300 m: {facts}</source>
      <translation>Feiten binnen 300 m: {facts}</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/statistics.py" line="772" />
      <source>February</source>
      <translation>februari</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/prevention.py" line="227" />
      <source>Few facts: the figures are fragile (fewer than 10 in a zone and period).</source>
      <translation>Weinig feiten: de cijfers zijn wankel (minder dan 10 in een gebied en periode).</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/access.py" line="34" />
      <source>Field officer</source>
      <translation>Terreinmedewerker</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/schools_dock.py" line="46" />
      <location filename="../gpsu_plugin/gui/schools_dock.py" line="94" />
      <source>File</source>
      <translation>Bestand</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/incidents.py" line="186" />
      <source>Fill in the field "{}" of the observation template.</source>
      <translation>Vul het veld "{}" van het vaststellingsmodel in.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/statistics_dock.py" line="155" />
      <source>Filters</source>
      <translation>Filters</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/processing/analysis/prevention_action.py" line="96" />
      <source>First day</source>
      <translation>Eerste dag</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/audit_dock.py" line="134" />
      <source>First day (empty: no limit)</source>
      <translation>Eerste dag (leeg: onbeperkt)</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/statistics_dock.py" line="126" />
      <source>First day of the period</source>
      <translation>Eerste dag van de periode</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/cases_dock.py" line="87" />
      <source>First day recorded (empty: no limit)</source>
      <translation>Eerste registratiedag (leeg: geen beperking)</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/reports/layouts.py" line="833" />
      <source>First fact: {first} – last fact: {last}</source>
      <translation>Eerste feit: {first} – laatste feit: {last}</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/access_dialog.py" line="202" />
      <source>First name and surname</source>
      <translation>Voornaam en achternaam</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/schools.py" line="891" />
      <source>First-aid kit</source>
      <translation>EHBO-koffer</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/schools.py" line="882" />
      <source>Flood</source>
      <translation>Overstroming</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/statistics_dock.py" line="174" />
      <source>Follow the map</source>
      <translation>De kaart volgen</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/statistics_dock.py" line="394" />
      <source>Following the map</source>
      <translation>De kaart volgen</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/schools.py" line="893" />
      <source>Food supplies</source>
      <translation>Voedselvoorraad</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/schools.py" line="885" />
      <source>Forest fire</source>
      <translation>Bosbrand</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/processing/analysis/time_profile.py" line="42" />
      <source>Friday</source>
      <translation>Vrijdag</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/audit_dock.py" line="84" />
      <location filename="../gpsu_plugin/gui/audit_dock.py" line="133" />
      <location filename="../gpsu_plugin/core/access.py" line="313" />
      <source>From</source>
      <translation>Vanaf</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/dls_dialog.py" line="39" />
      <source>From (included)</source>
      <translation>Van (inbegrepen)</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/reports/new_facts.py" line="284" />
      <source>From {start} to {end}</source>
      <translation>Van {start} tot {end}</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/access_dialog.py" line="204" />
      <source>Full name</source>
      <translation>Volledige naam</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/incident_dock.py" line="202" />
      <source>GPS</source>
      <translation>GPS</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/gps.py" line="46" />
      <source>GPS position (accuracy unknown: check the place on the map).</source>
      <translation>GPS-positie (nauwkeurigheid onbekend: controleer de plaats op de kaart).</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/gps.py" line="49" />
      <source>GPS position, ±{} m.</source>
      <translation>GPS-positie, ±{} m.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/gps.py" line="48" />
      <source>GPS position, ±{} m: imprecise, check the place on the map.</source>
      <translation>GPS-positie, ±{} m: onnauwkeurig, controleer de plaats op de kaart.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/plugin.py" line="59" />
      <location filename="../gpsu_plugin/plugin.py" line="65" />
      <location filename="../gpsu_plugin/gui/access_dialog.py" line="651" />
      <location filename="../gpsu_plugin/gui/access_dialog.py" line="690" />
      <location filename="../gpsu_plugin/gui/access_dialog.py" line="619" />
      <location filename="../gpsu_plugin/gui/access_dialog.py" line="631" />
      <location filename="../gpsu_plugin/gui/atlas_dialog.py" line="136" />
      <location filename="../gpsu_plugin/gui/atlas_dialog.py" line="144" />
      <location filename="../gpsu_plugin/gui/audit_dock.py" line="285" />
      <location filename="../gpsu_plugin/gui/audit_dock.py" line="278" />
      <location filename="../gpsu_plugin/gui/messages.py" line="26" />
      <location filename="../gpsu_plugin/gui/messages.py" line="58" />
      <location filename="../gpsu_plugin/gui/sign_in.py" line="50" />
      <location filename="../gpsu_plugin/gui/sign_in.py" line="31" />
      <location filename="../gpsu_plugin/processing/provider.py" line="21" />
      <location filename="../gpsu_plugin/core/project.py" line="98" />
      <source>GPS-U</source>
      <translation>GPS-U</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/cli.py" line="24" />
      <source>GPS-U administration</source>
      <translation>GPS-U-beheer</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/alerts_inbox.py" line="308" />
      <source>GPS-U alert</source>
      <translation>GPS-U-melding</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/cli.py" line="73" />
      <source>GPS-U schema: {}</source>
      <translation>GPS-U-schema: {}</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/processing/provider.py" line="24" />
      <source>GPS-U urban safety</source>
      <translation>GPS-U stedelijke veiligheid</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/reports/new_facts.py" line="357" />
      <source>GPS-U · urban safety</source>
      <translation>GPS-U · stedelijke veiligheid</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/reports/layouts.py" line="86" />
      <source>GPS-U – Atlas by district</source>
      <translation>GPS-U – Atlas per deelgemeente</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/reports/layouts.py" line="86" />
      <source>GPS-U – Atlas of hot spots</source>
      <translation>GPS-U – Atlas van de hotspots</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/reports/layouts.py" line="87" />
      <source>GPS-U – Atlas of schools</source>
      <translation>GPS-U – Atlas van de scholen</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/reports/layouts.py" line="87" />
      <source>GPS-U – Poster of the territory (A3)</source>
      <translation>GPS-U – Affiche van het grondgebied (A3)</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/access_dialog.py" line="456" />
      <source>GPS-U – access</source>
      <translation>GPS-U – toegang</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/alerts_inbox.py" line="152" />
      <location filename="../gpsu_plugin/gui/alerts_inbox.py" line="250" />
      <source>GPS-U – alerts</source>
      <translation>GPS-U – meldingen</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/alerts_inbox.py" line="250" />
      <source>GPS-U – alerts ({})</source>
      <translation>GPS-U – meldingen ({})</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/atlas_dialog.py" line="47" />
      <source>GPS-U – atlas and print layouts</source>
      <translation>GPS-U – atlas en afdruklay-outs</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/audit_dock.py" line="111" />
      <source>GPS-U – audit log</source>
      <translation>GPS-U – auditlogboek</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/cases_dock.py" line="42" />
      <source>GPS-U – cases</source>
      <translation>GPS-U – dossiers</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/case_detail.py" line="716" />
      <source>GPS-U – change the status</source>
      <translation>GPS-U – status wijzigen</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/connection_dialog.py" line="27" />
      <source>GPS-U – database connection</source>
      <translation>GPS-U – databaseverbinding</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/incident_dock.py" line="74" />
      <source>GPS-U – log a fact</source>
      <translation>GPS-U – feit registreren</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/password_dialog.py" line="12" />
      <source>GPS-U – password</source>
      <translation>GPS-U – wachtwoord</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/duplicate_dialog.py" line="25" />
      <source>GPS-U – possible duplicates</source>
      <translation>GPS-U – mogelijke duplicaten</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/case_detail.py" line="748" />
      <source>GPS-U – reassign the case</source>
      <translation>GPS-U – dossier opnieuw toewijzen</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/case_detail.py" line="778" />
      <source>GPS-U – record a step</source>
      <translation>GPS-U – stap registreren</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/case_detail.py" line="763" />
      <source>GPS-U – share with a service</source>
      <translation>GPS-U – delen met een dienst</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/statistics_dock.py" line="86" />
      <source>GPS-U – statistics</source>
      <translation>GPS-U – statistieken</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/case_detail.py" line="798" />
      <source>GPS-U – task status</source>
      <translation>GPS-U – status van de taak</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/plugin.py" line="371" />
      <source>GPS-U: DLS statistics report</source>
      <translation>GPS-U: statistisch DLS-rapport</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/plugin.py" line="325" />
      <source>GPS-U: new facts report</source>
      <translation>GPS-U: rapport nieuwe feiten</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/statistics_dock.py" line="504" />
      <source>GPS-U: statistics</source>
      <translation>GPS-U: statistieken</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/connection_dialog.py" line="185" />
      <source>GPS-U: testing the connection</source>
      <translation>GPS-U: verbinding testen</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/reports/atlas_export.py" line="318" />
      <source>GPS-U: {}</source>
      <translation>GPS-U: {}</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/schools.py" line="105" />
      <source>Gas cut-off</source>
      <translation>Afsluiter gas</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/schools_dock.py" line="97" />
      <source>Geometry (WKT)</source>
      <translation>Geometrie (WKT)</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/reports/dls.py" line="513" />
      <source>Gi* z-score</source>
      <translation>Gi* z-score</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/profile.py" line="65" />
      <source>Give a PostgreSQL service name, or a database name.</source>
      <translation>Geef een PostgreSQL-servicenaam of een databasenaam op.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/case_detail.py" line="488" />
      <source>Give the number of the case this one duplicates.</source>
      <translation>Geef het nummer op van het dossier waarvan dit een duplicaat is.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/cases.py" line="286" />
      <source>Give the reason for the reassignment.</source>
      <translation>Geef de reden op waarom het dossier opnieuw wordt toegewezen.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/incidents.py" line="191" />
      <source>Give the time of the fact, or the window in which it happened.</source>
      <translation>Geef het tijdstip van het feit op, of de periode waarin het plaatsvond.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/access_dialog.py" line="659" />
      <source>Give {} a new temporary password? Their current password stops working now.</source>
      <translation>{} een nieuw tijdelijk wachtwoord geven? Het huidige wachtwoord werkt vanaf nu niet meer.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/processing/analysis/clusters.py" line="46" />
      <source>Groups the filtered incidents into density-based clusters (DBSCAN, computed by PostGIS ST_ClusterDBSCAN): an incident belongs to a cluster when at least "minimum number of incidents" lie within "distance" of it, or of one of its cluster's core incidents. Each cluster becomes a polygon (its convex hull, or a buffer of half the distance around one or two places) with its number of incidents, its dominant category and the dates of its first and last incident. Incidents in no cluster (noise) are left out.</source>
      <translation>Groepeert de gefilterde feiten in op dichtheid gebaseerde clusters (DBSCAN, berekend met ST_ClusterDBSCAN van PostGIS): een feit behoort tot een cluster wanneer minstens "minimumaantal feiten" feiten binnen "afstand" ervan liggen, of binnen die afstand van een van de kernfeiten van zijn cluster. Elke cluster wordt een polygoon (de convexe omhullende, of een buffer van de halve afstand rond een of twee plaatsen) met het aantal feiten, de overheersende categorie en de datums van het eerste en het laatste feit. Feiten die tot geen enkele cluster behoren (ruis), worden weggelaten.</translation>
    </message>
    <message>
      <source>Groups the filtered incidents into density-based clusters (DBSCAN, computed by PostGIS ST_ClusterDBSCAN): an incident belongs to a cluster when at least "minimum points" incidents lie within "distance" of it, or of one of its cluster's core incidents. Each cluster becomes a polygon (its convex hull, or a buffer of half the distance around one or two places) with its number of incidents, its dominant category and the dates of its first and last incident. Incidents in no cluster (noise) are left out.</source>
      <translation type="obsolete">Groepeert de gefilterde feiten in op dichtheid gebaseerde clusters (DBSCAN, berekend met ST_ClusterDBSCAN van PostGIS): een feit behoort tot een cluster wanneer minstens "minimumaantal feiten" feiten binnen "afstand" ervan liggen, of binnen die afstand van een van de kernfeiten van zijn cluster. Elke cluster wordt een polygoon (de convexe omhullende, of een buffer van de halve afstand rond een of twee plaatsen) met het aantal feiten, de overheersende categorie en de datums van het eerste en het laatste feit. Feiten die tot geen enkele cluster behoren (ruis), worden weggelaten.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/charts.py" line="36" />
      <location filename="../gpsu_plugin/reports/dls.py" line="486" />
      <source>Handling time per service</source>
      <translation>Behandelingstijd per dienst</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/ppms_editor.py" line="99" />
      <location filename="../gpsu_plugin/reports/ppms.py" line="161" />
      <source>Head of school</source>
      <translation>Directeur</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/processing/analysis/heatmap.py" line="90" />
      <source>Heatmap</source>
      <translation>Hittekaart</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/processing/analysis/heatmap.py" line="75" />
      <source>Heatmap (kernel density)</source>
      <translation>Hittekaart (kerneldichtheid)</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/layers.py" line="123" />
      <source>Heatmap of facts</source>
      <translation>Hittekaart van de feiten</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/reports/layouts.py" line="288" />
      <source>Heatmap of the period</source>
      <translation>Hittekaart van de periode</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/processing/analysis/heatmap.py" line="142" />
      <source>Heatmap of {n} incidents written.</source>
      <translation>Hittekaart van {n} feiten geschreven.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/processing/analysis/hotspots.py" line="133" />
      <source>Hexagons</source>
      <translation>Zeshoeken</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/case_detail.py" line="340" />
      <location filename="../gpsu_plugin/reports/new_facts.py" line="180" />
      <source>Hidden (personal details)</source>
      <translation>Verborgen (persoonsgegevens)</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/layers.py" line="80" />
      <source>High</source>
      <translation>Hoog</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/reports/layouts.py" line="853" />
      <location filename="../gpsu_plugin/core/schools.py" line="97" />
      <source>High school</source>
      <translation>Lyceum</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/reports/layouts.py" line="854" />
      <location filename="../gpsu_plugin/core/schools.py" line="97" />
      <source>Higher education</source>
      <translation>Hoger onderwijs</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/processing/analysis/emerging_hotspots.py" line="50" />
      <source>Historical hot spot</source>
      <translation>Historische hotspot</translation>
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
      <location filename="../gpsu_plugin/reports/layouts.py" line="818" />
      <source>Hot spot {number} – {category}</source>
      <translation>Hotspot nr. {number} – {category}</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/processing/analysis/hotspots.py" line="64" />
      <source>Hot spot, 90 % confidence</source>
      <translation>Hotspot, betrouwbaarheid 90 %</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/processing/analysis/hotspots.py" line="63" />
      <source>Hot spot, 95 % confidence</source>
      <translation>Hotspot, betrouwbaarheid 95 %</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/processing/analysis/hotspots.py" line="63" />
      <source>Hot spot, 99 % confidence</source>
      <translation>Hotspot, betrouwbaarheid 99 %</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/processing/analysis/hotspots.py" line="135" />
      <location filename="../gpsu_plugin/reports/layouts.py" line="293" />
      <location filename="../gpsu_plugin/core/project.py" line="200" />
      <source>Hot spots</source>
      <translation>Hotspots</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/processing/analysis/hotspots.py" line="110" />
      <source>Hot spots (Getis-Ord Gi*)</source>
      <translation>Hotspots (Getis-Ord Gi*)</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/charts.py" line="248" />
      <source>Hour</source>
      <translation>Uur</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/charts.py" line="237" />
      <source>Hour of day x day of week</source>
      <translation>Uur van de dag x dag van de week</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/access_dialog.py" line="417" />
      <source>I have noted it</source>
      <translation>Ik heb het genoteerd</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/schools.py" line="870" />
      <source>Identification of the school</source>
      <translation>Identificatie van de school</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/processing/analysis/prevention_action.py" line="154" />
      <source>Impact of a prevention action</source>
      <translation>Impact van een preventieactie</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/plugin.py" line="100" />
      <source>Impact of a prevention action…</source>
      <translation>Impact van een preventieactie…</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/schools_dock.py" line="82" />
      <location filename="../gpsu_plugin/gui/schools_dock.py" line="604" />
      <location filename="../gpsu_plugin/gui/schools_dock.py" line="119" />
      <source>Import schools</source>
      <translation>Scholen importeren</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/schools_dock.py" line="212" />
      <source>Import schools from a CSV or a GeoPackage (administrators)…</source>
      <translation>Scholen importeren uit een CSV of een GeoPackage (beheerders)…</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/schools_dock.py" line="600" />
      <source>Importing schools</source>
      <translation>Scholen importeren</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/schools_dock.py" line="587" />
      <source>Importing {}…</source>
      <translation>{} wordt geïmporteerd…</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/connection_dialog.py" line="72" />
      <source>In a QGIS authentication configuration</source>
      <translation>In een QGIS-authenticatieconfiguratie</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/duplicate_dialog.py" line="11" />
      <source>In progress</source>
      <translation>In behandeling</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/connection_dialog.py" line="71" />
      <source>In the system keyring</source>
      <translation>In de wachtwoordkluis van het systeem</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/processing/analysis/clusters.py" line="43" />
      <source>Incident clusters (DBSCAN)</source>
      <translation>Clusters van feiten (DBSCAN)</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/layers.py" line="137" />
      <source>Incidents by category</source>
      <translation>Feiten per categorie</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/layers.py" line="139" />
      <source>Incidents by status</source>
      <translation>Feiten per status</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/reports/ppms.py" line="154" />
      <source>Incomplete plan. Missing: {}</source>
      <translation>Onvolledig plan. Ontbreekt: {}</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/schools.py" line="883" />
      <source>Industrial accident</source>
      <translation>Industrieel ongeval</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/access_dialog.py" line="380" />
      <source>Initial password</source>
      <translation>Initieel wachtwoord</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/processing/database/upgrade.py" line="23" />
      <source>Install / upgrade database</source>
      <translation>Database installeren / bijwerken</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/plugin.py" line="115" />
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
      <location filename="../gpsu_plugin/processing/analysis/emerging_hotspots.py" line="48" />
      <source>Intensifying hot spot</source>
      <translation>Toenemende hotspot</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/processing/analysis/prevention_action.py" line="186" />
      <source>Interpretation</source>
      <translation>Interpretatie</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/ppms_editor.py" line="113" />
      <location filename="../gpsu_plugin/reports/ppms.py" line="177" />
      <location filename="../gpsu_plugin/reports/reflex_sheet.py" line="249" />
      <source>Intrusion</source>
      <translation>Indringing</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/schools.py" line="886" />
      <source>Intrusion or attack</source>
      <translation>Indringing of aanslag</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/reports/dls.py" line="254" />
      <location filename="../gpsu_plugin/reports/new_facts.py" line="467" />
      <source>Issued on {}</source>
      <translation>Opgemaakt op {}</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/reports/ppms.py" line="103" />
      <source>Item</source>
      <translation>Rubriek</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/statistics.py" line="772" />
      <source>January</source>
      <translation>januari</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/statistics.py" line="772" />
      <source>July</source>
      <translation>juli</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/statistics.py" line="772" />
      <source>June</source>
      <translation>juni</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/connection_dialog.py" line="79" />
      <source>Keep the password</source>
      <translation>Wachtwoord bewaren</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/processing/analysis/prevention_action.py" line="180" />
      <source>Keep this evaluation in the database</source>
      <translation>Deze evaluatie in de databank bewaren</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/processing/analysis/prevention_action.py" line="80" />
      <source>Keeps a prevention action in the GPS-U database so that its impact can be measured and measured again: the area where it took place (the polygons of a layer, or only its selected features), its period (first and last day), the categories it targets (ids or codes, separated by commas; none for every category), the width of the buffer around the area where displacement or diffusion is looked for, and a description.</source>
      <translation>Bewaart een preventieactie in de GPS-U-databank zodat haar impact gemeten en opnieuw gemeten kan worden: het gebied waar ze plaatsvond (de polygonen van een laag, of alleen de geselecteerde objecten), haar periode (eerste en laatste dag), de categorieën waarop ze mikt (id's of codes, gescheiden door komma's; geen voor alle categorieën), de breedte van de buffer rond het gebied waar verplaatsing of verspreiding gezocht wordt, en een beschrijving.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/audit_dock.py" line="142" />
      <source>Kind of event</source>
      <translation>Soort gebeurtenis</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/statistics.py" line="287" />
      <location filename="../gpsu_plugin/core/statistics.py" line="242" />
      <source>Label</source>
      <translation>Label</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/schools.py" line="883" />
      <source>Landslide</source>
      <translation>Grondverschuiving</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/statistics_dock.py" line="122" />
      <source>Last 12 months</source>
      <translation>Laatste 12 maanden</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/statistics_dock.py" line="122" />
      <source>Last 30 days</source>
      <translation>Laatste 30 dagen</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/statistics_dock.py" line="124" />
      <source>Last 4 years</source>
      <translation>Laatste 4 jaar</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/case_detail.py" line="593" />
      <source>Last change by {who} on {when}.</source>
      <translation>Laatste wijziging door {who} op {when}.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/processing/analysis/prevention_action.py" line="98" />
      <source>Last day</source>
      <translation>Laatste dag</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/audit_dock.py" line="135" />
      <source>Last day (empty: no limit)</source>
      <translation>Laatste dag (leeg: onbeperkt)</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/statistics_dock.py" line="127" />
      <source>Last day of the period (included)</source>
      <translation>Laatste dag van de periode (inbegrepen)</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/cases_dock.py" line="88" />
      <source>Last day recorded (empty: no limit)</source>
      <translation>Laatste registratiedag (leeg: geen beperking)</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/access_dialog.py" line="107" />
      <source>Last sign-in</source>
      <translation>Laatste aanmelding</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/statistics_dock.py" line="123" />
      <source>Last year</source>
      <translation>Vorig jaar</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/atlas_dialog.py" line="65" />
      <source>Layout</source>
      <translation>Lay-out</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/reports/layouts.py" line="793" />
      <location filename="../gpsu_plugin/reports/layouts.py" line="824" />
      <location filename="../gpsu_plugin/reports/layouts.py" line="886" />
      <location filename="../gpsu_plugin/reports/layouts.py" line="919" />
      <source>Legend</source>
      <translation>Legende</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/ppms_editor.py" line="138" />
      <location filename="../gpsu_plugin/reports/ppms.py" line="203" />
      <source>Lessons learnt</source>
      <translation>Lessen</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/duplicate_dialog.py" line="53" />
      <source>Link to this case</source>
      <translation>Aan dit dossier koppelen</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/cases_dock.py" line="125" />
      <source>Load the next {} cases</source>
      <translation>De volgende {} dossiers laden</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/processing/database/upgrade.py" line="48" />
      <source>Load the reference services and categories</source>
      <translation>Referentiediensten en -categorieën laden</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/reports/dls.py" line="264" />
      <location filename="../gpsu_plugin/reports/dls.py" line="276" />
      <location filename="../gpsu_plugin/reports/dls.py" line="244" />
      <source>Local security diagnosis</source>
      <translation>Lokale veiligheidsdiagnose</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/incident_dock.py" line="214" />
      <source>Location *</source>
      <translation>Locatie *</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/plugin.py" line="78" />
      <source>Log a fact</source>
      <translation>Feit registreren</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/project.py" line="83" />
      <source>Logged by</source>
      <translation>Geregistreerd door</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/access_dialog.py" line="203" />
      <location filename="../gpsu_plugin/gui/access_dialog.py" line="106" />
      <source>Login</source>
      <translation>Gebruikersnaam</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/audit_dock.py" line="150" />
      <source>Login of the person who acted</source>
      <translation>Gebruikersnaam van de persoon die handelde</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/layers.py" line="80" />
      <source>Low</source>
      <translation>Laag</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/reports/ppms.py" line="151" />
      <source>Made on {}</source>
      <translation>Opgesteld op {}</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/reports/layouts.py" line="831" />
      <source>Main category: {category} ({share} %)</source>
      <translation>Hoofdcategorie: {category} ({share} %)</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/atlas_dialog.py" line="73" />
      <source>Make the PDF</source>
      <translation>PDF maken</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/ppms_editor.py" line="151" />
      <source>Make the PPMS PDF with the site map and store it as a new version of the school's PPMS.</source>
      <translation>De pdf van het PPMS met de plattegrond maken en als nieuwe versie van het PPMS van de school opslaan.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/dls_dialog.py" line="46" />
      <source>Make the report</source>
      <translation>Rapport maken</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/ppms_editor.py" line="400" />
      <source>Making the PPMS PDF</source>
      <translation>De pdf van het PPMS maken</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/ppms_editor.py" line="367" />
      <source>Making the PPMS PDF…</source>
      <translation>De pdf van het PPMS wordt gemaakt…</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/incident_dock.py" line="199" />
      <source>Map centre</source>
      <translation>Kaartmidden</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/reports/cli.py" line="65" />
      <location filename="../gpsu_plugin/reports/cli.py" line="217" />
      <source>Map extracts need QGIS: start the command with gpsu_plugin.cli.</source>
      <translation>Kaartuittreksels vereisen QGIS: start de opdracht met gpsu_plugin.cli.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/reports/dls.py" line="427" />
      <source>Map of the facts and hot spots</source>
      <translation>Kaart van de feiten en hotspots</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/statistics_dock.py" line="140" />
      <source>Map's current extent</source>
      <translation>Huidig kaartbeeld</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/statistics.py" line="772" />
      <source>March</source>
      <translation>maart</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/alerts_inbox.py" line="174" />
      <source>Mark all as read</source>
      <translation>Alles als gelezen markeren</translation>
    </message>
    <message>
      <source>Mark all read</source>
      <translation type="obsolete">Alles als gelezen markeren</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/statistics.py" line="772" />
      <source>May</source>
      <translation>mei</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/reports/dls.py" line="491" />
      <source>Mean (days)</source>
      <translation>Gemiddelde (dagen)</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/statistics.py" line="268" />
      <source>Mean time to closure (days)</source>
      <translation>Gemiddelde tijd tot afsluiting (dagen)</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/reports/dls.py" line="491" />
      <source>Median (days)</source>
      <translation>Mediaan (dagen)</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/reports/dls.py" line="326" />
      <source>Median time to closure</source>
      <translation>Mediane tijd tot afsluiting</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/charts.py" line="183" />
      <location filename="../gpsu_plugin/core/statistics.py" line="267" />
      <source>Median time to closure (days)</source>
      <translation>Mediane tijd tot afsluiting (dagen)</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/reports/dls.py" line="526" />
      <source>Method</source>
      <translation>Methode</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/migrations.py" line="241" />
      <source>Migration {} ({}) failed; the database was left at the previous version.</source>
      <translation>Migratie {} ({}) is mislukt; de database is op de vorige versie gebleven.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/processing/analysis/clusters.py" line="59" />
      <source>Minimum number of incidents</source>
      <translation>Minimumaantal feiten</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/ppms_editor.py" line="340" />
      <source>Missing mandatory sections:</source>
      <translation>Ontbrekende verplichte onderdelen:</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/ppms_editor.py" line="146" />
      <source>Missing sections</source>
      <translation>Ontbrekende onderdelen</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/processing/analysis/time_profile.py" line="42" />
      <source>Monday</source>
      <translation>Maandag</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/processing/analysis/near_repeat.py" line="169" />
      <source>Monte Carlo simulations</source>
      <translation>Monte-Carlosimulaties</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/statistics.py" line="309" />
      <source>Month</source>
      <translation>Maand</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/charts.py" line="208" />
      <source>Monthly count</source>
      <translation>Maandelijks aantal</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/processing/analysis/monthly_series.py" line="37" />
      <source>Monthly series</source>
      <translation>Maandreeks</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/charts.py" line="38" />
      <location filename="../gpsu_plugin/processing/analysis/monthly_series.py" line="22" />
      <source>Monthly series with seasonality</source>
      <translation>Maandreeks met seizoensgebondenheid</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/cases_dock.py" line="124" />
      <source>More</source>
      <translation>Meer</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/processing/analysis/near_repeat.py" line="85" />
      <source>More than {n} pairs of facts are closer than the largest distance band: choose smaller bands or filter the facts further.</source>
      <translation>Meer dan {n} paren van feiten liggen dichter bij elkaar dan de grootste afstandsklasse: kies kleinere klassen of filter de feiten verder.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/cases_dock.py" line="186" />
      <source>My services</source>
      <translation>Mijn diensten</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/access_dialog.py" line="106" />
      <location filename="../gpsu_plugin/gui/ppms_editor.py" line="117" />
      <location filename="../gpsu_plugin/gui/schools_dock.py" line="95" />
      <location filename="../gpsu_plugin/reports/ppms.py" line="180" />
      <location filename="../gpsu_plugin/reports/reflex_sheet.py" line="222" />
      <source>Name</source>
      <translation>Naam</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/schools_dock.py" line="177" />
      <source>Name, code, town or address of a school…</source>
      <translation>Naam, code, gemeente of adres van een school…</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/processing/analysis/near_repeat.py" line="174" />
      <source>Near repeat</source>
      <translation>Near repeat</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/processing/analysis/near_repeat.py" line="148" />
      <source>Near repeat (Knox test)</source>
      <translation>Near repeat (Knox-toets)</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/processing/analysis/emerging_hotspots.py" line="143" />
      <location filename="../gpsu_plugin/processing/analysis/hotspots.py" line="130" />
      <source>Neighbourhood distance (metres; 0: 1.5 x cell size)</source>
      <translation>Buurafstand (meter; 0: 1,5 x de celgrootte)</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/duplicate_dialog.py" line="11" />
      <source>New</source>
      <translation>Nieuw</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/access_dialog.py" line="184" />
      <source>New account</source>
      <translation>Nieuw account</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/access_dialog.py" line="475" />
      <source>New account…</source>
      <translation>Nieuw account…</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/alerts_inbox.py" line="34" />
      <source>New case for your service</source>
      <translation>Nieuw dossier voor uw dienst</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/reports/new_facts.py" line="478" />
      <location filename="../gpsu_plugin/reports/new_facts.py" line="488" />
      <location filename="../gpsu_plugin/reports/new_facts.py" line="457" />
      <source>New facts report</source>
      <translation>Rapport nieuwe feiten</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/plugin.py" line="92" />
      <source>New facts report (PDF)…</source>
      <translation>Rapport nieuwe feiten (PDF)…</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/processing/analysis/emerging_hotspots.py" line="48" />
      <source>New hot spot</source>
      <translation>Nieuwe hotspot</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/change_password_dialog.py" line="69" />
      <source>New password</source>
      <translation>Nieuw wachtwoord</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/ppms_editor.py" line="277" />
      <source>New plan for {year}, started from the plan of {previous}: check every section.</source>
      <translation>Nieuw plan voor {year}, overgenomen van het plan {previous}: controleer elk onderdeel.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/case_detail.py" line="805" />
      <source>New status</source>
      <translation>Nieuwe status</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/access_dialog.py" line="166" />
      <location filename="../gpsu_plugin/gui/case_detail.py" line="362" />
      <source>No</source>
      <translation>Nee</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/gps.py" line="21" />
      <source>No GPS is connected to QGIS. Connect it in the GPS Information panel (View &gt; Panels), or place the fact on the map.</source>
      <translation>Er is geen GPS met QGIS verbonden. Verbind hem in het paneel GPS-informatie (Beeld &gt; Panelen), of plaats het feit op de kaart.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/session.py" line="32" />
      <source>No GPS-U connection is configured yet: open GPS-U &gt; Connection.</source>
      <translation>Er is nog geen GPS-U-verbinding ingesteld: open GPS-U &gt; Verbinding.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/alerts_inbox.py" line="243" />
      <source>No alert for your services.</source>
      <translation>Geen meldingen voor uw diensten.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/case_detail.py" line="495" />
      <source>No case has the number {}.</source>
      <translation>Er is geen dossier met nummer {}.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/cases_dock.py" line="290" />
      <source>No case matches these filters.</source>
      <translation>Geen enkel dossier voldoet aan deze filters.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/analysis_filters.py" line="50" />
      <source>No category with the id or code "{}".</source>
      <translation>Er is geen categorie met de id of code "{}".</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/access_dialog.py" line="679" />
      <source>No closed case is older than the retention period: nothing to do.</source>
      <translation>Geen enkel afgesloten dossier is ouder dan de bewaartermijn: er is niets te doen.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/processing/database/upgrade.py" line="55" />
      <location filename="../gpsu_plugin/processing/analysis/base.py" line="79" />
      <source>No connection profile named "{}".</source>
      <translation>Er bestaat geen verbindingsprofiel met de naam "{}".</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/reports/reflex_sheet.py" line="228" />
      <source>No crisis cell in the PPMS yet.</source>
      <translation>Nog geen crisiscel in het PPMS.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/case_detail.py" line="340" />
      <source>No description.</source>
      <translation>Geen beschrijving.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/prevention.py" line="250" />
      <source>No displacement nor diffusion (WDQ 0).</source>
      <translation>Geen verplaatsing en geen verspreiding (WDQ 0).</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/reports/atlas_export.py" line="158" />
      <source>No district is recorded in GPS-U.</source>
      <translation>Er is geen deelgemeente geregistreerd in GPS-U.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/reports/layouts.py" line="916" />
      <source>No district recorded.</source>
      <translation>Geen deelgemeente geregistreerd.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/analysis_filters.py" line="57" />
      <source>No district with the id, code or name "{}".</source>
      <translation>Er is geen deelgemeente met de id, code of naam "{}".</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/reports/layouts.py" line="885" />
      <source>No document recorded.</source>
      <translation>Geen document geregistreerd.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/schools_dock.py" line="404" />
      <source>No document yet: add one, or drop files here.</source>
      <translation>Nog geen document: voeg er een toe of sleep bestanden hierheen.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/reports/layouts.py" line="808" />
      <source>No fact during this period.</source>
      <translation>Geen feit tijdens deze periode.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/charts.py" line="68" />
      <source>No fact matches this selection.</source>
      <translation>Geen enkel feit komt overeen met deze selectie.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/reports/atlas_export.py" line="162" />
      <location filename="../gpsu_plugin/reports/dls.py" line="282" />
      <location filename="../gpsu_plugin/reports/layouts.py" line="910" />
      <source>No fact was observed during this period.</source>
      <translation>Tijdens deze periode werd geen feit vastgesteld.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/reports/layouts.py" line="799" />
      <source>No fact was observed in this district during this period.</source>
      <translation>Tijdens deze periode werd in deze deelgemeente geen feit vastgesteld.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/reports/atlas_export.py" line="156" />
      <source>No hot spot was found during this period.</source>
      <translation>Tijdens deze periode werd geen hotspot gevonden.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/processing/analysis/period_comparison.py" line="229" />
      <source>No incident matches the filters ({}) in period A or period B.</source>
      <translation>Geen feit voldoet aan de filters ({}) in periode A of periode B.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/processing/analysis/base.py" line="138" />
      <source>No incident matches the filters ({}).</source>
      <translation>Geen enkel feit voldoet aan de filters ({}).</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/credentials.py" line="28" />
      <source>No keyring service runs on this computer (as on a server without a desktop session).</source>
      <translation>Op deze computer draait geen wachtwoordkluisdienst (zoals op een server zonder bureaubladsessie).</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/statistics_dock.py" line="358" />
      <source>No map is available to take its extent.</source>
      <translation>Er is geen kaart beschikbaar om het kaartbeeld van over te nemen.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/reports/new_facts.py" line="494" />
      <source>No new fact was recorded during this period.</source>
      <translation>Tijdens deze periode werd geen nieuw feit geregistreerd.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/credentials.py" line="89" />
      <source>No password is stored yet for this connection.</source>
      <translation>Voor deze verbinding is nog geen wachtwoord opgeslagen.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/processing/analysis/emerging_hotspots.py" line="51" />
      <source>No pattern</source>
      <translation>Geen patroon</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/prevention.py" line="110" />
      <location filename="../gpsu_plugin/core/prevention.py" line="173" />
      <source>No prevention action number {}.</source>
      <translation>Geen preventieactie met nummer {}.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/reports/atlas_export.py" line="157" />
      <source>No school is recorded in GPS-U.</source>
      <translation>Er is geen school geregistreerd in GPS-U.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/schools_dock.py" line="307" />
      <source>No school matches "{}".</source>
      <translation>Geen school komt overeen met "{}".</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/prevention.py" line="239" />
      <source>No significant change in the target area relative to the comparison area (RES {:.2f}).</source>
      <translation>Geen significante verandering in het doelgebied ten opzichte van het vergelijkingsgebied (RES {:.2f}).</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/reports/reflex_sheet.py" line="217" />
      <source>No site map: the school has no geometry yet.</source>
      <translation>Geen plattegrond: de school heeft nog geen geometrie.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/layers.py" line="80" />
      <source>Normal</source>
      <translation>Normaal</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/reports/new_facts.py" line="592" />
      <location filename="../gpsu_plugin/reports/new_facts.py" line="538" />
      <location filename="../gpsu_plugin/core/statistics.py" line="492" />
      <location filename="../gpsu_plugin/core/statistics.py" line="553" />
      <source>Not assigned</source>
      <translation>Niet toegewezen</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/case_detail.py" line="325" />
      <source>Not dispatched</source>
      <translation>Niet doorgestuurd</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/prevention.py" line="233" />
      <source>Not enough facts to measure an effect (a zone has none in one of the periods).</source>
      <translation>Niet genoeg feiten om een effect te meten (een gebied heeft er geen in een van de periodes).</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/incident_dock.py" line="507" />
      <source>Not placed yet: use one of the buttons below.</source>
      <translation>Nog niet op de kaart geplaatst: gebruik een van de knoppen hieronder.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/reports/cli.py" line="225" />
      <source>Not recorded: the next report starts at the same place.</source>
      <translation>Niet geregistreerd: het volgende rapport begint op hetzelfde punt.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/processing/analysis/hotspots.py" line="64" />
      <source>Not significant</source>
      <translation>Niet significant</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/ppms_editor.py" line="134" />
      <source>Notes</source>
      <translation>Opmerkingen</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/ppms_editor.py" line="108" />
      <source>Notes (sources: DDRM, DICRIM, prefecture)</source>
      <translation>Opmerkingen (bronnen: DDRM, DICRIM, prefectuur)</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/cli.py" line="83" />
      <source>Nothing to do; schema {}.</source>
      <translation>Niets te doen; schema {}.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/incident_dock.py" line="637" />
      <source>Nothing was saved: your entry is still here.</source>
      <translation>Er is niets opgeslagen: uw invoer staat er nog.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/statistics.py" line="773" />
      <source>November</source>
      <translation>november</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/connection_dialog.py" line="73" />
      <source>Nowhere: ask each time</source>
      <translation>Nergens: telkens vragen</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/schools.py" line="884" />
      <source>Nuclear accident</source>
      <translation>Nucleair ongeval</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/cases_model.py" line="159" />
      <location filename="../gpsu_plugin/gui/duplicate_dialog.py" line="35" />
      <location filename="../gpsu_plugin/core/project.py" line="80" />
      <source>Number</source>
      <translation>Nummer</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/processing/analysis/emerging_hotspots.py" line="138" />
      <source>Number of time slices</source>
      <translation>Aantal tijdvakken</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/cases_dock.py" line="98" />
      <source>Number, description or place</source>
      <translation>Nummer, beschrijving of plaats</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/reports/layouts.py" line="852" />
      <location filename="../gpsu_plugin/core/schools.py" line="96" />
      <source>Nursery school</source>
      <translation>Kleuterschool</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/incident_dock.py" line="130" />
      <source>Observation template</source>
      <translation>Vaststellingsmodel</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/case_detail.py" line="156" />
      <source>Observed</source>
      <translation>Vastgesteld</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/project.py" line="82" />
      <source>Observed at</source>
      <translation>Vastgesteld op</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/statistics.py" line="773" />
      <source>October</source>
      <translation>oktober</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/audit_dock.py" line="46" />
      <source>Old closed cases pseudonymised</source>
      <translation>Oude afgesloten dossiers gepseudonimiseerd</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/ppms_editor.py" line="285" />
      <source>On the map: {routes} evacuation routes, {assembly} assembly points, {access} emergency access points.</source>
      <translation>Op de kaart: {routes} evacuatieroutes, {assembly} verzamelplaatsen, {access} toegangen voor hulpdiensten.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/schools_dock.py" line="203" />
      <source>One-page PDF for responders: site map, crisis cell, pupils and staff.</source>
      <translation>Pdf van één pagina voor de hulpdiensten: plattegrond, crisiscel, leerlingen en personeel.</translation>
    </message>
    <message>
      <source>Only a GPS-U administrator can install or upgrade the database.</source>
      <translation type="obsolete">Alleen een GPS-U-beheerder kan de database installeren of bijwerken.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/access_dialog.py" line="563" />
      <source>Only a GPS-U administrator can manage accounts.</source>
      <translation>Alleen een GPS-U-beheerder kan accounts beheren.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/audit_dock.py" line="258" />
      <source>Only a GPS-U administrator can read the audit log.</source>
      <translation>Alleen een GPS-U-beheerder kan het auditlogboek inzien.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/atlas_dialog.py" line="74" />
      <source>Only add the layouts</source>
      <translation>Alleen de lay-outs toevoegen</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/migrations.py" line="165" />
      <source>Only the owner of the GPS-U schema or a server administrator can install or upgrade the database.</source>
      <translation>Alleen de eigenaar van het GPS-U-schema of een beheerder van de server kan de database installeren of bijwerken.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/alerts_inbox.py" line="309" />
      <location filename="../gpsu_plugin/gui/schools_dock.py" line="236" />
      <source>Open</source>
      <translation>Openen</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/cases_dock.py" line="194" />
      <location filename="../gpsu_plugin/processing/analysis/base.py" line="52" />
      <location filename="../gpsu_plugin/core/layers.py" line="138" />
      <location filename="../gpsu_plugin/core/project.py" line="198" />
      <source>Open cases</source>
      <translation>Open dossiers</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/duplicate_dialog.py" line="30" />
      <source>Open cases of the same kind were logged near this place at about the same time. Is this fact one of them?</source>
      <translation>Er werden open dossiers van dezelfde soort geregistreerd in de buurt van deze plaats, rond hetzelfde tijdstip. Gaat het om een van die dossiers?</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/project.py" line="177" />
      <source>Open its documents (GPS-U)</source>
      <translation>De documenten openen (GPS-U)</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/atlas_dialog.py" line="62" />
      <source>Open the PDF when it is ready</source>
      <translation>De PDF openen zodra hij klaar is</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/schools_dock.py" line="467" />
      <source>Opening "{}"…</source>
      <translation>"{}" wordt geopend…</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/schools_dock.py" line="477" />
      <source>Opening a school document</source>
      <translation>Een schooldocument openen</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/case_detail.py" line="804" />
      <location filename="../gpsu_plugin/gui/case_detail.py" line="724" />
      <source>Optional</source>
      <translation>Optioneel</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/schools.py" line="886" />
      <source>Other</source>
      <translation>Andere</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/statistics.py" line="423" />
      <location filename="../gpsu_plugin/core/statistics.py" line="423" />
      <source>Other categories</source>
      <translation>Andere categorieën</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/reports/layouts.py" line="360" />
      <location filename="../gpsu_plugin/core/layers.py" line="150" />
      <source>Other category</source>
      <translation>Andere categorie</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/reports/layouts.py" line="379" />
      <source>Other districts</source>
      <translation>Andere deelgemeenten</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/reports/layouts.py" line="877" />
      <location filename="../gpsu_plugin/core/schools.py" line="90" />
      <source>Other document</source>
      <translation>Ander document</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/ppms_editor.py" line="118" />
      <location filename="../gpsu_plugin/reports/ppms.py" line="180" />
      <location filename="../gpsu_plugin/reports/reflex_sheet.py" line="223" />
      <source>Other phone</source>
      <translation>Ander telefoonnummer</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/layers.py" line="156" />
      <source>Other priority</source>
      <translation>Andere prioriteit</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/reports/layouts.py" line="855" />
      <location filename="../gpsu_plugin/core/schools.py" line="98" />
      <source>Other school</source>
      <translation>Andere school</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/layers.py" line="161" />
      <source>Other status</source>
      <translation>Andere status</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/reports/new_facts.py" line="515" />
      <location filename="../gpsu_plugin/reports/new_facts.py" line="513" />
      <location filename="../gpsu_plugin/core/statistics.py" line="492" />
      <source>Outside the districts</source>
      <translation>Buiten de deelgemeenten</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/alerts_inbox.py" line="39" />
      <location filename="../gpsu_plugin/reports/dls.py" line="492" />
      <source>Overdue</source>
      <translation>Achterstallig</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/cases_dock.py" line="99" />
      <source>Overdue only</source>
      <translation>Alleen achterstallige</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/reports/dls.py" line="327" />
      <source>Overdue share</source>
      <translation>Aandeel te laat</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/charts.py" line="191" />
      <location filename="../gpsu_plugin/core/statistics.py" line="268" />
      <source>Overdue share (%)</source>
      <translation>Aandeel te laat (%)</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/cases_model.py" line="171" />
      <source>Overdue: the case was due on {}</source>
      <translation>Achterstallig: de uiterste datum van het dossier was {}</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/atlas_dialog.py" line="67" />
      <source>PDF file</source>
      <translation>PDF-bestand</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/reports/cli.py" line="83" />
      <source>PDF file to write (default: atlas-&lt;kind&gt;-&lt;date&gt;.pdf)</source>
      <translation>te schrijven PDF-bestand (standaard: atlas-&lt;kind&gt;-&lt;date&gt;.pdf)</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/reports/cli.py" line="46" />
      <source>PDF file to write (default: dls-&lt;from&gt;-&lt;to&gt;.pdf)</source>
      <translation>te schrijven PDF-bestand (standaard: dls-&lt;van&gt;-&lt;tot&gt;.pdf)</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/reports/cli.py" line="34" />
      <source>PDF file to write (default: new-facts-&lt;date&gt;.pdf)</source>
      <translation>te schrijven PDF-bestand (standaard: new-facts-&lt;date&gt;.pdf)</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/atlas_dialog.py" line="60" />
      <source>PDF files (*.pdf)</source>
      <translation>PDF-bestanden (*.pdf)</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/reports/cli.py" line="27" />
      <source>PDF reports</source>
      <translation>PDF-rapporten</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/statistics_dock.py" line="556" />
      <source>PNG images (*.png)</source>
      <translation>PNG-afbeeldingen (*.png)</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/statistics_dock.py" line="179" />
      <source>PNG…</source>
      <translation>PNG…</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/schools.py" line="85" />
      <source>PPMS (school safety plan)</source>
      <translation>PPMS (veiligheidsplan van de school)</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/schools.py" line="1069" />
      <source>PPMS points</source>
      <translation>Punten van het PPMS</translation>
    </message>
    <message>
      <source>PPMS points (assembly, access, cut-offs)</source>
      <translation type="vanished" />
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/ppms_editor.py" line="356" />
      <source>PPMS saved.</source>
      <translation>PPMS opgeslagen.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/schools_dock.py" line="205" />
      <source>PPMS…</source>
      <translation>PPMS…</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/reports/dls.py" line="254" />
      <location filename="../gpsu_plugin/reports/new_facts.py" line="468" />
      <source>Page {page} / {pages}</source>
      <translation>Pagina {page} / {pages}</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/connection_dialog.py" line="78" />
      <source>Password</source>
      <translation>Wachtwoord</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/audit_dock.py" line="41" />
      <source>Password changed</source>
      <translation>Wachtwoord gewijzigd</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/password_dialog.py" line="14" />
      <source>Password for {}</source>
      <translation>Wachtwoord voor {}</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/audit_dock.py" line="40" />
      <source>Password reset by an administrator</source>
      <translation>Wachtwoord opnieuw ingesteld door een beheerder</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/access_dialog.py" line="107" />
      <source>Password until</source>
      <translation>Wachtwoord tot</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/reports/reflex_sheet.py" line="240" />
      <source>People on site</source>
      <translation>Personen ter plaatse</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/statistics_dock.py" line="128" />
      <location filename="../gpsu_plugin/reports/dls.py" line="392" />
      <location filename="../gpsu_plugin/reports/dls.py" line="350" />
      <location filename="../gpsu_plugin/core/statistics.py" line="287" />
      <source>Period</source>
      <translation>Periode</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/processing/analysis/period_comparison.py" line="168" />
      <source>Period A from (municipality time, included)</source>
      <translation>Periode A van (tijd van de gemeente, inbegrepen)</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/processing/analysis/period_comparison.py" line="169" />
      <source>Period A to (municipality time, excluded)</source>
      <translation>Periode A tot (tijd van de gemeente, niet inbegrepen)</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/processing/analysis/period_comparison.py" line="198" />
      <source>Period A: the end of the period must come after its start.</source>
      <translation>Periode A: het einde van de periode moet na het begin komen.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/processing/analysis/period_comparison.py" line="170" />
      <source>Period B from (municipality time, included)</source>
      <translation>Periode B van (tijd van de gemeente, inbegrepen)</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/processing/analysis/period_comparison.py" line="171" />
      <source>Period B to (municipality time, excluded)</source>
      <translation>Periode B tot (tijd van de gemeente, niet inbegrepen)</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/processing/analysis/period_comparison.py" line="200" />
      <source>Period B: the end of the period must come after its start.</source>
      <translation>Periode B: het einde van de periode moet na het begin komen.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/processing/analysis/period_comparison.py" line="150" />
      <location filename="../gpsu_plugin/processing/analysis/period_comparison.py" line="174" />
      <source>Period comparison</source>
      <translation>Vergelijking van perioden</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/processing/analysis/base.py" line="48" />
      <source>Period from (municipality time, included)</source>
      <translation>Periode van (tijd van de gemeente, inbegrepen)</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/statistics.py" line="213" />
      <source>Period start</source>
      <translation>Begin van de periode</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/processing/analysis/base.py" line="50" />
      <source>Period to (municipality time, excluded)</source>
      <translation>Periode tot (tijd van de gemeente, niet inbegrepen)</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/reports/dls.py" line="278" />
      <source>Period: {}</source>
      <translation>Periode: {}</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/processing/analysis/period_comparison.py" line="202" />
      <source>Periods A and B overlap: the comparison needs separate periods.</source>
      <translation>Periode A en B overlappen: de vergelijking vraagt gescheiden perioden.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/processing/analysis/emerging_hotspots.py" line="49" />
      <source>Persistent hot spot</source>
      <translation>Aanhoudende hotspot</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/statistics_dock.py" line="161" />
      <source>Phenomenon A: categories</source>
      <translation>Fenomeen A: categorieën</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/statistics_dock.py" line="163" />
      <source>Phenomenon B: categories</source>
      <translation>Fenomeen B: categorieën</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/ppms_editor.py" line="99" />
      <location filename="../gpsu_plugin/gui/ppms_editor.py" line="117" />
      <location filename="../gpsu_plugin/reports/ppms.py" line="180" />
      <location filename="../gpsu_plugin/reports/ppms.py" line="161" />
      <location filename="../gpsu_plugin/reports/reflex_sheet.py" line="222" />
      <source>Phone</source>
      <translation>Telefoon</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/schools.py" line="893" />
      <source>Phone not dependent on mains power</source>
      <translation>Telefoon onafhankelijk van het stroomnet</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/reports/layouts.py" line="876" />
      <location filename="../gpsu_plugin/core/schools.py" line="88" />
      <source>Photo</source>
      <translation>Foto</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/project.py" line="28" />
      <location filename="../gpsu_plugin/core/project.py" line="134" />
      <source>Photos and documents</source>
      <translation>Foto's en documenten</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/incident_dock.py" line="546" />
      <source>Photos and documents (*.jpg *.jpeg *.png *.webp *.pdf *.txt);;All files (*)</source>
      <translation>Foto's en documenten (*.jpg *.jpeg *.png *.webp *.pdf *.txt);;Alle bestanden (*)</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/processing/analysis/heatmap.py" line="89" />
      <source>Pixel size (metres)</source>
      <translation>Pixelgrootte (meter)</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/case_detail.py" line="553" />
      <location filename="../gpsu_plugin/gui/case_detail.py" line="157" />
      <location filename="../gpsu_plugin/reports/new_facts.py" line="591" />
      <location filename="../gpsu_plugin/core/project.py" line="82" />
      <source>Place</source>
      <translation>Plaats</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/incident_dock.py" line="216" />
      <source>Place / address</source>
      <translation>Plaats / adres</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/incident_dock.py" line="195" />
      <source>Place on the map</source>
      <translation>Op de kaart plaatsen</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/incidents.py" line="164" />
      <source>Place the fact on the map.</source>
      <translation>Plaats het feit op de kaart.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/reports/ppms.py" line="189" />
      <source>Point</source>
      <translation>Punt</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/access.py" line="38" />
      <source>Police liaison</source>
      <translation>Contactpersoon politie</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/connection_dialog.py" line="59" />
      <source>Port</source>
      <translation>Poort</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/migrations.py" line="252" />
      <source>PostGIS is not installed in this database and you may not install it. An administrator of the server must run: CREATE EXTENSION postgis;</source>
      <translation>PostGIS is niet geïnstalleerd in deze database en u mag het niet installeren. Een beheerder van de server moet uitvoeren: CREATE EXTENSION postgis;</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/database.py" line="91" />
      <source>PostGIS is not installed in this database. An administrator of the server must run: CREATE EXTENSION postgis;</source>
      <translation>PostGIS is niet geïnstalleerd in deze database. Een beheerder van de server moet uitvoeren: CREATE EXTENSION postgis;</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/reports/layouts.py" line="93" />
      <source>Poster of the territory (A3)</source>
      <translation>Affiche van het grondgebied (A3)</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/connection_dialog.py" line="46" />
      <source>PostgreSQL service (pg_service.conf)</source>
      <translation>PostgreSQL-service (pg_service.conf)</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/processing/analysis/prevention_action.py" line="124" />
      <source>Prevention action number {} recorded.</source>
      <translation>Preventieactie nummer {} geregistreerd.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/processing/analysis/prevention_action.py" line="44" />
      <location filename="../gpsu_plugin/core/project.py" line="29" />
      <source>Prevention actions</source>
      <translation>Preventieacties</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/reports/dls.py" line="392" />
      <location filename="../gpsu_plugin/reports/dls.py" line="351" />
      <location filename="../gpsu_plugin/core/statistics.py" line="287" />
      <source>Previous period</source>
      <translation>Vorige periode</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/reports/layouts.py" line="852" />
      <location filename="../gpsu_plugin/core/schools.py" line="96" />
      <source>Primary school</source>
      <translation>Lagere school</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/project.py" line="28" />
      <source>Priorities</source>
      <translation>Prioriteiten</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/case_detail.py" line="552" />
      <location filename="../gpsu_plugin/gui/case_detail.py" line="155" />
      <location filename="../gpsu_plugin/gui/cases_model.py" line="159" />
      <location filename="../gpsu_plugin/gui/incident_dock.py" line="240" />
      <location filename="../gpsu_plugin/core/project.py" line="81" />
      <source>Priority</source>
      <translation>Prioriteit</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/cases_dock.py" line="73" />
      <source>Priority of the case</source>
      <translation>Prioriteit van het dossier</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/ppms_editor.py" line="150" />
      <source>Produce the PDF</source>
      <translation>De pdf maken</translation>
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
      <location filename="../gpsu_plugin/gui/incident_dock.py" line="228" />
      <source>Proposed from the category; the municipality's dispatch rules apply unless you choose another priority.</source>
      <translation>Voorgesteld op basis van de categorie; de doorstuurregels van de gemeente gelden, tenzij u een andere prioriteit kiest.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/access_dialog.py" line="677" />
      <source>Pseudonymise old closed cases</source>
      <translation>Oude afgesloten dossiers pseudonimiseren</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/access_dialog.py" line="494" />
      <source>Pseudonymise old closed cases…</source>
      <translation>Oude afgesloten dossiers pseudonimiseren…</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/schools.py" line="892" />
      <source>Pupil lists and attendance sheets</source>
      <translation>Leerlingenlijsten en aanwezigheidslijsten</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/schools_dock.py" line="96" />
      <location filename="../gpsu_plugin/reports/ppms.py" line="163" />
      <source>Pupils</source>
      <translation>Leerlingen</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/reports/layouts.py" line="867" />
      <source>Pupils: {pupils} – staff: {staff}</source>
      <translation>Leerlingen: {pupils} – personeel: {staff}</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/plugin.py" line="278" />
      <source>QGIS projects (*.qgz)</source>
      <translation>QGIS-projecten (*.qgz)</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/reports/reflex_sheet.py" line="271" />
      <source>REFLEX SHEET · SCHOOL SAFETY</source>
      <translation>REFLEXFICHE · VEILIGHEID VAN DE SCHOOL</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/processing/analysis/heatmap.py" line="87" />
      <source>Radius (metres)</source>
      <translation>Straal (meter)</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/processing/analysis/near_repeat.py" line="172" />
      <source>Random seed</source>
      <translation>Toevalszaad</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/access.py" line="37" />
      <source>Reads personal details</source>
      <translation>Leest persoonsgegevens</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/case_detail.py" line="753" />
      <source>Reason</source>
      <translation>Reden</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/case_detail.py" line="42" />
      <source>Reassigned</source>
      <translation>Opnieuw toegewezen</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/case_detail.py" line="188" />
      <source>Reassign…</source>
      <translation>Opnieuw toewijzen…</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/processing/analysis/prevention_action.py" line="77" />
      <source>Record a prevention action</source>
      <translation>Een preventieactie registreren</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/plugin.py" line="98" />
      <source>Record a prevention action…</source>
      <translation>Een preventieactie registreren…</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/case_detail.py" line="190" />
      <source>Record a step…</source>
      <translation>Stap registreren…</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/case_detail.py" line="157" />
      <location filename="../gpsu_plugin/gui/cases_model.py" line="160" />
      <source>Recorded</source>
      <translation>Geregistreerd</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/project.py" line="82" />
      <source>Recorded at</source>
      <translation>Geregistreerd op</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/cases_dock.py" line="86" />
      <source>Recorded from</source>
      <translation>Geregistreerd van</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/cli.py" line="109" />
      <location filename="../gpsu_plugin/processing/database/upgrade.py" line="67" />
      <source>Reference services and categories loaded.</source>
      <translation>Referentiediensten en -categorieën geladen.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/schools_dock.py" line="202" />
      <location filename="../gpsu_plugin/gui/schools_dock.py" line="657" />
      <location filename="../gpsu_plugin/reports/reflex_sheet.py" line="282" />
      <source>Reflex sheet</source>
      <translation>Reflexfiche</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/schools_dock.py" line="654" />
      <source>Reflex sheet saved to {}.</source>
      <translation>Reflexfiche opgeslagen in {}.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/schools_dock.py" line="645" />
      <source>Reflex sheet {}</source>
      <translation>Reflexfiche {}</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/reports/reflex_sheet.py" line="262" />
      <source>Reflex sheet · confidential: for the emergency services · issued on {}</source>
      <translation>Reflexfiche · vertrouwelijk: voor de hulpdiensten · opgemaakt op {}</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/statistics_dock.py" line="177" />
      <source>Refresh</source>
      <translation>Vernieuwen</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/alerts_inbox.py" line="177" />
      <source>Refresh the alerts</source>
      <translation>Meldingen vernieuwen</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/access_dialog.py" line="480" />
      <location filename="../gpsu_plugin/gui/audit_dock.py" line="161" />
      <location filename="../gpsu_plugin/gui/cases_dock.py" line="102" />
      <source>Refresh the list</source>
      <translation>Lijst vernieuwen</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/duplicate_dialog.py" line="12" />
      <source>Rejected</source>
      <translation>Afgewezen</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/incident_dock.py" line="277" />
      <source>Remove</source>
      <translation>Verwijderen</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/access_dialog.py" line="495" />
      <source>Remove the personal details of the cases closed longer ago than the retention period; statistics are kept.</source>
      <translation>De persoonsgegevens verwijderen van dossiers die langer dan de bewaartermijn geleden zijn afgesloten; de statistieken blijven behouden.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/ppms_editor.py" line="201" />
      <source>Remove the row</source>
      <translation>De rij verwijderen</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/change_password_dialog.py" line="70" />
      <source>Repeat it</source>
      <translation>Herhaal het</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/case_detail.py" line="770" />
      <source>Request</source>
      <translation>Verzoek</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/case_detail.py" line="751" />
      <location filename="../gpsu_plugin/gui/case_detail.py" line="724" />
      <location filename="../gpsu_plugin/gui/template_form.py" line="42" />
      <source>Required</source>
      <translation>Verplicht</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/access_dialog.py" line="478" />
      <source>Reset password…</source>
      <translation>Wachtwoord opnieuw instellen…</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/access_dialog.py" line="658" />
      <source>Reset the password</source>
      <translation>Wachtwoord opnieuw instellen</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/duplicate_dialog.py" line="12" />
      <source>Resolved</source>
      <translation>Opgelost</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/access.py" line="40" />
      <source>Responder (police, fire, prefecture)</source>
      <translation>Hulpdienst (politie, brandweer, gouverneur)</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/reports/layouts.py" line="884" />
      <source>Review</source>
      <translation>Herziening</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/schools_dock.py" line="62" />
      <location filename="../gpsu_plugin/gui/schools_dock.py" line="220" />
      <source>Review by</source>
      <translation>Herzien tegen</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/schools_dock.py" line="402" />
      <source>Review overdue since {}</source>
      <translation>Herziening te laat sinds {}</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/schools.py" line="871" />
      <source>Risks the site is exposed to</source>
      <translation>Risico’s waaraan de site is blootgesteld</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/ppms_editor.py" line="117" />
      <location filename="../gpsu_plugin/reports/ppms.py" line="180" />
      <location filename="../gpsu_plugin/reports/reflex_sheet.py" line="222" />
      <source>Role</source>
      <translation>Functie</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/access_dialog.py" line="220" />
      <location filename="../gpsu_plugin/gui/access_dialog.py" line="106" />
      <source>Roles</source>
      <translation>Rollen</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/audit_dock.py" line="37" />
      <source>Roles changed</source>
      <translation>Rollen gewijzigd</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/schools.py" line="328" />
      <source>Row {row} ({code}): {reason}</source>
      <translation>Rij {row} ({code}): {reason}</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/connection_dialog.py" line="63" />
      <source>SSL mode</source>
      <translation>SSL-modus</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/reports/layouts.py" line="873" />
      <source>Safety documents (titles only, no content)</source>
      <translation>Veiligheidsdocumenten (alleen titels, geen inhoud)</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/reports/layouts.py" line="870" />
      <source>Safety documents: {documents}</source>
      <translation>Veiligheidsdocumenten: {documents}</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/schools.py" line="876" />
      <source>Safety equipment</source>
      <translation>Veiligheidsmateriaal</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/reports/layouts.py" line="875" />
      <source>Safety plan (PPMS)</source>
      <translation>Veiligheidsplan (PPMS)</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/processing/analysis/time_profile.py" line="42" />
      <source>Saturday</source>
      <translation>Zaterdag</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/access_dialog.py" line="282" />
      <location filename="../gpsu_plugin/gui/incident_dock.py" line="150" />
      <location filename="../gpsu_plugin/gui/ppms_editor.py" line="148" />
      <source>Save</source>
      <translation>Opslaan</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/duplicate_dialog.py" line="54" />
      <source>Save as a new fact</source>
      <translation>Als nieuw feit opslaan</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/audit_dock.py" line="189" />
      <source>Save every entry matching the filters as a CSV file</source>
      <translation>Alle items die aan de filters voldoen als CSV-bestand opslaan</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/statistics_dock.py" line="555" />
      <source>Save the chart</source>
      <translation>De grafiek opslaan</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/statistics_dock.py" line="180" />
      <source>Save the chart as a PNG image</source>
      <translation>De grafiek opslaan als PNG-afbeelding</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/statistics_dock.py" line="183" />
      <source>Save the chart's numbers as a CSV file</source>
      <translation>De cijfers van de grafiek opslaan als CSV-bestand</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/statistics_dock.py" line="571" />
      <source>Save the numbers</source>
      <translation>De cijfers opslaan</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/incident_dock.py" line="665" />
      <source>Saved as fact {number}, dispatched to {service}.</source>
      <translation>Opgeslagen als feit {number}, doorgestuurd naar {service}.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/incident_dock.py" line="662" />
      <source>Saved as fact {number}, linked to case {original}.</source>
      <translation>Opgeslagen als feit {number}, gekoppeld aan dossier {original}.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/incident_dock.py" line="667" />
      <source>Saved as fact {number}; no service is assigned yet.</source>
      <translation>Opgeslagen als feit {number}; er is nog geen dienst toegewezen.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/schools_dock.py" line="499" />
      <source>Saved to {} (checksum verified).</source>
      <translation>Opgeslagen in {} (controlesom nagekeken).</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/ppms_editor.py" line="137" />
      <location filename="../gpsu_plugin/reports/ppms.py" line="203" />
      <source>Scenario</source>
      <translation>Scenario</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/processing/database/upgrade.py" line="49" />
      <source>Schema version</source>
      <translation>Schemaversie</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/reports/ppms.py" line="160" />
      <source>School</source>
      <translation>School</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/schools.py" line="1080" />
      <source>School buildings</source>
      <translation>Schoolgebouwen</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/reports/layouts.py" line="299" />
      <source>School documents</source>
      <translation>Documenten van de scholen</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/access.py" line="39" />
      <source>School editor</source>
      <translation>Schoolredacteur</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/ppms_editor.py" line="66" />
      <location filename="../gpsu_plugin/gui/ppms_editor.py" line="227" />
      <location filename="../gpsu_plugin/reports/ppms.py" line="148" />
      <source>School safety plan (PPMS)</source>
      <translation>Veiligheidsplan van de school (PPMS)</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/reports/reflex_sheet.py" line="319" />
      <source>School site</source>
      <translation>Schoolterrein</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/reports/layouts.py" line="297" />
      <location filename="../gpsu_plugin/core/schools.py" line="1083" />
      <source>School sites</source>
      <translation>Schoolterreinen</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/ppms_editor.py" line="83" />
      <source>School year</source>
      <translation>Schooljaar</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/reports/ppms.py" line="149" />
      <source>School year {}</source>
      <translation>Schooljaar {}</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/reports/reflex_sheet.py" line="238" />
      <source>School: {}</source>
      <translation>School: {}</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/plugin.py" line="84" />
      <location filename="../gpsu_plugin/gui/access_dialog.py" line="251" />
      <location filename="../gpsu_plugin/gui/access_dialog.py" line="106" />
      <location filename="../gpsu_plugin/gui/schools_dock.py" line="155" />
      <location filename="../gpsu_plugin/reports/layouts.py" line="298" />
      <location filename="../gpsu_plugin/core/project.py" line="203" />
      <location filename="../gpsu_plugin/core/schools.py" line="1066" />
      <source>Schools</source>
      <translation>Scholen</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/schools_dock.py" line="92" />
      <source>Schools (*.csv *.txt *.gpkg *.shp *.geojson)</source>
      <translation>Scholen (*.csv *.txt *.gpkg *.shp *.geojson)</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/school_locator.py" line="124" />
      <source>Schools (GPS-U)</source>
      <translation>Scholen (GPS-U)</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/reports/layouts.py" line="295" />
      <source>Schools (atlas)</source>
      <translation>Scholen (atlas)</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/access_dialog.py" line="255" />
      <source>Search a school</source>
      <translation>Een school zoeken</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/schools_dock.py" line="194" />
      <source>Search for a school, or find it with the QGIS search bar (Ctrl+K).</source>
      <translation>Zoek een school, of vind ze met de zoekbalk van QGIS (Ctrl+K).</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/charts.py" line="230" />
      <location filename="../gpsu_plugin/core/statistics.py" line="309" />
      <source>Seasonal index</source>
      <translation>Seizoensindex</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/processing/analysis/monthly_series.py" line="76" />
      <source>Seasonal index: highest in {high} ({high_value:.2f}), lowest in {low} ({low_value:.2f}).</source>
      <translation>Seizoensindex: het hoogst in {high} ({high_value:.2f}), het laagst in {low} ({low_value:.2f}).</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/charts.py" line="212" />
      <location filename="../gpsu_plugin/core/statistics.py" line="309" />
      <source>Seasonally adjusted</source>
      <translation>Seizoensgecorrigeerd</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/reports/layouts.py" line="853" />
      <location filename="../gpsu_plugin/core/schools.py" line="96" />
      <source>Secondary school</source>
      <translation>Secundaire school</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/case_detail.py" line="125" />
      <source>Select a case in the list to see its detail.</source>
      <translation>Selecteer een dossier in de lijst om de details te bekijken.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/statistics.py" line="773" />
      <source>September</source>
      <translation>september</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/connection_dialog.py" line="44" />
      <source>Server</source>
      <translation>Server</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/alerts_inbox.py" line="188" />
      <location filename="../gpsu_plugin/gui/case_detail.py" line="553" />
      <location filename="../gpsu_plugin/gui/case_detail.py" line="752" />
      <location filename="../gpsu_plugin/gui/case_detail.py" line="769" />
      <location filename="../gpsu_plugin/gui/case_detail.py" line="155" />
      <location filename="../gpsu_plugin/gui/case_detail.py" line="230" />
      <location filename="../gpsu_plugin/gui/cases_model.py" line="159" />
      <location filename="../gpsu_plugin/reports/dls.py" line="490" />
      <location filename="../gpsu_plugin/core/project.py" line="80" />
      <location filename="../gpsu_plugin/core/statistics.py" line="267" />
      <source>Service</source>
      <translation>Dienst</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/access.py" line="35" />
      <source>Service handler</source>
      <translation>Dossierbehandelaar van een dienst</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/cases_dock.py" line="69" />
      <source>Service in charge of the case, or sharing it</source>
      <translation>Dienst die het dossier behandelt of waarmee het gedeeld is</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/connection_dialog.py" line="56" />
      <source>Service name</source>
      <translation>Servicenaam</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/audit_dock.py" line="38" />
      <source>Service or school assigned</source>
      <translation>Dienst of school toegewezen</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/audit_dock.py" line="39" />
      <source>Service or school withdrawn</source>
      <translation>Dienst of school ingetrokken</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/access_dialog.py" line="232" />
      <location filename="../gpsu_plugin/gui/access_dialog.py" line="106" />
      <location filename="../gpsu_plugin/core/project.py" line="27" />
      <source>Services</source>
      <translation>Diensten</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/reports/layouts.py" line="806" />
      <source>Share</source>
      <translation>Aandeel</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/case_detail.py" line="189" />
      <source>Share with a service…</source>
      <translation>Delen met een dienst…</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/case_detail.py" line="586" />
      <source>Shared with</source>
      <translation>Gedeeld met</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/case_detail.py" line="45" />
      <source>Shared with a service</source>
      <translation>Gedeeld met een dienst</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/audit_dock.py" line="42" />
      <source>Sign-in refused</source>
      <translation>Aanmelding geweigerd</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/reports/dls.py" line="328" />
      <source>Significant hot spots (Gi*, 90 % or more)</source>
      <translation>Significante hotspots (Gi*, 90 % of meer)</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/reports/ppms.py" line="220" />
      <source>Site map (QGIS)</source>
      <translation>Plattegrond (QGIS)</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/schools.py" line="892" />
      <source>Site plans and cut-off keys</source>
      <translation>Plannen van de site en sleutels van de afsluiters</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/prevention.py" line="248" />
      <source>Some displacement to the buffer, smaller than the gain (WDQ {:.2f}).</source>
      <translation>Enige verplaatsing naar de buffer, kleiner dan de winst (WDQ {:.2f}).</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/cases.py" line="272" />
      <source>Someone</source>
      <translation>Iemand</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/dberrors.py" line="18" />
      <source>Someone else changed this case in the meantime.</source>
      <translation>Iemand anders heeft dit dossier intussen gewijzigd.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/schools.py" line="129" />
      <location filename="../gpsu_plugin/core/schools.py" line="1020" />
      <source>Someone else saved this PPMS in the meantime: reload it and apply your changes again.</source>
      <translation>Iemand anders heeft dit PPMS intussen opgeslagen: laad het opnieuw en breng uw wijzigingen opnieuw aan.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/reports/layouts.py" line="750" />
      <source>Source: GPS-U, {municipality} – issued on {date}</source>
      <translation>Bron: GPS-U, {municipality} – uitgegeven op {date}</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/reports/layouts.py" line="855" />
      <location filename="../gpsu_plugin/core/schools.py" line="98" />
      <source>Special education</source>
      <translation>Buitengewoon onderwijs</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/processing/analysis/emerging_hotspots.py" line="50" />
      <source>Sporadic hot spot</source>
      <translation>Sporadische hotspot</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/processing/analysis/hotspots.py" line="133" />
      <source>Squares</source>
      <translation>Vierkanten</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/schools_dock.py" line="96" />
      <location filename="../gpsu_plugin/reports/ppms.py" line="163" />
      <source>Staff</source>
      <translation>Personeel</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/access_dialog.py" line="106" />
      <source>State</source>
      <translation>Status</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/plugin.py" line="86" />
      <source>Statistics</source>
      <translation>Statistieken</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/reports/dls.py" line="277" />
      <source>Statistics of the facts recorded in GPS-U</source>
      <translation>Statistieken van de in GPS-U geregistreerde feiten</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/case_detail.py" line="552" />
      <location filename="../gpsu_plugin/gui/case_detail.py" line="230" />
      <location filename="../gpsu_plugin/gui/cases_model.py" line="159" />
      <location filename="../gpsu_plugin/gui/duplicate_dialog.py" line="35" />
      <location filename="../gpsu_plugin/processing/analysis/base.py" line="52" />
      <location filename="../gpsu_plugin/reports/new_facts.py" line="593" />
      <location filename="../gpsu_plugin/core/project.py" line="81" />
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/alerts_inbox.py" line="36" />
      <location filename="../gpsu_plugin/gui/case_detail.py" line="41" />
      <source>Status changed</source>
      <translation>Status gewijzigd</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/cases_dock.py" line="71" />
      <source>Status of the case</source>
      <translation>Status van het dossier</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/project.py" line="27" />
      <source>Statuses</source>
      <translation>Statussen</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/case_detail.py" line="788" />
      <source>Step</source>
      <translation>Stap</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/case_detail.py" line="44" />
      <source>Step taken</source>
      <translation>Stap gezet</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/reports/layouts.py" line="805" />
      <location filename="../gpsu_plugin/reports/layouts.py" line="915" />
      <source>Still open</source>
      <translation>Nog open</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/schools.py" line="882" />
      <source>Storm</source>
      <translation>Storm</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/incident_dock.py" line="213" />
      <source>Street, number, landmark…</source>
      <translation>Straat, huisnummer, herkenningspunt…</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/incident_dock.py" line="239" />
      <source>Sub-category</source>
      <translation>Subcategorie</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/processing/analysis/time_profile.py" line="43" />
      <source>Sunday</source>
      <translation>Zondag</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/audit_dock.py" line="84" />
      <location filename="../gpsu_plugin/core/access.py" line="313" />
      <source>Target</source>
      <translation>Doel</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/processing/analysis/prevention_action.py" line="233" />
      <source>Target area</source>
      <translation>Doelgebied</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/processing/analysis/prevention_action.py" line="94" />
      <source>Target categories (ids or codes, comma separated; empty: all)</source>
      <translation>Beoogde categorieën (id's of codes, gescheiden door komma's; leeg: alle)</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/audit_dock.py" line="158" />
      <source>Target or details contain…</source>
      <translation>Doel of details bevatten…</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/case_detail.py" line="799" />
      <source>Task of {service} on case {number}.</source>
      <translation>Taak van {service} in dossier {number}.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/case_detail.py" line="582" />
      <source>Task of {}</source>
      <translation>Taak van {}</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/case_detail.py" line="46" />
      <source>Task status changed</source>
      <translation>Status van de taak gewijzigd</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/case_detail.py" line="240" />
      <source>Tasks</source>
      <translation>Taken</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/case_detail.py" line="439" />
      <source>Tasks ({})</source>
      <translation>Taken ({})</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/access_dialog.py" line="380" />
      <source>Temporary password</source>
      <translation>Tijdelijk wachtwoord</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/layers.py" line="168" />
      <source>Territory</source>
      <translation>Grondgebied</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/reports/layouts.py" line="300" />
      <source>Territory (atlas)</source>
      <translation>Grondgebied (atlas)</translation>
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
      <location filename="../gpsu_plugin/processing/analysis/near_repeat.py" line="151" />
      <source>Tests whether the filtered incidents close in space are also close in time, like the Near Repeat Calculator. Burglary is the usual choice of category (leave it empty for all incidents). Every pair of facts is counted in the cell of its distance band (metres) and its time band (days): band "0–100 m" holds the pairs from 0 to 100 m, "100–200 m" those above 100 and up to 200 m. The time of a fact is its observation time, or the middle of its window. The expected counts come from Monte Carlo simulations that shuffle the times among the facts (the places stay); the Knox ratio is observed / expected and the pseudo p-value is (simulations with at least the observed count + 1) / (simulations + 1). A cell is significant when p &lt;= 0.05: more pairs than chance, a near repeat pattern. At most 20,000 facts.</source>
      <translation>Toetst of gefilterde feiten die dicht bij elkaar liggen in de ruimte ook dicht bij elkaar liggen in de tijd, zoals de Near Repeat Calculator. Inbraak is de gebruikelijke categorie (laat leeg voor alle feiten). Elk paar feiten wordt geteld in de cel van zijn afstandsklasse (meter) en zijn tijdsklasse (dagen): klasse ‘0–100 m’ bevat de paren van 0 tot 100 m, ‘100–200 m’ die boven 100 en tot 200 m. Het tijdstip van een feit is zijn waarnemingstijd, of het midden van zijn tijdvenster. De verwachte aantallen komen uit Monte-Carlosimulaties die de tijdstippen tussen de feiten verwisselen (de plaatsen blijven); de Knox-ratio is waargenomen / verwacht en de pseudo-p-waarde is (simulaties met minstens het waargenomen aantal + 1) / (simulaties + 1). Een cel is significant als p &lt;= 0,05: meer paren dan toeval, een near-repeatpatroon. Hoogstens 20.000 feiten.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/gps.py" line="28" />
      <source>The GPS has no position yet (no satellite fix). Wait in the open a moment, or place the fact on the map.</source>
      <translation>De GPS heeft nog geen positie (geen satellietontvangst). Wacht even in open lucht, of plaats het feit op de kaart.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/atlas_dialog.py" line="164" />
      <source>The GPS-U layouts are in the project ({period}): open them in the Layout Manager.</source>
      <translation>De GPS-U-lay-outs staan in het project ({period}): open ze in de lay-outbeheerder.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/migrations.py" line="87" />
      <source>The GPS-U schema is not installed in this database. An administrator can install it with "Install / upgrade database".</source>
      <translation>Het GPS-U-schema is niet geïnstalleerd in deze database. Een beheerder kan het installeren met "Database installeren / bijwerken".</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/reports/atlas_export.py" line="152" />
      <location filename="../gpsu_plugin/reports/atlas_export.py" line="220" />
      <location filename="../gpsu_plugin/reports/new_facts.py" line="313" />
      <location filename="../gpsu_plugin/reports/ppms.py" line="52" />
      <location filename="../gpsu_plugin/reports/reflex_sheet.py" line="172" />
      <source>The PDF could not be written to {}.</source>
      <translation>De PDF kon niet worden geschreven naar {}.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/ppms_editor.py" line="375" />
      <source>The PPMS PDF is stored as version {} of "{}".</source>
      <translation>De pdf van het PPMS is opgeslagen als versie {} van "{}".</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/reports/ppms.py" line="233" />
      <source>The PPMS cannot be produced yet; these mandatory sections are missing:
{}</source>
      <translation>Het PPMS kan nog niet worden gemaakt; deze verplichte onderdelen ontbreken:
{}</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/database.py" line="56" />
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
      <location filename="../gpsu_plugin/gui/access_dialog.py" line="109" />
      <source>The account ends on this day (set by the administrator)</source>
      <translation>Het account eindigt op deze dag (ingesteld door de beheerder)</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/access_dialog.py" line="385" />
      <source>The account of {} is created. Its initial password is:</source>
      <translation>Het account van {} is aangemaakt. Het initiële wachtwoord is:</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/access_dialog.py" line="652" />
      <source>The account {} is disabled.</source>
      <translation>Het account {} is uitgeschakeld.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/access_dialog.py" line="651" />
      <source>The account {} is enabled.</source>
      <translation>Het account {} is ingeschakeld.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/access_dialog.py" line="619" />
      <source>The account {} was created.</source>
      <translation>Het account {} is aangemaakt.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/access_dialog.py" line="631" />
      <source>The account {} was saved.</source>
      <translation>Het account {} is opgeslagen.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/prevention.py" line="83" />
      <source>The action's period is not valid: its end comes before its start.</source>
      <translation>De periode van de actie is ongeldig: het einde ligt voor het begin.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/processing/analysis/prevention_action.py" line="114" />
      <source>The area of the action</source>
      <translation>Het gebied van de actie</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/reports/atlas_export.py" line="202" />
      <source>The atlas has no page.</source>
      <translation>De atlas heeft geen pagina.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/reports/cli.py" line="165" />
      <source>The atlas needs QGIS: start the command with gpsu_plugin.cli.</source>
      <translation>De atlas vereist QGIS: start de opdracht met gpsu_plugin.cli.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/reports/atlas_export.py" line="199" />
      <source>The atlas of the layout "{}" has no coverage layer.</source>
      <translation>De atlas van de lay-out "{}" heeft geen dekkingslaag.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/prevention.py" line="85" />
      <source>The buffer must be between 0 and 5,000 metres.</source>
      <translation>De buffer moet tussen 0 en 5.000 meter liggen.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/reports/dls.py" line="475" />
      <source>The busiest hour is {day} {hour}:00-{next}:00; the busiest day is {busiest_day}.</source>
      <translation>Het drukste uur is {day} {hour}:00-{next}:00; de drukste dag is {busiest_day}.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/case_detail.py" line="782" />
      <source>The case</source>
      <translation>Het dossier</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/dberrors.py" line="25" />
      <source>The case still has open tasks: each service must finish its task first.</source>
      <translation>Het dossier heeft nog openstaande taken: elke dienst moet eerst zijn taak afronden.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/statistics_dock.py" line="117" />
      <source>The chart to show</source>
      <translation>De te tonen grafiek</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/schools.py" line="619" />
      <source>The code "{}" is not valid (at most 20 characters, no spaces).</source>
      <translation>De code "{}" is ongeldig (hoogstens 20 tekens, geen spaties).</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/schools.py" line="617" />
      <source>The code is missing.</source>
      <translation>De code ontbreekt.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/schools.py" line="621" />
      <source>The code {code} already appears on row {row} of the file.</source>
      <translation>De code {code} staat al op rij {row} van het bestand.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/processing/analysis/prevention_action.py" line="220" />
      <source>The comparison area</source>
      <translation>Het vergelijkingsgebied</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/incident_dock.py" line="46" />
      <location filename="../gpsu_plugin/core/dberrors.py" line="38" />
      <source>The connection to the database was lost: nothing was saved. Your entry is kept; save it again when the connection is back.</source>
      <translation>De verbinding met de database is verbroken: er is niets opgeslagen. Uw invoer blijft bewaard; sla ze opnieuw op zodra de verbinding hersteld is.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/session.py" line="43" />
      <source>The connection was cancelled: no password was given.</source>
      <translation>De verbinding is geannuleerd: er is geen wachtwoord opgegeven.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/migrations.py" line="133" />
      <source>The coordinate reference system must be an EPSG code such as 31370.</source>
      <translation>Het coördinatenreferentiesysteem moet een EPSG-code zijn, zoals 31370.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/schools.py" line="511" />
      <source>The coordinates are missing.</source>
      <translation>De coördinaten ontbreken.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/schools.py" line="515" />
      <source>The coordinates are not numbers: "{x}", "{y}"</source>
      <translation>De coördinaten zijn geen getallen: "{x}", "{y}"</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/schools.py" line="527" />
      <source>The coordinates cannot be converted to the database's CRS.</source>
      <translation>De coördinaten kunnen niet naar het CRS van de databank worden omgezet.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/access_dialog.py" line="110" />
      <source>The current password stops working after this day</source>
      <translation>Het huidige wachtwoord werkt na deze dag niet meer</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/migrations.py" line="227" />
      <source>The database already uses EPSG:{}; its CRS cannot be changed by an upgrade.</source>
      <translation>De database gebruikt al EPSG:{}; het CRS ervan kan niet worden gewijzigd door de database bij te werken.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/database.py" line="53" />
      <source>The database does not exist on this server ({}).</source>
      <translation>De database bestaat niet op deze server ({}).</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/processing/analysis/base.py" line="110" />
      <source>The database refused the analysis: {}</source>
      <translation>De database heeft de analyse geweigerd: {}</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/dberrors.py" line="47" />
      <source>The database refused this entry: {}</source>
      <translation>De database heeft deze invoer geweigerd: {}</translation>
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
      <location filename="../gpsu_plugin/core/migrations.py" line="198" />
      <source>The database schema is at version {}.</source>
      <translation>Het databaseschema is op versie {}.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/database.py" line="58" />
      <source>The database server cannot be reached ({}). Check the host, the port and the network.</source>
      <translation>De databaseserver is niet bereikbaar ({}). Controleer de host, de poort en het netwerk.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/prevention.py" line="242" />
      <source>The displacement quotient is not defined: the target area did not improve.</source>
      <translation>Het verplaatsingsquotiënt is niet gedefinieerd: het doelgebied verbeterde niet.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/processing/analysis/clusters.py" line="80" />
      <source>The distance must be positive and the minimum number of incidents at least 1.</source>
      <translation>De afstand moet positief zijn en het minimumaantal feiten minstens 1.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/schools.py" line="127" />
      <source>The document was refused: {}</source>
      <translation>Het document is geweigerd: {}</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/reports/layouts.py" line="889" />
      <source>The documents themselves are confidential: open them in GPS-U with the rights to do so.</source>
      <translation>De documenten zelf zijn vertrouwelijk: open ze in GPS-U met de nodige rechten.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/processing/analysis/period_comparison.py" line="195" />
      <source>The end of period A</source>
      <translation>Het einde van periode A</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/processing/analysis/period_comparison.py" line="196" />
      <source>The end of period B</source>
      <translation>Het einde van periode B</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/dls_dialog.py" line="59" />
      <location filename="../gpsu_plugin/reports/cli.py" line="61" />
      <source>The end of the period comes before its start.</source>
      <translation>Het einde van de periode ligt voor het begin.</translation>
    </message>
    <message>
      <source>The end of the period must come after its start.</source>
      <translation type="obsolete">Het einde van de periode moet na het begin ervan liggen.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/reports/atlas_export.py" line="51" />
      <source>The export was cancelled.</source>
      <translation>De export werd geannuleerd.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/reports/new_facts.py" line="215" />
      <source>The facts of the report could not be read.</source>
      <translation>De feiten van het rapport konden niet worden gelezen.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/audit_dock.py" line="278" />
      <location filename="../gpsu_plugin/gui/schools_dock.py" line="497" />
      <location filename="../gpsu_plugin/gui/statistics_dock.py" line="562" />
      <location filename="../gpsu_plugin/gui/statistics_dock.py" line="579" />
      <source>The file could not be written: {}</source>
      <translation>Het bestand kon niet worden geschreven: {}</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/schools.py" line="122" />
      <source>The file is larger than the limit the administrator set.</source>
      <translation>Het bestand is groter dan de limiet die de beheerder heeft ingesteld.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/schools.py" line="126" />
      <location filename="../gpsu_plugin/core/schools.py" line="756" />
      <source>The file name must not contain a folder.</source>
      <translation>De bestandsnaam mag geen map bevatten.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/schools.py" line="124" />
      <source>The file was damaged on its way to the database (checksum mismatch); try again.</source>
      <translation>Het bestand is onderweg naar de databank beschadigd (controlesom verschilt); probeer opnieuw.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/processing/analysis/prevention_action.py" line="108" />
      <source>The first and the last day of the action are required.</source>
      <translation>De eerste en de laatste dag van de actie zijn verplicht.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/reports/atlas_export.py" line="192" />
      <source>The folder {} does not exist.</source>
      <translation>De map {} bestaat niet.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/schools.py" line="519" />
      <source>The geometry is missing or unreadable.</source>
      <translation>De geometrie ontbreekt of is onleesbaar.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/schools.py" line="506" />
      <source>The geometry is missing.</source>
      <translation>De geometrie ontbreekt.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/processing/analysis/emerging_hotspots.py" line="182" />
      <location filename="../gpsu_plugin/processing/analysis/hotspots.py" line="168" />
      <source>The grid would have more than two million cells; choose larger cells.</source>
      <translation>Het raster zou meer dan twee miljoen cellen tellen; kies grotere cellen.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/processing/analysis/emerging_hotspots.py" line="198" />
      <location filename="../gpsu_plugin/processing/analysis/hotspots.py" line="188" />
      <source>The hot spot statistic cannot be computed: {}.</source>
      <translation>De hotspotstatistiek kan niet worden berekend: {}.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/credentials.py" line="32" />
      <source>The keyring cannot be used: {}</source>
      <translation>De wachtwoordkluis kan niet worden gebruikt: {}</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/reports/atlas_export.py" line="281" />
      <source>The layer "{}" could not be read from the database.</source>
      <translation>De laag "{}" kon niet uit de database worden gelezen.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/reports/layouts.py" line="1048" />
      <source>The layout "{}" could not be added to the project.</source>
      <translation>De lay-out "{}" kon niet aan het project worden toegevoegd.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/reports/atlas_export.py" line="289" />
      <source>The layout could not be copied for the export.</source>
      <translation>De lay-out kon niet worden gekopieerd voor de export.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/reports/layouts.py" line="968" />
      <source>The layout template could not be written to {}.</source>
      <translation>Het lay-outsjabloon kon niet worden geschreven naar {}.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/reports/layouts.py" line="979" />
      <source>The layout template {} could not be read.</source>
      <translation>Het lay-outsjabloon {} kon niet worden gelezen.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/reports/layouts.py" line="984" />
      <location filename="../gpsu_plugin/reports/layouts.py" line="988" />
      <source>The layout template {} is not a valid QGIS template.</source>
      <translation>Het lay-outsjabloon {} is geen geldig QGIS-sjabloon.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/atlas_dialog.py" line="69" />
      <source>The layouts are added to the project: open them in the Layout Manager to change them. The PDF is made in the background; you can go on working.</source>
      <translation>De lay-outs worden aan het project toegevoegd: open ze in de lay-outbeheerder om ze te wijzigen. De PDF wordt op de achtergrond gemaakt; u kunt verder werken.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/schools.py" line="529" />
      <source>The location ({x:.1f}, {y:.1f}) is outside the area covered by the database's CRS: check the columns and the CRS of the coordinates.</source>
      <translation>De plaats ({x:.1f}, {y:.1f}) ligt buiten het gebied van het CRS van de databank: controleer de kolommen en het CRS van de coördinaten.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/cli.py" line="96" />
      <source>The logo is set: it appears on the cover of every report.</source>
      <translation>Het logo is ingesteld: het staat op de voorpagina van elk rapport.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/reports/new_facts.py" line="124" />
      <source>The logo must be a PNG or JPEG image.</source>
      <translation>Het logo moet een PNG- of JPEG-afbeelding zijn.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/reports/new_facts.py" line="126" />
      <source>The logo must not exceed 512 kB.</source>
      <translation>Het logo mag niet groter zijn dan 512 kB.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/reports/dls.py" line="429" />
      <source>The map could not be drawn.</source>
      <translation>De kaart kon niet worden getekend.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/statistics_dock.py" line="366" />
      <source>The map's extent cannot be expressed in the database's coordinates.</source>
      <translation>Het kaartbeeld kan niet worden uitgedrukt in de coördinaten van de databank.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/statistics_dock.py" line="369" />
      <source>The map's extent is empty.</source>
      <translation>Het kaartbeeld is leeg.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/statistics_dock.py" line="73" />
      <source>The monthly series covers the {months} months up to the end of the period.</source>
      <translation>De maandreeks omvat de {months} maanden tot het einde van de periode.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/processing/analysis/period_comparison.py" line="226" />
      <source>The municipality has no district to compare.</source>
      <translation>De gemeente heeft geen deelgemeente om te vergelijken.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/schools.py" line="625" />
      <source>The name is missing.</source>
      <translation>De naam ontbreekt.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/processing/analysis/near_repeat.py" line="213" />
      <source>The near repeat analysis needs at least two incidents.</source>
      <translation>De near-repeatanalyse heeft minstens twee feiten nodig.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/processing/analysis/emerging_hotspots.py" line="179" />
      <location filename="../gpsu_plugin/processing/analysis/hotspots.py" line="165" />
      <source>The neighbourhood distance must be at least the cell size, or cells would have no neighbour.</source>
      <translation>De buurafstand moet minstens gelijk zijn aan de celgrootte, anders zouden de cellen geen buren hebben.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/change_password_dialog.py" line="117" />
      <source>The new password still needs:</source>
      <translation>Het nieuwe wachtwoord heeft nog nodig:</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/schools.py" line="632" />
      <source>The number of pupils</source>
      <translation>Het aantal leerlingen</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/processing/analysis/near_repeat.py" line="197" />
      <source>The number of simulations must be between 19 and 999.</source>
      <translation>Het aantal simulaties moet tussen 19 en 999 liggen.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/schools.py" line="634" />
      <source>The number of staff</source>
      <translation>Het aantal personeelsleden</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/processing/analysis/emerging_hotspots.py" line="163" />
      <source>The number of time slices must be between 4 and 24.</source>
      <translation>Het aantal tijdvakken moet tussen 4 en 24 liggen.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/reports/dls.py" line="533" />
      <source>The numbers come from the same queries as the Statistics panel and the Processing analyses of GPS-U, so that they can be checked there.</source>
      <translation>De cijfers komen uit dezelfde query's als het paneel Statistieken en de Processing-analyses van GPS-U, zodat ze daar kunnen worden nagekeken.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/reports/dls.py" line="121" />
      <source>The numbers of the report could not be read.</source>
      <translation>De cijfers van het rapport konden niet worden gelezen.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/credentials.py" line="42" />
      <source>The password cannot be kept in the keyring. {}</source>
      <translation>Het wachtwoord kan niet in de wachtwoordkluis worden bewaard. {}</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/dberrors.py" line="29" />
      <source>The password could not be set.</source>
      <translation>Het wachtwoord kon niet ingesteld worden.</translation>
    </message>
    <message>
      <source>The password is asked each time because it cannot be kept here: {}</source>
      <translation type="obsolete">Het wachtwoord wordt telkens gevraagd omdat het hier niet kan worden bewaard: {}</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/credentials.py" line="88" />
      <source>The password is asked each time because the system keyring cannot keep it: {}</source>
      <translation>Het wachtwoord wordt telkens gevraagd omdat de wachtwoordkluis van het systeem het niet kan bewaren: {}</translation>
    </message>
    <message>
      <source>The password will be asked each time GPS-U connects, because it cannot be kept here: {}</source>
      <translation type="obsolete">Het wachtwoord wordt gevraagd telkens wanneer GPS-U verbinding maakt, omdat het hier niet kan worden bewaard: {}</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/connection_dialog.py" line="124" />
      <source>The password will be asked each time GPS-U connects, because the system keyring cannot keep it: {}</source>
      <translation>Het wachtwoord wordt gevraagd telkens wanneer GPS-U verbinding maakt, omdat de wachtwoordkluis van het systeem het niet kan bewaren: {}</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/connection_dialog.py" line="127" />
      <source>The password will be asked each time GPS-U connects.</source>
      <translation>Het wachtwoord wordt gevraagd telkens wanneer GPS-U verbinding maakt.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/processing/analysis/prevention_action.py" line="196" />
      <source>The periods before and after overlap.</source>
      <translation>De periodes voor en na overlappen.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/processing/analysis/period_comparison.py" line="234" />
      <source>The periods have different lengths: the test compares rates, but the counts and percentages are not adjusted.</source>
      <translation>De perioden hebben een verschillende lengte: de toets vergelijkt frequenties, maar de aantallen en percentages worden niet aangepast.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/access_dialog.py" line="111" />
      <source>The person must choose a new password at the next sign-in</source>
      <translation>De persoon moet bij de volgende aanmelding een nieuw wachtwoord kiezen</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/migrations.py" line="58" />
      <source>The plugin's migrations are not numbered 1 to N.</source>
      <translation>De migraties van de plug-in zijn niet genummerd van 1 tot N.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/profile.py" line="67" />
      <source>The port must be between 1 and 65535.</source>
      <translation>De poort moet tussen 1 en 65535 liggen.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/reports/dls.py" line="530" />
      <source>The previous period has the same length and ends where the period starts (whole months stay whole months).</source>
      <translation>De vorige periode heeft dezelfde lengte en eindigt waar de periode begint (volledige maanden blijven volledige maanden).</translation>
    </message>
    <message>
      <source>The profile name must be 1 to 64 letters, digits, spaces, dots or dashes.</source>
      <translation type="obsolete">De profielnaam moet bestaan uit 1 tot 64 letters, cijfers, spaties, punten of streepjes.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/profile.py" line="61" />
      <source>The profile name must be 1 to 64 letters, digits, spaces, dots, dashes or underscores.</source>
      <translation>De profielnaam moet bestaan uit 1 tot 64 letters, cijfers, spaties, punten, streepjes of underscores.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/project.py" line="211" />
      <source>The project could not be written to {}: {}</source>
      <translation>Het project kon niet geschreven worden naar {}: {}</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/processing/analysis/heatmap.py" line="100" />
      <source>The radius and the pixel size must be positive.</source>
      <translation>De straal en de pixelgrootte moeten positief zijn.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/processing/analysis/heatmap.py" line="109" />
      <source>The raster would have more than fifty million pixels; choose larger pixels.</source>
      <translation>Het raster zou meer dan vijftig miljoen pixels tellen; kies grotere pixels.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/dls_dialog.py" line="26" />
      <source>The report compares the period with the previous period of the same length: facts per category and section, their change, the rhythms of the week, handling times, hot spots and a map.</source>
      <translation>Het rapport vergelijkt de periode met de vorige periode van dezelfde lengte: feiten per categorie en deelgemeente, hun evolutie, de ritmes van de week, de behandelingstijden, de hotspots en een kaart.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/reports/new_facts.py" line="760" />
      <source>The report could not be recorded in the database.</source>
      <translation>Het rapport kon niet in de database worden geregistreerd.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/reports/dls.py" line="311" />
      <location filename="../gpsu_plugin/reports/dls.py" line="659" />
      <location filename="../gpsu_plugin/reports/new_facts.py" line="524" />
      <source>The report was cancelled.</source>
      <translation>Het rapport is geannuleerd.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/reports/cli.py" line="171" />
      <source>The resolution must lie between 50 and 600 dpi.</source>
      <translation>De resolutie moet tussen 50 en 600 dpi liggen.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/schools_dock.py" line="58" />
      <source>The same type and title as an existing document make a new version of it.</source>
      <translation>Hetzelfde type en dezelfde titel als een bestaand document maken er een nieuwe versie van.</translation>
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
      <location filename="../gpsu_plugin/reports/dls.py" line="508" />
      <source>The squares of {size:.0f} m with the most concentrated facts: the Hot spots analysis (Getis-Ord Gi* over a grid, neighbours within 1.5 cells, p-values corrected for the false discovery rate); when fewer than ten are significant, the busiest squares follow.</source>
      <translation>De vierkanten van {size:.0f} m waar de feiten het meest geconcentreerd zijn: de hotspotanalyse (Getis-Ord Gi* op een raster, buren binnen 1,5 cel, p-waarden gecorrigeerd voor het aandeel valse ontdekkingen); als er minder dan tien significant zijn, volgen de drukste vierkanten.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/processing/analysis/period_comparison.py" line="195" />
      <source>The start of period A</source>
      <translation>Het begin van periode A</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/processing/analysis/period_comparison.py" line="196" />
      <source>The start of period B</source>
      <translation>Het begin van periode B</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/statistics_dock.py" line="333" />
      <location filename="../gpsu_plugin/reports/layouts.py" line="115" />
      <location filename="../gpsu_plugin/reports/new_facts.py" line="155" />
      <location filename="../gpsu_plugin/core/analysis_filters.py" line="42" />
      <location filename="../gpsu_plugin/core/statistics.py" line="65" />
      <source>The start of the period must be before its end.</source>
      <translation>Het begin van de periode moet voor het einde ervan liggen.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/prevention.py" line="235" />
      <source>The target area improved significantly relative to the comparison area (RES {:.2f}).</source>
      <translation>Het doelgebied verbeterde significant ten opzichte van het vergelijkingsgebied (RES {:.2f}).</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/prevention.py" line="237" />
      <source>The target area worsened significantly relative to the comparison area (RES {:.2f}).</source>
      <translation>Het doelgebied verslechterde significant ten opzichte van het vergelijkingsgebied (RES {:.2f}).</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/case_detail.py" line="784" />
      <source>The task of {}</source>
      <translation>De taak van {}</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/access_dialog.py" line="384" />
      <source>The temporary password of {} is:</source>
      <translation>Het tijdelijke wachtwoord van {} is:</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/dberrors.py" line="21" />
      <location filename="../gpsu_plugin/core/incidents.py" line="194" />
      <source>The time of the fact cannot be in the future.</source>
      <translation>Het tijdstip van het feit kan niet in de toekomst liggen.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/access.py" line="138" />
      <source>The two passwords differ.</source>
      <translation>De twee wachtwoorden verschillen.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/database.py" line="51" />
      <source>The user name is not known to the server ({}).</source>
      <translation>De gebruikersnaam is niet bekend bij de server ({}).</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/incidents.py" line="196" />
      <source>The window must start before it ends.</source>
      <translation>De periode moet beginnen voordat ze eindigt.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/statistics.py" line="67" />
      <source>The zone is empty.</source>
      <translation>De zone is leeg.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/audit_dock.py" line="242" />
      <source>The {} most recent entries: narrow the filters to see older ones.</source>
      <translation>De {} meest recente items: verfijn de filters om oudere te zien.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/case_detail.py" line="597" />
      <source>Their changes:</source>
      <translation>Aangebrachte wijzigingen:</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/incident_dock.py" line="198" />
      <source>Then click the place of the fact on the map; click again to move it.</source>
      <translation>Klik daarna op de kaart waar het feit plaatsvond; klik opnieuw om het punt te verplaatsen.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/schools.py" line="419" />
      <location filename="../gpsu_plugin/core/schools.py" line="434" />
      <source>These columns are not in the file: {}</source>
      <translation>Deze kolommen staan niet in het bestand: {}</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/cases.py" line="262" />
      <source>These fields cannot be changed here: {}</source>
      <translation>Deze velden kunnen hier niet worden gewijzigd: {}</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/reports/layouts.py" line="463" />
      <source>These layers of the atlas could not be read from the database: {}.</source>
      <translation>Deze lagen van de atlas konden niet uit de database worden gelezen: {}.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/atlas_dialog.py" line="174" />
      <source>This PDF is already being made.</source>
      <translation>Deze PDF wordt al gemaakt.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/ppms_editor.py" line="228" />
      <source>This PPMS has changes that are not saved. Save them before leaving it?</source>
      <translation>Dit PPMS bevat wijzigingen die niet zijn opgeslagen. Opslaan voordat u het verlaat?</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/schools.py" line="1014" />
      <source>This PPMS no longer exists.</source>
      <translation>Dit PPMS bestaat niet meer.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/dberrors.py" line="30" />
      <source>This account cannot be created or changed.</source>
      <translation>Deze account kan niet aangemaakt of gewijzigd worden.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/migrations.py" line="107" />
      <location filename="../gpsu_plugin/core/session.py" line="59" />
      <source>This account has no GPS-U role yet: ask the GPS-U administrator to grant one.</source>
      <translation>Deze account heeft nog geen GPS-U-rol: vraag de GPS-U-beheerder er een toe te kennen.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/database.py" line="48" />
      <source>This account is disabled: ask the GPS-U administrator ({}).</source>
      <translation>Deze account is uitgeschakeld: vraag het aan de GPS-U-beheerder ({}).</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/case_detail.py" line="699" />
      <source>This attachment does not exist (any more).</source>
      <translation>Deze bijlage bestaat niet (meer).</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/cases.py" line="179" />
      <location filename="../gpsu_plugin/core/cases.py" line="244" />
      <source>This case does not exist (any more).</source>
      <translation>Dit dossier bestaat niet (meer).</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/dberrors.py" line="23" />
      <source>This change needs a comment or a reason.</source>
      <translation>Voor deze wijziging is een opmerking of een reden nodig.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/dberrors.py" line="22" />
      <source>This change of status is not allowed.</source>
      <translation>Deze statuswijziging is niet toegestaan.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/processing/analysis/period_comparison.py" line="209" />
      <source>This comparison uses periods A and B: leave the common period empty.</source>
      <translation>Deze vergelijking gebruikt periode A en B: laat de gemeenschappelijke periode leeg.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/credentials.py" line="91" />
      <source>This connection is set to ask for the password each time.</source>
      <translation>Deze verbinding is ingesteld om telkens naar het wachtwoord te vragen.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/schools.py" line="120" />
      <location filename="../gpsu_plugin/core/schools.py" line="723" />
      <location filename="../gpsu_plugin/core/schools.py" line="807" />
      <source>This document does not exist or you may not read it.</source>
      <translation>Dit document bestaat niet of u mag het niet lezen.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/dberrors.py" line="24" />
      <source>This file cannot be attached (type, size or checksum refused).</source>
      <translation>Dit bestand kan niet worden bijgevoegd (type, grootte of controlesom geweigerd).</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/profile.py" line="42" />
      <source>This is not a valid PostgreSQL connection string.</source>
      <translation>Dit is geen geldige PostgreSQL-verbindingsreeks.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/dberrors.py" line="20" />
      <location filename="../gpsu_plugin/core/incidents.py" line="151" />
      <source>This location is outside the municipality's territory.</source>
      <translation>Deze locatie ligt buiten het grondgebied van de gemeente.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/access.py" line="190" />
      <source>This login name is already taken on the server.</source>
      <translation>Deze gebruikersnaam is al in gebruik op de server.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/access.py" line="66" />
      <source>This password is too weak. It needs: {}.</source>
      <translation>Dit wachtwoord is te zwak. Het heeft nodig: {}.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/change_password_dialog.py" line="123" />
      <source>This password meets the rules.</source>
      <translation>Dit wachtwoord voldoet aan de regels.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/access_dialog.py" line="403" />
      <source>This password will not be shown again.</source>
      <translation>Dit wachtwoord wordt niet meer getoond.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/incident_dock.py" line="485" />
      <location filename="../gpsu_plugin/gui/point_tool.py" line="46" />
      <source>This place cannot be converted to the database's coordinate system.</source>
      <translation>Deze plaats kan niet worden omgezet naar het coördinatenstelsel van de database.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/schools.py" line="198" />
      <location filename="../gpsu_plugin/core/schools.py" line="247" />
      <location filename="../gpsu_plugin/core/schools.py" line="850" />
      <source>This school does not exist (any more).</source>
      <translation>Deze school bestaat niet (meer).</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/dberrors.py" line="27" />
      <source>This task belongs to another case.</source>
      <translation>Deze taak hoort bij een ander dossier.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/case_detail.py" line="514" />
      <location filename="../gpsu_plugin/core/cases.py" line="306" />
      <source>This task does not exist (any more).</source>
      <translation>Deze taak bestaat niet (meer).</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/case_detail.py" line="682" />
      <source>This task's status can no longer change.</source>
      <translation>De status van deze taak kan niet meer veranderen.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/schools.py" line="123" />
      <source>This type of file is not accepted.</source>
      <translation>Dit bestandstype wordt niet aanvaard.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/statistics_dock.py" line="123" />
      <source>This year</source>
      <translation>Dit jaar</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/processing/analysis/time_profile.py" line="42" />
      <source>Thursday</source>
      <translation>Donderdag</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/access_dialog.py" line="316" />
      <source>Tick the School editor role to choose schools.</source>
      <translation>Vink de rol Schoolredacteur aan om scholen te kiezen.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/processing/analysis/near_repeat.py" line="167" />
      <source>Time band limits (days, comma-separated)</source>
      <translation>Grenzen van de tijdsklassen (dagen, gescheiden door komma's)</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/processing/analysis/near_repeat.py" line="192" />
      <source>Time bands</source>
      <translation>Tijdsklassen</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/processing/analysis/time_profile.py" line="65" />
      <source>Time profile</source>
      <translation>Tijdsprofiel</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/processing/analysis/time_profile.py" line="53" />
      <source>Time profile (hour x weekday)</source>
      <translation>Tijdsprofiel (uur x weekdag)</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/case_detail.py" line="223" />
      <source>Timeline</source>
      <translation>Tijdlijn</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/case_detail.py" line="429" />
      <source>Timeline ({})</source>
      <translation>Tijdlijn ({})</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/schools_dock.py" line="59" />
      <location filename="../gpsu_plugin/processing/analysis/prevention_action.py" line="90" />
      <location filename="../gpsu_plugin/reports/layouts.py" line="881" />
      <source>Title</source>
      <translation>Titel</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/dls_dialog.py" line="40" />
      <source>To (included)</source>
      <translation>Tot (inbegrepen)</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/access_dialog.py" line="107" />
      <source>To change</source>
      <translation>Te wijzigen</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/charts.py" line="37" />
      <source>Top districts</source>
      <translation>Meest getroffen deelgemeenten</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/reports/dls.py" line="506" />
      <source>Top hot spots</source>
      <translation>Belangrijkste hotspots</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/schools.py" line="891" />
      <source>Torches</source>
      <translation>Zaklampen</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/reports/dls.py" line="450" />
      <location filename="../gpsu_plugin/reports/dls.py" line="363" />
      <location filename="../gpsu_plugin/reports/dls.py" line="467" />
      <location filename="../gpsu_plugin/core/statistics.py" line="213" />
      <source>Total</source>
      <translation>Totaal</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/processing/analysis/time_profile.py" line="97" />
      <source>Total weight {total:.3f} for {n} incidents.</source>
      <translation>Totaal gewicht {total:.3f} voor {n} feiten.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/schools_dock.py" line="96" />
      <source>Town</source>
      <translation>Gemeente</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/schools.py" line="884" />
      <source>Transport of hazardous materials</source>
      <translation>Vervoer van gevaarlijke stoffen</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/statistics.py" line="309" />
      <source>Trend</source>
      <translation>Trend</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/charts.py" line="209" />
      <source>Trend (12-month moving average)</source>
      <translation>Trend (voortschrijdend gemiddelde over 12 maanden)</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/incident_dock.py" line="112" />
      <source>Try again</source>
      <translation>Opnieuw proberen</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/processing/analysis/time_profile.py" line="42" />
      <source>Tuesday</source>
      <translation>Dinsdag</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/charts.py" line="34" />
      <source>Two phenomena compared</source>
      <translation>Twee fenomenen vergeleken</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/schools_dock.py" line="53" />
      <location filename="../gpsu_plugin/gui/schools_dock.py" line="95" />
      <location filename="../gpsu_plugin/reports/layouts.py" line="880" />
      <location filename="../gpsu_plugin/reports/ppms.py" line="189" />
      <source>Type</source>
      <translation>Type</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/connection_dialog.py" line="200" />
      <source>Unexpected error: {}</source>
      <translation>Onverwachte fout: {}</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/profile.py" line="69" />
      <source>Unknown SSL mode.</source>
      <translation>Onbekende SSL-modus.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/statistics_dock.py" line="76" />
      <source>Unknown chart "{}".</source>
      <translation>Onbekende grafiek "{}".</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/schools.py" line="771" />
      <source>Unknown document type: {}</source>
      <translation>Onbekend documenttype: {}</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/statistics.py" line="490" />
      <source>Unknown grouping "{}".</source>
      <translation>Onbekende groepering "{}".</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/reports/layouts.py" line="98" />
      <source>Unknown layout "{}": choose district, hotspots, schools or poster.</source>
      <translation>Onbekende lay-out "{}": kies district, hotspots, schools of poster.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/profile.py" line="71" />
      <source>Unknown password storage.</source>
      <translation>Onbekende wachtwoordopslag.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/access.py" line="184" />
      <source>Unknown role: {}</source>
      <translation>Onbekende rol: {}</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/analysis_filters.py" line="40" />
      <source>Unknown status filter "{}".</source>
      <translation>Onbekende statusfilter "{}".</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/statistics.py" line="167" />
      <location filename="../gpsu_plugin/core/statistics.py" line="400" />
      <source>Unknown time step "{}".</source>
      <translation>Onbekende tijdstap "{}".</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/case_detail.py" line="43" />
      <source>Updated</source>
      <translation>Bijgewerkt</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/schools_dock.py" line="574" />
      <source>Uploading school documents</source>
      <translation>Schooldocumenten opladen</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/layers.py" line="80" />
      <source>Urgent</source>
      <translation>Dringend</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/incident_dock.py" line="201" />
      <source>Use the centre of the map view as the place of the fact.</source>
      <translation>Het midden van de kaartweergave als plaats van het feit gebruiken.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/statistics_dock.py" line="175" />
      <source>Use the map's current extent as the zone (updated when the map moves) and the categories of the "Incidents by category" layer's filter, if any</source>
      <translation>Het huidige kaartbeeld als zone gebruiken (bijgewerkt wanneer de kaart beweegt) en de categorieën van de filter van de laag "Incidenten per categorie", als die er is</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/incident_dock.py" line="204" />
      <source>Use the position of the GPS connected to QGIS (GPS Information panel).</source>
      <translation>De positie gebruiken van de GPS die met QGIS verbonden is (paneel GPS-informatie).</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/connection_dialog.py" line="77" />
      <source>User</source>
      <translation>Gebruiker</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/reports/ppms.py" line="103" />
      <source>Value</source>
      <translation>Waarde</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/schools_dock.py" line="220" />
      <location filename="../gpsu_plugin/reports/layouts.py" line="882" />
      <source>Version</source>
      <translation>Versie</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/reports/layouts.py" line="854" />
      <location filename="../gpsu_plugin/core/schools.py" line="97" />
      <source>Vocational school</source>
      <translation>Beroepsschool</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/schools.py" line="106" />
      <source>Water cut-off</source>
      <translation>Afsluiter water</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/processing/analysis/time_profile.py" line="42" />
      <source>Wednesday</source>
      <translation>Woensdag</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/incident_dock.py" line="223" />
      <source>What</source>
      <translation>Wat</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/case_detail.py" line="768" />
      <source>What the service is asked to do</source>
      <translation>Wat er van de dienst gevraagd wordt</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/incident_dock.py" line="234" />
      <location filename="../gpsu_plugin/gui/incident_dock.py" line="241" />
      <source>What was seen</source>
      <translation>Wat werd vastgesteld</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/alerts_inbox.py" line="188" />
      <location filename="../gpsu_plugin/gui/audit_dock.py" line="84" />
      <location filename="../gpsu_plugin/gui/incident_dock.py" line="248" />
      <location filename="../gpsu_plugin/core/access.py" line="313" />
      <source>When</source>
      <translation>Wanneer</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/reports/dls.py" line="444" />
      <source>When: hour of day x day of week</source>
      <translation>Wanneer: uur van de dag x dag van de week</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/incident_dock.py" line="190" />
      <source>Where</source>
      <translation>Waar</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/audit_dock.py" line="84" />
      <location filename="../gpsu_plugin/core/access.py" line="313" />
      <source>Who</source>
      <translation>Wie</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/audit_dock.py" line="149" />
      <source>Who (exact login)</source>
      <translation>Wie (exacte gebruikersnaam)</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/statistics_dock.py" line="138" />
      <source>Whole territory</source>
      <translation>Volledig grondgebied</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/schools_dock.py" line="97" />
      <source>X or longitude</source>
      <translation>X of lengtegraad</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/incident_dock.py" line="510" />
      <source>X {x} – Y {y} (EPSG:{srid})</source>
      <translation>X {x} – Y {y} (EPSG:{srid})</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/schools_dock.py" line="97" />
      <source>Y or latitude</source>
      <translation>Y of breedtegraad</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/access_dialog.py" line="166" />
      <location filename="../gpsu_plugin/gui/case_detail.py" line="362" />
      <source>Yes</source>
      <translation>Ja</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/cases_dock.py" line="190" />
      <source>You are not a member of any service yet.</source>
      <translation>U bent nog geen lid van een dienst.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/cases_dock.py" line="288" />
      <source>You are not a member of any service: choose "All services".</source>
      <translation>U bent geen lid van een dienst: kies "Alle diensten".</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/dberrors.py" line="31" />
      <source>You are not allowed to do this.</source>
      <translation>U bent niet gemachtigd om dit te doen.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/access.py" line="192" />
      <source>You cannot remove your own administrator role or disable your own account.</source>
      <translation>U kunt uw eigen beheerdersrol niet verwijderen en uw eigen account niet uitschakelen.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/incident_dock.py" line="308" />
      <source>Your account cannot log facts: ask the GPS-U administrator for the field officer or service handler role.</source>
      <translation>Uw account kan geen feiten registreren: vraag de GPS-U-beheerder de rol van terreinmedewerker of dienstbehandelaar.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/access_dialog.py" line="564" />
      <source>Your account does not have the Administrator role. Ask the GPS-U administrator if an account must be created or changed.</source>
      <translation>Uw account heeft de rol Beheerder niet. Vraag de GPS-U-beheerder als een account moet worden aangemaakt of gewijzigd.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/dberrors.py" line="28" />
      <source>Your account is not allowed to do this.</source>
      <translation>Uw account mag dit niet doen.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/sign_in.py" line="31" />
      <source>Your password expires in {} day(s).</source>
      <translation>Uw wachtwoord verloopt over {} dag(en).</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/session.py" line="66" />
      <source>Your password must be changed before you can use GPS-U.</source>
      <translation>Uw wachtwoord moet gewijzigd worden voordat u GPS-U kunt gebruiken.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/change_password_dialog.py" line="54" />
      <source>Your password must be changed before you can use GPS-U. If you cancel, you will be disconnected.</source>
      <translation>Uw wachtwoord moet worden gewijzigd voordat u GPS-U kunt gebruiken. Als u annuleert, wordt de verbinding verbroken.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/sign_in.py" line="50" />
      <source>Your password was changed.</source>
      <translation>Uw wachtwoord is gewijzigd.</translation>
    </message>
    <message>
      <source>Your text, kept: «{}»</source>
      <translation type="obsolete">Uw bewaarde tekst: "{}"</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/case_detail.py" line="601" />
      <source>Your text, kept: “{}”</source>
      <translation>Uw tekst, bewaard: ‘{}’</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/statistics_dock.py" line="144" />
      <source>Zone</source>
      <translation>Zone</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/processing/analysis/prevention_action.py" line="183" />
      <source>Zones of the evaluation</source>
      <translation>Gebieden van de evaluatie</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/schools_dock.py" line="200" />
      <source>Zoom</source>
      <translation>Zoomen</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/reports/cli.py" line="39" />
      <source>add a map extract to each fact (starts QGIS)</source>
      <translation>bij elk feit een kaartuittreksel voegen (start QGIS)</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/reports/cli.py" line="49" />
      <source>add the territory map (starts QGIS)</source>
      <translation>de kaart van het grondgebied toevoegen (start QGIS)</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/analysis_filters.py" line="108" />
      <source>all incidents</source>
      <translation>alle feiten</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/reports/cli.py" line="75" />
      <source>an atlas or the poster, made by QGIS (PDF)</source>
      <translation>een atlas of de affiche, gemaakt door QGIS (PDF)</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/incident_dock.py" line="255" />
      <source>and</source>
      <translation>en</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/tables.py" line="37" />
      <source>any date</source>
      <translation>elke datum</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/schools.py" line="925" />
      <source>at least one member with a phone number</source>
      <translation>minstens één lid met een telefoonnummer</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/schools.py" line="918" />
      <source>at least one risk</source>
      <translation>minstens één risico</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/processing/analysis/emerging_hotspots.py" line="199" />
      <source>at least three cells are needed</source>
      <translation>er zijn minstens drie cellen nodig</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/access.py" line="50" />
      <source>at least {} characters</source>
      <translation>minstens {} tekens</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/case_detail.py" line="334" />
      <location filename="../gpsu_plugin/reports/new_facts.py" line="270" />
      <source>between {start} and {end}</source>
      <translation>tussen {start} en {end}</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/statistics_dock.py" line="391" />
      <source>categories: those of the "Incidents by category" layer's filter</source>
      <translation>categorieën: die van de filter van de laag "Incidenten per categorie"</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/analysis_filters.py" line="99" />
      <source>category {}</source>
      <translation>categorie {}</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/analysis_filters.py" line="107" />
      <source>closed cases</source>
      <translation>afgesloten dossiers</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/reports/ppms.py" line="116" />
      <source>confidential document</source>
      <translation>vertrouwelijk document</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/cli.py" line="29" />
      <source>database schema</source>
      <translation>databaseschema</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/reports/dls.py" line="564" />
      <source>day</source>
      <translation>dag</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/processing/analysis/near_repeat.py" line="224" />
      <source>days</source>
      <translation>dagen</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/analysis_filters.py" line="101" />
      <source>district {}</source>
      <translation>deelgemeente {}</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/reports/cli.py" line="77" />
      <source>district: a page per district; hotspots: a page per hot spot; schools: a page per school; poster: the territory on one A3 page (default: district)</source>
      <translation>district: een pagina per deelgemeente; hotspots: een pagina per hotspot; schools: een pagina per school; poster: het grondgebied op één A3-pagina (standaard: district)</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/reports/cli.py" line="38" />
      <source>do not remember this report (the next one starts at the same place)</source>
      <translation>dit rapport niet onthouden (het volgende begint op hetzelfde punt)</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/template_form.py" line="64" />
      <source>e.g. 1-ABC-234</source>
      <translation>bv. 1-ABC-234</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/case_detail.py" line="722" />
      <source>e.g. 2026-00042</source>
      <translation>bv. 2026-00042</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/case_detail.py" line="785" />
      <source>e.g. Owner contacted by phone; removal planned on Monday</source>
      <translation>bv. Eigenaar telefonisch gecontacteerd; verwijdering gepland op maandag</translation>
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
      <location filename="../gpsu_plugin/gui/access_dialog.py" line="198" />
      <source>e.g. jdupont</source>
      <translation>bv. jjanssens</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/reports/cli.py" line="33" />
      <source>end, included: YYYY-MM-DD or YYYY-MM-DDTHH:MM (default: now)</source>
      <translation>einde, inbegrepen: JJJJ-MM-DD of JJJJ-MM-DDTUU:MM (standaard: nu)</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/reports/cli.py" line="80" />
      <source>first day: YYYY-MM-DD (default: 30 days before the last one)</source>
      <translation>eerste dag: JJJJ-MM-DD (standaard: 30 dagen voor de laatste)</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/reports/cli.py" line="43" />
      <source>first day: YYYY-MM-DD (default: a year before the first day of this month)</source>
      <translation>eerste dag: JJJJ-MM-DD (standaard: een jaar voor de eerste dag van deze maand)</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/reports/dls.py" line="141" />
      <location filename="../gpsu_plugin/reports/layouts.py" line="135" />
      <source>from {start} to {end}</source>
      <translation>van {start} tot {end}</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/analysis_filters.py" line="103" />
      <source>from {}</source>
      <translation>van {}</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/cli.py" line="31" />
      <source>install or upgrade the GPS-U schema</source>
      <translation>het GPS-U-schema installeren of bijwerken</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/reports/cli.py" line="85" />
      <source>language of the layout (default: the user's)</source>
      <translation>taal van de lay-out (standaard: die van de gebruiker)</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/reports/cli.py" line="36" />
      <location filename="../gpsu_plugin/reports/cli.py" line="48" />
      <source>language of the report (default: the user's)</source>
      <translation>taal van het rapport (standaard: die van de gebruiker)</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/reports/cli.py" line="45" />
      <source>last day, included: YYYY-MM-DD (default: the last day of the previous month)</source>
      <translation>laatste dag, inbegrepen: JJJJ-MM-DD (standaard: de laatste dag van de vorige maand)</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/reports/cli.py" line="81" />
      <source>last day, included: YYYY-MM-DD (default: today)</source>
      <translation>laatste dag, inbegrepen: JJJJ-MM-DD (standaard: vandaag)</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/cli.py" line="26" />
      <source>libpq connection string, e.g. "service=gpsu" (default: $GPSU_DB)</source>
      <translation>libpq-verbindingsreeks, bv. "service=gpsu" (standaard: $GPSU_DB)</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/cli.py" line="37" />
      <source>load the reference services and categories</source>
      <translation>referentiediensten en -categorieën laden</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/processing/analysis/near_repeat.py" line="224" />
      <source>m</source>
      <translation>m</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/reports/dls.py" line="564" />
      <source>month</source>
      <translation>maand</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/processing/analysis/period_comparison.py" line="114" />
      <source>more than +{:.0f} % (or facts only in period B)</source>
      <translation>meer dan +{:.0f} % (of feiten alleen in periode B)</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/access_dialog.py" line="162" />
      <location filename="../gpsu_plugin/gui/access_dialog.py" line="168" />
      <source>never</source>
      <translation>nooit</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/reports/dls.py" line="146" />
      <source>new</source>
      <translation>nieuw</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/access.py" line="59" />
      <source>no common word or repeated characters</source>
      <translation>geen gangbaar woord of herhaalde tekens</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/access_dialog.py" line="164" />
      <source>no limit</source>
      <translation>onbeperkt</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/access_dialog.py" line="115" />
      <source>no role</source>
      <translation>geen rol</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/processing/analysis/period_comparison.py" line="102" />
      <source>no significant change</source>
      <translation>geen significante verandering</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/charts.py" line="186" />
      <source>none closed</source>
      <translation>geen afgesloten</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/migrations.py" line="80" />
      <source>not installed</source>
      <translation>niet geïnstalleerd</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/reports/dls.py" line="515" />
      <source>not significant</source>
      <translation>niet significant</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/access.py" line="57" />
      <source>not the login name</source>
      <translation>niet de gebruikersnaam</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/cli.py" line="42" />
      <source>only count them</source>
      <translation>ze alleen tellen</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/analysis_filters.py" line="107" />
      <source>open cases</source>
      <translation>open dossiers</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/case_detail.py" line="329" />
      <source>overdue</source>
      <translation>achterstallig</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/reports/layouts.py" line="753" />
      <source>page {page} of {pages}</source>
      <translation>pagina {page} van {pages}</translation>
    </message>
    <message>
      <source>projected CRS of a new installation (default 31370)</source>
      <translation type="obsolete">geprojecteerd CRS van een nieuwe installatie (standaard: 31370)</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/cli.py" line="33" />
      <source>projected CRS of a new installation, as an EPSG code (default {})</source>
      <translation>geprojecteerd CRS van een nieuwe installatie, als EPSG-code (standaard: {})</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/cli.py" line="41" />
      <source>pseudonymise the closed cases older than the retention period (GDPR)</source>
      <translation>de afgesloten dossiers ouder dan de bewaartermijn pseudonimiseren (AVG)</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/reports/cli.py" line="86" />
      <source>resolution of the heatmap and images (default 150)</source>
      <translation>resolutie van de hittekaart en de afbeeldingen (standaard 150)</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/cli.py" line="38" />
      <source>set the municipality's logo on the reports' covers (PNG or JPEG)</source>
      <translation>het logo van de gemeente op de voorpagina van de rapporten instellen (PNG of JPEG)</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/cli.py" line="36" />
      <source>show the schema version</source>
      <translation>de schemaversie tonen</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/processing/analysis/period_comparison.py" line="101" />
      <source>significant decrease</source>
      <translation>significante daling</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/processing/analysis/period_comparison.py" line="101" />
      <source>significant increase</source>
      <translation>significante stijging</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/reports/cli.py" line="31" />
      <source>start: YYYY-MM-DD or YYYY-MM-DDTHH:MM (default: the end of the previous report)</source>
      <translation>begin: JJJJ-MM-DD of JJJJ-MM-DDTUU:MM (standaard: het einde van het vorige rapport)</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/cli.py" line="35" />
      <source>stop at this schema version</source>
      <translation>stoppen bij deze schemaversie</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/statistics_dock.py" line="384" />
      <source>the "Incidents by category" layer has a filter GPS-U does not read: categories unchanged</source>
      <translation>de laag "Incidenten per categorie" heeft een filter die GPS-U niet leest: categorieën ongewijzigd</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/reports/cli.py" line="41" />
      <source>the DLS statistics report (PDF), against the previous period</source>
      <translation>het statistische DLS-rapport (PDF), vergeleken met de vorige periode</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/schools.py" line="921" />
      <source>the confinement and evacuation signals</source>
      <translation>de signalen voor schuilen en evacuatie</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/schools.py" line="927" />
      <source>the confinement arrangements</source>
      <translation>de schuilmaatregelen</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/schools.py" line="931" />
      <source>the equipment available</source>
      <translation>het beschikbare materiaal</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/schools.py" line="929" />
      <source>the evacuation arrangements</source>
      <translation>de evacuatiemaatregelen</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/schools.py" line="916" />
      <source>the head of the school and a phone number</source>
      <translation>de directeur en een telefoonnummer</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/cli.py" line="39" />
      <source>the image file</source>
      <translation>het afbeeldingsbestand</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/reports/cli.py" line="29" />
      <source>the new-facts report (PDF)</source>
      <translation>het rapport nieuwe feiten (PDF)</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/change_password_dialog.py" line="110" />
      <source>the same password typed twice</source>
      <translation>tweemaal hetzelfde wachtwoord</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/access.py" line="54" />
      <source>three kinds of characters among lower case, upper case, digits and symbols</source>
      <translation>drie soorten tekens uit kleine letters, hoofdletters, cijfers en symbolen</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/atlas_dialog.py" line="56" />
      <location filename="../gpsu_plugin/gui/audit_dock.py" line="137" />
      <location filename="../gpsu_plugin/gui/cases_dock.py" line="90" />
      <location filename="../gpsu_plugin/gui/statistics_dock.py" line="133" />
      <source>to</source>
      <translation>tot</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/analysis_filters.py" line="105" />
      <source>to {}</source>
      <translation>tot {}</translation>
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
    <message>
      <location filename="../gpsu_plugin/reports/dls.py" line="564" />
      <source>week</source>
      <translation>week</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/statistics_dock.py" line="381" />
      <source>zone: the map's extent</source>
      <translation>zone: het kaartbeeld</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/processing/analysis/period_comparison.py" line="116" />
      <source>{:+.0f} % to {:+.0f} %</source>
      <translation>{:+.0f} % tot {:+.0f} %</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/processing/analysis/period_comparison.py" line="112" />
      <source>{:.0f} % or less</source>
      <translation>{:.0f} % of minder</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/processing/analysis/period_comparison.py" line="231" />
      <source>{a} incidents in period A, {b} in period B ({filters}).</source>
      <translation>{a} feiten in periode A, {b} in periode B ({filters}).</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/statistics_dock.py" line="529" />
      <source>{cases} cases, {closed} closed.</source>
      <translation>{cases} dossiers, {closed} afgesloten.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/processing/analysis/hotspots.py" line="210" />
      <source>{cells} cells: {hot} hot spots and {cold} cold spots at 90 % or more (FDR-corrected).</source>
      <translation>{cells} cellen: {hot} hotspots en {cold} coldspots bij 90 % of meer (FDR-gecorrigeerd).</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/processing/analysis/emerging_hotspots.py" line="236" />
      <source>{cells} cells: {new} new, {up} intensifying, {persistent} persistent, {down} diminishing, {sporadic} sporadic and {historical} historical hot spots.</source>
      <translation>{cells} cellen: hotspots nieuw {new}, toenemend {up}, aanhoudend {persistent}, afnemend {down}, sporadisch {sporadic} en historisch {historical}.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/processing/analysis/clusters.py" line="110" />
      <source>{clusters} clusters holding {clustered} of the {total} incidents.</source>
      <translation>{clusters} clusters met {clustered} van de {total} feiten.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/reports/dls.py" line="287" />
      <source>{current} facts ({change} compared with the {previous} of the previous period)</source>
      <translation>{current} feiten ({change} ten opzichte van de {previous} van de vorige periode)</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/reports/dls.py" line="556" />
      <source>{days} days</source>
      <translation>{days} dagen</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/reports/new_facts.py" line="268" />
      <source>{day}, between {start} and {end}</source>
      <translation>{day}, tussen {start} en {end}</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/processing/analysis/period_comparison.py" line="257" />
      <source>{districts} districts: {up} significant increases, {down} significant decreases at 5 %.</source>
      <translation>{districts} deelgemeenten: {up} significante stijgingen, {down} significante dalingen op 5 %.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/reports/new_facts.py" line="512" />
      <source>{district} ({count})</source>
      <translation>{district} ({count})</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/statistics_dock.py" line="527" />
      <source>{facts} facts over {months} months.</source>
      <translation>{facts} feiten over {months} maanden.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/statistics_dock.py" line="531" />
      <source>{facts} facts.</source>
      <translation>{facts} feiten.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/schools_dock.py" line="392" />
      <source>{filename} · {size}
Added on {date} by {author}
SHA-256 {sha}</source>
      <translation>{filename} · {size}
Toegevoegd op {date} door {author}
SHA-256 {sha}</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/schools.py" line="321" />
      <source>{inserted} schools added, {updated} updated, {unchanged} unchanged, {rejected} rows rejected.</source>
      <translation>{inserted} scholen toegevoegd, {updated} bijgewerkt, {unchanged} ongewijzigd, {rejected} rijen geweigerd.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/schools.py" line="462" />
      <source>{label} is not a number: "{value}"</source>
      <translation>{label} is geen getal: "{value}"</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/schools.py" line="464" />
      <source>{label} must be a whole number, zero or more: "{value}"</source>
      <translation>{label} moet een geheel getal zijn, nul of meer: "{value}"</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/reports/new_facts.py" line="278" />
      <source>{lat:.5f}° N, {lon:.5f}° E</source>
      <translation>{lat:.5f}° NB, {lon:.5f}° OL</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/processing/analysis/near_repeat.py" line="134" />
      <source>{lo:g}–{hi:g} {unit}</source>
      <translation>{lo:g}–{hi:g} {unit}</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/processing/analysis/monthly_series.py" line="71" />
      <source>{months} months: at least 24 are needed for a seasonal index; the seasonal index and the adjusted counts are left empty.</source>
      <translation>{months} maanden: er zijn er minstens 24 nodig voor een seizoensindex; de seizoensindex en de gecorrigeerde aantallen blijven leeg.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/reports/layouts.py" line="900" />
      <source>{municipality} – facts observed on the territory</source>
      <translation>{municipality} – vastgestelde feiten op het grondgebied</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/reports/dls.py" line="284" />
      <source>{n} facts were observed during the previous period.</source>
      <translation>Tijdens de vorige periode werden {n} feiten vastgesteld.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/processing/analysis/monthly_series.py" line="52" />
      <location filename="../gpsu_plugin/processing/analysis/near_repeat.py" line="206" />
      <location filename="../gpsu_plugin/processing/analysis/time_profile.py" line="79" />
      <source>{n} incidents ({filters}).</source>
      <translation>{n} feiten ({filters}).</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/processing/analysis/hotspots.py" line="170" />
      <source>{n} incidents ({filters}); cells of {size:.0f} m, neighbourhood {distance:.0f} m.</source>
      <translation>{n} feiten ({filters}); cellen van {size:.0f} m, buurafstand {distance:.0f} m.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/processing/analysis/heatmap.py" line="111" />
      <source>{n} incidents ({filters}); radius {radius:.0f} m, pixels of {pixel:g} m.</source>
      <translation>{n} feiten ({filters}); straal {radius:.0f} m, pixels van {pixel:g} m.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/processing/analysis/emerging_hotspots.py" line="184" />
      <source>{n} incidents ({filters}); {slices} slices, cells of {size:.0f} m, neighbourhood {distance:.0f} m.</source>
      <translation>{n} feiten ({filters}); {slices} tijdvakken, cellen van {size:.0f} m, buurt van {distance:.0f} m.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/processing/analysis/near_repeat.py" line="202" />
      <source>{n} incidents match the filters ({filters}): the near repeat analysis takes at most {max}. Choose a category, a shorter period or a district.</source>
      <translation>{n} feiten voldoen aan de filters ({filters}): de near-repeatanalyse neemt er hoogstens {max}. Kies een categorie, een kortere periode of een deelgemeente.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/processing/analysis/near_repeat.py" line="239" />
      <source>{n} of {cells} cells significant at 5 %.</source>
      <translation>{n} van {cells} cellen significant op 5 %.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/processing/analysis/near_repeat.py" line="218" />
      <source>{pairs} pairs of incidents within {d:g} m; {p} simulations.</source>
      <translation>{pairs} paren van feiten binnen {d:g} m; {p} simulaties.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/reports/cli.py" line="67" />
      <source>{path}: {facts} facts against {previous} in the previous period, {pages} pages.</source>
      <translation>{path}: {facts} feiten tegenover {previous} in de vorige periode, {pages} pagina's.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/reports/cli.py" line="222" />
      <source>{path}: {facts} facts, {pages} pages ({period}).</source>
      <translation>{path}: {facts} feiten, {pages} pagina's ({period}).</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/atlas_dialog.py" line="140" />
      <source>{path}: {pages} pages in {seconds:.0f} s.</source>
      <translation>{path}: {pages} pagina's in {seconds:.0f} s.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/reports/cli.py" line="183" />
      <source>{path}: {pages} pages in {seconds:.1f} s ({per_page:.2f} s a page), {period}.</source>
      <translation>{path}: {pages} pagina's in {seconds:.1f} s ({per_page:.2f} s per pagina), {period}.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/reports/layouts.py" line="827" />
      <source>{total} facts within {distance} m of each other, {open} of them still open</source>
      <translation>{total} feiten binnen {distance} m van elkaar, waarvan {open} nog open</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/reports/layouts.py" line="796" />
      <location filename="../gpsu_plugin/reports/layouts.py" line="907" />
      <source>{total} facts, {open} of them still open</source>
      <translation>{total} feiten, waarvan {open} nog open</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/case_detail.py" line="447" />
      <source>{type}, added by {author} on {date}</source>
      <translation>{type}, toegevoegd door {author} op {date}</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/processing/analysis/near_repeat.py" line="42" />
      <source>{what}: "{part}" is not a number (give limits such as "0,100,200,400").</source>
      <translation>{what}: ‘{part}’ is geen getal (geef grenzen zoals ‘0,100,200,400’).</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/processing/analysis/near_repeat.py" line="45" />
      <source>{what}: "{part}" must be a number of zero or more.</source>
      <translation>{what}: ‘{part}’ moet een getal van nul of meer zijn.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/case_detail.py" line="338" />
      <source>{when} by {who}</source>
      <translation>{when} door {who}</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/cases.py" line="252" />
      <source>{who} changed this case while you were editing it; your changes were not saved and are kept in the form. Review theirs, then save again.</source>
      <translation>{who} heeft dit dossier gewijzigd terwijl u het aan het bewerken was; uw wijzigingen zijn niet opgeslagen en blijven in het formulier staan. Bekijk de wijzigingen van die persoon en sla daarna opnieuw op.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/processing/analysis/prevention_action.py" line="249" />
      <source>{zone}: {before} before, {after} after.</source>
      <translation>{zone}: {before} voor, {after} na.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/access_dialog.py" line="237" />
      <source>{} (inactive)</source>
      <translation>{} (inactief)</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/messages.py" line="54" />
      <source>{} MB</source>
      <translation>{} MB</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/access_dialog.py" line="544" />
      <source>{} account(s), {} disabled</source>
      <translation>{} account(s), {} uitgeschakeld</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/messages.py" line="51" />
      <source>{} bytes</source>
      <translation>{} bytes</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/access_dialog.py" line="690" />
      <source>{} case(s) pseudonymised.</source>
      <translation>{} dossier(s) gepseudonimiseerd.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/cases_dock.py" line="294" />
      <source>{} cases</source>
      <translation>{} dossiers</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/cases_dock.py" line="292" />
      <source>{} cases shown, more in the database</source>
      <translation>{} dossiers getoond, meer in de database</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/access_dialog.py" line="681" />
      <source>{} closed case(s) are older than the retention period. Their personal details (description, place, reporter, comments, photos) will be removed for good; the statistics are kept. Continue?</source>
      <translation>{} afgesloten dossier(s) zijn ouder dan de bewaartermijn. Hun persoonsgegevens (beschrijving, plaats, melder, opmerkingen, foto's) worden definitief verwijderd; de statistieken blijven behouden. Doorgaan?</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/cli.py" line="104" />
      <source>{} closed cases pseudonymised.</source>
      <translation>{} afgesloten dossiers gepseudonimiseerd.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/cli.py" line="103" />
      <source>{} closed cases would be pseudonymised.</source>
      <translation>{} afgesloten dossiers zouden gepseudonimiseerd worden.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/ppms_editor.py" line="283" />
      <source>{} confinement areas are drawn on the map.</source>
      <translation>{} schuilzones staan op de kaart.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/schools.py" line="429" />
      <location filename="../gpsu_plugin/core/schools.py" line="361" />
      <source>{} could not be read as a GeoPackage or vector file.</source>
      <translation>{} kon niet worden gelezen als GeoPackage of vectorbestand.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/schools.py" line="404" />
      <source>{} could not be read: {}</source>
      <translation>{} kon niet worden gelezen: {}</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/schools_dock.py" line="408" />
      <source>{} documents are past their review date.</source>
      <translation>{} documenten zijn over hun herzieningsdatum.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/audit_dock.py" line="244" />
      <source>{} entries</source>
      <translation>{} items</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/audit_dock.py" line="285" />
      <source>{} entries exported to {}</source>
      <translation>{} items geëxporteerd naar {}</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/reports/new_facts.py" line="496" />
      <source>{} facts recorded</source>
      <translation>{} feiten geregistreerd</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/reports/ppms.py" line="164" />
      <location filename="../gpsu_plugin/reports/reflex_sheet.py" line="246" />
      <source>{} floors</source>
      <translation>{} verdiepingen</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/processing/analysis/prevention_action.py" line="33" />
      <location filename="../gpsu_plugin/processing/analysis/prevention_action.py" line="37" />
      <source>{} has no polygon (select the features to use, or check the layer).</source>
      <translation>{} heeft geen polygoon (selecteer de te gebruiken objecten, of controleer de laag).</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/reports/cli.py" line="100" />
      <source>{} is not a date (YYYY-MM-DD) or a date and time (YYYY-MM-DDTHH:MM).</source>
      <translation>{} is geen datum (JJJJ-MM-DD) of datum en tijd (JJJJ-MM-DDTUU:MM).</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/reports/cli.py" line="155" />
      <source>{} is not a date (YYYY-MM-DD).</source>
      <translation>{} is geen datum (JJJJ-MM-DD).</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/reports/dls.py" line="78" />
      <source>{} is not a date.</source>
      <translation>{} is geen datum.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/processing/analysis/period_comparison.py" line="191" />
      <source>{} is required.</source>
      <translation>{} is verplicht.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/messages.py" line="53" />
      <source>{} kB</source>
      <translation>{} kB</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/duplicate_dialog.py" line="45" />
      <source>{} m</source>
      <translation>{} m</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/schools_dock.py" line="326" />
      <location filename="../gpsu_plugin/reports/reflex_sheet.py" line="241" />
      <source>{} pupils</source>
      <translation>{} leerlingen</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/schools_dock.py" line="328" />
      <location filename="../gpsu_plugin/reports/reflex_sheet.py" line="242" />
      <source>{} staff</source>
      <translation>{} personeelsleden</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/alerts_inbox.py" line="244" />
      <source>{} unread</source>
      <translation>Ongelezen: {}</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/processing/analysis/near_repeat.py" line="48" />
      <source>{}: give at least two limits (one band), for example "0,100".</source>
      <translation>{}: geef minstens twee grenzen (één klasse), bijvoorbeeld ‘0,100’.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/processing/analysis/near_repeat.py" line="36" />
      <source>{}: give the band limits, for example "0,100,200,400".</source>
      <translation>{}: geef de grenzen van de klassen, bijvoorbeeld ‘0,100,200,400’.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/processing/analysis/near_repeat.py" line="50" />
      <source>{}: the limits must be in strictly increasing order.</source>
      <translation>{}: de grenzen moeten strikt stijgend zijn.</translation>
    </message>
  </context>
</TS>
