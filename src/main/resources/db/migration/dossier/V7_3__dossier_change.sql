-- What each upload changed in a dossier already stored: the stored version before and the file's version after
-- (the columns read from the file, and the ingest that wrote the version before). Who and when are those of the
-- ingest. New dossiers need no row: the dossier itself names the ingest that wrote it.
create table dossier_change (
    id bigserial primary key,
    code varchar(64) not null,
    ingest_id bigint not null references dossier_ingest (id),
    line bigint,
    before jsonb not null,
    after jsonb not null
);
create index dossier_change_code_idx on dossier_change (code, id);
