#!/usr/bin/env python3
"""Demo data for GPS-U: a municipality modelled on Péruwelz (Belgium), with its ten sections,
schools, hotspots and N incidents over the last four years, loaded in one transaction.

    /usr/bin/python3 scripts/generate_demo.py --db "<libpq conninfo>" --incidents 20000 --seed 42 [--replace]

Run it after `python -m gpsu_plugin.cli --db … db upgrade` and `db seed`. It needs a database
superuser: the load runs in one transaction with session_replication_role = replica, so that no
per-row trigger fires (nor the foreign keys' checks, nor the history's append-only guard), and
writes itself what the triggers would have: numbers (gap-free per year in the order of recording)
and counters, district, dispatch (gpsu.dispatch_for), due dates, histories, closing dates. The
two big tables go in with COPY binary, formatted in a thread while the server loads the previous
one; history rows are ordered by case then time. The bulk tables' indexes are dropped before COPY
and built once after it; the three trigram indexes (text search) right after the commit, two at
a time. Same --seed, --incidents and --until on a database in the same state: identical data.

The territory, sections and schools are the same whatever the seed; the seed drives the incidents:
hotspots (town centre, three housing estates, the station, the motorway exit) and a diffuse
background, seasonal, weekly and daily rhythms per category, near-repeat burglaries, facts known
only by a time window, the case workflow up to --until (old cases closed, recent ones open, some
overdue, rejected or duplicates), steps, tasks shared with other services, alerts of the last week
and a few photos.

Importable: `generate(conn, incidents=…, seed=…, replace=…)` returns a summary dict.
"""

import argparse
import json
import math
import os
import queue
import struct
import sys
import threading
import time
import zlib
from datetime import date, datetime, timedelta
from hashlib import sha256
from itertools import chain

import numpy as np
import psycopg2
from psycopg2 import sql

try:
    from zoneinfo import ZoneInfo
except ImportError:  # pragma: no cover (Python < 3.9)
    ZoneInfo = None

DAYS = 1461  # four years, one of them leap
MIN_INCIDENTS, MAX_INCIDENTS = 100, 5_000_000
MUNICIPALITY = "Péruwelz (démo)"
CENTRE_LONLAT = (3.5925, 50.5085)       # Grand-Place of Péruwelz; projected to the schema's CRS
TERRITORY_KM2 = 60.0
MARGIN_M = 0.5                           # points stay this far from district and territory edges
PHOTO_SHARE = 0.02
DUPLICATE_SHARE = 0.02
UNTRIAGED_SHARE = 0.01
ALERT_DAYS = 7
NEAR_REPEAT_RATIO = 0.3                  # expected offspring of one burglary
NEAR_REPEAT_RADIUS_M = 200.0
NEAR_REPEAT_DAYS = 14.0

OFFICERS = ("marie.dubois", "kevin.lambert", "sophie.leroy", "mehdi.benali", "julie.delcourt",
            "thomas.vandenberghe", "laura.hennebert")
OFFICER_WEIGHTS = (1.25, 1.15, 1.0, 1.0, 0.9, 0.8, 0.6)

# code (NIS section), name, postcode, offset from the Grand-Place (m), inhabitants, streets
SECTIONS = (
    ("57064A", "Péruwelz", "7600", (0, 0), 8200,
     ("Rue Albert Ier", "Rue Neuve", "Boulevard Léopold III", "Rue des Français", "Rue du Commerce",
      "Rue de la Station", "Avenue de la Paix", "Rue des Écoles", "Rue du Moulin", "Rue de Tournai")),
    ("57064B", "Bon-Secours", "7603", (1270, -1330), 2700,
     ("Rue de la Basilique", "Rue Royale", "Place de Bon-Secours", "Rue de Condé", "Chemin des Sapins")),
    ("57064C", "Bury", "7602", (2410, 3450), 1000,
     ("Rue de Bury", "Place de Bury", "Rue de l'Église", "Chemin du Bois")),
    ("57064D", "Baugnies", "7604", (-1770, 4560), 800,
     ("Rue de Baugnies", "Place de Baugnies", "Rue des Prés")),
    ("57064E", "Braffe", "7604", (-420, 4110), 750,
     ("Rue de Braffe", "Place de Braffe", "Rue du Calvaire")),
    ("57064F", "Brasménil", "7604", (-3040, 3560), 800,
     ("Rue de Brasménil", "Place de Brasménil", "Rue du Château")),
    ("57064G", "Roucourt", "7601", (-1910, 2340), 950,
     ("Rue de Roucourt", "Place de Roucourt", "Rue du Marais")),
    ("57064H", "Wasmes-Audemez-Briffoeil", "7604", (1130, 4340), 1300,
     ("Rue d'Audemez", "Place de Wasmes", "Rue de Briffoeil", "Rue de la Chapelle")),
    ("57064I", "Wiers", "7608", (-4250, -220), 2700,
     ("Rue de Wiers", "Place de Wiers", "Rue du Coron", "Rue de la Frontière")),
    ("57064J", "Callenelle", "7604", (-4600, 1670), 1300,
     ("Rue de Callenelle", "Place de Callenelle", "Rue du Sart")),
)
TERRITORY_OFFSET = (-1100, 1700)  # the town is in the south of its territory

# name, offset from the Grand-Place (m), spread (m)
HOTSPOTS = {
    "centre": (("Grand-Place", (0, 0), 230),),
    "estates": (("Cité de l'Europe", (650, 850), 140), ("Cité des Mésanges", (1050, -1150), 130),
                ("Cité du Pont", (-3950, 150), 130)),
    "station": (("Place de la Gare", (-700, 500), 110),),
    "motorway": (("Échangeur de l'autoroute", (-900, 4800), 150),),
}
RURAL_WAYS = ("Chemin agricole", "Sentier vicinal", "Chemin de remembrement", "Bord de champ")

# name, type, section, offset from the section's centre (m), pupils, staff, street
SCHOOLS = (
    ("Athénée royal de Péruwelz", "secondary", 0, (350, 250), 780, 96, "Rue des Écoles 2"),
    ("Institut Saint-Charles", "secondary", 0, (-250, -300), 640, 81, "Rue Albert Ier 41"),
    ("Institut provincial d'enseignement technique", "vocational", 0, (560, -420), 420, 72,
     "Boulevard Léopold III 120"),
    ("École communale du Centre", "primary", 0, (-150, 350), 240, 22, "Rue Neuve 18"),
    ("École maternelle Les Coccinelles", "nursery", 0, (520, 700), 90, 11, "Avenue de la Paix 7"),
    ("École libre Sainte-Marie", "primary", 0, (-520, 160), 280, 25, "Rue de la Station 33"),
    ("École d'enseignement spécialisé Les Tilleuls", "special", 0, (820, 1120), 110, 38, "Rue du Moulin 61"),
    ("Académie de musique et des arts de la parole", "other", 0, (-60, 560), 350, 19, "Rue de Tournai 4"),
    ("École communale de Bon-Secours", "primary", 1, (150, 100), 190, 17, "Rue Royale 52"),
    ("École communale de Bury", "primary", 2, (-120, 90), 95, 9, "Rue de l'Église 3"),
    ("École communale de Baugnies", "primary", 3, (80, -110), 70, 7, "Rue des Prés 12"),
    ("École communale de Brasménil", "primary", 5, (-90, 60), 80, 8, "Rue du Château 5"),
    ("École communale de Roucourt", "primary", 6, (110, 130), 85, 8, "Rue du Marais 20"),
    ("École communale de Wasmes-Audemez-Briffoeil", "primary", 7, (-60, -140), 120, 11,
     "Rue de la Chapelle 9"),
    ("École communale de Wiers", "primary", 8, (140, 120), 170, 15, "Rue de Wiers 88"),
    ("École libre de Callenelle", "primary", 9, (-100, -80), 110, 10, "Rue de Callenelle 27"),
)

# --- time profiles -------------------------------------------------------------------------------
MONTHS = {  # January .. December
    "flat": (1,) * 12,
    "summer": (.7, .7, .85, 1, 1.15, 1.3, 1.45, 1.4, 1.1, .9, .75, .8),
    "winter": (1.35, 1.2, 1, .85, .75, .7, .75, .8, .9, 1.15, 1.4, 1.5),
    "school": (1.1, 1.05, 1.1, .9, 1.1, 1.05, .2, .25, 1.1, .95, 1.1, .9),
    "frost": (1.5, 1.7, 1.5, 1.1, .9, .7, .6, .6, .7, .8, 1, 1.3),
    "dark": (1.4, 1.2, 1, .8, .6, .5, .5, .6, .8, 1.1, 1.4, 1.5),
    "warm": (.7, .75, .9, 1.05, 1.2, 1.2, 1.25, 1.25, 1.1, .95, .85, .8),
}
WEEKDAYS = {  # Monday .. Sunday
    "flat": (1,) * 7,
    "weekend": (.8, .75, .8, .9, 1.3, 1.7, 1.4),
    "workdays": (1.2, 1.15, 1.1, 1.15, 1.1, .45, .2),
    "school": (1.2, 1.2, .7, 1.2, 1.1, .02, .02),
    "saturday": (.01, .01, .01, .01, .01, 1, .01),
    "burglary": (1, 1, 1, 1, 1.1, 1.1, .9),
}
HOURS = {  # 00h .. 23h
    "patrol": (.05, .03, .02, .02, .02, .05, .3, .8, 1, 1, 1, 1,
               .8, .9, 1, 1.1, 1.1, 1, .9, .8, .6, .4, .2, .1),
    "day": (.02, .02, .02, .02, .02, .05, .2, .6, 1, 1.2, 1.2, 1.1,
            .9, 1, 1.2, 1.2, 1.1, .9, .6, .3, .1, .05, .03, .02),
    "evening": (.3, .2, .1, .05, .03, .03, .05, .1, .2, .3, .35, .4,
                .5, .5, .5, .6, .8, 1, 1.2, 1.3, 1.2, 1, .8, .5),
    "night": (1, 1, .8, .5, .3, .1, .05, .05, .05, .05, .1, .1,
              .15, .15, .15, .2, .25, .35, .5, .6, .7, .9, 1.1, 1.2),
    "school": (.01, .01, .01, .01, .01, .01, .05, .8, 2, .5, .2, .2,
               .5, .3, .3, 1.6, 1, .3, .1, .05, .02, .01, .01, .01),
    "market": (.01, .01, .01, .01, .01, .05, .3, .8, 1, 1.2, 1.2, 1,
               .6, .2, .05, .02, .01, .01, .01, .01, .01, .01, .01, .01),
    "traffic": (.1, .05, .05, .05, .1, .3, .8, 1.4, 1.2, .7, .6, .6,
                .7, .7, .7, .9, 1.3, 1.4, 1.1, .7, .5, .4, .3, .2),
    # burglaries: winter evenings (dark at 17h), summer days and nights
    "burglary_winter": (.3, .3, .3, .2, .15, .1, .1, .2, .4, .6, .7, .7,
                        .6, .6, .7, .9, 1.3, 1.8, 2, 1.8, 1.3, .8, .5, .4),
    "burglary_summer": (.5, .5, .5, .4, .3, .2, .2, .3, .5, .8, 1, 1,
                        .9, .9, 1, 1, 1, 1, .9, .8, .8, .8, .7, .6),
}
WINTER_MONTHS = (0, 1, 2, 9, 10, 11)

# facts known only by a window: (style, weight); styles below
WINDOWS = {
    "workday": ((8 * 3600, 18 * 3600),),   # the day's absence: 08:00-18:00 (jittered)
    "night": ((2, 8), (1, 7)),             # hours before and after the (unknown) time
    "away": ((24, 144), (8, 96)),          # days away: hours before, after
    "short": ((0.5, 3), (0.5, 3)),
}

# Leaf categories (sub-categories, or categories without any): share, places, rhythms, windows,
# descriptions. Codes the database does not have are skipped; leaves not listed here get DEFAULT.
LEAVES = {
    "burglary_home": dict(weight=5, space=dict(villages=.55, estates=.15, centre=.1, uniform=.2), month="winter",
                          weekday="burglary", hours="burglary_summer", hours_winter="burglary_winter",
                          window=(.55, dict(workday=.7, night=.15, away=.15)),
                          desc=("Cambriolage d'habitation signalé par les occupants à leur retour",
                                "Porte arrière forcée, pièces fouillées",
                                "Fenêtre fracturée, vol de bijoux et d'argent liquide",
                                "Effraction constatée lors de la patrouille, voisins avertis")),
    "burglary_business": dict(weight=1.2, space=dict(centre=.6, villages=.2, motorway=.1, uniform=.1),
                              month="winter", weekday="burglary", hours="night",
                              window=(.6, dict(night=1)),
                              desc=("Vitrine brisée et caisse vidée", "Effraction par l'arrière du commerce",
                                    "Commerce cambriolé pendant la nuit, alarme déclenchée")),
    "burglary_attempt": dict(weight=2, space=dict(villages=.5, estates=.15, centre=.15, uniform=.2), month="winter",
                             weekday="burglary", hours="burglary_summer", hours_winter="burglary_winter",
                             window=(.3, dict(workday=1)),
                             desc=("Traces de pied-de-biche sur la porte d'entrée",
                                   "Tentative d'effraction, auteur mis en fuite par l'alarme",
                                   "Serrure endommagée, rien n'a été volé")),
    "theft_from_vehicle": dict(weight=3.5, space=dict(station=.25, centre=.25, motorway=.15, villages=.2, uniform=.15),
                               month="flat", weekday="flat", hours="night", window=(.45, dict(night=1)),
                               desc=("Vitre brisée, sac volé dans le véhicule",
                                     "Vol d'un GPS et de documents dans une voiture en stationnement",
                                     "Vol de catalyseur sur un véhicule stationné")),
    "theft_of_vehicle": dict(weight=1, space=dict(station=.2, motorway=.25, centre=.15, villages=.25, uniform=.15),
                             month="flat", weekday="flat", hours="night", window=(.55, dict(night=1)),
                             desc=("Véhicule dérobé pendant la nuit devant le domicile", "Voiture volée sur le parking",
                                   "Vol de camionnette d'artisan")),
    "noise": dict(weight=6, space=dict(centre=.35, estates=.3, villages=.25, uniform=.1), month="summer",
                  weekday="weekend", hours="night",
                  desc=("Tapage nocturne signalé par des riverains", "Musique à fort volume en soirée",
                        "Nuisances sonores répétées d'un établissement")),
    "gathering": dict(weight=5, space=dict(centre=.3, estates=.35, station=.2, villages=.15), month="summer",
                      weekday="weekend", hours="evening",
                      desc=("Groupe de jeunes rassemblés avec consommation d'alcool",
                            "Rassemblement bruyant devant les commerces",
                            "Attroupement avec intimidation des passants")),
    "public_drunkenness": dict(weight=3, space=dict(centre=.6, station=.2, estates=.1, villages=.1), month="summer",
                               weekday="weekend", hours="night",
                               desc=("Personne en état d'ivresse sur la voie publique",
                                     "Ivresse et insultes envers les passants",
                                     "Consommation d'alcool sur la voie publique, bouteilles abandonnées")),
    "graffiti": dict(weight=5, space=dict(centre=.3, station=.25, estates=.2, villages=.15, schools=.1),
                     month="warm", weekday="flat", hours="patrol", window=(.4, dict(night=1)),
                     desc=("Tags sur une façade", "Graffiti sur l'abribus", "Tags injurieux sur un mur")),
    "vandalism": dict(weight=5, space=dict(centre=.25, estates=.25, station=.15, villages=.2, schools=.1, uniform=.05),
                      month="summer", weekday="weekend", hours="evening", window=(.35, dict(night=1)),
                      desc=("Banc public dégradé", "Poubelle publique arrachée", "Vitre de l'abribus brisée",
                            "Jardinière renversée et plantes arrachées")),
    "dog_fouling": dict(weight=6, space=dict(centre=.35, villages=.35, estates=.2, uniform=.1), month="flat",
                        weekday="flat", hours="patrol",
                        desc=("Déjections canines sur le trottoir", "Déjections canines répétées dans le parc",
                              "Propriétaire de chien ne ramassant pas les déjections")),
    "fight": dict(weight=1.5, space=dict(centre=.35, estates=.25, station=.2, schools=.1, villages=.1),
                  month="summer", weekday="weekend", hours="night",
                  desc=("Bagarre entre jeunes", "Rixe entre plusieurs personnes", "Échauffourée après une soirée")),
    "harassment": dict(weight=1.5, space=dict(schools=.35, estates=.25, station=.2, centre=.2), month="school",
                       weekday="school", hours="school",
                       desc=("Élève harcelé à la sortie de l'école", "Intimidation de passants par un groupe",
                             "Insultes et menaces répétées envers un commerçant")),
    "transport_violence": dict(weight=.8, space=dict(station=.75, centre=.15, motorway=.1), month="flat",
                               weekday="workdays", hours="traffic",
                               desc=("Agression verbale d'un chauffeur de bus", "Altercation sur le quai de la gare",
                                     "Voyageur menacé dans le bus")),
    "event_violence": dict(weight=.5, space=dict(centre=.75, villages=.25), month="summer", weekday="weekend",
                           hours="night", events=.7,
                           desc=("Bagarre pendant les festivités",
                                 "Altercation entre participants à la fin de l'événement",
                                 "Bouteilles lancées lors de la manifestation")),
    "bicycle_theft": dict(weight=2, space=dict(station=.4, centre=.35, schools=.2, villages=.05), month="warm",
                          weekday="workdays", hours="day", window=(.45, dict(short=.7, workday=.3)),
                          desc=("Vélo volé devant la gare", "Vol de vélo cadenassé au rack",
                                "Vélo électrique dérobé dans un abri")),
    "speeding": dict(weight=4, space=dict(villages=.4, uniform=.35, motorway=.15, schools=.1), month="warm",
                     weekday="flat", hours="traffic",
                     desc=("Vitesse excessive constatée en agglomération",
                           "Riverains se plaignent de voitures roulant trop vite", "Course de voitures la nuit")),
    "dangerous_crossing": dict(weight=2.5, space=dict(schools=.5, centre=.2, villages=.3), month="school",
                               weekday="school", hours="school",
                               desc=("Passage pour piétons peu visible aux abords de l'école",
                                     "Enfants traversant entre les voitures à l'entrée de l'école",
                                     "Marquage du passage piéton effacé")),
    "illegal_dumping": dict(weight=9, space=dict(rural=.6, uniform=.2, motorway=.1, estates=.1), month="warm",
                            weekday="workdays", hours="patrol", window=(.35, dict(night=.7, away=.3)),
                            desc=("Dépôt de sacs poubelles au pied d'une bulle à verre",
                                  "Encombrants abandonnés sur l'accotement",
                                  "Déchets de construction déversés dans un chemin agricole",
                                  "Pneus abandonnés en bordure de champ")),
    "litter": dict(weight=8, space=dict(centre=.35, station=.2, estates=.2, villages=.15, uniform=.1), month="warm",
                   weekday="flat", hours="patrol",
                   desc=("Canettes et papiers le long de la voirie", "Poubelle publique débordante",
                         "Déchets épars après le marché", "Mégots et détritus devant les commerces")),
    "abandoned_vehicle": dict(weight=2, space=dict(station=.25, motorway=.2, estates=.25, villages=.2, uniform=.1),
                              month="flat", weekday="workdays", hours="patrol", window=(.4, dict(away=1)),
                              desc=("Véhicule stationné depuis plusieurs semaines", "Voiture épave sur le parking",
                                    "Camionnette abandonnée, pneus crevés")),
    "damaged_road": dict(weight=5, space=dict(uniform=.55, villages=.3, centre=.15), month="frost",
                         weekday="workdays", hours="day",
                         desc=("Nid-de-poule sur la chaussée", "Affaissement de la chaussée",
                               "Trottoir dégradé, dalles soulevées", "Fissures importantes dans le revêtement")),
    "street_lighting": dict(weight=4, space=dict(villages=.45, uniform=.3, estates=.15, centre=.1), month="dark",
                            weekday="flat", hours="evening",
                            desc=("Lampadaire éteint", "Plusieurs points lumineux hors service dans la rue",
                                  "Lampadaire qui clignote")),
    "signage": dict(weight=3, space=dict(uniform=.5, villages=.3, centre=.2), month="flat", weekday="workdays",
                    hours="day", window=(.15, dict(night=1)),
                    desc=("Panneau de signalisation renversé", "Panneau stop manquant", "Panneau tagué, illisible")),
    "illegal_parking": dict(weight=9, space=dict(centre=.5, schools=.25, station=.15, villages=.1), month="flat",
                            weekday="workdays", hours="day",
                            desc=("Stationnement sur le trottoir",
                                  "Véhicule stationné sur un emplacement réservé sans carte",
                                  "Stationnement en double file devant l'école",
                                  "Véhicule bloquant une entrée de garage")),
    "market_pitch": dict(weight=1.5, space=dict(market=1), month="flat", weekday="saturday", hours="market",
                         desc=("Emplacement de marché occupé sans autorisation",
                               "Dépassement de l'emplacement attribué",
                               "Litige entre marchands sur un emplacement")),
}
DEFAULT_LEAF = dict(weight=1, space=dict(villages=.4, centre=.3, uniform=.3), month="flat", weekday="flat",
                    hours="patrol", desc=("Fait constaté lors de la patrouille",))

EVENTS = (  # name, date in a year
    ("Carnaval de Péruwelz", lambda y: _nth_weekday(y, 3, 6, 2)),
    ("Fête de la musique", lambda y: date(y, 6, 21)),
    ("Fête nationale", lambda y: date(y, 7, 21)),
    ("Pèlerinage de Bon-Secours", lambda y: _nth_weekday(y, 9, 6, 1)),
    ("Ducasse de Péruwelz", lambda y: _nth_weekday(y, 9, 6, 3)),
    ("Marché de Noël", lambda y: _nth_weekday(y, 12, 5, 2)),
    ("Réveillon du Nouvel An", lambda y: date(y, 12, 31)),
)
OTHER_EVENTS = ("Soirée en salle", "Match de football", "Fête de quartier", "Bal de village", "Brocante")

# template vocabularies (values stored as strings, as the plugin's form stores them)
VEHICLES = tuple("{}, {}".format(m, c) for m in (
    "Peugeot 208", "Renault Clio", "Volkswagen Golf", "Citroën C3", "Opel Corsa", "Ford Fiesta", "BMW Série 3",
    "Audi A4", "Toyota Yaris", "Dacia Sandero", "Mercedes Classe A", "Fiat 500", "Skoda Octavia",
    "Renault Kangoo", "Ford Transit") for c in ("noire", "grise", "blanche", "bleue", "rouge", "verte"))
BICYCLES = tuple("{} {}, {}".format(t, m, c) for t in ("VTT", "Vélo de ville", "Vélo électrique", "Vélo de course")
                 for m in ("Btwin", "Gazelle", "Trek", "Giant", "Batavus", "Cube")
                 for c in ("noir", "bleu", "rouge", "gris", "blanc"))
PEOPLE = tuple(p.format(n) for p in ("{} jeunes, capuches", "{} adolescents", "{} adultes", "Groupe de {} personnes",
                                     "{} jeunes en scooter") for n in range(2, 13))
STOLEN = ("Bijoux", "Ordinateur portable et tablette", "Argent liquide", "Télévision", "Outillage",
          "Bijoux et argent liquide", "Matériel informatique", "Console de jeux", "Vélos du garage",
          "Marchandises et caisse")
WASTE = ("Encombrants", "Sacs poubelles", "Déchets de construction", "Pneus", "Déchets verts", "Électroménager",
         "Matelas", "Amiante (suspect)")
OBJECTS = {
    "graffiti": ("Façade", "Abribus", "Mur de l'école", "Pont", "Cabine électrique", "Salle communale"),
    "vandalism": ("Banc public", "Poubelle publique", "Abribus", "Panneau d'affichage", "Jeux pour enfants",
                  "Jardinière"),
    "dog_fouling": ("Trottoir", "Parc communal", "Aire de jeux", "Pelouse de la place"),
}
CHOICE_WEIGHTS = {
    "entry_point": dict(door=.35, window=.4, garage=.1, roof=.02, unknown=.13),
    "volume": dict(bag=.4, car_boot=.35, van=.2, truck=.05),
}
BOOLEAN_TRUE = {"occupants_absent": .75, "locked": .6, "hazard": dict(damaged_road=.3, street_lighting=.1,
                                                                         signage=.25, default=.2)}
OPTIONAL_SHARE = .55

# the case workflow: per service, median delays (hours) to start and to resolve, share rejected
# Median hours to start and to resolve, share rejected, per service. Against the default 72-hour
# target, with the stalled cases below: about 15 % of cases late for prevention-security, a quarter
# for the police, half for works.
SERVICE_PACE = {
    "local_police": (4, 24, .05), "prevention_security": (3, 16, .04), "works": (8, 48, .03),
    "environment": (6, 30, .03), "social_mediation": (8, 36, .03), "economic_development": (6, 24, .06),
    "mayor_office": (6, 30, .05), "it": (6, 24, .05),
}
DEFAULT_PACE = (6, 30, .04)
STALLED_SHARE, STALLED_FACTOR = .08, 20  # the backlog: some cases take twenty times longer
TASK_PARTNER = {"environment": "works", "prevention_security": "social_mediation",
                "local_police": "prevention_security", "works": "environment",
                "social_mediation": "prevention_security", "economic_development": "prevention_security"}
RESOLVE_COMMENTS = {
    "local_police": ("Procès-verbal dressé", "Auteur identifié et entendu", "Plainte enregistrée"),
    "prevention_security": ("Médiation avec les riverains", "Rappel à l'ordre effectué",
                            "Présence renforcée des gardiens de la paix"),
    "works": ("Réparation effectuée", "Nid-de-poule rebouché", "Panneau remplacé", "Éclairage réparé"),
    "environment": ("Dépôt enlevé", "Site nettoyé", "Auteur identifié, amende administrative"),
    "social_mediation": ("Rencontre avec les jeunes et les familles", "Suivi par l'éducateur de rue"),
    "economic_development": ("Emplacement régularisé", "Rappel du règlement du marché"),
}
STEP_COMMENTS = {
    "local_police": ("Passage de la patrouille", "Audition du témoin", "Consultation des images de vidéosurveillance",
                     "Contact avec le plaignant"),
    "prevention_security": ("Passage sur place", "Contact avec les riverains", "Courrier de rappel envoyé"),
    "works": ("Constat sur place", "Devis demandé", "Intervention planifiée", "Balisage provisoire placé"),
    "environment": ("Constat sur place", "Recherche d'indices dans les déchets",
                    "Courrier au propriétaire du terrain"),
    "social_mediation": ("Entretien avec les jeunes", "Contact avec l'école", "Réunion avec les parents"),
}
DEFAULT_RESOLVE = ("Traité",)
DEFAULT_STEPS = ("Passage sur place",)
REJECT_COMMENTS = ("Hors compétence communale", "Faits non constatés sur place", "Relève du domaine privé",
                   "Signalement incomplet, impossible à localiser", "Déjà traité par la police fédérale")
DIRECT_COMMENTS = ("Réglé sur place", "Résolu lors du passage de l'équipe", "Problème disparu à l'arrivée du service")
REOPEN_COMMENTS = ("Le problème est réapparu", "Intervention incomplète, riverains mécontents")
ASSIGN_COMMENTS = ("Attribution au service compétent", "Fait trié par le coordinateur")
TASK_DESCRIPTIONS = ("Nettoyage demandé", "Sécurisation des lieux", "Vérification sur place",
                     "Médiation avec les occupants", "Réparation du mobilier")

STATUSES = ("new", "dispatched", "in_progress", "resolved", "closed", "rejected", "duplicate")
NEW, DISPATCHED, IN_PROGRESS, RESOLVED, CLOSED, REJECTED, DUPLICATE = range(7)
ACTIONS = ("created", "status_changed", "reassigned", "step", "shared", "task_status_changed")
A_CREATED, A_STATUS, A_REASSIGNED, A_STEP, A_SHARED, A_TASK = range(6)
NEVER = np.int64(2 ** 62)
NULL = "\\N"


class DemoRefused(Exception):
    """The database is not in a state the generator accepts (message for the user)."""


# ------------------------------------------------------------------------------------------------
# small helpers

def _nth_weekday(year, month, weekday, nth):
    first = date(year, month, 1)
    return first + timedelta(days=(weekday - first.weekday()) % 7 + 7 * (nth - 1))


def _check_vocabulary():
    """Vocabulary goes into COPY text and JSON unescaped: no tab, newline, backslash or quote."""
    words = [w for leaf in LEAVES.values() for w in leaf["desc"]]
    words += [w for s in SECTIONS for w in s[5]] + [s[1] for s in SECTIONS]
    words += [h[0] for hs in HOTSPOTS.values() for h in hs] + list(RURAL_WAYS) + [s[0] for s in SCHOOLS]
    words += list(VEHICLES + BICYCLES + PEOPLE + STOLEN + WASTE + OTHER_EVENTS) + [e[0] for e in EVENTS]
    words += [w for v in OBJECTS.values() for w in v] + list(OFFICERS)
    for group in (RESOLVE_COMMENTS, STEP_COMMENTS):
        words += [w for v in group.values() for w in v]
    words += list(REJECT_COMMENTS + DIRECT_COMMENTS + REOPEN_COMMENTS + ASSIGN_COMMENTS + TASK_DESCRIPTIONS)
    for word in words:
        assert not any(c in word for c in '\t\n\r\\"'), word


_check_vocabulary()


def _lognormal(rng, median_hours, sigma, n, minimum=60):
    """Delays in whole seconds (at least `minimum`)."""
    values = np.exp(rng.normal(np.log(np.asarray(median_hours, dtype=float) * 3600.0), sigma, n))
    return np.maximum(values, minimum).astype(np.int64)


def _pick(rng, weights, n):
    weights = np.asarray(weights, dtype=float)
    return rng.choice(len(weights), size=n, p=weights / weights.sum())


def _str_ints(values):
    return list(map(str, values.tolist()))


class _Timestamps:
    """Fast text for timestamptz in COPY: UTC seconds -> 'YYYY-MM-DDTHH:MM:SSZ', gathered from
    character tables (per day, per second of the day) into a matrix viewed as fixed-width strings;
    negative -> NULL."""

    def __init__(self):
        seconds = np.arange(86400)
        text = ["T%02d:%02d:%02dZ" % (t // 3600, t % 3600 // 60, t % 60) for t in seconds.tolist()]
        self.times = np.array(text, dtype="<U10").view(np.uint32).reshape(86400, 10)
        self.first, self.days = 0, np.zeros((0, 10), np.uint32)

    def _day_table(self, low, high):
        self.first = low
        days = np.datetime_as_string(np.arange(low, high + 1).astype("datetime64[D]"))
        self.days = days.astype("<U10").view(np.uint32).reshape(-1, 10)

    def __call__(self, seconds):
        seconds = np.asarray(seconds, dtype=np.int64)
        null = seconds < 0
        day = seconds // 86400
        if (~null).any():
            low, high = int(day[~null].min()), int(day[~null].max())
            if low < self.first or high >= self.first + len(self.days):
                self._day_table(min(low, self.first) if len(self.days) else low,
                                max(high, self.first + len(self.days) - 1))
        chars = np.empty((len(seconds), 20), np.uint32)
        chars[:, :10] = self.days[np.where(null, 0, day - self.first)]
        chars[:, 10:] = self.times[np.where(null, 0, seconds % 86400)]
        text = chars.view("<U20").ravel()
        text[null] = NULL
        return text.tolist()


class _Clock:
    """Local wall-clock seconds <-> UTC seconds for the municipality's time zone (hourly table)."""

    def __init__(self, tz_name, first_day, last_day):
        self.first_hour = first_day * 24 - 48
        hours = (last_day - first_day + 4) * 24
        tz = None
        if ZoneInfo is not None:
            try:
                tz = ZoneInfo(tz_name)
            except Exception:  # unknown zone: UTC
                tz = None
        base = datetime(1970, 1, 1)
        local_offsets, utc_offsets = [], []
        for h in range(self.first_hour, self.first_hour + hours):
            moment = base + timedelta(hours=h)
            if tz is None:
                local_offsets.append(0)
                utc_offsets.append(0)
                continue
            local_offsets.append(int(moment.replace(tzinfo=tz).utcoffset().total_seconds()))
            utc = moment.replace(tzinfo=ZoneInfo("UTC")).astimezone(tz)
            utc_offsets.append(int(utc.utcoffset().total_seconds()))
        self.local_offsets = np.array(local_offsets, dtype=np.int64)
        self.utc_offsets = np.array(utc_offsets, dtype=np.int64)

    def to_utc(self, local):
        local = np.asarray(local, dtype=np.int64)
        return local - self.local_offsets[local // 3600 - self.first_hour]

    def to_local(self, utc):
        utc = np.asarray(utc, dtype=np.int64)
        return utc + self.utc_offsets[utc // 3600 - self.first_hour]


def _png_chunk(tag, data):
    return struct.pack(">I", len(data)) + tag + data + struct.pack(">I", zlib.crc32(tag + data) & 0xFFFFFFFF)


def _png_parts(rgb):
    """A small RGB PNG (zlib + struct) as the bytes before and after its tEXt chunk."""
    height, width, _ = rgb.shape
    raw = np.concatenate([np.zeros((height, 1), np.uint8), rgb.reshape(height, width * 3)], axis=1).tobytes()
    return (b"\x89PNG\r\n\x1a\n" + _png_chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)),
            _png_chunk(b"IDAT", zlib.compress(raw, 9)) + _png_chunk(b"IEND", b""))


def _png(parts, title):
    """The PNG of _png_parts with a Title text chunk (which makes each photo's bytes unique)."""
    return parts[0] + _png_chunk(b"tEXt", b"Title\x00" + title.encode("latin-1", "replace")) + parts[1]


def _photo_bases(rng, colour):
    """Four little 'photos' (sky, ground, a blob of the category's colour) as RGB arrays."""
    r, g, b = (int(colour[i:i + 2], 16) for i in (1, 3, 5))
    images = []
    for _ in range(4):
        h, w = 24, 32
        yy, xx = np.mgrid[0:h, 0:w]
        img = np.zeros((h, w, 3), np.float64)
        horizon = rng.integers(10, 20)
        sky = yy < horizon
        img[sky] = (150, 190, 230)
        img[~sky] = (110, 105, 95)
        img[..., :] += (yy[..., None] - horizon) * 1.5
        cx, cy, rad = rng.integers(6, 26), rng.integers(horizon, 22), rng.integers(3, 7)
        blob = (xx - cx) ** 2 + (yy - cy) ** 2 <= rad ** 2
        img[blob] = (r, g, b)
        images.append(np.clip(img, 0, 255).astype(np.uint8))
    return images


# ------------------------------------------------------------------------------------------------
# COPY streaming: a producer thread formats chunks (text or binary), the main thread feeds COPY

class _QueueReader:
    """File-like object for copy_expert reading bytes chunks from a queue (None ends)."""

    def __init__(self, chunks):
        self.chunks = chunks
        self.current = memoryview(b"")
        self.position = 0
        self.finished = False

    def read(self, size=-1):
        while self.position >= len(self.current):
            if self.finished:
                return b""
            item = self.chunks.get()
            if item is None:
                self.finished = True
                return b""
            if isinstance(item, BaseException):
                self.finished = True
                raise item
            self.current, self.position = memoryview(item), 0
        if size is None or size < 0:
            size = len(self.current) - self.position
        piece = self.current[self.position:self.position + size]
        self.position += len(piece)
        return piece.tobytes()

    readline = read


class _Loader:
    """Runs the formatting of each table in a thread while COPY of the previous one runs."""

    def __init__(self):
        self.jobs = []

    def add(self, table, columns, producer, binary=False):
        self.jobs.append((table, columns, producer, queue.Queue(maxsize=3), binary))

    def run(self, cur, freeze, log):
        stop = threading.Event()

        def put(chunks, item):
            while not stop.is_set():
                try:
                    chunks.put(item, timeout=.2)
                    return True
                except queue.Full:
                    continue
            return False

        def produce():
            for _, _, producer, chunks, binary in self.jobs:
                try:
                    if binary and not put(chunks, PGCOPY_HEADER):
                        return
                    for data in producer():
                        if not put(chunks, data if binary else data.encode("utf-8")):
                            return
                    if (binary and not put(chunks, PGCOPY_TRAILER)) or not put(chunks, None):
                        return
                except BaseException as exc:  # handed to the reader, raised in the main thread
                    put(chunks, exc)
                    return

        thread = threading.Thread(target=produce, name="gpsu-demo-format", daemon=True)
        thread.start()
        timings = {}
        try:
            for table, columns, _, chunks, binary in self.jobs:
                start = time.perf_counter()
                options = ["FORMAT binary"] if binary else []
                options += ["FREEZE"] if freeze else []
                cur.copy_expert("COPY {} ({}) FROM STDIN{}".format(
                    table, ", ".join(columns), " WITH ({})".format(", ".join(options)) if options else ""),
                    _QueueReader(chunks), size=1 << 20)
                timings[table] = time.perf_counter() - start
                log("  {:<28} {:>10,} rows  {:6.1f} s".format(table, cur.rowcount, timings[table]))
        finally:
            stop.set()  # the producer ends at its next chunk if a COPY failed
            thread.join(timeout=10)
        return timings


def _rows(columns):
    """COPY text for the rows whose column strings are given (lists of equal length)."""
    return "\n".join(map("\t".join, zip(*columns))) + "\n"


# COPY binary: each field is its length (int32, -1 for NULL) and its bytes in network order;
# timestamptz is microseconds since 2000-01-01 UTC, jsonb a version byte then the text,
# geometry its EWKB.
PGCOPY_HEADER = b"PGCOPY\n\xff\r\n\x00" + struct.pack(">ii", 0, 0)
PGCOPY_TRAILER = struct.pack(">h", -1)
NULL_FIELD = struct.pack(">i", -1)
PG_EPOCH = 946684800
_length = struct.Struct(">i").pack


def _split(buffer, size):
    return [buffer[i:i + size] for i in range(0, len(buffer), size)]


def _fixed(m, fields, count=None):
    """Per row, the bytes of consecutive fixed-width fields [(dtype, values)], each with its
    length; `count` (the number of fields of the row) first when given."""
    dtype = [("count", ">i2")] if count is not None else []
    for k, (code, _) in enumerate(fields):
        dtype += [("l%d" % k, ">i4"), ("v%d" % k, code)]
    rows = np.empty(m, np.dtype(dtype))
    if count is not None:
        rows["count"] = count
    for k, (code, values) in enumerate(fields):
        rows["l%d" % k] = np.dtype(code).itemsize
        rows["v%d" % k] = values
    return _split(rows.tobytes(), rows.itemsize)


def _nullable(code, values, null):
    """One fixed-width field that may be NULL, per row."""
    pieces = _fixed(len(values), [(code, values)])
    return [NULL_FIELD if empty else piece for piece, empty in zip(pieces, null.tolist())]


def _micros(seconds):
    return (np.asarray(seconds, np.int64) - PG_EPOCH) * 1_000_000


def _texts(strings):
    encoded = [text.encode("utf-8") for text in strings]
    return [_length(len(b)) + b for b in encoded]


def _jsonb(texts):
    encoded = [text.encode("utf-8") for text in texts]
    return [_length(len(b) + 1) + b"\x01" + b for b in encoded]


def _binary_rows(pieces):
    return b"".join(chain.from_iterable(zip(*pieces)))


# ------------------------------------------------------------------------------------------------
# the municipality

class _Geography:
    """Territory (star-shaped polygon), sections (unions of Voronoi cells), hotspots, schools."""

    def __init__(self, centre):
        self.centre = np.asarray(centre, dtype=float)
        rng = np.random.default_rng(7600)  # the same municipality whatever the seed
        self.section_xy = self.centre + np.array([s[3] for s in SECTIONS], dtype=float)
        self.tcentre = self.centre + np.array(TERRITORY_OFFSET, dtype=float)
        self.vertices = self._territory(rng)
        # each section: its centre and five more seeds around it, for irregular boundaries
        seeds, owner = [], []
        for k, xy in enumerate(self.section_xy):
            others = np.delete(self.section_xy, k, axis=0)
            nearest = np.min(np.hypot(*(others - xy).T))
            seeds.append(xy)
            owner.append(k)
            for _ in range(5):
                angle = rng.uniform(0, 2 * math.pi)
                dist = rng.uniform(.3, .55) * nearest
                seeds.append(xy + dist * np.array([math.cos(angle), math.sin(angle)]))
                owner.append(k)
        self.seeds = np.array(seeds)
        self.seed_owner = np.array(owner)
        self.seed_gap = np.hypot(*(self.seeds[:, None, :] - self.seeds[None, :, :]).transpose(2, 0, 1))
        self.hotspots = {name: [(label, self.centre + np.array(offset, float), spread)
                                for label, offset, spread in spots] for name, spots in HOTSPOTS.items()}
        self.schools = [(s, self.section_xy[s[2]] + np.array(s[3], float)) for s in SCHOOLS]
        self._raster()

    def _territory(self, rng):
        n = 96
        angles = 2 * math.pi * np.arange(n) / n
        rel = self.section_xy - self.tcentre
        seed_angle = np.arctan2(rel[:, 1], rel[:, 0])
        seed_dist = np.hypot(rel[:, 0], rel[:, 1])
        phases = rng.uniform(0, 2 * math.pi, 3)
        wiggle = 170 * np.sin(7 * angles + phases[0]) + 110 * np.sin(11 * angles + phases[1]) \
            + 60 * np.sin(17 * angles + phases[2])

        def radii(base):
            diff = np.angle(np.exp(1j * (angles[:, None] - seed_angle[None, :])))
            bumps = np.maximum(seed_dist + 1300 - base, 0) * np.exp(-diff ** 2 / (2 * .45 ** 2))
            return base + bumps.max(axis=1) + wiggle

        low, high = 1000.0, 8000.0
        for _ in range(60):  # area of the polygon = TERRITORY_KM2
            base = (low + high) / 2
            r = radii(base)
            area = .5 * np.sum(r * np.roll(r, -1)) * math.sin(2 * math.pi / n)
            low, high = (base, high) if area < TERRITORY_KM2 * 1e6 else (low, base)
        r = radii(base)
        return np.round(self.tcentre + np.column_stack([r * np.cos(angles), r * np.sin(angles)]), 2)

    def territory_wkt(self):
        ring = list(self.vertices) + [self.vertices[0]]
        return "POLYGON((" + ", ".join("{:.2f} {:.2f}".format(x, y) for x, y in ring) + "))"

    def _locate_exact(self, x, y, margin):
        """Section index of each point, or -1 closer than `margin` to the territory's boundary or
        to another section's, or -2 outside the territory by more than `margin` (exact distances,
        for the raster and near edges)."""
        result = np.full(len(x), -1, dtype=np.int64)
        n = len(self.vertices)
        a_all, b_all = self.vertices, np.roll(self.vertices, -1, axis=0)
        for start in range(0, len(x), 20_000):
            px, py = x[start:start + 20_000], y[start:start + 20_000]
            # inside: star-shaped around tcentre, vertices at uniform angles: the wedge's edge
            angle = np.mod(np.arctan2(py - self.tcentre[1], px - self.tcentre[0]), 2 * math.pi)
            k = np.minimum((angle / (2 * math.pi / n)).astype(np.int64), n - 1)
            a, b = a_all[k], b_all[k]
            inside = (b[:, 0] - a[:, 0]) * (py - a[:, 1]) - (b[:, 1] - a[:, 1]) * (px - a[:, 0]) > 0
            # distance to the territory's boundary: to its nearest edge
            ex, ey = (b_all - a_all).T
            rx, ry = px[:, None] - a_all[None, :, 0], py[:, None] - a_all[None, :, 1]
            u = np.clip((rx * ex + ry * ey) / (ex * ex + ey * ey), 0, 1)
            edge_distance = np.sqrt(np.min((rx - u * ex) ** 2 + (ry - u * ey) ** 2, axis=1))
            # sections: the nearest seed's; distance to the cell of that seed among the seeds of
            # other sections: min over them of (d_j^2 - d_i^2) / (2 |s_i - s_j|)
            d2 = (px[:, None] - self.seeds[None, :, 0]) ** 2 + (py[:, None] - self.seeds[None, :, 1]) ** 2
            nearest = np.argmin(d2, axis=1)
            d2min = d2[np.arange(len(px)), nearest]
            bisector = (d2 - d2min[:, None]) / (2 * np.maximum(self.seed_gap[nearest], 1e-9))
            bisector[self.seed_owner[None, :] == self.seed_owner[nearest][:, None]] = np.inf
            ok = inside & (edge_distance > margin) & (bisector.min(axis=1) > margin)
            far_out = ~inside & (edge_distance > margin)
            result[start:start + len(px)] = np.where(ok, self.seed_owner[nearest], np.where(far_out, -2, -1))
        return result

    def _raster(self, step=20.0):
        """Section of each square of `step` metres lying wholly MARGIN_M inside one (else -1)."""
        self.step = step
        self.low = self.vertices.min(axis=0) - step
        shape = np.ceil((self.vertices.max(axis=0) + step - self.low) / step).astype(int)
        cx, cy = np.meshgrid(self.low[0] + (np.arange(shape[0]) + .5) * step,
                             self.low[1] + (np.arange(shape[1]) + .5) * step, indexing="ij")
        half_diagonal = step * math.sqrt(2) / 2
        self.grid = self._locate_exact(cx.ravel(), cy.ravel(), MARGIN_M + half_diagonal + .01).reshape(shape)

    def locate(self, x, y):
        """Section index of each point, or -1 outside the territory or within MARGIN_M of its
        boundary or of another section (a raster lookup; exact distances near the edges)."""
        i = np.floor((x - self.low[0]) / self.step).astype(np.int64)
        j = np.floor((y - self.low[1]) / self.step).astype(np.int64)
        inside = (i >= 0) & (j >= 0) & (i < self.grid.shape[0]) & (j < self.grid.shape[1])
        result = np.full(len(x), -1, dtype=np.int64)
        result[inside] = self.grid[i[inside], j[inside]]
        unsure = np.flatnonzero(inside & (result == -1))
        if len(unsure):
            result[unsure] = self._locate_exact(x[unsure], y[unsure], MARGIN_M)
        return np.maximum(result, -1)


# ------------------------------------------------------------------------------------------------
# the generator

class _Generator:

    def __init__(self, cur, n, seed, until, centre, log):
        self.cur, self.n, self.log = cur, n, log
        self.rng = np.random.default_rng(seed)
        cur.execute("SELECT key, value FROM gpsu.settings")
        settings = dict(cur.fetchall())
        self.srid = int(settings["srid"])
        self.tz_name = settings.get("timezone") or "UTC"
        self.target_hours = int(settings.get("dispatch.default_target_hours") or 72)
        self.max_bytes = int(settings.get("attachments.max_bytes") or 10485760)
        cur.execute("SELECT proj4text FROM spatial_ref_sys WHERE srid = %s", (self.srid,))
        proj = (cur.fetchone() or ("",))[0] or ""
        if "+units=" in proj and "+units=m" not in proj:
            raise DemoRefused("EPSG:{} is not in metres; the demo municipality is drawn in metres.".format(self.srid))
        if centre is None:
            cur.execute("SELECT ST_X(p), ST_Y(p) FROM ST_Transform(ST_SetSRID(ST_MakePoint(%s, %s), 4326), %s) p",
                        (CENTRE_LONLAT[0], CENTRE_LONLAT[1], self.srid))
            centre = tuple(round(v) for v in cur.fetchone())
        self.geo = _Geography(centre)
        # time frame: four years up to the start of `until` (local time of the municipality)
        self.end_day = (until - date(1970, 1, 1)).days
        self.first_day = self.end_day - DAYS
        self.clock = _Clock(self.tz_name, self.first_day - 2, self.end_day + 2)
        self.end_local = self.end_day * 86400
        self.end_utc = int(self.clock.to_utc(np.array([self.end_local]))[0])
        self.timestamps = _Timestamps()
        self.plate_style = "fr" if self.srid in (2154, 27572, 3942, 3943, 3944, 3945, 3946, 3947, 3948, 3949,
                                                 3950) else "be"

    # -- reference data ---------------------------------------------------------------------------

    def read_reference(self):
        cur = self.cur
        cur.execute("SELECT id, code FROM gpsu.services ORDER BY id")
        self.services = cur.fetchall()
        self.service_code = dict(self.services)
        cur.execute("""
            SELECT c.id, c.code, coalesce(p.code, c.code), c.colour
            FROM gpsu.categories c LEFT JOIN gpsu.categories p ON p.id = c.parent_id
            WHERE c.active AND NOT EXISTS (SELECT 1 FROM gpsu.categories k WHERE k.parent_id = c.id AND k.active)
            ORDER BY c.id""")
        self.leaves = []
        for cat_id, code, group, colour in cur.fetchall():
            spec = LEAVES.get(code, DEFAULT_LEAF)
            cur.execute("SELECT key, field_type, required, coalesce(choices, '{}') FROM gpsu.template_fields(%s)",
                        (cat_id,))
            fields = [(key, kind, required, tuple(choices)) for key, kind, required, choices in cur.fetchall()]
            self.leaves.append(dict(id=cat_id, code=code, group=group, colour=colour, spec=spec, fields=fields))
        if not self.leaves:
            raise DemoRefused("No categories: load the reference data first (python -m gpsu_plugin.cli db seed).")

    # -- districts and schools --------------------------------------------------------------------

    def write_districts(self):
        geo, srid = self.geo, self.srid
        self.cur.execute("""
            WITH territory AS (SELECT ST_SetSRID(ST_GeomFromText(%(territory)s), %(srid)s) AS g),
            seeds AS (SELECT s.owner, ST_SetSRID(ST_MakePoint(s.x, s.y), %(srid)s) AS g
                      FROM unnest(%(owner)s::int[], %(x)s::float8[], %(y)s::float8[]) AS s(owner, x, y)),
            cells AS (SELECT (ST_Dump(ST_VoronoiPolygons(ST_Collect(seeds.g), 0,
                                                         ST_Expand(ST_Envelope(territory.g), 3000)))).geom AS g
                      FROM seeds, territory GROUP BY territory.g),
            owned AS (SELECT seeds.owner, cells.g FROM cells JOIN seeds ON ST_Contains(cells.g, seeds.g)),
            sections AS (SELECT s.ord - 1 AS owner, s.code, s.name
                         FROM unnest(%(codes)s::text[], %(names)s::text[]) WITH ORDINALITY AS s(code, name, ord))
            INSERT INTO gpsu.districts (code, name, geom)
            SELECT sections.code, sections.name,
                   ST_Multi(ST_CollectionExtract(ST_MakeValid(ST_Intersection(ST_Union(owned.g), territory.g)), 3))
            FROM sections JOIN owned USING (owner) CROSS JOIN territory
            GROUP BY sections.owner, sections.code, sections.name, territory.g
            ORDER BY sections.owner
            RETURNING id, code""", dict(territory=geo.territory_wkt(), srid=srid,
                                         owner=geo.seed_owner.tolist(), x=geo.seeds[:, 0].tolist(),
                                         y=geo.seeds[:, 1].tolist(), codes=[s[0] for s in SECTIONS],
                                         names=[s[1] for s in SECTIONS]))
        by_code = dict((code, district_id) for district_id, code in self.cur.fetchall())
        self.district_ids = np.array([by_code[s[0]] for s in SECTIONS], dtype=np.int64)

    def write_schools(self):
        rng = np.random.default_rng(7601)
        rows = []
        for k, (school, xy) in enumerate(self.geo.schools):
            name, kind, section, _, pupils, staff, street = school
            if self.geo.locate(np.array([xy[0]]), np.array([xy[1]]))[0] < 0:
                xy = self.geo.section_xy[section]
            if self.srid == 2154:
                code = "0590{:03d}{}".format(100 + 37 * k % 900, "ABCDEFGHJKLMNPRSTUVWXYZ"[k % 23])
            else:
                code = "FASE {}".format(1400 + 53 * k)
            width, depth, angle = rng.uniform(60, 140), rng.uniform(45, 95), rng.uniform(0, math.pi)
            corners = []
            for sx, sy in ((-1, -1), (1, -1), (1, 1), (-1, 1), (-1, -1)):
                dx, dy = sx * width / 2, sy * depth / 2
                corners.append((xy[0] + dx * math.cos(angle) - dy * math.sin(angle),
                                xy[1] + dx * math.sin(angle) + dy * math.cos(angle)))
            site = "MULTIPOLYGON(((" + ", ".join("{:.2f} {:.2f}".format(*c) for c in corners) + ")))"
            rows.append((code, name, kind, street, "{} {}".format(SECTIONS[section][2], SECTIONS[section][1]),
                         pupils, staff, float(xy[0]), float(xy[1]), site))
        for code, name, kind, street, town, pupils, staff, x, y, site in rows:
            self.cur.execute("""
                WITH s AS (INSERT INTO gpsu.schools (code, name, school_type, address, town, pupils, staff, geom)
                           VALUES (%s, %s, %s, %s, %s, %s, %s, ST_SetSRID(ST_MakePoint(%s, %s), %s)) RETURNING id)
                INSERT INTO gpsu.school_sites (school_id, name, geom)
                SELECT s.id, %s, ST_SetSRID(ST_GeomFromText(%s), %s) FROM s""",
                             (code, name, kind, street, town, pupils, staff, x, y, self.srid,
                              "Site principal", site, self.srid))
        self.school_xy = np.array([xy for _, xy in self.geo.schools])
        self.school_pupils = np.array([s[4] for s, _ in self.geo.schools], dtype=float)

    def read_dispatch(self):
        """Service, priority and target time of each (leaf, district), as the trigger would compute."""
        self.cur.execute("""
            SELECT c.id, d.id, r.service_id, r.priority, r.target_hours
            FROM unnest(%s::int[]) AS c(id) CROSS JOIN gpsu.districts d
            CROSS JOIN LATERAL gpsu.dispatch_for(c.id, d.id) r""", ([leaf["id"] for leaf in self.leaves],))
        leaf_index = {leaf["id"]: i for i, leaf in enumerate(self.leaves)}
        district_index = {int(d): i for i, d in enumerate(self.district_ids)}
        shape = (len(self.leaves), len(self.district_ids))
        self.rule_service = np.full(shape, -1, dtype=np.int64)
        self.rule_priority = np.full(shape, 3, dtype=np.int64)
        self.rule_hours = np.full(shape, self.target_hours, dtype=np.int64)
        for cat_id, district_id, service_id, priority, hours in self.cur.fetchall():
            i, j = leaf_index[cat_id], district_index[district_id]
            self.rule_service[i, j] = service_id if service_id is not None else -1
            self.rule_priority[i, j] = priority or 3
            self.rule_hours[i, j] = hours or self.target_hours

    # -- space ------------------------------------------------------------------------------------

    def _component(self, name, n):
        """Points of one spatial component; returns x, y and a place label (or None: a street)."""
        rng, geo = self.rng, self.geo
        if name in self.geo.hotspots or name in ("villages", "schools", "market"):
            if name == "villages":
                centres = geo.section_xy
                spreads = np.array([600.0] + [330.0] * (len(SECTIONS) - 1))
                weights = np.array([s[4] for s in SECTIONS], dtype=float)
                labels = [None] * len(SECTIONS)
            elif name == "schools":
                centres, spreads = self.school_xy, np.full(len(self.school_xy), 60.0)
                weights = self.school_pupils
                labels = ["Abords de l'école : " + s[0] for s in SCHOOLS]
            elif name == "market":
                label, xy, _ = geo.hotspots["centre"][0]
                centres, spreads, weights, labels = np.array([xy]), np.array([70.0]), np.ones(1), [label]
            else:
                spots = geo.hotspots[name]
                centres = np.array([xy for _, xy, _ in spots])
                spreads = np.array([spread for _, _, spread in spots], dtype=float)
                weights = np.ones(len(spots))
                labels = [label for label, _, _ in spots]
            k = _pick(rng, weights, n)
            xy = centres[k] + rng.normal(size=(n, 2)) * spreads[k][:, None]
            near = np.hypot(*(xy - centres[k]).T) < 1.5 * spreads[k]
            place = [labels[j] if ok else None for j, ok in zip(k.tolist(), near.tolist())]
            return xy[:, 0], xy[:, 1], place
        # uniform or rural: rejection sampling in the territory's bounding box
        low, high = geo.vertices.min(axis=0), geo.vertices.max(axis=0)
        xs, ys = [], []
        got = 0
        while got < n:
            m = max(64, 2 * (n - got))
            cand = low + rng.random((m, 2)) * (high - low)
            keep = geo.locate(cand[:, 0], cand[:, 1]) >= 0
            if name == "rural":
                dist = np.min(np.hypot(cand[:, None, 0] - geo.section_xy[None, :, 0],
                                       cand[:, None, 1] - geo.section_xy[None, :, 1]), axis=1)
                keep &= rng.random(m) < np.minimum(1, (dist / 1800.0) ** 2)
            cand = cand[keep]
            xs.append(cand[:, 0])
            ys.append(cand[:, 1])
            got += len(cand)
        x, y = np.concatenate(xs)[:n], np.concatenate(ys)[:n]
        return x, y, ["rural" if name == "rural" else None] * n

    def _points(self, space, n):
        """n points of a leaf's spatial mixture, all inside a section (resampled until they are)."""
        names = list(space)
        which = _pick(self.rng, [space[k] for k in names], n)
        x, y = np.empty(n), np.empty(n)
        place = [None] * n
        todo = np.arange(n)
        for _ in range(50):
            if len(todo) == 0:
                break
            for c, name in enumerate(names):
                idx = todo[which[todo] == c]
                if len(idx):
                    px, py, pl = self._component(name, len(idx))
                    x[idx], y[idx] = np.round(px, 2), np.round(py, 2)
                    for i, label in zip(idx.tolist(), pl):
                        place[i] = label
            todo = todo[self.geo.locate(x[todo], y[todo]) < 0]
        if len(todo):  # pragma: no cover (a hotspot outside the territory)
            raise RuntimeError("could not place {} points inside the territory".format(len(todo)))
        return x, y, place

    def _around(self, x0, y0, radius):
        """Points uniformly within `radius` of (x0, y0), inside a section (resampled)."""
        n = len(x0)
        x, y = np.empty(n), np.empty(n)
        todo = np.arange(n)
        for attempt in range(60):
            if len(todo) == 0:
                break
            r = radius * np.sqrt(self.rng.random(len(todo))) * (1 if attempt < 40 else .2)
            a = self.rng.uniform(0, 2 * math.pi, len(todo))
            x[todo] = np.round(x0[todo] + r * np.cos(a), 2)
            y[todo] = np.round(y0[todo] + r * np.sin(a), 2)
            todo = todo[self.geo.locate(x[todo], y[todo]) < 0]
        x[todo], y[todo] = x0[todo], y0[todo]  # the original point is inside
        return x, y

    # -- time -------------------------------------------------------------------------------------

    def _day_weights(self, spec):
        days = np.arange(self.first_day, self.end_day)
        month = days.astype("datetime64[D]").astype("datetime64[M]").astype(np.int64) % 12
        dow = (days + 3) % 7
        trend = .8 + .35 * (days - self.first_day) / DAYS  # GPS-U used more and more
        w = np.asarray(MONTHS[spec["month"]])[month] * np.asarray(WEEKDAYS[spec["weekday"]])[dow] * trend
        return days, month, w / w.sum()

    def _times(self, spec, n):
        """Local wall-clock seconds of n facts of a leaf, to the minute; and event labels."""
        rng = self.rng
        days, month, p = self._day_weights(spec)
        k = rng.choice(len(days), size=n, p=p)
        day, mon = days[k], month[k]
        event = np.full(n, -1, dtype=np.int64)
        if spec.get("events"):
            event_days, event_names = [], []
            for year in range(1970 + int(self.first_day // 365.25) - 1, 1970 + int(self.end_day // 365.25) + 2):
                for j, (_, when) in enumerate(EVENTS):
                    d = (when(year) - date(1970, 1, 1)).days
                    if self.first_day <= d < self.end_day:
                        event_days.append(d)
                        event_names.append(j)
            on_event = (rng.random(n) < spec["events"]) & (len(event_days) > 0)
            if on_event.any():
                pick = rng.integers(0, len(event_days), on_event.sum())
                day[on_event] = np.asarray(event_days)[pick]
                event[on_event] = np.asarray(event_names)[pick]
                mon[on_event] = day[on_event].astype("datetime64[D]").astype("datetime64[M]").astype(np.int64) % 12
        hours = _pick(rng, HOURS[spec["hours"]], n)
        if spec.get("hours_winter"):
            winter = np.isin(mon, WINTER_MONTHS)
            hours[winter] = _pick(rng, HOURS[spec["hours_winter"]], int(winter.sum()))
        seconds = day * 86400 + hours * 3600 + rng.integers(0, 60, n) * 60
        return seconds, event

    def _windows(self, spec, t):
        """observed_from/observed_to (local seconds, -1 when the time is known) around times t."""
        rng = self.rng
        n = len(t)
        start, end = np.full(n, -1, np.int64), np.full(n, -1, np.int64)
        if not spec.get("window"):
            return start, end
        share, styles = spec["window"]
        windowed = np.flatnonzero(rng.random(n) < share)
        names = list(styles)
        style = _pick(rng, [styles[s] for s in names], len(windowed))
        for c, name in enumerate(names):
            idx = windowed[style == c]
            m = len(idx)
            if not m:
                continue
            tt = t[idx]
            if name == "workday":
                day0 = tt // 86400 * 86400
                a = day0 + 8 * 3600 - rng.integers(0, 61, m) * 60
                b = day0 + 18 * 3600 + rng.integers(-30, 91, m) * 60
            else:
                before, after = WINDOWS[name]
                a = tt - (rng.uniform(*before, m) * 3600).astype(np.int64)
                b = tt + (rng.uniform(*after, m) * 3600).astype(np.int64)
            a = np.minimum(a, tt - 900) // 900 * 900
            b = -(-np.maximum(b, tt + 900) // 900) * 900
            b = np.minimum(b, self.end_local - 1800)
            start[idx], end[idx] = np.minimum(a, b), b
        return start, end

    # -- incidents --------------------------------------------------------------------------------

    def build_incidents(self):
        rng, n = self.rng, self.n
        leaves = self.leaves
        weights = np.array([leaf["spec"]["weight"] for leaf in leaves], dtype=float)
        n_dup = int(round(n * DUPLICATE_SHARE))
        counts = rng.multinomial(n - n_dup, weights / weights.sum())
        parts = []
        burglary = [i for i, leaf in enumerate(leaves) if leaf["group"] == "burglary"]
        for i in range(len(leaves)):
            if i in burglary or counts[i] == 0:
                continue
            parts.append(self._primary(i, counts[i]))
        if burglary:
            parts.append(self._burglaries(burglary, int(sum(counts[i] for i in burglary))))
        facts = {key: np.concatenate([p[key] for p in parts]) for key in parts[0] if key != "place"}
        facts["place"] = [label for p in parts for label in p["place"]]
        facts = self._add_duplicates(facts, n_dup)
        self._finish_incidents(facts)

    def _primary(self, leaf_index, n):
        spec = self.leaves[leaf_index]["spec"]
        t, event = self._times(spec, n)
        x, y, place = self._points(spec["space"], n)
        return self._facts(leaf_index, t, event, x, y, place)

    def _facts(self, leaf_index, t, event, x, y, place):
        spec = self.leaves[leaf_index]["spec"]
        start, end = self._windows(spec, t)
        n = len(t)
        return dict(leaf=np.full(n, leaf_index, np.int64), t=t, event=event, x=x, y=y, place=place,
                    obs_from=start, obs_to=end, dup_of=np.full(n, -1, np.int64), parent=np.full(n, -1, np.int64))

    def _burglaries(self, leaf_indices, total):
        """Burglaries as a self-exciting process: each one raises the chance of another within
        NEAR_REPEAT_RADIUS_M and NEAR_REPEAT_DAYS (near repeats)."""
        rng = self.rng
        lw = np.array([self.leaves[i]["spec"]["weight"] for i in leaf_indices], dtype=float)
        n_background = max(1, int(round(total * (1 - NEAR_REPEAT_RATIO))))
        parts = []
        leaf_of = np.asarray(leaf_indices)[_pick(rng, lw, n_background)]
        generation = [self._primary(int(i), int((leaf_of == i).sum())) for i in leaf_indices if (leaf_of == i).any()]
        produced = 0
        while generation and produced < total:
            parts.extend(generation)
            produced += sum(len(g["t"]) for g in generation)
            parents = {k: np.concatenate([g[k] for g in generation]) for k in ("t", "x", "y")}
            kids = rng.poisson(NEAR_REPEAT_RATIO, len(parents["t"]))
            src = np.repeat(np.arange(len(parents["t"])), kids)
            delay = rng.exponential(3.5 * 86400, len(src))
            keep = delay <= NEAR_REPEAT_DAYS * 86400
            src, delay = src[keep], delay[keep].astype(np.int64)
            t = (parents["t"][src] + delay) // 60 * 60
            keep = t < self.end_local - 3600
            src, t = src[keep], t[keep]
            if not len(src):
                break
            x, y = self._around(parents["x"][src], parents["y"][src], NEAR_REPEAT_RADIUS_M)
            leaf_of = np.asarray(leaf_indices)[_pick(rng, lw, len(src))]
            generation = []
            for i in leaf_indices:
                sel = leaf_of == i
                if sel.any():
                    generation.append(self._facts(int(i), t[sel], np.full(int(sel.sum()), -1, np.int64),
                                                  x[sel], y[sel], [None] * int(sel.sum())))
        facts = {k: np.concatenate([p[k] for p in parts]) for k in parts[0] if k != "place"}
        facts["place"] = [label for p in parts for label in p["place"]]
        m = len(facts["t"])
        if m > total:
            keep = np.sort(rng.choice(m, total, replace=False))
            facts = {k: (np.asarray(v, dtype=object)[keep].tolist() if k == "place" else v[keep])
                     for k, v in facts.items()}
        elif m < total:
            leaf_of = np.asarray(leaf_indices)[_pick(rng, lw, total - m)]
            extra = [self._primary(int(i), int((leaf_of == i).sum())) for i in leaf_indices if (leaf_of == i).any()]
            for k in list(facts):
                if k == "place":
                    facts[k] = facts[k] + [label for e in extra for label in e[k]]
                else:
                    facts[k] = np.concatenate([facts[k]] + [e[k] for e in extra])
        return facts

    def _add_duplicates(self, facts, n_dup):
        """Duplicates: the same fact logged again nearby, shortly after an earlier one."""
        rng = self.rng
        if n_dup == 0:
            return facts
        t_ref = np.where(facts["obs_to"] >= 0, facts["obs_to"], facts["t"])
        eligible = np.flatnonzero(t_ref < self.end_local - 3 * 86400)
        orig = rng.choice(eligible, n_dup, replace=len(eligible) < n_dup)
        x, y = self._around(facts["x"][orig], facts["y"][orig], 40.0)
        t = facts["t"][orig] + rng.integers(10, 360, n_dup) * 60
        windowed = facts["obs_to"][orig] >= 0
        t = np.where(windowed, facts["t"][orig], t)
        dup = dict(leaf=facts["leaf"][orig], t=t, event=facts["event"][orig], x=x, y=y,
                   obs_from=facts["obs_from"][orig], obs_to=facts["obs_to"][orig], dup_of=orig,
                   parent=np.full(n_dup, -1, np.int64))
        out = {k: np.concatenate([facts[k], dup[k]]) for k in dup}
        out["place"] = facts["place"] + [facts["place"][i] for i in orig.tolist()]
        return out

    def _finish_incidents(self, f):
        """Recording times, order (ids, numbers), district, dispatch, templates, the workflow."""
        rng, n = self.rng, len(f["t"])
        windowed = f["obs_to"] >= 0
        ref = np.where(windowed, f["obs_to"], f["t"])
        delay = np.where(windowed, _lognormal(rng, 1.5, 1.0, n, 300), _lognormal(rng, .4, 1.1, n, 60))
        delay = np.minimum(delay, 3 * 86400)
        rec_local = ref + delay
        late = rec_local >= self.end_local - 60
        rec_local[late] = ref[late] + ((self.end_local - 60 - ref[late]) * rng.random(late.sum())).astype(np.int64)
        rec = self.clock.to_utc(rec_local) + rng.integers(0, 60, n)
        # a duplicate is recorded after its original
        is_dup = f["dup_of"] >= 0
        d = np.flatnonzero(is_dup)
        rec[d] = np.maximum(rec[d], rec[f["dup_of"][d]] + rng.integers(120, 6 * 3600, len(d)))
        rec[d] = np.minimum(rec[d], self.end_utc - 30)
        # ids and numbers follow the recording order
        order = np.lexsort((rng.random(n), rec))
        rank = np.empty(n, np.int64)
        rank[order] = np.arange(n)
        g = {k: (v[order] if isinstance(v, np.ndarray) else [v[i] for i in order.tolist()]) for k, v in f.items()}
        g["rec"] = rec[order]
        g["dup_of"] = np.where(g["dup_of"] >= 0, rank[np.maximum(g["dup_of"], 0)], -1)
        assert (g["dup_of"] < np.arange(n)).all()
        self.ids = np.arange(1, n + 1, dtype=np.int64)
        year = (self.clock.to_local(g["rec"]) // 86400).astype("datetime64[D]").astype("datetime64[Y]")
        year = year.astype(np.int64) + 1970
        years, first = np.unique(year, return_index=True)
        seq = np.arange(n) - first[np.searchsorted(years, year)] + 1
        self.numbers = ["{}-{:05d}".format(y, s) for y, s in zip(year.tolist(), seq.tolist())]
        self.counters = [(int(y), int((year == y).sum())) for y in years]
        # where, who, what
        section = self.geo.locate(g["x"], g["y"])
        assert (section >= 0).all()
        g["section"] = section
        g["district"] = self.district_ids[section]
        g["service"] = self.rule_service[g["leaf"], section]
        g["priority"] = self.rule_priority[g["leaf"], section].copy()
        g["due"] = g["rec"] + self.rule_hours[g["leaf"], section] * 3600
        g["reporter"] = _pick(rng, OFFICER_WEIGHTS, n)
        g["obs_at"] = np.where(g["obs_to"] >= 0, -1, self.clock.to_utc(g["t"]))
        windowed = g["obs_to"] >= 0
        g["obs_from"] = np.where(windowed, self.clock.to_utc(np.where(windowed, g["obs_from"], g["t"])), -1)
        g["obs_to"] = np.where(windowed, self.clock.to_utc(np.where(windowed, g["obs_to"], g["t"])), -1)
        self.f = g
        self._workflow()

    def _descriptions_and_places(self, a, b):
        """Description and place of facts a..b (a street and number, a hotspot, a field path)."""
        rng, f = self.rng, self.f
        variant = rng.integers(0, 1 << 30, b - a)
        house = rng.integers(1, 181, b - a)
        descs = [leaf["spec"]["desc"] for leaf in self.leaves]
        streets = [s[5] for s in SECTIONS]
        places = []
        for v, label, sec, h in zip(variant.tolist(), f["place"][a:b], f["section"][a:b].tolist(), house.tolist()):
            if label is None:
                places.append(streets[sec][v % len(streets[sec])] + " " + str(h))
            elif label == "rural":
                places.append(RURAL_WAYS[v % len(RURAL_WAYS)] + ", " + SECTIONS[sec][1])
            else:
                places.append(label)
        descriptions = [descs[leaf][v % len(descs[leaf])] for leaf, v in
                        zip(f["leaf"][a:b].tolist(), (variant >> 8).tolist())]
        return descriptions, places

    def _plates(self, n):
        rng = self.rng
        letters = np.array(list("ABCDEFGHJKLMNPRSTVWXYZ"))
        l3 = letters[rng.integers(0, len(letters), (n, 4))]
        digits = rng.integers(0, 1000, n)
        if self.plate_style == "fr":
            return ["{}{}-{:03d}-{}{}".format(a, b, d, c, e) for (a, b, c, e), d in zip(l3.tolist(), digits.tolist())]
        first = rng.integers(1, 3, n)
        return ["{}-{}{}{}-{:03d}".format(f, a, b, c, d) for f, (a, b, c, _), d in
                zip(first.tolist(), l3.tolist(), digits.tolist())]

    def _field_values(self, leaf, key, kind, required, choices, rows):
        """Values (strings) of one template field for one leaf's rows, and which rows have it
        (required fields and booleans always, as the form stores them; optional ones often)."""
        rng, f = self.rng, self.f
        m = len(rows)
        present = np.ones(m, bool) if (required or kind == "boolean") else rng.random(m) < OPTIONAL_SHARE
        if kind == "boolean":
            share = BOOLEAN_TRUE.get(key, .5)
            if isinstance(share, dict):
                share = share.get(leaf["code"], share["default"])
            values = np.where(rng.random(m) < share, "true", "false").tolist()
        elif kind == "choice":
            weights = CHOICE_WEIGHTS.get(key, {})
            w = [weights.get(c, 1.0 / len(choices)) for c in choices]
            values = [choices[i] for i in _pick(rng, w, m).tolist()]
        elif kind == "plate":
            values = self._plates(m)
        elif kind == "integer":
            if key == "injured":
                base = rng.geometric(.55, m) - 1
                values = _str_ints(base if leaf["code"] == "fight" else base // 2)
            else:
                values = _str_ints(rng.integers(0, 6, m))
        elif kind == "date":
            t = np.where(f["obs_at"][rows] >= 0, f["obs_at"][rows], f["obs_from"][rows])
            days = (self.clock.to_local(t) // 86400).astype("datetime64[D]")
            values = [str(d) for d in np.datetime_as_string(days)]
        else:
            vocab = {"vehicle": VEHICLES, "bicycle": BICYCLES, "people_involved": PEOPLE, "stolen_items": STOLEN,
                     "waste_type": WASTE, "event": OTHER_EVENTS}.get(key)
            if key == "object":
                vocab = OBJECTS.get(leaf["code"])
            vocab = vocab or ("Non précisé",)
            values = [vocab[i] for i in rng.integers(0, len(vocab), m).tolist()]
            if key == "event":
                values = [EVENTS[e][0] if e >= 0 else v for e, v in zip(f["event"][rows].tolist(), values)]
        return values, present

    def _templates(self, a, b):
        """The observation templates of facts a..b (every required field present and valid), as
        JSON text; the officer raises the priority of an immediate hazard or of injured people."""
        f = self.f
        templates = ["{}"] * (b - a)
        leaf_of = f["leaf"][a:b]
        for i, leaf in enumerate(self.leaves):
            rows = np.flatnonzero(leaf_of == i)
            if not len(rows) or not leaf["fields"]:
                continue
            columns = []
            for key, kind, required, choices in leaf["fields"]:
                values, present = self._field_values(leaf, key, kind, required, choices, rows + a)
                prefix = json.dumps(key) + ": "
                if kind == "choice":  # administrators' words: JSON-escaped
                    token = {c: prefix + json.dumps(c, ensure_ascii=False) for c in choices}
                    column = [token[v] for v in values]
                else:  # our own vocabulary, checked at import: no quote, backslash or control
                    column = [prefix + '"' + v + '"' for v in values]
                columns.append([c if p else None for c, p in zip(column, present.tolist())])
                if key == "hazard":
                    hit = a + rows[present & (np.asarray(values) == "true")]
                    f["priority"][hit] = np.minimum(f["priority"][hit], 2)
                elif key == "injured":
                    hit = a + rows[present & (np.asarray(values) != "0")]
                    f["priority"][hit] = 1
            for r, parts in zip(rows.tolist(), zip(*columns)):
                templates[r] = "{" + ", ".join(p for p in parts if p) + "}"
        bump = a + np.flatnonzero(self.rng.random(b - a) < .03)
        f["priority"][bump] = np.maximum(f["priority"][bump] - 1, 1)
        return templates

    # -- the case workflow ------------------------------------------------------------------------

    def _per_service(self, table, default):
        """Pace and vocabulary looked up by service id: arrays indexed by service id (+1)."""
        top = max([s for s, _ in self.services] + [0]) + 2
        return [table.get(self.service_code.get(s - 1, ""), default) for s in range(top)]

    def _workflow(self):
        """Each case's life up to the end of the period, as times of its transitions (NEVER: not
        in its path); then the history it leaves."""
        rng, f, end = self.rng, self.f, self.end_utc
        n = len(f["t"])
        service = f["service"]
        pace = np.array(self._per_service(SERVICE_PACE, DEFAULT_PACE), dtype=float)[service + 1]
        start_h, resolve_h, reject_p = pace[:, 0], pace[:, 1], pace[:, 2]
        v = dict(end=end, rec=f["rec"])
        dup = f["dup_of"] >= 0
        v["created_dup"] = dup & (rng.random(n) < .5)
        v["marked_dup"] = dup & ~v["created_dup"]
        v["untriaged"] = ~dup & (rng.random(n) < UNTRIAGED_SHARE)
        forgotten = rng.random(n) < .02
        u = rng.random(n)
        v["reject"] = ~dup & (u < reject_p)
        v["direct"] = ~dup & ~v["reject"] & (u < reject_p + .15)
        v["normal"] = ~dup & ~v["reject"] & ~v["direct"]
        v["reject_ip"] = v["reject"] & (rng.random(n) < .3)
        # tasks: a partner service shares some cases in progress
        ids_by_code = {c: i for i, c in self.services}
        partner_of = {}
        for s, c in self.services:
            p = ids_by_code.get(TASK_PARTNER.get(c, "prevention_security"))
            partner_of[s] = p if p is not None and p != s else next((i for i, _ in self.services if i != s), -1)
        partner = np.array([partner_of.get(s, -1) for s in range(max(partner_of, default=0) + 1)] + [-1])[service]
        v["tasks"] = v["normal"] & (rng.random(n) < .03) & (service >= 0) & (partner >= 0)
        v["partner"] = partner
        v["reopen"] = (v["normal"] | v["direct"]) & ~v["tasks"] & (rng.random(n) < .02)

        rec = f["rec"]
        slow = np.where(rng.random(n) < .1, 30, 1)
        v["t_assign"] = np.where(v["untriaged"], rec + _lognormal(rng, 36, 1.2, n) * slow, NEVER)
        t0 = np.where(v["untriaged"], v["t_assign"], rec)
        v["t_start"] = t0 + _lognormal(rng, start_h * np.where(forgotten, 40, 1), 1.0, n)
        stalled = rng.random(n) < STALLED_SHARE  # waiting for a contractor, an owner, a court…
        d_res = _lognormal(rng, resolve_h * np.where(stalled, STALLED_FACTOR, 1), 1.1, n)
        v["t_res"] = np.where(v["direct"], v["t_start"] + d_res // 2, v["t_start"] + d_res)
        v["t_close"] = v["t_res"] + _lognormal(rng, 48, .9, n)
        v["t_rej"] = np.where(v["reject_ip"], v["t_start"] + d_res // 3 + 60, v["t_start"])
        v["t_mark"] = rec + _lognormal(rng, 8, 1.0, n)
        v["t_reopen"] = v["t_close"] + _lognormal(rng, 240, .8, n)
        v["t_res2"] = v["t_reopen"] + _lognormal(rng, 72, 1.0, n)
        v["t_close2"] = v["t_res2"] + _lognormal(rng, 48, .9, n)
        v["t_task"] = v["t_start"] + ((v["t_res"] - v["t_start"]) * rng.uniform(.1, .6, n)).astype(np.int64) + 60
        v["t_task_ip"] = v["t_task"] + _lognormal(rng, 24, .8, n)
        v["task_rejected"] = rng.random(n) < .1
        v["t_task_end"] = np.where(v["task_rejected"], v["t_task"] + _lognormal(rng, 24, .8, n),
                                   v["t_task_ip"] + _lognormal(rng, 72, 1, n))
        # services act in the day: a night time moves to the next morning, each step after the previous
        office = self._office_hours
        v["t_assign"] = office(v["t_assign"])
        t0 = np.where(v["untriaged"], v["t_assign"], rec)
        chain = (("t_start", t0), ("t_res", "t_start"), ("t_close", "t_res"), ("t_reopen", "t_close"),
                 ("t_res2", "t_reopen"), ("t_close2", "t_res2"), ("t_task", "t_start"), ("t_task_ip", "t_task"))
        for key, after in chain:
            v[key] = np.maximum(office(v[key]), (v[after] if isinstance(after, str) else after) + 60)
        v["t_rej"] = np.where(v["reject_ip"], np.maximum(office(v["t_rej"]), v["t_start"] + 60), v["t_start"])
        v["t_mark"] = office(v["t_mark"])
        v["t_task_end"] = np.maximum(office(v["t_task_end"]),
                                     np.where(v["task_rejected"], v["t_task"], v["t_task_ip"]) + 60)
        v["tasks"] &= v["t_task"] < end
        # a case with tasks closes when it is resolved and its tasks are done (by the triggers)
        v["t_close"] = np.where(v["tasks"], np.maximum(v["t_res"], v["t_task_end"]), v["t_close"])

        # every status in the demo: if the period left one out, the most recent cases get it
        status = self._final_status(v)
        candidates = (i for i in np.argsort(-rec, kind="stable").tolist() if not dup[i] and not v["tasks"][i])
        for wanted in (NEW, DISPATCHED, IN_PROGRESS, RESOLVED):
            if (status == wanted).any():
                continue
            i = next(candidates)
            v["untriaged"][i], v["reopen"][i] = wanted == NEW, False
            v["reject"][i] = v["reject_ip"][i] = v["direct"][i] = False
            v["normal"][i] = True
            v["t_assign"][i] = NEVER if wanted == NEW else v["t_assign"][i]
            v["t_start"][i] = NEVER if wanted in (NEW, DISPATCHED) else (rec[i] + end) // 2
            v["t_res"][i] = (v["t_start"][i] + end) // 2 if wanted == RESOLVED else NEVER
            v["t_close"][i] = NEVER
            status = self._final_status(v)
        v["task_id"] = np.where(v["tasks"], np.cumsum(v["tasks"]), 0)
        v["first"] = np.where(v["untriaged"], NEW, np.where(v["created_dup"], DUPLICATE, DISPATCHED))
        self.v = v
        f["status"] = status
        f["service_now"] = np.where(v["untriaged"] & (v["t_assign"] >= end), -1, service)
        f["service_created"] = np.where(v["untriaged"], -1, service)
        f["dup_now"] = np.where(status == DUPLICATE, f["dup_of"], -1)
        for key in ("version", "updated", "closed"):  # filled by _events, chunk by chunk
            f[key] = np.zeros(n, np.int64)
        self.comments, self.comment_ids = [], {}
        self.event_chunks, self.task_parts, self.tasks = [], [], None

    def _office_hours(self, t):
        """Services act between 08:30 and 20:00: a time of the night moves to the next morning,
        between 08:30 and 11:30. Never earlier."""
        t = t.copy()
        sel = np.flatnonzero(t < self.end_utc + 86400)
        local = self.clock.to_local(t[sel])
        since = (local - 20 * 3600) % 86400  # seconds since 20:00
        night = np.flatnonzero(since < 12.5 * 3600)
        morning = local[night] - since[night] + 12.5 * 3600 + self.rng.integers(0, 3 * 3600, len(night))
        t[sel[night]] = np.maximum(self.clock.to_utc(morning.astype(np.int64)), t[sel[night]])
        return t

    @staticmethod
    def _final_status(v):
        """The status at the end of the period (the new status of the last transition before it)."""
        end = v["end"]
        s = np.where(v["untriaged"] & (v["t_assign"] >= end), NEW, DISPATCHED)
        s = np.where(v["created_dup"], DUPLICATE, s)
        s = np.where(v["marked_dup"] & (v["t_mark"] < end), DUPLICATE, s)
        started = v["t_start"] < end
        s = np.where(v["reject_ip"] & started, IN_PROGRESS, s)
        s = np.where(v["reject"] & (v["t_rej"] < end), REJECTED, s)
        s = np.where(v["normal"] & started, IN_PROGRESS, s)
        for path in (v["normal"], v["direct"]):
            s = np.where(path & (v["t_res"] < end), RESOLVED, s)
            s = np.where(path & (v["t_close"] < end), CLOSED, s)
        s = np.where(v["reopen"] & (v["t_reopen"] < end), IN_PROGRESS, s)
        s = np.where(v["reopen"] & (v["t_res2"] < end), RESOLVED, s)
        s = np.where(v["reopen"] & (v["t_close2"] < end), CLOSED, s)
        return s

    def _vocab(self, words):
        """Ids of `words` among the comments (registered in the order they are first used)."""
        for word in words:
            if word not in self.comment_ids:
                self.comment_ids[word] = len(self.comments)
                self.comments.append(word)
        return np.array([self.comment_ids[w] for w in words], np.int64)

    def _events(self, lo, hi):
        """History rows of cases lo..hi as the triggers and the plugin write them (by case, then
        time); what they leave in the incident (version, updated_at, closed_at); their tasks."""
        rng, f, end = self.rng, self.f, self.end_utc
        n = hi - lo
        v = {k: (val[lo:hi] if isinstance(val, np.ndarray) and val.shape == (len(f["rec"]),) else val)
             for k, val in self.v.items()}
        rec, service = f["rec"][lo:hi], f["service"][lo:hi]

        def choose(words, m):
            ids = self._vocab(words)
            return ids[rng.integers(0, len(ids), m)]

        resolve_vocab = [self._vocab(w) for w in self._per_service(RESOLVE_COMMENTS, DEFAULT_RESOLVE)]
        step_vocab = [self._vocab(w) for w in self._per_service(STEP_COMMENTS, DEFAULT_STEPS)]

        def by_service(table, idx, share=1.0):
            out = np.full(len(idx), -1, np.int64)
            keyed = service[idx] + 1
            for key in np.unique(keyed).tolist():
                sel = np.flatnonzero((keyed == key) & (rng.random(len(idx)) < share))
                out[sel] = table[key][rng.integers(0, len(table[key]), len(sel))]
            return out

        ev = []

        def add(idx, t, seq, action, old, new, comment=None, actor=None, task=None):
            """Rows for cases idx at times t, those before the end of the period."""
            keep = t < end
            idx, t = idx[keep], t[keep]
            m = len(idx)
            if isinstance(comment, tuple):
                comment = choose(comment, m)
            elif comment is not None:
                comment = comment[keep]
            ev.append(dict(inc=idx, t=t, seq=np.full(m, seq, np.int64), action=np.full(m, action, np.int64),
                           old=np.full(m, old, np.int64), new=np.full(m, new, np.int64),
                           comment=np.full(m, -1, np.int64) if comment is None else comment,
                           actor=_pick(rng, OFFICER_WEIGHTS, m) if actor is None else actor[keep],
                           task=np.zeros(m, np.int64) if task is None else task[keep]))

        def where(mask, t):
            idx = np.flatnonzero(mask)
            return idx, t[idx]

        first = v["first"]
        ev.append(dict(inc=np.arange(n), t=rec, seq=np.zeros(n, np.int64), action=np.full(n, A_CREATED, np.int64),
                       old=np.full(n, -1, np.int64), new=first, comment=np.full(n, -1, np.int64),
                       actor=f["reporter"][lo:hi], task=np.zeros(n, np.int64)))
        # triage: status and service in one update, with its reason
        idx, t = where(v["untriaged"], v["t_assign"])
        reason, actor = choose(ASSIGN_COMMENTS, len(idx)), _pick(rng, OFFICER_WEIGHTS, len(idx))
        add(idx, t, 1, A_STATUS, NEW, DISPATCHED, reason, actor)
        add(idx, t, 2, A_REASSIGNED, -1, -1, reason, actor)
        add(*where(v["marked_dup"], v["t_mark"]), 1, A_STATUS, DISPATCHED, DUPLICATE)
        add(*where(v["reject"] & ~v["reject_ip"], v["t_rej"]), 1, A_STATUS, DISPATCHED, REJECTED, REJECT_COMMENTS)
        add(*where(v["reject_ip"], v["t_start"]), 1, A_STATUS, DISPATCHED, IN_PROGRESS)
        add(*where(v["reject_ip"], v["t_rej"]), 1, A_STATUS, IN_PROGRESS, REJECTED, REJECT_COMMENTS)
        add(*where(v["normal"], v["t_start"]), 1, A_STATUS, DISPATCHED, IN_PROGRESS)
        idx, t = where(v["normal"], v["t_res"])
        add(idx, t, 1, A_STATUS, IN_PROGRESS, RESOLVED, by_service(resolve_vocab, idx, .4))
        add(*where(v["direct"], v["t_res"]), 1, A_STATUS, DISPATCHED, RESOLVED, DIRECT_COMMENTS)
        add(*where((v["normal"] | v["direct"]) & ~v["tasks"], v["t_close"]), 1, A_STATUS, RESOLVED, CLOSED)
        # with its tasks all done, resolving a case closes it at once (a trigger)
        add(*where(v["tasks"] & (v["t_close"] == v["t_res"]), v["t_close"]), 2, A_STATUS, RESOLVED, CLOSED)
        add(*where(v["reopen"], v["t_reopen"]), 1, A_STATUS, CLOSED, IN_PROGRESS, REOPEN_COMMENTS)
        idx, t = where(v["reopen"], v["t_res2"])
        add(idx, t, 1, A_STATUS, IN_PROGRESS, RESOLVED, by_service(resolve_vocab, idx, .4))
        add(*where(v["reopen"], v["t_close2"]), 1, A_STATUS, RESOLVED, CLOSED)
        # steps while the case is in progress
        worked = np.flatnonzero(v["normal"] & (v["t_start"] < end))
        busy = np.isin(service[worked], [i for i, c in self.services if c in ("works", "local_police")])
        src = np.repeat(worked, rng.poisson(np.where(busy, .9, .5)))
        stop = np.minimum(v["t_res"][src], end)
        t_step = v["t_start"][src] + ((stop - v["t_start"][src]) * rng.uniform(.05, .95, len(src))).astype(np.int64)
        t_step = self._office_hours(t_step)
        t_step = np.where(t_step < v["t_res"][src], t_step, NEVER)  # too late: not taken
        add(src, t_step, 3, A_STEP, -1, -1, by_service(step_vocab, src))
        self._task_events(v, lo, add, choose)

        e = {k: np.concatenate([x[k] for x in ev]) for k in ev[0]}
        # rows by case, then time: history ids and both of its indexes (id; incident_id, at) then
        # grow at their end, which halves the cost of the bulk load; `at` gives the chronology
        order = np.lexsort((e["seq"], e["t"], e["inc"]))
        e = {k: val[order] for k, val in e.items()}
        # a close made by a trigger (seq 2) belongs to the update that fired it, just before it
        fired = np.flatnonzero((e["seq"] == 2) & (e["action"] == A_STATUS))
        e["actor"][fired] = e["actor"][fired - 1]
        e["comment"][fired] = np.where(e["action"][fired - 1] == A_STATUS, e["comment"][fired - 1], -1)
        # what the history leaves in the incident
        changes = np.flatnonzero(e["action"] == A_STATUS)
        last = np.full(n, -1, np.int64)
        last[e["inc"][changes]] = changes  # rows are sorted: the last write is the latest change
        has = last >= 0
        final = np.where(has, e["new"][np.maximum(last, 0)], first)
        assert (final == f["status"][lo:hi]).all(), "workflow events disagree with the final status"
        f["version"][lo:hi] = 1 + np.bincount(e["inc"][changes], minlength=n)
        f["updated"][lo:hi] = np.where(has, e["t"][np.maximum(last, 0)], rec)
        f["closed"][lo:hi] = np.where(has & np.isin(final, [CLOSED, REJECTED, DUPLICATE]), f["updated"][lo:hi], -1)
        e["inc"] += lo
        return e

    def _task_events(self, v, lo, add, choose):
        """Tasks shared with a partner service while the case is in progress, and their history."""
        rng, end = self.rng, self.end_utc
        idx = np.flatnonzero(v["tasks"])
        m = len(idx)
        if not m:
            return
        task_id = v["task_id"][idx]
        t_task, t_ip, t_end = v["t_task"][idx], v["t_task_ip"][idx], v["t_task_end"][idx]
        rejected = v["task_rejected"][idx]
        description = choose(TASK_DESCRIPTIONS, m)
        creator = _pick(rng, OFFICER_WEIGHTS, m)

        def put(sel, t, seq, action, old, new, comment=None, actor=None, task=True):
            sel = np.flatnonzero(sel)
            add(idx[sel], t[sel], seq, action, old, new, None if comment is None else comment[sel],
                None if actor is None else actor[sel], task_id[sel] if task else None)

        put(np.ones(m, bool), t_task, 1, A_SHARED, -1, DISPATCHED, description, creator)
        put(~rejected, t_ip, 1, A_TASK, DISPATCHED, IN_PROGRESS)
        put(~rejected, t_end, 1, A_TASK, IN_PROGRESS, RESOLVED)
        put(rejected, t_end, 1, A_TASK, DISPATCHED, REJECTED)
        # the last task done after the case was resolved closes it (the tasks' trigger does)
        put(v["t_close"][idx] > v["t_res"][idx], t_end, 2, A_STATUS, RESOLVED, CLOSED, task=False)
        status = np.full(m, DISPATCHED)
        status = np.where(~rejected & (t_ip < end), IN_PROGRESS, status)
        status = np.where(~rejected & (t_end < end), RESOLVED, status)
        status = np.where(rejected & (t_end < end), REJECTED, status)
        changes = (~rejected & (t_ip < end)).astype(np.int64) + (t_end < end)
        updated = np.where(t_end < end, t_end, np.where(~rejected & (t_ip < end), t_ip, t_task))
        self.task_parts.append(dict(id=task_id, incident=idx + lo, service=v["partner"][idx], status=status,
                                    description=description, created=t_task, created_by=creator,
                                    updated=updated, version=1 + changes))

    # -- text for COPY (run in the loader's thread while the previous table loads) ----------------

    INCIDENT_COLUMNS = ("id", "number", "geom", "observed_at", "observed_from", "observed_to", "recorded_at",
                        "category_id", "priority", "status", "service_id", "district_id", "description", "reporter",
                        "version", "updated_at", "place", "template", "due_at", "closed_at", "duplicate_of")

    def incident_chunks(self, size=100_000):
        """Incidents in COPY binary; their histories are made chunk by chunk on the way."""
        f, n = self.f, self.n
        cat_ids = np.array([leaf["id"] for leaf in self.leaves], dtype=np.int64)
        geometry = np.dtype([("o", "u1"), ("t", "<u4"), ("s", "<u4"), ("x", "<f8"), ("y", "<f8")])  # EWKB
        officers = _texts(OFFICERS)
        # status, service and district: few combinations, their bytes once
        big = 1 << 20
        combo = (f["status"] * big + f["service_now"] + 1) * big + f["district"]
        cache = {}
        for a in range(0, n, size):
            b = min(n, a + size)
            m = b - a
            self.event_chunks.append(self._events(a, b))
            descriptions, places = self._descriptions_and_places(a, b)
            templates = self._templates(a, b)
            wkb = np.zeros(m, geometry)
            wkb["o"], wkb["t"], wkb["s"], wkb["x"], wkb["y"] = 1, 0x20000001, self.srid, f["x"][a:b], f["y"][a:b]
            keys = combo[a:b]
            for k in np.unique(keys).tolist():
                if k not in cache:
                    status, service, district = k // big // big, k // big % big - 1, k % big
                    cache[k] = (_texts([STATUSES[status]])[0]
                                + (NULL_FIELD if service < 0 else _length(4) + struct.pack(">i", service))
                                + _length(4) + struct.pack(">i", district))
            exact = f["obs_at"][a:b] >= 0
            at = _nullable(">i8", _micros(f["obs_at"][a:b]), ~exact)
            start = _nullable(">i8", _micros(f["obs_from"][a:b]), exact)
            end = _nullable(">i8", _micros(f["obs_to"][a:b]), exact)
            yield _binary_rows([
                _fixed(m, [(">i8", self.ids[a:b])], count=len(self.INCIDENT_COLUMNS)),
                _texts(self.numbers[a:b]), _fixed(m, [("V25", wkb.view("V25"))]), at, start, end,
                _fixed(m, [(">i8", _micros(f["rec"][a:b])), (">i4", cat_ids[f["leaf"][a:b]]),
                           (">i2", f["priority"][a:b])]),
                [cache[k] for k in keys.tolist()], _texts(descriptions),
                [officers[r] for r in f["reporter"][a:b].tolist()],
                _fixed(m, [(">i4", f["version"][a:b]), (">i8", _micros(f["updated"][a:b]))]), _texts(places),
                _jsonb(templates),
                _fixed(m, [(">i8", _micros(f["due"][a:b]))]),
                _nullable(">i8", _micros(f["closed"][a:b]), f["closed"][a:b] < 0),
                _nullable(">i8", f["dup_now"][a:b] + 1, f["dup_now"][a:b] < 0)])

    HISTORY_COLUMNS = ("id", "incident_id", "at", "actor", "action", "old_status", "new_status", "comment",
                       "details", "task_id")

    def history_chunks(self, size=250_000):
        """The histories in COPY binary, by case then time."""
        f = self.f
        comments = _texts(self.comments) + [NULL_FIELD]
        statuses = _texts(STATUSES) + [NULL_FIELD]
        actions, officers = _texts(ACTIONS), _texts(OFFICERS)
        n_comments = len(comments)
        cache = {}

        def middle(key):
            key, comment = divmod(key, n_comments)
            key, new = divmod(key, 8)
            key, old = divmod(key, 8)
            actor, action = divmod(key, len(ACTIONS))
            return officers[actor] + actions[action] + statuses[old - 1] + statuses[new - 1] + comments[comment]

        task_service = np.zeros(1, np.int64)
        if self.tasks is not None:
            task_service = np.concatenate([[0], self.tasks["service"]])
        self.n_history = 0
        for e, a, b in self._history_slices(size):
            m = b - a
            inc, act, new, task = e["inc"][a:b], e["action"][a:b], e["new"][a:b], e["task"][a:b]
            # actor, action, old and new status, comment: few combinations, their bytes once
            keys = ((((e["actor"][a:b] * len(ACTIONS) + act) * 8 + e["old"][a:b] + 1) * 8 + new + 1) * n_comments
                    + np.where(e["comment"][a:b] < 0, n_comments - 1, e["comment"][a:b]))
            for k in np.unique(keys).tolist():
                if k not in cache:
                    cache[k] = middle(k)
            details = np.full(m, b"\x00\x00\x00\x03\x01{}", dtype=object)
            rows = np.flatnonzero(act == A_CREATED)
            s_created, dup = f["service_created"][inc[rows]], f["dup_of"][inc[rows]]
            details[rows] = _jsonb(['{"number": "%s", "service_id": %s, "duplicate_of": %s}' % (
                self.numbers[i], s if s > 0 else "null", d + 1 if nw == DUPLICATE else "null")
                for i, s, d, nw in zip(inc[rows].tolist(), s_created.tolist(), dup.tolist(), new[rows].tolist())])
            rows = np.flatnonzero(act == A_STATUS)
            details[rows] = _jsonb(['{"duplicate_of": null}'])[0]
            rows = rows[new[rows] == DUPLICATE]
            details[rows] = _jsonb(['{"duplicate_of": %d}' % (d + 1) for d in f["dup_of"][inc[rows]].tolist()])
            rows = np.flatnonzero(act == A_REASSIGNED)
            details[rows] = _jsonb(['{"from_service": null, "to_service": %d}' % s
                                    for s in f["service"][inc[rows]].tolist()])
            rows = np.flatnonzero((act == A_SHARED) | (act == A_TASK))
            details[rows] = _jsonb(['{"service_id": %d}' % s for s in task_service[task[rows]].tolist()])
            first = self.n_history + 1
            self.n_history += m
            yield _binary_rows([
                _fixed(m, [(">i8", np.arange(first, first + m)), (">i8", inc + 1), (">i8", _micros(e["t"][a:b]))],
                       count=len(self.HISTORY_COLUMNS)),
                [cache[k] for k in keys.tolist()], details.tolist(), _nullable(">i8", task, task == 0)])

    def _history_slices(self, size):
        for e in self.event_chunks:
            total = len(e["t"])
            for a in range(0, total, size):
                yield e, a, min(total, a + size)

    TASK_COLUMNS = ("id", "incident_id", "service_id", "status", "description", "created_at", "created_by",
                    "updated_at", "version")

    def task_chunks(self):
        self.tasks = None
        if not self.task_parts:
            return
        t = self.tasks = {k: np.concatenate([p[k] for p in self.task_parts]) for k in self.task_parts[0]}
        ts = self.timestamps
        yield _rows([_str_ints(t["id"]), _str_ints(t["incident"] + 1), _str_ints(t["service"]),
                     [STATUSES[s] for s in t["status"].tolist()], [self.comments[c] for c in t["description"].tolist()],
                     ts(t["created"]), [OFFICERS[a] for a in t["created_by"].tolist()], ts(t["updated"]),
                     _str_ints(t["version"])])

    ATTACHMENT_COLUMNS = ("id", "incident_id", "filename", "mime_type", "size_bytes", "sha256", "content",
                          "created_at", "author")

    def attachment_chunks(self):
        """A photo for PHOTO_SHARE of the facts: one of four little images per category, made
        unique by a text chunk naming the fact."""
        rng, f = np.random.default_rng(self.rng.integers(1 << 62)), self.f
        n = len(f["rec"])
        chosen = np.flatnonzero(rng.random(n) < PHOTO_SHARE)
        images = {}
        created = self.timestamps(f["rec"][chosen])
        rows = []
        for k, i in enumerate(chosen.tolist()):
            leaf = int(f["leaf"][i])
            if leaf not in images:
                images[leaf] = [_png_parts(image) for image in _photo_bases(rng, self.leaves[leaf]["colour"])]
            content = _png(images[leaf][k % 4], "GPS-U {} photo 1".format(self.numbers[i]))
            assert len(content) <= self.max_bytes
            rows.append((str(k + 1), str(i + 1), "photo_{}.png".format(self.numbers[i]), "image/png",
                         str(len(content)), sha256(content).hexdigest(), "\\\\x" + content.hex(), created[k],
                         OFFICERS[f["reporter"][i]]))
            if len(rows) == 5000:
                yield _rows(list(zip(*rows)))
                rows = []
        if rows:
            yield _rows(list(zip(*rows)))

    ALERT_COLUMNS = ("id", "service_id", "incident_id", "kind", "created_at", "details")

    def alert_chunks(self):
        """Alerts of the last ALERT_DAYS days, as the triggers raised them (none read yet)."""
        f, end = self.f, self.end_utc
        parts = [{k: val[c["t"] >= end - ALERT_DAYS * 86400] for k, val in c.items()} for c in self.event_chunks]
        e = {k: np.concatenate([p[k] for p in parts]) for k in parts[0]}
        recent = np.lexsort((np.arange(len(e["t"])), e["t"]))  # in the order they were raised
        task_service = {}
        if self.tasks is not None:
            task_service = dict(zip(self.tasks["id"].tolist(), self.tasks["service"].tolist()))
        rows = []
        created = self.timestamps(e["t"][recent])
        for j, at in zip(recent.tolist(), created):
            i, ac, tk = int(e["inc"][j]), int(e["action"][j]), int(e["task"][j])
            number = self.numbers[i]
            if ac == A_CREATED:
                service, kind, details = f["service_created"][i], "dispatched", '{"number": "%s"}' % number
            elif ac == A_STATUS:
                service, kind = f["service"][i], "status_changed"
                details = '{"number": "%s", "from": "%s", "to": "%s"}' % (number, STATUSES[e["old"][j]],
                                                                         STATUSES[e["new"][j]])
            elif ac == A_REASSIGNED:
                service, kind = f["service"][i], "reassigned"
                details = '{"number": "%s", "from_service": null}' % number
            elif ac == A_SHARED:
                service, kind, details = task_service[tk], "shared", '{"number": "%s", "task": %d}' % (number, tk)
            elif ac == A_TASK:
                service, kind = f["service"][i], "task_changed"
                details = '{"number": "%s", "task": %d, "service_id": %d, "to": "%s"}' % (
                    number, tk, task_service[tk], STATUSES[e["new"][j]])
            else:
                continue
            if service < 0:
                continue
            rows.append((str(len(rows) + 1), str(int(service)), str(i + 1), kind, at, details))
        if rows:
            yield _rows(list(zip(*rows)))


# ------------------------------------------------------------------------------------------------

def _referencing_tables(cur, table):
    """Tables whose foreign keys reference `table` (qualified names), recursively."""
    cur.execute("""
        WITH RECURSIVE refs(oid) AS (
            SELECT %s::regclass::oid
            UNION
            SELECT c.conrelid FROM pg_constraint c JOIN refs ON c.confrelid = refs.oid WHERE c.contype = 'f')
        SELECT format('%%I.%%I', n.nspname, r.relname) FROM refs
        JOIN pg_class r ON r.oid = refs.oid JOIN pg_namespace n ON n.oid = r.relnamespace
        ORDER BY 1""", (table,))
    return [row[0] for row in cur.fetchall()]


def _prepare(cur, replace, log):
    """Refuse, or empty the demo tables (inside the load's transaction, triggers off)."""
    cur.execute("SELECT to_regclass('gpsu.incident_counters') IS NOT NULL")
    if not cur.fetchone()[0]:
        raise DemoRefused("The GPS-U schema is not installed or not up to date: run "
                          "`python -m gpsu_plugin.cli --db … db upgrade` and `db seed` first.")
    cur.execute("SELECT (SELECT count(*) FROM gpsu.incidents), (SELECT count(*) FROM gpsu.districts), "
                "(SELECT count(*) FROM gpsu.schools)")
    incidents, districts, schools = cur.fetchone()
    if not replace and (incidents or districts or schools):
        raise DemoRefused("The database already has {} incidents, {} districts and {} schools; "
                          "run again with --replace to delete them and generate new demo data."
                          .format(incidents, districts, schools))
    tables = sorted(set(_referencing_tables(cur, "gpsu.incidents") + _referencing_tables(cur, "gpsu.schools")
                        + ["gpsu.incident_counters"]))
    cur.execute("LOCK TABLE gpsu.districts, gpsu.dispatch_rules IN ACCESS EXCLUSIVE MODE")
    cur.execute("TRUNCATE {} RESTART IDENTITY".format(", ".join(tables)))
    # districts: their own dispatch rules go with them; anything else pointing at them refuses
    cur.execute("DELETE FROM gpsu.dispatch_rules WHERE district_id IS NOT NULL")
    if cur.rowcount:
        log("Removed {} dispatch rules of the old districts.".format(cur.rowcount))
    cur.execute("""
        SELECT format('%I.%I', n.nspname, r.relname), a.attname
        FROM pg_constraint c JOIN pg_class r ON r.oid = c.conrelid JOIN pg_namespace n ON n.oid = r.relnamespace
        JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = c.conkey[1]
        WHERE c.contype = 'f' AND c.confrelid = 'gpsu.districts'::regclass""")
    for table, column in cur.fetchall():
        if table in tables or table == "gpsu.dispatch_rules":
            continue
        cur.execute("SELECT count(*) FROM {} WHERE {} IS NOT NULL".format(table, column))
        if cur.fetchone()[0]:
            raise DemoRefused("{}.{} refers to the districts; the demo cannot replace them.".format(table, column))
    cur.execute("DELETE FROM gpsu.districts")
    cur.execute("ALTER TABLE gpsu.districts ALTER COLUMN id RESTART WITH 1")
    return tables


# The bulk tables' secondary indexes (not those behind a primary key or unique constraint) are
# dropped before COPY and built again after it: one sorted build per index, in parallel workers,
# instead of a million index insertions each. The B-tree and GiST ones are built in the load's
# transaction. The trigram (GIN) ones, half the building time and single-threaded in PostgreSQL,
# are built after the commit two at a time (this connection and a second one): until they are,
# searching descriptions is slower, nothing else changes; any that a failure left out is built
# again on this connection, and the load fails naming it if that fails too.
BULK_TABLES = ("gpsu.incidents", "gpsu.incident_history", "gpsu.incident_tasks", "gpsu.incident_attachments",
               "gpsu.alerts")


def _drop_secondary_indexes(cur, tables):
    """Drop the tables' indexes that no constraint owns; returns (in-transaction, after-commit)
    definitions, the latter the GIN ones, largest first."""
    cur.execute("""
        SELECT pg_get_indexdef(x.indexrelid), format('%%I.%%I', n.nspname, i.relname), a.amname = 'gin'
        FROM pg_index x JOIN pg_class i ON i.oid = x.indexrelid JOIN pg_namespace n ON n.oid = i.relnamespace
        JOIN pg_am a ON a.oid = i.relam
        WHERE x.indrelid = ANY(%s::regclass[])
          AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = x.indexrelid)
        ORDER BY 2""", (list(tables),))
    indexes = cur.fetchall()
    for _, name, _ in indexes:
        cur.execute("DROP INDEX {}".format(name))
    late = sorted((d for d, _, gin in indexes if gin), key=lambda d: ("description" not in d, "place" not in d, d))
    return [d for d, _, gin in indexes if not gin], late


def _build_indexes(cur, definitions):
    cur.execute("SET LOCAL maintenance_work_mem = '512MB'")
    cur.execute("SET LOCAL max_parallel_maintenance_workers = 2")
    for definition in definitions:
        cur.execute(definition)


def _if_missing(definition):
    return definition.replace("CREATE INDEX ", "CREATE INDEX IF NOT EXISTS ", 1)


def _build_indexes_after_commit(conn, definitions, log):
    """Build `definitions` two at a time, each committed on its own (conn is in autocommit)."""
    pending = queue.Queue()
    for definition in definitions:
        pending.put(definition)

    def work(connection):
        with connection.cursor() as cur:
            cur.execute("SET maintenance_work_mem = '256MB'")
            while True:
                try:
                    definition = pending.get_nowait()
                except queue.Empty:
                    return
                cur.execute(_if_missing(definition))

    helper = None
    try:
        helper = psycopg2.connect(psycopg2.extensions.make_dsn(
            **conn.get_dsn_parameters(), password=conn.info.password))
        helper.autocommit = True
    except psycopg2.Error as exc:
        log("  (one connection only for the trigram indexes: {})".format(str(exc).strip()))
    errors = []

    def helper_work():
        try:
            work(helper)
        except psycopg2.Error as exc:  # what it left is built below
            errors.append(exc)

    thread = threading.Thread(target=helper_work, name="gpsu-demo-index", daemon=True) if helper else None
    try:
        if thread:
            thread.start()
        try:
            work(conn)
        except psycopg2.Error as exc:
            errors.append(exc)
        if thread:
            thread.join()
    finally:
        if helper is not None:
            helper.close()
    if errors:  # once more, one by one, on this connection
        missing = []
        with conn.cursor() as cur:
            for definition in definitions:
                try:
                    cur.execute(_if_missing(definition))
                except psycopg2.Error as exc:
                    missing.append("{} ({})".format(definition, str(exc).strip()))
        if missing:
            raise DemoRefused("The demo data is loaded but these indexes could not be built; run them by hand: "
                              + "; ".join(missing))


def generate(conn, incidents=20000, seed=42, replace=False, until=None, centre=None, log=print, analyze=True):
    """Fill an installed GPS-U schema with the demo municipality; returns a summary dict.

    `conn` is a psycopg2 connection (or a libpq conninfo string) of a superuser. `until` (a date,
    default today) ends the four years; facts are before its start, local time. The data is
    written in one transaction: on any error nothing is changed. The trigram indexes follow the
    commit (see BULK_TABLES).
    """
    own = isinstance(conn, str)
    if own:
        conn = psycopg2.connect(conn)
    try:
        return _generate(conn, int(incidents), int(seed), replace, until, centre, log, analyze)
    finally:
        if own:
            conn.close()


def _generate(conn, n, seed, replace, until, centre, log, analyze):
    if not MIN_INCIDENTS <= n <= MAX_INCIDENTS:
        raise DemoRefused("--incidents must be between {:,} and {:,}.".format(MIN_INCIDENTS, MAX_INCIDENTS))
    started = time.perf_counter()
    timings = {}
    conn.set_client_encoding("UTF8")
    conn.rollback()
    try:
        with conn.cursor() as cur:
            try:
                cur.execute("SET LOCAL session_replication_role = replica")
            except psycopg2.Error as exc:
                raise DemoRefused("The demo generator needs a database superuser (it loads with triggers off): {}"
                                  .format((exc.pgerror or str(exc)).strip())) from None
            cur.execute("SET LOCAL synchronous_commit = off")
            tables = _prepare(cur, replace, log)
            # today in the municipality: the period ends at the start of `until`, never later
            cur.execute("SELECT (now() AT TIME ZONE coalesce(gpsu.setting('timezone'), 'UTC'))::date")
            today = cur.fetchone()[0]
            until = until or today
            if until > today:
                raise DemoRefused("--until cannot be in the future (facts in the future are refused).")
            gen = _Generator(cur, n, seed, until, centre, log)
            gen.read_reference()
            gen.write_districts()
            gen.write_schools()
            gen.read_dispatch()
            cur.execute("UPDATE gpsu.settings SET value = %s, updated_at = now() WHERE key = 'municipality.name'",
                        (MUNICIPALITY,))
            t = time.perf_counter()
            gen.build_incidents()
            timings["generate"] = time.perf_counter() - t
            log("Generated {:,} incidents in {:.1f} s; loading (histories are made meanwhile)…".format(
                n, timings["generate"]))
            loader = _Loader()
            loader.add("gpsu.incidents", gen.INCIDENT_COLUMNS, gen.incident_chunks, binary=True)
            loader.add("gpsu.incident_tasks", gen.TASK_COLUMNS, gen.task_chunks)
            loader.add("gpsu.incident_history", gen.HISTORY_COLUMNS, gen.history_chunks, binary=True)
            loader.add("gpsu.incident_attachments", gen.ATTACHMENT_COLUMNS, gen.attachment_chunks)
            loader.add("gpsu.alerts", gen.ALERT_COLUMNS, gen.alert_chunks)
            t = time.perf_counter()
            indexes, late_indexes = _drop_secondary_indexes(cur, BULK_TABLES)
            timings.update(loader.run(cur, freeze=True, log=log))
            t_indexes = time.perf_counter()
            _build_indexes(cur, indexes)
            log("  {} indexes built again in {:.1f} s".format(len(indexes), time.perf_counter() - t_indexes))
            timings["load"] = time.perf_counter() - t
            t = time.perf_counter()
            for table in ("gpsu.incidents", "gpsu.incident_history", "gpsu.incident_tasks",
                          "gpsu.incident_attachments", "gpsu.alerts", "gpsu.districts", "gpsu.schools",
                          "gpsu.school_sites"):
                cur.execute("SELECT setval(pg_get_serial_sequence(%s, 'id'), coalesce(max(id), 0) + 1, false) "
                            "FROM {}".format(table), (table,))
            cur.execute("INSERT INTO gpsu.incident_counters (year, last_value) "
                        "SELECT * FROM unnest(%s::int[], %s::int[])",
                        ([y for y, _ in gen.counters], [c for _, c in gen.counters]))
            timings["finish"] = time.perf_counter() - t
        t = time.perf_counter()
        conn.commit()
        timings["commit"] = time.perf_counter() - t
    except BaseException:
        conn.rollback()
        raise
    t = time.perf_counter()
    old = conn.autocommit
    conn.autocommit = True
    try:
        _build_indexes_after_commit(conn, late_indexes, log)
    finally:
        conn.autocommit = old
    timings["indexes"] = time.perf_counter() - t
    log("  {} trigram indexes built in {:.1f} s".format(len(late_indexes), timings["indexes"]))
    if analyze:
        t = time.perf_counter()
        old = conn.autocommit
        conn.autocommit = True
        try:
            with conn.cursor() as cur:
                for table in ["gpsu.districts", "gpsu.schools", "gpsu.school_sites", "gpsu.incident_counters"] + tables:
                    cur.execute("ANALYZE {}".format(table))
        finally:
            conn.autocommit = old
        timings["analyze"] = time.perf_counter() - t
    counts = {}
    with conn.cursor() as cur:
        for table in ("gpsu.districts", "gpsu.schools", "gpsu.school_sites", "gpsu.incidents",
                      "gpsu.incident_history", "gpsu.incident_tasks", "gpsu.incident_attachments", "gpsu.alerts",
                      "gpsu.incident_counters"):
            cur.execute("SELECT count(*) FROM {}".format(table))
            counts[table] = cur.fetchone()[0]
        cur.execute("SELECT status, count(*) FROM gpsu.incidents GROUP BY status")
        statuses = dict(cur.fetchall())
        cur.execute("SELECT count(*) FILTER (WHERE observed_at IS NULL), "
                    "count(*) FILTER (WHERE status IN ('new', 'dispatched', 'in_progress') AND due_at < now()) "
                    "FROM gpsu.incidents")
        windows, overdue = cur.fetchone()
    conn.rollback()
    timings["total"] = time.perf_counter() - started
    return dict(counts=counts, statuses=statuses, windows=windows, overdue=overdue, timings=timings,
                until=until.isoformat(), seed=seed, srid=gen.srid, centre=tuple(gen.geo.centre.tolist()),
                counters=dict(gen.counters))


def _print_summary(summary):
    print("GPS-U demo data: {} (seed {}, four years up to {}, EPSG:{}, centre {:.0f} {:.0f})".format(
        MUNICIPALITY, summary["seed"], summary["until"], summary["srid"], *summary["centre"]))
    for table, count in summary["counts"].items():
        print("  {:<28} {:>10,}".format(table, count))
    n = max(1, summary["counts"]["gpsu.incidents"])
    print("  statuses: " + ", ".join("{} {:,}".format(s, summary["statuses"].get(s, 0)) for s in STATUSES))
    print("  known by a window: {:,} ({:.1%}); overdue open cases: {:,}".format(
        summary["windows"], summary["windows"] / n, summary["overdue"]))
    print("  counters: " + ", ".join("{} → {:,}".format(y, c) for y, c in summary["counters"].items()))
    t = summary["timings"]
    print("Time: {:.1f} s (generate {:.1f} s, load {:.1f} s, commit {:.1f} s, trigram indexes {:.1f} s, "
          "analyze {:.1f} s)".format(t["total"], t.get("generate", 0), t.get("load", 0), t.get("commit", 0),
                                     t.get("indexes", 0), t.get("analyze", 0)))


# Demo accounts (--accounts): who does what in the demo municipality; one password for all, for
# trying the roles on a local demo only.
DEMO_PASSWORD = "Demo-GPSU-2026!"
DEMO_ACCOUNTS = (
    ("marie.dubois", "Marie Dubois", ["gpsu_admin"], [], False),
    ("kevin.lambert", "Kevin Lambert", ["gpsu_field_officer"], [], False),
    ("sophie.leroy", "Sophie Leroy", ["gpsu_field_officer"], [], False),
    ("mehdi.benali", "Mehdi Benali", ["gpsu_handler"], ["local_police"], False),
    ("julie.delcourt", "Julie Delcourt", ["gpsu_handler"], ["works", "environment"], False),
    ("thomas.vandenberghe", "Thomas Vandenberghe", ["gpsu_analyst"], [], False),
    ("laura.hennebert", "Laura Hennebert", ["gpsu_school_editor"], [], True),
    ("capitaine.moreau", "Capitaine Moreau (SDIS)", ["gpsu_responder"], [], False),
)


def create_demo_accounts(conn, log=print):
    """The demo's people as login roles with their roles, services and schools (password
    DEMO_PASSWORD, nothing to change at first sign-in). A role the cluster already has (another
    demo database) is adopted and given the same rights here."""
    from psycopg2.extensions import encrypt_password

    own = isinstance(conn, str)
    if own:
        conn = psycopg2.connect(conn)
    try:
        with conn, conn.cursor() as cur:
            cur.execute("SELECT code, id FROM gpsu.services")
            services = dict(cur.fetchall())
            cur.execute("SELECT min(id) FROM gpsu.schools")
            first_school = cur.fetchone()[0]
            for login, name, roles, codes, school in DEMO_ACCOUNTS:
                ids = [services[c] for c in codes if c in services]
                schools = [first_school] if school and first_school else []
                cur.execute("SELECT 1 FROM pg_roles WHERE rolname = %s", (login,))
                if cur.fetchone() is None:
                    cur.execute("SELECT gpsu.create_account(%s, %s, %s, %s, %s, %s)",
                                (login, name, encrypt_password(DEMO_PASSWORD, login, conn, "scram-sha-256"), roles,
                                 ids, schools))
                else:
                    cur.execute("SELECT gpsu.adopt_account(%s, %s)", (login, name))
                    cur.execute("SELECT gpsu.update_account(%s, %s, %s, %s, %s)", (login, name, roles, ids, schools))
                cur.execute("UPDATE gpsu.accounts SET must_change_password = false WHERE login = %s", (login,))
                cur.execute(sql.SQL("ALTER ROLE {} VALID UNTIL 'infinity'").format(sql.Identifier(login)))
        log("{} demo accounts (password {}): {}".format(len(DEMO_ACCOUNTS), DEMO_PASSWORD,
                                                        ", ".join(a[0] for a in DEMO_ACCOUNTS)))
    finally:
        if own:
            conn.close()


def create_demo_documents(conn, log=print):
    """A few safety documents for the first schools (a PPMS and a crisis directory as PDF, an
    evacuation plan as PNG; one past its review date), through the plugin's own upload."""
    import io
    from datetime import timedelta as _days

    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    from gpsu_plugin.core import schools

    def pdf(title, lines):
        buffer = io.BytesIO()
        page = canvas.Canvas(buffer, pagesize=A4)
        page.setFont("Helvetica-Bold", 16)
        page.drawString(60, 780, title)
        page.setFont("Helvetica", 11)
        for k, line in enumerate(lines):
            page.drawString(60, 750 - 16 * k, line)
        page.drawString(60, 80, "Document de démonstration GPS-U : aucune donnée réelle.")
        page.save()
        return buffer.getvalue()

    own = isinstance(conn, str)
    if own:
        conn = psycopg2.connect(conn)
    try:
        with conn.cursor() as cur:
            cur.execute("SELECT s.id, s.name FROM gpsu.schools s WHERE NOT EXISTS "
                        "(SELECT 1 FROM gpsu.school_documents d WHERE d.school_id = s.id) ORDER BY s.id LIMIT 4")
            rows = cur.fetchall()
        conn.rollback()
        rng = np.random.default_rng(4)
        today = date.today()
        for k, (school_id, name) in enumerate(rows):
            schools.upload_document(conn, school_id, "ppms", "PPMS {}".format(today.year),
                                    "ppms-{}.pdf".format(today.year), pdf("PPMS – " + name, [
                                        "Plan particulier de mise en sûreté", "Risques : intrusion, tempête, "
                                        "nuage toxique", "Cellule de crise : direction, secrétariat, conciergerie"]),
                                    "application/pdf", review_due=today + _days(days=300 if k else -20))
            schools.upload_document(conn, school_id, "crisis_directory", "Annuaire de crise",
                                    "annuaire-crise.pdf", pdf("Annuaire de crise – " + name, [
                                        "Direction : 069 00 00 00", "Police locale : 101", "Pompiers : 112"]),
                                    "application/pdf", review_due=today + _days(days=180))
            plan = _png(_png_parts(_photo_bases(rng, "#1570ef")[0]), "Plan d'évacuation")
            schools.upload_document(conn, school_id, "evacuation_plan", "Plan d'évacuation", "evacuation.png",
                                    plan, "image/png")
        log("{} schools with demo documents".format(len(rows)))
    finally:
        if own:
            conn.close()


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--db", default=os.environ.get("GPSU_DB", ""),
                        help="libpq connection string of a superuser (default: $GPSU_DB)")
    parser.add_argument("--incidents", type=int, default=20000, help="number of incidents (default 20000)")
    parser.add_argument("--seed", type=int, default=42, help="random seed (default 42)")
    parser.add_argument("--replace", action="store_true",
                        help="delete the existing incidents (with their history, tasks, attachments, alerts and "
                             "counters), schools (with their sites and documents), districts (with their own "
                             "dispatch rules) first; without it the generator refuses a database that has any")
    parser.add_argument("--until", type=date.fromisoformat, default=None,
                        help="end of the four years, YYYY-MM-DD (default: today)")
    parser.add_argument("--centre", type=float, nargs=2, metavar=("X", "Y"), default=None,
                        help="the town centre in the schema's CRS (default: Péruwelz's Grand-Place projected)")
    parser.add_argument("--accounts", action="store_true",
                        help="also create the demo accounts (one per role, password {}) and a few school "
                             "documents".format(DEMO_PASSWORD))
    args = parser.parse_args(argv)
    try:
        summary = generate(args.db, incidents=args.incidents, seed=args.seed, replace=args.replace,
                           until=args.until, centre=args.centre)
        if args.accounts:
            create_demo_accounts(args.db)
            create_demo_documents(args.db)
    except DemoRefused as exc:
        print("Refused: {}".format(exc), file=sys.stderr)
        return 1
    except psycopg2.Error as exc:
        print("Database error: {}".format(str(exc).strip()), file=sys.stderr)
        return 1
    _print_summary(summary)
    return 0


if __name__ == "__main__":
    sys.exit(main())
