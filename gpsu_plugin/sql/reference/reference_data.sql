-- GPS-U reference data: the municipal services of Péruwelz's GPS-U and the phenomena of its
-- strategic security and prevention plan, as categories and sub-categories.
-- Idempotent: rows are matched on their code; labels an administrator changed are kept.

INSERT INTO gpsu.services (code, label_fr, label_nl, label_en) VALUES
    ('prevention_security',  'Prévention-Sécurité',          'Preventie en veiligheid',     'Prevention and security'),
    ('mayor_office',         'Cabinet du Bourgmestre',       'Kabinet van de burgemeester', 'Mayor''s office'),
    ('works',                'Travaux de proximité',         'Buurtwerken',                 'Local works'),
    ('environment',          'Environnement',                'Leefmilieu',                  'Environment'),
    ('local_police',         'Police locale',                'Lokale politie',              'Local police'),
    ('social_mediation',     'PCS – médiation locale',       'Sociale bemiddeling',         'Social mediation'),
    ('economic_development', 'Développement économique',     'Economische ontwikkeling',    'Economic development'),
    ('it',                   'Service informatique',         'Informaticadienst',           'IT department')
ON CONFLICT (code) DO NOTHING;

CREATE TEMPORARY TABLE gpsu_reference_categories (
    code text, parent text, label_fr text, label_nl text, label_en text,
    colour text, service text, priority smallint, sort_order integer
) ON COMMIT DROP;

INSERT INTO gpsu_reference_categories VALUES
    -- categories
    ('burglary',           NULL, 'Cambriolages',                     'Woninginbraken',                 'Burglary',                    '#b2182b', 'local_police',        2, 10),
    ('vehicle_theft',      NULL, 'Vols de et dans véhicules',        'Diefstal van en uit voertuigen', 'Theft of and from vehicles',  '#d6604d', 'local_police',        2, 20),
    ('social_nuisance',    NULL, 'Nuisances sociales',               'Sociale overlast',               'Social nuisances',            '#f4a582', 'prevention_security', 3, 30),
    ('incivility',         NULL, 'Incivilités',                      'Onburgerlijk gedrag',            'Incivilities',                '#fddbc7', 'prevention_security', 3, 40),
    ('youth_violence',     NULL, 'Violence juvénile',                'Jeugdgeweld',                    'Youth violence',              '#762a83', 'social_mediation',    2, 50),
    ('transport_violence', NULL, 'Violence dans les transports en commun', 'Geweld op het openbaar vervoer', 'Violence in public transport', '#9970ab', 'local_police', 2, 60),
    ('event_violence',     NULL, 'Violence lors d''événements',      'Geweld tijdens evenementen',     'Violence at events',          '#c2a5cf', 'local_police',        2, 70),
    ('bicycle_theft',      NULL, 'Vols de vélos',                    'Fietsdiefstal',                  'Bicycle theft',               '#4393c3', 'local_police',        3, 80),
    ('road_safety',        NULL, 'Sécurité routière',                'Verkeersveiligheid',             'Road safety',                 '#2166ac', 'local_police',        2, 90),
    ('environment',        NULL, 'Environnement',                    'Leefmilieu',                     'Environment',                 '#1b7837', 'environment',         3, 100),
    ('public_road',        NULL, 'Voirie',                           'Wegen',                          'Public road',                 '#8c510a', 'works',               3, 110),
    ('parking',            NULL, 'Stationnement',                    'Parkeren',                       'Parking',                     '#bf812d', 'local_police',        4, 120),
    -- sub-categories
    ('burglary_home',        'burglary',        'Cambriolage d''habitation',     'Woninginbraak',                'Home burglary',             '#b2182b', NULL, NULL, 11),
    ('burglary_business',    'burglary',        'Cambriolage de commerce',       'Inbraak in handelszaak',       'Business burglary',         '#b2182b', NULL, NULL, 12),
    ('burglary_attempt',     'burglary',        'Tentative de cambriolage',      'Poging tot inbraak',           'Attempted burglary',        '#b2182b', NULL, 3,    13),
    ('theft_from_vehicle',   'vehicle_theft',   'Vol dans véhicule',             'Diefstal uit voertuig',        'Theft from vehicle',        '#d6604d', NULL, NULL, 21),
    ('theft_of_vehicle',     'vehicle_theft',   'Vol de véhicule',               'Voertuigdiefstal',             'Theft of vehicle',          '#d6604d', NULL, NULL, 22),
    ('noise',                'social_nuisance', 'Tapage',                        'Geluidsoverlast',              'Noise',                     '#f4a582', NULL, NULL, 31),
    ('gathering',            'social_nuisance', 'Rassemblement problématique',   'Problematische samenscholing', 'Problematic gathering',     '#f4a582', NULL, NULL, 32),
    ('public_drunkenness',   'social_nuisance', 'Ivresse sur la voie publique',  'Openbare dronkenschap',        'Public drunkenness',        '#f4a582', NULL, NULL, 33),
    ('graffiti',             'incivility',      'Graffiti, tags',                'Graffiti',                     'Graffiti',                  '#fddbc7', 'works', NULL, 41),
    ('vandalism',            'incivility',      'Dégradation de mobilier urbain','Vandalisme',                   'Vandalism of street furniture', '#fddbc7', 'works', NULL, 42),
    ('dog_fouling',          'incivility',      'Déjections canines',            'Hondenpoep',                   'Dog fouling',               '#fddbc7', 'environment', 4, 43),
    ('fight',                'youth_violence',  'Bagarre',                       'Vechtpartij',                  'Fight',                     '#762a83', 'local_police', 1, 51),
    ('harassment',           'youth_violence',  'Harcèlement, intimidation',     'Pesterijen, intimidatie',      'Harassment, intimidation',  '#762a83', NULL, NULL, 52),
    ('speeding',             'road_safety',     'Vitesse excessive',             'Overdreven snelheid',          'Speeding',                  '#2166ac', NULL, NULL, 91),
    ('dangerous_crossing',   'road_safety',     'Traversée dangereuse',          'Gevaarlijke oversteekplaats',  'Dangerous crossing',        '#2166ac', 'works', NULL, 92),
    ('illegal_dumping',      'environment',     'Dépôt clandestin',              'Sluikstorten',                 'Illegal dumping',           '#1b7837', NULL, NULL, 101),
    ('litter',               'environment',     'Malpropreté',                   'Zwerfvuil',                    'Litter',                    '#1b7837', NULL, 4,    102),
    ('abandoned_vehicle',    'environment',     'Véhicule abandonné',            'Achtergelaten voertuig',       'Abandoned vehicle',         '#1b7837', 'local_police', NULL, 103),
    ('damaged_road',         'public_road',     'Voirie dégradée',               'Beschadigde weg',              'Damaged road',              '#8c510a', NULL, NULL, 111),
    ('street_lighting',      'public_road',     'Éclairage public défectueux',   'Defecte straatverlichting',    'Faulty street lighting',    '#8c510a', NULL, NULL, 112),
    ('signage',              'public_road',     'Signalisation manquante ou abîmée', 'Ontbrekende of beschadigde signalisatie', 'Missing or damaged signage', '#8c510a', NULL, NULL, 113),
    ('illegal_parking',      'parking',         'Stationnement gênant',          'Hinderlijk parkeren',          'Obstructive parking',       '#bf812d', NULL, NULL, 121),
    ('market_pitch',         'parking',         'Emplacement de marché',         'Marktstandplaats',             'Market pitch',              '#bf812d', 'economic_development', 4, 122);

INSERT INTO gpsu.categories (code, parent_id, label_fr, label_nl, label_en, colour,
                             default_service_id, default_priority, sort_order)
SELECT r.code, NULL, r.label_fr, r.label_nl, r.label_en, r.colour,
       (SELECT s.id FROM gpsu.services s WHERE s.code = r.service), r.priority, r.sort_order
FROM gpsu_reference_categories r WHERE r.parent IS NULL
ON CONFLICT (code) DO NOTHING;

INSERT INTO gpsu.categories (code, parent_id, label_fr, label_nl, label_en, colour,
                             default_service_id, default_priority, sort_order)
SELECT r.code, p.id, r.label_fr, r.label_nl, r.label_en, r.colour,
       coalesce((SELECT s.id FROM gpsu.services s WHERE s.code = r.service), p.default_service_id),
       coalesce(r.priority, p.default_priority), r.sort_order
FROM gpsu_reference_categories r
JOIN gpsu.categories p ON p.code = r.parent
WHERE r.parent IS NOT NULL
ON CONFLICT (code) DO NOTHING;

-- The standard observation template ("modèle-type de constat"): what was seen (description),
-- where (location, place) and when are common to every fact; these are the fields each category adds.
CREATE TEMPORARY TABLE gpsu_reference_fields (
    category text, key text, label_fr text, label_nl text, label_en text,
    field_type text, required boolean, choices text[], sort_order integer
) ON COMMIT DROP;

INSERT INTO gpsu_reference_fields VALUES
    ('burglary',         'entry_point',   'Point d''entrée',                'Toegangspunt',              'Point of entry',           'choice',    true,  '{door,window,garage,roof,unknown}', 10),
    ('burglary',         'occupants_absent', 'Occupants absents',          'Bewoners afwezig',          'Occupants absent',         'boolean',   false, NULL, 20),
    ('burglary',         'stolen_items',  'Objets volés',                   'Gestolen voorwerpen',       'Stolen items',             'long_text', false, NULL, 30),
    ('vehicle_theft',    'plate',         'Plaque d''immatriculation',      'Nummerplaat',               'Number plate',             'plate',     false, NULL, 10),
    ('vehicle_theft',    'vehicle',       'Véhicule (marque, modèle, couleur)', 'Voertuig (merk, model, kleur)', 'Vehicle (make, model, colour)', 'text', true, NULL, 20),
    ('abandoned_vehicle','plate',         'Plaque d''immatriculation',      'Nummerplaat',               'Number plate',             'plate',     true,  NULL, 10),
    ('social_nuisance',  'people_involved','Personnes impliquées (nombre, description)', 'Betrokken personen (aantal, beschrijving)', 'People involved (number, description)', 'long_text', false, NULL, 10),
    ('youth_violence',   'people_involved','Personnes impliquées (nombre, description)', 'Betrokken personen (aantal, beschrijving)', 'People involved (number, description)', 'long_text', true, NULL, 10),
    ('youth_violence',   'injured',       'Blessés',                        'Gewonden',                  'Injured',                  'integer',   false, NULL, 20),
    ('event_violence',   'event',         'Événement',                      'Evenement',                 'Event',                    'text',      true,  NULL, 10),
    ('bicycle_theft',    'bicycle',       'Vélo (marque, couleur)',         'Fiets (merk, kleur)',       'Bicycle (make, colour)',   'text',      false, NULL, 10),
    ('bicycle_theft',    'locked',        'Vélo cadenassé',                 'Fiets op slot',             'Bicycle locked',           'boolean',   false, NULL, 20),
    ('road_safety',      'plate',         'Plaque d''immatriculation',      'Nummerplaat',               'Number plate',             'plate',     false, NULL, 10),
    ('illegal_dumping',  'volume',        'Volume',                         'Volume',                    'Volume',                   'choice',    true,  '{bag,car_boot,van,truck}', 10),
    ('illegal_dumping',  'waste_type',    'Type de déchets',                'Soort afval',               'Kind of waste',            'text',      false, NULL, 20),
    ('incivility',       'object',        'Objet ou lieu concerné',         'Betrokken voorwerp of plaats', 'Object or place concerned', 'text',   false, NULL, 10),
    ('public_road',      'hazard',        'Danger immédiat',                'Onmiddellijk gevaar',       'Immediate hazard',         'boolean',   true,  NULL, 10),
    ('parking',          'plate',         'Plaque d''immatriculation',      'Nummerplaat',               'Number plate',             'plate',     false, NULL, 10);

INSERT INTO gpsu.category_fields (category_id, key, label_fr, label_nl, label_en, field_type, required,
                                  choices, sort_order)
SELECT c.id, f.key, f.label_fr, f.label_nl, f.label_en, f.field_type, f.required, f.choices, f.sort_order
FROM gpsu_reference_fields f JOIN gpsu.categories c ON c.code = f.category
ON CONFLICT (category_id, key) DO NOTHING;
