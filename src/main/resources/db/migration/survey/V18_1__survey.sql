-- Satisfaction surveys (SIPAS) and the province's own survey for the reform index: questionnaires as versioned
-- data, campaigns, one-time codes, anonymous responses, paper forms typed in twice.
create table survey_questionnaire (
    id bigserial primary key,
    code varchar(32) not null unique,
    name text not null,
    kind varchar(16) not null check (kind in ('SIPAS', 'REFORM_INDEX'))
);

-- A version is frozen once it has a response; an edit of a frozen version makes the next version.
create table survey_version (
    id bigserial primary key,
    questionnaire_id bigint not null references survey_questionnaire (id),
    number int not null check (number >= 1),
    frozen boolean not null default false,
    created_by text not null,
    created_on date not null,
    unique (questionnaire_id, number)
);

create table survey_section (
    id bigserial primary key,
    version_id bigint not null references survey_version (id),
    code varchar(16) not null,
    title text not null,
    -- ELEMENT sections make the index; the others are described, not scored
    kind varchar(16) not null check (kind in ('PROFILE', 'EXPERIENCE', 'ELEMENT', 'POLICY', 'NEEDS', 'COMMENT')),
    position int not null,
    weight numeric(6, 2) not null default 1 check (weight > 0),
    unique (version_id, code)
);

create table survey_item (
    id bigserial primary key,
    version_id bigint not null references survey_version (id),
    section_id bigint not null references survey_section (id),
    code varchar(16) not null,
    text text not null,
    scale varchar(16) not null check (scale in ('SATISFACTION5', 'NEED4', 'CHOICE', 'TEXT')),
    choices text[] not null default '{}',
    position int not null,
    weight numeric(6, 2) not null default 1 check (weight > 0),
    -- skip rule: shown only when the answer to show_if_item is one of show_if_values
    show_if_item varchar(16),
    show_if_values text[] not null default '{}',
    -- results are also given per answer of this item (the procedure field)
    breakdown boolean not null default false,
    unique (version_id, code)
);

create table survey_campaign (
    id bigserial primary key,
    name text not null,
    version_id bigint not null references survey_version (id),
    period_from date not null,
    period_to date not null,
    respondent_groups text[] not null,
    channels text[] not null,
    status varchar(8) not null default 'OPEN' check (status in ('OPEN', 'CLOSED')),
    created_by text not null,
    created_on date not null,
    check (period_from <= period_to),
    check (cardinality(respondent_groups) > 0 and cardinality(channels) > 0)
);

create table survey_campaign_unit (
    campaign_id bigint not null references survey_campaign (id),
    unit_id bigint not null references unit (id),
    sample_size int not null check (sample_size between 1 and 100000),
    primary key (campaign_id, unit_id)
);

-- A batch of one-time codes, printed once: the codes themselves are never stored, only their hashes.
create table survey_code_batch (
    id bigserial primary key,
    campaign_id bigint not null,
    unit_id bigint not null,
    form_key varchar(64) not null unique,
    count int not null check (count between 1 and 500),
    issued_by text not null,
    issued_on date not null,
    expires_on date not null,
    foreign key (campaign_id, unit_id) references survey_campaign_unit (campaign_id, unit_id)
);

-- No timestamp and no link to the response: a used code says only that it was used.
create table survey_code (
    code_hash varchar(64) primary key,
    batch_id bigint not null references survey_code_batch (id),
    used boolean not null default false
);
create index survey_code_batch_idx on survey_code (batch_id);

-- Anonymous: a random id, the day only, no code and no officer.
create table survey_response (
    id uuid primary key default gen_random_uuid(),
    campaign_id bigint not null,
    unit_id bigint not null,
    respondent_group varchar(32) not null,
    channel varchar(8) not null check (channel in ('CODE', 'KIOSK', 'PAPER')),
    answered_on date not null,
    foreign key (campaign_id, unit_id) references survey_campaign_unit (campaign_id, unit_id)
);
create index survey_response_campaign_idx on survey_response (campaign_id, unit_id);

create table survey_answer (
    response_id uuid not null references survey_response (id),
    item_id bigint not null references survey_item (id),
    value smallint check (value between 1 and 5),
    choice text,
    comment text check (length(comment) <= 2000),
    primary key (response_id, item_id)
);

-- A paper form counts when two entries by different officers agree; their answers are then erased from the
-- entries, so the counted response cannot be traced to who typed it.
create table survey_paper_form (
    id bigserial primary key,
    campaign_id bigint not null,
    unit_id bigint not null,
    form_number varchar(32) not null,
    status varchar(8) not null default 'OPEN' check (status in ('OPEN', 'COUNTED')),
    unique (campaign_id, unit_id, form_number),
    foreign key (campaign_id, unit_id) references survey_campaign_unit (campaign_id, unit_id)
);

create table survey_paper_entry (
    id bigserial primary key,
    form_id bigint not null references survey_paper_form (id),
    entered_by text not null,
    answers jsonb,
    entered_on date not null,
    unique (form_id, entered_by)
);
