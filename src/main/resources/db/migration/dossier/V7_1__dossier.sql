-- Dossier records of the administrative-procedure system and their pre-aggregated statistics
-- (module vn.cchc.dossier). The aggregates are maintained by the ingest transaction itself.
create table dossier_field (
    code varchar(32) primary key,
    name text not null
);

create table dossier_procedure (
    code varchar(64) primary key,
    name text not null,
    field_code varchar(32) not null references dossier_field (code),
    online_level varchar(8) not null default 'NONE' check (online_level in ('FULL', 'PARTIAL', 'NONE')),
    fee_bearing boolean not null default false,
    returns_result boolean not null default true
);

-- One row per dossier code. The derived columns (months, on time / late, days) are computed once at ingest
-- by the same rules for every row, so an update can subtract exactly what the old version contributed.
create table dossier (
    code varchar(64) primary key,
    procedure_code varchar(64) not null,
    field_code varchar(32) not null,
    unit_id bigint not null,
    received_at timestamp not null,
    due_at timestamp,
    finished_at timestamp,
    returned_at timestamp,
    channel smallint not null,
    supplement_requests smallint not null default 0,
    supplement_days numeric(8, 2) not null default 0,
    digitised boolean not null default false,
    electronic_result boolean not null default false,
    fee numeric(14, 0) not null default 0,
    paid_online boolean not null default false,
    apology boolean not null default false,
    synced boolean not null default false,
    complaint boolean not null default false,
    status varchar(16),
    -- derived
    received_month date not null,
    finished_month date,
    overdue_month date,
    on_time boolean not null default false,
    late boolean not null default false,
    processing_days numeric(10, 2),
    result_base boolean not null default false,
    ingest_id bigint
);
create index dossier_late_idx on dossier (unit_id, finished_month) where late;
create index dossier_overdue_idx on dossier (unit_id, overdue_month) where overdue_month is not null;

-- Flows per unit x field x month; open_delta and overdue_delta are running-sum deltas: the dossiers open
-- (or open and overdue) at the end of month M are the sum of the deltas of all months up to M.
create table dossier_month (
    unit_id bigint not null,
    field_code varchar(32) not null,
    month date not null,
    received bigint not null default 0,
    received_online bigint not null default 0,
    received_digitised bigint not null default 0,
    received_synced bigint not null default 0,
    received_fee bigint not null default 0,
    received_paid_online bigint not null default 0,
    received_complaint bigint not null default 0,
    finished bigint not null default 0,
    finished_on_time bigint not null default 0,
    finished_late bigint not null default 0,
    finished_late_apology bigint not null default 0,
    processing_days numeric(18, 2) not null default 0,
    result_base bigint not null default 0,
    electronic_result bigint not null default 0,
    open_delta bigint not null default 0,
    overdue_delta bigint not null default 0,
    primary key (unit_id, field_code, month)
);

-- The same without the field, for the province heatmap and unit trends.
create table dossier_unit_month (like dossier_month including defaults);
alter table dossier_unit_month drop column field_code;
alter table dossier_unit_month add primary key (unit_id, month);

create table dossier_ingest (
    id bigserial primary key,
    file_name text,
    format varchar(8) not null,
    encoding varchar(32),
    status varchar(16) not null check (status in ('ACCEPTED', 'REJECTED')),
    rows_read bigint not null default 0,
    rows_new bigint not null default 0,
    rows_updated bigint not null default 0,
    errors jsonb,
    error_count int not null default 0,
    started_at timestamptz not null,
    finished_at timestamptz not null default now(),
    committed_at timestamptz,
    actor text
);
