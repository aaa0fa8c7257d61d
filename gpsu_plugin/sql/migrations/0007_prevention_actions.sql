-- Prevention actions and their evaluations (GPS-U: "measure the impact of a prevention action").
-- The officer records an action (area, period, target categories); each evaluation compares the
-- facts before and after in the area, a buffer around it and a comparison area, and is kept so
-- that the DLS report can cite it.
-- Run by gpsu_plugin.core.migrations inside one transaction: no BEGIN/COMMIT here.

CREATE TABLE gpsu.prevention_actions (
    id              integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    title           text NOT NULL CHECK (btrim(title) <> ''),
    description     text NOT NULL DEFAULT '',
    category_ids    integer[] NOT NULL DEFAULT '{}',   -- empty: every category
    started_on      date NOT NULL,
    ended_on        date NOT NULL,
    buffer_m        integer NOT NULL DEFAULT 250 CHECK (buffer_m BETWEEN 0 AND 5000),
    geom            geometry(MultiPolygon, @SRID@) NOT NULL CHECK (ST_IsValid(geom) AND NOT ST_IsEmpty(geom)),
    created_by      name NOT NULL DEFAULT session_user,
    created_at      timestamptz NOT NULL DEFAULT now(),
    CHECK (ended_on >= started_on)
);
CREATE INDEX prevention_actions_geom_idx ON gpsu.prevention_actions USING gist (geom);

CREATE FUNCTION gpsu.prevention_actions_check() RETURNS trigger
LANGUAGE plpgsql SET search_path = pg_catalog, gpsu AS $$
BEGIN
    IF EXISTS (SELECT 1 FROM unnest(NEW.category_ids) c
               WHERE NOT EXISTS (SELECT 1 FROM gpsu.categories k WHERE k.id = c)) THEN
        RAISE EXCEPTION 'unknown category in %', NEW.category_ids USING ERRCODE = 'foreign_key_violation';
    END IF;
    RETURN NEW;
END;
$$;
CREATE TRIGGER prevention_actions_check
    BEFORE INSERT OR UPDATE ON gpsu.prevention_actions
    FOR EACH ROW EXECUTE FUNCTION gpsu.prevention_actions_check();

-- Each evaluation as it was computed (append-only): periods, counts per zone, the measures.
CREATE TABLE gpsu.prevention_evaluations (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    action_id       integer NOT NULL REFERENCES gpsu.prevention_actions (id) ON DELETE RESTRICT,
    evaluated_at    timestamptz NOT NULL DEFAULT now(),
    evaluated_by    name NOT NULL DEFAULT session_user,
    before_from     timestamptz NOT NULL,
    before_to       timestamptz NOT NULL,
    after_from      timestamptz NOT NULL,
    after_to        timestamptz NOT NULL,
    buffer_m        integer NOT NULL,
    counts          jsonb NOT NULL,      -- {"target": [before, after], "buffer": [...], "control": [...]}
    measures        jsonb NOT NULL,      -- RES, WDQ and their intervals, interpretation
    CHECK (before_from < before_to AND after_from < after_to)
);
CREATE INDEX prevention_evaluations_action_idx ON gpsu.prevention_evaluations (action_id, evaluated_at);
CREATE TRIGGER prevention_evaluations_append_only
    BEFORE UPDATE OR DELETE ON gpsu.prevention_evaluations
    FOR EACH ROW EXECUTE FUNCTION gpsu.refuse_change();

-- Rights (see 0006): the roles that work with cases read; the administrator and the analyst record
-- and evaluate.
ALTER FUNCTION gpsu.prevention_actions_check() OWNER TO gpsu_definer;
GRANT SELECT ON gpsu.prevention_actions, gpsu.prevention_evaluations
    TO gpsu_admin, gpsu_analyst, gpsu_field_officer, gpsu_handler, gpsu_police;
GRANT INSERT (title, description, category_ids, started_on, ended_on, buffer_m, geom),
      UPDATE (title, description, category_ids, started_on, ended_on, buffer_m, geom),
      DELETE ON gpsu.prevention_actions TO gpsu_admin, gpsu_analyst;
GRANT INSERT (action_id, before_from, before_to, after_from, after_to, buffer_m, counts, measures)
    ON gpsu.prevention_evaluations TO gpsu_admin, gpsu_analyst;
GRANT ALL ON gpsu.prevention_actions, gpsu.prevention_evaluations TO gpsu_definer;
CREATE POLICY prevention_actions_read ON gpsu.prevention_actions FOR SELECT
    TO gpsu_admin, gpsu_analyst, gpsu_field_officer, gpsu_handler, gpsu_police
    USING ((SELECT gpsu.account_ok()));
CREATE POLICY prevention_actions_write ON gpsu.prevention_actions TO gpsu_admin, gpsu_analyst
    USING ((SELECT gpsu.account_ok())) WITH CHECK ((SELECT gpsu.account_ok()));
CREATE POLICY prevention_evaluations_read ON gpsu.prevention_evaluations FOR SELECT
    TO gpsu_admin, gpsu_analyst, gpsu_field_officer, gpsu_handler, gpsu_police
    USING ((SELECT gpsu.account_ok()));
CREATE POLICY prevention_evaluations_add ON gpsu.prevention_evaluations FOR INSERT TO gpsu_admin, gpsu_analyst
    WITH CHECK ((SELECT gpsu.account_ok()) AND evaluated_by = session_user);
CREATE POLICY definer ON gpsu.prevention_actions TO gpsu_definer USING (true) WITH CHECK (true);
CREATE POLICY definer ON gpsu.prevention_evaluations TO gpsu_definer USING (true) WITH CHECK (true);
ALTER TABLE gpsu.prevention_actions ENABLE ROW LEVEL SECURITY;
ALTER TABLE gpsu.prevention_actions FORCE ROW LEVEL SECURITY;
ALTER TABLE gpsu.prevention_evaluations ENABLE ROW LEVEL SECURITY;
ALTER TABLE gpsu.prevention_evaluations FORCE ROW LEVEL SECURITY;
