-- Cascade: a unit's draft plan built from a provincial plan holds copies of the tasks the unit leads or
-- coordinates, each linked to the provincial task it implements, so that task can show its children's progress.
alter table plan_task add column source_task_id bigint references plan_task (id) on delete set null;
create index plan_task_source_idx on plan_task (source_task_id);

-- The unit a cascaded plan belongs to: its officers edit and issue it while it is a draft.
alter table plan add column owner_unit_id bigint references unit (id);
