<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
  <context>
    <name>gpsu</name>
    <message>
      <location filename="../gpsu_plugin/gui/schools_dock.py" line="535" />
      <source>"{name}" could not be read: {error}</source>
      <translation>« {name} » n’a pas pu être lu : {error}</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/incidents.py" line="178" />
      <source>"{name}" is too big to attach ({size} MB; at most {limit} MB).</source>
      <translation>« {name} » est trop volumineux pour être joint ({size} Mo ; maximum {limit} Mo).</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/schools.py" line="760" />
      <source>"{name}" was refused: files of type {type} are not accepted. Accepted: {accepted}.</source>
      <translation>« {name} » a été refusé : les fichiers de type {type} ne sont pas acceptés. Acceptés : {accepted}.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/schools.py" line="763" />
      <source>"{name}" was refused: it is too big ({size} MB; at most {limit} MB).</source>
      <translation>« {name} » a été refusé : il est trop volumineux ({size} Mo ; au plus {limit} Mo).</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/incidents.py" line="175" />
      <source>"{}" cannot be attached: this type of file is not accepted.</source>
      <translation>« {} » ne peut pas être joint : ce type de fichier n'est pas accepté.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/incident_dock.py" line="556" />
      <source>"{}" cannot be read.</source>
      <translation>« {} » ne peut pas être lu.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/schools.py" line="817" />
      <source>"{}" is damaged: its content does not match the checksum recorded when it was uploaded. It was not opened.</source>
      <translation>« {} » est endommagé : son contenu ne correspond pas à l’empreinte enregistrée lors de son dépôt. Il n’a pas été ouvert.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/incidents.py" line="182" />
      <location filename="../gpsu_plugin/core/schools.py" line="758" />
      <source>"{}" is empty.</source>
      <translation>« {} » est vide.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/schools_dock.py" line="474" />
      <source>"{}" opened (checksum verified).</source>
      <translation>« {} » ouvert (empreinte vérifiée).</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/schools_dock.py" line="124" />
      <source>(layer geometry)</source>
      <translation>(géométrie de la couche)</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/incident_dock.py" line="413" />
      <location filename="../gpsu_plugin/reports/ppms.py" line="95" />
      <source>(none)</source>
      <translation>(aucune)</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/cases_dock.py" line="294" />
      <source>1 case</source>
      <translation>1 dossier</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/schools_dock.py" line="409" />
      <source>1 document is past its review date.</source>
      <translation>1 document a dépassé sa date de révision.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/reports/new_facts.py" line="497" />
      <source>1 fact recorded</source>
      <translation>1 fait enregistré</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/access_dialog.py" line="199" />
      <source>2 to 63 lower-case letters, digits, dots, dashes or underscores, starting with a letter</source>
      <translation>2 à 63 lettres minuscules, chiffres, points, tirets ou traits de soulignement, en commençant par une lettre</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/case_detail.py" line="493" />
      <source>A case cannot duplicate itself.</source>
      <translation>Un dossier ne peut pas être son propre doublon.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/reports/dls.py" line="532" />
      <source>A category includes its sub-categories. A district's facts are those located inside it.</source>
      <translation>Une catégorie comprend ses sous-catégories. Les faits d'une section sont ceux qui y sont localisés.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/dberrors.py" line="26" />
      <source>A closed, rejected or duplicate case cannot be shared with another service.</source>
      <translation>Un dossier clôturé, rejeté ou en doublon ne peut pas être partagé avec un autre service.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/reports/dls.py" line="528" />
      <source>A fact belongs to the period by the time it was observed, or the start of its time window; the period is in the municipality's time, its last day included. Duplicates are left out.</source>
      <translation>Un fait appartient à la période par le moment où il a été constaté, ou le début de sa plage horaire ; la période est à l'heure de la commune, son dernier jour inclus. Les doublons sont écartés.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/dberrors.py" line="19" />
      <source>A field of the observation template is missing or invalid: {}</source>
      <translation>Un champ du modèle de constat est manquant ou non valide : {}</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/access.py" line="177" />
      <source>A login name is 2 to 63 lower-case letters, digits, dots, dashes or underscores, starting with a letter (and not with pg_ or gpsu_).</source>
      <translation>Un identifiant compte 2 à 63 lettres minuscules, chiffres, points, tirets ou traits de soulignement, et commence par une lettre (mais pas par pg_ ni gpsu_).</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/processing/analysis/prevention_action.py" line="194" />
      <source>A period ends before it starts.</source>
      <translation>Une période se termine avant de commencer.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/statistics.py" line="76" />
      <source>A period is needed to compare it with the previous one.</source>
      <translation>Il faut une période pour la comparer à la précédente.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/reports/layouts.py" line="113" />
      <source>A period needs a start date and an end date.</source>
      <translation>Une période a besoin d'une date de début et d'une date de fin.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/prevention.py" line="81" />
      <source>A prevention action needs a title.</source>
      <translation>Une action de prévention doit avoir un titre.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/processing/analysis/heatmap.py" line="78" />
      <source>A raster of the density of the filtered incidents, computed by QGIS's own kernel density algorithm (Heatmap, kernel density estimation) with a quartic kernel: each incident spreads its weight over a disc of the given radius, and each pixel holds the sum of the kernels (raw values). The raster is in the coordinate reference system of the GPS-U schema and is styled from transparent yellow (low density) to red (high density).</source>
      <translation>Un raster de la densité des faits filtrés, calculé par l'algorithme de densité de noyau de QGIS lui-même (Carte de chaleur, estimation de densité par noyau) avec un noyau quartique : chaque fait répartit son poids sur un disque du rayon indiqué, et chaque pixel contient la somme des noyaux (valeurs brutes). Le raster est dans le système de coordonnées de référence du schéma GPS-U et sa symbologie va du jaune transparent (faible densité) au rouge (forte densité).</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/schools_dock.py" line="85" />
      <source>A school already in GPS-U (same code) is updated, never duplicated. Every rejected row is listed with the reason.</source>
      <translation>Un établissement déjà présent dans GPS-U (même code) est mis à jour, jamais dupliqué. Chaque ligne rejetée est listée avec sa raison.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/access_dialog.py" line="315" />
      <source>A school editor maintains the plans and documents of these schools.</source>
      <translation>Un éditeur d'établissement tient à jour les plans et documents de ces établissements.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/access_dialog.py" line="244" />
      <source>A service handler works on the cases of these services; every member receives their alerts.</source>
      <translation>Un gestionnaire de service traite les dossiers de ces services ; chaque membre en reçoit les alertes.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/processing/analysis/time_profile.py" line="56" />
      <source>A table of 7 x 24 rows: for each day of the week (0 = Monday) and hour of the day, in the municipality's time zone, the weighted number of the filtered incidents. A fact seen at a given time counts 1 in its hour; a fact known only by a time window (between ... and ...) is spread over the hours of the window, in proportion to the time covered (aoristic weighting), so that the weights add up to the number of facts.</source>
      <translation>Une table de 7 x 24 lignes : pour chaque jour de la semaine (0 = lundi) et chaque heure de la journée, dans le fuseau horaire de la commune, le nombre pondéré de faits filtrés. Un fait constaté à un moment précis compte pour 1 dans son heure ; un fait connu seulement par une période (entre ... et ...) est réparti sur les heures de cette période, au prorata du temps couvert (pondération aoristique), de sorte que la somme des poids est égale au nombre de faits.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/processing/analysis/monthly_series.py" line="25" />
      <source>A table with one row per month of the period (every month from the first to the last fact when no period is given): the weighted number of the filtered incidents, the trend (centred 12-month moving average, empty for the first and last six months), the seasonal index of the month of the year and the seasonally adjusted count (count / index). A fact seen at a given time counts 1 in its month; a fact known only by a time window is spread over the months of the window in proportion to the time covered (aoristic weighting). The seasonal index of a month of the year is the mean ratio of its counts to the trend, the twelve indices scaled to average 1 (classical multiplicative decomposition); it needs at least 24 months.</source>
      <translation>Une table avec une ligne par mois de la période (chaque mois du premier au dernier fait quand aucune période n'est donnée) : le nombre pondéré des incidents filtrés, la tendance (moyenne mobile centrée sur 12 mois, vide pour les six premiers et les six derniers mois), l'indice saisonnier du mois de l'année et le nombre corrigé des variations saisonnières (nombre / indice). Un fait vu à un moment précis compte 1 dans son mois ; un fait connu seulement par une plage horaire est réparti sur les mois de la plage en proportion du temps couvert (pondération aoristique). L'indice saisonnier d'un mois de l'année est le rapport moyen de ses nombres à la tendance, les douze indices ramenés à une moyenne de 1 (décomposition multiplicative classique) ; il faut au moins 24 mois.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/alerts_inbox.py" line="38" />
      <source>A task changed</source>
      <translation>Une tâche a été modifiée</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/reports/ppms.py" line="222" />
      <source>Access points, assembly points, confinement areas, evacuation routes and cut-offs as drawn on the map.</source>
      <translation>Accès, points de rassemblement, zones de mise à l’abri, cheminements d’évacuation et coupures tels que dessinés sur la carte.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/plugin.py" line="109" />
      <source>Access…</source>
      <translation>Accès…</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/connection_dialog.py" line="66" />
      <source>Account</source>
      <translation>Compte</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/audit_dock.py" line="32" />
      <source>Account created</source>
      <translation>Compte créé</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/audit_dock.py" line="35" />
      <source>Account disabled</source>
      <translation>Compte désactivé</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/audit_dock.py" line="34" />
      <source>Account enabled</source>
      <translation>Compte réactivé</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/audit_dock.py" line="36" />
      <source>Account end date changed</source>
      <translation>Date de fin du compte modifiée</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/access_dialog.py" line="206" />
      <source>Account ends on</source>
      <translation>Le compte prend fin le</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/access_dialog.py" line="184" />
      <source>Account {}</source>
      <translation>Compte {}</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/change_password_dialog.py" line="59" />
      <source>Account: &lt;b&gt;{}&lt;/b&gt;</source>
      <translation>Compte : &lt;b&gt;{}&lt;/b&gt;</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/audit_dock.py" line="84" />
      <location filename="../gpsu_plugin/core/access.py" line="313" />
      <source>Action</source>
      <translation>Action</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/processing/analysis/prevention_action.py" line="102" />
      <location filename="../gpsu_plugin/processing/analysis/prevention_action.py" line="168" />
      <source>Action number</source>
      <translation>Numéro de l'action</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/access_dialog.py" line="160" />
      <source>Active</source>
      <translation>Actif</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/schools_dock.py" line="44" />
      <source>Add a document</source>
      <translation>Ajouter un document</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/schools_dock.py" line="241" />
      <source>Add a document or a new version (you can also drop files on the list).</source>
      <translation>Ajouter un document ou une nouvelle version (vous pouvez aussi déposer des fichiers sur la liste).</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/ppms_editor.py" line="201" />
      <source>Add a row</source>
      <translation>Ajouter une ligne</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/schools_dock.py" line="505" />
      <source>Add documents</source>
      <translation>Ajouter des documents</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/incident_dock.py" line="275" />
      <source>Add files…</source>
      <translation>Ajouter des fichiers…</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/plugin.py" line="88" />
      <source>Add the GPS-U layers</source>
      <translation>Ajouter les couches GPS-U</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/schools_dock.py" line="570" />
      <source>Added: {}</source>
      <translation>Ajouté : {}</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/schools_dock.py" line="96" />
      <location filename="../gpsu_plugin/reports/ppms.py" line="160" />
      <source>Address</source>
      <translation>Adresse</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/schools_dock.py" line="240" />
      <source>Add…</source>
      <translation>Ajouter…</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/schools.py" line="891" />
      <source>Adhesive tape and towels</source>
      <translation>Ruban adhésif et linges</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/processing/database/upgrade.py" line="26" />
      <source>Administration</source>
      <translation>Administration</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/access.py" line="33" />
      <source>Administrator</source>
      <translation>Administrateur</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/processing/analysis/prevention_action.py" line="171" />
      <source>After: from (default: the action's first day)</source>
      <translation>Après : du (par défaut : le premier jour de l'action)</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/processing/analysis/prevention_action.py" line="172" />
      <source>After: to (excluded; default: the day after the last day)</source>
      <translation>Après : au (exclu ; par défaut : le lendemain du dernier jour)</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/alerts_inbox.py" line="188" />
      <source>Alert</source>
      <translation>Alerte</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/reports/reflex_sheet.py" line="252" />
      <location filename="../gpsu_plugin/core/schools.py" line="872" />
      <source>Alert signals</source>
      <translation>Signaux d’alerte</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/plugin.py" line="82" />
      <source>Alerts</source>
      <translation>Alertes</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/processing/analysis/base.py" line="52" />
      <source>All</source>
      <translation>Tous</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/audit_dock.py" line="143" />
      <source>All actions</source>
      <translation>Toutes les actions</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/cases_dock.py" line="201" />
      <location filename="../gpsu_plugin/gui/statistics_dock.py" line="149" />
      <source>All categories</source>
      <translation>Toutes les catégories</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/cases_dock.py" line="198" />
      <source>All priorities</source>
      <translation>Toutes les priorités</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/cases_dock.py" line="191" />
      <location filename="../gpsu_plugin/gui/statistics_dock.py" line="154" />
      <location filename="../gpsu_plugin/core/statistics.py" line="548" />
      <location filename="../gpsu_plugin/core/statistics.py" line="551" />
      <source>All services</source>
      <translation>Tous les services</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/cases_dock.py" line="195" />
      <location filename="../gpsu_plugin/gui/statistics_dock.py" line="152" />
      <source>All statuses</source>
      <translation>Tous les statuts</translation>
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
      <translation>Une erreur inattendue s'est produite ; les détails figurent dans l'onglet GPS-U du panneau Journal des messages.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/processing/analysis/base.py" line="32" />
      <source>Analysis</source>
      <translation>Analyse</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/access.py" line="36" />
      <source>Analyst / evaluator</source>
      <translation>Analyste / évaluateur</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/cli.py" line="80" />
      <source>Applied migrations {}; schema {}.</source>
      <translation>Migrations appliquées : {} ; schéma {}.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/case_detail.py" line="206" />
      <source>Apply my change again…</source>
      <translation>Réappliquer ma modification…</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/migrations.py" line="194" />
      <source>Applying migration {} ({})</source>
      <translation>Application de la migration {} ({})</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/statistics.py" line="772" />
      <source>April</source>
      <translation>avril</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/processing/analysis/prevention_action.py" line="89" />
      <source>Area of the action</source>
      <translation>Zone de l'action</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/reports/layouts.py" line="835" />
      <source>Area of the hull: {area} m²</source>
      <translation>Superficie de l'enveloppe : {area} m²</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/ppms_editor.py" line="123" />
      <source>Arrangements</source>
      <translation>Dispositions</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/schools.py" line="104" />
      <source>Assembly point</source>
      <translation>Point de rassemblement</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/reports/new_facts.py" line="592" />
      <location filename="../gpsu_plugin/reports/new_facts.py" line="536" />
      <source>Assigned service</source>
      <translation>Service désigné</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/incident_dock.py" line="250" />
      <source>At</source>
      <translation>Le</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/charts.py" line="226" />
      <source>At least 24 months are needed for a seasonal index.</source>
      <translation>Il faut au moins 24 mois pour un indice saisonnier.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/atlas_dialog.py" line="30" />
      <source>Atlas and print layouts (PDF)…</source>
      <translation>Atlas et mises en page (PDF)…</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/reports/layouts.py" line="92" />
      <source>Atlas by district</source>
      <translation>Atlas par section</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/reports/layouts.py" line="92" />
      <source>Atlas of hot spots</source>
      <translation>Atlas des points chauds</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/reports/layouts.py" line="92" />
      <source>Atlas of schools</source>
      <translation>Atlas des établissements scolaires</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/incident_dock.py" line="545" />
      <source>Attach photos or documents</source>
      <translation>Joindre des photos ou des documents</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/case_detail.py" line="244" />
      <location filename="../gpsu_plugin/gui/incident_dock.py" line="267" />
      <source>Attachments</source>
      <translation>Pièces jointes</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/case_detail.py" line="451" />
      <source>Attachments ({})</source>
      <translation>Pièces jointes ({})</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/plugin.py" line="110" />
      <source>Audit log</source>
      <translation>Journal d'audit</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/statistics.py" line="773" />
      <source>August</source>
      <translation>août</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/schools.py" line="890" />
      <source>Battery radio and spare batteries</source>
      <translation>Radio à piles et piles de rechange</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/processing/analysis/prevention_action.py" line="169" />
      <source>Before: from (default: as long as the action, just before)</source>
      <translation>Avant : du (par défaut : aussi long que l'action, juste avant)</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/processing/analysis/prevention_action.py" line="170" />
      <source>Before: to (excluded)</source>
      <translation>Avant : au (exclu)</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/incident_dock.py" line="251" />
      <source>Between</source>
      <translation>Entre</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/processing/analysis/prevention_action.py" line="233" />
      <source>Buffer</source>
      <translation>Zone tampon</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/processing/analysis/prevention_action.py" line="100" />
      <source>Buffer width around the area</source>
      <translation>Largeur de la zone tampon autour de la zone</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/processing/analysis/prevention_action.py" line="175" />
      <source>Buffer width in metres (default: the action's)</source>
      <translation>Largeur de la zone tampon en mètres (par défaut : celle de l'action)</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/reports/reflex_sheet.py" line="318" />
      <source>Building</source>
      <translation>Bâtiment</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/reports/layouts.py" line="875" />
      <location filename="../gpsu_plugin/core/schools.py" line="86" />
      <source>Building plan</source>
      <translation>Plan des bâtiments</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/reports/ppms.py" line="164" />
      <source>Buildings</source>
      <translation>Bâtiments</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/reports/reflex_sheet.py" line="245" />
      <source>Buildings: {}</source>
      <translation>Bâtiments : {}</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/schools_dock.py" line="105" />
      <source>CRS of the coordinates</source>
      <translation>SCR des coordonnées</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/audit_dock.py" line="268" />
      <location filename="../gpsu_plugin/gui/statistics_dock.py" line="572" />
      <source>CSV files (*.csv)</source>
      <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/statistics_dock.py" line="182" />
      <source>CSV…</source>
      <translation>CSV…</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/change_password_dialog.py" line="97" />
      <source>Cancel and disconnect</source>
      <translation>Annuler et se déconnecter</translation>
    </message>
    <message>
      <source>Canceled.</source>
      <translation type="obsolete">Annulé.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/processing/analysis/base.py" line="127" />
      <location filename="../gpsu_plugin/processing/analysis/base.py" line="107" />
      <location filename="../gpsu_plugin/processing/analysis/near_repeat.py" line="72" />
      <location filename="../gpsu_plugin/processing/analysis/near_repeat.py" line="123" />
      <location filename="../gpsu_plugin/processing/analysis/prevention_action.py" line="26" />
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
      <location filename="../gpsu_plugin/gui/case_detail.py" line="717" />
      <source>Case {number}: change the status to "{status}".</source>
      <translation>Dossier {number} : changer le statut en « {status} ».</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/alerts_inbox.py" line="299" />
      <source>Case {number}: {what}</source>
      <translation>Dossier {number} : {what}</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/case_detail.py" line="779" />
      <source>Case {}: a step your service took. It stays in the case's history for good.</source>
      <translation>Dossier {} : une démarche effectuée par votre service. Elle restera définitivement dans l'historique du dossier.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/case_detail.py" line="749" />
      <source>Case {}: give it to another service.</source>
      <translation>Dossier {} : le confier à un autre service.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/case_detail.py" line="764" />
      <source>Case {}: open a task for another service, which follows it with its own status.</source>
      <translation>Dossier {} : ouvrir une tâche pour un autre service, qui la suit avec son propre statut.</translation>
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
      <translation>Dossiers par statut</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/reports/dls.py" line="325" />
      <source>Cases closed</source>
      <translation>Dossiers clôturés</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/reports/dls.py" line="487" />
      <source>Cases of the period per service in charge: the time from recording to closure (the last time the case left the open statuses, from its history), and the share of the cases with a due date that were closed after it or are still open past it.</source>
      <translation>Dossiers de la période par service responsable : le délai entre l'enregistrement et la clôture (la dernière fois que le dossier a quitté les statuts ouverts, d'après son historique), et la part des dossiers avec une échéance qui ont été clôturés après celle-ci ou sont encore ouverts au-delà.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/project.py" line="27" />
      <source>Categories</source>
      <translation>Catégories</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/statistics_dock.py" line="150" />
      <source>Categories (with their sub-categories) or sub-categories</source>
      <translation>Catégories (avec leurs sous-catégories) ou sous-catégories</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/reports/dls.py" line="394" />
      <source>Categories compared</source>
      <translation>Catégories comparées</translation>
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
      <translation>Catégorie</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/cases_dock.py" line="75" />
      <source>Category (with its sub-categories) or sub-category</source>
      <translation>Catégorie (avec ses sous-catégories) ou sous-catégorie</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/incident_dock.py" line="238" />
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
      <location filename="../gpsu_plugin/processing/analysis/hotspots.py" line="128" />
      <source>Cell size (metres; 0: from the data)</source>
      <translation>Taille des cellules (mètres ; 0 : d'après les données)</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/processing/analysis/hotspots.py" line="133" />
      <source>Cells</source>
      <translation>Cellules</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/reports/dls.py" line="512" />
      <source>Centre (x, y)</source>
      <translation>Centre (x, y)</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/reports/dls.py" line="324" />
      <location filename="../gpsu_plugin/reports/dls.py" line="351" />
      <location filename="../gpsu_plugin/core/statistics.py" line="287" />
      <source>Change</source>
      <translation>Évolution</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/statistics.py" line="287" />
      <source>Change (%)</source>
      <translation>Évolution (%)</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/change_password_dialog.py" line="41" />
      <source>Change my password</source>
      <translation>Changer mon mot de passe</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/plugin.py" line="111" />
      <location filename="../gpsu_plugin/gui/sign_in.py" line="32" />
      <source>Change my password…</source>
      <translation>Changer mon mot de passe…</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/change_password_dialog.py" line="94" />
      <source>Change the password</source>
      <translation>Changer le mot de passe</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/case_detail.py" line="378" />
      <source>Change the status to "{}"</source>
      <translation>Changer le statut en « {} »</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/case_detail.py" line="236" />
      <source>Change the task's status…</source>
      <translation>Modifier le statut de la tâche…</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/statistics_dock.py" line="118" />
      <source>Chart</source>
      <translation>Graphique</translation>
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
      <location filename="../gpsu_plugin/gui/incident_dock.py" line="348" />
      <source>Choose a category…</source>
      <translation>Choisissez une catégorie…</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/reports/dls.py" line="73" />
      <location filename="../gpsu_plugin/core/statistics.py" line="361" />
      <source>Choose a period: its start and its end.</source>
      <translation>Choisissez une période : son début et sa fin.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/schools_dock.py" line="516" />
      <source>Choose a school first.</source>
      <translation>Choisissez d’abord un établissement.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/statistics_dock.py" line="344" />
      <source>Choose at least one district, or the whole territory.</source>
      <translation>Choisissez au moins une section, ou tout le territoire.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/schools.py" line="542" />
      <source>Choose at least the columns of the code and the name.</source>
      <translation>Choisissez au moins les colonnes du code et du nom.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/statistics_dock.py" line="142" />
      <source>Choose districts</source>
      <translation>Choisir des sections</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/atlas_dialog.py" line="170" />
      <source>Choose the PDF file to write.</source>
      <translation>Choisissez le fichier PDF à écrire.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/cases.py" line="279" />
      <source>Choose the case this one duplicates.</source>
      <translation>Choisissez le dossier dont celui-ci est le doublon.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/statistics.py" line="434" />
      <source>Choose the categories of both phenomena.</source>
      <translation>Choisissez les catégories des deux phénomènes.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/statistics_dock.py" line="475" />
      <source>Choose the categories of phenomena A and B.</source>
      <translation>Choisissez les catégories des phénomènes A et B.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/schools.py" line="544" />
      <source>Choose the columns of the coordinates (x and y) or of the geometry.</source>
      <translation>Choisissez les colonnes des coordonnées (x et y) ou de la géométrie.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/statistics_dock.py" line="124" />
      <source>Chosen dates</source>
      <translation>Dates choisies</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/statistics_dock.py" line="139" />
      <source>Chosen districts</source>
      <translation>Sections choisies</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/ppms_editor.py" line="154" />
      <source>Close</source>
      <translation>Fermer</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/duplicate_dialog.py" line="12" />
      <location filename="../gpsu_plugin/reports/dls.py" line="490" />
      <location filename="../gpsu_plugin/core/statistics.py" line="267" />
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
      <location filename="../gpsu_plugin/reports/layouts.py" line="840" />
      <source>Clusters found by PostGIS (DBSCAN): at least {n} facts of the period, each within {distance} m of another; the largest first.</source>
      <translation>Agrégats trouvés par PostGIS (DBSCAN) : au moins {n} faits de la période, chacun à moins de {distance} m d'un autre ; les plus grands d'abord.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/reports/ppms.py" line="160" />
      <source>Code</source>
      <translation>Code</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/schools_dock.py" line="95" />
      <source>Code (e.g. UAI)</source>
      <translation>Code (p. ex. UAI)</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/reports/layouts.py" line="866" />
      <source>Code: {code}</source>
      <translation>Code : {code}</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/processing/analysis/hotspots.py" line="65" />
      <source>Cold spot, 90 % confidence</source>
      <translation>Point froid, confiance de 90 %</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/processing/analysis/hotspots.py" line="65" />
      <source>Cold spot, 95 % confidence</source>
      <translation>Point froid, confiance de 95 %</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/processing/analysis/hotspots.py" line="66" />
      <source>Cold spot, 99 % confidence</source>
      <translation>Point froid, confiance de 99 %</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/case_detail.py" line="725" />
      <location filename="../gpsu_plugin/gui/case_detail.py" line="806" />
      <source>Comment</source>
      <translation>Commentaire</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/statistics_dock.py" line="164" />
      <source>Compare</source>
      <translation>Comparer</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/reports/dls.py" line="279" />
      <source>Compared with: {}</source>
      <translation>Comparée à : {}</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/processing/analysis/prevention_action.py" line="157" />
      <source>Compares the facts of the action's categories before and after, in the target area, in a buffer ring around it and in a comparison area (the rest of the territory beyond the buffer, or a layer's polygons). By default 'after' is the action's period and 'before' the period of the same length just before it. Gives the relative effect size (RES above 1: the target area did better than the comparison area) with its 95 % interval, and the weighted displacement quotient (WDQ above 0: the benefits spread to the buffer; below 0: the problem moved there; below -1: more moved than was prevented) with a bootstrap interval. Duplicates are not counted. Each evaluation is kept in the database so the DLS report can cite it.</source>
      <translation>Compare les faits des catégories de l'action avant et après, dans la zone cible, dans un anneau tampon autour d'elle et dans une zone de comparaison (le reste du territoire au-delà de la zone tampon, ou les polygones d'une couche). Par défaut, « après » est la période de l'action et « avant » la période de même durée juste avant. Donne la taille d'effet relative (RES supérieure à 1 : la zone cible a fait mieux que la zone de comparaison) avec son intervalle à 95 %, et le quotient de déplacement pondéré (WDQ supérieur à 0 : les bénéfices se sont diffusés à la zone tampon ; inférieur à 0 : le problème s'y est déplacé ; inférieur à -1 : plus s'est déplacé qu'il n'a été évité) avec un intervalle bootstrap. Les doublons ne sont pas comptés. Chaque évaluation est conservée dans la base pour que le rapport DLS puisse la citer.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/processing/analysis/prevention_action.py" line="233" />
      <source>Comparison area</source>
      <translation>Zone de comparaison</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/processing/analysis/prevention_action.py" line="178" />
      <source>Comparison area (default: the rest of the territory)</source>
      <translation>Zone de comparaison (par défaut : le reste du territoire)</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/statistics_dock.py" line="482" />
      <source>Computing…</source>
      <translation>Calcul en cours…</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/case_detail.py" line="787" />
      <source>Concerns</source>
      <translation>Concerne</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/reports/dls.py" line="514" />
      <source>Confidence</source>
      <translation>Confiance</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/audit_dock.py" line="44" />
      <source>Confidential document downloaded</source>
      <translation>Document confidentiel téléchargé</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/audit_dock.py" line="43" />
      <source>Confidential document opened</source>
      <translation>Document confidentiel ouvert</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/audit_dock.py" line="45" />
      <source>Confidential document refused</source>
      <translation>Document confidentiel refusé</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/ppms_editor.py" line="112" />
      <location filename="../gpsu_plugin/reports/ppms.py" line="176" />
      <location filename="../gpsu_plugin/reports/reflex_sheet.py" line="248" />
      <source>Confinement</source>
      <translation>Mise à l’abri</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/reports/ppms.py" line="185" />
      <location filename="../gpsu_plugin/reports/reflex_sheet.py" line="318" />
      <source>Confinement area</source>
      <translation>Zone de mise à l’abri</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/schools.py" line="1077" />
      <source>Confinement areas</source>
      <translation>Zones de mise à l’abri</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/schools.py" line="874" />
      <source>Confinement arrangements</source>
      <translation>Dispositions de mise à l’abri</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/database.py" line="70" />
      <source>Connected as {user}: PostgreSQL {pg}, PostGIS {postgis}, GPS-U schema {schema}.</source>
      <translation>Connecté en tant que {user} : PostgreSQL {pg}, PostGIS {postgis}, schéma GPS-U {schema}.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/incident_dock.py" line="106" />
      <source>Connecting to the GPS-U database…</source>
      <translation>Connexion à la base de données GPS-U…</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/processing/database/upgrade.py" line="43" />
      <location filename="../gpsu_plugin/processing/analysis/base.py" line="43" />
      <location filename="../gpsu_plugin/processing/analysis/prevention_action.py" line="52" />
      <source>Connection profile</source>
      <translation>Profil de connexion</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/plugin.py" line="113" />
      <location filename="../gpsu_plugin/gui/incident_dock.py" line="109" />
      <source>Connection…</source>
      <translation>Connexion…</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/reports/dls.py" line="292" />
      <location filename="../gpsu_plugin/reports/new_facts.py" line="500" />
      <source>Contents</source>
      <translation>Table des matières</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/access_dialog.py" line="427" />
      <source>Copied to the clipboard.</source>
      <translation>Copié dans le presse-papiers.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/access_dialog.py" line="396" />
      <source>Copy</source>
      <translation>Copier</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/access_dialog.py" line="404" />
      <source>Copy it or write it down now, and hand it over in person or through a secure channel. It is only valid for a few days, and the person must choose their own password at their first sign-in.</source>
      <translation>Copiez-le ou notez-le maintenant, et remettez-le en main propre ou par un canal sûr. Il n'est valable que quelques jours, et la personne devra choisir son propre mot de passe à sa première connexion.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/statistics.py" line="309" />
      <source>Count</source>
      <translation>Nombre</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/processing/analysis/hotspots.py" line="113" />
      <source>Counts the filtered incidents in the cells of a grid of squares or hexagons over the territory (the districts, or the chosen one) and computes the Getis-Ord Gi* statistic of each cell with binary weights: its neighbours are the cells whose centres lie within the neighbourhood distance, the cell itself included. Each cell gets its count, its z-score, its two-sided p-value, the p-value corrected for the false discovery rate (Benjamini-Hochberg) and a class: hot or cold spot at 90, 95 or 99 % confidence (from the corrected p-value), or not significant.
Cell size 0: twice the side of a square holding one incident on average, between 100 and 500 m. Neighbourhood 0: 1.5 times the cell size (the 8 surrounding cells).
Hexagons: each hexagon has the area of a square of the cell size; neighbourhood 0 then takes the 6 surrounding hexagons.</source>
      <translation>Compte les faits filtrés dans les cellules d'une grille de carrés ou d'hexagones couvrant le territoire (les sections, ou la section choisie) et calcule la statistique Gi* de Getis-Ord de chaque cellule avec des poids binaires : ses voisines sont les cellules dont le centre se trouve à moins de la distance de voisinage, la cellule elle-même comprise. Chaque cellule reçoit son nombre de faits, son score z, sa valeur p bilatérale, la valeur p corrigée pour le taux de fausses découvertes (Benjamini-Hochberg) et une classe : point chaud ou point froid avec une confiance de 90, 95 ou 99 % (d'après la valeur p corrigée), ou non significatif.
Taille des cellules 0 : deux fois le côté d'un carré contenant en moyenne un fait, entre 100 et 500 m. Voisinage 0 : 1,5 fois la taille des cellules (les 8 cellules environnantes).
Hexagones : chaque hexagone a l'aire d'un carré de la taille des cellules ; le voisinage 0 prend alors les 6 hexagones environnants.</translation>
    </message>
    <message>
      <source>Counts the filtered incidents in the cells of a square grid over the territory (the districts, or the chosen one) and computes the Getis-Ord Gi* statistic of each cell with binary weights: its neighbours are the cells whose centres lie within the neighbourhood distance, the cell itself included. Each cell gets its count, its z-score, its two-sided p-value, the p-value corrected for the false discovery rate (Benjamini-Hochberg) and a class: hot or cold spot at 90, 95 or 99 % confidence (from the corrected p-value), or not significant.
Cell size 0: twice the side of a square holding one incident on average, between 100 and 500 m. Neighbourhood 0: 1.5 times the cell size (the 8 surrounding cells).</source>
      <translation type="obsolete">Compte les faits filtrés dans les cellules d'une grille carrée couvrant le territoire (les sections, ou la section choisie) et calcule la statistique Gi* de Getis-Ord de chaque cellule avec des poids binaires : ses voisines sont les cellules dont le centre se trouve à moins de la distance de voisinage, la cellule elle-même comprise. Chaque cellule reçoit son nombre de faits, son score z, sa valeur p bilatérale, la valeur p corrigée pour le taux de fausses découvertes (Benjamini-Hochberg) et une classe : point chaud ou point froid avec une confiance de 90, 95 ou 99 % (d'après la valeur p corrigée), ou non significatif.
Taille des cellules 0 : deux fois le côté d'un carré contenant en moyenne un fait, entre 100 et 500 m. Voisinage 0 : 1,5 fois la taille des cellules (les 8 cellules environnantes).</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/processing/analysis/period_comparison.py" line="153" />
      <source>Counts the filtered incidents of each district in period A and in period B (municipality time, start included, end excluded) and gives the change (B - A), the change in percent of A (empty when A has no fact) and whether the change is significant at 5 %. The test compares the rates of facts, so periods of different lengths can be compared: given the n facts of both periods, the number in B follows a binomial law of probability length B / (length A + length B) when the rate did not change; the two-sided p-value is exact up to 1000 facts, from the normal approximation above. The counts and percentages themselves are not adjusted for the lengths. The periods must not overlap. The map is styled blue for decreases and red for increases.</source>
      <translation>Compte les faits filtrés de chaque section pendant la période A et pendant la période B (heure de la commune, début inclus, fin exclue) et donne l'évolution (B - A), l'évolution en pourcentage de A (vide lorsque A ne compte aucun fait) et indique si l'évolution est significative au seuil de 5 %. Le test compare les taux de faits, ce qui permet de comparer des périodes de longueurs différentes : étant donné les n faits des deux périodes, le nombre de faits en B suit une loi binomiale de probabilité durée B / (durée A + durée B) lorsque le taux n'a pas changé ; la valeur p bilatérale est exacte jusqu'à 1000 faits, et tirée de l'approximation normale au-delà. Les comptages et pourcentages eux-mêmes ne sont pas ajustés aux durées. Les périodes ne peuvent pas se chevaucher. La carte montre les baisses en bleu et les hausses en rouge.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/plugin.py" line="277" />
      <source>Create the GPS-U project</source>
      <translation>Créer le projet GPS-U</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/plugin.py" line="90" />
      <source>Create the GPS-U project…</source>
      <translation>Créer le projet GPS-U…</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/access_dialog.py" line="282" />
      <source>Create the account</source>
      <translation>Créer le compte</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/case_detail.py" line="40" />
      <source>Created</source>
      <translation>Créé</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/access_dialog.py" line="132" />
      <source>Created on {}</source>
      <translation>Créé le {}</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/reports/reflex_sheet.py" line="235" />
      <source>Crisis cell</source>
      <translation>Cellule de crise</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/schools.py" line="873" />
      <source>Crisis cell and directory</source>
      <translation>Cellule de crise et annuaire</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/reports/layouts.py" line="877" />
      <location filename="../gpsu_plugin/core/schools.py" line="89" />
      <source>Crisis directory</source>
      <translation>Annuaire de crise</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/processing/analysis/emerging_hotspots.py" line="124" />
      <source>Cuts the period (required) into equal time slices and computes, for each slice, the Getis-Ord Gi* z-score of each cell of a square grid over the territory, as the hot spot algorithm does. A cell is hot in a slice when its z-score is positive with a two-sided p-value of 0.10 or less. A Mann-Kendall test on each cell's series of z-scores gives its trend (up or down at 5 %, or none). Classes: new (hot only in the last slice), intensifying, persistent or diminishing (hot in at least 90 % of the slices, with an upward, no or a downward trend), sporadic (hot in the last slice and in some earlier ones), historical (not hot in the last slice but in at least 90 % of the others), or no pattern.
Cell size 0: twice the side of a square holding one incident on average, between 100 and 500 m. Neighbourhood 0: 1.5 times the cell size (the 8 surrounding cells).</source>
      <translation>Découpe la période (obligatoire) en tranches de temps égales et calcule, pour chaque tranche, le score z de Getis-Ord Gi* de chaque cellule d'une grille carrée sur le territoire, comme l'algorithme des points chauds. Une cellule est chaude dans une tranche lorsque son score z est positif avec une valeur p bilatérale de 0,10 ou moins. Un test de Mann-Kendall sur la série des scores z de chaque cellule donne sa tendance (hausse ou baisse à 5 %, ou aucune). Classes : nouveau (chaud uniquement dans la dernière tranche), en intensification, persistant ou en diminution (chaud dans au moins 90 % des tranches, avec une tendance à la hausse, nulle ou à la baisse), sporadique (chaud dans la dernière tranche et dans certaines tranches antérieures), historique (pas chaud dans la dernière tranche mais dans au moins 90 % des autres), ou sans motif.
Taille de cellule 0 : deux fois le côté d'un carré contenant en moyenne un fait, entre 100 et 500 m. Voisinage 0 : 1,5 fois la taille de cellule (les 8 cellules voisines).</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/dls_dialog.py" line="24" />
      <source>DLS statistics report</source>
      <translation>Rapport statistique DLS</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/plugin.py" line="94" />
      <source>DLS statistics report (PDF)…</source>
      <translation>Rapport statistique DLS (PDF)…</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/schools.py" line="885" />
      <source>Dam failure</source>
      <translation>Rupture de barrage</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/connection_dialog.py" line="60" />
      <source>Database</source>
      <translation>Base de données</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/duplicate_dialog.py" line="35" />
      <location filename="../gpsu_plugin/gui/ppms_editor.py" line="137" />
      <location filename="../gpsu_plugin/reports/layouts.py" line="883" />
      <location filename="../gpsu_plugin/reports/ppms.py" line="203" />
      <source>Date</source>
      <translation>Date</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/reports/new_facts.py" line="590" />
      <source>Date and time</source>
      <translation>Date et heure</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/statistics.py" line="773" />
      <source>December</source>
      <translation>décembre</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/ppms_editor.py" line="100" />
      <location filename="../gpsu_plugin/reports/ppms.py" line="162" />
      <source>Deputy</source>
      <translation>Adjoint</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/cases.py" line="313" />
      <source>Describe the step that was taken.</source>
      <translation>Décrivez la démarche effectuée.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/case_detail.py" line="553" />
      <location filename="../gpsu_plugin/gui/case_detail.py" line="230" />
      <location filename="../gpsu_plugin/gui/duplicate_dialog.py" line="36" />
      <location filename="../gpsu_plugin/processing/analysis/prevention_action.py" line="91" />
      <location filename="../gpsu_plugin/reports/new_facts.py" line="594" />
      <location filename="../gpsu_plugin/core/project.py" line="81" />
      <source>Description</source>
      <translation>Description</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/audit_dock.py" line="84" />
      <location filename="../gpsu_plugin/core/access.py" line="313" />
      <source>Details</source>
      <translation>Détails</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/prevention.py" line="244" />
      <source>Diffusion of benefits: the buffer improved too (WDQ {:.2f}).</source>
      <translation>Diffusion des bénéfices : la zone tampon s'est améliorée aussi (WDQ {:.2f}).</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/processing/analysis/emerging_hotspots.py" line="49" />
      <source>Diminishing hot spot</source>
      <translation>Point chaud en diminution</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/access_dialog.py" line="477" />
      <location filename="../gpsu_plugin/gui/access_dialog.py" line="591" />
      <source>Disable</source>
      <translation>Désactiver</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/access_dialog.py" line="641" />
      <source>Disable an account</source>
      <translation>Désactiver un compte</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/access_dialog.py" line="642" />
      <source>Disable the account {}? The person can no longer sign in; what they recorded is kept.</source>
      <translation>Désactiver le compte {} ? La personne ne pourra plus se connecter ; ce qu'elle a enregistré est conservé.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/access_dialog.py" line="160" />
      <source>Disabled</source>
      <translation>Désactivé</translation>
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
      <location filename="../gpsu_plugin/core/prevention.py" line="246" />
      <source>Displacement larger than the gain: facts moved to the buffer (WDQ {:.2f}).</source>
      <translation>Déplacement plus grand que le gain : des faits se sont déplacés vers la zone tampon (WDQ {:.2f}).</translation>
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
      <location filename="../gpsu_plugin/reports/dls.py" line="410" />
      <location filename="../gpsu_plugin/reports/dls.py" line="512" />
      <location filename="../gpsu_plugin/reports/layouts.py" line="913" />
      <location filename="../gpsu_plugin/reports/layouts.py" line="380" />
      <source>District</source>
      <translation>Section</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/processing/analysis/base.py" line="55" />
      <source>District (id, code or name)</source>
      <translation>Section (identifiant, code ou nom)</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/reports/layouts.py" line="377" />
      <source>District of the page</source>
      <translation>Section de la page</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/reports/layouts.py" line="832" />
      <source>District: {districts}</source>
      <translation>Section : {districts}</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/reports/layouts.py" line="289" />
      <source>Districts</source>
      <translation>Sections</translation>
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
      <location filename="../gpsu_plugin/gui/schools_dock.py" line="220" />
      <source>Document</source>
      <translation>Document</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/project.py" line="178" />
      <source>Documents</source>
      <translation>Documents</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/schools_dock.py" line="506" />
      <source>Documents (*.pdf *.png *.jpg *.jpeg *.tif *.tiff *.webp *.doc *.docx *.xls *.xlsx *.odt *.ods *.ppt *.pptx *.txt);;All files (*)</source>
      <translation>Documents (*.pdf *.png *.jpg *.jpeg *.tif *.tiff *.webp *.doc *.docx *.xls *.xlsx *.odt *.ods *.ppt *.pptx *.txt);;Tous les fichiers (*)</translation>
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
      <location filename="../gpsu_plugin/gui/schools_dock.py" line="615" />
      <source>Download the document</source>
      <translation>Télécharger le document</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/schools_dock.py" line="501" />
      <source>Downloading a school document</source>
      <translation>Téléchargement d’un document d’établissement</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/schools_dock.py" line="238" />
      <source>Download…</source>
      <translation>Télécharger…</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/schools.py" line="890" />
      <source>Drinking water and cups</source>
      <translation>Eau potable et gobelets</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/schools_dock.py" line="232" />
      <source>Drop files here to add them to the school's documents.</source>
      <translation>Déposez des fichiers ici pour les ajouter aux documents de l’établissement.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/case_detail.py" line="554" />
      <location filename="../gpsu_plugin/gui/case_detail.py" line="156" />
      <location filename="../gpsu_plugin/gui/cases_model.py" line="160" />
      <location filename="../gpsu_plugin/core/project.py" line="83" />
      <source>Due</source>
      <translation>Échéance</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/duplicate_dialog.py" line="13" />
      <source>Duplicate</source>
      <translation>Doublon</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/case_detail.py" line="554" />
      <source>Duplicate of</source>
      <translation>Doublon de</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/case_detail.py" line="723" />
      <source>Duplicate of case</source>
      <translation>Doublon du dossier</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/migrations.py" line="139" />
      <source>EPSG:{} is not a coordinate reference system known to PostGIS.</source>
      <translation>EPSG:{} n'est pas un système de coordonnées de référence connu de PostGIS.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/reports/layouts.py" line="1005" />
      <location filename="../gpsu_plugin/reports/map_extract.py" line="31" />
      <location filename="../gpsu_plugin/core/schools.py" line="493" />
      <source>EPSG:{} is not a known coordinate reference system.</source>
      <translation>EPSG:{} n'est pas un système de coordonnées de référence connu.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/migrations.py" line="141" />
      <source>EPSG:{} is not a projected coordinate reference system; GPS-U measures distances in metres (use e.g. EPSG:31370 or EPSG:2154).</source>
      <translation>EPSG:{} n'est pas un système de coordonnées de référence projeté ; GPS-U mesure les distances en mètres (utilisez par exemple EPSG:31370 ou EPSG:2154).</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/schools.py" line="882" />
      <source>Earthquake</source>
      <translation>Séisme</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/schools_dock.py" line="206" />
      <source>Edit the school's safety plan (PPMS) and produce its PDF.</source>
      <translation>Modifier le plan de mise en sûreté (PPMS) de l’établissement et en produire le PDF.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/access_dialog.py" line="476" />
      <source>Edit…</source>
      <translation>Modifier…</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/schools.py" line="105" />
      <source>Electricity cut-off</source>
      <translation>Coupure électricité</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/ppms_editor.py" line="99" />
      <location filename="../gpsu_plugin/reports/ppms.py" line="162" />
      <source>Email</source>
      <translation>Courriel</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/schools.py" line="104" />
      <source>Emergency vehicle access</source>
      <translation>Accès des secours</translation>
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
      <location filename="../gpsu_plugin/gui/access_dialog.py" line="591" />
      <source>Enable</source>
      <translation>Réactiver</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/ppms_editor.py" line="113" />
      <location filename="../gpsu_plugin/reports/ppms.py" line="177" />
      <location filename="../gpsu_plugin/reports/reflex_sheet.py" line="249" />
      <source>End of alert</source>
      <translation>Fin d’alerte</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/access_dialog.py" line="107" />
      <source>Ends</source>
      <translation>Fin</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/cli.py" line="62" />
      <location filename="../gpsu_plugin/cli.py" line="93" />
      <source>Error: {}</source>
      <translation>Erreur : {}</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/ppms_editor.py" line="112" />
      <location filename="../gpsu_plugin/reports/ppms.py" line="176" />
      <location filename="../gpsu_plugin/reports/reflex_sheet.py" line="248" />
      <source>Evacuation</source>
      <translation>Évacuation</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/schools.py" line="875" />
      <source>Evacuation arrangements</source>
      <translation>Dispositions d’évacuation</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/reports/layouts.py" line="876" />
      <location filename="../gpsu_plugin/core/schools.py" line="87" />
      <source>Evacuation plan</source>
      <translation>Plan d’évacuation</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/reports/reflex_sheet.py" line="318" />
      <source>Evacuation route</source>
      <translation>Cheminement d’évacuation</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/schools.py" line="1074" />
      <source>Evacuation routes</source>
      <translation>Cheminements d’évacuation</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/processing/analysis/prevention_action.py" line="232" />
      <source>Evaluation number {} kept in the database.</source>
      <translation>Évaluation numéro {} conservée dans la base.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/ppms_editor.py" line="344" />
      <source>Every mandatory section is filled in.</source>
      <translation>Toutes les sections obligatoires sont remplies.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/alerts_inbox.py" line="244" />
      <source>Everything is read.</source>
      <translation>Tout est lu.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/ppms_editor.py" line="137" />
      <location filename="../gpsu_plugin/reports/ppms.py" line="203" />
      <source>Exercise</source>
      <translation>Exercice</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/schools.py" line="877" />
      <source>Exercise log</source>
      <translation>Registre des exercices</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/audit_dock.py" line="33" />
      <source>Existing login adopted</source>
      <translation>Identifiant existant repris</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/audit_dock.py" line="188" />
      <source>Export CSV…</source>
      <translation>Exporter en CSV…</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/audit_dock.py" line="266" />
      <source>Export the audit log</source>
      <translation>Exporter le journal d'audit</translation>
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
      <translation>Faits</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/charts.py" line="33" />
      <source>Facts by category over time</source>
      <translation>Faits par catégorie dans le temps</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/reports/dls.py" line="322" />
      <source>Facts in the period</source>
      <translation>Faits de la période</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/reports/dls.py" line="323" />
      <source>Facts in the previous period</source>
      <translation>Faits de la période précédente</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/atlas_dialog.py" line="66" />
      <source>Facts observed from</source>
      <translation>Faits constatés du</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/reports/layouts.py" line="744" />
      <source>Facts observed from {start} to {end}</source>
      <translation>Faits constatés du {start} au {end}</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/reports/dls.py" line="389" />
      <source>Facts observed in each category (its sub-categories included), in the period and in the previous period of the same length.</source>
      <translation>Faits constatés dans chaque catégorie (sous-catégories comprises), pendant la période et pendant la période précédente de même durée.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/reports/layouts.py" line="287" />
      <source>Facts of the period</source>
      <translation>Faits de la période</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/reports/dls.py" line="436" />
      <source>Facts of the period by category; the numbered squares are the hot spots of the table "Top hot spots".</source>
      <translation>Faits de la période par catégorie ; les carrés numérotés sont les points chauds du tableau « Principaux points chauds ».</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/reports/dls.py" line="401" />
      <source>Facts over time</source>
      <translation>Faits dans le temps</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/reports/dls.py" line="388" />
      <location filename="../gpsu_plugin/reports/layouts.py" line="800" />
      <location filename="../gpsu_plugin/reports/layouts.py" line="838" />
      <location filename="../gpsu_plugin/reports/layouts.py" line="917" />
      <location filename="../gpsu_plugin/reports/new_facts.py" line="534" />
      <source>Facts per category</source>
      <translation>Faits par catégorie</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/charts.py" line="256" />
      <source>Facts per category, compared with the previous period</source>
      <translation>Faits par catégorie, comparés à la période précédente</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/charts.py" line="86" />
      <source>Facts per day</source>
      <translation>Faits par jour</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/reports/dls.py" line="409" />
      <location filename="../gpsu_plugin/reports/layouts.py" line="911" />
      <source>Facts per district</source>
      <translation>Faits par section</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/reports/layouts.py" line="292" />
      <source>Facts per district and category</source>
      <translation>Faits par section et par catégorie</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/reports/dls.py" line="445" />
      <source>Facts per hour of the day and day of the week, in the municipality's time. A fact known only by a time window is spread over the hours of the window (aoristic weighting), so that the cells may hold fractions; they add up to the number of facts.</source>
      <translation>Faits par heure du jour et jour de la semaine, à l'heure de la commune. Un fait connu seulement par une plage horaire est réparti sur les heures de la plage (pondération aoristique) : les cases peuvent contenir des fractions ; leur somme est le nombre de faits.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/charts.py" line="87" />
      <source>Facts per month</source>
      <translation>Faits par mois</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/reports/new_facts.py" line="539" />
      <source>Facts per service</source>
      <translation>Faits par service</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/charts.py" line="86" />
      <source>Facts per week (from Monday)</source>
      <translation>Faits par semaine (à partir du lundi)</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/reports/dls.py" line="402" />
      <source>Facts per {bucket} and per category during the period.</source>
      <translation>Faits par {bucket} et par catégorie pendant la période.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/reports/new_facts.py" line="490" />
      <source>Facts recorded in GPS-U during the period, by category and district.</source>
      <translation>Faits enregistrés dans GPS-U pendant la période, par catégorie et par section.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/reports/layouts.py" line="869" />
      <source>Facts within 300 m: {facts}</source>
      <translation>Faits à moins de 300 m : {facts}</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/statistics.py" line="772" />
      <source>February</source>
      <translation>février</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/prevention.py" line="227" />
      <source>Few facts: the figures are fragile (fewer than 10 in a zone and period).</source>
      <translation>Peu de faits : les chiffres sont fragiles (moins de 10 dans une zone et une période).</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/access.py" line="34" />
      <source>Field officer</source>
      <translation>Agent de terrain</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/schools_dock.py" line="46" />
      <location filename="../gpsu_plugin/gui/schools_dock.py" line="94" />
      <source>File</source>
      <translation>Fichier</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/incidents.py" line="186" />
      <source>Fill in the field "{}" of the observation template.</source>
      <translation>Complétez le champ « {} » du modèle de constat.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/statistics_dock.py" line="155" />
      <source>Filters</source>
      <translation>Filtres</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/processing/analysis/prevention_action.py" line="96" />
      <source>First day</source>
      <translation>Premier jour</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/audit_dock.py" line="134" />
      <source>First day (empty: no limit)</source>
      <translation>Premier jour (vide : sans limite)</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/statistics_dock.py" line="126" />
      <source>First day of the period</source>
      <translation>Premier jour de la période</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/cases_dock.py" line="87" />
      <source>First day recorded (empty: no limit)</source>
      <translation>Premier jour d'encodage (vide : sans limite)</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/reports/layouts.py" line="833" />
      <source>First fact: {first} – last fact: {last}</source>
      <translation>Premier fait : {first} – dernier fait : {last}</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/access_dialog.py" line="202" />
      <source>First name and surname</source>
      <translation>Prénom et nom</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/schools.py" line="891" />
      <source>First-aid kit</source>
      <translation>Trousse de premiers secours</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/schools.py" line="882" />
      <source>Flood</source>
      <translation>Inondation</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/statistics_dock.py" line="174" />
      <source>Follow the map</source>
      <translation>Suivre la carte</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/statistics_dock.py" line="394" />
      <source>Following the map</source>
      <translation>Suivi de la carte</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/schools.py" line="893" />
      <source>Food supplies</source>
      <translation>Réserves alimentaires</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/schools.py" line="885" />
      <source>Forest fire</source>
      <translation>Feu de forêt</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/processing/analysis/time_profile.py" line="42" />
      <source>Friday</source>
      <translation>Vendredi</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/audit_dock.py" line="84" />
      <location filename="../gpsu_plugin/gui/audit_dock.py" line="133" />
      <location filename="../gpsu_plugin/core/access.py" line="313" />
      <source>From</source>
      <translation>Depuis</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/dls_dialog.py" line="39" />
      <source>From (included)</source>
      <translation>Du (inclus)</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/reports/new_facts.py" line="284" />
      <source>From {start} to {end}</source>
      <translation>Du {start} au {end}</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/access_dialog.py" line="204" />
      <source>Full name</source>
      <translation>Nom complet</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/incident_dock.py" line="202" />
      <source>GPS</source>
      <translation>GPS</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/gps.py" line="46" />
      <source>GPS position (accuracy unknown: check the place on the map).</source>
      <translation>Position GPS (précision inconnue : vérifiez l’endroit sur la carte).</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/gps.py" line="49" />
      <source>GPS position, ±{} m.</source>
      <translation>Position GPS, ±{} m.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/gps.py" line="48" />
      <source>GPS position, ±{} m: imprecise, check the place on the map.</source>
      <translation>Position GPS, ±{} m : imprécise, vérifiez l’endroit sur la carte.</translation>
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
      <translation>Administration de GPS-U</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/alerts_inbox.py" line="308" />
      <source>GPS-U alert</source>
      <translation>Alerte GPS-U</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/cli.py" line="73" />
      <source>GPS-U schema: {}</source>
      <translation>Schéma GPS-U : {}</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/processing/provider.py" line="24" />
      <source>GPS-U urban safety</source>
      <translation>GPS-U sécurité urbaine</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/reports/new_facts.py" line="357" />
      <source>GPS-U · urban safety</source>
      <translation>GPS-U · sécurité urbaine</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/reports/layouts.py" line="86" />
      <source>GPS-U – Atlas by district</source>
      <translation>GPS-U – Atlas par section</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/reports/layouts.py" line="86" />
      <source>GPS-U – Atlas of hot spots</source>
      <translation>GPS-U – Atlas des points chauds</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/reports/layouts.py" line="87" />
      <source>GPS-U – Atlas of schools</source>
      <translation>GPS-U – Atlas des établissements scolaires</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/reports/layouts.py" line="87" />
      <source>GPS-U – Poster of the territory (A3)</source>
      <translation>GPS-U – Affiche du territoire (A3)</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/access_dialog.py" line="456" />
      <source>GPS-U – access</source>
      <translation>GPS-U – accès</translation>
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
      <location filename="../gpsu_plugin/gui/atlas_dialog.py" line="47" />
      <source>GPS-U – atlas and print layouts</source>
      <translation>GPS-U – atlas et mises en page</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/audit_dock.py" line="111" />
      <source>GPS-U – audit log</source>
      <translation>GPS-U – journal d'audit</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/cases_dock.py" line="42" />
      <source>GPS-U – cases</source>
      <translation>GPS-U – dossiers</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/case_detail.py" line="716" />
      <source>GPS-U – change the status</source>
      <translation>GPS-U – modifier le statut</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/connection_dialog.py" line="27" />
      <source>GPS-U – database connection</source>
      <translation>GPS-U – connexion à la base de données</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/incident_dock.py" line="74" />
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
      <location filename="../gpsu_plugin/gui/case_detail.py" line="748" />
      <source>GPS-U – reassign the case</source>
      <translation>GPS-U – réattribuer le dossier</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/case_detail.py" line="778" />
      <source>GPS-U – record a step</source>
      <translation>GPS-U – encoder une démarche</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/case_detail.py" line="763" />
      <source>GPS-U – share with a service</source>
      <translation>GPS-U – partager avec un service</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/statistics_dock.py" line="86" />
      <source>GPS-U – statistics</source>
      <translation>GPS-U – statistiques</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/case_detail.py" line="798" />
      <source>GPS-U – task status</source>
      <translation>GPS-U – statut de la tâche</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/plugin.py" line="371" />
      <source>GPS-U: DLS statistics report</source>
      <translation>GPS-U : rapport statistique DLS</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/plugin.py" line="325" />
      <source>GPS-U: new facts report</source>
      <translation>GPS-U : rapport des nouveaux faits</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/statistics_dock.py" line="504" />
      <source>GPS-U: statistics</source>
      <translation>GPS-U : statistiques</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/connection_dialog.py" line="185" />
      <source>GPS-U: testing the connection</source>
      <translation>GPS-U : test de la connexion</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/reports/atlas_export.py" line="318" />
      <source>GPS-U: {}</source>
      <translation>GPS-U : {}</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/schools.py" line="105" />
      <source>Gas cut-off</source>
      <translation>Coupure gaz</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/schools_dock.py" line="97" />
      <source>Geometry (WKT)</source>
      <translation>Géométrie (WKT)</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/reports/dls.py" line="513" />
      <source>Gi* z-score</source>
      <translation>Score z Gi*</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/profile.py" line="65" />
      <source>Give a PostgreSQL service name, or a database name.</source>
      <translation>Indiquez un nom de service PostgreSQL ou un nom de base de données.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/case_detail.py" line="488" />
      <source>Give the number of the case this one duplicates.</source>
      <translation>Indiquez le numéro du dossier dont celui-ci est le doublon.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/cases.py" line="286" />
      <source>Give the reason for the reassignment.</source>
      <translation>Indiquez le motif de la réattribution.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/incidents.py" line="191" />
      <source>Give the time of the fact, or the window in which it happened.</source>
      <translation>Indiquez le moment du fait, ou la période pendant laquelle il s'est produit.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/access_dialog.py" line="659" />
      <source>Give {} a new temporary password? Their current password stops working now.</source>
      <translation>Donner un nouveau mot de passe temporaire à {} ? Son mot de passe actuel cesse de fonctionner immédiatement.</translation>
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
      <location filename="../gpsu_plugin/gui/charts.py" line="36" />
      <location filename="../gpsu_plugin/reports/dls.py" line="486" />
      <source>Handling time per service</source>
      <translation>Délai de traitement par service</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/ppms_editor.py" line="99" />
      <location filename="../gpsu_plugin/reports/ppms.py" line="161" />
      <source>Head of school</source>
      <translation>Chef d’établissement</translation>
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
      <location filename="../gpsu_plugin/core/layers.py" line="123" />
      <source>Heatmap of facts</source>
      <translation>Carte de chaleur des faits</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/reports/layouts.py" line="288" />
      <source>Heatmap of the period</source>
      <translation>Carte de chaleur de la période</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/processing/analysis/heatmap.py" line="142" />
      <source>Heatmap of {n} incidents written.</source>
      <translation>Carte de chaleur de {n} faits écrite.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/processing/analysis/hotspots.py" line="133" />
      <source>Hexagons</source>
      <translation>Hexagones</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/case_detail.py" line="340" />
      <location filename="../gpsu_plugin/reports/new_facts.py" line="180" />
      <source>Hidden (personal details)</source>
      <translation>Masqué (données personnelles)</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/layers.py" line="80" />
      <source>High</source>
      <translation>Haute</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/reports/layouts.py" line="853" />
      <location filename="../gpsu_plugin/core/schools.py" line="97" />
      <source>High school</source>
      <translation>Lycée</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/reports/layouts.py" line="854" />
      <location filename="../gpsu_plugin/core/schools.py" line="97" />
      <source>Higher education</source>
      <translation>Enseignement supérieur</translation>
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
      <location filename="../gpsu_plugin/reports/layouts.py" line="818" />
      <source>Hot spot {number} – {category}</source>
      <translation>Point chaud n° {number} – {category}</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/processing/analysis/hotspots.py" line="64" />
      <source>Hot spot, 90 % confidence</source>
      <translation>Point chaud, confiance de 90 %</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/processing/analysis/hotspots.py" line="63" />
      <source>Hot spot, 95 % confidence</source>
      <translation>Point chaud, confiance de 95 %</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/processing/analysis/hotspots.py" line="63" />
      <source>Hot spot, 99 % confidence</source>
      <translation>Point chaud, confiance de 99 %</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/processing/analysis/hotspots.py" line="135" />
      <location filename="../gpsu_plugin/reports/layouts.py" line="293" />
      <location filename="../gpsu_plugin/core/project.py" line="200" />
      <source>Hot spots</source>
      <translation>Points chauds</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/processing/analysis/hotspots.py" line="110" />
      <source>Hot spots (Getis-Ord Gi*)</source>
      <translation>Points chauds (Getis-Ord Gi*)</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/charts.py" line="248" />
      <source>Hour</source>
      <translation>Heure</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/charts.py" line="237" />
      <source>Hour of day x day of week</source>
      <translation>Heure du jour x jour de la semaine</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/access_dialog.py" line="417" />
      <source>I have noted it</source>
      <translation>Je l'ai noté</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/schools.py" line="870" />
      <source>Identification of the school</source>
      <translation>Identification de l’établissement</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/processing/analysis/prevention_action.py" line="154" />
      <source>Impact of a prevention action</source>
      <translation>Impact d'une action de prévention</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/plugin.py" line="100" />
      <source>Impact of a prevention action…</source>
      <translation>Impact d'une action de prévention…</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/schools_dock.py" line="82" />
      <location filename="../gpsu_plugin/gui/schools_dock.py" line="604" />
      <location filename="../gpsu_plugin/gui/schools_dock.py" line="119" />
      <source>Import schools</source>
      <translation>Importer des établissements</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/schools_dock.py" line="212" />
      <source>Import schools from a CSV or a GeoPackage (administrators)…</source>
      <translation>Importer des établissements depuis un CSV ou un GeoPackage (administrateurs)…</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/schools_dock.py" line="600" />
      <source>Importing schools</source>
      <translation>Import des établissements</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/schools_dock.py" line="587" />
      <source>Importing {}…</source>
      <translation>Import de {}…</translation>
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
      <location filename="../gpsu_plugin/core/layers.py" line="137" />
      <source>Incidents by category</source>
      <translation>Faits par catégorie</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/layers.py" line="139" />
      <source>Incidents by status</source>
      <translation>Faits par statut</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/reports/ppms.py" line="154" />
      <source>Incomplete plan. Missing: {}</source>
      <translation>Plan incomplet. Manque : {}</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/schools.py" line="883" />
      <source>Industrial accident</source>
      <translation>Accident industriel</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/access_dialog.py" line="380" />
      <source>Initial password</source>
      <translation>Mot de passe initial</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/processing/database/upgrade.py" line="23" />
      <source>Install / upgrade database</source>
      <translation>Installer / mettre à jour la base de données</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/plugin.py" line="115" />
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
      <location filename="../gpsu_plugin/processing/analysis/prevention_action.py" line="186" />
      <source>Interpretation</source>
      <translation>Interprétation</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/ppms_editor.py" line="113" />
      <location filename="../gpsu_plugin/reports/ppms.py" line="177" />
      <location filename="../gpsu_plugin/reports/reflex_sheet.py" line="249" />
      <source>Intrusion</source>
      <translation>Intrusion</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/schools.py" line="886" />
      <source>Intrusion or attack</source>
      <translation>Intrusion ou attentat</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/reports/dls.py" line="254" />
      <location filename="../gpsu_plugin/reports/new_facts.py" line="467" />
      <source>Issued on {}</source>
      <translation>Établi le {}</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/reports/ppms.py" line="103" />
      <source>Item</source>
      <translation>Rubrique</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/statistics.py" line="772" />
      <source>January</source>
      <translation>janvier</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/statistics.py" line="772" />
      <source>July</source>
      <translation>juillet</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/statistics.py" line="772" />
      <source>June</source>
      <translation>juin</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/connection_dialog.py" line="79" />
      <source>Keep the password</source>
      <translation>Conserver le mot de passe</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/processing/analysis/prevention_action.py" line="180" />
      <source>Keep this evaluation in the database</source>
      <translation>Conserver cette évaluation dans la base</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/processing/analysis/prevention_action.py" line="80" />
      <source>Keeps a prevention action in the GPS-U database so that its impact can be measured and measured again: the area where it took place (the polygons of a layer, or only its selected features), its period (first and last day), the categories it targets (ids or codes, separated by commas; none for every category), the width of the buffer around the area where displacement or diffusion is looked for, and a description.</source>
      <translation>Conserve une action de prévention dans la base GPS-U pour que son impact puisse être mesuré, et mesuré à nouveau : la zone où elle a eu lieu (les polygones d'une couche, ou seulement ses entités sélectionnées), sa période (premier et dernier jour), les catégories qu'elle vise (identifiants ou codes séparés par des virgules ; aucun pour toutes les catégories), la largeur de la zone tampon autour de la zone où l'on cherche un déplacement ou une diffusion, et une description.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/audit_dock.py" line="142" />
      <source>Kind of event</source>
      <translation>Type d'événement</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/statistics.py" line="287" />
      <location filename="../gpsu_plugin/core/statistics.py" line="242" />
      <source>Label</source>
      <translation>Libellé</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/schools.py" line="883" />
      <source>Landslide</source>
      <translation>Mouvement de terrain</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/statistics_dock.py" line="122" />
      <source>Last 12 months</source>
      <translation>12 derniers mois</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/statistics_dock.py" line="122" />
      <source>Last 30 days</source>
      <translation>30 derniers jours</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/statistics_dock.py" line="124" />
      <source>Last 4 years</source>
      <translation>4 dernières années</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/case_detail.py" line="593" />
      <source>Last change by {who} on {when}.</source>
      <translation>Dernière modification par {who} le {when}.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/processing/analysis/prevention_action.py" line="98" />
      <source>Last day</source>
      <translation>Dernier jour</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/audit_dock.py" line="135" />
      <source>Last day (empty: no limit)</source>
      <translation>Dernier jour (vide : sans limite)</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/statistics_dock.py" line="127" />
      <source>Last day of the period (included)</source>
      <translation>Dernier jour de la période (inclus)</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/cases_dock.py" line="88" />
      <source>Last day recorded (empty: no limit)</source>
      <translation>Dernier jour d'encodage (vide : sans limite)</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/access_dialog.py" line="107" />
      <source>Last sign-in</source>
      <translation>Dernière connexion</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/statistics_dock.py" line="123" />
      <source>Last year</source>
      <translation>L'année passée</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/atlas_dialog.py" line="65" />
      <source>Layout</source>
      <translation>Mise en page</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/reports/layouts.py" line="793" />
      <location filename="../gpsu_plugin/reports/layouts.py" line="824" />
      <location filename="../gpsu_plugin/reports/layouts.py" line="886" />
      <location filename="../gpsu_plugin/reports/layouts.py" line="919" />
      <source>Legend</source>
      <translation>Légende</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/ppms_editor.py" line="138" />
      <location filename="../gpsu_plugin/reports/ppms.py" line="203" />
      <source>Lessons learnt</source>
      <translation>Enseignements</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/duplicate_dialog.py" line="53" />
      <source>Link to this case</source>
      <translation>Lier à ce dossier</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/cases_dock.py" line="125" />
      <source>Load the next {} cases</source>
      <translation>Charger les {} dossiers suivants</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/processing/database/upgrade.py" line="48" />
      <source>Load the reference services and categories</source>
      <translation>Charger les services et catégories de référence</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/reports/dls.py" line="264" />
      <location filename="../gpsu_plugin/reports/dls.py" line="276" />
      <location filename="../gpsu_plugin/reports/dls.py" line="244" />
      <source>Local security diagnosis</source>
      <translation>Diagnostic local de sécurité</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/incident_dock.py" line="214" />
      <source>Location *</source>
      <translation>Localisation *</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/plugin.py" line="78" />
      <source>Log a fact</source>
      <translation>Encoder un fait</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/project.py" line="83" />
      <source>Logged by</source>
      <translation>Enregistré par</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/access_dialog.py" line="203" />
      <location filename="../gpsu_plugin/gui/access_dialog.py" line="106" />
      <source>Login</source>
      <translation>Identifiant</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/audit_dock.py" line="150" />
      <source>Login of the person who acted</source>
      <translation>Identifiant de la personne qui a agi</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/layers.py" line="80" />
      <source>Low</source>
      <translation>Basse</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/reports/ppms.py" line="151" />
      <source>Made on {}</source>
      <translation>Établi le {}</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/reports/layouts.py" line="831" />
      <source>Main category: {category} ({share} %)</source>
      <translation>Catégorie principale : {category} ({share} %)</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/atlas_dialog.py" line="73" />
      <source>Make the PDF</source>
      <translation>Créer le PDF</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/ppms_editor.py" line="151" />
      <source>Make the PPMS PDF with the site map and store it as a new version of the school's PPMS.</source>
      <translation>Produire le PDF du PPMS avec le plan du site et l’enregistrer comme nouvelle version du PPMS de l’établissement.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/dls_dialog.py" line="46" />
      <source>Make the report</source>
      <translation>Faire le rapport</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/ppms_editor.py" line="400" />
      <source>Making the PPMS PDF</source>
      <translation>Production du PDF du PPMS</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/ppms_editor.py" line="367" />
      <source>Making the PPMS PDF…</source>
      <translation>Production du PDF du PPMS…</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/incident_dock.py" line="199" />
      <source>Map centre</source>
      <translation>Centre de la carte</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/reports/cli.py" line="65" />
      <location filename="../gpsu_plugin/reports/cli.py" line="217" />
      <source>Map extracts need QGIS: start the command with gpsu_plugin.cli.</source>
      <translation>Les extraits de carte nécessitent QGIS : lancez la commande avec gpsu_plugin.cli.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/reports/dls.py" line="427" />
      <source>Map of the facts and hot spots</source>
      <translation>Carte des faits et des points chauds</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/statistics_dock.py" line="140" />
      <source>Map's current extent</source>
      <translation>Emprise actuelle de la carte</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/statistics.py" line="772" />
      <source>March</source>
      <translation>mars</translation>
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
      <location filename="../gpsu_plugin/core/statistics.py" line="772" />
      <source>May</source>
      <translation>mai</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/reports/dls.py" line="491" />
      <source>Mean (days)</source>
      <translation>Moyenne (jours)</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/statistics.py" line="268" />
      <source>Mean time to closure (days)</source>
      <translation>Délai moyen jusqu'à la clôture (jours)</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/reports/dls.py" line="491" />
      <source>Median (days)</source>
      <translation>Médiane (jours)</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/reports/dls.py" line="326" />
      <source>Median time to closure</source>
      <translation>Délai médian jusqu'à la clôture</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/charts.py" line="183" />
      <location filename="../gpsu_plugin/core/statistics.py" line="267" />
      <source>Median time to closure (days)</source>
      <translation>Délai médian jusqu'à la clôture (jours)</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/reports/dls.py" line="526" />
      <source>Method</source>
      <translation>Méthode</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/migrations.py" line="241" />
      <source>Migration {} ({}) failed; the database was left at the previous version.</source>
      <translation>La migration {} ({}) a échoué ; la base de données est restée à la version précédente.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/processing/analysis/clusters.py" line="59" />
      <source>Minimum number of incidents</source>
      <translation>Nombre minimal de faits</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/ppms_editor.py" line="340" />
      <source>Missing mandatory sections:</source>
      <translation>Sections obligatoires manquantes :</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/ppms_editor.py" line="146" />
      <source>Missing sections</source>
      <translation>Sections manquantes</translation>
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
      <location filename="../gpsu_plugin/core/statistics.py" line="309" />
      <source>Month</source>
      <translation>Mois</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/charts.py" line="208" />
      <source>Monthly count</source>
      <translation>Nombre mensuel</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/processing/analysis/monthly_series.py" line="37" />
      <source>Monthly series</source>
      <translation>Série mensuelle</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/charts.py" line="38" />
      <location filename="../gpsu_plugin/processing/analysis/monthly_series.py" line="22" />
      <source>Monthly series with seasonality</source>
      <translation>Série mensuelle et saisonnalité</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/cases_dock.py" line="124" />
      <source>More</source>
      <translation>Voir plus</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/processing/analysis/near_repeat.py" line="85" />
      <source>More than {n} pairs of facts are closer than the largest distance band: choose smaller bands or filter the facts further.</source>
      <translation>Plus de {n} paires de faits sont plus proches que la plus grande classe de distance : choisissez des classes plus petites ou filtrez davantage les faits.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/cases_dock.py" line="186" />
      <source>My services</source>
      <translation>Mes services</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/access_dialog.py" line="106" />
      <location filename="../gpsu_plugin/gui/ppms_editor.py" line="117" />
      <location filename="../gpsu_plugin/gui/schools_dock.py" line="95" />
      <location filename="../gpsu_plugin/reports/ppms.py" line="180" />
      <location filename="../gpsu_plugin/reports/reflex_sheet.py" line="222" />
      <source>Name</source>
      <translation>Nom</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/schools_dock.py" line="177" />
      <source>Name, code, town or address of a school…</source>
      <translation>Nom, code, commune ou adresse d’un établissement…</translation>
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
      <location filename="../gpsu_plugin/processing/analysis/hotspots.py" line="130" />
      <source>Neighbourhood distance (metres; 0: 1.5 x cell size)</source>
      <translation>Distance de voisinage (mètres ; 0 : 1,5 x la taille des cellules)</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/duplicate_dialog.py" line="11" />
      <source>New</source>
      <translation>Nouveau</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/access_dialog.py" line="184" />
      <source>New account</source>
      <translation>Nouveau compte</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/access_dialog.py" line="475" />
      <source>New account…</source>
      <translation>Nouveau compte…</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/alerts_inbox.py" line="34" />
      <source>New case for your service</source>
      <translation>Nouveau dossier pour votre service</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/reports/new_facts.py" line="478" />
      <location filename="../gpsu_plugin/reports/new_facts.py" line="488" />
      <location filename="../gpsu_plugin/reports/new_facts.py" line="457" />
      <source>New facts report</source>
      <translation>Rapport des nouveaux faits</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/plugin.py" line="92" />
      <source>New facts report (PDF)…</source>
      <translation>Rapport des nouveaux faits (PDF)…</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/processing/analysis/emerging_hotspots.py" line="48" />
      <source>New hot spot</source>
      <translation>Nouveau point chaud</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/change_password_dialog.py" line="69" />
      <source>New password</source>
      <translation>Nouveau mot de passe</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/ppms_editor.py" line="277" />
      <source>New plan for {year}, started from the plan of {previous}: check every section.</source>
      <translation>Nouveau plan pour {year}, repris du plan {previous} : vérifiez chaque section.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/case_detail.py" line="805" />
      <source>New status</source>
      <translation>Nouveau statut</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/access_dialog.py" line="166" />
      <location filename="../gpsu_plugin/gui/case_detail.py" line="362" />
      <source>No</source>
      <translation>Non</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/gps.py" line="21" />
      <source>No GPS is connected to QGIS. Connect it in the GPS Information panel (View &gt; Panels), or place the fact on the map.</source>
      <translation>Aucun GPS n’est connecté à QGIS. Connectez-le dans le panneau Informations GPS (Vue &gt; Panneaux), ou placez le fait sur la carte.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/session.py" line="32" />
      <source>No GPS-U connection is configured yet: open GPS-U &gt; Connection.</source>
      <translation>Aucune connexion GPS-U n'est encore configurée : ouvrez GPS-U &gt; Connexion.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/alerts_inbox.py" line="243" />
      <source>No alert for your services.</source>
      <translation>Aucune alerte pour vos services.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/case_detail.py" line="495" />
      <source>No case has the number {}.</source>
      <translation>Aucun dossier ne porte le numéro {}.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/cases_dock.py" line="290" />
      <source>No case matches these filters.</source>
      <translation>Aucun dossier ne correspond à ces filtres.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/analysis_filters.py" line="50" />
      <source>No category with the id or code "{}".</source>
      <translation>Aucune catégorie avec l'identifiant ou le code « {} ».</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/access_dialog.py" line="679" />
      <source>No closed case is older than the retention period: nothing to do.</source>
      <translation>Aucun dossier clôturé ne dépasse la durée de conservation : rien à faire.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/processing/database/upgrade.py" line="55" />
      <location filename="../gpsu_plugin/processing/analysis/base.py" line="79" />
      <source>No connection profile named "{}".</source>
      <translation>Aucun profil de connexion nommé « {} ».</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/reports/reflex_sheet.py" line="228" />
      <source>No crisis cell in the PPMS yet.</source>
      <translation>Pas encore de cellule de crise dans le PPMS.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/case_detail.py" line="340" />
      <source>No description.</source>
      <translation>Aucune description.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/prevention.py" line="250" />
      <source>No displacement nor diffusion (WDQ 0).</source>
      <translation>Ni déplacement ni diffusion (WDQ 0).</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/reports/atlas_export.py" line="158" />
      <source>No district is recorded in GPS-U.</source>
      <translation>Aucune section n'est enregistrée dans GPS-U.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/reports/layouts.py" line="916" />
      <source>No district recorded.</source>
      <translation>Aucune section enregistrée.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/analysis_filters.py" line="57" />
      <source>No district with the id, code or name "{}".</source>
      <translation>Aucune section avec l'identifiant, le code ou le nom « {} ».</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/reports/layouts.py" line="885" />
      <source>No document recorded.</source>
      <translation>Aucun document enregistré.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/schools_dock.py" line="404" />
      <source>No document yet: add one, or drop files here.</source>
      <translation>Aucun document : ajoutez-en un, ou déposez des fichiers ici.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/reports/layouts.py" line="808" />
      <source>No fact during this period.</source>
      <translation>Aucun fait pendant cette période.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/charts.py" line="68" />
      <source>No fact matches this selection.</source>
      <translation>Aucun fait ne correspond à cette sélection.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/reports/atlas_export.py" line="162" />
      <location filename="../gpsu_plugin/reports/dls.py" line="282" />
      <location filename="../gpsu_plugin/reports/layouts.py" line="910" />
      <source>No fact was observed during this period.</source>
      <translation>Aucun fait n'a été constaté pendant cette période.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/reports/layouts.py" line="799" />
      <source>No fact was observed in this district during this period.</source>
      <translation>Aucun fait n'a été constaté dans cette section pendant cette période.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/reports/atlas_export.py" line="156" />
      <source>No hot spot was found during this period.</source>
      <translation>Aucun point chaud n'a été trouvé pendant cette période.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/processing/analysis/period_comparison.py" line="229" />
      <source>No incident matches the filters ({}) in period A or period B.</source>
      <translation>Aucun fait ne correspond aux filtres ({}) pendant la période A ou la période B.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/processing/analysis/base.py" line="138" />
      <source>No incident matches the filters ({}).</source>
      <translation>Aucun fait ne correspond aux filtres ({}).</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/credentials.py" line="28" />
      <source>No keyring service runs on this computer (as on a server without a desktop session).</source>
      <translation>Aucun service de trousseau de clés ne fonctionne sur cet ordinateur (c'est le cas sur un serveur sans session de bureau).</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/statistics_dock.py" line="358" />
      <source>No map is available to take its extent.</source>
      <translation>Aucune carte n'est disponible pour en prendre l'emprise.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/reports/new_facts.py" line="494" />
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
      <location filename="../gpsu_plugin/core/prevention.py" line="110" />
      <location filename="../gpsu_plugin/core/prevention.py" line="173" />
      <source>No prevention action number {}.</source>
      <translation>Aucune action de prévention numéro {}.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/reports/atlas_export.py" line="157" />
      <source>No school is recorded in GPS-U.</source>
      <translation>Aucun établissement scolaire n'est enregistré dans GPS-U.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/schools_dock.py" line="307" />
      <source>No school matches "{}".</source>
      <translation>Aucun établissement ne correspond à « {} ».</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/prevention.py" line="239" />
      <source>No significant change in the target area relative to the comparison area (RES {:.2f}).</source>
      <translation>Pas de changement significatif dans la zone cible par rapport à la zone de comparaison (RES {:.2f}).</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/reports/reflex_sheet.py" line="217" />
      <source>No site map: the school has no geometry yet.</source>
      <translation>Pas de plan du site : l’établissement n’a pas encore de géométrie.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/layers.py" line="80" />
      <source>Normal</source>
      <translation>Normale</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/reports/new_facts.py" line="592" />
      <location filename="../gpsu_plugin/reports/new_facts.py" line="538" />
      <location filename="../gpsu_plugin/core/statistics.py" line="492" />
      <location filename="../gpsu_plugin/core/statistics.py" line="553" />
      <source>Not assigned</source>
      <translation>Non désigné</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/case_detail.py" line="325" />
      <source>Not dispatched</source>
      <translation>Non transmis</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/prevention.py" line="233" />
      <source>Not enough facts to measure an effect (a zone has none in one of the periods).</source>
      <translation>Pas assez de faits pour mesurer un effet (une zone n'en a aucun dans l'une des périodes).</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/incident_dock.py" line="507" />
      <source>Not placed yet: use one of the buttons below.</source>
      <translation>Pas encore localisé : utilisez l'un des boutons ci-dessous.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/reports/cli.py" line="225" />
      <source>Not recorded: the next report starts at the same place.</source>
      <translation>Non enregistré : le prochain rapport commencera au même point.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/processing/analysis/hotspots.py" line="64" />
      <source>Not significant</source>
      <translation>Non significatif</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/ppms_editor.py" line="134" />
      <source>Notes</source>
      <translation>Remarques</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/ppms_editor.py" line="108" />
      <source>Notes (sources: DDRM, DICRIM, prefecture)</source>
      <translation>Remarques (sources : DDRM, DICRIM, préfecture)</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/cli.py" line="83" />
      <source>Nothing to do; schema {}.</source>
      <translation>Rien à faire ; schéma {}.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/incident_dock.py" line="637" />
      <source>Nothing was saved: your entry is still here.</source>
      <translation>Rien n'a été enregistré : votre encodage est conservé.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/statistics.py" line="773" />
      <source>November</source>
      <translation>novembre</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/connection_dialog.py" line="73" />
      <source>Nowhere: ask each time</source>
      <translation>Nulle part : le demander à chaque fois</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/schools.py" line="884" />
      <source>Nuclear accident</source>
      <translation>Accident nucléaire</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/cases_model.py" line="159" />
      <location filename="../gpsu_plugin/gui/duplicate_dialog.py" line="35" />
      <location filename="../gpsu_plugin/core/project.py" line="80" />
      <source>Number</source>
      <translation>Numéro</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/processing/analysis/emerging_hotspots.py" line="138" />
      <source>Number of time slices</source>
      <translation>Nombre de tranches de temps</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/cases_dock.py" line="98" />
      <source>Number, description or place</source>
      <translation>Numéro, description ou lieu</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/reports/layouts.py" line="852" />
      <location filename="../gpsu_plugin/core/schools.py" line="96" />
      <source>Nursery school</source>
      <translation>École maternelle</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/incident_dock.py" line="130" />
      <source>Observation template</source>
      <translation>Modèle de constat</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/case_detail.py" line="156" />
      <source>Observed</source>
      <translation>Constaté</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/project.py" line="82" />
      <source>Observed at</source>
      <translation>Constaté le</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/statistics.py" line="773" />
      <source>October</source>
      <translation>octobre</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/audit_dock.py" line="46" />
      <source>Old closed cases pseudonymised</source>
      <translation>Anciens dossiers clôturés pseudonymisés</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/ppms_editor.py" line="285" />
      <source>On the map: {routes} evacuation routes, {assembly} assembly points, {access} emergency access points.</source>
      <translation>Sur la carte : {routes} cheminements d’évacuation, {assembly} points de rassemblement, {access} accès des secours.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/schools_dock.py" line="203" />
      <source>One-page PDF for responders: site map, crisis cell, pupils and staff.</source>
      <translation>PDF d’une page pour les secours : plan du site, cellule de crise, élèves et personnels.</translation>
    </message>
    <message>
      <source>Only a GPS-U administrator can install or upgrade the database.</source>
      <translation type="obsolete">Seul un administrateur GPS-U peut installer ou mettre à jour la base de données.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/access_dialog.py" line="563" />
      <source>Only a GPS-U administrator can manage accounts.</source>
      <translation>Seul un administrateur GPS-U peut gérer les comptes.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/audit_dock.py" line="258" />
      <source>Only a GPS-U administrator can read the audit log.</source>
      <translation>Seul un administrateur GPS-U peut consulter le journal d'audit.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/atlas_dialog.py" line="74" />
      <source>Only add the layouts</source>
      <translation>Ajouter seulement les mises en page</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/migrations.py" line="165" />
      <source>Only the owner of the GPS-U schema or a server administrator can install or upgrade the database.</source>
      <translation>Seul le propriétaire du schéma GPS-U ou un administrateur du serveur peut installer ou mettre à jour la base de données.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/alerts_inbox.py" line="309" />
      <location filename="../gpsu_plugin/gui/schools_dock.py" line="236" />
      <source>Open</source>
      <translation>Ouvrir</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/cases_dock.py" line="194" />
      <location filename="../gpsu_plugin/processing/analysis/base.py" line="52" />
      <location filename="../gpsu_plugin/core/layers.py" line="138" />
      <location filename="../gpsu_plugin/core/project.py" line="198" />
      <source>Open cases</source>
      <translation>Dossiers ouverts</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/duplicate_dialog.py" line="30" />
      <source>Open cases of the same kind were logged near this place at about the same time. Is this fact one of them?</source>
      <translation>Des dossiers ouverts du même type ont été encodés près de cet endroit, à peu près au même moment. Ce fait correspond-il à l'un d'eux ?</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/project.py" line="177" />
      <source>Open its documents (GPS-U)</source>
      <translation>Ouvrir ses documents (GPS-U)</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/atlas_dialog.py" line="62" />
      <source>Open the PDF when it is ready</source>
      <translation>Ouvrir le PDF quand il est prêt</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/schools_dock.py" line="467" />
      <source>Opening "{}"…</source>
      <translation>Ouverture de « {} »…</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/schools_dock.py" line="477" />
      <source>Opening a school document</source>
      <translation>Ouverture d’un document d’établissement</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/case_detail.py" line="804" />
      <location filename="../gpsu_plugin/gui/case_detail.py" line="724" />
      <source>Optional</source>
      <translation>Facultatif</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/schools.py" line="886" />
      <source>Other</source>
      <translation>Autre</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/statistics.py" line="423" />
      <location filename="../gpsu_plugin/core/statistics.py" line="423" />
      <source>Other categories</source>
      <translation>Autres catégories</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/reports/layouts.py" line="360" />
      <location filename="../gpsu_plugin/core/layers.py" line="150" />
      <source>Other category</source>
      <translation>Autre catégorie</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/reports/layouts.py" line="379" />
      <source>Other districts</source>
      <translation>Autres sections</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/reports/layouts.py" line="877" />
      <location filename="../gpsu_plugin/core/schools.py" line="90" />
      <source>Other document</source>
      <translation>Autre document</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/ppms_editor.py" line="118" />
      <location filename="../gpsu_plugin/reports/ppms.py" line="180" />
      <location filename="../gpsu_plugin/reports/reflex_sheet.py" line="223" />
      <source>Other phone</source>
      <translation>Autre téléphone</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/layers.py" line="156" />
      <source>Other priority</source>
      <translation>Autre priorité</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/reports/layouts.py" line="855" />
      <location filename="../gpsu_plugin/core/schools.py" line="98" />
      <source>Other school</source>
      <translation>Autre établissement</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/layers.py" line="161" />
      <source>Other status</source>
      <translation>Autre statut</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/reports/new_facts.py" line="515" />
      <location filename="../gpsu_plugin/reports/new_facts.py" line="513" />
      <location filename="../gpsu_plugin/core/statistics.py" line="492" />
      <source>Outside the districts</source>
      <translation>En dehors des sections</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/alerts_inbox.py" line="39" />
      <location filename="../gpsu_plugin/reports/dls.py" line="492" />
      <source>Overdue</source>
      <translation>En retard</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/cases_dock.py" line="99" />
      <source>Overdue only</source>
      <translation>En retard uniquement</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/reports/dls.py" line="327" />
      <source>Overdue share</source>
      <translation>Part en retard</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/charts.py" line="191" />
      <location filename="../gpsu_plugin/core/statistics.py" line="268" />
      <source>Overdue share (%)</source>
      <translation>Part en retard (%)</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/cases_model.py" line="171" />
      <source>Overdue: the case was due on {}</source>
      <translation>En retard : l'échéance du dossier était le {}</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/atlas_dialog.py" line="67" />
      <source>PDF file</source>
      <translation>Fichier PDF</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/reports/cli.py" line="83" />
      <source>PDF file to write (default: atlas-&lt;kind&gt;-&lt;date&gt;.pdf)</source>
      <translation>fichier PDF à écrire (par défaut : atlas-&lt;kind&gt;-&lt;date&gt;.pdf)</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/reports/cli.py" line="46" />
      <source>PDF file to write (default: dls-&lt;from&gt;-&lt;to&gt;.pdf)</source>
      <translation>fichier PDF à écrire (par défaut : dls-&lt;début&gt;-&lt;fin&gt;.pdf)</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/reports/cli.py" line="34" />
      <source>PDF file to write (default: new-facts-&lt;date&gt;.pdf)</source>
      <translation>fichier PDF à écrire (par défaut : new-facts-&lt;date&gt;.pdf)</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/atlas_dialog.py" line="60" />
      <source>PDF files (*.pdf)</source>
      <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/reports/cli.py" line="27" />
      <source>PDF reports</source>
      <translation>rapports PDF</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/statistics_dock.py" line="556" />
      <source>PNG images (*.png)</source>
      <translation>Images PNG (*.png)</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/statistics_dock.py" line="179" />
      <source>PNG…</source>
      <translation>PNG…</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/schools.py" line="85" />
      <source>PPMS (school safety plan)</source>
      <translation>PPMS (plan de mise en sûreté)</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/schools.py" line="1069" />
      <source>PPMS points</source>
      <translation>Points du PPMS</translation>
    </message>
    <message>
      <source>PPMS points (assembly, access, cut-offs)</source>
      <translation type="vanished" />
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/ppms_editor.py" line="356" />
      <source>PPMS saved.</source>
      <translation>PPMS enregistré.</translation>
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
      <translation>Page {page} / {pages}</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/connection_dialog.py" line="78" />
      <source>Password</source>
      <translation>Mot de passe</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/audit_dock.py" line="41" />
      <source>Password changed</source>
      <translation>Mot de passe changé</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/password_dialog.py" line="14" />
      <source>Password for {}</source>
      <translation>Mot de passe pour {}</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/audit_dock.py" line="40" />
      <source>Password reset by an administrator</source>
      <translation>Mot de passe réinitialisé par un administrateur</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/access_dialog.py" line="107" />
      <source>Password until</source>
      <translation>Mot de passe jusqu'au</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/reports/reflex_sheet.py" line="240" />
      <source>People on site</source>
      <translation>Personnes sur le site</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/statistics_dock.py" line="128" />
      <location filename="../gpsu_plugin/reports/dls.py" line="392" />
      <location filename="../gpsu_plugin/reports/dls.py" line="350" />
      <location filename="../gpsu_plugin/core/statistics.py" line="287" />
      <source>Period</source>
      <translation>Période</translation>
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
      <location filename="../gpsu_plugin/core/statistics.py" line="213" />
      <source>Period start</source>
      <translation>Début de la période</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/processing/analysis/base.py" line="50" />
      <source>Period to (municipality time, excluded)</source>
      <translation>Période au (heure de la commune, exclu)</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/reports/dls.py" line="278" />
      <source>Period: {}</source>
      <translation>Période : {}</translation>
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
      <location filename="../gpsu_plugin/gui/statistics_dock.py" line="161" />
      <source>Phenomenon A: categories</source>
      <translation>Phénomène A : catégories</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/statistics_dock.py" line="163" />
      <source>Phenomenon B: categories</source>
      <translation>Phénomène B : catégories</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/ppms_editor.py" line="99" />
      <location filename="../gpsu_plugin/gui/ppms_editor.py" line="117" />
      <location filename="../gpsu_plugin/reports/ppms.py" line="180" />
      <location filename="../gpsu_plugin/reports/ppms.py" line="161" />
      <location filename="../gpsu_plugin/reports/reflex_sheet.py" line="222" />
      <source>Phone</source>
      <translation>Téléphone</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/schools.py" line="893" />
      <source>Phone not dependent on mains power</source>
      <translation>Téléphone indépendant du secteur</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/reports/layouts.py" line="876" />
      <location filename="../gpsu_plugin/core/schools.py" line="88" />
      <source>Photo</source>
      <translation>Photo</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/project.py" line="28" />
      <location filename="../gpsu_plugin/core/project.py" line="134" />
      <source>Photos and documents</source>
      <translation>Photos et documents</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/incident_dock.py" line="546" />
      <source>Photos and documents (*.jpg *.jpeg *.png *.webp *.pdf *.txt);;All files (*)</source>
      <translation>Photos et documents (*.jpg *.jpeg *.png *.webp *.pdf *.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/processing/analysis/heatmap.py" line="89" />
      <source>Pixel size (metres)</source>
      <translation>Taille des pixels (mètres)</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/case_detail.py" line="553" />
      <location filename="../gpsu_plugin/gui/case_detail.py" line="157" />
      <location filename="../gpsu_plugin/reports/new_facts.py" line="591" />
      <location filename="../gpsu_plugin/core/project.py" line="82" />
      <source>Place</source>
      <translation>Lieu</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/incident_dock.py" line="216" />
      <source>Place / address</source>
      <translation>Lieu / adresse</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/incident_dock.py" line="195" />
      <source>Place on the map</source>
      <translation>Placer sur la carte</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/incidents.py" line="164" />
      <source>Place the fact on the map.</source>
      <translation>Placez le fait sur la carte.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/reports/ppms.py" line="189" />
      <source>Point</source>
      <translation>Point</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/access.py" line="38" />
      <source>Police liaison</source>
      <translation>Référent police</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/connection_dialog.py" line="59" />
      <source>Port</source>
      <translation>Port</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/migrations.py" line="252" />
      <source>PostGIS is not installed in this database and you may not install it. An administrator of the server must run: CREATE EXTENSION postgis;</source>
      <translation>PostGIS n'est pas installé dans cette base de données et vous n'avez pas le droit de l'installer. Un administrateur du serveur doit exécuter : CREATE EXTENSION postgis;</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/database.py" line="91" />
      <source>PostGIS is not installed in this database. An administrator of the server must run: CREATE EXTENSION postgis;</source>
      <translation>PostGIS n'est pas installé dans cette base de données. Un administrateur du serveur doit exécuter : CREATE EXTENSION postgis;</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/reports/layouts.py" line="93" />
      <source>Poster of the territory (A3)</source>
      <translation>Affiche du territoire (A3)</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/connection_dialog.py" line="46" />
      <source>PostgreSQL service (pg_service.conf)</source>
      <translation>Service PostgreSQL (pg_service.conf)</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/processing/analysis/prevention_action.py" line="124" />
      <source>Prevention action number {} recorded.</source>
      <translation>Action de prévention numéro {} enregistrée.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/processing/analysis/prevention_action.py" line="44" />
      <location filename="../gpsu_plugin/core/project.py" line="29" />
      <source>Prevention actions</source>
      <translation>Actions de prévention</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/reports/dls.py" line="392" />
      <location filename="../gpsu_plugin/reports/dls.py" line="351" />
      <location filename="../gpsu_plugin/core/statistics.py" line="287" />
      <source>Previous period</source>
      <translation>Période précédente</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/reports/layouts.py" line="852" />
      <location filename="../gpsu_plugin/core/schools.py" line="96" />
      <source>Primary school</source>
      <translation>École élémentaire</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/project.py" line="28" />
      <source>Priorities</source>
      <translation>Priorités</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/case_detail.py" line="552" />
      <location filename="../gpsu_plugin/gui/case_detail.py" line="155" />
      <location filename="../gpsu_plugin/gui/cases_model.py" line="159" />
      <location filename="../gpsu_plugin/gui/incident_dock.py" line="240" />
      <location filename="../gpsu_plugin/core/project.py" line="81" />
      <source>Priority</source>
      <translation>Priorité</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/cases_dock.py" line="73" />
      <source>Priority of the case</source>
      <translation>Priorité du dossier</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/ppms_editor.py" line="150" />
      <source>Produce the PDF</source>
      <translation>Produire le PDF</translation>
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
      <location filename="../gpsu_plugin/gui/incident_dock.py" line="228" />
      <source>Proposed from the category; the municipality's dispatch rules apply unless you choose another priority.</source>
      <translation>Proposée d'après la catégorie ; les règles de transmission de la commune s'appliquent, sauf si vous choisissez une autre priorité.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/access_dialog.py" line="677" />
      <source>Pseudonymise old closed cases</source>
      <translation>Pseudonymiser les anciens dossiers clôturés</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/access_dialog.py" line="494" />
      <source>Pseudonymise old closed cases…</source>
      <translation>Pseudonymiser les anciens dossiers clôturés…</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/schools.py" line="892" />
      <source>Pupil lists and attendance sheets</source>
      <translation>Listes des élèves et fiches de présence</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/schools_dock.py" line="96" />
      <location filename="../gpsu_plugin/reports/ppms.py" line="163" />
      <source>Pupils</source>
      <translation>Élèves</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/reports/layouts.py" line="867" />
      <source>Pupils: {pupils} – staff: {staff}</source>
      <translation>Élèves : {pupils} – personnel : {staff}</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/plugin.py" line="278" />
      <source>QGIS projects (*.qgz)</source>
      <translation>Projets QGIS (*.qgz)</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/reports/reflex_sheet.py" line="271" />
      <source>REFLEX SHEET · SCHOOL SAFETY</source>
      <translation>FICHE RÉFLEXE · SÛRETÉ DE L’ÉTABLISSEMENT</translation>
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
      <location filename="../gpsu_plugin/core/access.py" line="37" />
      <source>Reads personal details</source>
      <translation>Lit les données personnelles</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/case_detail.py" line="753" />
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
      <location filename="../gpsu_plugin/processing/analysis/prevention_action.py" line="77" />
      <source>Record a prevention action</source>
      <translation>Enregistrer une action de prévention</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/plugin.py" line="98" />
      <source>Record a prevention action…</source>
      <translation>Enregistrer une action de prévention…</translation>
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
      <location filename="../gpsu_plugin/core/project.py" line="82" />
      <source>Recorded at</source>
      <translation>Enregistré le</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/cases_dock.py" line="86" />
      <source>Recorded from</source>
      <translation>Encodé du</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/cli.py" line="109" />
      <location filename="../gpsu_plugin/processing/database/upgrade.py" line="67" />
      <source>Reference services and categories loaded.</source>
      <translation>Services et catégories de référence chargés.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/schools_dock.py" line="202" />
      <location filename="../gpsu_plugin/gui/schools_dock.py" line="657" />
      <location filename="../gpsu_plugin/reports/reflex_sheet.py" line="282" />
      <source>Reflex sheet</source>
      <translation>Fiche réflexe</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/schools_dock.py" line="654" />
      <source>Reflex sheet saved to {}.</source>
      <translation>Fiche réflexe enregistrée dans {}.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/schools_dock.py" line="645" />
      <source>Reflex sheet {}</source>
      <translation>Fiche réflexe {}</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/reports/reflex_sheet.py" line="262" />
      <source>Reflex sheet · confidential: for the emergency services · issued on {}</source>
      <translation>Fiche réflexe · confidentiel : réservé aux services de secours · éditée le {}</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/statistics_dock.py" line="177" />
      <source>Refresh</source>
      <translation>Actualiser</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/alerts_inbox.py" line="177" />
      <source>Refresh the alerts</source>
      <translation>Actualiser les alertes</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/access_dialog.py" line="480" />
      <location filename="../gpsu_plugin/gui/audit_dock.py" line="161" />
      <location filename="../gpsu_plugin/gui/cases_dock.py" line="102" />
      <source>Refresh the list</source>
      <translation>Actualiser la liste</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/duplicate_dialog.py" line="12" />
      <source>Rejected</source>
      <translation>Rejeté</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/incident_dock.py" line="277" />
      <source>Remove</source>
      <translation>Retirer</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/access_dialog.py" line="495" />
      <source>Remove the personal details of the cases closed longer ago than the retention period; statistics are kept.</source>
      <translation>Supprimer les données personnelles des dossiers clôturés depuis plus longtemps que la durée de conservation ; les statistiques sont conservées.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/ppms_editor.py" line="201" />
      <source>Remove the row</source>
      <translation>Supprimer la ligne</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/change_password_dialog.py" line="70" />
      <source>Repeat it</source>
      <translation>Répétez-le</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/case_detail.py" line="770" />
      <source>Request</source>
      <translation>Demande</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/case_detail.py" line="751" />
      <location filename="../gpsu_plugin/gui/case_detail.py" line="724" />
      <location filename="../gpsu_plugin/gui/template_form.py" line="42" />
      <source>Required</source>
      <translation>Obligatoire</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/access_dialog.py" line="478" />
      <source>Reset password…</source>
      <translation>Réinitialiser le mot de passe…</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/access_dialog.py" line="658" />
      <source>Reset the password</source>
      <translation>Réinitialiser le mot de passe</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/duplicate_dialog.py" line="12" />
      <source>Resolved</source>
      <translation>Résolu</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/access.py" line="40" />
      <source>Responder (police, fire, prefecture)</source>
      <translation>Intervenant (police, pompiers, préfecture)</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/reports/layouts.py" line="884" />
      <source>Review</source>
      <translation>Révision</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/schools_dock.py" line="62" />
      <location filename="../gpsu_plugin/gui/schools_dock.py" line="220" />
      <source>Review by</source>
      <translation>À réviser le</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/schools_dock.py" line="402" />
      <source>Review overdue since {}</source>
      <translation>Révision en retard depuis le {}</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/schools.py" line="871" />
      <source>Risks the site is exposed to</source>
      <translation>Risques auxquels le site est exposé</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/ppms_editor.py" line="117" />
      <location filename="../gpsu_plugin/reports/ppms.py" line="180" />
      <location filename="../gpsu_plugin/reports/reflex_sheet.py" line="222" />
      <source>Role</source>
      <translation>Fonction</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/access_dialog.py" line="220" />
      <location filename="../gpsu_plugin/gui/access_dialog.py" line="106" />
      <source>Roles</source>
      <translation>Rôles</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/audit_dock.py" line="37" />
      <source>Roles changed</source>
      <translation>Rôles modifiés</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/schools.py" line="328" />
      <source>Row {row} ({code}): {reason}</source>
      <translation>Ligne {row} ({code}) : {reason}</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/connection_dialog.py" line="63" />
      <source>SSL mode</source>
      <translation>Mode SSL</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/reports/layouts.py" line="873" />
      <source>Safety documents (titles only, no content)</source>
      <translation>Documents de sécurité (titres seulement, sans contenu)</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/reports/layouts.py" line="870" />
      <source>Safety documents: {documents}</source>
      <translation>Documents de sécurité : {documents}</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/schools.py" line="876" />
      <source>Safety equipment</source>
      <translation>Matériel de sûreté</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/reports/layouts.py" line="875" />
      <source>Safety plan (PPMS)</source>
      <translation>Plan de mise en sûreté (PPMS)</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/processing/analysis/time_profile.py" line="42" />
      <source>Saturday</source>
      <translation>Samedi</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/access_dialog.py" line="282" />
      <location filename="../gpsu_plugin/gui/incident_dock.py" line="150" />
      <location filename="../gpsu_plugin/gui/ppms_editor.py" line="148" />
      <source>Save</source>
      <translation>Enregistrer</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/duplicate_dialog.py" line="54" />
      <source>Save as a new fact</source>
      <translation>Enregistrer comme nouveau fait</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/audit_dock.py" line="189" />
      <source>Save every entry matching the filters as a CSV file</source>
      <translation>Enregistrer toutes les entrées correspondant aux filtres dans un fichier CSV</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/statistics_dock.py" line="555" />
      <source>Save the chart</source>
      <translation>Enregistrer le graphique</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/statistics_dock.py" line="180" />
      <source>Save the chart as a PNG image</source>
      <translation>Enregistrer le graphique en image PNG</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/statistics_dock.py" line="183" />
      <source>Save the chart's numbers as a CSV file</source>
      <translation>Enregistrer les chiffres du graphique en fichier CSV</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/statistics_dock.py" line="571" />
      <source>Save the numbers</source>
      <translation>Enregistrer les chiffres</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/incident_dock.py" line="665" />
      <source>Saved as fact {number}, dispatched to {service}.</source>
      <translation>Enregistré comme fait {number}, transmis à {service}.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/incident_dock.py" line="662" />
      <source>Saved as fact {number}, linked to case {original}.</source>
      <translation>Enregistré comme fait {number}, lié au dossier {original}.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/incident_dock.py" line="667" />
      <source>Saved as fact {number}; no service is assigned yet.</source>
      <translation>Enregistré comme fait {number} ; aucun service n'est encore désigné.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/schools_dock.py" line="499" />
      <source>Saved to {} (checksum verified).</source>
      <translation>Enregistré dans {} (empreinte vérifiée).</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/ppms_editor.py" line="137" />
      <location filename="../gpsu_plugin/reports/ppms.py" line="203" />
      <source>Scenario</source>
      <translation>Scénario</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/processing/database/upgrade.py" line="49" />
      <source>Schema version</source>
      <translation>Version du schéma</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/reports/ppms.py" line="160" />
      <source>School</source>
      <translation>Établissement</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/schools.py" line="1080" />
      <source>School buildings</source>
      <translation>Bâtiments scolaires</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/reports/layouts.py" line="299" />
      <source>School documents</source>
      <translation>Documents des établissements</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/access.py" line="39" />
      <source>School editor</source>
      <translation>Éditeur d'établissement</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/ppms_editor.py" line="66" />
      <location filename="../gpsu_plugin/gui/ppms_editor.py" line="227" />
      <location filename="../gpsu_plugin/reports/ppms.py" line="148" />
      <source>School safety plan (PPMS)</source>
      <translation>Plan particulier de mise en sûreté (PPMS)</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/reports/reflex_sheet.py" line="319" />
      <source>School site</source>
      <translation>Emprise de l’établissement</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/reports/layouts.py" line="297" />
      <location filename="../gpsu_plugin/core/schools.py" line="1083" />
      <source>School sites</source>
      <translation>Emprises des établissements</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/ppms_editor.py" line="83" />
      <source>School year</source>
      <translation>Année scolaire</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/reports/ppms.py" line="149" />
      <source>School year {}</source>
      <translation>Année scolaire {}</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/reports/reflex_sheet.py" line="238" />
      <source>School: {}</source>
      <translation>Établissement : {}</translation>
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
      <translation>Établissements scolaires</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/schools_dock.py" line="92" />
      <source>Schools (*.csv *.txt *.gpkg *.shp *.geojson)</source>
      <translation>Établissements (*.csv *.txt *.gpkg *.shp *.geojson)</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/school_locator.py" line="124" />
      <source>Schools (GPS-U)</source>
      <translation>Établissements scolaires (GPS-U)</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/reports/layouts.py" line="295" />
      <source>Schools (atlas)</source>
      <translation>Établissements (atlas)</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/access_dialog.py" line="255" />
      <source>Search a school</source>
      <translation>Rechercher un établissement</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/schools_dock.py" line="194" />
      <source>Search for a school, or find it with the QGIS search bar (Ctrl+K).</source>
      <translation>Cherchez un établissement, ou trouvez-le avec la barre de recherche de QGIS (Ctrl+K).</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/charts.py" line="230" />
      <location filename="../gpsu_plugin/core/statistics.py" line="309" />
      <source>Seasonal index</source>
      <translation>Indice saisonnier</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/processing/analysis/monthly_series.py" line="76" />
      <source>Seasonal index: highest in {high} ({high_value:.2f}), lowest in {low} ({low_value:.2f}).</source>
      <translation>Indice saisonnier : le plus haut en {high} ({high_value:.2f}), le plus bas en {low} ({low_value:.2f}).</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/charts.py" line="212" />
      <location filename="../gpsu_plugin/core/statistics.py" line="309" />
      <source>Seasonally adjusted</source>
      <translation>Corrigé des variations saisonnières</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/reports/layouts.py" line="853" />
      <location filename="../gpsu_plugin/core/schools.py" line="96" />
      <source>Secondary school</source>
      <translation>Collège</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/case_detail.py" line="125" />
      <source>Select a case in the list to see its detail.</source>
      <translation>Sélectionnez un dossier dans la liste pour en voir le détail.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/statistics.py" line="773" />
      <source>September</source>
      <translation>septembre</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/connection_dialog.py" line="44" />
      <source>Server</source>
      <translation>Serveur</translation>
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
      <translation>Service</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/access.py" line="35" />
      <source>Service handler</source>
      <translation>Gestionnaire de service</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/cases_dock.py" line="69" />
      <source>Service in charge of the case, or sharing it</source>
      <translation>Service chargé du dossier ou avec lequel il est partagé</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/connection_dialog.py" line="56" />
      <source>Service name</source>
      <translation>Nom du service</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/audit_dock.py" line="38" />
      <source>Service or school assigned</source>
      <translation>Service ou établissement attribué</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/audit_dock.py" line="39" />
      <source>Service or school withdrawn</source>
      <translation>Service ou établissement retiré</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/access_dialog.py" line="232" />
      <location filename="../gpsu_plugin/gui/access_dialog.py" line="106" />
      <location filename="../gpsu_plugin/core/project.py" line="27" />
      <source>Services</source>
      <translation>Services</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/reports/layouts.py" line="806" />
      <source>Share</source>
      <translation>Part</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/case_detail.py" line="189" />
      <source>Share with a service…</source>
      <translation>Partager avec un service…</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/case_detail.py" line="586" />
      <source>Shared with</source>
      <translation>Partagé avec</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/case_detail.py" line="45" />
      <source>Shared with a service</source>
      <translation>Partagé avec un service</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/audit_dock.py" line="42" />
      <source>Sign-in refused</source>
      <translation>Connexion refusée</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/reports/dls.py" line="328" />
      <source>Significant hot spots (Gi*, 90 % or more)</source>
      <translation>Points chauds significatifs (Gi*, 90 % ou plus)</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/reports/ppms.py" line="220" />
      <source>Site map (QGIS)</source>
      <translation>Plan du site (QGIS)</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/schools.py" line="892" />
      <source>Site plans and cut-off keys</source>
      <translation>Plans du site et clés des coupures</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/prevention.py" line="248" />
      <source>Some displacement to the buffer, smaller than the gain (WDQ {:.2f}).</source>
      <translation>Un certain déplacement vers la zone tampon, plus petit que le gain (WDQ {:.2f}).</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/cases.py" line="272" />
      <source>Someone</source>
      <translation>Quelqu'un</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/dberrors.py" line="18" />
      <source>Someone else changed this case in the meantime.</source>
      <translation>Quelqu'un d'autre a modifié ce dossier entre-temps.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/schools.py" line="129" />
      <location filename="../gpsu_plugin/core/schools.py" line="1020" />
      <source>Someone else saved this PPMS in the meantime: reload it and apply your changes again.</source>
      <translation>Quelqu’un d’autre a enregistré ce PPMS entre-temps : rechargez-le et refaites vos modifications.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/reports/layouts.py" line="750" />
      <source>Source: GPS-U, {municipality} – issued on {date}</source>
      <translation>Source : GPS-U, {municipality} – édité le {date}</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/reports/layouts.py" line="855" />
      <location filename="../gpsu_plugin/core/schools.py" line="98" />
      <source>Special education</source>
      <translation>Enseignement spécialisé</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/processing/analysis/emerging_hotspots.py" line="50" />
      <source>Sporadic hot spot</source>
      <translation>Point chaud sporadique</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/processing/analysis/hotspots.py" line="133" />
      <source>Squares</source>
      <translation>Carrés</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/schools_dock.py" line="96" />
      <location filename="../gpsu_plugin/reports/ppms.py" line="163" />
      <source>Staff</source>
      <translation>Personnels</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/access_dialog.py" line="106" />
      <source>State</source>
      <translation>État</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/plugin.py" line="86" />
      <source>Statistics</source>
      <translation>Statistiques</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/reports/dls.py" line="277" />
      <source>Statistics of the facts recorded in GPS-U</source>
      <translation>Statistiques des faits enregistrés dans GPS-U</translation>
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
      <translation>Statut</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/alerts_inbox.py" line="36" />
      <location filename="../gpsu_plugin/gui/case_detail.py" line="41" />
      <source>Status changed</source>
      <translation>Statut modifié</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/cases_dock.py" line="71" />
      <source>Status of the case</source>
      <translation>Statut du dossier</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/project.py" line="27" />
      <source>Statuses</source>
      <translation>Statuts</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/case_detail.py" line="788" />
      <source>Step</source>
      <translation>Démarche</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/case_detail.py" line="44" />
      <source>Step taken</source>
      <translation>Démarche effectuée</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/reports/layouts.py" line="805" />
      <location filename="../gpsu_plugin/reports/layouts.py" line="915" />
      <source>Still open</source>
      <translation>En cours</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/schools.py" line="882" />
      <source>Storm</source>
      <translation>Tempête</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/incident_dock.py" line="213" />
      <source>Street, number, landmark…</source>
      <translation>Rue, numéro, point de repère…</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/incident_dock.py" line="239" />
      <source>Sub-category</source>
      <translation>Sous-catégorie</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/processing/analysis/time_profile.py" line="43" />
      <source>Sunday</source>
      <translation>Dimanche</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/audit_dock.py" line="84" />
      <location filename="../gpsu_plugin/core/access.py" line="313" />
      <source>Target</source>
      <translation>Cible</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/processing/analysis/prevention_action.py" line="233" />
      <source>Target area</source>
      <translation>Zone cible</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/processing/analysis/prevention_action.py" line="94" />
      <source>Target categories (ids or codes, comma separated; empty: all)</source>
      <translation>Catégories visées (identifiants ou codes séparés par des virgules ; vide : toutes)</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/audit_dock.py" line="158" />
      <source>Target or details contain…</source>
      <translation>La cible ou les détails contiennent…</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/case_detail.py" line="799" />
      <source>Task of {service} on case {number}.</source>
      <translation>Tâche de {service} dans le dossier {number}.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/case_detail.py" line="582" />
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
      <location filename="../gpsu_plugin/gui/case_detail.py" line="439" />
      <source>Tasks ({})</source>
      <translation>Tâches ({})</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/access_dialog.py" line="380" />
      <source>Temporary password</source>
      <translation>Mot de passe temporaire</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/layers.py" line="168" />
      <source>Territory</source>
      <translation>Territoire communal</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/reports/layouts.py" line="300" />
      <source>Territory (atlas)</source>
      <translation>Territoire (atlas)</translation>
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
      <location filename="../gpsu_plugin/gui/gps.py" line="28" />
      <source>The GPS has no position yet (no satellite fix). Wait in the open a moment, or place the fact on the map.</source>
      <translation>Le GPS n’a pas encore de position (pas de réception satellite). Attendez un instant à découvert, ou placez le fait sur la carte.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/atlas_dialog.py" line="164" />
      <source>The GPS-U layouts are in the project ({period}): open them in the Layout Manager.</source>
      <translation>Les mises en page GPS-U sont dans le projet ({period}) : ouvrez-les dans le gestionnaire de mises en page.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/migrations.py" line="87" />
      <source>The GPS-U schema is not installed in this database. An administrator can install it with "Install / upgrade database".</source>
      <translation>Le schéma GPS-U n'est pas installé dans cette base de données. Un administrateur peut l'installer avec « Installer / mettre à jour la base de données ».</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/reports/atlas_export.py" line="152" />
      <location filename="../gpsu_plugin/reports/atlas_export.py" line="220" />
      <location filename="../gpsu_plugin/reports/new_facts.py" line="313" />
      <location filename="../gpsu_plugin/reports/ppms.py" line="52" />
      <location filename="../gpsu_plugin/reports/reflex_sheet.py" line="172" />
      <source>The PDF could not be written to {}.</source>
      <translation>Le PDF n'a pas pu être écrit dans {}.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/ppms_editor.py" line="375" />
      <source>The PPMS PDF is stored as version {} of "{}".</source>
      <translation>Le PDF du PPMS est enregistré comme version {} de « {} ».</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/reports/ppms.py" line="233" />
      <source>The PPMS cannot be produced yet; these mandatory sections are missing:
{}</source>
      <translation>Le PPMS ne peut pas encore être produit ; ces sections obligatoires manquent :
{}</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/database.py" line="56" />
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
      <location filename="../gpsu_plugin/gui/access_dialog.py" line="109" />
      <source>The account ends on this day (set by the administrator)</source>
      <translation>Le compte prend fin ce jour-là (fixé par l'administrateur)</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/access_dialog.py" line="385" />
      <source>The account of {} is created. Its initial password is:</source>
      <translation>Le compte de {} est créé. Son mot de passe initial est :</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/access_dialog.py" line="652" />
      <source>The account {} is disabled.</source>
      <translation>Le compte {} est désactivé.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/access_dialog.py" line="651" />
      <source>The account {} is enabled.</source>
      <translation>Le compte {} est réactivé.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/access_dialog.py" line="619" />
      <source>The account {} was created.</source>
      <translation>Le compte {} a été créé.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/access_dialog.py" line="631" />
      <source>The account {} was saved.</source>
      <translation>Le compte {} a été enregistré.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/prevention.py" line="83" />
      <source>The action's period is not valid: its end comes before its start.</source>
      <translation>La période de l'action n'est pas valable : sa fin précède son début.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/processing/analysis/prevention_action.py" line="114" />
      <source>The area of the action</source>
      <translation>La zone de l'action</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/reports/atlas_export.py" line="202" />
      <source>The atlas has no page.</source>
      <translation>L'atlas n'a aucune page.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/reports/cli.py" line="165" />
      <source>The atlas needs QGIS: start the command with gpsu_plugin.cli.</source>
      <translation>L'atlas nécessite QGIS : lancez la commande avec gpsu_plugin.cli.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/reports/atlas_export.py" line="199" />
      <source>The atlas of the layout "{}" has no coverage layer.</source>
      <translation>L'atlas de la mise en page « {} » n'a pas de couche de couverture.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/prevention.py" line="85" />
      <source>The buffer must be between 0 and 5,000 metres.</source>
      <translation>La zone tampon doit mesurer entre 0 et 5 000 mètres.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/reports/dls.py" line="475" />
      <source>The busiest hour is {day} {hour}:00-{next}:00; the busiest day is {busiest_day}.</source>
      <translation>L'heure la plus chargée est le {day} de {hour}:00 à {next}:00 ; le jour le plus chargé est le {busiest_day}.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/case_detail.py" line="782" />
      <source>The case</source>
      <translation>Le dossier</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/dberrors.py" line="25" />
      <source>The case still has open tasks: each service must finish its task first.</source>
      <translation>Le dossier a encore des tâches ouvertes : chaque service doit d'abord terminer la sienne.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/statistics_dock.py" line="117" />
      <source>The chart to show</source>
      <translation>Le graphique à afficher</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/schools.py" line="619" />
      <source>The code "{}" is not valid (at most 20 characters, no spaces).</source>
      <translation>Le code « {} » n’est pas valable (20 caractères au plus, sans espace).</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/schools.py" line="617" />
      <source>The code is missing.</source>
      <translation>Le code manque.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/schools.py" line="621" />
      <source>The code {code} already appears on row {row} of the file.</source>
      <translation>Le code {code} figure déjà à la ligne {row} du fichier.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/processing/analysis/prevention_action.py" line="220" />
      <source>The comparison area</source>
      <translation>La zone de comparaison</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/incident_dock.py" line="46" />
      <location filename="../gpsu_plugin/core/dberrors.py" line="38" />
      <source>The connection to the database was lost: nothing was saved. Your entry is kept; save it again when the connection is back.</source>
      <translation>La connexion à la base de données a été perdue : rien n'a été enregistré. Votre encodage est conservé ; enregistrez-le à nouveau quand la connexion sera rétablie.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/session.py" line="43" />
      <source>The connection was cancelled: no password was given.</source>
      <translation>La connexion a été annulée : aucun mot de passe n'a été fourni.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/migrations.py" line="133" />
      <source>The coordinate reference system must be an EPSG code such as 31370.</source>
      <translation>Le système de coordonnées de référence doit être un code EPSG, par exemple 31370.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/schools.py" line="511" />
      <source>The coordinates are missing.</source>
      <translation>Les coordonnées manquent.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/schools.py" line="515" />
      <source>The coordinates are not numbers: "{x}", "{y}"</source>
      <translation>Les coordonnées ne sont pas des nombres : « {x} », « {y} »</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/schools.py" line="527" />
      <source>The coordinates cannot be converted to the database's CRS.</source>
      <translation>Les coordonnées ne peuvent pas être converties dans le SCR de la base de données.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/access_dialog.py" line="110" />
      <source>The current password stops working after this day</source>
      <translation>Le mot de passe actuel ne fonctionne plus après ce jour</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/migrations.py" line="227" />
      <source>The database already uses EPSG:{}; its CRS cannot be changed by an upgrade.</source>
      <translation>La base de données utilise déjà EPSG:{} ; son SCR ne peut pas être modifié par une mise à jour.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/database.py" line="53" />
      <source>The database does not exist on this server ({}).</source>
      <translation>La base de données n'existe pas sur ce serveur ({}).</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/processing/analysis/base.py" line="110" />
      <source>The database refused the analysis: {}</source>
      <translation>La base de données a refusé l'analyse : {}</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/dberrors.py" line="47" />
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
      <location filename="../gpsu_plugin/core/migrations.py" line="198" />
      <source>The database schema is at version {}.</source>
      <translation>Le schéma de la base de données est à la version {}.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/database.py" line="58" />
      <source>The database server cannot be reached ({}). Check the host, the port and the network.</source>
      <translation>Le serveur de base de données est injoignable ({}). Vérifiez l'hôte, le port et le réseau.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/prevention.py" line="242" />
      <source>The displacement quotient is not defined: the target area did not improve.</source>
      <translation>Le quotient de déplacement n'est pas défini : la zone cible ne s'est pas améliorée.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/processing/analysis/clusters.py" line="80" />
      <source>The distance must be positive and the minimum number of incidents at least 1.</source>
      <translation>La distance doit être positive et le nombre minimal de faits au moins égal à 1.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/schools.py" line="127" />
      <source>The document was refused: {}</source>
      <translation>Le document a été refusé : {}</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/reports/layouts.py" line="889" />
      <source>The documents themselves are confidential: open them in GPS-U with the rights to do so.</source>
      <translation>Les documents eux-mêmes sont confidentiels : ouvrez-les dans GPS-U avec les droits nécessaires.</translation>
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
      <location filename="../gpsu_plugin/gui/dls_dialog.py" line="59" />
      <location filename="../gpsu_plugin/reports/cli.py" line="61" />
      <source>The end of the period comes before its start.</source>
      <translation>La fin de la période précède son début.</translation>
    </message>
    <message>
      <source>The end of the period must come after its start.</source>
      <translation type="obsolete">La fin de la période doit se situer après son début.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/reports/atlas_export.py" line="51" />
      <source>The export was cancelled.</source>
      <translation>L'export a été annulé.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/reports/new_facts.py" line="215" />
      <source>The facts of the report could not be read.</source>
      <translation>Les faits du rapport n'ont pas pu être lus.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/audit_dock.py" line="278" />
      <location filename="../gpsu_plugin/gui/schools_dock.py" line="497" />
      <location filename="../gpsu_plugin/gui/statistics_dock.py" line="562" />
      <location filename="../gpsu_plugin/gui/statistics_dock.py" line="579" />
      <source>The file could not be written: {}</source>
      <translation>Le fichier n’a pas pu être écrit : {}</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/schools.py" line="122" />
      <source>The file is larger than the limit the administrator set.</source>
      <translation>Le fichier dépasse la taille fixée par l’administrateur.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/schools.py" line="126" />
      <location filename="../gpsu_plugin/core/schools.py" line="756" />
      <source>The file name must not contain a folder.</source>
      <translation>Le nom du fichier ne peut pas contenir de dossier.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/schools.py" line="124" />
      <source>The file was damaged on its way to the database (checksum mismatch); try again.</source>
      <translation>Le fichier a été endommagé en route vers la base de données (empreinte différente) ; réessayez.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/processing/analysis/prevention_action.py" line="108" />
      <source>The first and the last day of the action are required.</source>
      <translation>Le premier et le dernier jour de l'action sont obligatoires.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/reports/atlas_export.py" line="192" />
      <source>The folder {} does not exist.</source>
      <translation>Le dossier {} n'existe pas.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/schools.py" line="519" />
      <source>The geometry is missing or unreadable.</source>
      <translation>La géométrie manque ou est illisible.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/schools.py" line="506" />
      <source>The geometry is missing.</source>
      <translation>La géométrie manque.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/processing/analysis/emerging_hotspots.py" line="182" />
      <location filename="../gpsu_plugin/processing/analysis/hotspots.py" line="168" />
      <source>The grid would have more than two million cells; choose larger cells.</source>
      <translation>La grille compterait plus de deux millions de cellules ; choisissez des cellules plus grandes.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/processing/analysis/emerging_hotspots.py" line="198" />
      <location filename="../gpsu_plugin/processing/analysis/hotspots.py" line="188" />
      <source>The hot spot statistic cannot be computed: {}.</source>
      <translation>La statistique des points chauds ne peut pas être calculée : {}.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/credentials.py" line="32" />
      <source>The keyring cannot be used: {}</source>
      <translation>Le trousseau de clés ne peut pas être utilisé : {}</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/reports/atlas_export.py" line="281" />
      <source>The layer "{}" could not be read from the database.</source>
      <translation>La couche « {} » n'a pas pu être lue dans la base de données.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/reports/layouts.py" line="1048" />
      <source>The layout "{}" could not be added to the project.</source>
      <translation>La mise en page « {} » n'a pas pu être ajoutée au projet.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/reports/atlas_export.py" line="289" />
      <source>The layout could not be copied for the export.</source>
      <translation>La mise en page n'a pas pu être copiée pour l'export.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/reports/layouts.py" line="968" />
      <source>The layout template could not be written to {}.</source>
      <translation>Le modèle de mise en page n'a pas pu être écrit dans {}.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/reports/layouts.py" line="979" />
      <source>The layout template {} could not be read.</source>
      <translation>Le modèle de mise en page {} n'a pas pu être lu.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/reports/layouts.py" line="984" />
      <location filename="../gpsu_plugin/reports/layouts.py" line="988" />
      <source>The layout template {} is not a valid QGIS template.</source>
      <translation>Le modèle de mise en page {} n'est pas un modèle QGIS valide.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/atlas_dialog.py" line="69" />
      <source>The layouts are added to the project: open them in the Layout Manager to change them. The PDF is made in the background; you can go on working.</source>
      <translation>Les mises en page sont ajoutées au projet : ouvrez-les dans le gestionnaire de mises en page pour les modifier. Le PDF est créé en arrière-plan ; vous pouvez continuer à travailler.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/schools.py" line="529" />
      <source>The location ({x:.1f}, {y:.1f}) is outside the area covered by the database's CRS: check the columns and the CRS of the coordinates.</source>
      <translation>La position ({x:.1f}, {y:.1f}) est hors de la zone couverte par le SCR de la base de données : vérifiez les colonnes et le SCR des coordonnées.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/cli.py" line="96" />
      <source>The logo is set: it appears on the cover of every report.</source>
      <translation>Le logo est enregistré : il figure sur la couverture de chaque rapport.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/reports/new_facts.py" line="124" />
      <source>The logo must be a PNG or JPEG image.</source>
      <translation>Le logo doit être une image PNG ou JPEG.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/reports/new_facts.py" line="126" />
      <source>The logo must not exceed 512 kB.</source>
      <translation>Le logo ne peut pas dépasser 512 ko.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/reports/dls.py" line="429" />
      <source>The map could not be drawn.</source>
      <translation>La carte n'a pas pu être dessinée.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/statistics_dock.py" line="366" />
      <source>The map's extent cannot be expressed in the database's coordinates.</source>
      <translation>L'emprise de la carte ne peut pas être exprimée dans les coordonnées de la base de données.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/statistics_dock.py" line="369" />
      <source>The map's extent is empty.</source>
      <translation>L'emprise de la carte est vide.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/statistics_dock.py" line="73" />
      <source>The monthly series covers the {months} months up to the end of the period.</source>
      <translation>La série mensuelle couvre les {months} mois jusqu'à la fin de la période.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/processing/analysis/period_comparison.py" line="226" />
      <source>The municipality has no district to compare.</source>
      <translation>La commune n'a aucune section à comparer.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/schools.py" line="625" />
      <source>The name is missing.</source>
      <translation>Le nom manque.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/processing/analysis/near_repeat.py" line="213" />
      <source>The near repeat analysis needs at least two incidents.</source>
      <translation>L'analyse de répétition proche demande au moins deux faits.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/processing/analysis/emerging_hotspots.py" line="179" />
      <location filename="../gpsu_plugin/processing/analysis/hotspots.py" line="165" />
      <source>The neighbourhood distance must be at least the cell size, or cells would have no neighbour.</source>
      <translation>La distance de voisinage doit être au moins égale à la taille des cellules, sinon les cellules n'auraient aucune voisine.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/change_password_dialog.py" line="117" />
      <source>The new password still needs:</source>
      <translation>Il manque encore au nouveau mot de passe :</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/schools.py" line="632" />
      <source>The number of pupils</source>
      <translation>Le nombre d’élèves</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/processing/analysis/near_repeat.py" line="197" />
      <source>The number of simulations must be between 19 and 999.</source>
      <translation>Le nombre de simulations doit être compris entre 19 et 999.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/schools.py" line="634" />
      <source>The number of staff</source>
      <translation>Le nombre de personnels</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/processing/analysis/emerging_hotspots.py" line="163" />
      <source>The number of time slices must be between 4 and 24.</source>
      <translation>Le nombre de tranches de temps doit être compris entre 4 et 24.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/reports/dls.py" line="533" />
      <source>The numbers come from the same queries as the Statistics panel and the Processing analyses of GPS-U, so that they can be checked there.</source>
      <translation>Les chiffres viennent des mêmes requêtes que le panneau Statistiques et les analyses Processing de GPS-U, où ils peuvent être vérifiés.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/reports/dls.py" line="121" />
      <source>The numbers of the report could not be read.</source>
      <translation>Les chiffres du rapport n'ont pas pu être lus.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/credentials.py" line="42" />
      <source>The password cannot be kept in the keyring. {}</source>
      <translation>Le mot de passe ne peut pas être conservé dans le trousseau de clés. {}</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/dberrors.py" line="29" />
      <source>The password could not be set.</source>
      <translation>Le mot de passe n'a pas pu être enregistré.</translation>
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
      <location filename="../gpsu_plugin/processing/analysis/prevention_action.py" line="196" />
      <source>The periods before and after overlap.</source>
      <translation>Les périodes avant et après se chevauchent.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/processing/analysis/period_comparison.py" line="234" />
      <source>The periods have different lengths: the test compares rates, but the counts and percentages are not adjusted.</source>
      <translation>Les périodes ont des durées différentes : le test compare des taux, mais les comptages et pourcentages ne sont pas ajustés.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/access_dialog.py" line="111" />
      <source>The person must choose a new password at the next sign-in</source>
      <translation>La personne doit choisir un nouveau mot de passe à sa prochaine connexion</translation>
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
      <location filename="../gpsu_plugin/reports/dls.py" line="530" />
      <source>The previous period has the same length and ends where the period starts (whole months stay whole months).</source>
      <translation>La période précédente a la même durée et se termine où la période commence (des mois entiers restent des mois entiers).</translation>
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
      <location filename="../gpsu_plugin/core/project.py" line="211" />
      <source>The project could not be written to {}: {}</source>
      <translation>Le projet n'a pas pu être écrit dans {} : {}</translation>
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
      <location filename="../gpsu_plugin/gui/dls_dialog.py" line="26" />
      <source>The report compares the period with the previous period of the same length: facts per category and section, their change, the rhythms of the week, handling times, hot spots and a map.</source>
      <translation>Le rapport compare la période avec la période précédente de même durée : faits par catégorie et par section, leur évolution, les rythmes de la semaine, les délais de traitement, les points chauds et une carte.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/reports/new_facts.py" line="760" />
      <source>The report could not be recorded in the database.</source>
      <translation>Le rapport n'a pas pu être enregistré dans la base de données.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/reports/dls.py" line="311" />
      <location filename="../gpsu_plugin/reports/dls.py" line="659" />
      <location filename="../gpsu_plugin/reports/new_facts.py" line="524" />
      <source>The report was cancelled.</source>
      <translation>Le rapport a été annulé.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/reports/cli.py" line="171" />
      <source>The resolution must lie between 50 and 600 dpi.</source>
      <translation>La résolution doit être comprise entre 50 et 600 dpi.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/schools_dock.py" line="58" />
      <source>The same type and title as an existing document make a new version of it.</source>
      <translation>Le même type et le même titre qu’un document existant en font une nouvelle version.</translation>
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
      <location filename="../gpsu_plugin/reports/dls.py" line="508" />
      <source>The squares of {size:.0f} m with the most concentrated facts: the Hot spots analysis (Getis-Ord Gi* over a grid, neighbours within 1.5 cells, p-values corrected for the false discovery rate); when fewer than ten are significant, the busiest squares follow.</source>
      <translation>Les carrés de {size:.0f} m où les faits sont le plus concentrés : l'analyse des points chauds (Getis-Ord Gi* sur une grille, voisins à moins de 1,5 case, valeurs p corrigées du taux de fausses découvertes) ; quand moins de dix sont significatifs, les carrés les plus chargés suivent.</translation>
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
      <location filename="../gpsu_plugin/gui/statistics_dock.py" line="333" />
      <location filename="../gpsu_plugin/reports/layouts.py" line="115" />
      <location filename="../gpsu_plugin/reports/new_facts.py" line="155" />
      <location filename="../gpsu_plugin/core/analysis_filters.py" line="42" />
      <location filename="../gpsu_plugin/core/statistics.py" line="65" />
      <source>The start of the period must be before its end.</source>
      <translation>Le début de la période doit précéder sa fin.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/prevention.py" line="235" />
      <source>The target area improved significantly relative to the comparison area (RES {:.2f}).</source>
      <translation>La zone cible s'est améliorée significativement par rapport à la zone de comparaison (RES {:.2f}).</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/prevention.py" line="237" />
      <source>The target area worsened significantly relative to the comparison area (RES {:.2f}).</source>
      <translation>La zone cible s'est dégradée significativement par rapport à la zone de comparaison (RES {:.2f}).</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/case_detail.py" line="784" />
      <source>The task of {}</source>
      <translation>La tâche de {}</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/access_dialog.py" line="384" />
      <source>The temporary password of {} is:</source>
      <translation>Le mot de passe temporaire de {} est :</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/dberrors.py" line="21" />
      <location filename="../gpsu_plugin/core/incidents.py" line="194" />
      <source>The time of the fact cannot be in the future.</source>
      <translation>Le moment du fait ne peut pas se situer dans le futur.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/access.py" line="138" />
      <source>The two passwords differ.</source>
      <translation>Les deux mots de passe sont différents.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/database.py" line="51" />
      <source>The user name is not known to the server ({}).</source>
      <translation>Le nom d'utilisateur est inconnu du serveur ({}).</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/incidents.py" line="196" />
      <source>The window must start before it ends.</source>
      <translation>La période doit commencer avant de se terminer.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/statistics.py" line="67" />
      <source>The zone is empty.</source>
      <translation>La zone est vide.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/audit_dock.py" line="242" />
      <source>The {} most recent entries: narrow the filters to see older ones.</source>
      <translation>Les {} entrées les plus récentes : affinez les filtres pour voir les plus anciennes.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/case_detail.py" line="597" />
      <source>Their changes:</source>
      <translation>Modifications apportées :</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/incident_dock.py" line="198" />
      <source>Then click the place of the fact on the map; click again to move it.</source>
      <translation>Cliquez ensuite sur le lieu du fait sur la carte ; cliquez à nouveau pour le déplacer.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/schools.py" line="419" />
      <location filename="../gpsu_plugin/core/schools.py" line="434" />
      <source>These columns are not in the file: {}</source>
      <translation>Ces colonnes ne figurent pas dans le fichier : {}</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/cases.py" line="262" />
      <source>These fields cannot be changed here: {}</source>
      <translation>Ces champs ne peuvent pas être modifiés ici : {}</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/reports/layouts.py" line="463" />
      <source>These layers of the atlas could not be read from the database: {}.</source>
      <translation>Ces couches de l'atlas n'ont pas pu être lues dans la base de données : {}.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/atlas_dialog.py" line="174" />
      <source>This PDF is already being made.</source>
      <translation>Ce PDF est déjà en cours de création.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/ppms_editor.py" line="228" />
      <source>This PPMS has changes that are not saved. Save them before leaving it?</source>
      <translation>Ce PPMS contient des modifications non enregistrées. Les enregistrer avant de le quitter ?</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/schools.py" line="1014" />
      <source>This PPMS no longer exists.</source>
      <translation>Ce PPMS n’existe plus.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/dberrors.py" line="30" />
      <source>This account cannot be created or changed.</source>
      <translation>Ce compte ne peut pas être créé ou modifié.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/migrations.py" line="107" />
      <location filename="../gpsu_plugin/core/session.py" line="59" />
      <source>This account has no GPS-U role yet: ask the GPS-U administrator to grant one.</source>
      <translation>Ce compte n'a encore aucun rôle GPS-U : demandez à l'administrateur GPS-U de vous en attribuer un.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/database.py" line="48" />
      <source>This account is disabled: ask the GPS-U administrator ({}).</source>
      <translation>Ce compte est désactivé : adressez-vous à l'administrateur GPS-U ({}).</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/case_detail.py" line="699" />
      <source>This attachment does not exist (any more).</source>
      <translation>Cette pièce jointe n'existe pas (ou plus).</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/cases.py" line="179" />
      <location filename="../gpsu_plugin/core/cases.py" line="244" />
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
      <location filename="../gpsu_plugin/core/schools.py" line="120" />
      <location filename="../gpsu_plugin/core/schools.py" line="723" />
      <location filename="../gpsu_plugin/core/schools.py" line="807" />
      <source>This document does not exist or you may not read it.</source>
      <translation>Ce document n’existe pas ou vous ne pouvez pas le lire.</translation>
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
      <location filename="../gpsu_plugin/core/access.py" line="190" />
      <source>This login name is already taken on the server.</source>
      <translation>Cet identifiant est déjà pris sur le serveur.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/access.py" line="66" />
      <source>This password is too weak. It needs: {}.</source>
      <translation>Ce mot de passe est trop faible. Il faut : {}.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/change_password_dialog.py" line="123" />
      <source>This password meets the rules.</source>
      <translation>Ce mot de passe respecte les règles.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/access_dialog.py" line="403" />
      <source>This password will not be shown again.</source>
      <translation>Ce mot de passe ne sera plus jamais affiché.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/incident_dock.py" line="485" />
      <location filename="../gpsu_plugin/gui/point_tool.py" line="46" />
      <source>This place cannot be converted to the database's coordinate system.</source>
      <translation>Cet endroit ne peut pas être converti dans le système de coordonnées de la base de données.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/schools.py" line="198" />
      <location filename="../gpsu_plugin/core/schools.py" line="247" />
      <location filename="../gpsu_plugin/core/schools.py" line="850" />
      <source>This school does not exist (any more).</source>
      <translation>Cet établissement n’existe pas (ou plus).</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/dberrors.py" line="27" />
      <source>This task belongs to another case.</source>
      <translation>Cette tâche appartient à un autre dossier.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/case_detail.py" line="514" />
      <location filename="../gpsu_plugin/core/cases.py" line="306" />
      <source>This task does not exist (any more).</source>
      <translation>Cette tâche n'existe pas (ou plus).</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/case_detail.py" line="682" />
      <source>This task's status can no longer change.</source>
      <translation>Le statut de cette tâche ne peut plus changer.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/schools.py" line="123" />
      <source>This type of file is not accepted.</source>
      <translation>Ce type de fichier n’est pas accepté.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/statistics_dock.py" line="123" />
      <source>This year</source>
      <translation>Cette année</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/processing/analysis/time_profile.py" line="42" />
      <source>Thursday</source>
      <translation>Jeudi</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/access_dialog.py" line="316" />
      <source>Tick the School editor role to choose schools.</source>
      <translation>Cochez le rôle Éditeur d'établissement pour choisir des établissements.</translation>
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
      <location filename="../gpsu_plugin/gui/case_detail.py" line="429" />
      <source>Timeline ({})</source>
      <translation>Historique ({})</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/schools_dock.py" line="59" />
      <location filename="../gpsu_plugin/processing/analysis/prevention_action.py" line="90" />
      <location filename="../gpsu_plugin/reports/layouts.py" line="881" />
      <source>Title</source>
      <translation>Titre</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/dls_dialog.py" line="40" />
      <source>To (included)</source>
      <translation>Au (inclus)</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/access_dialog.py" line="107" />
      <source>To change</source>
      <translation>À changer</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/charts.py" line="37" />
      <source>Top districts</source>
      <translation>Sections les plus touchées</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/reports/dls.py" line="506" />
      <source>Top hot spots</source>
      <translation>Principaux points chauds</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/schools.py" line="891" />
      <source>Torches</source>
      <translation>Lampes de poche</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/reports/dls.py" line="450" />
      <location filename="../gpsu_plugin/reports/dls.py" line="363" />
      <location filename="../gpsu_plugin/reports/dls.py" line="467" />
      <location filename="../gpsu_plugin/core/statistics.py" line="213" />
      <source>Total</source>
      <translation>Total</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/processing/analysis/time_profile.py" line="97" />
      <source>Total weight {total:.3f} for {n} incidents.</source>
      <translation>Poids total {total:.3f} pour {n} faits.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/schools_dock.py" line="96" />
      <source>Town</source>
      <translation>Commune</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/schools.py" line="884" />
      <source>Transport of hazardous materials</source>
      <translation>Transport de matières dangereuses</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/statistics.py" line="309" />
      <source>Trend</source>
      <translation>Tendance</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/charts.py" line="209" />
      <source>Trend (12-month moving average)</source>
      <translation>Tendance (moyenne mobile sur 12 mois)</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/incident_dock.py" line="112" />
      <source>Try again</source>
      <translation>Réessayer</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/processing/analysis/time_profile.py" line="42" />
      <source>Tuesday</source>
      <translation>Mardi</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/charts.py" line="34" />
      <source>Two phenomena compared</source>
      <translation>Deux phénomènes comparés</translation>
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
      <translation>Erreur inattendue : {}</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/profile.py" line="69" />
      <source>Unknown SSL mode.</source>
      <translation>Mode SSL inconnu.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/statistics_dock.py" line="76" />
      <source>Unknown chart "{}".</source>
      <translation>Graphique inconnu « {} ».</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/schools.py" line="771" />
      <source>Unknown document type: {}</source>
      <translation>Type de document inconnu : {}</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/statistics.py" line="490" />
      <source>Unknown grouping "{}".</source>
      <translation>Regroupement inconnu « {} ».</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/reports/layouts.py" line="98" />
      <source>Unknown layout "{}": choose district, hotspots, schools or poster.</source>
      <translation>Mise en page « {} » inconnue : choisissez district, hotspots, schools ou poster.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/profile.py" line="71" />
      <source>Unknown password storage.</source>
      <translation>Mode de conservation du mot de passe inconnu.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/access.py" line="184" />
      <source>Unknown role: {}</source>
      <translation>Rôle inconnu : {}</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/analysis_filters.py" line="40" />
      <source>Unknown status filter "{}".</source>
      <translation>Filtre de statut inconnu : « {} ».</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/statistics.py" line="167" />
      <location filename="../gpsu_plugin/core/statistics.py" line="400" />
      <source>Unknown time step "{}".</source>
      <translation>Pas de temps inconnu « {} ».</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/case_detail.py" line="43" />
      <source>Updated</source>
      <translation>Modifié</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/schools_dock.py" line="574" />
      <source>Uploading school documents</source>
      <translation>Dépôt de documents d’établissement</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/layers.py" line="80" />
      <source>Urgent</source>
      <translation>Urgente</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/incident_dock.py" line="201" />
      <source>Use the centre of the map view as the place of the fact.</source>
      <translation>Utiliser le centre de la vue de la carte comme lieu du fait.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/statistics_dock.py" line="175" />
      <source>Use the map's current extent as the zone (updated when the map moves) and the categories of the "Incidents by category" layer's filter, if any</source>
      <translation>Prendre comme zone l'emprise actuelle de la carte (mise à jour quand la carte bouge) et les catégories du filtre de la couche « Incidents par catégorie », s'il y en a un</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/incident_dock.py" line="204" />
      <source>Use the position of the GPS connected to QGIS (GPS Information panel).</source>
      <translation>Utiliser la position du GPS connecté à QGIS (panneau Informations GPS).</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/connection_dialog.py" line="77" />
      <source>User</source>
      <translation>Utilisateur</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/reports/ppms.py" line="103" />
      <source>Value</source>
      <translation>Valeur</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/schools_dock.py" line="220" />
      <location filename="../gpsu_plugin/reports/layouts.py" line="882" />
      <source>Version</source>
      <translation>Version</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/reports/layouts.py" line="854" />
      <location filename="../gpsu_plugin/core/schools.py" line="97" />
      <source>Vocational school</source>
      <translation>Lycée professionnel</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/schools.py" line="106" />
      <source>Water cut-off</source>
      <translation>Coupure eau</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/processing/analysis/time_profile.py" line="42" />
      <source>Wednesday</source>
      <translation>Mercredi</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/incident_dock.py" line="223" />
      <source>What</source>
      <translation>Quoi</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/case_detail.py" line="768" />
      <source>What the service is asked to do</source>
      <translation>Ce qui est demandé au service</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/incident_dock.py" line="234" />
      <location filename="../gpsu_plugin/gui/incident_dock.py" line="241" />
      <source>What was seen</source>
      <translation>Ce qui a été constaté</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/alerts_inbox.py" line="188" />
      <location filename="../gpsu_plugin/gui/audit_dock.py" line="84" />
      <location filename="../gpsu_plugin/gui/incident_dock.py" line="248" />
      <location filename="../gpsu_plugin/core/access.py" line="313" />
      <source>When</source>
      <translation>Quand</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/reports/dls.py" line="444" />
      <source>When: hour of day x day of week</source>
      <translation>Quand : heure du jour x jour de la semaine</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/incident_dock.py" line="190" />
      <source>Where</source>
      <translation>Où</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/audit_dock.py" line="84" />
      <location filename="../gpsu_plugin/core/access.py" line="313" />
      <source>Who</source>
      <translation>Qui</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/audit_dock.py" line="149" />
      <source>Who (exact login)</source>
      <translation>Qui (identifiant exact)</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/statistics_dock.py" line="138" />
      <source>Whole territory</source>
      <translation>Tout le territoire</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/schools_dock.py" line="97" />
      <source>X or longitude</source>
      <translation>X ou longitude</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/incident_dock.py" line="510" />
      <source>X {x} – Y {y} (EPSG:{srid})</source>
      <translation>X {x} – Y {y} (EPSG:{srid})</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/schools_dock.py" line="97" />
      <source>Y or latitude</source>
      <translation>Y ou latitude</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/access_dialog.py" line="166" />
      <location filename="../gpsu_plugin/gui/case_detail.py" line="362" />
      <source>Yes</source>
      <translation>Oui</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/cases_dock.py" line="190" />
      <source>You are not a member of any service yet.</source>
      <translation>Vous ne faites encore partie d'aucun service.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/cases_dock.py" line="288" />
      <source>You are not a member of any service: choose "All services".</source>
      <translation>Vous ne faites partie d'aucun service : choisissez « Tous les services ».</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/dberrors.py" line="31" />
      <source>You are not allowed to do this.</source>
      <translation>Vous n'êtes pas autorisé à effectuer cette opération.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/access.py" line="192" />
      <source>You cannot remove your own administrator role or disable your own account.</source>
      <translation>Vous ne pouvez pas retirer votre propre rôle d'administrateur ni désactiver votre propre compte.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/incident_dock.py" line="308" />
      <source>Your account cannot log facts: ask the GPS-U administrator for the field officer or service handler role.</source>
      <translation>Votre compte ne peut pas enregistrer de faits : demandez à l'administrateur GPS-U le rôle d'agent de terrain ou de gestionnaire de service.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/access_dialog.py" line="564" />
      <source>Your account does not have the Administrator role. Ask the GPS-U administrator if an account must be created or changed.</source>
      <translation>Votre compte n'a pas le rôle Administrateur. Adressez-vous à l'administrateur GPS-U si un compte doit être créé ou modifié.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/dberrors.py" line="28" />
      <source>Your account is not allowed to do this.</source>
      <translation>Votre compte n'est pas autorisé à faire ceci.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/sign_in.py" line="31" />
      <source>Your password expires in {} day(s).</source>
      <translation>Votre mot de passe expire dans {} jour(s).</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/session.py" line="66" />
      <source>Your password must be changed before you can use GPS-U.</source>
      <translation>Votre mot de passe doit être changé avant de pouvoir utiliser GPS-U.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/change_password_dialog.py" line="54" />
      <source>Your password must be changed before you can use GPS-U. If you cancel, you will be disconnected.</source>
      <translation>Votre mot de passe doit être changé avant de pouvoir utiliser GPS-U. Si vous annulez, vous serez déconnecté.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/sign_in.py" line="50" />
      <source>Your password was changed.</source>
      <translation>Votre mot de passe a été changé.</translation>
    </message>
    <message>
      <source>Your text, kept: «{}»</source>
      <translation type="obsolete">Votre texte, conservé : « {} »</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/case_detail.py" line="601" />
      <source>Your text, kept: “{}”</source>
      <translation>Votre texte, conservé : « {} »</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/statistics_dock.py" line="144" />
      <source>Zone</source>
      <translation>Zone</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/processing/analysis/prevention_action.py" line="183" />
      <source>Zones of the evaluation</source>
      <translation>Zones de l'évaluation</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/schools_dock.py" line="200" />
      <source>Zoom</source>
      <translation>Zoomer</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/reports/cli.py" line="39" />
      <source>add a map extract to each fact (starts QGIS)</source>
      <translation>ajouter un extrait de carte à chaque fait (lance QGIS)</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/reports/cli.py" line="49" />
      <source>add the territory map (starts QGIS)</source>
      <translation>ajouter la carte du territoire (démarre QGIS)</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/analysis_filters.py" line="108" />
      <source>all incidents</source>
      <translation>tous les faits</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/reports/cli.py" line="75" />
      <source>an atlas or the poster, made by QGIS (PDF)</source>
      <translation>un atlas ou l'affiche, réalisés par QGIS (PDF)</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/incident_dock.py" line="255" />
      <source>and</source>
      <translation>et</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/tables.py" line="37" />
      <source>any date</source>
      <translation>toute date</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/schools.py" line="925" />
      <source>at least one member with a phone number</source>
      <translation>au moins un membre avec un numéro de téléphone</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/schools.py" line="918" />
      <source>at least one risk</source>
      <translation>au moins un risque</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/processing/analysis/emerging_hotspots.py" line="199" />
      <source>at least three cells are needed</source>
      <translation>au moins trois cellules sont nécessaires</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/access.py" line="50" />
      <source>at least {} characters</source>
      <translation>au moins {} caractères</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/case_detail.py" line="334" />
      <location filename="../gpsu_plugin/reports/new_facts.py" line="270" />
      <source>between {start} and {end}</source>
      <translation>entre {start} et {end}</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/statistics_dock.py" line="391" />
      <source>categories: those of the "Incidents by category" layer's filter</source>
      <translation>catégories : celles du filtre de la couche « Incidents par catégorie »</translation>
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
      <location filename="../gpsu_plugin/reports/ppms.py" line="116" />
      <source>confidential document</source>
      <translation>document confidentiel</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/cli.py" line="29" />
      <source>database schema</source>
      <translation>schéma de la base de données</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/reports/dls.py" line="564" />
      <source>day</source>
      <translation>jour</translation>
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
      <location filename="../gpsu_plugin/reports/cli.py" line="77" />
      <source>district: a page per district; hotspots: a page per hot spot; schools: a page per school; poster: the territory on one A3 page (default: district)</source>
      <translation>district : une page par section ; hotspots : une page par point chaud ; schools : une page par établissement ; poster : le territoire sur une page A3 (par défaut : district)</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/reports/cli.py" line="38" />
      <source>do not remember this report (the next one starts at the same place)</source>
      <translation>ne pas mémoriser ce rapport (le prochain commencera au même point)</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/template_form.py" line="64" />
      <source>e.g. 1-ABC-234</source>
      <translation>p. ex. 1-ABC-234</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/case_detail.py" line="722" />
      <source>e.g. 2026-00042</source>
      <translation>p. ex. 2026-00042</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/case_detail.py" line="785" />
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
      <location filename="../gpsu_plugin/gui/access_dialog.py" line="198" />
      <source>e.g. jdupont</source>
      <translation>p. ex. jdupont</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/reports/cli.py" line="33" />
      <source>end, included: YYYY-MM-DD or YYYY-MM-DDTHH:MM (default: now)</source>
      <translation>fin, incluse : AAAA-MM-JJ ou AAAA-MM-JJTHH:MM (par défaut : maintenant)</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/reports/cli.py" line="80" />
      <source>first day: YYYY-MM-DD (default: 30 days before the last one)</source>
      <translation>premier jour : AAAA-MM-JJ (par défaut : 30 jours avant le dernier)</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/reports/cli.py" line="43" />
      <source>first day: YYYY-MM-DD (default: a year before the first day of this month)</source>
      <translation>premier jour : AAAA-MM-JJ (par défaut : un an avant le premier jour de ce mois)</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/reports/dls.py" line="141" />
      <location filename="../gpsu_plugin/reports/layouts.py" line="135" />
      <source>from {start} to {end}</source>
      <translation>du {start} au {end}</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/analysis_filters.py" line="103" />
      <source>from {}</source>
      <translation>du {}</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/cli.py" line="31" />
      <source>install or upgrade the GPS-U schema</source>
      <translation>installer ou mettre à jour le schéma GPS-U</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/reports/cli.py" line="85" />
      <source>language of the layout (default: the user's)</source>
      <translation>langue de la mise en page (par défaut : celle de l'utilisateur)</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/reports/cli.py" line="36" />
      <location filename="../gpsu_plugin/reports/cli.py" line="48" />
      <source>language of the report (default: the user's)</source>
      <translation>langue du rapport (par défaut : celle de l'utilisateur)</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/reports/cli.py" line="45" />
      <source>last day, included: YYYY-MM-DD (default: the last day of the previous month)</source>
      <translation>dernier jour, inclus : AAAA-MM-JJ (par défaut : le dernier jour du mois précédent)</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/reports/cli.py" line="81" />
      <source>last day, included: YYYY-MM-DD (default: today)</source>
      <translation>dernier jour, inclus : AAAA-MM-JJ (par défaut : aujourd'hui)</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/cli.py" line="26" />
      <source>libpq connection string, e.g. "service=gpsu" (default: $GPSU_DB)</source>
      <translation>chaîne de connexion libpq, p. ex. "service=gpsu" (par défaut : $GPSU_DB)</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/cli.py" line="37" />
      <source>load the reference services and categories</source>
      <translation>charger les services et catégories de référence</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/processing/analysis/near_repeat.py" line="224" />
      <source>m</source>
      <translation>m</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/reports/dls.py" line="564" />
      <source>month</source>
      <translation>mois</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/processing/analysis/period_comparison.py" line="114" />
      <source>more than +{:.0f} % (or facts only in period B)</source>
      <translation>plus de +{:.0f} % (ou faits uniquement en période B)</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/access_dialog.py" line="162" />
      <location filename="../gpsu_plugin/gui/access_dialog.py" line="168" />
      <source>never</source>
      <translation>jamais</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/reports/dls.py" line="146" />
      <source>new</source>
      <translation>nouveau</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/access.py" line="59" />
      <source>no common word or repeated characters</source>
      <translation>aucun mot courant ni caractères répétés</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/access_dialog.py" line="164" />
      <source>no limit</source>
      <translation>sans limite</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/access_dialog.py" line="115" />
      <source>no role</source>
      <translation>aucun rôle</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/processing/analysis/period_comparison.py" line="102" />
      <source>no significant change</source>
      <translation>pas d'évolution significative</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/charts.py" line="186" />
      <source>none closed</source>
      <translation>aucun clôturé</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/migrations.py" line="80" />
      <source>not installed</source>
      <translation>non installé</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/reports/dls.py" line="515" />
      <source>not significant</source>
      <translation>non significatif</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/access.py" line="57" />
      <source>not the login name</source>
      <translation>pas l'identifiant</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/cli.py" line="42" />
      <source>only count them</source>
      <translation>seulement les compter</translation>
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
      <location filename="../gpsu_plugin/reports/layouts.py" line="753" />
      <source>page {page} of {pages}</source>
      <translation>page {page} sur {pages}</translation>
    </message>
    <message>
      <source>projected CRS of a new installation (default 31370)</source>
      <translation type="obsolete">SCR projeté d'une nouvelle installation (par défaut : 31370)</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/cli.py" line="33" />
      <source>projected CRS of a new installation, as an EPSG code (default {})</source>
      <translation>SCR projeté d'une nouvelle installation, sous forme de code EPSG (par défaut : {})</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/cli.py" line="41" />
      <source>pseudonymise the closed cases older than the retention period (GDPR)</source>
      <translation>pseudonymiser les dossiers clôturés plus anciens que la durée de conservation (RGPD)</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/reports/cli.py" line="86" />
      <source>resolution of the heatmap and images (default 150)</source>
      <translation>résolution de la carte de chaleur et des images (par défaut : 150)</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/cli.py" line="38" />
      <source>set the municipality's logo on the reports' covers (PNG or JPEG)</source>
      <translation>définir le logo de la commune sur la couverture des rapports (PNG ou JPEG)</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/cli.py" line="36" />
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
      <location filename="../gpsu_plugin/reports/cli.py" line="31" />
      <source>start: YYYY-MM-DD or YYYY-MM-DDTHH:MM (default: the end of the previous report)</source>
      <translation>début : AAAA-MM-JJ ou AAAA-MM-JJTHH:MM (par défaut : la fin du rapport précédent)</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/cli.py" line="35" />
      <source>stop at this schema version</source>
      <translation>s'arrêter à cette version du schéma</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/statistics_dock.py" line="384" />
      <source>the "Incidents by category" layer has a filter GPS-U does not read: categories unchanged</source>
      <translation>la couche « Incidents par catégorie » a un filtre que GPS-U ne lit pas : catégories inchangées</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/reports/cli.py" line="41" />
      <source>the DLS statistics report (PDF), against the previous period</source>
      <translation>le rapport statistique DLS (PDF), comparé à la période précédente</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/schools.py" line="921" />
      <source>the confinement and evacuation signals</source>
      <translation>les signaux de mise à l’abri et d’évacuation</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/schools.py" line="927" />
      <source>the confinement arrangements</source>
      <translation>les dispositions de mise à l’abri</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/schools.py" line="931" />
      <source>the equipment available</source>
      <translation>le matériel disponible</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/schools.py" line="929" />
      <source>the evacuation arrangements</source>
      <translation>les dispositions d’évacuation</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/schools.py" line="916" />
      <source>the head of the school and a phone number</source>
      <translation>le chef d’établissement et un numéro de téléphone</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/cli.py" line="39" />
      <source>the image file</source>
      <translation>le fichier image</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/reports/cli.py" line="29" />
      <source>the new-facts report (PDF)</source>
      <translation>le rapport des nouveaux faits (PDF)</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/change_password_dialog.py" line="110" />
      <source>the same password typed twice</source>
      <translation>le même mot de passe saisi deux fois</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/access.py" line="54" />
      <source>three kinds of characters among lower case, upper case, digits and symbols</source>
      <translation>trois sortes de caractères parmi minuscules, majuscules, chiffres et symboles</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/atlas_dialog.py" line="56" />
      <location filename="../gpsu_plugin/gui/audit_dock.py" line="137" />
      <location filename="../gpsu_plugin/gui/cases_dock.py" line="90" />
      <location filename="../gpsu_plugin/gui/statistics_dock.py" line="133" />
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
      <location filename="../gpsu_plugin/reports/dls.py" line="564" />
      <source>week</source>
      <translation>semaine</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/statistics_dock.py" line="381" />
      <source>zone: the map's extent</source>
      <translation>zone : l'emprise de la carte</translation>
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
      <location filename="../gpsu_plugin/gui/statistics_dock.py" line="529" />
      <source>{cases} cases, {closed} closed.</source>
      <translation>{cases} dossiers, {closed} clôturés.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/processing/analysis/hotspots.py" line="210" />
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
      <location filename="../gpsu_plugin/reports/dls.py" line="287" />
      <source>{current} facts ({change} compared with the {previous} of the previous period)</source>
      <translation>{current} faits ({change} par rapport aux {previous} de la période précédente)</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/reports/dls.py" line="556" />
      <source>{days} days</source>
      <translation>{days} jours</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/reports/new_facts.py" line="268" />
      <source>{day}, between {start} and {end}</source>
      <translation>{day}, entre {start} et {end}</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/processing/analysis/period_comparison.py" line="257" />
      <source>{districts} districts: {up} significant increases, {down} significant decreases at 5 %.</source>
      <translation>{districts} sections : {up} hausses significatives, {down} baisses significatives au seuil de 5 %.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/reports/new_facts.py" line="512" />
      <source>{district} ({count})</source>
      <translation>{district} ({count})</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/statistics_dock.py" line="527" />
      <source>{facts} facts over {months} months.</source>
      <translation>{facts} faits sur {months} mois.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/statistics_dock.py" line="531" />
      <source>{facts} facts.</source>
      <translation>{facts} faits.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/schools_dock.py" line="392" />
      <source>{filename} · {size}
Added on {date} by {author}
SHA-256 {sha}</source>
      <translation>{filename} · {size}
Ajouté le {date} par {author}
SHA-256 {sha}</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/schools.py" line="321" />
      <source>{inserted} schools added, {updated} updated, {unchanged} unchanged, {rejected} rows rejected.</source>
      <translation>{inserted} établissements ajoutés, {updated} mis à jour, {unchanged} inchangés, {rejected} lignes rejetées.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/schools.py" line="462" />
      <source>{label} is not a number: "{value}"</source>
      <translation>{label} n’est pas un nombre : « {value} »</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/schools.py" line="464" />
      <source>{label} must be a whole number, zero or more: "{value}"</source>
      <translation>{label} doit être un nombre entier, zéro ou plus : « {value} »</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/reports/new_facts.py" line="278" />
      <source>{lat:.5f}° N, {lon:.5f}° E</source>
      <translation>{lat:.5f}° N, {lon:.5f}° E</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/processing/analysis/near_repeat.py" line="134" />
      <source>{lo:g}–{hi:g} {unit}</source>
      <translation>{lo:g}–{hi:g} {unit}</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/processing/analysis/monthly_series.py" line="71" />
      <source>{months} months: at least 24 are needed for a seasonal index; the seasonal index and the adjusted counts are left empty.</source>
      <translation>{months} mois : il en faut au moins 24 pour un indice saisonnier ; l'indice saisonnier et les nombres corrigés restent vides.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/reports/layouts.py" line="900" />
      <source>{municipality} – facts observed on the territory</source>
      <translation>{municipality} – faits constatés sur le territoire</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/reports/dls.py" line="284" />
      <source>{n} facts were observed during the previous period.</source>
      <translation>{n} faits ont été constatés pendant la période précédente.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/processing/analysis/monthly_series.py" line="52" />
      <location filename="../gpsu_plugin/processing/analysis/near_repeat.py" line="206" />
      <location filename="../gpsu_plugin/processing/analysis/time_profile.py" line="79" />
      <source>{n} incidents ({filters}).</source>
      <translation>{n} faits ({filters}).</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/processing/analysis/hotspots.py" line="170" />
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
      <location filename="../gpsu_plugin/reports/cli.py" line="67" />
      <source>{path}: {facts} facts against {previous} in the previous period, {pages} pages.</source>
      <translation>{path} : {facts} faits contre {previous} pendant la période précédente, {pages} pages.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/reports/cli.py" line="222" />
      <source>{path}: {facts} facts, {pages} pages ({period}).</source>
      <translation>{path} : {facts} faits, {pages} pages ({period}).</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/atlas_dialog.py" line="140" />
      <source>{path}: {pages} pages in {seconds:.0f} s.</source>
      <translation>{path} : {pages} pages en {seconds:.0f} s.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/reports/cli.py" line="183" />
      <source>{path}: {pages} pages in {seconds:.1f} s ({per_page:.2f} s a page), {period}.</source>
      <translation>{path} : {pages} pages en {seconds:.1f} s ({per_page:.2f} s par page), {period}.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/reports/layouts.py" line="827" />
      <source>{total} facts within {distance} m of each other, {open} of them still open</source>
      <translation>{total} faits à moins de {distance} m les uns des autres, dont {open} encore en cours</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/reports/layouts.py" line="796" />
      <location filename="../gpsu_plugin/reports/layouts.py" line="907" />
      <source>{total} facts, {open} of them still open</source>
      <translation>{total} faits, dont {open} encore en cours</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/case_detail.py" line="447" />
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
      <location filename="../gpsu_plugin/core/cases.py" line="252" />
      <source>{who} changed this case while you were editing it; your changes were not saved and are kept in the form. Review theirs, then save again.</source>
      <translation>{who} a modifié ce dossier pendant que vous le modifiiez ; vos modifications n'ont pas été enregistrées et sont conservées dans le formulaire. Vérifiez les siennes, puis enregistrez à nouveau.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/processing/analysis/prevention_action.py" line="249" />
      <source>{zone}: {before} before, {after} after.</source>
      <translation>{zone} : {before} avant, {after} après.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/access_dialog.py" line="237" />
      <source>{} (inactive)</source>
      <translation>{} (inactif)</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/messages.py" line="54" />
      <source>{} MB</source>
      <translation>{} Mo</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/access_dialog.py" line="544" />
      <source>{} account(s), {} disabled</source>
      <translation>{} compte(s), {} désactivé(s)</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/messages.py" line="51" />
      <source>{} bytes</source>
      <translation>{} octets</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/access_dialog.py" line="690" />
      <source>{} case(s) pseudonymised.</source>
      <translation>{} dossier(s) pseudonymisé(s).</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/cases_dock.py" line="294" />
      <source>{} cases</source>
      <translation>{} dossiers</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/cases_dock.py" line="292" />
      <source>{} cases shown, more in the database</source>
      <translation>{} dossiers affichés, d'autres dans la base de données</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/access_dialog.py" line="681" />
      <source>{} closed case(s) are older than the retention period. Their personal details (description, place, reporter, comments, photos) will be removed for good; the statistics are kept. Continue?</source>
      <translation>{} dossier(s) clôturé(s) dépasse(nt) la durée de conservation. Leurs données personnelles (description, lieu, déclarant, commentaires, photos) seront supprimées définitivement ; les statistiques sont conservées. Continuer ?</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/cli.py" line="104" />
      <source>{} closed cases pseudonymised.</source>
      <translation>{} dossiers clôturés pseudonymisés.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/cli.py" line="103" />
      <source>{} closed cases would be pseudonymised.</source>
      <translation>{} dossiers clôturés seraient pseudonymisés.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/ppms_editor.py" line="283" />
      <source>{} confinement areas are drawn on the map.</source>
      <translation>{} zones de mise à l’abri sont dessinées sur la carte.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/schools.py" line="429" />
      <location filename="../gpsu_plugin/core/schools.py" line="361" />
      <source>{} could not be read as a GeoPackage or vector file.</source>
      <translation>{} n’a pas pu être lu comme GeoPackage ou fichier vectoriel.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/core/schools.py" line="404" />
      <source>{} could not be read: {}</source>
      <translation>{} n’a pas pu être lu : {}</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/schools_dock.py" line="408" />
      <source>{} documents are past their review date.</source>
      <translation>{} documents ont dépassé leur date de révision.</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/audit_dock.py" line="244" />
      <source>{} entries</source>
      <translation>{} entrées</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/audit_dock.py" line="285" />
      <source>{} entries exported to {}</source>
      <translation>{} entrées exportées vers {}</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/reports/new_facts.py" line="496" />
      <source>{} facts recorded</source>
      <translation>{} faits enregistrés</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/reports/ppms.py" line="164" />
      <location filename="../gpsu_plugin/reports/reflex_sheet.py" line="246" />
      <source>{} floors</source>
      <translation>{} niveaux</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/processing/analysis/prevention_action.py" line="33" />
      <location filename="../gpsu_plugin/processing/analysis/prevention_action.py" line="37" />
      <source>{} has no polygon (select the features to use, or check the layer).</source>
      <translation>{} n'a aucun polygone (sélectionnez les entités à utiliser, ou vérifiez la couche).</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/reports/cli.py" line="100" />
      <source>{} is not a date (YYYY-MM-DD) or a date and time (YYYY-MM-DDTHH:MM).</source>
      <translation>{} n'est ni une date (AAAA-MM-JJ) ni une date et une heure (AAAA-MM-JJTHH:MM).</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/reports/cli.py" line="155" />
      <source>{} is not a date (YYYY-MM-DD).</source>
      <translation>{} n'est pas une date (AAAA-MM-JJ).</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/reports/dls.py" line="78" />
      <source>{} is not a date.</source>
      <translation>{} n'est pas une date.</translation>
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
      <location filename="../gpsu_plugin/gui/schools_dock.py" line="326" />
      <location filename="../gpsu_plugin/reports/reflex_sheet.py" line="241" />
      <source>{} pupils</source>
      <translation>{} élèves</translation>
    </message>
    <message>
      <location filename="../gpsu_plugin/gui/schools_dock.py" line="328" />
      <location filename="../gpsu_plugin/reports/reflex_sheet.py" line="242" />
      <source>{} staff</source>
      <translation>{} personnels</translation>
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
