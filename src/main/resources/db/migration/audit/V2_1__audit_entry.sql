create table audit_entry (
    id bigserial primary key,
    occurred_at timestamptz not null default now(),
    actor varchar(100) not null,
    actor_unit_code varchar(64),
    address varchar(64),
    entity_type varchar(64) not null,
    entity_id varchar(128) not null,
    action varchar(16) not null check (action in ('CREATE', 'UPDATE', 'DELETE')),
    summary text,
    before_value jsonb,
    after_value jsonb
);
create index audit_entry_occurred_idx on audit_entry (occurred_at desc);
create index audit_entry_entity_idx on audit_entry (entity_type, entity_id);
create index audit_entry_actor_idx on audit_entry (actor);

-- The audit trail is append-only: the database itself refuses to change or remove an entry,
-- so no code path (and no mistaken SQL) can rewrite history.
create function audit_entry_is_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'audit_entry is append-only';
end $$;
create trigger audit_entry_no_update before update or delete on audit_entry
    for each row execute function audit_entry_is_append_only();
create trigger audit_entry_no_truncate before truncate on audit_entry
    for each statement execute function audit_entry_is_append_only();
