-- The working-day calendar: one table of days off and make-up working days per year, maintained by an administrator.
-- A year without a row in calendar_year has no table, and working-day arithmetic refuses to guess it.
create table calendar_year (
    year       int primary key check (year between 2000 and 2100),
    created_at timestamptz not null default now(),
    created_by text        not null
);

create table calendar_day (
    day       date primary key,
    year      int     not null references calendar_year (year),
    kind      text    not null check (kind in ('PUBLIC_HOLIDAY', 'COMPENSATORY_DAY_OFF', 'SWAPPED_DAY_OFF',
                                               'MAKE_UP_WORKING_DAY')),
    reason    text    not null check (length(btrim(reason)) between 1 and 200),
    -- false: computed or announced but not yet checked against the published decision
    confirmed boolean not null,
    source    text    not null default '' check (length(source) <= 300),
    check (extract(year from day) = year),
    -- a swapped or compensatory day off is a weekday; a make-up working day is a weekend day
    check (kind not in ('COMPENSATORY_DAY_OFF', 'SWAPPED_DAY_OFF') or extract(isodow from day) < 6),
    check (kind <> 'MAKE_UP_WORKING_DAY' or extract(isodow from day) >= 6)
);
create index calendar_day_year on calendar_day (year);

insert into calendar_year (year, created_by) values (2024, 'system'), (2025, 'system'), (2026, 'system'), (2027, 'system');

-- 2024 and 2025: the published holiday schedules for civil servants (Ministry of Labour, Invalids and Social Affairs).
insert into calendar_day (day, year, kind, reason, confirmed, source) values
('2024-01-01', 2024, 'PUBLIC_HOLIDAY', 'Tết Dương lịch', true, 'Lịch nghỉ lễ, Tết năm 2024 của cán bộ, công chức, viên chức'),
('2024-02-08', 2024, 'PUBLIC_HOLIDAY', 'Tết Nguyên đán Giáp Thìn (29 tháng Chạp)', true, 'Lịch nghỉ lễ, Tết năm 2024: nghỉ từ 08/02 đến hết 14/02/2024'),
('2024-02-09', 2024, 'PUBLIC_HOLIDAY', 'Tết Nguyên đán Giáp Thìn (30 tháng Chạp)', true, 'Lịch nghỉ lễ, Tết năm 2024: nghỉ từ 08/02 đến hết 14/02/2024'),
('2024-02-12', 2024, 'PUBLIC_HOLIDAY', 'Tết Nguyên đán Giáp Thìn (mùng 3 tháng Giêng)', true, 'Lịch nghỉ lễ, Tết năm 2024: nghỉ từ 08/02 đến hết 14/02/2024'),
('2024-02-13', 2024, 'PUBLIC_HOLIDAY', 'Tết Nguyên đán Giáp Thìn (mùng 4 tháng Giêng)', true, 'Lịch nghỉ lễ, Tết năm 2024: nghỉ từ 08/02 đến hết 14/02/2024'),
('2024-02-14', 2024, 'PUBLIC_HOLIDAY', 'Tết Nguyên đán Giáp Thìn (mùng 5 tháng Giêng)', true, 'Lịch nghỉ lễ, Tết năm 2024: nghỉ từ 08/02 đến hết 14/02/2024'),
('2024-04-18', 2024, 'PUBLIC_HOLIDAY', 'Giỗ Tổ Hùng Vương (10/3 âm lịch)', true, 'Điều 112 Bộ luật Lao động 2019'),
('2024-04-29', 2024, 'SWAPPED_DAY_OFF', 'Nghỉ hoán đổi dịp 30/4 – 1/5, làm bù thứ Bảy 04/05/2024', true, 'Lịch nghỉ lễ năm 2024: nghỉ từ 27/04 đến hết 01/05/2024'),
('2024-04-30', 2024, 'PUBLIC_HOLIDAY', 'Ngày Chiến thắng (30/4)', true, 'Điều 112 Bộ luật Lao động 2019'),
('2024-05-01', 2024, 'PUBLIC_HOLIDAY', 'Ngày Quốc tế Lao động (1/5)', true, 'Điều 112 Bộ luật Lao động 2019'),
('2024-05-04', 2024, 'MAKE_UP_WORKING_DAY', 'Làm bù cho thứ Hai 29/04/2024', true, 'Lịch nghỉ lễ năm 2024: nghỉ từ 27/04 đến hết 01/05/2024'),
('2024-09-02', 2024, 'PUBLIC_HOLIDAY', 'Quốc khánh (2/9)', true, 'Điều 112 Bộ luật Lao động 2019'),
('2024-09-03', 2024, 'PUBLIC_HOLIDAY', 'Quốc khánh (ngày liền kề sau 2/9)', true, 'Lịch nghỉ lễ năm 2024: nghỉ từ 31/08 đến hết 03/09/2024'),

('2025-01-01', 2025, 'PUBLIC_HOLIDAY', 'Tết Dương lịch', true, 'Lịch nghỉ lễ, Tết năm 2025 của cán bộ, công chức, viên chức'),
('2025-01-27', 2025, 'PUBLIC_HOLIDAY', 'Tết Nguyên đán Ất Tỵ (28 tháng Chạp)', true, 'Lịch nghỉ Tết 2025: nghỉ từ 25/01 đến hết 02/02/2025'),
('2025-01-28', 2025, 'PUBLIC_HOLIDAY', 'Tết Nguyên đán Ất Tỵ (29 tháng Chạp)', true, 'Lịch nghỉ Tết 2025: nghỉ từ 25/01 đến hết 02/02/2025'),
('2025-01-29', 2025, 'PUBLIC_HOLIDAY', 'Tết Nguyên đán Ất Tỵ (mùng 1 tháng Giêng)', true, 'Lịch nghỉ Tết 2025: nghỉ từ 25/01 đến hết 02/02/2025'),
('2025-01-30', 2025, 'PUBLIC_HOLIDAY', 'Tết Nguyên đán Ất Tỵ (mùng 2 tháng Giêng)', true, 'Lịch nghỉ Tết 2025: nghỉ từ 25/01 đến hết 02/02/2025'),
('2025-01-31', 2025, 'PUBLIC_HOLIDAY', 'Tết Nguyên đán Ất Tỵ (mùng 3 tháng Giêng)', true, 'Lịch nghỉ Tết 2025: nghỉ từ 25/01 đến hết 02/02/2025'),
('2025-04-07', 2025, 'PUBLIC_HOLIDAY', 'Giỗ Tổ Hùng Vương (10/3 âm lịch)', true, 'Điều 112 Bộ luật Lao động 2019'),
('2025-04-26', 2025, 'MAKE_UP_WORKING_DAY', 'Làm bù cho thứ Sáu 02/05/2025', true, 'Lịch nghỉ lễ năm 2025: nghỉ từ 30/04 đến hết 04/05/2025'),
('2025-04-30', 2025, 'PUBLIC_HOLIDAY', 'Ngày Chiến thắng (30/4)', true, 'Điều 112 Bộ luật Lao động 2019'),
('2025-05-01', 2025, 'PUBLIC_HOLIDAY', 'Ngày Quốc tế Lao động (1/5)', true, 'Điều 112 Bộ luật Lao động 2019'),
('2025-05-02', 2025, 'SWAPPED_DAY_OFF', 'Nghỉ hoán đổi dịp 30/4 – 1/5, làm bù thứ Bảy 26/04/2025', true, 'Lịch nghỉ lễ năm 2025: nghỉ từ 30/04 đến hết 04/05/2025'),
('2025-09-01', 2025, 'PUBLIC_HOLIDAY', 'Quốc khánh (ngày liền kề trước 2/9)', true, 'Lịch nghỉ lễ năm 2025: nghỉ từ 30/08 đến hết 02/09/2025'),
('2025-09-02', 2025, 'PUBLIC_HOLIDAY', 'Quốc khánh (2/9)', true, 'Điều 112 Bộ luật Lao động 2019');

-- 2026 and 2027: the dates the Labour Code fixes (confirmed) and the choices the government makes each year
-- (the Tết days, the day next to 2/9, any swap), entered as unconfirmed until checked against the decision.
insert into calendar_day (day, year, kind, reason, confirmed, source) values
('2026-01-01', 2026, 'PUBLIC_HOLIDAY', 'Tết Dương lịch', true, 'Điều 112 Bộ luật Lao động 2019'),
('2026-02-16', 2026, 'PUBLIC_HOLIDAY', 'Tết Nguyên đán Bính Ngọ (29 tháng Chạp)', false, 'Phương án nghỉ 14/02 – 22/02/2026 đã thông báo; chưa đối chiếu văn bản'),
('2026-02-17', 2026, 'PUBLIC_HOLIDAY', 'Tết Nguyên đán Bính Ngọ (mùng 1 tháng Giêng)', false, 'Phương án nghỉ 14/02 – 22/02/2026 đã thông báo; chưa đối chiếu văn bản'),
('2026-02-18', 2026, 'PUBLIC_HOLIDAY', 'Tết Nguyên đán Bính Ngọ (mùng 2 tháng Giêng)', false, 'Phương án nghỉ 14/02 – 22/02/2026 đã thông báo; chưa đối chiếu văn bản'),
('2026-02-19', 2026, 'PUBLIC_HOLIDAY', 'Tết Nguyên đán Bính Ngọ (mùng 3 tháng Giêng)', false, 'Phương án nghỉ 14/02 – 22/02/2026 đã thông báo; chưa đối chiếu văn bản'),
('2026-02-20', 2026, 'PUBLIC_HOLIDAY', 'Tết Nguyên đán Bính Ngọ (mùng 4 tháng Giêng)', false, 'Phương án nghỉ 14/02 – 22/02/2026 đã thông báo; chưa đối chiếu văn bản'),
('2026-04-26', 2026, 'PUBLIC_HOLIDAY', 'Giỗ Tổ Hùng Vương (10/3 âm lịch)', true, 'Điều 112 Bộ luật Lao động 2019; ngày tính theo âm lịch'),
('2026-04-27', 2026, 'COMPENSATORY_DAY_OFF', 'Nghỉ bù Giỗ Tổ Hùng Vương (26/04/2026 là Chủ nhật)', true, 'Khoản 3 Điều 112 Bộ luật Lao động 2019'),
('2026-04-30', 2026, 'PUBLIC_HOLIDAY', 'Ngày Chiến thắng (30/4)', true, 'Điều 112 Bộ luật Lao động 2019'),
('2026-05-01', 2026, 'PUBLIC_HOLIDAY', 'Ngày Quốc tế Lao động (1/5)', true, 'Điều 112 Bộ luật Lao động 2019'),
('2026-09-01', 2026, 'PUBLIC_HOLIDAY', 'Quốc khánh (ngày liền kề trước 2/9)', false, 'Đề xuất theo Điều 112 Bộ luật Lao động 2019; chưa có văn bản'),
('2026-09-02', 2026, 'PUBLIC_HOLIDAY', 'Quốc khánh (2/9)', true, 'Điều 112 Bộ luật Lao động 2019'),

('2027-01-01', 2027, 'PUBLIC_HOLIDAY', 'Tết Dương lịch', true, 'Điều 112 Bộ luật Lao động 2019'),
('2027-02-05', 2027, 'PUBLIC_HOLIDAY', 'Tết Nguyên đán Đinh Mùi (ngày cuối năm âm lịch)', false, 'Đề xuất tính theo âm lịch; chưa có văn bản'),
('2027-02-06', 2027, 'PUBLIC_HOLIDAY', 'Tết Nguyên đán Đinh Mùi (mùng 1 tháng Giêng)', false, 'Đề xuất tính theo âm lịch; chưa có văn bản'),
('2027-02-07', 2027, 'PUBLIC_HOLIDAY', 'Tết Nguyên đán Đinh Mùi (mùng 2 tháng Giêng)', false, 'Đề xuất tính theo âm lịch; chưa có văn bản'),
('2027-02-08', 2027, 'PUBLIC_HOLIDAY', 'Tết Nguyên đán Đinh Mùi (mùng 3 tháng Giêng)', false, 'Đề xuất tính theo âm lịch; chưa có văn bản'),
('2027-02-09', 2027, 'PUBLIC_HOLIDAY', 'Tết Nguyên đán Đinh Mùi (mùng 4 tháng Giêng)', false, 'Đề xuất tính theo âm lịch; chưa có văn bản'),
('2027-02-10', 2027, 'COMPENSATORY_DAY_OFF', 'Nghỉ bù Tết (06/02/2027 là thứ Bảy)', false, 'Đề xuất tính theo âm lịch; chưa có văn bản'),
('2027-02-11', 2027, 'COMPENSATORY_DAY_OFF', 'Nghỉ bù Tết (07/02/2027 là Chủ nhật)', false, 'Đề xuất tính theo âm lịch; chưa có văn bản'),
('2027-04-16', 2027, 'PUBLIC_HOLIDAY', 'Giỗ Tổ Hùng Vương (10/3 âm lịch)', true, 'Điều 112 Bộ luật Lao động 2019; ngày tính theo âm lịch'),
('2027-04-30', 2027, 'PUBLIC_HOLIDAY', 'Ngày Chiến thắng (30/4)', true, 'Điều 112 Bộ luật Lao động 2019'),
('2027-05-01', 2027, 'PUBLIC_HOLIDAY', 'Ngày Quốc tế Lao động (1/5)', true, 'Điều 112 Bộ luật Lao động 2019'),
('2027-05-03', 2027, 'COMPENSATORY_DAY_OFF', 'Nghỉ bù Ngày Quốc tế Lao động (01/05/2027 là thứ Bảy)', true, 'Khoản 3 Điều 112 Bộ luật Lao động 2019'),
('2027-09-02', 2027, 'PUBLIC_HOLIDAY', 'Quốc khánh (2/9)', true, 'Điều 112 Bộ luật Lao động 2019'),
('2027-09-03', 2027, 'PUBLIC_HOLIDAY', 'Quốc khánh (ngày liền kề sau 2/9)', false, 'Đề xuất theo Điều 112 Bộ luật Lao động 2019; chưa có văn bản');
