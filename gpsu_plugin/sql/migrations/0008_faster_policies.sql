-- Row-level security at the price of an index scan: the functions every policy asks are PL/pgSQL,
-- whose plans are kept for the session, instead of SQL functions that PostgreSQL plans again at
-- each call when it cannot inline them (SECURITY DEFINER, SET search_path, or set-returning in a
-- subquery); the sets they return are small (a person's services and schools), which the planner is
-- told, so that it reads the tasks by their service index. Same answers, in a fraction of the time.

-- pg_auth_members and the role's name only (no pg_roles view to plan): a planning of microseconds.
CREATE OR REPLACE FUNCTION gpsu.services_of(p_role name) RETURNS SETOF integer
LANGUAGE plpgsql STABLE ROWS 3 SET search_path = pg_catalog, gpsu AS $$
BEGIN
    RETURN QUERY
    SELECT m.service_id FROM gpsu.service_members m
    WHERE m.member = p_role
       OR m.member IN (SELECT pg_catalog.pg_get_userbyid(a.roleid) FROM pg_catalog.pg_auth_members a
                       WHERE a.member = pg_catalog.to_regrole(pg_catalog.quote_ident(p_role))::oid);
END
$$;

CREATE OR REPLACE FUNCTION gpsu.my_services() RETURNS SETOF integer
LANGUAGE plpgsql STABLE ROWS 3 SET search_path = pg_catalog, gpsu AS $$
BEGIN
    RETURN QUERY SELECT gpsu.services_of(current_user);
END
$$;

CREATE OR REPLACE FUNCTION gpsu.my_schools() RETURNS SETOF integer
LANGUAGE plpgsql STABLE ROWS 3 SET search_path = pg_catalog, gpsu AS $$
BEGIN
    RETURN QUERY
    SELECT e.school_id FROM gpsu.school_editors e
    WHERE e.member = current_user
       OR e.member IN (SELECT pg_catalog.pg_get_userbyid(a.roleid) FROM pg_catalog.pg_auth_members a
                       WHERE a.member = pg_catalog.to_regrole(pg_catalog.quote_ident(current_user))::oid);
END
$$;

CREATE OR REPLACE FUNCTION gpsu.account_ok() RETURNS boolean
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, gpsu AS $$
BEGIN
    RETURN NOT EXISTS (SELECT 1 FROM gpsu.accounts a
                       WHERE a.login = session_user AND (a.disabled OR a.must_change_password));
END
$$;

-- The services first, then their tasks: planned with the actual services, the tasks' service index
-- is used when they have few tasks.
CREATE OR REPLACE FUNCTION gpsu.shared_cases() RETURNS SETOF bigint
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, gpsu AS $$
DECLARE
    v_services integer[] := ARRAY(SELECT gpsu.services_of(session_user));
BEGIN
    RETURN QUERY SELECT t.incident_id FROM gpsu.incident_tasks t WHERE t.service_id = ANY (v_services);
END
$$;
