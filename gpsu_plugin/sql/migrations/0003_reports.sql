-- GPS-U reports: the database remembers when each report was issued, so that the next
-- new-facts report covers "every fact recorded since the previous report".
-- Run by gpsu_plugin.core.migrations inside one transaction: no BEGIN/COMMIT here.

CREATE TABLE gpsu.reports_issued (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    kind        text NOT NULL CHECK (kind IN ('new_facts')),
    period_from timestamptz,
    period_to   timestamptz NOT NULL,
    issued_at   timestamptz NOT NULL DEFAULT now(),
    issued_by   text NOT NULL DEFAULT current_user,
    facts       integer NOT NULL CHECK (facts >= 0),
    CHECK (period_from IS NULL OR period_from <= period_to)
);
COMMENT ON TABLE gpsu.reports_issued IS 'Reports issued (append-only): the next report starts where the last one ended';
CREATE INDEX reports_issued_kind_idx ON gpsu.reports_issued (kind, period_to);

CREATE TRIGGER reports_issued_append_only
    BEFORE UPDATE OR DELETE ON gpsu.reports_issued
    FOR EACH ROW EXECUTE FUNCTION gpsu.refuse_change();
CREATE TRIGGER reports_issued_no_truncate
    BEFORE TRUNCATE ON gpsu.reports_issued
    FOR EACH STATEMENT EXECUTE FUNCTION gpsu.refuse_change();
