-- GPS-U core model.
--
-- Run by gpsu_plugin.core.migrations inside one transaction: no BEGIN/COMMIT here.
-- @SRID@ is replaced by the runner with the projected CRS chosen at install
-- (an integer checked against spatial_ref_sys), never with user text.
-- Once landed, this file is never edited: later changes are new migrations.

CREATE SCHEMA IF NOT EXISTS gpsu;
COMMENT ON SCHEMA gpsu IS 'GPS-U: urban safety incidents, cases and school safety documents';

-- Applied migrations, written by the runner after each migration.
CREATE TABLE gpsu.schema_migrations (
    version     integer PRIMARY KEY CHECK (version > 0),
    name        text NOT NULL,
    checksum    text NOT NULL,
    applied_at  timestamptz NOT NULL DEFAULT now(),
    applied_by  text NOT NULL DEFAULT current_user
);

-- Database-wide settings (the CRS, the municipality, thresholds set by the administrator).
CREATE TABLE gpsu.settings (
    key         text PRIMARY KEY CHECK (key ~ '^[a-z][a-z0-9_.]*$'),
    value       text NOT NULL,
    updated_at  timestamptz NOT NULL DEFAULT now()
);
INSERT INTO gpsu.settings (key, value) VALUES
    ('srid', '@SRID@'),
    ('municipality.name', ''),
    ('default_language', 'fr');

-- Lookup tables: stable codes in English, labels for users in fr/nl/en.
CREATE TABLE gpsu.priorities (
    level       smallint PRIMARY KEY CHECK (level BETWEEN 1 AND 4),
    code        text NOT NULL UNIQUE,
    label_fr    text NOT NULL,
    label_nl    text NOT NULL,
    label_en    text NOT NULL
);
INSERT INTO gpsu.priorities (level, code, label_fr, label_nl, label_en) VALUES
    (1, 'urgent', 'Urgente', 'Dringend', 'Urgent'),
    (2, 'high',   'Haute',   'Hoog',     'High'),
    (3, 'normal', 'Normale', 'Normaal',  'Normal'),
    (4, 'low',    'Basse',   'Laag',     'Low');

CREATE TABLE gpsu.statuses (
    code        text PRIMARY KEY CHECK (code ~ '^[a-z_]+$'),
    is_open     boolean NOT NULL,
    sort_order  smallint NOT NULL,
    label_fr    text NOT NULL,
    label_nl    text NOT NULL,
    label_en    text NOT NULL
);
INSERT INTO gpsu.statuses (code, is_open, sort_order, label_fr, label_nl, label_en) VALUES
    ('new',         true,  1, 'Nouveau',      'Nieuw',         'New'),
    ('dispatched',  true,  2, 'Transmis',     'Doorgestuurd',  'Dispatched'),
    ('in_progress', true,  3, 'En cours',     'In behandeling','In progress'),
    ('resolved',    false, 4, 'Résolu',       'Opgelost',      'Resolved'),
    ('closed',      false, 5, 'Clôturé',      'Afgesloten',    'Closed'),
    ('rejected',    false, 6, 'Rejeté',       'Afgewezen',     'Rejected'),
    ('duplicate',   false, 7, 'Doublon',      'Dubbel',        'Duplicate');

-- Municipal services that handle cases.
CREATE TABLE gpsu.services (
    id          integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    code        text NOT NULL UNIQUE CHECK (code ~ '^[a-z][a-z0-9_]*$'),
    label_fr    text NOT NULL CHECK (btrim(label_fr) <> ''),
    label_nl    text,
    label_en    text,
    email       text CHECK (email IS NULL OR email ~ '^[^@\s]+@[^@\s]+$'),
    active      boolean NOT NULL DEFAULT true
);

-- Two-level category tree: categories (parent_id NULL) and their sub-categories.
CREATE TABLE gpsu.categories (
    id                  integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    parent_id           integer REFERENCES gpsu.categories (id) ON DELETE RESTRICT,
    code                text NOT NULL UNIQUE CHECK (code ~ '^[a-z][a-z0-9_]*$'),
    label_fr            text NOT NULL CHECK (btrim(label_fr) <> ''),
    label_nl            text,
    label_en            text,
    colour              text NOT NULL DEFAULT '#808080' CHECK (colour ~ '^#[0-9a-fA-F]{6}$'),
    default_service_id  integer REFERENCES gpsu.services (id) ON DELETE SET NULL,
    default_priority    smallint NOT NULL DEFAULT 3 REFERENCES gpsu.priorities (level),
    sort_order          integer NOT NULL DEFAULT 0,
    active              boolean NOT NULL DEFAULT true,
    CHECK (parent_id IS DISTINCT FROM id)
);
CREATE INDEX categories_parent_idx ON gpsu.categories (parent_id);

CREATE FUNCTION gpsu.categories_check_depth() RETURNS trigger
LANGUAGE plpgsql SET search_path = pg_catalog, gpsu AS $$
BEGIN
    IF NEW.parent_id IS NOT NULL THEN
        IF EXISTS (SELECT 1 FROM gpsu.categories WHERE id = NEW.parent_id AND parent_id IS NOT NULL) THEN
            RAISE EXCEPTION 'category % cannot be placed under a sub-category', NEW.code
                USING ERRCODE = 'check_violation', HINT = 'The category tree has two levels.';
        END IF;
        IF EXISTS (SELECT 1 FROM gpsu.categories WHERE parent_id = NEW.id) THEN
            RAISE EXCEPTION 'category % has sub-categories and cannot become one', NEW.code
                USING ERRCODE = 'check_violation', HINT = 'The category tree has two levels.';
        END IF;
    END IF;
    RETURN NEW;
END;
$$;
CREATE TRIGGER categories_check_depth
    BEFORE INSERT OR UPDATE OF parent_id ON gpsu.categories
    FOR EACH ROW EXECUTE FUNCTION gpsu.categories_check_depth();

-- The municipality's territory: its sections (former communes) or districts.
CREATE TABLE gpsu.districts (
    id          integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    code        text NOT NULL UNIQUE,
    name        text NOT NULL CHECK (btrim(name) <> ''),
    geom        geometry(MultiPolygon, @SRID@) NOT NULL CHECK (ST_IsValid(geom))
);
CREATE INDEX districts_geom_idx ON gpsu.districts USING gist (geom);

-- Incidents (facts observed, "constats") and the case they open.
CREATE TABLE gpsu.incidents (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    number          text UNIQUE CHECK (number ~ '^[0-9]{4}-[0-9]{5,}$'),
    geom            geometry(Point, @SRID@) NOT NULL,
    observed_at     timestamptz,
    observed_from   timestamptz,
    observed_to     timestamptz,
    recorded_at     timestamptz NOT NULL DEFAULT now(),
    category_id     integer NOT NULL REFERENCES gpsu.categories (id),
    priority        smallint NOT NULL DEFAULT 3 REFERENCES gpsu.priorities (level),
    status          text NOT NULL DEFAULT 'new' REFERENCES gpsu.statuses (code),
    service_id      integer REFERENCES gpsu.services (id),
    district_id     integer REFERENCES gpsu.districts (id),
    description     text NOT NULL DEFAULT '',
    reporter        text NOT NULL DEFAULT current_user,
    version         integer NOT NULL DEFAULT 1 CHECK (version > 0),
    updated_at      timestamptz NOT NULL DEFAULT now(),
    -- when it happened: an exact time, or a window when the exact time is unknown
    CONSTRAINT incidents_time_known CHECK (
        (observed_at IS NOT NULL AND observed_from IS NULL AND observed_to IS NULL)
        OR (observed_at IS NULL AND observed_from IS NOT NULL AND observed_to IS NOT NULL
            AND observed_from <= observed_to)
    )
);
CREATE INDEX incidents_geom_idx ON gpsu.incidents USING gist (geom);
CREATE INDEX incidents_category_idx ON gpsu.incidents (category_id);
CREATE INDEX incidents_service_status_idx ON gpsu.incidents (service_id, status);
CREATE INDEX incidents_district_idx ON gpsu.incidents (district_id);
CREATE INDEX incidents_observed_idx ON gpsu.incidents (coalesce(observed_at, observed_from));
CREATE INDEX incidents_recorded_idx ON gpsu.incidents (recorded_at);

-- Append-only history of each incident: nobody can change or delete it.
CREATE TABLE gpsu.incident_history (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    incident_id     bigint NOT NULL REFERENCES gpsu.incidents (id) ON DELETE RESTRICT,
    at              timestamptz NOT NULL DEFAULT clock_timestamp(),
    actor           text NOT NULL DEFAULT current_user,
    action          text NOT NULL CHECK (action ~ '^[a-z_]+$'),
    old_status      text REFERENCES gpsu.statuses (code),
    new_status      text REFERENCES gpsu.statuses (code),
    comment         text,
    details         jsonb NOT NULL DEFAULT '{}'::jsonb
);
CREATE INDEX incident_history_incident_idx ON gpsu.incident_history (incident_id, at);

CREATE FUNCTION gpsu.refuse_change() RETURNS trigger
LANGUAGE plpgsql SET search_path = pg_catalog AS $$
BEGIN
    RAISE EXCEPTION '% is append-only: % refused', TG_TABLE_NAME, TG_OP
        USING ERRCODE = 'insufficient_privilege';
END;
$$;
CREATE TRIGGER incident_history_append_only
    BEFORE UPDATE OR DELETE ON gpsu.incident_history
    FOR EACH ROW EXECUTE FUNCTION gpsu.refuse_change();
CREATE TRIGGER incident_history_no_truncate
    BEFORE TRUNCATE ON gpsu.incident_history
    FOR EACH STATEMENT EXECUTE FUNCTION gpsu.refuse_change();

-- Before writing an incident: district from its location, optimistic locking, timestamps.
CREATE FUNCTION gpsu.incidents_before_write() RETURNS trigger
LANGUAGE plpgsql SET search_path = pg_catalog, public, gpsu AS $$
BEGIN
    IF TG_OP = 'INSERT' OR NOT ST_Equals(NEW.geom, OLD.geom) THEN
        NEW.district_id := (SELECT d.id FROM gpsu.districts d
                            WHERE ST_Intersects(d.geom, NEW.geom)
                            ORDER BY d.id LIMIT 1);
    END IF;
    IF TG_OP = 'UPDATE' THEN
        IF NEW.version IS DISTINCT FROM OLD.version THEN
            RAISE EXCEPTION 'incident % was changed by someone else (version % expected, % given)',
                OLD.id, OLD.version, NEW.version
                USING ERRCODE = 'GPS01', HINT = 'Reload the incident and apply your changes again.';
        END IF;
        NEW.version := OLD.version + 1;
        NEW.updated_at := now();
        NEW.recorded_at := OLD.recorded_at;
        NEW.reporter := OLD.reporter;
    END IF;
    RETURN NEW;
END;
$$;
CREATE TRIGGER incidents_before_write
    BEFORE INSERT OR UPDATE ON gpsu.incidents
    FOR EACH ROW EXECUTE FUNCTION gpsu.incidents_before_write();

-- After writing an incident: its history.
CREATE FUNCTION gpsu.incidents_record_history() RETURNS trigger
LANGUAGE plpgsql SET search_path = pg_catalog, gpsu AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        INSERT INTO gpsu.incident_history (incident_id, action, new_status)
        VALUES (NEW.id, 'created', NEW.status);
    ELSIF NEW.status IS DISTINCT FROM OLD.status THEN
        INSERT INTO gpsu.incident_history (incident_id, action, old_status, new_status)
        VALUES (NEW.id, 'status_changed', OLD.status, NEW.status);
    ELSE
        INSERT INTO gpsu.incident_history (incident_id, action, details)
        VALUES (NEW.id, 'updated', jsonb_build_object('version', NEW.version));
    END IF;
    RETURN NULL;
END;
$$;
CREATE TRIGGER incidents_record_history
    AFTER INSERT OR UPDATE ON gpsu.incidents
    FOR EACH ROW EXECUTE FUNCTION gpsu.incidents_record_history();

-- Schools (SAGES): the school, its site and its safety documents.
CREATE TABLE gpsu.schools (
    id              integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    code            text NOT NULL UNIQUE CHECK (btrim(code) <> ''),  -- official code, e.g. French UAI
    name            text NOT NULL CHECK (btrim(name) <> ''),
    school_type     text NOT NULL DEFAULT 'other'
                    CHECK (school_type IN ('nursery', 'primary', 'secondary', 'high_school',
                                           'vocational', 'higher', 'special', 'other')),
    address         text,
    town            text,
    pupils          integer CHECK (pupils >= 0),
    staff           integer CHECK (staff >= 0),
    geom            geometry(Point, @SRID@) NOT NULL,
    updated_at      timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX schools_geom_idx ON gpsu.schools USING gist (geom);

CREATE TABLE gpsu.school_sites (
    id              integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    school_id       integer NOT NULL REFERENCES gpsu.schools (id) ON DELETE CASCADE,
    name            text,
    geom            geometry(MultiPolygon, @SRID@) NOT NULL CHECK (ST_IsValid(geom))
);
CREATE INDEX school_sites_geom_idx ON gpsu.school_sites USING gist (geom);
CREATE INDEX school_sites_school_idx ON gpsu.school_sites (school_id);

-- Versioned safety documents: a new upload is a new version, never an overwrite.
CREATE TABLE gpsu.school_documents (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    school_id       integer NOT NULL REFERENCES gpsu.schools (id) ON DELETE RESTRICT,
    doc_type        text NOT NULL CHECK (doc_type IN ('ppms', 'building_plan', 'evacuation_plan',
                                                      'photo', 'crisis_directory', 'other')),
    title           text NOT NULL CHECK (btrim(title) <> ''),
    version         integer NOT NULL DEFAULT 1 CHECK (version > 0),
    filename        text NOT NULL CHECK (btrim(filename) <> ''),
    mime_type       text NOT NULL,
    size_bytes      bigint NOT NULL CHECK (size_bytes >= 0),
    sha256          text NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
    content         bytea NOT NULL,
    confidential    boolean NOT NULL DEFAULT true,
    author          text NOT NULL DEFAULT current_user,
    created_at      timestamptz NOT NULL DEFAULT now(),
    review_due      date,
    UNIQUE (school_id, doc_type, title, version),
    CHECK (octet_length(content) = size_bytes)
);
CREATE INDEX school_documents_school_idx ON gpsu.school_documents (school_id, doc_type);
CREATE TRIGGER school_documents_immutable
    BEFORE UPDATE OF content, sha256, size_bytes, version, school_id ON gpsu.school_documents
    FOR EACH ROW EXECUTE FUNCTION gpsu.refuse_change();
