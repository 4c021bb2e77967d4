-- Tamper evidence beyond the trigger: each audit entry is sealed into a hash chain in the order it was sealed.
-- A seal's hash covers the previous seal's hash and the entry's content, so editing, removing or reordering an
-- entry (even by the schema's owner with the trigger disabled) breaks the chain at that entry.
create table audit_seal (
    position bigint primary key,
    entry_id bigint not null unique references audit_entry (id),
    hash char(64) not null,
    sealed_at timestamptz not null default now()
);
create trigger audit_seal_no_update before update or delete on audit_seal
    for each row execute function audit_entry_is_append_only();
create trigger audit_seal_no_truncate before truncate on audit_seal
    for each statement execute function audit_entry_is_append_only();
