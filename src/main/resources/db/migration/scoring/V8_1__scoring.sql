-- Scoring and ranking (Chỉ số CCHC): criteria sets per year and unit group, rounds, self-assessment,
-- appraisal, explanation, published ranking. Every change of a score is kept in score_change as well as
-- in the audit trail, so the ranking can be traced item by item: who, when, from what to what, why.

-- One set per year and unit group (DEPARTMENT = sở, ban, ngành; COMMUNE = xã, phường), versioned.
-- DRAFT sets are edited; an ACTIVE set is frozen (a change makes a new version).
create table score_set (
    id bigserial primary key,
    year int not null check (year between 2000 and 2100),
    unit_group varchar(16) not null check (unit_group in ('DEPARTMENT', 'COMMUNE')),
    version int not null,
    name text not null,
    decision_ref text,
    status varchar(16) not null default 'DRAFT' check (status in ('DRAFT', 'ACTIVE', 'RETIRED')),
    sample boolean not null default false,
    bonus_cap numeric(6, 2) not null default 0,
    penalty_cap numeric(6, 2) not null default 0,
    copied_from_id bigint references score_set (id),
    created_by text not null,
    created_at timestamptz not null default now(),
    unique (year, unit_group, version)
);

-- The tree: area (level 1) → criterion (2) → sub-criterion (3). Leaves are scored; a parent's maximum
-- is the sum of its children's.
create table score_criterion (
    id bigserial primary key,
    set_id bigint not null references score_set (id) on delete cascade,
    parent_id bigint references score_criterion (id) on delete cascade,
    code varchar(32) not null,
    level int not null check (level between 1 and 3),
    position int not null,
    name text not null,
    max_points numeric(6, 2) not null default 0 check (max_points >= 0),
    guidance text,
    evidence_required boolean not null default false,
    kind varchar(16) not null default 'NORMAL' check (kind in ('NORMAL', 'BONUS', 'PENALTY')),
    method varchar(16) not null default 'MANUAL' check (method in ('MANUAL', 'INDICATOR', 'TASK_COMPLETION', 'SURVEY')),
    allowed_values text,
    indicator_code varchar(64),
    threshold numeric(10, 2),
    bands text,
    unique (set_id, code)
);
create index score_criterion_set_idx on score_criterion (set_id);

create table score_round (
    id bigserial primary key,
    year int not null,
    name text not null,
    status varchar(16) not null default 'OPEN' check (status in ('OPEN', 'CONSOLIDATED', 'PUBLISHED')),
    self_deadline date not null,
    appraisal_deadline date not null,
    explanation_deadline date not null,
    demo boolean not null default false,
    opened_by text not null,
    opened_at timestamptz not null default now(),
    consolidated_by text,
    consolidated_at timestamptz,
    published_by text,
    published_at timestamptz,
    decision_ref text
);

create table score_round_set (
    round_id bigint not null references score_round (id) on delete cascade,
    unit_group varchar(16) not null,
    set_id bigint not null references score_set (id),
    -- bands of this round and group, e.g. 90:Xuất sắc;80:Tốt;70:Khá;50:Trung bình;0:Yếu
    bands text not null,
    primary key (round_id, unit_group)
);

-- Who appraises which area (by area code, the same in every set of the round).
create table score_round_area (
    round_id bigint not null references score_round (id) on delete cascade,
    area_code varchar(32) not null,
    appraiser_unit_id bigint not null references unit (id),
    finalised_by text,
    finalised_at timestamptz,
    primary key (round_id, area_code)
);

-- A unit's assessment in a round.
create table score_assessment (
    id bigserial primary key,
    round_id bigint not null references score_round (id) on delete cascade,
    unit_id bigint not null references unit (id),
    set_id bigint not null references score_set (id),
    status varchar(16) not null default 'DRAFT' check (status in ('DRAFT', 'SUBMITTED')),
    self_deadline_override date,
    submitted_by text,
    submitted_at timestamptz,
    head_name text,
    explanation_submitted_by text,
    explanation_submitted_at timestamptz,
    unique (round_id, unit_id)
);

-- One row per leaf criterion of the unit's set.
create table score_item (
    id bigserial primary key,
    assessment_id bigint not null references score_assessment (id) on delete cascade,
    criterion_id bigint not null references score_criterion (id),
    not_applicable boolean not null default false,
    not_applicable_reason text,
    self_points numeric(6, 2),
    self_note text,
    evidence_explanation text,
    computed_detail text,
    manual_override boolean not null default false,
    appraised_points numeric(6, 2),
    appraisal_reason text,
    appraised_by text,
    appraised_at timestamptz,
    explanation_request text,
    explanation_requested_by text,
    explanation_answer text,
    explanation_outcome varchar(16) check (explanation_outcome in ('ACCEPTED', 'REJECTED')),
    unique (assessment_id, criterion_id)
);
create index score_item_assessment_idx on score_item (assessment_id);

-- The history of every score: self, computed, survey, appraisal, explanation outcome, reopen.
create table score_change (
    id bigserial primary key,
    item_id bigint not null references score_item (id) on delete cascade,
    stage varchar(16) not null,
    from_points numeric(6, 2),
    to_points numeric(6, 2),
    reason text,
    actor text not null,
    occurred_at timestamptz not null default now()
);
create index score_change_item_idx on score_change (item_id);

-- Evidence files live in the database so every node serves them.
create table score_evidence (
    id bigserial primary key,
    item_id bigint not null references score_item (id) on delete cascade,
    stage varchar(16) not null check (stage in ('SELF', 'EXPLANATION')),
    filename text not null,
    content_type varchar(128) not null,
    size_bytes bigint not null,
    sha256 varchar(64) not null,
    content bytea not null,
    uploaded_by text not null,
    uploaded_at timestamptz not null default now()
);
create index score_evidence_item_idx on score_evidence (item_id);

-- Reopenings of a unit's self-assessment by the standing agency, with the reason.
create table score_reopen (
    id bigserial primary key,
    assessment_id bigint not null references score_assessment (id) on delete cascade,
    reason text not null,
    new_deadline date not null,
    actor text not null,
    occurred_at timestamptz not null default now()
);
