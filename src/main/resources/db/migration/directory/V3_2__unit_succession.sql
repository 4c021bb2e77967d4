-- A unit merged or dissolved into exactly one successor: the day the successor takes over (the day after the
-- unit's valid_to) and when that was announced to the other modules (UnitSucceeded). A succession recorded for
-- a later day waits here until that day; announced_at makes the announcement happen once.
create table unit_succession (
    unit_id bigint primary key references unit (id),
    successor_id bigint not null references unit (id),
    effective_on date not null,
    recorded_at timestamptz not null default now(),
    announced_at timestamptz
);
create index unit_succession_pending_idx on unit_succession (effective_on) where announced_at is null;
