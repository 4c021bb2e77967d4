-- The accounts of an outlet (role OUTLET of the security module): each account speaks for one outlet.
create table propaganda_outlet_account (
    user_id bigint primary key references app_user (id),
    outlet_id bigint not null references propaganda_outlet (id),
    linked_by text not null,
    linked_at timestamptz not null default now()
);
create index propaganda_outlet_account_outlet_idx on propaganda_outlet_account (outlet_id);
