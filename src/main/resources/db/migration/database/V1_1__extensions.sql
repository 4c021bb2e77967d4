-- Extensions speed up search (trigram index, unaccent) but search must still work without them,
-- because a managed PostgreSQL may refuse to create extensions. Failures are reported, not fatal.
do $$
begin
    begin
        create extension if not exists unaccent;
    exception when others then
        raise notice 'unaccent not available: %', sqlerrm;
    end;
    begin
        create extension if not exists pg_trgm;
    exception when others then
        raise notice 'pg_trgm not available: %', sqlerrm;
    end;
end $$;

-- Vietnamese sort order (a < ă < â < b < d < đ) where the server has ICU; otherwise the default
-- collation, so queries that say "collate vi" work on any PostgreSQL.
do $$
begin
    begin
        create collation if not exists vi (provider = icu, locale = 'vi-VN');
    exception when others then
        raise notice 'ICU collation not available: %', sqlerrm;
        create collation if not exists vi from "default";
    end;
end $$;
