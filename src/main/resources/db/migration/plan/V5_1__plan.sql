-- Plans (kế hoạch), their references, targets, tasks, units, milestones; progress and evidence; draft imports.
create table plan (
    id bigserial primary key,
    identity_key text not null unique,
    doc_number text,
    doc_type varchar(32),
    title text,
    issuer text,
    place text,
    issued_on date,
    signer text,
    signer_title text,
    year int,
    theme text,
    purposes text,
    requirements text,
    status varchar(16) not null default 'ISSUED' check (status in ('DRAFT', 'ISSUED', 'REPLACED', 'CLOSED')),
    replaced_by_id bigint references plan (id),
    parent_plan_id bigint references plan (id),
    source_text text,
    demo boolean not null default false,
    created_at timestamptz not null default now(),
    updated_at timestamptz not null default now()
);
create index plan_year_idx on plan (year);
create index plan_number_idx on plan (doc_number);

create table plan_reference (
    id bigserial primary key,
    plan_id bigint not null references plan (id) on delete cascade,
    position int not null,
    doc_number text,
    ref_date date,
    relation varchar(16) not null check (relation in ('IMPLEMENTS', 'BASIS', 'REPLACES', 'CITES'))
);
create index plan_reference_plan_idx on plan_reference (plan_id);

create table plan_target (
    id bigserial primary key,
    plan_id bigint not null references plan (id) on delete cascade,
    position int not null,
    text text not null,
    metric text,
    comparator varchar(2),
    value numeric,
    unit varchar(16)
);
create index plan_target_plan_idx on plan_target (plan_id);

create table plan_task (
    id bigserial primary key,
    plan_id bigint not null references plan (id) on delete cascade,
    parent_task_id bigint references plan_task (id) on delete cascade,
    task_key text not null,
    position int not null,
    section text,
    number text,
    content text not null,
    area varchar(32) not null,
    directed_by text,
    deadline_text text,
    deadline_kind varchar(16) not null default 'UNSPECIFIED',
    recurrence varchar(16),
    output text,
    priority boolean not null default false,
    quarter int check (quarter between 1 and 4),
    warnings text,
    status varchar(16) not null default 'NOT_STARTED'
        check (status in ('NOT_STARTED', 'IN_PROGRESS', 'DONE', 'POSTPONED', 'CANCELLED')),
    review varchar(16) not null default 'NONE' check (review in ('NONE', 'AWAITING', 'RETURNED')),
    review_reason text,
    percent int not null default 0 check (percent between 0 and 100),
    completed_on date,
    extended_due date,
    extension_reason text,
    extension_approved_by text,
    hold_reason text,
    updated_at timestamptz not null default now(),
    unique (plan_id, task_key)
);
create index plan_task_plan_idx on plan_task (plan_id);

create table plan_task_unit (
    task_id bigint not null references plan_task (id) on delete cascade,
    role varchar(16) not null check (role in ('LEAD', 'COORDINATE')),
    position int not null,
    name text not null,
    unit_id bigint references unit (id),
    primary key (task_id, role, position)
);
create index plan_task_unit_unit_idx on plan_task_unit (unit_id);

create table plan_task_milestone (
    task_id bigint not null references plan_task (id) on delete cascade,
    position int not null,
    due date not null,
    precision varchar(16) not null,
    primary key (task_id, position)
);

-- Every post on a task: progress updates, completion reports, requests (postpone, cancel, extension), reviews.
create table task_progress (
    id bigserial primary key,
    task_id bigint not null references plan_task (id) on delete cascade,
    kind varchar(16) not null check (kind in ('UPDATE', 'POSTPONE', 'CANCEL', 'EXTENSION')),
    status varchar(16),
    percent int,
    note text,
    output_number text,
    output_date date,
    links text,
    requested_due date,
    author text not null,
    author_unit_id bigint references unit (id),
    created_at timestamptz not null default now(),
    review varchar(16) not null default 'NONE' check (review in ('NONE', 'AWAITING', 'CONFIRMED', 'RETURNED')),
    reviewed_by text,
    reviewed_at timestamptz,
    review_reason text
);
create index task_progress_task_idx on task_progress (task_id);

-- Evidence files live in the database so every node serves them.
create table task_evidence (
    id bigserial primary key,
    progress_id bigint not null references task_progress (id) on delete cascade,
    filename text not null,
    content_type varchar(128) not null,
    size_bytes bigint not null,
    sha256 varchar(64) not null,
    content bytea not null,
    created_at timestamptz not null default now()
);
create index task_evidence_progress_idx on task_evidence (progress_id);

-- An import under review: the parsed (and edited) plan as JSON; nothing is a plan until published.
create table plan_import (
    id bigserial primary key,
    filename text,
    created_by text not null,
    created_at timestamptz not null default now(),
    updated_at timestamptz not null default now(),
    draft jsonb not null,
    existing_plan_id bigint references plan (id) on delete set null,
    state varchar(16) not null default 'REVIEW' check (state in ('REVIEW', 'PUBLISHED', 'DISCARDED')),
    published_plan_id bigint references plan (id) on delete set null
);
