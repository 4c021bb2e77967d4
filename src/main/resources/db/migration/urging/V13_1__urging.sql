-- Urging letters (công văn đôn đốc): the letter as issued (number, both files), the units it was sent to and what it
-- listed for each, so the history of urgings per unit survives later changes to tasks and reports.

-- The last number given in a year; "…/SNV-CCHC" numbers restart each year and are never given twice.
create table urging_sequence (
    year int primary key,
    last_number int not null check (last_number > 0)
);

create table urging_letter (
    id bigserial primary key,
    -- the form's one-time key: a second submission of the same form (a double click) finds this letter
    submission_key varchar(64) not null unique,
    source varchar(16) not null check (source in ('TASKS', 'REPORTS')),
    -- what was filtered when the units were picked: a year or plan for tasks, a period for reports
    plan_year int,
    plan_id bigint references plan (id) on delete set null,
    period_key varchar(16),
    year int not null,
    sequence int,
    number varchar(40),
    issued_on date not null,
    issued_by varchar(100) not null,
    created_at timestamptz not null default now(),
    docx bytea,
    pdf bytea,
    unique (year, sequence)
);

create table urging_letter_unit (
    letter_id bigint not null references urging_letter (id) on delete cascade,
    unit_id bigint not null references unit (id),
    position int not null,
    primary key (letter_id, unit_id)
);
create index urging_letter_unit_unit_idx on urging_letter_unit (unit_id, letter_id);

-- One line of a unit's list: an overdue task (task_id, number, content, deadline, days late) or an owed report
-- (period, due date).
create table urging_letter_item (
    letter_id bigint not null references urging_letter (id) on delete cascade,
    unit_id bigint not null references unit (id),
    position int not null,
    task_id bigint references plan_task (id) on delete set null,
    reference varchar(100),
    content text not null,
    deadline_text text,
    due date,
    days_late int,
    period_key varchar(16),
    primary key (letter_id, unit_id, position)
);
