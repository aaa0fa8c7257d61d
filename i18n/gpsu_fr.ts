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
      <location filename="../gpsu_plugin/reports/new_facts.py" line="414" />
      <source>1 fact recorded</source>
      <translation>1 fait enregistré</translation>
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
      <location filename="../gpsu_plugin/processing/analysis/heatmap.py" line="78" />
      <source>A raster of the density of the filtered incidents, computed by QGIS's own kernel density algorithm (Heatmap, kernel density estimation) with a quartic kernel: each incident spreads its weight over a disc of the given radius, and each pixel holds the sum of the kernels (raw values). The raster is in the coordinate reference system of the GPS-U schema and is styled from transparent yellow (low density) to red (high density).</source>
      <translation>Un raster de la densité des faits filtrés, calculé par l'algorithme de densité de noyau de QGIS lui-même (Carte de chaleur, estimation de densité par noyau) avec un noyau quartique : chaque fait répartit son poids sur un disque du rayon indiqué, et chaque pixel contient la somme des noyaux (valeurs brutes). Le raster est dans le système de coordonnées de référence du schéma GPS-U et sa symbologie va du jaune transparent (faible densité) au rouge (forte densité).</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/processing/analysis/time_profile.py" line="56" />
      <source>A table of 7 x 24 rows: for each day of the week (0 = Monday) and hour of the day, in the municipality's time zone, the weighted number of the filtered incidents. A fact seen at a given time counts 1 in its hour; a fact known only by a time window (between ... and ...) is spread over the hours of the window, in proportion to the time covered (aoristic weighting), so that the weights add up to the number of facts.</source>
      <translation>Une table de 7 x 24 lignes : pour chaque jour de la semaine (0 = lundi) et chaque heure de la journée, dans le fuseau horaire de la commune, le nombre pondéré de faits filtrés. Un fait constaté à un moment précis compte pour 1 dans son heure ; un fait connu seulement par une période (entre ... et ...) est réparti sur les heures de cette période, au prorata du temps couvert (pondération aoristique), de sorte que la somme des poids est égale au nombre de faits.</translation>
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
      <location filename="../gpsu_plugin/plugin.py" line="81" />
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
      <location filename="../gpsu_plugin/plugin.py" line="79" />
      <source>Alerts</source>
      <translation>Alertes</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/processing/analysis/base.py" line="52" />
      <source>All</source>
      <translation>Tous</translation>
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
      <location filename="../gpsu_plugin/processing/analysis/base.py" line="32" />
      <source>Analysis</source>
      <translation>Analyse</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/cli.py" line="72" />
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
      <location filename="../gpsu_plugin/reports/new_facts.py" line="509" />
      <location filename="../gpsu_plugin/reports/new_facts.py" line="453" />
      <source>Assigned service</source>
      <translation>Service désigné</translation>
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
      <source>Canceled.</source>
      <translation type="obsolete">Annulé.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/processing/analysis/base.py" line="122" />
      <location filename="../gpsu_plugin/processing/analysis/base.py" line="102" />
      <location filename="../gpsu_plugin/processing/analysis/near_repeat.py" line="72" />
      <location filename="../gpsu_plugin/processing/analysis/near_repeat.py" line="123" />
      <source>Cancelled.</source>
      <translation>Annulé.</translation>
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
      <location filename="../gpsu_plugin/processing/analysis/base.py" line="45" />
      <source>Category or sub-category (id or code; a category includes its sub-categories)</source>
      <translation>Catégorie ou sous-catégorie (identifiant ou code ; une catégorie inclut ses sous-catégories)</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/processing/analysis/emerging_hotspots.py" line="141" />
      <location filename="../gpsu_plugin/processing/analysis/hotspots.py" line="110" />
      <source>Cell size (metres; 0: from the data)</source>
      <translation>Taille des cellules (mètres ; 0 : d'après les données)</translation>
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
      <location filename="../gpsu_plugin/processing/analysis/base.py" line="52" />
      <source>Closed cases</source>
      <translation>Dossiers clôturés</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/processing/analysis/clusters.py" line="88" />
      <source>Clustering the incidents: {}.</source>
      <translation>Regroupement des faits : {}.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/processing/analysis/clusters.py" line="62" />
      <source>Clusters</source>
      <translation>Agrégats</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/processing/analysis/hotspots.py" line="51" />
      <source>Cold spot, 90 % confidence</source>
      <translation>Point froid, confiance de 90 %</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/processing/analysis/hotspots.py" line="51" />
      <source>Cold spot, 95 % confidence</source>
      <translation>Point froid, confiance de 95 %</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/processing/analysis/hotspots.py" line="52" />
      <source>Cold spot, 99 % confidence</source>
      <translation>Point froid, confiance de 99 %</translation>
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
      <location filename="../gpsu_plugin/processing/analysis/base.py" line="43" />
      <source>Connection profile</source>
      <translation>Profil de connexion</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/plugin.py" line="86" />
      <location filename="../gpsu_plugin/gui/incident_dock.py" line="107" />
      <source>Connection…</source>
      <translation>Connexion…</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/reports/new_facts.py" line="417" />
      <source>Contents</source>
      <translation>Table des matières</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/processing/analysis/hotspots.py" line="98" />
      <source>Counts the filtered incidents in the cells of a square grid over the territory (the districts, or the chosen one) and computes the Getis-Ord Gi* statistic of each cell with binary weights: its neighbours are the cells whose centres lie within the neighbourhood distance, the cell itself included. Each cell gets its count, its z-score, its two-sided p-value, the p-value corrected for the false discovery rate (Benjamini-Hochberg) and a class: hot or cold spot at 90, 95 or 99 % confidence (from the corrected p-value), or not significant.
Cell size 0: twice the side of a square holding one incident on average, between 100 and 500 m. Neighbourhood 0: 1.5 times the cell size (the 8 surrounding cells).</source>
      <translation>Compte les faits filtrés dans les cellules d'une grille carrée couvrant le territoire (les sections, ou la section choisie) et calcule la statistique Gi* de Getis-Ord de chaque cellule avec des poids binaires : ses voisines sont les cellules dont le centre se trouve à moins de la distance de voisinage, la cellule elle-même comprise. Chaque cellule reçoit son nombre de faits, son score z, sa valeur p bilatérale, la valeur p corrigée pour le taux de fausses découvertes (Benjamini-Hochberg) et une classe : point chaud ou point froid avec une confiance de 90, 95 ou 99 % (d'après la valeur p corrigée), ou non significatif.
Taille des cellules 0 : deux fois le côté d'un carré contenant en moyenne un fait, entre 100 et 500 m. Voisinage 0 : 1,5 fois la taille des cellules (les 8 cellules environnantes).</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/processing/analysis/period_comparison.py" line="153" />
      <source>Counts the filtered incidents of each district in period A and in period B (municipality time, start included, end excluded) and gives the change (B - A), the change in percent of A (empty when A has no fact) and whether the change is significant at 5 %. The test compares the rates of facts, so periods of different lengths can be compared: given the n facts of both periods, the number in B follows a binomial law of probability length B / (length A + length B) when the rate did not change; the two-sided p-value is exact up to 1000 facts, from the normal approximation above. The counts and percentages themselves are not adjusted for the lengths. The periods must not overlap. The map is styled blue for decreases and red for increases.</source>
      <translation>Compte les faits filtrés de chaque section pendant la période A et pendant la période B (heure de la commune, début inclus, fin exclue) et donne l'évolution (B - A), l'évolution en pourcentage de A (vide lorsque A ne compte aucun fait) et indique si l'évolution est significative au seuil de 5 %. Le test compare les taux de faits, ce qui permet de comparer des périodes de longueurs différentes : étant donné les n faits des deux périodes, le nombre de faits en B suit une loi binomiale de probabilité durée B / (durée A + durée B) lorsque le taux n'a pas changé ; la valeur p bilatérale est exacte jusqu'à 1000 faits, et tirée de l'approximation normale au-delà. Les comptages et pourcentages eux-mêmes ne sont pas ajustés aux durées. Les périodes ne peuvent pas se chevaucher. La carte montre les baisses en bleu et les hausses en rouge.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/case_detail.py" line="40" />
      <source>Created</source>
      <translation>Créé</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/processing/analysis/emerging_hotspots.py" line="124" />
      <source>Cuts the period (required) into equal time slices and computes, for each slice, the Getis-Ord Gi* z-score of each cell of a square grid over the territory, as the hot spot algorithm does. A cell is hot in a slice when its z-score is positive with a two-sided p-value of 0.10 or less. A Mann-Kendall test on each cell's series of z-scores gives its trend (up or down at 5 %, or none). Classes: new (hot only in the last slice), intensifying, persistent or diminishing (hot in at least 90 % of the slices, with an upward, no or a downward trend), sporadic (hot in the last slice and in some earlier ones), historical (not hot in the last slice but in at least 90 % of the others), or no pattern.
Cell size 0: twice the side of a square holding one incident on average, between 100 and 500 m. Neighbourhood 0: 1.5 times the cell size (the 8 surrounding cells).</source>
      <translation>Découpe la période (obligatoire) en tranches de temps égales et calcule, pour chaque tranche, le score z de Getis-Ord Gi* de chaque cellule d'une grille carrée sur le territoire, comme l'algorithme des points chauds. Une cellule est chaude dans une tranche lorsque son score z est positif avec une valeur p bilatérale de 0,10 ou moins. Un test de Mann-Kendall sur la série des scores z de chaque cellule donne sa tendance (hausse ou baisse à 5 %, ou aucune). Classes : nouveau (chaud uniquement dans la dernière tranche), en intensification, persistant ou en diminution (chaud dans au moins 90 % des tranches, avec une tendance à la hausse, nulle ou à la baisse), sporadique (chaud dans la dernière tranche et dans certaines tranches antérieures), historique (pas chaud dans la dernière tranche mais dans au moins 90 % des autres), ou sans motif.
Taille de cellule 0 : deux fois le côté d'un carré contenant en moyenne un fait, entre 100 et 500 m. Voisinage 0 : 1,5 fois la taille de cellule (les 8 cellules voisines).</translation>
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
      <location filename="../gpsu_plugin/reports/new_facts.py" line="507" />
      <source>Date and time</source>
      <translation>Date et heure</translation>
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
      <location filename="../gpsu_plugin/reports/new_facts.py" line="511" />
      <source>Description</source>
      <translation>Description</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/processing/analysis/emerging_hotspots.py" line="49" />
      <source>Diminishing hot spot</source>
      <translation>Point chaud en diminution</translation>
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
      <location filename="../gpsu_plugin/processing/analysis/clusters.py" line="55" />
      <source>Distance (metres)</source>
      <translation>Distance (mètres)</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/processing/analysis/near_repeat.py" line="165" />
      <source>Distance band limits (metres, comma-separated)</source>
      <translation>Limites des classes de distance (mètres, séparées par des virgules)</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/processing/analysis/near_repeat.py" line="190" />
      <source>Distance bands</source>
      <translation>Classes de distance</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/case_detail.py" line="156" />
      <location filename="../gpsu_plugin/gui/cases_model.py" line="159" />
      <source>District</source>
      <translation>Section</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/processing/analysis/base.py" line="55" />
      <source>District (id, code or name)</source>
      <translation>Section (identifiant, code ou nom)</translation>
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
      <location filename="../gpsu_plugin/reports/map_extract.py" line="31" />
      <source>EPSG:{} is not a known coordinate reference system.</source>
      <translation>EPSG:{} n'est pas un système de coordonnées de référence connu.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/migrations.py" line="135" />
      <source>EPSG:{} is not a projected coordinate reference system; GPS-U measures distances in metres (use e.g. EPSG:31370 or EPSG:2154).</source>
      <translation>EPSG:{} n'est pas un système de coordonnées de référence projeté ; GPS-U mesure les distances en mètres (utilisez par exemple EPSG:31370 ou EPSG:2154).</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/processing/analysis/emerging_hotspots.py" line="121" />
      <location filename="../gpsu_plugin/processing/analysis/emerging_hotspots.py" line="146" />
      <source>Emerging hot spots</source>
      <translation>Points chauds émergents</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/processing/analysis/emerging_hotspots.py" line="160" />
      <source>Emerging hot spots need a period: set its start and its end.</source>
      <translation>Les points chauds émergents demandent une période : indiquez son début et sa fin.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/cli.py" line="54" />
      <source>Error: {}</source>
      <translation>Erreur : {}</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/alerts_inbox.py" line="244" />
      <source>Everything is read.</source>
      <translation>Tout est lu.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/reports/new_facts.py" line="448" />
      <location filename="../gpsu_plugin/reports/new_facts.py" line="453" />
      <source>Facts</source>
      <translation>Faits</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/reports/new_facts.py" line="451" />
      <source>Facts per category</source>
      <translation>Faits par catégorie</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/reports/new_facts.py" line="456" />
      <source>Facts per service</source>
      <translation>Faits par service</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/reports/new_facts.py" line="407" />
      <source>Facts recorded in GPS-U during the period, by category and district.</source>
      <translation>Faits enregistrés dans GPS-U pendant la période, par catégorie et par section.</translation>
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
      <location filename="../gpsu_plugin/processing/analysis/time_profile.py" line="42" />
      <source>Friday</source>
      <translation>Vendredi</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/reports/new_facts.py" line="231" />
      <source>From {start} to {end}</source>
      <translation>Du {start} au {end}</translation>
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
      <translation>Administration de GPS-U</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/alerts_inbox.py" line="308" />
      <source>GPS-U alert</source>
      <translation>Alerte GPS-U</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/cli.py" line="65" />
      <source>GPS-U schema: {}</source>
      <translation>Schéma GPS-U : {}</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/processing/provider.py" line="23" />
      <source>GPS-U urban safety</source>
      <translation>GPS-U sécurité urbaine</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/reports/new_facts.py" line="377" />
      <source>GPS-U · urban safety</source>
      <translation>GPS-U · sécurité urbaine</translation>
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
      <location filename="../gpsu_plugin/plugin.py" line="266" />
      <source>GPS-U: new facts report</source>
      <translation>GPS-U : rapport des nouveaux faits</translation>
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
      <location filename="../gpsu_plugin/processing/analysis/clusters.py" line="46" />
      <source>Groups the filtered incidents into density-based clusters (DBSCAN, computed by PostGIS ST_ClusterDBSCAN): an incident belongs to a cluster when at least "minimum number of incidents" lie within "distance" of it, or of one of its cluster's core incidents. Each cluster becomes a polygon (its convex hull, or a buffer of half the distance around one or two places) with its number of incidents, its dominant category and the dates of its first and last incident. Incidents in no cluster (noise) are left out.</source>
      <translation>Regroupe les faits filtrés en agrégats fondés sur la densité (DBSCAN, calculé par ST_ClusterDBSCAN de PostGIS) : un fait appartient à un agrégat lorsqu'au moins « nombre minimal de faits » faits se trouvent à moins de « distance » de celui-ci, ou de l'un des faits centraux de son agrégat. Chaque agrégat devient un polygone (son enveloppe convexe, ou un tampon de la moitié de la distance autour d'un ou deux lieux) avec son nombre de faits, sa catégorie dominante et les dates de son premier et de son dernier fait. Les faits qui n'appartiennent à aucun agrégat (bruit) sont ignorés.</translation>
    </message>
    <message>
      <source>Groups the filtered incidents into density-based clusters (DBSCAN, computed by PostGIS ST_ClusterDBSCAN): an incident belongs to a cluster when at least "minimum points" incidents lie within "distance" of it, or of one of its cluster's core incidents. Each cluster becomes a polygon (its convex hull, or a buffer of half the distance around one or two places) with its number of incidents, its dominant category and the dates of its first and last incident. Incidents in no cluster (noise) are left out.</source>
      <translation type="obsolete">Regroupe les faits filtrés en agrégats fondés sur la densité (DBSCAN, calculé par ST_ClusterDBSCAN de PostGIS) : un fait appartient à un agrégat lorsqu'au moins « nombre minimal de faits » faits se trouvent à moins de « distance » de celui-ci, ou de l'un des faits centraux de son agrégat. Chaque agrégat devient un polygone (son enveloppe convexe, ou un tampon de la moitié de la distance autour d'un ou deux lieux) avec son nombre de faits, sa catégorie dominante et les dates de son premier et de son dernier fait. Les faits qui n'appartiennent à aucun agrégat (bruit) sont ignorés.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/processing/analysis/heatmap.py" line="90" />
      <source>Heatmap</source>
      <translation>Carte de chaleur</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/processing/analysis/heatmap.py" line="75" />
      <source>Heatmap (kernel density)</source>
      <translation>Carte de chaleur (densité de noyau)</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/layers.py" line="98" />
      <source>Heatmap of facts</source>
      <translation>Carte de chaleur des faits</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/processing/analysis/heatmap.py" line="142" />
      <source>Heatmap of {n} incidents written.</source>
      <translation>Carte de chaleur de {n} faits écrite.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/layers.py" line="80" />
      <source>High</source>
      <translation>Haute</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/processing/analysis/emerging_hotspots.py" line="50" />
      <source>Historical hot spot</source>
      <translation>Point chaud historique</translation>
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
      <location filename="../gpsu_plugin/processing/analysis/hotspots.py" line="50" />
      <source>Hot spot, 90 % confidence</source>
      <translation>Point chaud, confiance de 90 %</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/processing/analysis/hotspots.py" line="49" />
      <source>Hot spot, 95 % confidence</source>
      <translation>Point chaud, confiance de 95 %</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/processing/analysis/hotspots.py" line="49" />
      <source>Hot spot, 99 % confidence</source>
      <translation>Point chaud, confiance de 99 %</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/processing/analysis/hotspots.py" line="115" />
      <source>Hot spots</source>
      <translation>Points chauds</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/processing/analysis/hotspots.py" line="95" />
      <source>Hot spots (Getis-Ord Gi*)</source>
      <translation>Points chauds (Getis-Ord Gi*)</translation>
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
      <location filename="../gpsu_plugin/processing/analysis/clusters.py" line="43" />
      <source>Incident clusters (DBSCAN)</source>
      <translation>Agrégats de faits (DBSCAN)</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/layers.py" line="111" />
      <source>Incidents by category</source>
      <translation>Faits par catégorie</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/layers.py" line="113" />
      <source>Incidents by status</source>
      <translation>Faits par statut</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/processing/database/upgrade.py" line="23" />
      <source>Install / upgrade database</source>
      <translation>Installer / mettre à jour la base de données</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/plugin.py" line="88" />
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
      <location filename="../gpsu_plugin/processing/analysis/emerging_hotspots.py" line="48" />
      <source>Intensifying hot spot</source>
      <translation>Point chaud en intensification</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/reports/new_facts.py" line="356" />
      <source>Issued on {}</source>
      <translation>Établi le {}</translation>
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
      <location filename="../gpsu_plugin/plugin.py" line="75" />
      <source>Log a fact</source>
      <translation>Encoder un fait</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/layers.py" line="80" />
      <source>Low</source>
      <translation>Basse</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/incident_dock.py" line="197" />
      <source>Map centre</source>
      <translation>Centre de la carte</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/reports/cli.py" line="115" />
      <source>Map extracts need QGIS: start the command with gpsu_plugin.cli.</source>
      <translation>Les extraits de carte nécessitent QGIS : lancez la commande avec gpsu_plugin.cli.</translation>
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
      <location filename="../gpsu_plugin/processing/analysis/clusters.py" line="59" />
      <source>Minimum number of incidents</source>
      <translation>Nombre minimal de faits</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/processing/analysis/time_profile.py" line="42" />
      <source>Monday</source>
      <translation>Lundi</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/processing/analysis/near_repeat.py" line="169" />
      <source>Monte Carlo simulations</source>
      <translation>Simulations de Monte-Carlo</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/cases_dock.py" line="138" />
      <source>More</source>
      <translation>Voir plus</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/processing/analysis/near_repeat.py" line="85" />
      <source>More than {n} pairs of facts are closer than the largest distance band: choose smaller bands or filter the facts further.</source>
      <translation>Plus de {n} paires de faits sont plus proches que la plus grande classe de distance : choisissez des classes plus petites ou filtrez davantage les faits.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/cases_dock.py" line="211" />
      <source>My services</source>
      <translation>Mes services</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/processing/analysis/near_repeat.py" line="174" />
      <source>Near repeat</source>
      <translation>Répétition proche</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/processing/analysis/near_repeat.py" line="148" />
      <source>Near repeat (Knox test)</source>
      <translation>Répétition proche (test de Knox)</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/processing/analysis/emerging_hotspots.py" line="143" />
      <location filename="../gpsu_plugin/processing/analysis/hotspots.py" line="112" />
      <source>Neighbourhood distance (metres; 0: 1.5 x cell size)</source>
      <translation>Distance de voisinage (mètres ; 0 : 1,5 x la taille des cellules)</translation>
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
      <location filename="../gpsu_plugin/reports/new_facts.py" line="394" />
      <location filename="../gpsu_plugin/reports/new_facts.py" line="405" />
      <location filename="../gpsu_plugin/reports/new_facts.py" line="346" />
      <source>New facts report</source>
      <translation>Rapport des nouveaux faits</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/plugin.py" line="83" />
      <source>New facts report (PDF)…</source>
      <translation>Rapport des nouveaux faits (PDF)…</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/processing/analysis/emerging_hotspots.py" line="48" />
      <source>New hot spot</source>
      <translation>Nouveau point chaud</translation>
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
      <location filename="../gpsu_plugin/core/analysis_filters.py" line="50" />
      <source>No category with the id or code "{}".</source>
      <translation>Aucune catégorie avec l'identifiant ou le code « {} ».</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/processing/database/upgrade.py" line="55" />
      <location filename="../gpsu_plugin/processing/analysis/base.py" line="79" />
      <source>No connection profile named "{}".</source>
      <translation>Aucun profil de connexion nommé « {} ».</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/case_detail.py" line="341" />
      <source>No description.</source>
      <translation>Aucune description.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/analysis_filters.py" line="57" />
      <source>No district with the id, code or name "{}".</source>
      <translation>Aucune section avec l'identifiant, le code ou le nom « {} ».</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/processing/analysis/period_comparison.py" line="229" />
      <source>No incident matches the filters ({}) in period A or period B.</source>
      <translation>Aucun fait ne correspond aux filtres ({}) pendant la période A ou la période B.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/processing/analysis/base.py" line="133" />
      <source>No incident matches the filters ({}).</source>
      <translation>Aucun fait ne correspond aux filtres ({}).</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/credentials.py" line="28" />
      <source>No keyring service runs on this computer (as on a server without a desktop session).</source>
      <translation>Aucun service de trousseau de clés ne fonctionne sur cet ordinateur (c'est le cas sur un serveur sans session de bureau).</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/reports/new_facts.py" line="411" />
      <source>No new fact was recorded during this period.</source>
      <translation>Aucun nouveau fait n'a été enregistré pendant cette période.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/credentials.py" line="89" />
      <source>No password is stored yet for this connection.</source>
      <translation>Aucun mot de passe n'est encore enregistré pour cette connexion.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/processing/analysis/emerging_hotspots.py" line="51" />
      <source>No pattern</source>
      <translation>Sans motif</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/layers.py" line="80" />
      <source>Normal</source>
      <translation>Normale</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/reports/new_facts.py" line="509" />
      <location filename="../gpsu_plugin/reports/new_facts.py" line="455" />
      <source>Not assigned</source>
      <translation>Non désigné</translation>
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
      <location filename="../gpsu_plugin/reports/cli.py" line="123" />
      <source>Not recorded: the next report starts at the same place.</source>
      <translation>Non enregistré : le prochain rapport commencera au même point.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/processing/analysis/hotspots.py" line="50" />
      <source>Not significant</source>
      <translation>Non significatif</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/cli.py" line="75" />
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
      <location filename="../gpsu_plugin/processing/analysis/emerging_hotspots.py" line="138" />
      <source>Number of time slices</source>
      <translation>Nombre de tranches de temps</translation>
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
      <location filename="../gpsu_plugin/processing/analysis/base.py" line="52" />
      <location filename="../gpsu_plugin/core/layers.py" line="112" />
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
      <location filename="../gpsu_plugin/core/layers.py" line="125" />
      <source>Other category</source>
      <translation>Autre catégorie</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/layers.py" line="131" />
      <source>Other priority</source>
      <translation>Autre priorité</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/layers.py" line="136" />
      <source>Other status</source>
      <translation>Autre statut</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/reports/new_facts.py" line="432" />
      <location filename="../gpsu_plugin/reports/new_facts.py" line="430" />
      <source>Outside the districts</source>
      <translation>En dehors des sections</translation>
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
      <location filename="../gpsu_plugin/reports/cli.py" line="31" />
      <source>PDF file to write (default: new-facts-&lt;date&gt;.pdf)</source>
      <translation>fichier PDF à écrire (par défaut : new-facts-&lt;date&gt;.pdf)</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/reports/cli.py" line="24" />
      <source>PDF reports</source>
      <translation>rapports PDF</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/reports/new_facts.py" line="357" />
      <source>Page {page} / {pages}</source>
      <translation>Page {page} / {pages}</translation>
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
      <location filename="../gpsu_plugin/processing/analysis/period_comparison.py" line="168" />
      <source>Period A from (municipality time, included)</source>
      <translation>Période A du (heure de la commune, inclus)</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/processing/analysis/period_comparison.py" line="169" />
      <source>Period A to (municipality time, excluded)</source>
      <translation>Période A au (heure de la commune, exclu)</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/processing/analysis/period_comparison.py" line="198" />
      <source>Period A: the end of the period must come after its start.</source>
      <translation>Période A : la fin de la période doit suivre son début.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/processing/analysis/period_comparison.py" line="170" />
      <source>Period B from (municipality time, included)</source>
      <translation>Période B du (heure de la commune, inclus)</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/processing/analysis/period_comparison.py" line="171" />
      <source>Period B to (municipality time, excluded)</source>
      <translation>Période B au (heure de la commune, exclu)</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/processing/analysis/period_comparison.py" line="200" />
      <source>Period B: the end of the period must come after its start.</source>
      <translation>Période B : la fin de la période doit suivre son début.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/processing/analysis/period_comparison.py" line="150" />
      <location filename="../gpsu_plugin/processing/analysis/period_comparison.py" line="174" />
      <source>Period comparison</source>
      <translation>Comparaison de périodes</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/processing/analysis/base.py" line="48" />
      <source>Period from (municipality time, included)</source>
      <translation>Période du (heure de la commune, inclus)</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/processing/analysis/base.py" line="50" />
      <source>Period to (municipality time, excluded)</source>
      <translation>Période au (heure de la commune, exclu)</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/processing/analysis/period_comparison.py" line="202" />
      <source>Periods A and B overlap: the comparison needs separate periods.</source>
      <translation>Les périodes A et B se chevauchent : la comparaison demande des périodes distinctes.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/processing/analysis/emerging_hotspots.py" line="49" />
      <source>Persistent hot spot</source>
      <translation>Point chaud persistant</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/incident_dock.py" line="508" />
      <source>Photos and documents (*.jpg *.jpeg *.png *.webp *.pdf *.txt);;All files (*)</source>
      <translation>Photos et documents (*.jpg *.jpeg *.png *.webp *.pdf *.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/processing/analysis/heatmap.py" line="89" />
      <source>Pixel size (metres)</source>
      <translation>Taille des pixels (mètres)</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/case_detail.py" line="548" />
      <location filename="../gpsu_plugin/gui/case_detail.py" line="157" />
      <location filename="../gpsu_plugin/reports/new_facts.py" line="508" />
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
      <location filename="../gpsu_plugin/processing/analysis/heatmap.py" line="87" />
      <source>Radius (metres)</source>
      <translation>Rayon (mètres)</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/processing/analysis/near_repeat.py" line="172" />
      <source>Random seed</source>
      <translation>Graine aléatoire</translation>
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
      <location filename="../gpsu_plugin/cli.py" line="80" />
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
      <location filename="../gpsu_plugin/processing/analysis/time_profile.py" line="42" />
      <source>Saturday</source>
      <translation>Samedi</translation>
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
      <location filename="../gpsu_plugin/processing/analysis/emerging_hotspots.py" line="50" />
      <source>Sporadic hot spot</source>
      <translation>Point chaud sporadique</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/case_detail.py" line="547" />
      <location filename="../gpsu_plugin/gui/case_detail.py" line="230" />
      <location filename="../gpsu_plugin/gui/cases_model.py" line="159" />
      <location filename="../gpsu_plugin/gui/duplicate_dialog.py" line="35" />
      <location filename="../gpsu_plugin/processing/analysis/base.py" line="52" />
      <location filename="../gpsu_plugin/reports/new_facts.py" line="510" />
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
      <location filename="../gpsu_plugin/processing/analysis/time_profile.py" line="43" />
      <source>Sunday</source>
      <translation>Dimanche</translation>
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
      <location filename="../gpsu_plugin/core/layers.py" line="114" />
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
      <location filename="../gpsu_plugin/processing/analysis/near_repeat.py" line="151" />
      <source>Tests whether the filtered incidents close in space are also close in time, like the Near Repeat Calculator. Burglary is the usual choice of category (leave it empty for all incidents). Every pair of facts is counted in the cell of its distance band (metres) and its time band (days): band "0–100 m" holds the pairs from 0 to 100 m, "100–200 m" those above 100 and up to 200 m. The time of a fact is its observation time, or the middle of its window. The expected counts come from Monte Carlo simulations that shuffle the times among the facts (the places stay); the Knox ratio is observed / expected and the pseudo p-value is (simulations with at least the observed count + 1) / (simulations + 1). A cell is significant when p &lt;= 0.05: more pairs than chance, a near repeat pattern. At most 20,000 facts.</source>
      <translation>Teste si les faits filtrés proches dans l'espace le sont aussi dans le temps, comme le Near Repeat Calculator. Le cambriolage est la catégorie habituelle (laissez-la vide pour tous les faits). Chaque paire de faits est comptée dans la case de sa classe de distance (mètres) et de sa classe de temps (jours) : la classe « 0–100 m » contient les paires de 0 à 100 m, « 100–200 m » celles au-delà de 100 et jusqu'à 200 m. L'heure d'un fait est son heure d'observation, ou le milieu de sa plage horaire. Les comptages attendus viennent de simulations de Monte-Carlo qui permutent les heures entre les faits (les lieux restent) ; le rapport de Knox vaut observé / attendu et la pseudo-valeur p vaut (simulations avec au moins le comptage observé + 1) / (simulations + 1). Une case est significative lorsque p &lt;= 0,05 : plus de paires que le hasard, un schéma de répétition proche. Au plus 20 000 faits.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/migrations.py" line="87" />
      <source>The GPS-U schema is not installed in this database. An administrator can install it with "Install / upgrade database".</source>
      <translation>Le schéma GPS-U n'est pas installé dans cette base de données. Un administrateur peut l'installer avec « Installer / mettre à jour la base de données ».</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/reports/new_facts.py" line="254" />
      <source>The PDF could not be written to {}.</source>
      <translation>Le PDF n'a pas pu être écrit dans {}.</translation>
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
      <location filename="../gpsu_plugin/processing/analysis/base.py" line="105" />
      <source>The database refused the analysis: {}</source>
      <translation>La base de données a refusé l'analyse : {}</translation>
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
      <location filename="../gpsu_plugin/processing/analysis/clusters.py" line="80" />
      <source>The distance must be positive and the minimum number of incidents at least 1.</source>
      <translation>La distance doit être positive et le nombre minimal de faits au moins égal à 1.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/processing/analysis/period_comparison.py" line="195" />
      <source>The end of period A</source>
      <translation>La fin de la période A</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/processing/analysis/period_comparison.py" line="196" />
      <source>The end of period B</source>
      <translation>La fin de la période B</translation>
    </message>
    <message>
      <source>The end of the period must come after its start.</source>
      <translation type="obsolete">La fin de la période doit se situer après son début.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/reports/new_facts.py" line="163" />
      <source>The facts of the report could not be read.</source>
      <translation>Les faits du rapport n'ont pas pu être lus.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/processing/analysis/emerging_hotspots.py" line="182" />
      <location filename="../gpsu_plugin/processing/analysis/hotspots.py" line="146" />
      <source>The grid would have more than two million cells; choose larger cells.</source>
      <translation>La grille compterait plus de deux millions de cellules ; choisissez des cellules plus grandes.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/processing/analysis/emerging_hotspots.py" line="198" />
      <location filename="../gpsu_plugin/processing/analysis/hotspots.py" line="163" />
      <source>The hot spot statistic cannot be computed: {}.</source>
      <translation>La statistique des points chauds ne peut pas être calculée : {}.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/credentials.py" line="32" />
      <source>The keyring cannot be used: {}</source>
      <translation>Le trousseau de clés ne peut pas être utilisé : {}</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/processing/analysis/period_comparison.py" line="226" />
      <source>The municipality has no district to compare.</source>
      <translation>La commune n'a aucune section à comparer.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/processing/analysis/near_repeat.py" line="213" />
      <source>The near repeat analysis needs at least two incidents.</source>
      <translation>L'analyse de répétition proche demande au moins deux faits.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/processing/analysis/emerging_hotspots.py" line="179" />
      <location filename="../gpsu_plugin/processing/analysis/hotspots.py" line="143" />
      <source>The neighbourhood distance must be at least the cell size, or cells would have no neighbour.</source>
      <translation>La distance de voisinage doit être au moins égale à la taille des cellules, sinon les cellules n'auraient aucune voisine.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/processing/analysis/near_repeat.py" line="197" />
      <source>The number of simulations must be between 19 and 999.</source>
      <translation>Le nombre de simulations doit être compris entre 19 et 999.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/processing/analysis/emerging_hotspots.py" line="163" />
      <source>The number of time slices must be between 4 and 24.</source>
      <translation>Le nombre de tranches de temps doit être compris entre 4 et 24.</translation>
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
      <location filename="../gpsu_plugin/processing/analysis/period_comparison.py" line="234" />
      <source>The periods have different lengths: the test compares rates, but the counts and percentages are not adjusted.</source>
      <translation>Les périodes ont des durées différentes : le test compare des taux, mais les comptages et pourcentages ne sont pas ajustés.</translation>
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
      <location filename="../gpsu_plugin/processing/analysis/heatmap.py" line="100" />
      <source>The radius and the pixel size must be positive.</source>
      <translation>Le rayon et la taille des pixels doivent être positifs.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/processing/analysis/heatmap.py" line="109" />
      <source>The raster would have more than fifty million pixels; choose larger pixels.</source>
      <translation>Le raster compterait plus de cinquante millions de pixels ; choisissez des pixels plus grands.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/reports/new_facts.py" line="677" />
      <source>The report could not be recorded in the database.</source>
      <translation>Le rapport n'a pas pu être enregistré dans la base de données.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/reports/new_facts.py" line="441" />
      <source>The report was cancelled.</source>
      <translation>Le rapport a été annulé.</translation>
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
      <location filename="../gpsu_plugin/processing/analysis/period_comparison.py" line="195" />
      <source>The start of period A</source>
      <translation>Le début de la période A</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/processing/analysis/period_comparison.py" line="196" />
      <source>The start of period B</source>
      <translation>Le début de la période B</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/reports/new_facts.py" line="119" />
      <location filename="../gpsu_plugin/core/analysis_filters.py" line="42" />
      <source>The start of the period must be before its end.</source>
      <translation>Le début de la période doit précéder sa fin.</translation>
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
      <location filename="../gpsu_plugin/processing/analysis/period_comparison.py" line="209" />
      <source>This comparison uses periods A and B: leave the common period empty.</source>
      <translation>Cette comparaison utilise les périodes A et B : laissez la période commune vide.</translation>
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
      <location filename="../gpsu_plugin/processing/analysis/time_profile.py" line="42" />
      <source>Thursday</source>
      <translation>Jeudi</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/processing/analysis/near_repeat.py" line="167" />
      <source>Time band limits (days, comma-separated)</source>
      <translation>Limites des classes de temps (jours, séparées par des virgules)</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/processing/analysis/near_repeat.py" line="192" />
      <source>Time bands</source>
      <translation>Classes de temps</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/processing/analysis/time_profile.py" line="65" />
      <source>Time profile</source>
      <translation>Profil temporel</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/processing/analysis/time_profile.py" line="53" />
      <source>Time profile (hour x weekday)</source>
      <translation>Profil temporel (heure x jour de la semaine)</translation>
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
      <location filename="../gpsu_plugin/processing/analysis/time_profile.py" line="97" />
      <source>Total weight {total:.3f} for {n} incidents.</source>
      <translation>Poids total {total:.3f} pour {n} faits.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/incident_dock.py" line="110" />
      <source>Try again</source>
      <translation>Réessayer</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/processing/analysis/time_profile.py" line="42" />
      <source>Tuesday</source>
      <translation>Mardi</translation>
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
      <location filename="../gpsu_plugin/core/analysis_filters.py" line="40" />
      <source>Unknown status filter "{}".</source>
      <translation>Filtre de statut inconnu : « {} ».</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/case_detail.py" line="43" />
      <source>Updated</source>
      <translation>Modifié</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/layers.py" line="80" />
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
      <location filename="../gpsu_plugin/processing/analysis/time_profile.py" line="42" />
      <source>Wednesday</source>
      <translation>Mercredi</translation>
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
      <location filename="../gpsu_plugin/reports/cli.py" line="36" />
      <source>add a map extract to each fact (starts QGIS)</source>
      <translation>ajouter un extrait de carte à chaque fait (lance QGIS)</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/analysis_filters.py" line="108" />
      <source>all incidents</source>
      <translation>tous les faits</translation>
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
      <location filename="../gpsu_plugin/processing/analysis/emerging_hotspots.py" line="199" />
      <source>at least three cells are needed</source>
      <translation>au moins trois cellules sont nécessaires</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/case_detail.py" line="334" />
      <location filename="../gpsu_plugin/reports/new_facts.py" line="217" />
      <source>between {start} and {end}</source>
      <translation>entre {start} et {end}</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/analysis_filters.py" line="99" />
      <source>category {}</source>
      <translation>catégorie {}</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/analysis_filters.py" line="107" />
      <source>closed cases</source>
      <translation>dossiers clôturés</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/cli.py" line="27" />
      <source>database schema</source>
      <translation>schéma de la base de données</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/processing/analysis/near_repeat.py" line="224" />
      <source>days</source>
      <translation>jours</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/analysis_filters.py" line="101" />
      <source>district {}</source>
      <translation>section {}</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/reports/cli.py" line="35" />
      <source>do not remember this report (the next one starts at the same place)</source>
      <translation>ne pas mémoriser ce rapport (le prochain commencera au même point)</translation>
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
      <location filename="../gpsu_plugin/reports/cli.py" line="30" />
      <source>end, included: YYYY-MM-DD or YYYY-MM-DDTHH:MM (default: now)</source>
      <translation>fin, incluse : AAAA-MM-JJ ou AAAA-MM-JJTHH:MM (par défaut : maintenant)</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/analysis_filters.py" line="103" />
      <source>from {}</source>
      <translation>du {}</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/cli.py" line="29" />
      <source>install or upgrade the GPS-U schema</source>
      <translation>installer ou mettre à jour le schéma GPS-U</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/reports/cli.py" line="33" />
      <source>language of the report (default: the user's)</source>
      <translation>langue du rapport (par défaut : celle de l'utilisateur)</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/cli.py" line="24" />
      <source>libpq connection string, e.g. "service=gpsu" (default: $GPSU_DB)</source>
      <translation>chaîne de connexion libpq, p. ex. "service=gpsu" (par défaut : $GPSU_DB)</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/cli.py" line="35" />
      <source>load the reference services and categories</source>
      <translation>charger les services et catégories de référence</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/processing/analysis/near_repeat.py" line="224" />
      <source>m</source>
      <translation>m</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/processing/analysis/period_comparison.py" line="114" />
      <source>more than +{:.0f} % (or facts only in period B)</source>
      <translation>plus de +{:.0f} % (ou faits uniquement en période B)</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/processing/analysis/period_comparison.py" line="102" />
      <source>no significant change</source>
      <translation>pas d'évolution significative</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/migrations.py" line="80" />
      <source>not installed</source>
      <translation>non installé</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/analysis_filters.py" line="107" />
      <source>open cases</source>
      <translation>dossiers ouverts</translation>
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
      <location filename="../gpsu_plugin/cli.py" line="31" />
      <source>projected CRS of a new installation, as an EPSG code (default {})</source>
      <translation>SCR projeté d'une nouvelle installation, sous forme de code EPSG (par défaut : {})</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/cli.py" line="34" />
      <source>show the schema version</source>
      <translation>afficher la version du schéma</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/processing/analysis/period_comparison.py" line="101" />
      <source>significant decrease</source>
      <translation>baisse significative</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/processing/analysis/period_comparison.py" line="101" />
      <source>significant increase</source>
      <translation>hausse significative</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/reports/cli.py" line="28" />
      <source>start: YYYY-MM-DD or YYYY-MM-DDTHH:MM (default: the end of the previous report)</source>
      <translation>début : AAAA-MM-JJ ou AAAA-MM-JJTHH:MM (par défaut : la fin du rapport précédent)</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/cli.py" line="33" />
      <source>stop at this schema version</source>
      <translation>s'arrêter à cette version du schéma</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/reports/cli.py" line="26" />
      <source>the new-facts report (PDF)</source>
      <translation>le rapport des nouveaux faits (PDF)</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/cases_dock.py" line="89" />
      <source>to</source>
      <translation>au</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/analysis_filters.py" line="105" />
      <source>to {}</source>
      <translation>au {}</translation>
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
      <location filename="../gpsu_plugin/processing/analysis/period_comparison.py" line="116" />
      <source>{:+.0f} % to {:+.0f} %</source>
      <translation>{:+.0f} % à {:+.0f} %</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/processing/analysis/period_comparison.py" line="112" />
      <source>{:.0f} % or less</source>
      <translation>{:.0f} % ou moins</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/processing/analysis/period_comparison.py" line="231" />
      <source>{a} incidents in period A, {b} in period B ({filters}).</source>
      <translation>{a} faits pendant la période A, {b} pendant la période B ({filters}).</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/processing/analysis/hotspots.py" line="185" />
      <source>{cells} cells: {hot} hot spots and {cold} cold spots at 90 % or more (FDR-corrected).</source>
      <translation>{cells} cellules : {hot} points chauds et {cold} points froids à 90 % ou plus (correction FDR).</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/processing/analysis/emerging_hotspots.py" line="236" />
      <source>{cells} cells: {new} new, {up} intensifying, {persistent} persistent, {down} diminishing, {sporadic} sporadic and {historical} historical hot spots.</source>
      <translation>{cells} cellules : points chauds nouveaux {new}, en intensification {up}, persistants {persistent}, en diminution {down}, sporadiques {sporadic} et historiques {historical}.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/processing/analysis/clusters.py" line="110" />
      <source>{clusters} clusters holding {clustered} of the {total} incidents.</source>
      <translation>{clusters} agrégats regroupant {clustered} des {total} faits.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/reports/new_facts.py" line="215" />
      <source>{day}, between {start} and {end}</source>
      <translation>{day}, entre {start} et {end}</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/processing/analysis/period_comparison.py" line="257" />
      <source>{districts} districts: {up} significant increases, {down} significant decreases at 5 %.</source>
      <translation>{districts} sections : {up} hausses significatives, {down} baisses significatives au seuil de 5 %.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/reports/new_facts.py" line="429" />
      <source>{district} ({count})</source>
      <translation>{district} ({count})</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/reports/new_facts.py" line="225" />
      <source>{lat:.5f}° N, {lon:.5f}° E</source>
      <translation>{lat:.5f}° N, {lon:.5f}° E</translation>
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
      <translation>{n} faits ({filters}).</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/processing/analysis/hotspots.py" line="148" />
      <source>{n} incidents ({filters}); cells of {size:.0f} m, neighbourhood {distance:.0f} m.</source>
      <translation>{n} faits ({filters}) ; cellules de {size:.0f} m, voisinage de {distance:.0f} m.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/processing/analysis/heatmap.py" line="111" />
      <source>{n} incidents ({filters}); radius {radius:.0f} m, pixels of {pixel:g} m.</source>
      <translation>{n} faits ({filters}) ; rayon de {radius:.0f} m, pixels de {pixel:g} m.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/processing/analysis/emerging_hotspots.py" line="184" />
      <source>{n} incidents ({filters}); {slices} slices, cells of {size:.0f} m, neighbourhood {distance:.0f} m.</source>
      <translation>{n} faits ({filters}) ; {slices} tranches, cellules de {size:.0f} m, voisinage de {distance:.0f} m.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/processing/analysis/near_repeat.py" line="202" />
      <source>{n} incidents match the filters ({filters}): the near repeat analysis takes at most {max}. Choose a category, a shorter period or a district.</source>
      <translation>{n} faits correspondent aux filtres ({filters}) : l'analyse de répétition proche en accepte au plus {max}. Choisissez une catégorie, une période plus courte ou une section.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/processing/analysis/near_repeat.py" line="239" />
      <source>{n} of {cells} cells significant at 5 %.</source>
      <translation>{n} cases sur {cells} significatives au seuil de 5 %.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/processing/analysis/near_repeat.py" line="218" />
      <source>{pairs} pairs of incidents within {d:g} m; {p} simulations.</source>
      <translation>{pairs} paires de faits à moins de {d:g} m ; {p} simulations.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/reports/cli.py" line="120" />
      <source>{path}: {facts} facts, {pages} pages ({period}).</source>
      <translation>{path} : {facts} faits, {pages} pages ({period}).</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/case_detail.py" line="442" />
      <source>{type}, added by {author} on {date}</source>
      <translation>{type}, ajouté par {author} le {date}</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/processing/analysis/near_repeat.py" line="42" />
      <source>{what}: "{part}" is not a number (give limits such as "0,100,200,400").</source>
      <translation>{what} : « {part} » n'est pas un nombre (donnez des limites comme « 0,100,200,400 »).</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/processing/analysis/near_repeat.py" line="45" />
      <source>{what}: "{part}" must be a number of zero or more.</source>
      <translation>{what} : « {part} » doit être un nombre positif ou nul.</translation>
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
      <location filename="../gpsu_plugin/reports/new_facts.py" line="413" />
      <source>{} facts recorded</source>
      <translation>{} faits enregistrés</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/reports/cli.py" line="50" />
      <source>{} is not a date (YYYY-MM-DD) or a date and time (YYYY-MM-DDTHH:MM).</source>
      <translation>{} n'est ni une date (AAAA-MM-JJ) ni une date et une heure (AAAA-MM-JJTHH:MM).</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/processing/analysis/period_comparison.py" line="191" />
      <source>{} is required.</source>
      <translation>{} est obligatoire.</translation>
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
    <message>
      <location filename="../gpsu_plugin/processing/analysis/near_repeat.py" line="48" />
      <source>{}: give at least two limits (one band), for example "0,100".</source>
      <translation>{} : donnez au moins deux limites (une classe), par exemple « 0,100 ».</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/processing/analysis/near_repeat.py" line="36" />
      <source>{}: give the band limits, for example "0,100,200,400".</source>
      <translation>{} : donnez les limites des classes, par exemple « 0,100,200,400 ».</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/processing/analysis/near_repeat.py" line="50" />
      <source>{}: the limits must be in strictly increasing order.</source>
      <translation>{} : les limites doivent être strictement croissantes.</translation>
    </message>
  </context>
</TS>
