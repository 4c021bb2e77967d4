-- Steering-committee meetings (cuộc họp Ban Chỉ đạo): date, chair, attendees, and the meeting's conclusions. A
-- conclusion that names units assigns them work: it becomes a task of the meeting's follow-up plan (plan kind
-- MEETING_CONCLUSION), like an inspection's recommendation.
create table steering_meeting (
    id bigserial primary key,
    held_on date not null,
    chair text not null,
    attendees text not null,
    notice_number text not null unique,
    notice_date date not null,
    follow_up_plan_id bigint references plan (id),
    fingerprint varchar(64) not null,
    created_by text not null,
    created_at timestamptz not null default now()
);

create table meeting_conclusion (
    meeting_id bigint not null references steering_meeting (id) on delete cascade,
    position int not null,
    content text not null,
    area varchar(32) not null,
    -- the responsible units as the notice names them; null for a conclusion that assigns no work
    unit_names text,
    deadline_text text,
    warning text,
    task_id bigint references plan_task (id),
    primary key (meeting_id, position)
);
