-- The header's search (vn.cchc.search) matches units with to_tsvector('simple', search_key): the key is already
-- folded in Java, so the plain 'simple' configuration indexes it on any PostgreSQL, without extensions.
create index unit_search_fts_idx on unit using gin (to_tsvector('simple', search_key));
