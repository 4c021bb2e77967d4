-- The province's directory. Units are never deleted once referenced: a merged unit gets valid_to
-- and successors, so a 2024 task still shows the 2024 name and who answers for it now.
create table unit (
    id bigserial primary key,
    code varchar(64) not null unique,
    name text not null,
    short_name text,
    kind varchar(32) not null,
    parent_id bigint references unit (id),
    valid_from date,
    valid_to date,
    address text,
    phone varchar(64),
    email varchar(255),
    head_name text,
    -- lower-case, diacritics removed (computed in Java, so search works without unaccent)
    search_key text not null,
    created_at timestamptz not null default now(),
    updated_at timestamptz not null default now(),
    constraint unit_validity check (valid_to is null or valid_from is null or valid_to >= valid_from)
);
create index unit_parent_idx on unit (parent_id);
create index unit_kind_idx on unit (kind);

create table unit_alias (
    unit_id bigint not null references unit (id) on delete cascade,
    alias text not null,
    search_key text not null,
    primary key (unit_id, alias)
);

create table unit_successor (
    unit_id bigint not null references unit (id) on delete cascade,
    successor_id bigint not null references unit (id),
    primary key (unit_id, successor_id),
    constraint unit_successor_not_self check (unit_id <> successor_id)
);

-- Earlier names of a unit, so documents from before a rename still show the name they used.
create table unit_name_history (
    id bigserial primary key,
    unit_id bigint not null references unit (id) on delete cascade,
    name text not null,
    short_name text,
    valid_to date,
    changed_at timestamptz not null default now()
);

do $$
begin
    if exists (select 1 from pg_extension where extname = 'pg_trgm') then
        execute 'create index unit_search_trgm_idx on unit using gin (search_key gin_trgm_ops)';
        execute 'create index unit_alias_search_trgm_idx on unit_alias using gin (search_key gin_trgm_ops)';
    end if;
end $$;
