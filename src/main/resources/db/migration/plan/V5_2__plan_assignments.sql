-- Group assignments and per-unit progress.
-- A task led or coordinated by a group ("Các sở, ban, ngành") kept only the words, so no unit saw it.
-- plan_task_unit now records the group, and plan_task_assignee holds the units a task is assigned to:
-- named (NAMED), members of a non-concerned group on the plan's date (GROUP), or picked by the standing
-- agency for a "… có liên quan" group (PICKED). Members are stored, not recomputed, so a unit keeps the
-- tasks it was given even after the directory changes (mergers of 2025).
alter table plan_task_unit add column agency_group varchar(32);

-- Each lead unit reports its own progress on a shared task; plan_task.status/percent/review/completed_on
-- become the aggregate of these rows (done when all are confirmed done).
create table plan_task_assignee (
    task_id bigint not null references plan_task (id) on delete cascade,
    role varchar(16) not null check (role in ('LEAD', 'COORDINATE')),
    unit_id bigint not null references unit (id),
    source varchar(16) not null check (source in ('NAMED', 'GROUP', 'PICKED')),
    -- the plan_task_unit position the assignment comes from (the group a member or pick belongs to)
    source_position int not null default 0,
    status varchar(16) not null default 'NOT_STARTED' check (status in ('NOT_STARTED', 'IN_PROGRESS', 'DONE')),
    review varchar(16) not null default 'NONE' check (review in ('NONE', 'AWAITING', 'RETURNED')),
    review_reason text,
    percent int not null default 0 check (percent between 0 and 100),
    completed_on date,
    updated_at timestamptz not null default now(),
    primary key (task_id, role, unit_id)
);
create index plan_task_assignee_unit_idx on plan_task_assignee (unit_id, role);

-- The lead unit a progress post reports for (an administrator may post for a unit other than their own).
alter table task_progress add column for_unit_id bigint references unit (id);

-- Tasks stored before this migration: their named units become assignees carrying the task's progress.
insert into plan_task_assignee (task_id, role, unit_id, source, source_position, status, review, review_reason,
                                percent, completed_on)
select distinct on (u.task_id, u.role, u.unit_id) u.task_id, u.role, u.unit_id, 'NAMED', u.position,
       case when u.role = 'LEAD' and t.status in ('NOT_STARTED', 'IN_PROGRESS', 'DONE') then t.status else 'NOT_STARTED' end,
       case when u.role = 'LEAD' then t.review else 'NONE' end,
       case when u.role = 'LEAD' then t.review_reason end,
       case when u.role = 'LEAD' then t.percent else 0 end,
       case when u.role = 'LEAD' then t.completed_on end
from plan_task_unit u join plan_task t on t.id = u.task_id
where u.unit_id is not null
order by u.task_id, u.role, u.unit_id, u.position;

update task_progress p set for_unit_id = p.author_unit_id
where p.kind = 'UPDATE' and exists (select 1 from plan_task_assignee a
    where a.task_id = p.task_id and a.role = 'LEAD' and a.unit_id = p.author_unit_id);
