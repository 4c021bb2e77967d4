-- Feedback on administrative regulations and services (phản ánh, kiến nghị; Decree 20/2008/NĐ-CP as amended by
-- Decree 92/2017/NĐ-CP): a citizen's case from receipt to its published answer, with time limits in working days.

-- The time limits as data: the standing agency or the administrator edits them at /feedback/limits.
create table feedback_time_limit (
    code varchar(32) primary key check (code in ('CLASSIFY', 'ANSWER', 'REMIND_BEFORE')),
    working_days int not null check (working_days between 1 and 60),
    label text not null,
    legal_basis text not null,
    updated_by text,
    updated_at timestamptz
);
insert into feedback_time_limit (code, working_days, label, legal_basis) values
    ('CLASSIFY', 3, 'Phân loại, chuyển phản ánh, kiến nghị đến cơ quan có thẩm quyền xử lý',
     'Nghị định 20/2008/NĐ-CP, được sửa đổi, bổ sung bởi Nghị định 92/2017/NĐ-CP (phân loại, chuyển phản ánh, kiến nghị): 03 ngày làm việc kể từ ngày tiếp nhận'),
    ('ANSWER', 15, 'Xử lý, trả lời phản ánh, kiến nghị, tính từ ngày tiếp nhận',
     'Nghị định 20/2008/NĐ-CP, được sửa đổi, bổ sung bởi Nghị định 92/2017/NĐ-CP (thời hạn xử lý); Quyết định 766/QĐ-TTg, chỉ số 5.2: xử lý trong 15 ngày làm việc'),
    ('REMIND_BEFORE', 3, 'Nhắc đơn vị được giao trước khi hết hạn trả lời',
     'Quy định nội bộ của tỉnh (không phải thời hạn luật định)');

-- The fields (lĩnh vực) feedback is counted by.
create table feedback_field (
    code varchar(32) primary key,
    name text not null,
    sort_order int not null
);
insert into feedback_field (code, name, sort_order) values
    ('DAT_DAI', 'Đất đai', 10),
    ('XAY_DUNG', 'Xây dựng', 20),
    ('DAU_TU', 'Đầu tư, kinh doanh', 30),
    ('HO_TICH', 'Hộ tịch, chứng thực', 40),
    ('GIAO_DUC', 'Giáo dục', 50),
    ('Y_TE', 'Y tế', 60),
    ('LAO_DONG', 'Lao động, việc làm, bảo hiểm', 70),
    ('GIAO_THONG', 'Giao thông vận tải', 80),
    ('TAI_NGUYEN', 'Tài nguyên, môi trường', 90),
    ('KHAC', 'Lĩnh vực khác', 999);

create table feedback (
    id bigserial primary key,
    -- the tracking code given to the citizen
    code varchar(16) not null unique,
    -- the form's one-time key: the same form sent twice is one case
    submission_key uuid not null unique,
    kind varchar(16) not null check (kind in ('REGULATION', 'CONDUCT')),
    sender_name text not null,
    sender_address text not null,
    sender_phone text,
    sender_email text,
    title text not null,
    content text not null,
    agency_text text,
    field_code varchar(32) references feedback_field (code),
    suggested_unit_id bigint references unit (id),
    unit_id bigint references unit (id),
    status varchar(24) not null check (status in ('RECEIVED', 'ACCEPTED', 'REFUSED', 'ASSIGNED',
                                                  'WAITING_FOR_CITIZEN', 'ANSWERED', 'PUBLISHED')),
    received_on date not null,
    received_at timestamptz not null,
    due_on date not null,
    -- while waiting for the citizen the clock stops: the working days that were left when it stopped
    remaining_days int,
    refusal_reason text,
    question text,
    citizen_reply text,
    answer text,
    answered_by text,
    answered_on date,
    published_by text,
    published_on date,
    from_address text not null,
    -- folded title, content and answer (lower case, no diacritics) for the search of published answers
    search_key text,
    check (sender_phone is not null or sender_email is not null)
);
create index feedback_status_idx on feedback (status, received_on);
create index feedback_unit_idx on feedback (unit_id, status);
create index feedback_published_idx on feedback (published_on desc, id desc) where status = 'PUBLISHED';

create table feedback_file (
    id bigserial primary key,
    feedback_id bigint not null references feedback (id) on delete cascade,
    filename text not null,
    content_type varchar(128) not null,
    size_bytes bigint not null,
    sha256 varchar(64) not null,
    content bytea not null
);
create index feedback_file_case_idx on feedback_file (feedback_id);

-- The steps of a case as the citizen sees them when tracking it (no officer's name).
create table feedback_step (
    id bigserial primary key,
    feedback_id bigint not null references feedback (id) on delete cascade,
    status varchar(24) not null,
    on_day date not null,
    at timestamptz not null,
    note text,
    actor text not null
);
create index feedback_step_case_idx on feedback_step (feedback_id, id);

-- Indicator 5.2 of Decision 766 (feedback handled on time) is computed from these cases, no longer typed in.
update ind_indicator set source = 'MODULE' where code = 'CS766_5_2';
