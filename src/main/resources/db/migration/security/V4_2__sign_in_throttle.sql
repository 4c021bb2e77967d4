-- Failed sign-ins, counted per address and account (username_key = the username as typed, lower case) and per
-- address across accounts (username_key = ' *'). See SignInAttempts for the rule; app_user.failed_attempts is no
-- longer used, so that nobody can lock an account for everyone by typing wrong passwords.
create table sign_in_throttle (
    address text not null,
    username_key text not null,
    failures int not null,
    lockouts int not null default 0,
    locked_until timestamptz,
    window_started_at timestamptz not null,
    last_failure_at timestamptz not null,
    primary key (address, username_key)
);
create index sign_in_throttle_username_idx on sign_in_throttle (username_key);

-- Usernames are compared without regard to case everywhere; two accounts differing only in case cannot exist.
create unique index app_user_username_lower_idx on app_user (lower(username));
