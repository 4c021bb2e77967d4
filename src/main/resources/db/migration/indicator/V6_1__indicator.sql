-- Indicator catalogue, targets, reporting forms and their values (module vn.cchc.indicator).
-- measure: RATIO (numerator / denominator shown as %), COUNT, AMOUNT, BOOLEAN (1 yes, 0 no)
-- aggregation up the hierarchy: SUM_RATIO sums numerators and denominators (never the mean of percentages),
-- SUM adds values, SHARE_YES is the share of units answering yes, NONE is not rolled up.
create table ind_indicator (
    id bigserial primary key,
    code varchar(32) not null unique,
    name text not null,
    definition text,
    measure varchar(16) not null check (measure in ('RATIO', 'COUNT', 'AMOUNT', 'BOOLEAN')),
    direction varchar(8) not null check (direction in ('HIGHER', 'LOWER')),
    aggregation varchar(16) not null check (aggregation in ('SUM_RATIO', 'SUM', 'SHARE_YES', 'NONE')),
    period_type varchar(16) not null check (period_type in ('MONTH', 'QUARTER', 'HALF', 'NINE_MONTHS', 'YEAR')),
    source varchar(16) not null check (source in ('REPORTED', 'DOSSIER', 'MODULE')),
    unit_label text,
    -- Decision 766/QĐ-TTg: group (1..5), maximum points, threshold rate (%) giving full points
    group_766 varchar(4),
    score_max numeric(6, 2),
    score_threshold numeric(6, 2),
    sort_order int not null default 0,
    active boolean not null default true
);

create table ind_target (
    id bigserial primary key,
    indicator_id bigint not null references ind_indicator (id),
    year int not null,
    unit_kind varchar(32),
    unit_id bigint references unit (id),
    comparator varchar(2) not null check (comparator in ('>=', '>', '<=', '<', '=')),
    value numeric(14, 4) not null,
    origin text,
    created_by text not null default 'system',
    created_at timestamptz not null default now(),
    constraint ind_target_scope check (unit_kind is null or unit_id is null)
);
create unique index ind_target_scope_idx on ind_target (indicator_id, year, coalesce(unit_kind, ''), coalesce(unit_id, 0));

-- A reporting form is due a number of days after its period ends, then locks.
create table ind_due_rule (
    period_type varchar(16) primary key,
    days_after_end int not null check (days_after_end >= 0)
);
insert into ind_due_rule values ('MONTH', 5), ('QUARTER', 10), ('HALF', 10), ('NINE_MONTHS', 10), ('YEAR', 15);

create table ind_report (
    id bigserial primary key,
    unit_id bigint not null references unit (id),
    period_key varchar(16) not null,
    period_type varchar(16) not null,
    due_on date not null,
    status varchar(16) not null check (status in ('DRAFT', 'SUBMITTED', 'APPROVED', 'RETURNED')),
    submitted_at timestamptz,
    submitted_by text,
    decided_at timestamptz,
    decided_by text,
    return_reason text,
    updated_at timestamptz not null default now(),
    updated_by text,
    unique (unit_id, period_key)
);
create index ind_report_period_idx on ind_report (period_key);

create table ind_report_value (
    report_id bigint not null references ind_report (id) on delete cascade,
    indicator_id bigint not null references ind_indicator (id),
    numerator numeric(18, 4),
    denominator numeric(18, 4),
    comment text,
    primary key (report_id, indicator_id)
);

-- An administrator reopens a locked form for one unit and period until a date.
create table ind_lock_exception (
    id bigserial primary key,
    unit_id bigint not null references unit (id),
    period_key varchar(16) not null,
    open_until date not null,
    reason text not null,
    granted_by text not null,
    granted_at timestamptz not null default now()
);
create index ind_lock_exception_idx on ind_lock_exception (unit_id, period_key);
