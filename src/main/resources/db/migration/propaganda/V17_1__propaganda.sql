-- Propaganda outputs (sản phẩm tuyên truyền): what a unit published or held for a content of a propaganda
-- orientation or plan (a task of the plan module), with the outlet (cơ quan báo chí) it appeared in.
create table propaganda_outlet (
    id bigserial primary key,
    code varchar(32) not null unique,
    name text not null,
    -- other ways documents write the outlet's name, folded (lower case, no diacritics), for matching typed names
    aliases text[] not null default '{}'
);
insert into propaganda_outlet (code, name, aliases) values
    ('BAO_NGHE_AN', 'Báo Nghệ An', '{"bao nghe an"}'),
    ('DAI_PTTH_NGHE_AN', 'Đài Phát thanh và Truyền hình tỉnh',
     '{"dai phat thanh va truyen hinh tinh","dai phat thanh - truyen hinh tinh","dai phat thanh - truyen hinh nghe an","dai phat thanh va truyen hinh nghe an"}');

create table propaganda_output (
    id bigserial primary key,
    unit_id bigint not null references unit (id),
    task_id bigint not null references plan_task (id),
    kind varchar(32) not null check (kind in ('NEWS_ARTICLE', 'REPORTAGE', 'BROADCAST', 'CONFERENCE', 'BANNER',
                                              'LEAFLET', 'SOCIAL_MEDIA_POST')),
    count int not null check (count between 1 and 100000),
    published_on date not null,
    outlet_id bigint references propaganda_outlet (id),
    title text not null,
    link text,
    created_by text not null,
    created_at timestamptz not null default now()
);
-- The same output logged twice is one output.
create unique index propaganda_output_once on propaganda_output
    (unit_id, task_id, kind, published_on, coalesce(outlet_id, 0), title, coalesce(link, ''));
create index propaganda_output_day_idx on propaganda_output (published_on);

create table propaganda_output_file (
    output_id bigint primary key references propaganda_output (id) on delete cascade,
    filename text not null,
    content_type varchar(128) not null,
    size_bytes bigint not null,
    sha256 varchar(64) not null,
    content bytea not null
);
