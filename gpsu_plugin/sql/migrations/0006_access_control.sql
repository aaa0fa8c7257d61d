-- GPS-U access control: roles, row-level security on every table, column privileges, accounts
-- managed by the administrator, password expiry, an append-only audit log, and the
-- pseudonymisation of old closed cases.
-- Run by gpsu_plugin.core.migrations inside one transaction: no BEGIN/COMMIT here.
--
-- Design
-- * Group roles (cluster-wide, NOLOGIN) carry the rights; each person has a login role that is a
--   member of the groups the administrator gave them (QGIS layers connect as that login role and
--   ignore any "session role", so rights must reach it by inheritance).
-- * Every table has ROW LEVEL SECURITY and FORCE ROW LEVEL SECURITY (so that its owner does not
--   bypass the policies either). Policies call functions once per query, never per row:
--   `(SELECT gpsu.account_ok())`.
-- * Functions that need more rights are SECURITY DEFINER, owned by gpsu_definer (NOLOGIN, no
--   member), with a fixed search_path and checked arguments. Inside them current_user is
--   gpsu_definer: the person is session_user, which is what history and audit record.
-- * Personal details (a fact's description, place, template, reporter; a step's author and
--   comment; photos) are column privileges: the analyst and the police liaison read them only when
--   the administrator also grants gpsu_personal_data.
-- * Confidential school documents are never readable by a plain SELECT: their content comes from
--   gpsu.open_document(), which checks the caller and writes the audit log.

DO $$
BEGIN
    IF NOT (SELECT rolsuper FROM pg_catalog.pg_roles WHERE rolname = current_user) THEN
        RAISE EXCEPTION 'the access-control upgrade creates roles: run it as a PostgreSQL superuser'
            USING ERRCODE = 'insufficient_privilege';
    END IF;
END;
$$;

-- Group roles (shared by every database of the cluster; created once).
DO $$
DECLARE
    r text;
BEGIN
    FOREACH r IN ARRAY ARRAY['gpsu_user', 'gpsu_admin', 'gpsu_field_officer', 'gpsu_handler',
                             'gpsu_analyst', 'gpsu_personal_data', 'gpsu_police',
                             'gpsu_school_editor', 'gpsu_responder'] LOOP
        IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_roles WHERE rolname = r) THEN
            EXECUTE format('CREATE ROLE %I NOLOGIN', r);
        END IF;
        IF r <> 'gpsu_user' THEN
            EXECUTE format('GRANT gpsu_user TO %I', r);
        END IF;
    END LOOP;
    IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_roles WHERE rolname = 'gpsu_definer') THEN
        CREATE ROLE gpsu_definer NOLOGIN CREATEROLE;
    END IF;
END;
$$;
COMMENT ON ROLE gpsu_definer IS 'GPS-U: owns the SECURITY DEFINER functions; nobody is a member';

GRANT USAGE ON SCHEMA gpsu TO gpsu_user, gpsu_definer;

-- The person is session_user: history, authors and readers record who signed in, also when a
-- SECURITY DEFINER trigger writes the row.
ALTER TABLE gpsu.incidents ALTER COLUMN reporter SET DEFAULT session_user;
ALTER TABLE gpsu.incident_history ALTER COLUMN actor SET DEFAULT session_user;
ALTER TABLE gpsu.incident_tasks ALTER COLUMN created_by SET DEFAULT session_user;
ALTER TABLE gpsu.incident_attachments ALTER COLUMN author SET DEFAULT session_user;
ALTER TABLE gpsu.alert_reads ALTER COLUMN reader SET DEFAULT session_user;
ALTER TABLE gpsu.reports_issued ALTER COLUMN issued_by SET DEFAULT session_user;
ALTER TABLE gpsu.school_documents ALTER COLUMN author SET DEFAULT session_user;
DO $$
DECLARE
    r record;
BEGIN
    FOR r IN SELECT a.attrelid::regclass AS t, a.attname FROM pg_catalog.pg_attrdef d
             JOIN pg_catalog.pg_attribute a ON a.attrelid = d.adrelid AND a.attnum = d.adnum
             JOIN pg_catalog.pg_class c ON c.oid = a.attrelid
             WHERE c.relnamespace = 'gpsu'::regnamespace AND pg_get_expr(d.adbin, d.adrelid) = 'CURRENT_USER'
               AND c.relname <> 'schema_migrations' LOOP
        EXECUTE format('ALTER TABLE %s ALTER COLUMN %I SET DEFAULT session_user', r.t, r.attname);
    END LOOP;
END;
$$;

INSERT INTO gpsu.settings (key, value) VALUES
    ('password.max_age_days', '180'),
    ('password.warn_days', '14'),
    ('password.reset_valid_days', '7'),
    ('privacy.retention_years', '5');

-- ------------------------------------------------------------------------------------------------
-- Accounts and assignments

CREATE TABLE gpsu.accounts (
    login               name PRIMARY KEY CHECK (login ~ '^[a-z][a-z0-9_.-]{1,62}$' AND login !~ '^(pg_|gpsu_)'),
    full_name           text NOT NULL DEFAULT '',
    created_at          timestamptz NOT NULL DEFAULT now(),
    created_by          name NOT NULL DEFAULT session_user,
    disabled            boolean NOT NULL DEFAULT false,
    must_change_password boolean NOT NULL DEFAULT true,
    password_changed_at timestamptz,
    last_sign_in        timestamptz
);
COMMENT ON TABLE gpsu.accounts IS 'People with a GPS-U login role, managed through gpsu.create_account() and friends';

CREATE TABLE gpsu.school_editors (
    school_id   integer NOT NULL REFERENCES gpsu.schools (id) ON DELETE CASCADE,
    member      name NOT NULL,
    PRIMARY KEY (school_id, member)
);
CREATE INDEX school_editors_member_idx ON gpsu.school_editors (member);

-- The services and schools of a role: those naming it or a group it belongs to directly.
CREATE FUNCTION gpsu.services_of(p_role name) RETURNS SETOF integer
LANGUAGE sql STABLE SET search_path = pg_catalog, gpsu AS $$
    SELECT m.service_id FROM gpsu.service_members m
    JOIN pg_catalog.pg_roles r ON r.rolname = m.member
    WHERE r.rolname = p_role
       OR EXISTS (SELECT 1 FROM pg_catalog.pg_auth_members a
                  JOIN pg_catalog.pg_roles me ON me.oid = a.member
                  WHERE a.roleid = r.oid AND me.rolname = p_role)
$$;

CREATE OR REPLACE FUNCTION gpsu.my_services() RETURNS SETOF integer
LANGUAGE sql STABLE AS $$
    SELECT gpsu.services_of(current_user)
$$;

CREATE FUNCTION gpsu.my_schools() RETURNS SETOF integer
LANGUAGE sql STABLE SET search_path = pg_catalog, gpsu AS $$
    SELECT e.school_id FROM gpsu.school_editors e
    JOIN pg_catalog.pg_roles r ON r.rolname = e.member
    WHERE r.rolname = current_user
       OR EXISTS (SELECT 1 FROM pg_catalog.pg_auth_members a
                  JOIN pg_catalog.pg_roles me ON me.oid = a.member
                  WHERE a.roleid = r.oid AND me.rolname = current_user)
$$;

-- False while the signed-in account is disabled or must change its password: every policy asks.
CREATE FUNCTION gpsu.account_ok() RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, gpsu AS $$
    SELECT NOT EXISTS (SELECT 1 FROM gpsu.accounts a
                       WHERE a.login = session_user AND (a.disabled OR a.must_change_password))
$$;

-- Whether the person signed in is a member of a GPS-U group (for SECURITY DEFINER code).
CREATE FUNCTION gpsu.session_has(p_group name) RETURNS boolean
LANGUAGE sql STABLE SET search_path = pg_catalog, gpsu AS $$
    SELECT pg_has_role(session_user, p_group, 'MEMBER') AND gpsu.account_ok()
$$;

-- Cases shared with one of my services through a task (SECURITY DEFINER: the incidents policy
-- asks it, and the tasks policy reads incidents, so one side must not recurse).
CREATE FUNCTION gpsu.shared_cases() RETURNS SETOF bigint
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, gpsu AS $$
    SELECT t.incident_id FROM gpsu.incident_tasks t
    WHERE t.service_id IN (SELECT gpsu.services_of(session_user))
$$;

-- ------------------------------------------------------------------------------------------------
-- Audit: append-only, written only by the database (SECURITY DEFINER functions and triggers)

CREATE TABLE gpsu.audit_log (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    at          timestamptz NOT NULL DEFAULT clock_timestamp(),
    actor       name NOT NULL DEFAULT session_user,
    action      text NOT NULL CHECK (action ~ '^[a-z_]+$'),
    target      text,
    details     jsonb NOT NULL DEFAULT '{}'::jsonb,
    client_addr inet DEFAULT inet_client_addr()
);
CREATE INDEX audit_log_at_idx ON gpsu.audit_log (at DESC);
CREATE INDEX audit_log_action_idx ON gpsu.audit_log (action, at DESC);
CREATE INDEX audit_log_actor_idx ON gpsu.audit_log (actor, at DESC);
CREATE TRIGGER audit_log_append_only
    BEFORE UPDATE OR DELETE ON gpsu.audit_log
    FOR EACH ROW EXECUTE FUNCTION gpsu.refuse_change();
CREATE TRIGGER audit_log_no_truncate
    BEFORE TRUNCATE ON gpsu.audit_log
    FOR EACH STATEMENT EXECUTE FUNCTION gpsu.refuse_change();

CREATE FUNCTION gpsu.audit(p_action text, p_target text, p_details jsonb DEFAULT '{}'::jsonb)
RETURNS void
LANGUAGE sql SECURITY DEFINER SET search_path = pg_catalog, gpsu AS $$
    INSERT INTO gpsu.audit_log (action, target, details) VALUES (p_action, p_target, coalesce(p_details, '{}'))
$$;

-- Changes of service and school assignments, whoever makes them (psql included).
CREATE FUNCTION gpsu.audit_assignment() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, gpsu AS $$
DECLARE
    v_row jsonb := to_jsonb(CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END);
BEGIN
    PERFORM gpsu.audit(CASE TG_OP WHEN 'INSERT' THEN 'assignment_added' ELSE 'assignment_removed' END,
                       v_row ->> 'member', v_row || jsonb_build_object('table', TG_TABLE_NAME));
    RETURN NULL;
END;
$$;
CREATE TRIGGER service_members_audit AFTER INSERT OR DELETE ON gpsu.service_members
    FOR EACH ROW EXECUTE FUNCTION gpsu.audit_assignment();
CREATE TRIGGER school_editors_audit AFTER INSERT OR DELETE ON gpsu.school_editors
    FOR EACH ROW EXECUTE FUNCTION gpsu.audit_assignment();
CREATE TRIGGER service_members_no_update BEFORE UPDATE ON gpsu.service_members
    FOR EACH ROW EXECUTE FUNCTION gpsu.refuse_change();
CREATE TRIGGER school_editors_no_update BEFORE UPDATE ON gpsu.school_editors
    FOR EACH ROW EXECUTE FUNCTION gpsu.refuse_change();

-- ------------------------------------------------------------------------------------------------
-- Account management (administrator). Passwords never travel in clear: the plugin sends the
-- SCRAM-SHA-256 verifier libpq computes (PQencryptPasswordConn), so statement logs hold no secret.

CREATE FUNCTION gpsu.group_roles() RETURNS text[]
LANGUAGE sql IMMUTABLE AS $$
    SELECT ARRAY['gpsu_admin', 'gpsu_field_officer', 'gpsu_handler', 'gpsu_analyst', 'gpsu_personal_data',
                 'gpsu_police', 'gpsu_school_editor', 'gpsu_responder']
$$;

CREATE FUNCTION gpsu.require_admin() RETURNS void
LANGUAGE plpgsql STABLE SET search_path = pg_catalog, gpsu AS $$
BEGIN
    IF NOT gpsu.session_has('gpsu_admin') THEN
        RAISE EXCEPTION 'only a GPS-U administrator may manage accounts' USING ERRCODE = 'GPS11';
    END IF;
END;
$$;

CREATE FUNCTION gpsu.check_verifier(p_verifier text) RETURNS void
LANGUAGE plpgsql IMMUTABLE AS $$
BEGIN
    IF p_verifier IS NULL OR p_verifier !~ '^SCRAM-SHA-256\$[0-9]+:[A-Za-z0-9+/=]+\$[A-Za-z0-9+/=]+:[A-Za-z0-9+/=]+$' THEN
        RAISE EXCEPTION 'a password must be sent as a SCRAM-SHA-256 verifier' USING ERRCODE = 'GPS12';
    END IF;
END;
$$;

-- The account (of this database) a function may act on.
CREATE FUNCTION gpsu.managed_account(p_login name) RETURNS gpsu.accounts
LANGUAGE plpgsql STABLE SET search_path = pg_catalog, gpsu AS $$
DECLARE
    v gpsu.accounts;
BEGIN
    SELECT * INTO v FROM gpsu.accounts WHERE login = p_login;
    IF NOT FOUND OR EXISTS (SELECT 1 FROM pg_catalog.pg_roles WHERE rolname = p_login AND rolsuper) THEN
        RAISE EXCEPTION 'no GPS-U account named %', p_login USING ERRCODE = 'GPS13';
    END IF;
    RETURN v;
END;
$$;

-- Set exactly these groups, services and schools for an account.
CREATE FUNCTION gpsu.assign(p_login name, p_roles text[], p_services integer[], p_schools integer[])
RETURNS void
LANGUAGE plpgsql SET search_path = pg_catalog, gpsu AS $$
DECLARE
    r text;
    v_before text[];
BEGIN
    IF EXISTS (SELECT 1 FROM unnest(coalesce(p_roles, '{}')) x WHERE x <> ALL (gpsu.group_roles())) THEN
        RAISE EXCEPTION 'unknown GPS-U role in %', p_roles USING ERRCODE = 'GPS13';
    END IF;
    SELECT coalesce(array_agg(g.rolname::text ORDER BY g.rolname), '{}') INTO v_before
    FROM pg_catalog.pg_auth_members a
    JOIN pg_catalog.pg_roles g ON g.oid = a.roleid
    JOIN pg_catalog.pg_roles m ON m.oid = a.member
    WHERE m.rolname = p_login AND g.rolname = ANY (gpsu.group_roles());
    FOREACH r IN ARRAY gpsu.group_roles() LOOP
        IF r = ANY (coalesce(p_roles, '{}')) AND NOT r = ANY (v_before) THEN
            EXECUTE format('GRANT %I TO %I', r, p_login);
        ELSIF r = ANY (v_before) AND NOT r = ANY (coalesce(p_roles, '{}')) THEN
            EXECUTE format('REVOKE %I FROM %I', r, p_login);
        END IF;
    END LOOP;
    IF v_before IS DISTINCT FROM (SELECT coalesce(array_agg(x ORDER BY x), '{}') FROM unnest(p_roles) x) THEN
        PERFORM gpsu.audit('roles_changed', p_login,
                           jsonb_build_object('before', v_before, 'after', coalesce(p_roles, '{}')));
    END IF;
    DELETE FROM gpsu.service_members WHERE member = p_login AND service_id <> ALL (coalesce(p_services, '{}'));
    INSERT INTO gpsu.service_members (service_id, member)
    SELECT s, p_login FROM unnest(coalesce(p_services, '{}')) s ON CONFLICT DO NOTHING;
    DELETE FROM gpsu.school_editors WHERE member = p_login AND school_id <> ALL (coalesce(p_schools, '{}'));
    INSERT INTO gpsu.school_editors (school_id, member)
    SELECT s, p_login FROM unnest(coalesce(p_schools, '{}')) s ON CONFLICT DO NOTHING;
END;
$$;

CREATE FUNCTION gpsu.create_account(p_login name, p_full_name text, p_verifier text, p_roles text[],
                                    p_services integer[] DEFAULT '{}', p_schools integer[] DEFAULT '{}',
                                    p_valid_until timestamptz DEFAULT NULL)
RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, gpsu AS $$
BEGIN
    PERFORM gpsu.require_admin();
    PERFORM gpsu.check_verifier(p_verifier);
    IF p_login IS NULL OR p_login !~ '^[a-z][a-z0-9_.-]{1,62}$' OR p_login ~ '^(pg_|gpsu_)' THEN
        RAISE EXCEPTION 'invalid login name %', p_login USING ERRCODE = 'GPS13', DETAIL = 'login';
    END IF;
    IF EXISTS (SELECT 1 FROM pg_catalog.pg_roles WHERE rolname = p_login) THEN
        RAISE EXCEPTION 'the login % is already taken', p_login USING ERRCODE = 'GPS13', DETAIL = 'taken';
    END IF;
    -- a first password is temporary: it must be changed at the first sign-in, within a few days
    EXECUTE format('CREATE ROLE %I LOGIN PASSWORD %L VALID UNTIL %L', p_login, p_verifier,
                   least(coalesce(p_valid_until, 'infinity'),
                         now() + make_interval(days => gpsu.setting('password.reset_valid_days')::integer)));
    INSERT INTO gpsu.accounts (login, full_name) VALUES (p_login, coalesce(btrim(p_full_name), ''));
    PERFORM gpsu.audit('account_created', p_login, jsonb_build_object('full_name', p_full_name,
                                                                       'valid_until', p_valid_until));
    PERFORM gpsu.assign(p_login, p_roles, p_services, p_schools);
    PERFORM gpsu.set_expiry(p_login, p_valid_until);
END;
$$;

CREATE TABLE gpsu.account_expiry (
    login       name PRIMARY KEY REFERENCES gpsu.accounts (login) ON DELETE CASCADE,
    expires_at  timestamptz NOT NULL
);
COMMENT ON TABLE gpsu.account_expiry IS 'End of an account set by the administrator (passwords never outlive it)';

CREATE FUNCTION gpsu.update_account(p_login name, p_full_name text, p_roles text[], p_services integer[],
                                    p_schools integer[], p_expires_at timestamptz DEFAULT NULL)
RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, gpsu AS $$
DECLARE
    v gpsu.accounts;
BEGIN
    PERFORM gpsu.require_admin();
    v := gpsu.managed_account(p_login);
    IF p_login = session_user AND NOT 'gpsu_admin' = ANY (coalesce(p_roles, '{}')) THEN
        RAISE EXCEPTION 'an administrator cannot remove their own administrator role' USING ERRCODE = 'GPS13',
            DETAIL = 'self';
    END IF;
    UPDATE gpsu.accounts SET full_name = coalesce(btrim(p_full_name), v.full_name) WHERE login = p_login;
    PERFORM gpsu.assign(p_login, p_roles, p_services, p_schools);
    PERFORM gpsu.set_expiry(p_login, p_expires_at);
END;
$$;

-- The end of an account: stored, and applied to the password's VALID UNTIL.
CREATE FUNCTION gpsu.set_expiry(p_login name, p_expires_at timestamptz) RETURNS void
LANGUAGE plpgsql SET search_path = pg_catalog, gpsu AS $$
DECLARE
    v_before timestamptz := (SELECT expires_at FROM gpsu.account_expiry WHERE login = p_login);
    v_valid timestamptz := (SELECT rolvaliduntil FROM pg_catalog.pg_roles WHERE rolname = p_login);
BEGIN
    IF p_expires_at IS NOT DISTINCT FROM v_before THEN
        RETURN;
    END IF;
    IF p_expires_at IS NULL THEN
        DELETE FROM gpsu.account_expiry WHERE login = p_login;
    ELSE
        INSERT INTO gpsu.account_expiry (login, expires_at) VALUES (p_login, p_expires_at)
        ON CONFLICT (login) DO UPDATE SET expires_at = excluded.expires_at;
        IF v_valid IS NULL OR v_valid > p_expires_at THEN
            EXECUTE format('ALTER ROLE %I VALID UNTIL %L', p_login, p_expires_at);
        END IF;
    END IF;
    PERFORM gpsu.audit('account_expiry_changed', p_login, jsonb_build_object('before', v_before, 'after', p_expires_at));
END;
$$;

CREATE FUNCTION gpsu.set_account_enabled(p_login name, p_enabled boolean) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, gpsu AS $$
BEGIN
    PERFORM gpsu.require_admin();
    PERFORM gpsu.managed_account(p_login);
    IF p_login = session_user AND NOT p_enabled THEN
        RAISE EXCEPTION 'an administrator cannot disable their own account' USING ERRCODE = 'GPS13', DETAIL = 'self';
    END IF;
    EXECUTE format('ALTER ROLE %I %s', p_login, CASE WHEN p_enabled THEN 'LOGIN' ELSE 'NOLOGIN' END);
    UPDATE gpsu.accounts SET disabled = NOT p_enabled WHERE login = p_login;
    PERFORM gpsu.audit(CASE WHEN p_enabled THEN 'account_enabled' ELSE 'account_disabled' END, p_login);
END;
$$;

-- A new temporary password chosen by the administrator: to be changed at the next sign-in.
CREATE FUNCTION gpsu.reset_password(p_login name, p_verifier text) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, gpsu AS $$
DECLARE
    v_until timestamptz;
BEGIN
    PERFORM gpsu.require_admin();
    PERFORM gpsu.managed_account(p_login);
    PERFORM gpsu.check_verifier(p_verifier);
    v_until := least(now() + make_interval(days => gpsu.setting('password.reset_valid_days')::integer),
                     coalesce((SELECT expires_at FROM gpsu.account_expiry WHERE login = p_login), 'infinity'));
    EXECUTE format('ALTER ROLE %I PASSWORD %L VALID UNTIL %L', p_login, p_verifier, v_until);
    UPDATE gpsu.accounts SET must_change_password = true WHERE login = p_login;
    PERFORM gpsu.audit('password_reset', p_login, jsonb_build_object('valid_until', v_until));
END;
$$;

-- Change my own password (every account, also one that must change it).
CREATE FUNCTION gpsu.change_my_password(p_verifier text) RETURNS timestamptz
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, gpsu AS $$
DECLARE
    v gpsu.accounts;
    v_until timestamptz;
BEGIN
    v := gpsu.managed_account(session_user);
    PERFORM gpsu.check_verifier(p_verifier);
    IF v.disabled THEN
        RAISE EXCEPTION 'this account is disabled' USING ERRCODE = 'GPS11';
    END IF;
    v_until := least(now() + make_interval(days => gpsu.setting('password.max_age_days')::integer),
                     coalesce((SELECT expires_at FROM gpsu.account_expiry WHERE login = v.login), 'infinity'));
    EXECUTE format('ALTER ROLE %I PASSWORD %L VALID UNTIL %L', v.login, p_verifier, v_until);
    UPDATE gpsu.accounts SET must_change_password = false, password_changed_at = now() WHERE login = v.login;
    PERFORM gpsu.audit('password_changed', v.login, jsonb_build_object('valid_until', v_until));
    RETURN v_until;
END;
$$;

-- Called by the plugin after each sign-in: records it (and the failed attempts the plugin saw
-- since, which it could not record without a connection) and returns what the plugin needs.
CREATE FUNCTION gpsu.signed_in(p_failures jsonb DEFAULT '[]'::jsonb)
RETURNS TABLE (login name, full_name text, roles text[], services integer[], schools integer[],
               must_change_password boolean, valid_until timestamptz, warn_days integer)
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, gpsu AS $$
DECLARE
    f jsonb;
BEGIN
    IF jsonb_typeof(p_failures) = 'array' THEN
        FOR f IN SELECT * FROM jsonb_array_elements(p_failures) LIMIT 100 LOOP
            PERFORM gpsu.audit('sign_in_failed', left(f ->> 'login', 63),
                               jsonb_build_object('at', left(f ->> 'at', 40), 'reason', left(f ->> 'reason', 200),
                                                  'reported_by', session_user));
        END LOOP;
    END IF;
    UPDATE gpsu.accounts a SET last_sign_in = now() WHERE a.login = session_user;
    RETURN QUERY
    SELECT session_user::name, coalesce(a.full_name, ''),
           ARRAY(SELECT g FROM unnest(gpsu.group_roles()) g WHERE pg_has_role(session_user, g, 'MEMBER')),
           ARRAY(SELECT gpsu.services_of(session_user)),
           ARRAY(SELECT e.school_id FROM gpsu.school_editors e WHERE e.member = session_user),
           coalesce(a.must_change_password, false), r.rolvaliduntil,
           gpsu.setting('password.warn_days')::integer
    FROM pg_catalog.pg_roles r LEFT JOIN gpsu.accounts a ON a.login = r.rolname
    WHERE r.rolname = session_user;
END;
$$;

CREATE FUNCTION gpsu.account_list()
RETURNS TABLE (login name, full_name text, roles text[], services integer[], schools integer[],
               can_login boolean, disabled boolean, must_change_password boolean, valid_until timestamptz,
               expires_at timestamptz, created_at timestamptz, last_sign_in timestamptz)
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, gpsu AS $$
BEGIN
    PERFORM gpsu.require_admin();
    RETURN QUERY
    SELECT a.login, a.full_name,
           ARRAY(SELECT g.rolname::text FROM pg_catalog.pg_auth_members m
                 JOIN pg_catalog.pg_roles g ON g.oid = m.roleid
                 WHERE m.member = r.oid AND g.rolname = ANY (gpsu.group_roles()) ORDER BY 1),
           ARRAY(SELECT m.service_id FROM gpsu.service_members m WHERE m.member = a.login ORDER BY 1),
           ARRAY(SELECT e.school_id FROM gpsu.school_editors e WHERE e.member = a.login ORDER BY 1),
           r.rolcanlogin, a.disabled, a.must_change_password, r.rolvaliduntil, x.expires_at,
           a.created_at, a.last_sign_in
    FROM gpsu.accounts a
    JOIN pg_catalog.pg_roles r ON r.rolname = a.login
    LEFT JOIN gpsu.account_expiry x ON x.login = a.login
    ORDER BY a.login;
END;
$$;

-- Adopt an existing login role (e.g. made with createuser) as a GPS-U account.
CREATE FUNCTION gpsu.adopt_account(p_login name, p_full_name text DEFAULT '') RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, gpsu AS $$
BEGIN
    PERFORM gpsu.require_admin();
    IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_roles WHERE rolname = p_login AND rolcanlogin AND NOT rolsuper)
       OR p_login ~ '^(pg_|gpsu_)' THEN
        RAISE EXCEPTION 'no login role named %', p_login USING ERRCODE = 'GPS13';
    END IF;
    INSERT INTO gpsu.accounts (login, full_name, must_change_password) VALUES (p_login, coalesce(p_full_name, ''), false)
    ON CONFLICT (login) DO NOTHING;
    PERFORM gpsu.audit('account_adopted', p_login);
END;
$$;

-- ------------------------------------------------------------------------------------------------
-- Confidential school documents: opened only through this function, which writes the audit log
-- (who, when, which version) and returns NULL to whoever may not read the document.

CREATE FUNCTION gpsu.can_read_school(p_school integer) RETURNS boolean
LANGUAGE sql STABLE SET search_path = pg_catalog, gpsu AS $$
    SELECT gpsu.session_has('gpsu_admin') OR gpsu.session_has('gpsu_responder')
        OR (gpsu.session_has('gpsu_school_editor') AND EXISTS (
                SELECT 1 FROM gpsu.school_editors e
                WHERE e.school_id = p_school AND pg_has_role(session_user, e.member, 'MEMBER')))
$$;

CREATE FUNCTION gpsu.open_document(p_id bigint, p_purpose text DEFAULT 'open') RETURNS bytea
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, gpsu AS $$
DECLARE
    v record;
BEGIN
    SELECT d.id, d.school_id, d.doc_type, d.title, d.version, d.sha256, d.content INTO v
    FROM gpsu.school_documents d WHERE d.id = p_id;
    IF NOT FOUND OR NOT gpsu.can_read_school(v.school_id) THEN
        -- no exception: it would roll the audit entry back with it; the caller gets NULL
        PERFORM gpsu.audit('document_refused', p_id::text, jsonb_build_object('purpose', left(p_purpose, 20)));
        RETURN NULL;
    END IF;
    PERFORM gpsu.audit(CASE WHEN p_purpose = 'download' THEN 'document_downloaded' ELSE 'document_opened' END,
                       p_id::text,
                       jsonb_build_object('school_id', v.school_id, 'doc_type', v.doc_type, 'title', v.title,
                                          'version', v.version, 'sha256', v.sha256));
    RETURN v.content;
END;
$$;

-- ------------------------------------------------------------------------------------------------
-- Workflow functions and triggers that write what users may not write themselves (counters,
-- history, alerts) run as gpsu_definer; they record session_user as the person.

ALTER FUNCTION gpsu.incidents_workflow() SECURITY DEFINER;
ALTER FUNCTION gpsu.incidents_record_history() SECURITY DEFINER;
ALTER FUNCTION gpsu.incident_tasks_record_history() SECURITY DEFINER;
ALTER FUNCTION gpsu.incidents_close_when_done() SECURITY DEFINER;
ALTER FUNCTION gpsu.raise_alert(integer, bigint, text, jsonb) SECURITY DEFINER;
ALTER FUNCTION gpsu.raise_overdue_alerts() SECURITY DEFINER;

-- A step needs the right to work on the case: its service, a service it is shared with, or the
-- administrator (the function writes history, which nobody may write directly).
CREATE OR REPLACE FUNCTION gpsu.record_step(p_incident bigint, p_comment text, p_task bigint DEFAULT NULL)
RETURNS bigint
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, gpsu AS $$
DECLARE
    v_id bigint;
BEGIN
    IF NOT (gpsu.session_has('gpsu_admin') OR (gpsu.session_has('gpsu_handler') AND (
            EXISTS (SELECT 1 FROM gpsu.incidents i WHERE i.id = p_incident
                    AND i.service_id IN (SELECT gpsu.services_of(session_user)))
            OR p_incident IN (SELECT gpsu.shared_cases())))) THEN
        RAISE EXCEPTION 'case % is not one of your services''', p_incident USING ERRCODE = 'GPS11';
    END IF;
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

-- A fact is logged in the name of the person signed in (not of whoever they claim).
CREATE FUNCTION gpsu.incidents_set_reporter() RETURNS trigger
LANGUAGE plpgsql SET search_path = pg_catalog AS $$
BEGIN
    IF NOT (SELECT rolsuper FROM pg_catalog.pg_roles WHERE rolname = session_user) THEN
        NEW.reporter := session_user;
    END IF;
    RETURN NEW;
END;
$$;
CREATE TRIGGER incidents_aa_set_reporter
    BEFORE INSERT ON gpsu.incidents
    FOR EACH ROW EXECUTE FUNCTION gpsu.incidents_set_reporter();

-- ------------------------------------------------------------------------------------------------
-- Pseudonymisation (GDPR): after the retention period, closed cases keep what statistics need
-- (place on the map, category, times, statuses, services) and lose what names people.

CREATE FUNCTION gpsu.protect_attachments() RETURNS trigger
LANGUAGE plpgsql SET search_path = pg_catalog AS $$
BEGIN
    IF TG_OP = 'UPDATE' AND current_setting('gpsu.pseudonymising', true) = 'on'
       AND current_user = 'gpsu_definer' AND NEW.id = OLD.id AND NEW.incident_id = OLD.incident_id THEN
        RETURN NEW;
    END IF;
    RAISE EXCEPTION '% is append-only: % refused', TG_TABLE_NAME, TG_OP USING ERRCODE = 'insufficient_privilege';
END;
$$;
DROP TRIGGER incident_attachments_append_only ON gpsu.incident_attachments;
CREATE TRIGGER incident_attachments_append_only
    BEFORE UPDATE OR DELETE ON gpsu.incident_attachments
    FOR EACH ROW EXECUTE FUNCTION gpsu.protect_attachments();
DROP TRIGGER incident_history_append_only ON gpsu.incident_history;
CREATE TRIGGER incident_history_append_only
    BEFORE UPDATE OR DELETE ON gpsu.incident_history
    FOR EACH ROW EXECUTE FUNCTION gpsu.protect_attachments();
ALTER TABLE gpsu.incident_attachments DROP CONSTRAINT incident_attachments_size_bytes_check;
ALTER TABLE gpsu.incident_attachments ADD CONSTRAINT incident_attachments_size_bytes_check CHECK (size_bytes >= 0);
ALTER TABLE gpsu.incidents ADD COLUMN pseudonymised_at timestamptz;

CREATE FUNCTION gpsu.pseudonymise_closed_cases(p_dry_run boolean DEFAULT false) RETURNS integer
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, gpsu AS $$
DECLARE
    v_before timestamptz := now() - make_interval(years => gpsu.setting('privacy.retention_years')::integer);
    v_ids bigint[];
BEGIN
    PERFORM gpsu.require_admin();
    SELECT coalesce(array_agg(id), '{}') INTO v_ids FROM gpsu.incidents
    WHERE status IN ('closed', 'rejected', 'duplicate') AND closed_at < v_before AND pseudonymised_at IS NULL;
    IF p_dry_run OR cardinality(v_ids) = 0 THEN
        RETURN cardinality(v_ids);
    END IF;
    PERFORM set_config('gpsu.pseudonymising', 'on', true);
    -- template: keep the fields that name nobody (choices, yes/no, numbers, dates)
    UPDATE gpsu.incidents i SET description = '', place = '', reporter = 'pseudonymised',
        pseudonymised_at = now(), version = i.version,
        template = coalesce((SELECT jsonb_object_agg(f.key, i.template -> f.key)
                             FROM gpsu.template_fields(i.category_id) f
                             WHERE f.field_type IN ('choice', 'boolean', 'integer', 'date')
                               AND i.template ? f.key), '{}'::jsonb)
    WHERE i.id = ANY (v_ids);
    UPDATE gpsu.incident_history SET comment = CASE WHEN comment IS NULL THEN NULL ELSE '' END,
        actor = 'pseudonymised'
    WHERE incident_id = ANY (v_ids);
    UPDATE gpsu.incident_attachments SET content = '', thumbnail = NULL, size_bytes = 0,
        sha256 = encode(sha256(''::bytea), 'hex'), filename = 'pseudonymised'
    WHERE incident_id = ANY (v_ids);
    PERFORM set_config('gpsu.pseudonymising', 'off', true);
    PERFORM gpsu.audit('cases_pseudonymised', NULL,
                       jsonb_build_object('count', cardinality(v_ids), 'closed_before', v_before));
    RETURN cardinality(v_ids);
END;
$$;

-- ------------------------------------------------------------------------------------------------
-- A map of cases for those who may not read everyone's personal details: no description, place,
-- template or reporter. Owned by gpsu_definer (views run with their owner's rights): handlers and
-- field officers see the open cases of every service; analysts, the police liaison and the
-- administrator every case; school editors and responders none. Not a security_barrier view, so that the map's bounding-box filter
-- still uses the spatial index; its columns hold nothing confidential.

CREATE VIEW gpsu.incidents_map AS
SELECT i.id, i.number, i.geom, i.observed_at, i.observed_from, i.observed_to, i.recorded_at, i.category_id,
       i.priority, i.status, i.service_id, i.district_id, i.due_at, i.closed_at, i.duplicate_of, i.version,
       i.updated_at
FROM gpsu.incidents i
WHERE (SELECT gpsu.account_ok())
  AND ((i.status IN ('new', 'dispatched', 'in_progress')
        AND (SELECT pg_has_role('gpsu_field_officer', 'MEMBER') OR pg_has_role('gpsu_handler', 'MEMBER')))
       OR (SELECT pg_has_role('gpsu_admin', 'MEMBER') OR pg_has_role('gpsu_analyst', 'MEMBER')
                  OR pg_has_role('gpsu_police', 'MEMBER')));
COMMENT ON VIEW gpsu.incidents_map IS 'Cases without personal details, for the map of every role';

-- ------------------------------------------------------------------------------------------------
-- Privileges and policies

-- Functions: nobody but those named below calls the SECURITY DEFINER ones.
DO $$
DECLARE
    f regprocedure;
BEGIN
    FOR f IN SELECT p.oid::regprocedure FROM pg_catalog.pg_proc p
             WHERE p.pronamespace = 'gpsu'::regnamespace AND p.prokind = 'f' LOOP
        EXECUTE format('ALTER FUNCTION %s OWNER TO gpsu_definer', f);
        EXECUTE format('REVOKE EXECUTE ON FUNCTION %s FROM PUBLIC', f);
        EXECUTE format('GRANT EXECUTE ON FUNCTION %s TO gpsu_user, gpsu_definer', f);
    END LOOP;
END;
$$;
REVOKE EXECUTE ON FUNCTION gpsu.audit(text, text, jsonb) FROM gpsu_user;
REVOKE EXECUTE ON FUNCTION gpsu.assign(name, text[], integer[], integer[]) FROM gpsu_user;
REVOKE EXECUTE ON FUNCTION gpsu.set_expiry(name, timestamptz) FROM gpsu_user;
REVOKE EXECUTE ON FUNCTION gpsu.raise_alert(integer, bigint, text, jsonb) FROM gpsu_user;
ALTER VIEW gpsu.incidents_map OWNER TO gpsu_definer;
GRANT SELECT ON gpsu.incidents_map TO gpsu_user;

-- Reference data: everyone reads, the administrator maintains.
DO $$
DECLARE
    t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['settings', 'priorities', 'statuses', 'services', 'categories', 'districts',
                             'category_fields', 'dispatch_rules', 'status_transitions', 'service_members',
                             'school_editors', 'schema_migrations'] LOOP
        EXECUTE format('GRANT SELECT ON gpsu.%I TO gpsu_user', t);
        EXECUTE format('CREATE POLICY %I ON gpsu.%I FOR SELECT TO gpsu_user USING (true)', t || '_read', t);
        IF t NOT IN ('schema_migrations', 'statuses', 'status_transitions') THEN
            EXECUTE format('GRANT INSERT, UPDATE, DELETE ON gpsu.%I TO gpsu_admin', t);
            EXECUTE format('CREATE POLICY %I ON gpsu.%I TO gpsu_admin USING ((SELECT gpsu.account_ok())) '
                           'WITH CHECK ((SELECT gpsu.account_ok()))', t || '_admin', t);
        END IF;
    END LOOP;
END;
$$;

-- Incidents. Personal columns: description, place, template, reporter.
GRANT SELECT, INSERT, UPDATE ON gpsu.incidents TO gpsu_admin;
GRANT SELECT, INSERT (geom, observed_at, observed_from, observed_to, category_id, priority, status, service_id,
                      description, place, template, duplicate_of)
    ON gpsu.incidents TO gpsu_field_officer, gpsu_handler;
GRANT UPDATE (description, place, template, version) ON gpsu.incidents TO gpsu_field_officer;
GRANT UPDATE (status, priority, service_id, category_id, description, place, template, duplicate_of, version)
    ON gpsu.incidents TO gpsu_handler;
GRANT SELECT (id, number, geom, observed_at, observed_from, observed_to, recorded_at, category_id, priority,
              status, service_id, district_id, version, updated_at, due_at, closed_at, duplicate_of,
              pseudonymised_at)
    ON gpsu.incidents TO gpsu_analyst, gpsu_police;
GRANT SELECT (description, place, template, reporter) ON gpsu.incidents TO gpsu_personal_data;

CREATE POLICY incidents_admin ON gpsu.incidents TO gpsu_admin
    USING ((SELECT gpsu.account_ok())) WITH CHECK ((SELECT gpsu.account_ok()));
CREATE POLICY incidents_read_all ON gpsu.incidents FOR SELECT TO gpsu_analyst, gpsu_police
    USING ((SELECT gpsu.account_ok()));
CREATE POLICY incidents_field_read ON gpsu.incidents FOR SELECT TO gpsu_field_officer
    USING ((SELECT gpsu.account_ok()) AND (reporter = session_user OR status IN ('new', 'dispatched', 'in_progress')));
CREATE POLICY incidents_log ON gpsu.incidents FOR INSERT TO gpsu_field_officer, gpsu_handler
    WITH CHECK ((SELECT gpsu.account_ok()) AND reporter = session_user);
CREATE POLICY incidents_field_update ON gpsu.incidents FOR UPDATE TO gpsu_field_officer
    USING ((SELECT gpsu.account_ok()) AND reporter = session_user AND status IN ('new', 'dispatched'))
    WITH CHECK (reporter = session_user);
CREATE POLICY incidents_handler_read ON gpsu.incidents FOR SELECT TO gpsu_handler
    USING ((SELECT gpsu.account_ok()) AND (service_id IN (SELECT gpsu.my_services())
                                           OR id IN (SELECT gpsu.shared_cases())
                                           OR reporter = session_user));
CREATE POLICY incidents_handler_update ON gpsu.incidents FOR UPDATE TO gpsu_handler
    USING ((SELECT gpsu.account_ok()) AND service_id IN (SELECT gpsu.my_services()))
    WITH CHECK (true);  -- reassigning hands the case to another service
CREATE POLICY incidents_definer ON gpsu.incidents TO gpsu_definer USING (true) WITH CHECK (true);

-- History: read with the case; written only by the database. The author and comment are personal.
GRANT SELECT ON gpsu.incident_history TO gpsu_admin, gpsu_field_officer, gpsu_handler, gpsu_personal_data;
GRANT SELECT (id, incident_id, at, action, old_status, new_status, details, task_id)
    ON gpsu.incident_history TO gpsu_analyst, gpsu_police;
CREATE POLICY incident_history_read ON gpsu.incident_history FOR SELECT TO gpsu_user
    USING (EXISTS (SELECT 1 FROM gpsu.incidents i WHERE i.id = incident_history.incident_id));
CREATE POLICY incident_history_definer ON gpsu.incident_history TO gpsu_definer USING (true) WITH CHECK (true);

-- Tasks: shared by the case's service, worked by the service they are shared with.
GRANT SELECT ON gpsu.incident_tasks TO gpsu_admin, gpsu_handler, gpsu_analyst, gpsu_police;
GRANT INSERT (incident_id, service_id, description), UPDATE (status, description, version)
    ON gpsu.incident_tasks TO gpsu_admin, gpsu_handler;
CREATE POLICY incident_tasks_read ON gpsu.incident_tasks FOR SELECT TO gpsu_user
    USING ((SELECT gpsu.account_ok()) AND (service_id IN (SELECT gpsu.my_services())
           OR EXISTS (SELECT 1 FROM gpsu.incidents i WHERE i.id = incident_tasks.incident_id)));
CREATE POLICY incident_tasks_share ON gpsu.incident_tasks FOR INSERT TO gpsu_handler, gpsu_admin
    WITH CHECK ((SELECT gpsu.account_ok()) AND created_by = session_user AND (
        (SELECT gpsu.session_has('gpsu_admin'))
        OR EXISTS (SELECT 1 FROM gpsu.incidents i WHERE i.id = incident_tasks.incident_id
                   AND i.service_id IN (SELECT gpsu.my_services()))));
CREATE POLICY incident_tasks_work ON gpsu.incident_tasks FOR UPDATE TO gpsu_handler, gpsu_admin
    USING ((SELECT gpsu.account_ok()) AND ((SELECT gpsu.session_has('gpsu_admin'))
           OR service_id IN (SELECT gpsu.my_services())))
    WITH CHECK (true);
CREATE POLICY incident_tasks_definer ON gpsu.incident_tasks TO gpsu_definer USING (true) WITH CHECK (true);

-- Attachments (photos may show people): with the case, for those who read personal details.
GRANT SELECT ON gpsu.incident_attachments TO gpsu_admin, gpsu_field_officer, gpsu_handler, gpsu_personal_data;
GRANT INSERT (incident_id, filename, mime_type, size_bytes, sha256, content, thumbnail)
    ON gpsu.incident_attachments TO gpsu_admin, gpsu_field_officer, gpsu_handler;
CREATE POLICY incident_attachments_read ON gpsu.incident_attachments FOR SELECT TO gpsu_user
    USING (EXISTS (SELECT 1 FROM gpsu.incidents i WHERE i.id = incident_attachments.incident_id));
CREATE POLICY incident_attachments_add ON gpsu.incident_attachments FOR INSERT TO gpsu_user
    WITH CHECK ((SELECT gpsu.account_ok()) AND author = session_user
                AND EXISTS (SELECT 1 FROM gpsu.incidents i WHERE i.id = incident_attachments.incident_id));
CREATE POLICY incident_attachments_definer ON gpsu.incident_attachments TO gpsu_definer
    USING (true) WITH CHECK (true);

-- Alerts: to the members of the service; each person marks what they have read.
GRANT SELECT ON gpsu.alerts TO gpsu_user;
CREATE POLICY alerts_read ON gpsu.alerts FOR SELECT TO gpsu_user
    USING ((SELECT gpsu.account_ok()) AND service_id IN (SELECT gpsu.my_services()));
CREATE POLICY alerts_definer ON gpsu.alerts TO gpsu_definer USING (true) WITH CHECK (true);
GRANT SELECT, INSERT (alert_id) ON gpsu.alert_reads TO gpsu_user;
CREATE POLICY alert_reads_mine ON gpsu.alert_reads TO gpsu_user
    USING (reader = session_user) WITH CHECK (reader = session_user);
CREATE POLICY alert_reads_definer ON gpsu.alert_reads TO gpsu_definer USING (true) WITH CHECK (true);

-- Counters: only the numbering trigger.
GRANT SELECT ON gpsu.incident_counters TO gpsu_admin;
CREATE POLICY incident_counters_admin ON gpsu.incident_counters FOR SELECT TO gpsu_admin USING (true);
CREATE POLICY incident_counters_definer ON gpsu.incident_counters TO gpsu_definer USING (true) WITH CHECK (true);

-- Reports issued: everyone sees when the last one was made; analysts and administrators make them.
GRANT SELECT ON gpsu.reports_issued TO gpsu_user;
GRANT INSERT (kind, period_from, period_to, facts) ON gpsu.reports_issued TO gpsu_admin, gpsu_analyst;
CREATE POLICY reports_issued_read ON gpsu.reports_issued FOR SELECT TO gpsu_user USING (true);
CREATE POLICY reports_issued_add ON gpsu.reports_issued FOR INSERT TO gpsu_admin, gpsu_analyst
    WITH CHECK ((SELECT gpsu.account_ok()) AND issued_by = session_user);
CREATE POLICY reports_issued_definer ON gpsu.reports_issued TO gpsu_definer USING (true) WITH CHECK (true);

-- Accounts: each person reads their own row; the administrator works through the functions above.
GRANT SELECT ON gpsu.accounts, gpsu.account_expiry TO gpsu_user;
CREATE POLICY accounts_self ON gpsu.accounts FOR SELECT TO gpsu_user
    USING (login = session_user OR (SELECT gpsu.session_has('gpsu_admin')));
CREATE POLICY accounts_definer ON gpsu.accounts TO gpsu_definer USING (true) WITH CHECK (true);
CREATE POLICY account_expiry_self ON gpsu.account_expiry FOR SELECT TO gpsu_user
    USING (login = session_user OR (SELECT gpsu.session_has('gpsu_admin')));
CREATE POLICY account_expiry_definer ON gpsu.account_expiry TO gpsu_definer USING (true) WITH CHECK (true);

-- Audit: the administrator reads; nobody writes but the database.
GRANT SELECT ON gpsu.audit_log TO gpsu_admin;
CREATE POLICY audit_log_admin ON gpsu.audit_log FOR SELECT TO gpsu_admin USING ((SELECT gpsu.account_ok()));
CREATE POLICY audit_log_definer ON gpsu.audit_log FOR INSERT TO gpsu_definer WITH CHECK (true);
CREATE POLICY audit_log_definer_read ON gpsu.audit_log FOR SELECT TO gpsu_definer USING (true);

-- Schools and every table that belongs to a school (it has a school_id): responders and the
-- administrator read all, a school editor reads and maintains their own schools, analysts read
-- what the school atlas shows (never a document's content). Content columns are never granted:
-- documents open through gpsu.open_document().
DO $$
DECLARE
    t text;
    v_key text;
    v_columns text;
    v_append_only boolean;
BEGIN
    FOR t, v_key IN
        SELECT c.relname, CASE WHEN c.relname = 'schools' THEN 'id' ELSE 'school_id' END
        FROM pg_catalog.pg_class c
        WHERE c.relnamespace = 'gpsu'::regnamespace AND c.relkind IN ('r', 'p')
          AND c.relname <> 'school_editors'
          AND (c.relname = 'schools' OR EXISTS (SELECT 1 FROM pg_catalog.pg_attribute a
                                                WHERE a.attrelid = c.oid AND a.attname = 'school_id'
                                                  AND NOT a.attisdropped))
    LOOP
        SELECT string_agg(quote_ident(a.attname), ', ' ORDER BY a.attnum) INTO v_columns
        FROM pg_catalog.pg_attribute a
        WHERE a.attrelid = ('gpsu.' || quote_ident(t))::regclass AND a.attnum > 0 AND NOT a.attisdropped
          AND a.attname <> 'content';
        v_append_only := t = 'school_documents';
        EXECUTE format('GRANT SELECT (%s) ON gpsu.%I TO gpsu_admin, gpsu_responder, gpsu_school_editor, gpsu_analyst',
                       v_columns, t);
        EXECUTE format('GRANT INSERT ON gpsu.%I TO gpsu_admin, gpsu_school_editor', t);
        IF NOT v_append_only THEN
            EXECUTE format('GRANT UPDATE, DELETE ON gpsu.%I TO gpsu_admin, gpsu_school_editor', t);
        END IF;
        EXECUTE format('CREATE POLICY %I ON gpsu.%I FOR SELECT TO gpsu_admin, gpsu_responder, gpsu_analyst '
                       'USING ((SELECT gpsu.account_ok()))', t || '_read_all', t);
        EXECUTE format('CREATE POLICY %I ON gpsu.%I TO gpsu_admin USING ((SELECT gpsu.account_ok())) '
                       'WITH CHECK ((SELECT gpsu.account_ok()))', t || '_admin', t);
        EXECUTE format('CREATE POLICY %I ON gpsu.%I TO gpsu_school_editor '
                       'USING ((SELECT gpsu.account_ok()) AND %I IN (SELECT gpsu.my_schools())) '
                       'WITH CHECK ((SELECT gpsu.account_ok()) AND %I IN (SELECT gpsu.my_schools()))',
                       t || '_editor', t, v_key, v_key);
        EXECUTE format('CREATE POLICY %I ON gpsu.%I TO gpsu_definer USING (true) WITH CHECK (true)',
                       t || '_definer', t);
    END LOOP;
END;
$$;
-- only the administrator adds or removes a school; editors maintain their own
REVOKE INSERT, DELETE ON gpsu.schools FROM gpsu_school_editor;

GRANT ALL ON ALL TABLES IN SCHEMA gpsu TO gpsu_definer;

-- Finally, every table of the schema: the SECURITY DEFINER code reads and writes it all (the
-- audit log excepted: insert only), and row-level security is forced on the owner too. A table
-- without a policy is then closed to everyone but a superuser (a test checks none is forgotten).
DO $$
DECLARE
    t regclass;
BEGIN
    FOR t IN SELECT c.oid::regclass FROM pg_catalog.pg_class c
             WHERE c.relnamespace = 'gpsu'::regnamespace AND c.relkind IN ('r', 'p') LOOP
        IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_policy p WHERE p.polrelid = t
                       AND 'gpsu_definer'::regrole = ANY (p.polroles)) THEN
            EXECUTE format('CREATE POLICY definer ON %s TO gpsu_definer USING (true) WITH CHECK (true)', t);
        END IF;
        EXECUTE format('ALTER TABLE %s ENABLE ROW LEVEL SECURITY', t);
        EXECUTE format('ALTER TABLE %s FORCE ROW LEVEL SECURITY', t);
    END LOOP;
END;
$$;
