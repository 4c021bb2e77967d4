-- Things overdue for long, told to the unit's head and the leaders who follow the unit: one row per thing and level
-- (level k after k times the configured working days), so each level is told once; resolved when no longer overdue.
create table reminder_escalation (
    id bigserial primary key,
    thing_type varchar(32) not null,
    thing_id varchar(64) not null,
    level int not null check (level >= 1),
    unit_id bigint not null references unit (id),
    kind varchar(40) not null,
    label text not null,
    link varchar(300) not null,
    due date not null,
    escalated_on date not null,
    told int not null,
    resolved_on date,
    constraint reminder_escalation_once unique (thing_type, thing_id, level)
);
create index reminder_escalation_open_idx on reminder_escalation (due) where resolved_on is null;
