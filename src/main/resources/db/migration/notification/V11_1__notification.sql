-- In-app notices: one per user, thing and reason, so a replayed event adds nothing.
create table notification (
    id bigserial primary key,
    user_id bigint not null references app_user (id) on delete cascade,
    thing_type varchar(32) not null,
    thing_id varchar(64) not null,
    reason varchar(40) not null,
    title text not null,
    link varchar(300) not null,
    created_at timestamptz not null,
    read_at timestamptz,
    constraint notification_once unique (user_id, thing_type, thing_id, reason)
);
create index notification_inbox_idx on notification (user_id, created_at desc, id desc);
create index notification_unread_idx on notification (user_id) where read_at is null;

-- How a user wants their notices by e-mail; no row means at once.
create table notification_preference (
    user_id bigint primary key references app_user (id) on delete cascade,
    mail_mode varchar(10) not null check (mail_mode in ('IMMEDIATE', 'DAILY', 'OFF')),
    updated_at timestamptz not null
);

-- Mails waiting for the SMTP server, written in the writer's transaction and sent by a scheduled job.
create table mail_outbox (
    id bigserial primary key,
    dedup_key varchar(120) not null unique,
    user_id bigint references app_user (id) on delete set null,
    recipient varchar(255) not null,
    subject text not null,
    body text not null,
    status varchar(10) not null default 'QUEUED' check (status in ('QUEUED', 'SENT', 'FAILED')),
    attempts int not null default 0,
    next_attempt_at timestamptz not null,
    last_error text,
    created_at timestamptz not null,
    sent_at timestamptz
);
create index mail_outbox_due_idx on mail_outbox (next_attempt_at, id) where status = 'QUEUED';
create index mail_outbox_recent_idx on mail_outbox (created_at desc, id desc);
