-- SAGES: school safety. Buildings and the PPMS geometry drawn on the map, the structured PPMS data
-- (one plan per school and school year, following the national PPMS model), and the rules that
-- protect the versioned safety documents of 0001 (numbering, append-only, checksum, type and size).
-- Every table here has a school_id: access control (a later migration) secures them by school.
-- Errors the plugin translates (core/schools.py): GPS20 document refused (DETAIL size, type,
-- checksum or filename), GPS21 PPMS plan changed by someone else.
-- Run by gpsu_plugin.core.migrations inside one transaction: no BEGIN/COMMIT here.

-- Settings the administrator tunes: what may be uploaded, and how often documents are reviewed.
INSERT INTO gpsu.settings (key, value) VALUES
    ('documents.max_bytes', '52428800'),
    ('documents.mime_types', 'application/pdf,image/jpeg,image/png,image/tiff,image/webp,image/gif,'
        'application/msword,application/vnd.openxmlformats-officedocument.wordprocessingml.document,'
        'application/vnd.ms-excel,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,'
        'application/vnd.ms-powerpoint,application/vnd.openxmlformats-officedocument.presentationml.presentation,'
        'application/vnd.oasis.opendocument.text,application/vnd.oasis.opendocument.spreadsheet,'
        'application/vnd.oasis.opendocument.presentation,application/rtf,text/plain'),
    ('documents.review_months', '12');

-- Accent- and case-insensitive search key (no extension needed: IMMUTABLE, so it can be indexed).
CREATE FUNCTION gpsu.fold(p_text text) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE RETURNS NULL ON NULL INPUT AS $$
    SELECT replace(replace(replace(replace(lower(translate(p_text,
        'àáâãäåāçćčèéêëēėęìíîïīıñńòóôõöøōùúûüūýÿžśšłÀÁÂÃÄÅĀÇĆČÈÉÊËĒĖĘÌÍÎÏĪIÑŃÒÓÔÕÖØŌÙÚÛÜŪÝŸŽŚŠŁ''’-',
        'aaaaaaaccceeeeeeeiiiiiinnooooooouuuuuyyzsslaaaaaaaccceeeeeeeiiiiiinnooooooouuuuuyyzssl   ')), 'œ', 'oe'), 'æ', 'ae'), 'Œ', 'oe'), 'Æ', 'ae');
$$;

CREATE FUNCTION gpsu.school_search_key(p_code text, p_name text, p_town text, p_address text) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT gpsu.fold(concat_ws(' ', p_code, p_name, p_town, p_address));
$$;

CREATE INDEX schools_search_trgm_idx ON gpsu.schools
    USING gin (gpsu.school_search_key(code, name, town, address) gin_trgm_ops);

-- Buildings of a school site.
CREATE TABLE gpsu.school_buildings (
    id          integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    school_id   integer NOT NULL REFERENCES gpsu.schools (id) ON DELETE CASCADE,
    name        text NOT NULL CHECK (btrim(name) <> ''),
    floors      smallint CHECK (floors BETWEEN 0 AND 100),
    notes       text,
    geom        geometry(MultiPolygon, @SRID@) NOT NULL CHECK (ST_IsValid(geom))
);
CREATE INDEX school_buildings_school_idx ON gpsu.school_buildings (school_id);
CREATE INDEX school_buildings_geom_idx ON gpsu.school_buildings USING gist (geom);

-- PPMS geometry, one table per geometry type, each feature typed by `kind`.
CREATE TABLE gpsu.ppms_areas (
    id          integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    school_id   integer NOT NULL REFERENCES gpsu.schools (id) ON DELETE CASCADE,
    kind        text NOT NULL DEFAULT 'confinement_area' CHECK (kind IN ('confinement_area')),
    label       text,
    capacity    integer CHECK (capacity >= 0),
    notes       text,
    geom        geometry(MultiPolygon, @SRID@) NOT NULL CHECK (ST_IsValid(geom))
);
CREATE INDEX ppms_areas_school_idx ON gpsu.ppms_areas (school_id);
CREATE INDEX ppms_areas_geom_idx ON gpsu.ppms_areas USING gist (geom);

CREATE TABLE gpsu.ppms_routes (
    id          integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    school_id   integer NOT NULL REFERENCES gpsu.schools (id) ON DELETE CASCADE,
    kind        text NOT NULL DEFAULT 'evacuation_route' CHECK (kind IN ('evacuation_route')),
    label       text,
    notes       text,
    geom        geometry(MultiLineString, @SRID@) NOT NULL
);
CREATE INDEX ppms_routes_school_idx ON gpsu.ppms_routes (school_id);
CREATE INDEX ppms_routes_geom_idx ON gpsu.ppms_routes USING gist (geom);

CREATE TABLE gpsu.ppms_points (
    id          integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    school_id   integer NOT NULL REFERENCES gpsu.schools (id) ON DELETE CASCADE,
    kind        text NOT NULL CHECK (kind IN ('assembly_point', 'emergency_access', 'cutoff_gas',
                                              'cutoff_electricity', 'cutoff_water')),
    label       text,
    notes       text,
    geom        geometry(Point, @SRID@) NOT NULL
);
CREATE INDEX ppms_points_school_idx ON gpsu.ppms_points (school_id, kind);
CREATE INDEX ppms_points_geom_idx ON gpsu.ppms_points USING gist (geom);

-- The structured PPMS of a school for a school year (2026 = 2026-2027), one jsonb object per section
-- of the national model; next year's plan starts as a copy of this one.
CREATE TABLE gpsu.ppms_plans (
    id          integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    school_id   integer NOT NULL REFERENCES gpsu.schools (id) ON DELETE RESTRICT,
    school_year smallint NOT NULL CHECK (school_year BETWEEN 2000 AND 2100),
    sections    jsonb NOT NULL DEFAULT '{}'::jsonb CHECK (
                    jsonb_typeof(sections) = 'object'
                    AND sections - ARRAY['identification', 'risks', 'alerts', 'crisis_cell', 'confinement',
                                         'evacuation', 'equipment', 'exercises'] = '{}'::jsonb),
    document_id bigint REFERENCES gpsu.school_documents (id),
    version     integer NOT NULL DEFAULT 1 CHECK (version > 0),
    created_at  timestamptz NOT NULL DEFAULT now(),
    created_by  text NOT NULL DEFAULT session_user,
    updated_at  timestamptz NOT NULL DEFAULT now(),
    updated_by  text NOT NULL DEFAULT session_user,
    UNIQUE (school_id, school_year)
);

CREATE FUNCTION gpsu.ppms_plans_before_update() RETURNS trigger
LANGUAGE plpgsql SET search_path = pg_catalog, gpsu AS $$
BEGIN
    IF NEW.version IS DISTINCT FROM OLD.version THEN
        RAISE EXCEPTION 'PPMS plan % was changed by someone else (version % expected, % given)',
            OLD.id, OLD.version, NEW.version
            USING ERRCODE = 'GPS21', HINT = 'Reload the plan and apply your changes again.';
    END IF;
    IF NEW.school_id IS DISTINCT FROM OLD.school_id OR NEW.school_year IS DISTINCT FROM OLD.school_year THEN
        RAISE EXCEPTION 'the school and year of a PPMS plan cannot change'
            USING ERRCODE = 'check_violation';
    END IF;
    NEW.version := OLD.version + 1;
    NEW.created_at := OLD.created_at;
    NEW.created_by := OLD.created_by;
    NEW.updated_at := now();
    NEW.updated_by := session_user;
    RETURN NEW;
END;
$$;
CREATE TRIGGER ppms_plans_before_update
    BEFORE UPDATE ON gpsu.ppms_plans
    FOR EACH ROW EXECUTE FUNCTION gpsu.ppms_plans_before_update();

-- Safety documents: each upload is numbered per (school, type, title), checked, then never changed
-- (only its review date may move) nor deleted.
CREATE FUNCTION gpsu.school_documents_before_insert() RETURNS trigger
LANGUAGE plpgsql SET search_path = pg_catalog, gpsu AS $$
BEGIN
    IF NEW.filename ~ '[/\\]' THEN
        RAISE EXCEPTION 'document name % contains a folder', NEW.filename
            USING ERRCODE = 'GPS20', DETAIL = 'filename';
    END IF;
    IF NEW.size_bytes > gpsu.setting('documents.max_bytes')::bigint THEN
        RAISE EXCEPTION 'document % is too big (% bytes)', NEW.filename, NEW.size_bytes
            USING ERRCODE = 'GPS20', DETAIL = 'size';
    END IF;
    IF NOT NEW.mime_type = ANY (string_to_array(gpsu.setting('documents.mime_types'), ',')) THEN
        RAISE EXCEPTION 'document % has a refused type (%)', NEW.filename, NEW.mime_type
            USING ERRCODE = 'GPS20', DETAIL = 'type';
    END IF;
    IF NEW.size_bytes = 0 OR NEW.sha256 <> encode(sha256(NEW.content), 'hex') THEN
        RAISE EXCEPTION 'document % does not match its checksum', NEW.filename
            USING ERRCODE = 'GPS20', DETAIL = 'checksum';
    END IF;
    -- concurrent uploads of the same document queue here, so versions are gap-free and unique
    PERFORM pg_advisory_xact_lock(hashtextextended(
        concat_ws(chr(31), 'gpsu.school_documents', NEW.school_id::text, NEW.doc_type, NEW.title), 0));
    NEW.version := 1 + coalesce((SELECT max(d.version) FROM gpsu.school_documents d
                                 WHERE d.school_id = NEW.school_id AND d.doc_type = NEW.doc_type
                                   AND d.title = NEW.title), 0);
    NEW.author := session_user;  -- the login, even under SET ROLE
    NEW.created_at := now();
    IF NEW.review_due IS NULL AND NEW.doc_type IN ('ppms', 'crisis_directory', 'evacuation_plan') THEN
        NEW.review_due := (current_date + make_interval(
            months => coalesce(gpsu.setting('documents.review_months'), '12')::integer))::date;
    END IF;
    RETURN NEW;
END;
$$;
CREATE TRIGGER school_documents_before_insert
    BEFORE INSERT ON gpsu.school_documents
    FOR EACH ROW EXECUTE FUNCTION gpsu.school_documents_before_insert();

CREATE FUNCTION gpsu.school_documents_before_update() RETURNS trigger
LANGUAGE plpgsql SET search_path = pg_catalog AS $$
BEGIN
    IF (NEW.id, NEW.school_id, NEW.doc_type, NEW.title, NEW.version, NEW.filename, NEW.mime_type,
        NEW.size_bytes, NEW.sha256, NEW.confidential, NEW.author, NEW.created_at)
       IS DISTINCT FROM
       (OLD.id, OLD.school_id, OLD.doc_type, OLD.title, OLD.version, OLD.filename, OLD.mime_type,
        OLD.size_bytes, OLD.sha256, OLD.confidential, OLD.author, OLD.created_at) THEN
        RAISE EXCEPTION 'school_documents is append-only: only the review date may change'
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    RETURN NEW;
END;
$$;
CREATE TRIGGER school_documents_only_review_changes
    BEFORE UPDATE ON gpsu.school_documents
    FOR EACH ROW EXECUTE FUNCTION gpsu.school_documents_before_update();
CREATE TRIGGER school_documents_no_delete
    BEFORE DELETE ON gpsu.school_documents
    FOR EACH ROW EXECUTE FUNCTION gpsu.refuse_change();
CREATE TRIGGER school_documents_no_truncate
    BEFORE TRUNCATE ON gpsu.school_documents
    FOR EACH STATEMENT EXECUTE FUNCTION gpsu.refuse_change();
CREATE INDEX school_documents_review_idx ON gpsu.school_documents (review_due);
