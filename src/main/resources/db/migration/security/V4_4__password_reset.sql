-- "Forgot password": a reset link mailed to the account's address. Only the SHA-256 of the link's token is kept,
-- so neither a database reader nor the audit log can use a link; a link acts once (used_at) and for 30 minutes.
create table password_reset (
    id bigserial primary key,
    user_id bigint not null references app_user (id) on delete cascade,
    token_hash char(64) not null unique,
    requested_at timestamptz not null,
    expires_at timestamptz not null,
    used_at timestamptz
);
create index password_reset_user_idx on password_reset (user_id, requested_at);

-- Set by an administrator: the user must choose a new password right after their next sign-in.
alter table app_user add column must_change_password boolean not null default false;
