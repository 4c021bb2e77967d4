-- Reform reports (module vn.cchc.reformreport): the reporting regimes with their data cut-off windows and due dates,
-- ad hoc requests of the standing agency, each unit's report per period with its submitted versions, late-submission
-- windows, attachments, and the standing agency's province report of the period.

-- One row per periodic regime; days are month and day of the period's year (the window may start in the previous year).
create table reform_regime (
    regime varchar(16) primary key check (regime in ('QUARTER_I', 'SIX_MONTHS', 'QUARTER_III', 'YEAR')),
    position int not null,
    from_previous_year boolean not null,
    window_from_month int not null,
    window_from_day int not null,
    window_to_month int not null,
    window_to_day int not null,
    unit_due_month int not null,
    unit_due_day int not null,
    province_due_month int not null,
    province_due_day int not null,
    updated_by text,
    updated_at timestamptz not null default now()
);

-- Ministry of Home Affairs guidance 581/BNV-CCHC: data from 15/12 of the previous year (15/6 for quarter III);
-- the Ministry's deadline is day 20 of the period's last month, so units report to the standing agency before it.
insert into reform_regime values
    ('QUARTER_I', 1, true, 12, 15, 3, 14, 3, 16, 3, 20, null, now()),
    ('SIX_MONTHS', 2, true, 12, 15, 6, 14, 6, 16, 6, 20, null, now()),
    ('QUARTER_III', 3, false, 6, 15, 9, 14, 9, 16, 9, 20, null, now()),
    ('YEAR', 4, true, 12, 15, 12, 14, 12, 16, 12, 20, null, now());

create table reform_ad_hoc (
    id bigserial primary key,
    title text not null,
    window_from date not null,
    window_to date not null,
    unit_due date not null,
    province_due date not null,
    created_by text not null,
    created_at timestamptz not null default now(),
    check (window_from <= window_to and window_to <= unit_due and unit_due <= province_due)
);

create table reform_ad_hoc_unit (
    ad_hoc_id bigint not null references reform_ad_hoc (id),
    unit_id bigint not null references unit (id),
    primary key (ad_hoc_id, unit_id)
);

-- The window, due date and closing day are copied at creation, so a later change of the regime does not move them.
create table reform_report (
    id bigserial primary key,
    unit_id bigint not null references unit (id),
    period_key varchar(32) not null,
    window_from date not null,
    window_to date not null,
    due_on date not null,
    closes_on date not null,
    status varchar(16) not null check (status in ('DRAFT', 'SUBMITTED', 'RETURNED', 'ACCEPTED')),
    -- optimistic lock: a save names the version it was edited from
    version int not null default 1,
    sections jsonb not null,
    figures jsonb not null,
    submitted_at timestamptz,
    submitted_by text,
    late boolean not null default false,
    decided_at timestamptz,
    decided_by text,
    return_reason text,
    updated_by text not null,
    updated_at timestamptz not null default now(),
    unique (unit_id, period_key)
);
create index reform_report_period_idx on reform_report (period_key);

-- Every submission as it was sent.
create table reform_report_version (
    report_id bigint not null references reform_report (id),
    number int not null,
    sections jsonb not null,
    figures jsonb not null,
    submitted_at timestamptz not null,
    submitted_by text not null,
    late boolean not null,
    primary key (report_id, number)
);

-- A late-submission window for a closed period: requested by the unit, granted until a day or refused.
create table reform_report_window (
    id bigserial primary key,
    unit_id bigint not null references unit (id),
    period_key varchar(32) not null,
    reason text not null,
    requested_by text not null,
    requested_at timestamptz not null default now(),
    status varchar(16) not null default 'REQUESTED' check (status in ('REQUESTED', 'GRANTED', 'REFUSED')),
    granted_until date,
    decided_by text,
    decided_at timestamptz,
    check (status <> 'GRANTED' or granted_until is not null)
);
create unique index reform_report_window_pending_idx on reform_report_window (unit_id, period_key) where status = 'REQUESTED';

create table reform_report_attachment (
    id bigserial primary key,
    report_id bigint not null references reform_report (id),
    filename text not null,
    content_type varchar(128) not null,
    size_bytes bigint not null,
    sha256 varchar(64) not null,
    content bytea not null,
    uploaded_by text not null,
    created_at timestamptz not null default now(),
    unique (report_id, sha256)
);

create table reform_province_report (
    period_key varchar(32) primary key,
    doc_number text,
    sections jsonb not null,
    version int not null default 1,
    updated_by text not null,
    updated_at timestamptz not null default now()
);
