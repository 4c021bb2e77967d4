-- cchc_fold(text): the searchable form of a text in SQL, as vietnamese.VietnameseFolding folds it in Java:
-- NFC first (text extracted from PDF comes decomposed), lower case, diacritics removed, đ → d. Declared
-- immutable so that modules can index expressions over it (full-text GIN indexes of their own columns).
-- unaccent() itself is only stable (its dictionary could change), hence the wrapper naming the dictionary;
-- where the extension is missing a translate() over the Vietnamese letters gives the same result.
-- It lives with the extensions because every module's index migration (V3_3, V5_8, V6_5) runs before search's V16_x.
-- The extension's schema is written into the body: PostgreSQL 17 builds and maintains expression indexes with
-- search_path = pg_catalog, so an unqualified unaccent would not be found there.
do $$
declare
    ext_schema text := (select n.nspname from pg_extension e join pg_namespace n on n.oid = e.extnamespace
                        where e.extname = 'unaccent');
begin
    if ext_schema is not null then
        execute format($f$
            create or replace function cchc_fold(t text) returns text
            language sql immutable parallel safe strict
            as $body$ select replace(%1$I.unaccent(%2$L::regdictionary, lower(normalize(t, NFC))), 'đ', 'd') $body$
        $f$, ext_schema, ext_schema || '.unaccent');
    else
        execute $f$
            create or replace function cchc_fold(t text) returns text
            language sql immutable parallel safe strict
            as $body$ select translate(lower(normalize(t, NFC)),
                'àáạảãâầấậẩẫăằắặẳẵèéẹẻẽêềếệểễìíịỉĩòóọỏõôồốộổỗơờớợởỡùúụủũưừứựửữỳýỵỷỹđ',
                'aaaaaaaaaaaaaaaaaeeeeeeeeeeeiiiiiooooooooooooooooouuuuuuuuuuuyyyyyd') $body$
        $f$;
    end if;
end $$;
