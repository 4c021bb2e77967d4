-- A leader's direction (ý kiến chỉ đạo) on a task, addressed to one of its lead units, which acknowledges it once.
-- form_key is the form's one-time key: a double click on "Ghi ý kiến chỉ đạo" stores one direction.
create table task_direction (
    id bigserial primary key,
    task_id bigint not null references plan_task (id) on delete cascade,
    unit_id bigint not null references unit (id),
    text text not null check (length(text) between 1 and 2000),
    due date,
    given_by varchar(64) not null,
    given_by_name text not null,
    given_at timestamptz not null,
    given_on date not null,
    form_key uuid not null unique,
    acknowledged_by varchar(64),
    acknowledged_at timestamptz,
    check ((acknowledged_by is null) = (acknowledged_at is null))
);
create index task_direction_task_idx on task_direction (task_id);
-- The open directions of a unit (its officers' "my tasks", the leaders' view of what waits too long).
create index task_direction_open_idx on task_direction (unit_id, given_on) where acknowledged_at is null;
