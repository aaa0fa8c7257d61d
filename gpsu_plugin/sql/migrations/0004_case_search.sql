-- Free-text search of the case list (number, description, place) stays quick at a million facts:
-- trigram indexes serve the list's ILIKE '%text%' conditions. pg_trgm is a trusted extension
-- (PostgreSQL 13+): the owner of the database may create it.
-- Run by gpsu_plugin.core.migrations inside one transaction: no BEGIN/COMMIT here.

CREATE EXTENSION IF NOT EXISTS pg_trgm;

CREATE INDEX incidents_number_trgm_idx ON gpsu.incidents USING gin (number gin_trgm_ops);
CREATE INDEX incidents_description_trgm_idx ON gpsu.incidents USING gin (description gin_trgm_ops);
CREATE INDEX incidents_place_trgm_idx ON gpsu.incidents USING gin (place gin_trgm_ops);
