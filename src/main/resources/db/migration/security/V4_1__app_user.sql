create table app_user (
    id bigserial primary key,
    username varchar(64) not null unique,
    full_name text not null,
    email varchar(255),
    unit_id bigint not null references unit (id),
    password_hash text not null,
    enabled boolean not null default true,
    failed_attempts int not null default 0,
    locked_until timestamptz,
    last_login_at timestamptz,
    created_at timestamptz not null default now(),
    updated_at timestamptz not null default now()
);
create index app_user_unit_idx on app_user (unit_id);

create table app_user_role (
    user_id bigint not null references app_user (id) on delete cascade,
    role varchar(32) not null check (role in ('ADMIN', 'STANDING_AGENCY', 'UNIT_OFFICER', 'LEADER', 'APPRAISER', 'VIEWER')),
    primary key (user_id, role)
);

-- Steering-committee members and leaders follow (theo dõi) some units; their dashboards show those.
create table app_user_followed_unit (
    user_id bigint not null references app_user (id) on delete cascade,
    unit_id bigint not null references unit (id),
    primary key (user_id, unit_id)
);
