-- A unit asks to submit a locked period's report late; the standing agency grants it (until a day) or refuses it.
-- A grant opens the form through the existing lock exception, which names the request it came from.
create table ind_late_request (
    id bigserial primary key,
    unit_id bigint not null references unit (id),
    period_key varchar(16) not null,
    reason text not null,
    requested_by text not null,
    requested_at timestamptz not null,
    status varchar(16) not null default 'REQUESTED' check (status in ('REQUESTED', 'GRANTED', 'REFUSED')),
    decided_by text,
    decided_at timestamptz,
    decision_reason text,
    open_until date
);
-- one open request per unit and period: a double click asks once
create unique index ind_late_request_open_idx on ind_late_request (unit_id, period_key) where status = 'REQUESTED';
create index ind_late_request_status_idx on ind_late_request (status, requested_at);
alter table ind_lock_exception add column late_request_id bigint references ind_late_request (id);
