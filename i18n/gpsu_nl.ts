<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_BE" sourcelanguage="en">
  <context>
    <name>gpsu</name>
    <message>
      <location filename="../gpsu_plugin/core/incidents.py" line="178" />
      <source>"{name}" is too big to attach ({size} MB; at most {limit} MB).</source>
      <translation>"{name}" is te groot om bij te voegen ({size} MB; maximaal {limit} MB).</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/incidents.py" line="175" />
      <source>"{}" cannot be attached: this type of file is not accepted.</source>
      <translation>"{}" kan niet worden bijgevoegd: dit bestandstype wordt niet aanvaard.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/incident_dock.py" line="518" />
      <source>"{}" cannot be read.</source>
      <translation>"{}" kan niet worden gelezen.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/incidents.py" line="182" />
      <source>"{}" is empty.</source>
      <translation>"{}" is leeg.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/incident_dock.py" line="402" />
      <source>(none)</source>
      <translation>(geen)</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/cases_dock.py" line="319" />
      <source>1 case</source>
      <translation>1 dossier</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/reports/new_facts.py" line="414" />
      <source>1 fact recorded</source>
      <translation>1 feit geregistreerd</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/case_detail.py" line="488" />
      <source>A case cannot duplicate itself.</source>
      <translation>Een dossier kan geen duplicaat van zichzelf zijn.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/dberrors.py" line="26" />
      <source>A closed, rejected or duplicate case cannot be shared with another service.</source>
      <translation>Een afgesloten, afgewezen of dubbel dossier kan niet met een andere dienst worden gedeeld.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/dberrors.py" line="19" />
      <source>A field of the observation template is missing or invalid: {}</source>
      <translation>Een veld van het vaststellingsmodel ontbreekt of is ongeldig: {}</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/processing/analysis/heatmap.py" line="78" />
      <source>A raster of the density of the filtered incidents, computed by QGIS's own kernel density algorithm (Heatmap, kernel density estimation) with a quartic kernel: each incident spreads its weight over a disc of the given radius, and each pixel holds the sum of the kernels (raw values). The raster is in the coordinate reference system of the GPS-U schema and is styled from transparent yellow (low density) to red (high density).</source>
      <translation>Een raster van de dichtheid van de gefilterde feiten, berekend met het eigen kerneldichtheidsalgoritme van QGIS (Hittekaart, kerneldichtheidsschatting) met een quartische kernel: elk feit verspreidt zijn gewicht over een schijf met de opgegeven straal, en elke pixel bevat de som van de kernels (ruwe waarden). Het raster staat in het coördinatenreferentiesysteem van het GPS-U-schema en krijgt een opmaak van transparant geel (lage dichtheid) tot rood (hoge dichtheid).</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/processing/analysis/time_profile.py" line="56" />
      <source>A table of 7 x 24 rows: for each day of the week (0 = Monday) and hour of the day, in the municipality's time zone, the weighted number of the filtered incidents. A fact seen at a given time counts 1 in its hour; a fact known only by a time window (between ... and ...) is spread over the hours of the window, in proportion to the time covered (aoristic weighting), so that the weights add up to the number of facts.</source>
      <translation>Een tabel van 7 x 24 rijen: voor elke dag van de week (0 = maandag) en elk uur van de dag, in de tijdzone van de gemeente, het gewogen aantal gefilterde feiten. Een feit dat op een bepaald tijdstip werd vastgesteld, telt voor 1 in zijn uur; een feit dat alleen binnen een periode bekend is (tussen ... en ...), wordt over de uren van die periode verdeeld, naar verhouding van de gedekte tijd (aoristische weging), zodat de gewichten samen het aantal feiten geven.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/alerts_inbox.py" line="38" />
      <source>A task changed</source>
      <translation>Een taak is gewijzigd</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/connection_dialog.py" line="66" />
      <source>Account</source>
      <translation>Account</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/incident_dock.py" line="268" />
      <source>Add files…</source>
      <translation>Bestanden toevoegen…</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/plugin.py" line="81" />
      <source>Add the GPS-U layers</source>
      <translation>GPS-U-lagen toevoegen</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/processing/database/upgrade.py" line="26" />
      <source>Administration</source>
      <translation>Beheer</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/alerts_inbox.py" line="188" />
      <source>Alert</source>
      <translation>Melding</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/plugin.py" line="79" />
      <source>Alerts</source>
      <translation>Meldingen</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/processing/analysis/base.py" line="52" />
      <source>All</source>
      <translation>Alle</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/cases_dock.py" line="226" />
      <source>All categories</source>
      <translation>Alle categorieën</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/cases_dock.py" line="223" />
      <source>All priorities</source>
      <translation>Alle prioriteiten</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/cases_dock.py" line="216" />
      <source>All services</source>
      <translation>Alle diensten</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/cases_dock.py" line="220" />
      <source>All statuses</source>
      <translation>Alle statussen</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/incident_dock.py" line="306" />
      <location filename="../gpsu_plugin/gui/incident_dock.py" line="593" />
      <location filename="../gpsu_plugin/gui/messages.py" line="34" />
      <source>An unexpected error occurred; the GPS-U log panel has the details.</source>
      <translation>Er is een onverwachte fout opgetreden; de details staan in het tabblad GPS-U van het paneel Logberichten.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/processing/analysis/base.py" line="32" />
      <source>Analysis</source>
      <translation>Analyse</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/cli.py" line="72" />
      <source>Applied migrations {}; schema {}.</source>
      <translation>Toegepaste migraties: {}; schema {}.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/case_detail.py" line="206" />
      <source>Apply my change again…</source>
      <translation>Mijn wijziging opnieuw toepassen…</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/migrations.py" line="188" />
      <source>Applying migration {} ({})</source>
      <translation>Migratie {} ({}) wordt toegepast</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/reports/new_facts.py" line="509" />
      <location filename="../gpsu_plugin/reports/new_facts.py" line="453" />
      <source>Assigned service</source>
      <translation>Toegewezen dienst</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/incident_dock.py" line="243" />
      <source>At</source>
      <translation>Op</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/incident_dock.py" line="507" />
      <source>Attach photos or documents</source>
      <translation>Foto's of documenten bijvoegen</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/case_detail.py" line="244" />
      <location filename="../gpsu_plugin/gui/incident_dock.py" line="260" />
      <source>Attachments</source>
      <translation>Bijlagen</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/case_detail.py" line="446" />
      <source>Attachments ({})</source>
      <translation>Bijlagen ({})</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/incident_dock.py" line="244" />
      <source>Between</source>
      <translation>Tussen</translation>
    </message>
    <message>
      <source>Canceled.</source>
      <translation type="obsolete">Geannuleerd.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/processing/analysis/base.py" line="122" />
      <location filename="../gpsu_plugin/processing/analysis/base.py" line="102" />
      <location filename="../gpsu_plugin/processing/analysis/near_repeat.py" line="72" />
      <location filename="../gpsu_plugin/processing/analysis/near_repeat.py" line="123" />
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
      <location filename="../gpsu_plugin/gui/case_detail.py" line="712" />
      <source>Case {number}: change the status to "{status}".</source>
      <translation>Dossier {number}: de status wijzigen naar "{status}".</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/alerts_inbox.py" line="299" />
      <source>Case {number}: {what}</source>
      <translation>Dossier {number}: {what}</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/case_detail.py" line="774" />
      <source>Case {}: a step your service took. It stays in the case's history for good.</source>
      <translation>Dossier {}: een stap die uw dienst heeft gezet. Die blijft voorgoed in de geschiedenis van het dossier staan.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/case_detail.py" line="744" />
      <source>Case {}: give it to another service.</source>
      <translation>Dossier {}: aan een andere dienst toewijzen.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/case_detail.py" line="759" />
      <source>Case {}: open a task for another service, which follows it with its own status.</source>
      <translation>Dossier {}: een taak openen voor een andere dienst, die ze opvolgt met een eigen status.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/plugin.py" line="77" />
      <source>Cases</source>
      <translation>Dossiers</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/case_detail.py" line="547" />
      <location filename="../gpsu_plugin/gui/case_detail.py" line="155" />
      <location filename="../gpsu_plugin/gui/cases_model.py" line="159" />
      <location filename="../gpsu_plugin/reports/new_facts.py" line="448" />
      <source>Category</source>
      <translation>Categorie</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/cases_dock.py" line="74" />
      <source>Category (with its sub-categories) or sub-category</source>
      <translation>Categorie (met haar subcategorieën) of subcategorie</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/incident_dock.py" line="231" />
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
      <location filename="../gpsu_plugin/processing/analysis/hotspots.py" line="110" />
      <source>Cell size (metres; 0: from the data)</source>
      <translation>Celgrootte (meter; 0: op basis van de gegevens)</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/case_detail.py" line="377" />
      <source>Change the status to "{}"</source>
      <translation>Status wijzigen naar "{}"</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/case_detail.py" line="236" />
      <source>Change the task's status…</source>
      <translation>Status van de taak wijzigen…</translation>
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
      <location filename="../gpsu_plugin/gui/incident_dock.py" line="337" />
      <source>Choose a category…</source>
      <translation>Kies een categorie…</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/cases.py" line="245" />
      <source>Choose the case this one duplicates.</source>
      <translation>Kies het dossier waarvan dit een duplicaat is.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/duplicate_dialog.py" line="12" />
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
      <location filename="../gpsu_plugin/processing/analysis/hotspots.py" line="51" />
      <source>Cold spot, 90 % confidence</source>
      <translation>Coldspot, betrouwbaarheid 90 %</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/processing/analysis/hotspots.py" line="51" />
      <source>Cold spot, 95 % confidence</source>
      <translation>Coldspot, betrouwbaarheid 95 %</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/processing/analysis/hotspots.py" line="52" />
      <source>Cold spot, 99 % confidence</source>
      <translation>Coldspot, betrouwbaarheid 99 %</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/case_detail.py" line="720" />
      <location filename="../gpsu_plugin/gui/case_detail.py" line="801" />
      <source>Comment</source>
      <translation>Opmerking</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/case_detail.py" line="782" />
      <source>Concerns</source>
      <translation>Betreft</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/database.py" line="67" />
      <source>Connected as {user}: PostgreSQL {pg}, PostGIS {postgis}, GPS-U schema {schema}.</source>
      <translation>Verbonden als {user}: PostgreSQL {pg}, PostGIS {postgis}, GPS-U-schema {schema}.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/incident_dock.py" line="104" />
      <source>Connecting to the GPS-U database…</source>
      <translation>Verbinding maken met de GPS-U-database…</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/processing/database/upgrade.py" line="43" />
      <location filename="../gpsu_plugin/processing/analysis/base.py" line="43" />
      <source>Connection profile</source>
      <translation>Verbindingsprofiel</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/plugin.py" line="86" />
      <location filename="../gpsu_plugin/gui/incident_dock.py" line="107" />
      <source>Connection…</source>
      <translation>Verbinding…</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/reports/new_facts.py" line="417" />
      <source>Contents</source>
      <translation>Inhoudstafel</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/processing/analysis/hotspots.py" line="98" />
      <source>Counts the filtered incidents in the cells of a square grid over the territory (the districts, or the chosen one) and computes the Getis-Ord Gi* statistic of each cell with binary weights: its neighbours are the cells whose centres lie within the neighbourhood distance, the cell itself included. Each cell gets its count, its z-score, its two-sided p-value, the p-value corrected for the false discovery rate (Benjamini-Hochberg) and a class: hot or cold spot at 90, 95 or 99 % confidence (from the corrected p-value), or not significant.
Cell size 0: twice the side of a square holding one incident on average, between 100 and 500 m. Neighbourhood 0: 1.5 times the cell size (the 8 surrounding cells).</source>
      <translation>Telt de gefilterde feiten in de cellen van een vierkant raster over het grondgebied (de deelgemeenten, of de gekozen deelgemeente) en berekent de Getis-Ord Gi*-statistiek van elke cel met binaire gewichten: de buren ervan zijn de cellen waarvan het middelpunt binnen de buurafstand ligt, de cel zelf inbegrepen. Elke cel krijgt haar aantal feiten, haar z-score, haar tweezijdige p-waarde, de p-waarde gecorrigeerd voor de false discovery rate (Benjamini-Hochberg) en een klasse: hotspot of coldspot met een betrouwbaarheid van 90, 95 of 99 % (op basis van de gecorrigeerde p-waarde), of niet significant.
Celgrootte 0: tweemaal de zijde van een vierkant met gemiddeld één feit, tussen 100 en 500 m. Buurafstand 0: 1,5 keer de celgrootte (de 8 omliggende cellen).</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/processing/analysis/period_comparison.py" line="153" />
      <source>Counts the filtered incidents of each district in period A and in period B (municipality time, start included, end excluded) and gives the change (B - A), the change in percent of A (empty when A has no fact) and whether the change is significant at 5 %. The test compares the rates of facts, so periods of different lengths can be compared: given the n facts of both periods, the number in B follows a binomial law of probability length B / (length A + length B) when the rate did not change; the two-sided p-value is exact up to 1000 facts, from the normal approximation above. The counts and percentages themselves are not adjusted for the lengths. The periods must not overlap. The map is styled blue for decreases and red for increases.</source>
      <translation>Telt de gefilterde feiten per deelgemeente in periode A en in periode B (tijd van de gemeente, begin inbegrepen, einde niet) en geeft de verandering (B - A), de verandering in procent van A (leeg als A geen feit telt) en of de verandering significant is op 5 %. De toets vergelijkt de frequenties van feiten, zodat perioden van verschillende lengte vergeleken kunnen worden: gegeven de n feiten van beide perioden volgt het aantal in B een binomiale verdeling met kans lengte B / (lengte A + lengte B) als de frequentie niet veranderde; de tweezijdige p-waarde is exact tot 1000 feiten, daarboven uit de normale benadering. De aantallen en percentages zelf worden niet aangepast aan de lengtes. De perioden mogen niet overlappen. De kaart toont dalingen in blauw en stijgingen in rood.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/case_detail.py" line="40" />
      <source>Created</source>
      <translation>Aangemaakt</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/processing/analysis/emerging_hotspots.py" line="124" />
      <source>Cuts the period (required) into equal time slices and computes, for each slice, the Getis-Ord Gi* z-score of each cell of a square grid over the territory, as the hot spot algorithm does. A cell is hot in a slice when its z-score is positive with a two-sided p-value of 0.10 or less. A Mann-Kendall test on each cell's series of z-scores gives its trend (up or down at 5 %, or none). Classes: new (hot only in the last slice), intensifying, persistent or diminishing (hot in at least 90 % of the slices, with an upward, no or a downward trend), sporadic (hot in the last slice and in some earlier ones), historical (not hot in the last slice but in at least 90 % of the others), or no pattern.
Cell size 0: twice the side of a square holding one incident on average, between 100 and 500 m. Neighbourhood 0: 1.5 times the cell size (the 8 surrounding cells).</source>
      <translation>Deelt de periode (verplicht) op in gelijke tijdvakken en berekent voor elk tijdvak de Getis-Ord Gi* z-score van elke cel van een vierkant raster over het grondgebied, zoals het hotspotalgoritme. Een cel is heet in een tijdvak als haar z-score positief is met een tweezijdige p-waarde van 0,10 of minder. Een Mann-Kendalltoets op de reeks z-scores van elke cel geeft haar trend (stijgend of dalend op 5 %, of geen). Klassen: nieuw (alleen heet in het laatste tijdvak), toenemend, aanhoudend of afnemend (heet in minstens 90 % van de tijdvakken, met een stijgende, geen of een dalende trend), sporadisch (heet in het laatste tijdvak en in sommige eerdere), historisch (niet heet in het laatste tijdvak maar wel in minstens 90 % van de andere), of geen patroon.
Celgrootte 0: tweemaal de zijde van een vierkant met gemiddeld één feit, tussen 100 en 500 m. Buurt 0: 1,5 keer de celgrootte (de 8 omliggende cellen).</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/connection_dialog.py" line="60" />
      <source>Database</source>
      <translation>Database</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/duplicate_dialog.py" line="35" />
      <source>Date</source>
      <translation>Datum</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/reports/new_facts.py" line="507" />
      <source>Date and time</source>
      <translation>Datum en tijd</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/cases.py" line="279" />
      <source>Describe the step that was taken.</source>
      <translation>Beschrijf de stap die werd gezet.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/case_detail.py" line="548" />
      <location filename="../gpsu_plugin/gui/case_detail.py" line="230" />
      <location filename="../gpsu_plugin/gui/duplicate_dialog.py" line="36" />
      <location filename="../gpsu_plugin/reports/new_facts.py" line="511" />
      <source>Description</source>
      <translation>Beschrijving</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/processing/analysis/emerging_hotspots.py" line="49" />
      <source>Diminishing hot spot</source>
      <translation>Afnemende hotspot</translation>
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
      <source>District</source>
      <translation>Deelgemeente</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/processing/analysis/base.py" line="55" />
      <source>District (id, code or name)</source>
      <translation>Deelgemeente (id, code of naam)</translation>
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
      <location filename="../gpsu_plugin/gui/case_detail.py" line="549" />
      <location filename="../gpsu_plugin/gui/case_detail.py" line="156" />
      <location filename="../gpsu_plugin/gui/cases_model.py" line="160" />
      <source>Due</source>
      <translation>Uiterste datum</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/duplicate_dialog.py" line="13" />
      <source>Duplicate</source>
      <translation>Dubbel</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/case_detail.py" line="549" />
      <source>Duplicate of</source>
      <translation>Duplicaat van</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/case_detail.py" line="718" />
      <source>Duplicate of case</source>
      <translation>Duplicaat van dossier</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/migrations.py" line="133" />
      <source>EPSG:{} is not a coordinate reference system known to PostGIS.</source>
      <translation>EPSG:{} is geen coördinatenreferentiesysteem dat PostGIS kent.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/reports/map_extract.py" line="31" />
      <source>EPSG:{} is not a known coordinate reference system.</source>
      <translation>EPSG:{} is geen bekend coördinatenreferentiesysteem.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/migrations.py" line="135" />
      <source>EPSG:{} is not a projected coordinate reference system; GPS-U measures distances in metres (use e.g. EPSG:31370 or EPSG:2154).</source>
      <translation>EPSG:{} is geen geprojecteerd coördinatenreferentiesysteem; GPS-U meet afstanden in meter (gebruik bv. EPSG:31370 of EPSG:2154).</translation>
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
      <location filename="../gpsu_plugin/cli.py" line="54" />
      <source>Error: {}</source>
      <translation>Fout: {}</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/alerts_inbox.py" line="244" />
      <source>Everything is read.</source>
      <translation>Alles is gelezen.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/reports/new_facts.py" line="448" />
      <location filename="../gpsu_plugin/reports/new_facts.py" line="453" />
      <source>Facts</source>
      <translation>Feiten</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/reports/new_facts.py" line="451" />
      <source>Facts per category</source>
      <translation>Feiten per categorie</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/reports/new_facts.py" line="456" />
      <source>Facts per service</source>
      <translation>Feiten per dienst</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/reports/new_facts.py" line="407" />
      <source>Facts recorded in GPS-U during the period, by category and district.</source>
      <translation>Feiten die tijdens de periode in GPS-U werden geregistreerd, per categorie en per deelgemeente.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/incidents.py" line="186" />
      <source>Fill in the field "{}" of the observation template.</source>
      <translation>Vul het veld "{}" van het vaststellingsmodel in.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/cases_dock.py" line="86" />
      <source>First day recorded (empty: no limit)</source>
      <translation>Eerste registratiedag (leeg: geen beperking)</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/processing/analysis/time_profile.py" line="42" />
      <source>Friday</source>
      <translation>Vrijdag</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/reports/new_facts.py" line="231" />
      <source>From {start} to {end}</source>
      <translation>Van {start} tot {end}</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/plugin.py" line="58" />
      <location filename="../gpsu_plugin/plugin.py" line="64" />
      <location filename="../gpsu_plugin/gui/messages.py" line="26" />
      <location filename="../gpsu_plugin/gui/messages.py" line="58" />
      <location filename="../gpsu_plugin/processing/provider.py" line="20" />
      <source>GPS-U</source>
      <translation>GPS-U</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/cli.py" line="22" />
      <source>GPS-U administration</source>
      <translation>GPS-U-beheer</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/alerts_inbox.py" line="308" />
      <source>GPS-U alert</source>
      <translation>GPS-U-melding</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/cli.py" line="65" />
      <source>GPS-U schema: {}</source>
      <translation>GPS-U-schema: {}</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/processing/provider.py" line="23" />
      <source>GPS-U urban safety</source>
      <translation>GPS-U stedelijke veiligheid</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/reports/new_facts.py" line="377" />
      <source>GPS-U · urban safety</source>
      <translation>GPS-U · stedelijke veiligheid</translation>
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
      <location filename="../gpsu_plugin/gui/cases_dock.py" line="41" />
      <source>GPS-U – cases</source>
      <translation>GPS-U – dossiers</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/case_detail.py" line="711" />
      <source>GPS-U – change the status</source>
      <translation>GPS-U – status wijzigen</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/connection_dialog.py" line="27" />
      <source>GPS-U – database connection</source>
      <translation>GPS-U – databaseverbinding</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/incident_dock.py" line="72" />
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
      <location filename="../gpsu_plugin/gui/case_detail.py" line="743" />
      <source>GPS-U – reassign the case</source>
      <translation>GPS-U – dossier opnieuw toewijzen</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/case_detail.py" line="773" />
      <source>GPS-U – record a step</source>
      <translation>GPS-U – stap registreren</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/case_detail.py" line="758" />
      <source>GPS-U – share with a service</source>
      <translation>GPS-U – delen met een dienst</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/case_detail.py" line="793" />
      <source>GPS-U – task status</source>
      <translation>GPS-U – status van de taak</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/plugin.py" line="266" />
      <source>GPS-U: new facts report</source>
      <translation>GPS-U: rapport nieuwe feiten</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/connection_dialog.py" line="185" />
      <source>GPS-U: testing the connection</source>
      <translation>GPS-U: verbinding testen</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/profile.py" line="65" />
      <source>Give a PostgreSQL service name, or a database name.</source>
      <translation>Geef een PostgreSQL-servicenaam of een databasenaam op.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/case_detail.py" line="483" />
      <source>Give the number of the case this one duplicates.</source>
      <translation>Geef het nummer op van het dossier waarvan dit een duplicaat is.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/cases.py" line="252" />
      <source>Give the reason for the reassignment.</source>
      <translation>Geef de reden op waarom het dossier opnieuw wordt toegewezen.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/incidents.py" line="191" />
      <source>Give the time of the fact, or the window in which it happened.</source>
      <translation>Geef het tijdstip van het feit op, of de periode waarin het plaatsvond.</translation>
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
      <location filename="../gpsu_plugin/core/layers.py" line="98" />
      <source>Heatmap of facts</source>
      <translation>Hittekaart van de feiten</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/processing/analysis/heatmap.py" line="142" />
      <source>Heatmap of {n} incidents written.</source>
      <translation>Hittekaart van {n} feiten geschreven.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/layers.py" line="80" />
      <source>High</source>
      <translation>Hoog</translation>
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
      <location filename="../gpsu_plugin/processing/analysis/hotspots.py" line="50" />
      <source>Hot spot, 90 % confidence</source>
      <translation>Hotspot, betrouwbaarheid 90 %</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/processing/analysis/hotspots.py" line="49" />
      <source>Hot spot, 95 % confidence</source>
      <translation>Hotspot, betrouwbaarheid 95 %</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/processing/analysis/hotspots.py" line="49" />
      <source>Hot spot, 99 % confidence</source>
      <translation>Hotspot, betrouwbaarheid 99 %</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/processing/analysis/hotspots.py" line="115" />
      <source>Hot spots</source>
      <translation>Hotspots</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/processing/analysis/hotspots.py" line="95" />
      <source>Hot spots (Getis-Ord Gi*)</source>
      <translation>Hotspots (Getis-Ord Gi*)</translation>
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
      <location filename="../gpsu_plugin/core/layers.py" line="111" />
      <source>Incidents by category</source>
      <translation>Feiten per categorie</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/layers.py" line="113" />
      <source>Incidents by status</source>
      <translation>Feiten per status</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/processing/database/upgrade.py" line="23" />
      <source>Install / upgrade database</source>
      <translation>Database installeren / bijwerken</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/plugin.py" line="88" />
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
      <location filename="../gpsu_plugin/reports/new_facts.py" line="356" />
      <source>Issued on {}</source>
      <translation>Opgemaakt op {}</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/connection_dialog.py" line="79" />
      <source>Keep the password</source>
      <translation>Wachtwoord bewaren</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/case_detail.py" line="588" />
      <source>Last change by {who} on {when}.</source>
      <translation>Laatste wijziging door {who} op {when}.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/cases_dock.py" line="87" />
      <source>Last day recorded (empty: no limit)</source>
      <translation>Laatste registratiedag (leeg: geen beperking)</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/duplicate_dialog.py" line="53" />
      <source>Link to this case</source>
      <translation>Aan dit dossier koppelen</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/cases_dock.py" line="139" />
      <source>Load the next {} cases</source>
      <translation>De volgende {} dossiers laden</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/processing/database/upgrade.py" line="48" />
      <source>Load the reference services and categories</source>
      <translation>Referentiediensten en -categorieën laden</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/incident_dock.py" line="208" />
      <source>Location *</source>
      <translation>Locatie *</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/plugin.py" line="75" />
      <source>Log a fact</source>
      <translation>Feit registreren</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/layers.py" line="80" />
      <source>Low</source>
      <translation>Laag</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/incident_dock.py" line="197" />
      <source>Map centre</source>
      <translation>Kaartmidden</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/reports/cli.py" line="115" />
      <source>Map extracts need QGIS: start the command with gpsu_plugin.cli.</source>
      <translation>Kaartuittreksels vereisen QGIS: start de opdracht met gpsu_plugin.cli.</translation>
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
      <location filename="../gpsu_plugin/core/migrations.py" line="235" />
      <source>Migration {} ({}) failed; the database was left at the previous version.</source>
      <translation>Migratie {} ({}) is mislukt; de database is op de vorige versie gebleven.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/processing/analysis/clusters.py" line="59" />
      <source>Minimum number of incidents</source>
      <translation>Minimumaantal feiten</translation>
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
      <location filename="../gpsu_plugin/gui/cases_dock.py" line="138" />
      <source>More</source>
      <translation>Meer</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/processing/analysis/near_repeat.py" line="85" />
      <source>More than {n} pairs of facts are closer than the largest distance band: choose smaller bands or filter the facts further.</source>
      <translation>Meer dan {n} paren van feiten liggen dichter bij elkaar dan de grootste afstandsklasse: kies kleinere klassen of filter de feiten verder.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/cases_dock.py" line="211" />
      <source>My services</source>
      <translation>Mijn diensten</translation>
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
      <location filename="../gpsu_plugin/processing/analysis/hotspots.py" line="112" />
      <source>Neighbourhood distance (metres; 0: 1.5 x cell size)</source>
      <translation>Buurafstand (meter; 0: 1,5 x de celgrootte)</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/duplicate_dialog.py" line="11" />
      <source>New</source>
      <translation>Nieuw</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/alerts_inbox.py" line="34" />
      <source>New case for your service</source>
      <translation>Nieuw dossier voor uw dienst</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/reports/new_facts.py" line="394" />
      <location filename="../gpsu_plugin/reports/new_facts.py" line="405" />
      <location filename="../gpsu_plugin/reports/new_facts.py" line="346" />
      <source>New facts report</source>
      <translation>Rapport nieuwe feiten</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/plugin.py" line="83" />
      <source>New facts report (PDF)…</source>
      <translation>Rapport nieuwe feiten (PDF)…</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/processing/analysis/emerging_hotspots.py" line="48" />
      <source>New hot spot</source>
      <translation>Nieuwe hotspot</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/case_detail.py" line="800" />
      <source>New status</source>
      <translation>Nieuwe status</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/case_detail.py" line="361" />
      <source>No</source>
      <translation>Nee</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/session.py" line="23" />
      <source>No GPS-U connection is configured yet: open GPS-U &gt; Connection.</source>
      <translation>Er is nog geen GPS-U-verbinding ingesteld: open GPS-U &gt; Verbinding.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/alerts_inbox.py" line="243" />
      <source>No alert for your services.</source>
      <translation>Geen meldingen voor uw diensten.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/case_detail.py" line="490" />
      <source>No case has the number {}.</source>
      <translation>Er is geen dossier met nummer {}.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/cases_dock.py" line="315" />
      <source>No case matches these filters.</source>
      <translation>Geen enkel dossier voldoet aan deze filters.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/analysis_filters.py" line="50" />
      <source>No category with the id or code "{}".</source>
      <translation>Er is geen categorie met de id of code "{}".</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/processing/database/upgrade.py" line="55" />
      <location filename="../gpsu_plugin/processing/analysis/base.py" line="79" />
      <source>No connection profile named "{}".</source>
      <translation>Er bestaat geen verbindingsprofiel met de naam "{}".</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/case_detail.py" line="341" />
      <source>No description.</source>
      <translation>Geen beschrijving.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/analysis_filters.py" line="57" />
      <source>No district with the id, code or name "{}".</source>
      <translation>Er is geen deelgemeente met de id, code of naam "{}".</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/processing/analysis/period_comparison.py" line="229" />
      <source>No incident matches the filters ({}) in period A or period B.</source>
      <translation>Geen feit voldoet aan de filters ({}) in periode A of periode B.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/processing/analysis/base.py" line="133" />
      <source>No incident matches the filters ({}).</source>
      <translation>Geen enkel feit voldoet aan de filters ({}).</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/credentials.py" line="28" />
      <source>No keyring service runs on this computer (as on a server without a desktop session).</source>
      <translation>Op deze computer draait geen wachtwoordkluisdienst (zoals op een server zonder bureaubladsessie).</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/reports/new_facts.py" line="411" />
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
      <location filename="../gpsu_plugin/core/layers.py" line="80" />
      <source>Normal</source>
      <translation>Normaal</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/reports/new_facts.py" line="509" />
      <location filename="../gpsu_plugin/reports/new_facts.py" line="455" />
      <source>Not assigned</source>
      <translation>Niet toegewezen</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/case_detail.py" line="325" />
      <source>Not dispatched</source>
      <translation>Niet doorgestuurd</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/incident_dock.py" line="469" />
      <source>Not placed yet: use one of the buttons below.</source>
      <translation>Nog niet op de kaart geplaatst: gebruik een van de knoppen hieronder.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/reports/cli.py" line="123" />
      <source>Not recorded: the next report starts at the same place.</source>
      <translation>Niet geregistreerd: het volgende rapport begint op hetzelfde punt.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/processing/analysis/hotspots.py" line="50" />
      <source>Not significant</source>
      <translation>Niet significant</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/cli.py" line="75" />
      <source>Nothing to do; schema {}.</source>
      <translation>Niets te doen; schema {}.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/incident_dock.py" line="599" />
      <source>Nothing was saved: your entry is still here.</source>
      <translation>Er is niets opgeslagen: uw invoer staat er nog.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/connection_dialog.py" line="73" />
      <source>Nowhere: ask each time</source>
      <translation>Nergens: telkens vragen</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/cases_model.py" line="159" />
      <location filename="../gpsu_plugin/gui/duplicate_dialog.py" line="35" />
      <source>Number</source>
      <translation>Nummer</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/processing/analysis/emerging_hotspots.py" line="138" />
      <source>Number of time slices</source>
      <translation>Aantal tijdvakken</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/cases_dock.py" line="97" />
      <source>Number, description or place</source>
      <translation>Nummer, beschrijving of plaats</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/incident_dock.py" line="128" />
      <source>Observation template</source>
      <translation>Vaststellingsmodel</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/case_detail.py" line="156" />
      <source>Observed</source>
      <translation>Vastgesteld</translation>
    </message>
    <message>
      <source>Only a GPS-U administrator can install or upgrade the database.</source>
      <translation type="obsolete">Alleen een GPS-U-beheerder kan de database installeren of bijwerken.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/migrations.py" line="159" />
      <source>Only the owner of the GPS-U schema or a server administrator can install or upgrade the database.</source>
      <translation>Alleen de eigenaar van het GPS-U-schema of een beheerder van de server kan de database installeren of bijwerken.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/alerts_inbox.py" line="309" />
      <source>Open</source>
      <translation>Openen</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/cases_dock.py" line="219" />
      <location filename="../gpsu_plugin/processing/analysis/base.py" line="52" />
      <location filename="../gpsu_plugin/core/layers.py" line="112" />
      <source>Open cases</source>
      <translation>Open dossiers</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/duplicate_dialog.py" line="30" />
      <source>Open cases of the same kind were logged near this place at about the same time. Is this fact one of them?</source>
      <translation>Er werden open dossiers van dezelfde soort geregistreerd in de buurt van deze plaats, rond hetzelfde tijdstip. Gaat het om een van die dossiers?</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/case_detail.py" line="799" />
      <location filename="../gpsu_plugin/gui/case_detail.py" line="719" />
      <source>Optional</source>
      <translation>Optioneel</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/layers.py" line="125" />
      <source>Other category</source>
      <translation>Andere categorie</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/layers.py" line="131" />
      <source>Other priority</source>
      <translation>Andere prioriteit</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/layers.py" line="136" />
      <source>Other status</source>
      <translation>Andere status</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/reports/new_facts.py" line="432" />
      <location filename="../gpsu_plugin/reports/new_facts.py" line="430" />
      <source>Outside the districts</source>
      <translation>Buiten de deelgemeenten</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/alerts_inbox.py" line="39" />
      <source>Overdue</source>
      <translation>Achterstallig</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/cases_dock.py" line="98" />
      <source>Overdue only</source>
      <translation>Alleen achterstallige</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/cases_model.py" line="171" />
      <source>Overdue: the case was due on {}</source>
      <translation>Achterstallig: de uiterste datum van het dossier was {}</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/reports/cli.py" line="31" />
      <source>PDF file to write (default: new-facts-&lt;date&gt;.pdf)</source>
      <translation>te schrijven PDF-bestand (standaard: new-facts-&lt;date&gt;.pdf)</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/reports/cli.py" line="24" />
      <source>PDF reports</source>
      <translation>PDF-rapporten</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/reports/new_facts.py" line="357" />
      <source>Page {page} / {pages}</source>
      <translation>Pagina {page} / {pages}</translation>
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
      <location filename="../gpsu_plugin/processing/analysis/base.py" line="50" />
      <source>Period to (municipality time, excluded)</source>
      <translation>Periode tot (tijd van de gemeente, niet inbegrepen)</translation>
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
      <location filename="../gpsu_plugin/gui/incident_dock.py" line="508" />
      <source>Photos and documents (*.jpg *.jpeg *.png *.webp *.pdf *.txt);;All files (*)</source>
      <translation>Foto's en documenten (*.jpg *.jpeg *.png *.webp *.pdf *.txt);;Alle bestanden (*)</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/processing/analysis/heatmap.py" line="89" />
      <source>Pixel size (metres)</source>
      <translation>Pixelgrootte (meter)</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/case_detail.py" line="548" />
      <location filename="../gpsu_plugin/gui/case_detail.py" line="157" />
      <location filename="../gpsu_plugin/reports/new_facts.py" line="508" />
      <source>Place</source>
      <translation>Plaats</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/incident_dock.py" line="210" />
      <source>Place / address</source>
      <translation>Plaats / adres</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/incident_dock.py" line="193" />
      <source>Place on the map</source>
      <translation>Op de kaart plaatsen</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/incidents.py" line="164" />
      <source>Place the fact on the map.</source>
      <translation>Plaats het feit op de kaart.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/connection_dialog.py" line="59" />
      <source>Port</source>
      <translation>Poort</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/migrations.py" line="246" />
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
      <location filename="../gpsu_plugin/gui/case_detail.py" line="547" />
      <location filename="../gpsu_plugin/gui/case_detail.py" line="155" />
      <location filename="../gpsu_plugin/gui/cases_model.py" line="159" />
      <location filename="../gpsu_plugin/gui/incident_dock.py" line="233" />
      <source>Priority</source>
      <translation>Prioriteit</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/cases_dock.py" line="72" />
      <source>Priority of the case</source>
      <translation>Prioriteit van het dossier</translation>
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
      <location filename="../gpsu_plugin/gui/incident_dock.py" line="221" />
      <source>Proposed from the category; the municipality's dispatch rules apply unless you choose another priority.</source>
      <translation>Voorgesteld op basis van de categorie; de doorstuurregels van de gemeente gelden, tenzij u een andere prioriteit kiest.</translation>
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
      <location filename="../gpsu_plugin/gui/case_detail.py" line="748" />
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
      <location filename="../gpsu_plugin/gui/cases_dock.py" line="85" />
      <source>Recorded from</source>
      <translation>Geregistreerd van</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/cli.py" line="80" />
      <location filename="../gpsu_plugin/processing/database/upgrade.py" line="67" />
      <source>Reference services and categories loaded.</source>
      <translation>Referentiediensten en -categorieën geladen.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/alerts_inbox.py" line="177" />
      <source>Refresh the alerts</source>
      <translation>Meldingen vernieuwen</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/cases_dock.py" line="101" />
      <source>Refresh the list</source>
      <translation>Lijst vernieuwen</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/duplicate_dialog.py" line="12" />
      <source>Rejected</source>
      <translation>Afgewezen</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/incident_dock.py" line="270" />
      <source>Remove</source>
      <translation>Verwijderen</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/case_detail.py" line="765" />
      <source>Request</source>
      <translation>Verzoek</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/case_detail.py" line="746" />
      <location filename="../gpsu_plugin/gui/case_detail.py" line="719" />
      <location filename="../gpsu_plugin/gui/template_form.py" line="42" />
      <source>Required</source>
      <translation>Verplicht</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/duplicate_dialog.py" line="12" />
      <source>Resolved</source>
      <translation>Opgelost</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/connection_dialog.py" line="63" />
      <source>SSL mode</source>
      <translation>SSL-modus</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/processing/analysis/time_profile.py" line="42" />
      <source>Saturday</source>
      <translation>Zaterdag</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/incident_dock.py" line="148" />
      <source>Save</source>
      <translation>Opslaan</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/duplicate_dialog.py" line="54" />
      <source>Save as a new fact</source>
      <translation>Als nieuw feit opslaan</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/incident_dock.py" line="627" />
      <source>Saved as fact {number}, dispatched to {service}.</source>
      <translation>Opgeslagen als feit {number}, doorgestuurd naar {service}.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/incident_dock.py" line="624" />
      <source>Saved as fact {number}, linked to case {original}.</source>
      <translation>Opgeslagen als feit {number}, gekoppeld aan dossier {original}.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/incident_dock.py" line="629" />
      <source>Saved as fact {number}; no service is assigned yet.</source>
      <translation>Opgeslagen als feit {number}; er is nog geen dienst toegewezen.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/processing/database/upgrade.py" line="49" />
      <source>Schema version</source>
      <translation>Schemaversie</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/case_detail.py" line="125" />
      <source>Select a case in the list to see its detail.</source>
      <translation>Selecteer een dossier in de lijst om de details te bekijken.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/connection_dialog.py" line="44" />
      <source>Server</source>
      <translation>Server</translation>
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
      <translation>Dienst</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/cases_dock.py" line="68" />
      <source>Service in charge of the case, or sharing it</source>
      <translation>Dienst die het dossier behandelt of waarmee het gedeeld is</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/connection_dialog.py" line="56" />
      <source>Service name</source>
      <translation>Servicenaam</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/case_detail.py" line="189" />
      <source>Share with a service…</source>
      <translation>Delen met een dienst…</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/case_detail.py" line="581" />
      <source>Shared with</source>
      <translation>Gedeeld met</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/case_detail.py" line="45" />
      <source>Shared with a service</source>
      <translation>Gedeeld met een dienst</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/cases.py" line="238" />
      <source>Someone</source>
      <translation>Iemand</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/dberrors.py" line="18" />
      <source>Someone else changed this case in the meantime.</source>
      <translation>Iemand anders heeft dit dossier intussen gewijzigd.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/processing/analysis/emerging_hotspots.py" line="50" />
      <source>Sporadic hot spot</source>
      <translation>Sporadische hotspot</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/case_detail.py" line="547" />
      <location filename="../gpsu_plugin/gui/case_detail.py" line="230" />
      <location filename="../gpsu_plugin/gui/cases_model.py" line="159" />
      <location filename="../gpsu_plugin/gui/duplicate_dialog.py" line="35" />
      <location filename="../gpsu_plugin/processing/analysis/base.py" line="52" />
      <location filename="../gpsu_plugin/reports/new_facts.py" line="510" />
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
      <location filename="../gpsu_plugin/gui/cases_dock.py" line="70" />
      <source>Status of the case</source>
      <translation>Status van het dossier</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/case_detail.py" line="783" />
      <source>Step</source>
      <translation>Stap</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/case_detail.py" line="44" />
      <source>Step taken</source>
      <translation>Stap gezet</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/incident_dock.py" line="207" />
      <source>Street, number, landmark…</source>
      <translation>Straat, huisnummer, herkenningspunt…</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/incident_dock.py" line="232" />
      <source>Sub-category</source>
      <translation>Subcategorie</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/processing/analysis/time_profile.py" line="43" />
      <source>Sunday</source>
      <translation>Zondag</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/case_detail.py" line="794" />
      <source>Task of {service} on case {number}.</source>
      <translation>Taak van {service} in dossier {number}.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/case_detail.py" line="577" />
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
      <location filename="../gpsu_plugin/gui/case_detail.py" line="434" />
      <source>Tasks ({})</source>
      <translation>Taken ({})</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/layers.py" line="114" />
      <source>Territory</source>
      <translation>Grondgebied</translation>
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
      <location filename="../gpsu_plugin/core/migrations.py" line="87" />
      <source>The GPS-U schema is not installed in this database. An administrator can install it with "Install / upgrade database".</source>
      <translation>Het GPS-U-schema is niet geïnstalleerd in deze database. Een beheerder kan het installeren met "Database installeren / bijwerken".</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/reports/new_facts.py" line="254" />
      <source>The PDF could not be written to {}.</source>
      <translation>De PDF kon niet worden geschreven naar {}.</translation>
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
      <location filename="../gpsu_plugin/gui/case_detail.py" line="777" />
      <source>The case</source>
      <translation>Het dossier</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/dberrors.py" line="25" />
      <source>The case still has open tasks: each service must finish its task first.</source>
      <translation>Het dossier heeft nog openstaande taken: elke dienst moet eerst zijn taak afronden.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/incident_dock.py" line="44" />
      <location filename="../gpsu_plugin/core/dberrors.py" line="35" />
      <source>The connection to the database was lost: nothing was saved. Your entry is kept; save it again when the connection is back.</source>
      <translation>De verbinding met de database is verbroken: er is niets opgeslagen. Uw invoer blijft bewaard; sla ze opnieuw op zodra de verbinding hersteld is.</translation>
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
      <location filename="../gpsu_plugin/core/migrations.py" line="221" />
      <source>The database already uses EPSG:{}; its CRS cannot be changed by an upgrade.</source>
      <translation>De database gebruikt al EPSG:{}; het CRS ervan kan niet worden gewijzigd door de database bij te werken.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/database.py" line="50" />
      <source>The database does not exist on this server ({}).</source>
      <translation>De database bestaat niet op deze server ({}).</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/processing/analysis/base.py" line="105" />
      <source>The database refused the analysis: {}</source>
      <translation>De database heeft de analyse geweigerd: {}</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/dberrors.py" line="44" />
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
      <location filename="../gpsu_plugin/core/migrations.py" line="192" />
      <source>The database schema is at version {}.</source>
      <translation>Het databaseschema is op versie {}.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/database.py" line="55" />
      <source>The database server cannot be reached ({}). Check the host, the port and the network.</source>
      <translation>De databaseserver is niet bereikbaar ({}). Controleer de host, de poort en het netwerk.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/processing/analysis/clusters.py" line="80" />
      <source>The distance must be positive and the minimum number of incidents at least 1.</source>
      <translation>De afstand moet positief zijn en het minimumaantal feiten minstens 1.</translation>
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
      <source>The end of the period must come after its start.</source>
      <translation type="obsolete">Het einde van de periode moet na het begin ervan liggen.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/reports/new_facts.py" line="163" />
      <source>The facts of the report could not be read.</source>
      <translation>De feiten van het rapport konden niet worden gelezen.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/processing/analysis/emerging_hotspots.py" line="182" />
      <location filename="../gpsu_plugin/processing/analysis/hotspots.py" line="146" />
      <source>The grid would have more than two million cells; choose larger cells.</source>
      <translation>Het raster zou meer dan twee miljoen cellen tellen; kies grotere cellen.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/processing/analysis/emerging_hotspots.py" line="198" />
      <location filename="../gpsu_plugin/processing/analysis/hotspots.py" line="163" />
      <source>The hot spot statistic cannot be computed: {}.</source>
      <translation>De hotspotstatistiek kan niet worden berekend: {}.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/credentials.py" line="32" />
      <source>The keyring cannot be used: {}</source>
      <translation>De wachtwoordkluis kan niet worden gebruikt: {}</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/processing/analysis/period_comparison.py" line="226" />
      <source>The municipality has no district to compare.</source>
      <translation>De gemeente heeft geen deelgemeente om te vergelijken.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/processing/analysis/near_repeat.py" line="213" />
      <source>The near repeat analysis needs at least two incidents.</source>
      <translation>De near-repeatanalyse heeft minstens twee feiten nodig.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/processing/analysis/emerging_hotspots.py" line="179" />
      <location filename="../gpsu_plugin/processing/analysis/hotspots.py" line="143" />
      <source>The neighbourhood distance must be at least the cell size, or cells would have no neighbour.</source>
      <translation>De buurafstand moet minstens gelijk zijn aan de celgrootte, anders zouden de cellen geen buren hebben.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/processing/analysis/near_repeat.py" line="197" />
      <source>The number of simulations must be between 19 and 999.</source>
      <translation>Het aantal simulaties moet tussen 19 en 999 liggen.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/processing/analysis/emerging_hotspots.py" line="163" />
      <source>The number of time slices must be between 4 and 24.</source>
      <translation>Het aantal tijdvakken moet tussen 4 en 24 liggen.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/credentials.py" line="42" />
      <source>The password cannot be kept in the keyring. {}</source>
      <translation>Het wachtwoord kan niet in de wachtwoordkluis worden bewaard. {}</translation>
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
      <location filename="../gpsu_plugin/processing/analysis/period_comparison.py" line="234" />
      <source>The periods have different lengths: the test compares rates, but the counts and percentages are not adjusted.</source>
      <translation>De perioden hebben een verschillende lengte: de toets vergelijkt frequenties, maar de aantallen en percentages worden niet aangepast.</translation>
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
      <source>The profile name must be 1 to 64 letters, digits, spaces, dots or dashes.</source>
      <translation type="obsolete">De profielnaam moet bestaan uit 1 tot 64 letters, cijfers, spaties, punten of streepjes.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/profile.py" line="61" />
      <source>The profile name must be 1 to 64 letters, digits, spaces, dots, dashes or underscores.</source>
      <translation>De profielnaam moet bestaan uit 1 tot 64 letters, cijfers, spaties, punten, streepjes of underscores.</translation>
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
      <location filename="../gpsu_plugin/reports/new_facts.py" line="677" />
      <source>The report could not be recorded in the database.</source>
      <translation>Het rapport kon niet in de database worden geregistreerd.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/reports/new_facts.py" line="441" />
      <source>The report was cancelled.</source>
      <translation>Het rapport is geannuleerd.</translation>
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
      <location filename="../gpsu_plugin/reports/new_facts.py" line="119" />
      <location filename="../gpsu_plugin/core/analysis_filters.py" line="42" />
      <source>The start of the period must be before its end.</source>
      <translation>Het begin van de periode moet voor het einde ervan liggen.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/case_detail.py" line="779" />
      <source>The task of {}</source>
      <translation>De taak van {}</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/dberrors.py" line="21" />
      <location filename="../gpsu_plugin/core/incidents.py" line="194" />
      <source>The time of the fact cannot be in the future.</source>
      <translation>Het tijdstip van het feit kan niet in de toekomst liggen.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/database.py" line="48" />
      <source>The user name is not known to the server ({}).</source>
      <translation>De gebruikersnaam is niet bekend bij de server ({}).</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/incidents.py" line="196" />
      <source>The window must start before it ends.</source>
      <translation>De periode moet beginnen voordat ze eindigt.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/case_detail.py" line="592" />
      <source>Their changes:</source>
      <translation>Aangebrachte wijzigingen:</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/incident_dock.py" line="196" />
      <source>Then click the place of the fact on the map; click again to move it.</source>
      <translation>Klik daarna op de kaart waar het feit plaatsvond; klik opnieuw om het punt te verplaatsen.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/cases.py" line="228" />
      <source>These fields cannot be changed here: {}</source>
      <translation>Deze velden kunnen hier niet worden gewijzigd: {}</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/case_detail.py" line="694" />
      <source>This attachment does not exist (any more).</source>
      <translation>Deze bijlage bestaat niet (meer).</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/cases.py" line="151" />
      <location filename="../gpsu_plugin/core/cases.py" line="210" />
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
      <location filename="../gpsu_plugin/gui/point_tool.py" line="46" />
      <source>This place cannot be converted to the database's coordinate system.</source>
      <translation>Deze plaats kan niet worden omgezet naar het coördinatenstelsel van de database.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/dberrors.py" line="27" />
      <source>This task belongs to another case.</source>
      <translation>Deze taak hoort bij een ander dossier.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/case_detail.py" line="509" />
      <location filename="../gpsu_plugin/core/cases.py" line="272" />
      <source>This task does not exist (any more).</source>
      <translation>Deze taak bestaat niet (meer).</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/case_detail.py" line="677" />
      <source>This task's status can no longer change.</source>
      <translation>De status van deze taak kan niet meer veranderen.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/processing/analysis/time_profile.py" line="42" />
      <source>Thursday</source>
      <translation>Donderdag</translation>
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
      <location filename="../gpsu_plugin/gui/case_detail.py" line="424" />
      <source>Timeline ({})</source>
      <translation>Tijdlijn ({})</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/processing/analysis/time_profile.py" line="97" />
      <source>Total weight {total:.3f} for {n} incidents.</source>
      <translation>Totaal gewicht {total:.3f} voor {n} feiten.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/incident_dock.py" line="110" />
      <source>Try again</source>
      <translation>Opnieuw proberen</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/processing/analysis/time_profile.py" line="42" />
      <source>Tuesday</source>
      <translation>Dinsdag</translation>
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
      <location filename="../gpsu_plugin/core/profile.py" line="71" />
      <source>Unknown password storage.</source>
      <translation>Onbekende wachtwoordopslag.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/analysis_filters.py" line="40" />
      <source>Unknown status filter "{}".</source>
      <translation>Onbekende statusfilter "{}".</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/case_detail.py" line="43" />
      <source>Updated</source>
      <translation>Bijgewerkt</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/layers.py" line="80" />
      <source>Urgent</source>
      <translation>Dringend</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/incident_dock.py" line="199" />
      <source>Use the centre of the map view as the place of the fact.</source>
      <translation>Het midden van de kaartweergave als plaats van het feit gebruiken.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/connection_dialog.py" line="77" />
      <source>User</source>
      <translation>Gebruiker</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/processing/analysis/time_profile.py" line="42" />
      <source>Wednesday</source>
      <translation>Woensdag</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/incident_dock.py" line="216" />
      <source>What</source>
      <translation>Wat</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/case_detail.py" line="763" />
      <source>What the service is asked to do</source>
      <translation>Wat er van de dienst gevraagd wordt</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/incident_dock.py" line="227" />
      <location filename="../gpsu_plugin/gui/incident_dock.py" line="234" />
      <source>What was seen</source>
      <translation>Wat werd vastgesteld</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/alerts_inbox.py" line="188" />
      <location filename="../gpsu_plugin/gui/incident_dock.py" line="241" />
      <source>When</source>
      <translation>Wanneer</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/incident_dock.py" line="188" />
      <source>Where</source>
      <translation>Waar</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/incident_dock.py" line="472" />
      <source>X {x} – Y {y} (EPSG:{srid})</source>
      <translation>X {x} – Y {y} (EPSG:{srid})</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/case_detail.py" line="361" />
      <source>Yes</source>
      <translation>Ja</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/cases_dock.py" line="215" />
      <source>You are not a member of any service yet.</source>
      <translation>U bent nog geen lid van een dienst.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/cases_dock.py" line="313" />
      <source>You are not a member of any service: choose "All services".</source>
      <translation>U bent geen lid van een dienst: kies "Alle diensten".</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/dberrors.py" line="28" />
      <source>You are not allowed to do this.</source>
      <translation>U bent niet gemachtigd om dit te doen.</translation>
    </message>
    <message>
      <source>Your text, kept: «{}»</source>
      <translation type="obsolete">Uw bewaarde tekst: "{}"</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/case_detail.py" line="596" />
      <source>Your text, kept: “{}”</source>
      <translation>Uw tekst, bewaard: ‘{}’</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/reports/cli.py" line="36" />
      <source>add a map extract to each fact (starts QGIS)</source>
      <translation>bij elk feit een kaartuittreksel voegen (start QGIS)</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/analysis_filters.py" line="108" />
      <source>all incidents</source>
      <translation>alle feiten</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/incident_dock.py" line="248" />
      <source>and</source>
      <translation>en</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/cases_dock.py" line="179" />
      <source>any date</source>
      <translation>elke datum</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/processing/analysis/emerging_hotspots.py" line="199" />
      <source>at least three cells are needed</source>
      <translation>er zijn minstens drie cellen nodig</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/case_detail.py" line="334" />
      <location filename="../gpsu_plugin/reports/new_facts.py" line="217" />
      <source>between {start} and {end}</source>
      <translation>tussen {start} en {end}</translation>
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
      <location filename="../gpsu_plugin/cli.py" line="27" />
      <source>database schema</source>
      <translation>databaseschema</translation>
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
      <location filename="../gpsu_plugin/reports/cli.py" line="35" />
      <source>do not remember this report (the next one starts at the same place)</source>
      <translation>dit rapport niet onthouden (het volgende begint op hetzelfde punt)</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/template_form.py" line="64" />
      <source>e.g. 1-ABC-234</source>
      <translation>bv. 1-ABC-234</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/case_detail.py" line="717" />
      <source>e.g. 2026-00042</source>
      <translation>bv. 2026-00042</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/case_detail.py" line="780" />
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
      <location filename="../gpsu_plugin/reports/cli.py" line="30" />
      <source>end, included: YYYY-MM-DD or YYYY-MM-DDTHH:MM (default: now)</source>
      <translation>einde, inbegrepen: JJJJ-MM-DD of JJJJ-MM-DDTUU:MM (standaard: nu)</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/analysis_filters.py" line="103" />
      <source>from {}</source>
      <translation>van {}</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/cli.py" line="29" />
      <source>install or upgrade the GPS-U schema</source>
      <translation>het GPS-U-schema installeren of bijwerken</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/reports/cli.py" line="33" />
      <source>language of the report (default: the user's)</source>
      <translation>taal van het rapport (standaard: die van de gebruiker)</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/cli.py" line="24" />
      <source>libpq connection string, e.g. "service=gpsu" (default: $GPSU_DB)</source>
      <translation>libpq-verbindingsreeks, bv. "service=gpsu" (standaard: $GPSU_DB)</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/cli.py" line="35" />
      <source>load the reference services and categories</source>
      <translation>referentiediensten en -categorieën laden</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/processing/analysis/near_repeat.py" line="224" />
      <source>m</source>
      <translation>m</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/processing/analysis/period_comparison.py" line="114" />
      <source>more than +{:.0f} % (or facts only in period B)</source>
      <translation>meer dan +{:.0f} % (of feiten alleen in periode B)</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/processing/analysis/period_comparison.py" line="102" />
      <source>no significant change</source>
      <translation>geen significante verandering</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/migrations.py" line="80" />
      <source>not installed</source>
      <translation>niet geïnstalleerd</translation>
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
      <source>projected CRS of a new installation (default 31370)</source>
      <translation type="obsolete">geprojecteerd CRS van een nieuwe installatie (standaard: 31370)</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/cli.py" line="31" />
      <source>projected CRS of a new installation, as an EPSG code (default {})</source>
      <translation>geprojecteerd CRS van een nieuwe installatie, als EPSG-code (standaard: {})</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/cli.py" line="34" />
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
      <location filename="../gpsu_plugin/reports/cli.py" line="28" />
      <source>start: YYYY-MM-DD or YYYY-MM-DDTHH:MM (default: the end of the previous report)</source>
      <translation>begin: JJJJ-MM-DD of JJJJ-MM-DDTUU:MM (standaard: het einde van het vorige rapport)</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/cli.py" line="33" />
      <source>stop at this schema version</source>
      <translation>stoppen bij deze schemaversie</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/reports/cli.py" line="26" />
      <source>the new-facts report (PDF)</source>
      <translation>het rapport nieuwe feiten (PDF)</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/cases_dock.py" line="89" />
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
      <location filename="../gpsu_plugin/processing/analysis/hotspots.py" line="185" />
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
      <location filename="../gpsu_plugin/reports/new_facts.py" line="215" />
      <source>{day}, between {start} and {end}</source>
      <translation>{day}, tussen {start} en {end}</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/processing/analysis/period_comparison.py" line="257" />
      <source>{districts} districts: {up} significant increases, {down} significant decreases at 5 %.</source>
      <translation>{districts} deelgemeenten: {up} significante stijgingen, {down} significante dalingen op 5 %.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/reports/new_facts.py" line="429" />
      <source>{district} ({count})</source>
      <translation>{district} ({count})</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/reports/new_facts.py" line="225" />
      <source>{lat:.5f}° N, {lon:.5f}° E</source>
      <translation>{lat:.5f}° NB, {lon:.5f}° OL</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/processing/analysis/near_repeat.py" line="134" />
      <source>{lo:g}–{hi:g} {unit}</source>
      <translation>{lo:g}–{hi:g} {unit}</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/processing/analysis/near_repeat.py" line="206" />
      <location filename="../gpsu_plugin/processing/analysis/time_profile.py" line="79" />
      <source>{n} incidents ({filters}).</source>
      <translation>{n} feiten ({filters}).</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/processing/analysis/hotspots.py" line="148" />
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
      <location filename="../gpsu_plugin/reports/cli.py" line="120" />
      <source>{path}: {facts} facts, {pages} pages ({period}).</source>
      <translation>{path}: {facts} feiten, {pages} pagina's ({period}).</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/case_detail.py" line="442" />
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
      <location filename="../gpsu_plugin/core/cases.py" line="218" />
      <source>{who} changed this case while you were editing it; your changes were not saved and are kept in the form. Review theirs, then save again.</source>
      <translation>{who} heeft dit dossier gewijzigd terwijl u het aan het bewerken was; uw wijzigingen zijn niet opgeslagen en blijven in het formulier staan. Bekijk de wijzigingen van die persoon en sla daarna opnieuw op.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/messages.py" line="54" />
      <source>{} MB</source>
      <translation>{} MB</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/messages.py" line="51" />
      <source>{} bytes</source>
      <translation>{} bytes</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/cases_dock.py" line="319" />
      <source>{} cases</source>
      <translation>{} dossiers</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/cases_dock.py" line="317" />
      <source>{} cases shown, more in the database</source>
      <translation>{} dossiers getoond, meer in de database</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/reports/new_facts.py" line="413" />
      <source>{} facts recorded</source>
      <translation>{} feiten geregistreerd</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/reports/cli.py" line="50" />
      <source>{} is not a date (YYYY-MM-DD) or a date and time (YYYY-MM-DDTHH:MM).</source>
      <translation>{} is geen datum (JJJJ-MM-DD) of datum en tijd (JJJJ-MM-DDTUU:MM).</translation>
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
