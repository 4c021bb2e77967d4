-- Inspections (kiểm tra): a year's inspection plan with its teams, batches and target units; the record of each
-- inspection of a unit with its findings and recommendations. Recommendations are followed up as the tasks of a
-- plan of kind INSPECTION_CONCLUSION (plan module), one per conclusion notice.
create table inspection_plan (
    id bigserial primary key,
    year int not null,
    kind varchar(32) not null check (kind in ('ADMINISTRATIVE_REFORM', 'ADMINISTRATIVE_DISCIPLINE', 'PUBLIC_SERVICE')),
    title text not null,
    -- the batches as the plan writes them ("Đợt 1 tháng 6 - Đợt 2 tháng 12"), read into inspection_batch
    schedule_text text,
    fingerprint varchar(64) not null,
    created_by text not null,
    created_at timestamptz not null default now(),
    unique (year, kind, title)
);

create table inspection_batch (
    plan_id bigint not null references inspection_plan (id) on delete cascade,
    number int not null,
    due date not null,
    primary key (plan_id, number)
);

create table inspection_team (
    id bigserial primary key,
    plan_id bigint not null references inspection_plan (id) on delete cascade,
    name text not null,
    unique (plan_id, name)
);

create table inspection_team_member (
    team_id bigint not null references inspection_team (id) on delete cascade,
    user_id bigint not null references app_user (id),
    leads boolean not null default false,
    primary key (team_id, user_id)
);

create table inspection_target (
    plan_id bigint not null references inspection_plan (id) on delete cascade,
    unit_id bigint not null references unit (id),
    batch int,
    team_id bigint references inspection_team (id),
    primary key (plan_id, unit_id)
);

create table inspection (
    id bigserial primary key,
    -- null for a surprise inspection outside any plan
    plan_id bigint references inspection_plan (id),
    kind varchar(32) not null check (kind in ('ADMINISTRATIVE_REFORM', 'ADMINISTRATIVE_DISCIPLINE', 'PUBLIC_SERVICE')),
    surprise boolean not null default false,
    unit_id bigint not null references unit (id),
    inspected_on date not null,
    team_id bigint references inspection_team (id),
    notice_number text not null unique,
    notice_date date not null,
    -- the plan whose tasks are the recommendations; null when the conclusion recommends nothing
    follow_up_plan_id bigint references plan (id),
    -- the record as submitted, so that the same record sent twice is recognised and changes nothing
    fingerprint varchar(64) not null,
    created_by text not null,
    created_at timestamptz not null default now()
);
create index inspection_unit_idx on inspection (unit_id, inspected_on);

create table inspection_finding (
    inspection_id bigint not null references inspection (id) on delete cascade,
    position int not null,
    area varchar(32) not null,
    text text not null,
    primary key (inspection_id, position)
);

create table inspection_recommendation (
    inspection_id bigint not null references inspection (id) on delete cascade,
    position int not null,
    content text not null,
    area varchar(32) not null,
    unit_id bigint not null references unit (id),
    deadline_text text,
    due date,
    warning text,
    task_id bigint not null references plan_task (id),
    primary key (inspection_id, position)
);
create index inspection_recommendation_unit_idx on inspection_recommendation (unit_id, due);
