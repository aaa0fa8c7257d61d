-- GPS-U incidents and cases: numbering, observation templates, dispatch, the status workflow,
-- tasks shared with other services, steps ("démarches"), attachments and alerts.
-- Every rule that protects data is enforced here, so that psql obeys it as much as QGIS does.
-- Errors the plugin translates carry SQLSTATEs of class GP: GPS01 version conflict (0001),
-- GPS02 template field missing/invalid, GPS03 outside the territory, GPS04 time in the future,
-- GPS05 transition not allowed, GPS06 comment required, GPS07 attachment refused,
-- GPS08 open tasks remain, GPS09 closed case cannot be shared, GPS10 task of another case.

-- Settings the administrator tunes.
INSERT INTO gpsu.settings (key, value) VALUES
    ('timezone', 'Europe/Brussels'),
    ('duplicates.distance_m', '75'),
    ('duplicates.window_hours', '72'),
    ('dispatch.default_target_hours', '72'),
    ('attachments.max_bytes', '10485760'),
    ('attachments.mime_types', 'image/jpeg,image/png,image/webp,application/pdf,text/plain');

-- A database setting. PL/pgSQL so that its query plan is cached for the session (it runs in
-- every save); helpers below carry no SET clause: they run with the caller's rights and name every
-- object with its schema.
CREATE FUNCTION gpsu.setting(p_key text) RETURNS text
LANGUAGE plpgsql STABLE AS $$
BEGIN
    RETURN (SELECT value FROM gpsu.settings WHERE key = p_key);
END;
$$;

-- Members of each service (login roles); the access issue adds the rights that go with it.
CREATE TABLE gpsu.service_members (
    service_id  integer NOT NULL REFERENCES gpsu.services (id) ON DELETE CASCADE,
    member      name NOT NULL,
    PRIMARY KEY (service_id, member)
);
CREATE INDEX service_members_member_idx ON gpsu.service_members (member);

-- My services: those naming my login role or a group role I belong to directly. Rows naming a
-- role that no longer exists are ignored; a superuser is not thereby a member of every service.
CREATE FUNCTION gpsu.my_services() RETURNS SETOF integer
LANGUAGE sql STABLE AS $$
    SELECT m.service_id FROM gpsu.service_members m
    JOIN pg_catalog.pg_roles r ON r.rolname = m.member
    WHERE r.rolname = current_user
       OR EXISTS (SELECT 1 FROM pg_catalog.pg_auth_members a
                  JOIN pg_catalog.pg_roles me ON me.oid = a.member
                  WHERE a.roleid = r.oid AND me.rolname = current_user)
$$;

-- The standard observation template ("modèle-type de constat"), per category and sub-category.
-- A sub-category's template is its category's fields plus its own.
CREATE TABLE gpsu.category_fields (
    id          integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    category_id integer NOT NULL REFERENCES gpsu.categories (id) ON DELETE CASCADE,
    key         text NOT NULL CHECK (key ~ '^[a-z][a-z0-9_]*$'),
    label_fr    text NOT NULL CHECK (btrim(label_fr) <> ''),
    label_nl    text,
    label_en    text,
    field_type  text NOT NULL DEFAULT 'text'
                CHECK (field_type IN ('text', 'long_text', 'integer', 'date', 'plate', 'choice', 'boolean')),
    required    boolean NOT NULL DEFAULT false,
    choices     text[] CHECK (field_type <> 'choice' OR cardinality(choices) > 0),
    sort_order  integer NOT NULL DEFAULT 0,
    UNIQUE (category_id, key)
);

CREATE FUNCTION gpsu.template_fields(p_category integer)
RETURNS SETOF gpsu.category_fields
LANGUAGE sql STABLE AS $$
    SELECT f.* FROM gpsu.category_fields f
    JOIN gpsu.categories c ON f.category_id IN (c.id, c.parent_id)
    WHERE c.id = p_category
    ORDER BY (f.category_id = c.id), f.sort_order, f.id
$$;

-- Dispatch rules: category or sub-category, optionally a district -> service, priority, target time.
CREATE TABLE gpsu.dispatch_rules (
    id              integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    category_id     integer NOT NULL REFERENCES gpsu.categories (id) ON DELETE CASCADE,
    district_id     integer REFERENCES gpsu.districts (id) ON DELETE CASCADE,
    service_id      integer NOT NULL REFERENCES gpsu.services (id),
    priority        smallint REFERENCES gpsu.priorities (level),
    target_hours    integer NOT NULL DEFAULT 72 CHECK (target_hours > 0),
    UNIQUE NULLS NOT DISTINCT (category_id, district_id)
);

-- The most specific rule wins: the sub-category before its category, a district before none;
-- without a rule, the category's default service and priority. (PL/pgSQL so that its plan is
-- cached for the session: it runs on every new fact.)
CREATE FUNCTION gpsu.dispatch_for(p_category integer, p_district integer,
                                  OUT service_id integer, OUT priority smallint, OUT target_hours integer)
LANGUAGE plpgsql STABLE SET search_path = pg_catalog, gpsu AS $$
BEGIN
    SELECT coalesce(r.service_id, c.default_service_id),
           coalesce(r.priority, c.default_priority),
           coalesce(r.target_hours, gpsu.setting('dispatch.default_target_hours')::integer)
    INTO service_id, priority, target_hours
    FROM gpsu.categories c
    LEFT JOIN LATERAL (
        SELECT d.service_id, d.priority, d.target_hours
        FROM gpsu.dispatch_rules d
        WHERE d.category_id IN (c.id, c.parent_id)
          AND (d.district_id IS NULL OR d.district_id = p_district)
        ORDER BY (d.category_id = c.id) DESC, (d.district_id IS NOT NULL) DESC
        LIMIT 1) r ON true
    WHERE c.id = p_category;
END;
$$;

-- Yearly, gap-free numbers: the counter row is locked until the saving transaction ends, so a
-- rolled-back save gives its number back and concurrent saves queue for the next one.
CREATE TABLE gpsu.incident_counters (
    year        integer PRIMARY KEY CHECK (year BETWEEN 2000 AND 2999),
    last_value  integer NOT NULL CHECK (last_value > 0)
);

-- The status workflow, as data. Transitions not listed here are refused by the database.
CREATE TABLE gpsu.status_transitions (
    from_status      text NOT NULL REFERENCES gpsu.statuses (code),
    to_status        text NOT NULL REFERENCES gpsu.statuses (code),
    requires_comment boolean NOT NULL DEFAULT false,
    PRIMARY KEY (from_status, to_status),
    CHECK (from_status <> to_status)
);
INSERT INTO gpsu.status_transitions (from_status, to_status, requires_comment) VALUES
    ('new',         'dispatched',  false),
    ('new',         'rejected',    true),
    ('new',         'duplicate',   false),
    ('dispatched',  'in_progress', false),
    ('dispatched',  'resolved',    true),
    ('dispatched',  'rejected',    true),
    ('dispatched',  'duplicate',   false),
    ('in_progress', 'resolved',    false),
    ('in_progress', 'rejected',    true),
    ('in_progress', 'duplicate',   false),
    ('resolved',    'closed',      false),
    ('resolved',    'in_progress', true),   -- reopen
    ('closed',      'in_progress', true),   -- reopen
    ('rejected',    'dispatched',  true),   -- reopen
    ('duplicate',   'dispatched',  true);   -- reopen

ALTER TABLE gpsu.incidents
    ADD COLUMN place        text NOT NULL DEFAULT '',
    ADD COLUMN template     jsonb NOT NULL DEFAULT '{}'::jsonb CHECK (jsonb_typeof(template) = 'object'),
    ADD COLUMN due_at       timestamptz,
    ADD COLUMN closed_at    timestamptz,
    ADD COLUMN duplicate_of bigint REFERENCES gpsu.incidents (id),
    ADD CONSTRAINT incidents_duplicate_has_original
        CHECK ((status = 'duplicate') = (duplicate_of IS NOT NULL) AND duplicate_of IS DISTINCT FROM id),
    ALTER COLUMN priority DROP DEFAULT,
    ALTER COLUMN status SET DEFAULT 'new';
CREATE INDEX incidents_open_list_idx ON gpsu.incidents (priority, recorded_at, id)
    WHERE status IN ('new', 'dispatched', 'in_progress');
CREATE INDEX incidents_list_idx ON gpsu.incidents (priority, recorded_at, id);
CREATE INDEX incidents_due_idx ON gpsu.incidents (due_at) WHERE status IN ('new', 'dispatched', 'in_progress');
CREATE INDEX incidents_number_year_idx ON gpsu.incidents (left(number, 4));

-- Tasks: one case shared with other services, each with its own status.
CREATE TABLE gpsu.incident_tasks (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    incident_id bigint NOT NULL REFERENCES gpsu.incidents (id) ON DELETE RESTRICT,
    service_id  integer NOT NULL REFERENCES gpsu.services (id),
    status      text NOT NULL DEFAULT 'dispatched' REFERENCES gpsu.statuses (code)
                CHECK (status IN ('dispatched', 'in_progress', 'resolved', 'rejected')),
    description text NOT NULL DEFAULT '',
    created_at  timestamptz NOT NULL DEFAULT now(),
    created_by  text NOT NULL DEFAULT current_user,
    updated_at  timestamptz NOT NULL DEFAULT now(),
    version     integer NOT NULL DEFAULT 1,
    UNIQUE (incident_id, service_id)
);
CREATE INDEX incident_tasks_service_idx ON gpsu.incident_tasks (service_id, status);

ALTER TABLE gpsu.incident_history
    ADD COLUMN task_id bigint REFERENCES gpsu.incident_tasks (id);

-- Attachments (photos, documents), stored in the database, checked here.
CREATE TABLE gpsu.incident_attachments (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    incident_id bigint NOT NULL REFERENCES gpsu.incidents (id) ON DELETE RESTRICT,
    filename    text NOT NULL CHECK (btrim(filename) <> '' AND filename !~ '[/\\]'),
    mime_type   text NOT NULL,
    size_bytes  bigint NOT NULL CHECK (size_bytes > 0),
    sha256      text NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
    content     bytea NOT NULL,
    thumbnail   bytea,
    created_at  timestamptz NOT NULL DEFAULT now(),
    author      text NOT NULL DEFAULT current_user,
    CHECK (octet_length(content) = size_bytes)
);
CREATE INDEX incident_attachments_incident_idx ON gpsu.incident_attachments (incident_id);

CREATE FUNCTION gpsu.attachments_check() RETURNS trigger
LANGUAGE plpgsql SET search_path = pg_catalog, gpsu AS $$
BEGIN
    IF NEW.size_bytes > gpsu.setting('attachments.max_bytes')::bigint THEN
        RAISE EXCEPTION 'attachment % is too big (% bytes)', NEW.filename, NEW.size_bytes
            USING ERRCODE = 'GPS07', DETAIL = 'size';
    END IF;
    IF NOT NEW.mime_type = ANY (string_to_array(gpsu.setting('attachments.mime_types'), ',')) THEN
        RAISE EXCEPTION 'attachment % has a refused type (%)', NEW.filename, NEW.mime_type
            USING ERRCODE = 'GPS07', DETAIL = 'type';
    END IF;
    IF NEW.sha256 <> encode(sha256(NEW.content), 'hex') THEN
        RAISE EXCEPTION 'attachment % does not match its checksum', NEW.filename
            USING ERRCODE = 'GPS07', DETAIL = 'checksum';
    END IF;
    RETURN NEW;
END;
$$;
CREATE TRIGGER incident_attachments_check
    BEFORE INSERT ON gpsu.incident_attachments
    FOR EACH ROW EXECUTE FUNCTION gpsu.attachments_check();
CREATE TRIGGER incident_attachments_append_only
    BEFORE UPDATE OR DELETE ON gpsu.incident_attachments
    FOR EACH ROW EXECUTE FUNCTION gpsu.refuse_change();

-- Alerts for the members of a service, and who has read them.
CREATE TABLE gpsu.alerts (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    service_id  integer NOT NULL REFERENCES gpsu.services (id),
    incident_id bigint NOT NULL REFERENCES gpsu.incidents (id),
    kind        text NOT NULL CHECK (kind IN ('dispatched', 'reassigned', 'status_changed', 'shared',
                                              'task_changed', 'overdue')),
    created_at  timestamptz NOT NULL DEFAULT now(),
    details     jsonb NOT NULL DEFAULT '{}'::jsonb
);
CREATE INDEX alerts_service_idx ON gpsu.alerts (service_id, created_at DESC);
-- one overdue alert per case and due date (stored as epoch seconds: independent of TimeZone)
CREATE UNIQUE INDEX alerts_overdue_once_idx ON gpsu.alerts (incident_id, (details ->> 'due_epoch'))
    WHERE kind = 'overdue';

CREATE TABLE gpsu.alert_reads (
    alert_id    bigint NOT NULL REFERENCES gpsu.alerts (id) ON DELETE CASCADE,
    reader      name NOT NULL DEFAULT current_user,
    read_at     timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (alert_id, reader)
);

CREATE FUNCTION gpsu.raise_alert(p_service integer, p_incident bigint, p_kind text, p_details jsonb)
RETURNS void
LANGUAGE plpgsql SET search_path = pg_catalog, gpsu AS $$
DECLARE
    v_id bigint;
BEGIN
    IF p_service IS NULL THEN
        RETURN;
    END IF;
    IF p_kind = 'overdue' THEN  -- once per due date, even when two clients check at the same time
        INSERT INTO gpsu.alerts (service_id, incident_id, kind, details)
        VALUES (p_service, p_incident, p_kind, coalesce(p_details, '{}'::jsonb))
        ON CONFLICT DO NOTHING
        RETURNING id INTO v_id;
    ELSE
        INSERT INTO gpsu.alerts (service_id, incident_id, kind, details)
        VALUES (p_service, p_incident, p_kind, coalesce(p_details, '{}'::jsonb))
        RETURNING id INTO v_id;
    END IF;
    IF v_id IS NOT NULL THEN
        PERFORM pg_notify('gpsu_alerts', json_build_object(
            'alert', v_id, 'service', p_service, 'incident', p_incident, 'kind', p_kind)::text);
    END IF;
END;
$$;

-- The comment of the current change, set by the plugin (or anyone) for this transaction only:
--   SELECT set_config('gpsu.comment', 'reason', true);
CREATE FUNCTION gpsu.change_comment() RETURNS text
LANGUAGE sql STABLE AS $$
    SELECT nullif(btrim(current_setting('gpsu.comment', true)), '')
$$;

-- Validation of a fact before it is written: territory, time, template.
CREATE FUNCTION gpsu.incidents_validate() RETURNS trigger
LANGUAGE plpgsql SET search_path = pg_catalog, public, gpsu AS $$
DECLARE
    v_key text;
    v_missing boolean;
BEGIN
    -- incidents_before_write ran first (triggers fire in name order) and found the district
    IF NEW.district_id IS NULL AND (TG_OP = 'INSERT' OR NOT ST_Equals(NEW.geom, OLD.geom))
       AND EXISTS (SELECT 1 FROM gpsu.districts) THEN
        RAISE EXCEPTION 'the location is outside the municipality''s territory'
            USING ERRCODE = 'GPS03';
    END IF;
    IF coalesce(NEW.observed_at, NEW.observed_from) > now() + interval '5 minutes'
       OR NEW.observed_to > now() + interval '5 minutes' THEN
        RAISE EXCEPTION 'the time of the fact is in the future' USING ERRCODE = 'GPS04';
    END IF;
    IF TG_OP = 'INSERT' OR NEW.template IS DISTINCT FROM OLD.template
       OR NEW.category_id IS DISTINCT FROM OLD.category_id THEN
        -- the first template field that is missing (when required) or malformed, in one query
        SELECT f.key, x.v IS NULL INTO v_key, v_missing
        FROM gpsu.template_fields(NEW.category_id) f
        CROSS JOIN LATERAL (SELECT nullif(btrim(NEW.template ->> f.key), '') AS v) x
        WHERE (x.v IS NULL AND f.required)
           OR (f.field_type = 'integer' AND x.v !~ '^-?[0-9]+$')
           OR (f.field_type = 'date' AND x.v !~ '^[0-9]{4}-[0-9]{2}-[0-9]{2}$')
           OR (f.field_type = 'plate' AND x.v !~ '^[A-Z0-9][A-Z0-9 -]{1,14}$')
           OR (f.field_type = 'boolean' AND x.v NOT IN ('true', 'false'))
           OR (f.field_type = 'choice' AND NOT x.v = ANY (f.choices))
        LIMIT 1;
        IF v_key IS NOT NULL THEN
            RAISE EXCEPTION 'template field % is %', v_key, CASE WHEN v_missing THEN 'missing' ELSE 'invalid' END
                USING ERRCODE = 'GPS02', DETAIL = v_key;
        END IF;
    END IF;
    RETURN NEW;
END;
$$;
CREATE TRIGGER incidents_validate
    BEFORE INSERT OR UPDATE ON gpsu.incidents
    FOR EACH ROW EXECUTE FUNCTION gpsu.incidents_validate();

-- Number, dispatch, workflow. Runs after incidents_before_write (district, version): triggers of
-- the same timing fire in name order ("incidents_before_write" < "incidents_workflow").
CREATE FUNCTION gpsu.incidents_workflow() RETURNS trigger
LANGUAGE plpgsql SET search_path = pg_catalog, gpsu AS $$
DECLARE
    v_year integer;
    v_next integer;
    v_rule record;
    v_transition gpsu.status_transitions;
BEGIN
    IF TG_OP = 'INSERT' THEN
        v_year := extract(year FROM NEW.recorded_at AT TIME ZONE gpsu.setting('timezone'));
        UPDATE gpsu.incident_counters SET last_value = last_value + 1 WHERE year = v_year
        RETURNING last_value INTO v_next;
        IF NOT FOUND THEN  -- first fact of the year; a concurrent first one makes this retry the update
            INSERT INTO gpsu.incident_counters AS c (year, last_value) VALUES (v_year, 1)
            ON CONFLICT (year) DO UPDATE SET last_value = c.last_value + 1
            RETURNING last_value INTO v_next;
        END IF;
        NEW.number := v_year || '-' || lpad(v_next::text, 5, '0');
        SELECT * INTO v_rule FROM gpsu.dispatch_for(NEW.category_id, NEW.district_id);
        NEW.service_id := coalesce(NEW.service_id, v_rule.service_id);
        NEW.priority := coalesce(NEW.priority, v_rule.priority, 3);
        NEW.due_at := NEW.recorded_at + make_interval(hours => coalesce(v_rule.target_hours, 72));
        IF NEW.status = 'duplicate' THEN
            NULL;  -- logged and linked to an existing case at once
        ELSIF NEW.service_id IS NOT NULL THEN
            NEW.status := 'dispatched';
        ELSE
            NEW.status := 'new';
        END IF;
        RETURN NEW;
    END IF;

    IF NEW.number IS DISTINCT FROM OLD.number THEN
        RAISE EXCEPTION 'the number of a fact cannot change' USING ERRCODE = 'GPS05';
    END IF;
    IF NEW.status IS DISTINCT FROM OLD.status THEN
        SELECT * INTO v_transition FROM gpsu.status_transitions
        WHERE from_status = OLD.status AND to_status = NEW.status;
        IF NOT FOUND THEN
            RAISE EXCEPTION 'status cannot go from % to %', OLD.status, NEW.status
                USING ERRCODE = 'GPS05', DETAIL = OLD.status || '>' || NEW.status;
        END IF;
        IF v_transition.requires_comment AND gpsu.change_comment() IS NULL THEN
            RAISE EXCEPTION 'going from % to % needs a comment', OLD.status, NEW.status
                USING ERRCODE = 'GPS06';
        END IF;
        IF NEW.status = 'closed' AND EXISTS (
            SELECT 1 FROM gpsu.incident_tasks t
            WHERE t.incident_id = NEW.id AND t.status IN ('dispatched', 'in_progress')) THEN
            RAISE EXCEPTION 'the case still has open tasks' USING ERRCODE = 'GPS08';
        END IF;
        NEW.closed_at := CASE WHEN NEW.status IN ('closed', 'rejected', 'duplicate') THEN now() END;
        IF NEW.status <> 'duplicate' THEN
            NEW.duplicate_of := NULL;
        END IF;
    END IF;
    IF NEW.service_id IS DISTINCT FROM OLD.service_id AND gpsu.change_comment() IS NULL THEN
        RAISE EXCEPTION 'reassigning a case needs a reason' USING ERRCODE = 'GPS06';
    END IF;
    RETURN NEW;
END;
$$;
CREATE TRIGGER incidents_workflow
    BEFORE INSERT OR UPDATE ON gpsu.incidents
    FOR EACH ROW EXECUTE FUNCTION gpsu.incidents_workflow();

-- History, alerts and notifications after each write (replaces 0001's history function).
CREATE OR REPLACE FUNCTION gpsu.incidents_record_history() RETURNS trigger
LANGUAGE plpgsql SET search_path = pg_catalog, gpsu AS $$
DECLARE
    v_comment text := gpsu.change_comment();
BEGIN
    IF TG_OP = 'INSERT' THEN
        INSERT INTO gpsu.incident_history (incident_id, action, new_status, comment, details)
        VALUES (NEW.id, 'created', NEW.status, v_comment,
                jsonb_build_object('number', NEW.number, 'service_id', NEW.service_id,
                                   'duplicate_of', NEW.duplicate_of));
        PERFORM gpsu.raise_alert(NEW.service_id, NEW.id, 'dispatched', jsonb_build_object('number', NEW.number));
    ELSE
        IF NEW.status IS DISTINCT FROM OLD.status THEN
            INSERT INTO gpsu.incident_history (incident_id, action, old_status, new_status, comment, details)
            VALUES (NEW.id, 'status_changed', OLD.status, NEW.status, v_comment,
                    jsonb_build_object('duplicate_of', NEW.duplicate_of));
            PERFORM gpsu.raise_alert(NEW.service_id, NEW.id, 'status_changed',
                                     jsonb_build_object('number', NEW.number, 'from', OLD.status, 'to', NEW.status));
        END IF;
        IF NEW.service_id IS DISTINCT FROM OLD.service_id THEN
            INSERT INTO gpsu.incident_history (incident_id, action, comment, details)
            VALUES (NEW.id, 'reassigned', v_comment,
                    jsonb_build_object('from_service', OLD.service_id, 'to_service', NEW.service_id));
            PERFORM gpsu.raise_alert(NEW.service_id, NEW.id, 'reassigned',
                                     jsonb_build_object('number', NEW.number, 'from_service', OLD.service_id));
        END IF;
        IF NEW.status IS NOT DISTINCT FROM OLD.status AND NEW.service_id IS NOT DISTINCT FROM OLD.service_id THEN
            INSERT INTO gpsu.incident_history (incident_id, action, comment, details)
            VALUES (NEW.id, 'updated', v_comment, jsonb_build_object('version', NEW.version));
        END IF;
    END IF;
    PERFORM pg_notify('qgis', 'gpsu.incidents');
    RETURN NULL;
END;
$$;

-- Tasks: workflow, history, alerts, and closing the case when every task is done.
CREATE FUNCTION gpsu.incident_tasks_workflow() RETURNS trigger
LANGUAGE plpgsql SET search_path = pg_catalog, gpsu AS $$
BEGIN
    IF TG_OP = 'UPDATE' THEN
        IF NEW.version IS DISTINCT FROM OLD.version THEN
            RAISE EXCEPTION 'task % was changed by someone else', OLD.id USING ERRCODE = 'GPS01';
        END IF;
        IF NEW.incident_id <> OLD.incident_id OR NEW.service_id <> OLD.service_id THEN
            RAISE EXCEPTION 'a task cannot move to another case or service' USING ERRCODE = 'GPS05';
        END IF;
        IF NEW.status IS DISTINCT FROM OLD.status AND NOT EXISTS (
            SELECT 1 FROM gpsu.status_transitions
            WHERE from_status = OLD.status AND to_status = NEW.status) THEN
            RAISE EXCEPTION 'task status cannot go from % to %', OLD.status, NEW.status
                USING ERRCODE = 'GPS05', DETAIL = OLD.status || '>' || NEW.status;
        END IF;
        NEW.version := OLD.version + 1;
        NEW.updated_at := now();
    ELSIF EXISTS (SELECT 1 FROM gpsu.incidents i WHERE i.id = NEW.incident_id
                  AND i.status IN ('closed', 'rejected', 'duplicate')) THEN
        RAISE EXCEPTION 'a closed case cannot be shared' USING ERRCODE = 'GPS09';
    END IF;
    RETURN NEW;
END;
$$;
CREATE TRIGGER incident_tasks_workflow
    BEFORE INSERT OR UPDATE ON gpsu.incident_tasks
    FOR EACH ROW EXECUTE FUNCTION gpsu.incident_tasks_workflow();

CREATE FUNCTION gpsu.incident_tasks_record_history() RETURNS trigger
LANGUAGE plpgsql SET search_path = pg_catalog, gpsu AS $$
DECLARE
    v_case gpsu.incidents;
BEGIN
    SELECT * INTO v_case FROM gpsu.incidents WHERE id = NEW.incident_id;
    IF TG_OP = 'INSERT' THEN
        INSERT INTO gpsu.incident_history (incident_id, task_id, action, new_status, comment, details)
        VALUES (NEW.incident_id, NEW.id, 'shared', NEW.status, nullif(NEW.description, ''),
                jsonb_build_object('service_id', NEW.service_id));
        PERFORM gpsu.raise_alert(NEW.service_id, NEW.incident_id, 'shared',
                                 jsonb_build_object('number', v_case.number, 'task', NEW.id));
    ELSIF NEW.status IS DISTINCT FROM OLD.status THEN
        INSERT INTO gpsu.incident_history (incident_id, task_id, action, old_status, new_status, comment, details)
        VALUES (NEW.incident_id, NEW.id, 'task_status_changed', OLD.status, NEW.status, gpsu.change_comment(),
                jsonb_build_object('service_id', NEW.service_id));
        PERFORM gpsu.raise_alert(v_case.service_id, NEW.incident_id, 'task_changed',
                                 jsonb_build_object('number', v_case.number, 'task', NEW.id,
                                                    'service_id', NEW.service_id, 'to', NEW.status));
        -- the case closes when it is resolved and every task is done
        IF v_case.status = 'resolved' AND NOT EXISTS (
            SELECT 1 FROM gpsu.incident_tasks t
            WHERE t.incident_id = NEW.incident_id AND t.status IN ('dispatched', 'in_progress')) THEN
            UPDATE gpsu.incidents SET status = 'closed', version = v_case.version WHERE id = NEW.incident_id;
        END IF;
    END IF;
    PERFORM pg_notify('qgis', 'gpsu.incidents');
    RETURN NULL;
END;
$$;
CREATE TRIGGER incident_tasks_record_history
    AFTER INSERT OR UPDATE ON gpsu.incident_tasks
    FOR EACH ROW EXECUTE FUNCTION gpsu.incident_tasks_record_history();
CREATE TRIGGER incident_tasks_no_delete
    BEFORE DELETE ON gpsu.incident_tasks
    FOR EACH ROW EXECUTE FUNCTION gpsu.refuse_change();

-- Closing a resolved case when its tasks are already done (the lead service resolves last).
CREATE FUNCTION gpsu.incidents_close_when_done() RETURNS trigger
LANGUAGE plpgsql SET search_path = pg_catalog, gpsu AS $$
BEGIN
    IF NEW.status = 'resolved' AND OLD.status IS DISTINCT FROM 'resolved'
       AND EXISTS (SELECT 1 FROM gpsu.incident_tasks t WHERE t.incident_id = NEW.id)
       AND NOT EXISTS (SELECT 1 FROM gpsu.incident_tasks t
                       WHERE t.incident_id = NEW.id AND t.status IN ('dispatched', 'in_progress')) THEN
        UPDATE gpsu.incidents SET status = 'closed', version = NEW.version WHERE id = NEW.id;
    END IF;
    RETURN NULL;
END;
$$;
CREATE TRIGGER incidents_close_when_done
    AFTER UPDATE OF status ON gpsu.incidents
    FOR EACH ROW EXECUTE FUNCTION gpsu.incidents_close_when_done();

-- Steps ("démarches") a service took: recorded as history, never changed afterwards.
CREATE FUNCTION gpsu.record_step(p_incident bigint, p_comment text, p_task bigint DEFAULT NULL)
RETURNS bigint
LANGUAGE plpgsql SET search_path = pg_catalog, gpsu AS $$
DECLARE
    v_id bigint;
BEGIN
    IF nullif(btrim(p_comment), '') IS NULL THEN
        RAISE EXCEPTION 'a step needs a description' USING ERRCODE = 'GPS06';
    END IF;
    IF p_task IS NOT NULL AND NOT EXISTS (
        SELECT 1 FROM gpsu.incident_tasks WHERE id = p_task AND incident_id = p_incident) THEN
        RAISE EXCEPTION 'task % is not part of case %', p_task, p_incident USING ERRCODE = 'GPS10';
    END IF;
    INSERT INTO gpsu.incident_history (incident_id, task_id, action, comment)
    VALUES (p_incident, p_task, 'step', btrim(p_comment))
    RETURNING id INTO v_id;
    PERFORM pg_notify('qgis', 'gpsu.incidents');
    RETURN v_id;
END;
$$;

-- Possible duplicates of a fact about to be logged: open cases of the same category (or
-- sub-category of the same category) within the distance and time window the administrator set.
CREATE FUNCTION gpsu.possible_duplicates(p_category integer, p_geom geometry, p_time timestamptz)
RETURNS TABLE (id bigint, number text, status text, distance_m double precision,
               observed timestamptz, description text)
LANGUAGE sql STABLE SET search_path = pg_catalog, public, gpsu AS $$
    SELECT i.id, i.number, i.status, ST_Distance(i.geom, p_geom),
           coalesce(i.observed_at, i.observed_from), i.description
    FROM gpsu.incidents i
    JOIN gpsu.categories c ON c.id = i.category_id
    JOIN gpsu.categories wanted ON wanted.id = p_category
    WHERE i.status IN ('new', 'dispatched', 'in_progress')
      AND coalesce(c.parent_id, c.id) = coalesce(wanted.parent_id, wanted.id)
      AND ST_DWithin(i.geom, p_geom, gpsu.setting('duplicates.distance_m')::double precision)
      AND coalesce(i.observed_at, i.observed_from)
          BETWEEN p_time - make_interval(hours => gpsu.setting('duplicates.window_hours')::integer)
              AND p_time + make_interval(hours => gpsu.setting('duplicates.window_hours')::integer)
    ORDER BY ST_Distance(i.geom, p_geom), i.recorded_at DESC
    LIMIT 20
$$;

-- Overdue open cases get one alert per due date; any connected plugin may call this.
CREATE FUNCTION gpsu.raise_overdue_alerts() RETURNS integer
LANGUAGE plpgsql SET search_path = pg_catalog, gpsu AS $$
DECLARE
    r record;
    n integer := 0;
BEGIN
    FOR r IN SELECT i.id, i.service_id, i.number, i.due_at FROM gpsu.incidents i
             WHERE i.status IN ('new', 'dispatched', 'in_progress') AND i.due_at < now()
               AND NOT EXISTS (SELECT 1 FROM gpsu.alerts a WHERE a.incident_id = i.id AND a.kind = 'overdue'
                               AND a.details ->> 'due_epoch' = extract(epoch FROM i.due_at)::bigint::text) LOOP
        PERFORM gpsu.raise_alert(r.service_id, r.id, 'overdue',
                                 jsonb_build_object('number', r.number, 'due_at', r.due_at,
                                                    'due_epoch', extract(epoch FROM r.due_at)::bigint::text));
        n := n + 1;
    END LOOP;
    RETURN n;
END;
$$;
