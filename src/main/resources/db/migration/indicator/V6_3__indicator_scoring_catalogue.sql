-- Indicators the criteria sets of the provincial reform index (Chỉ số CCHC of departments) score from reported
-- yearly values and that the catalogue did not have: staff reduction against the assigned schedule, public
-- investment disbursed, and subordinate units inspected. Codes are those the criteria sets name.
insert into ind_indicator (code, name, definition, measure, direction, aggregation, period_type, source, unit_label,
                           group_766, score_max, score_threshold, sort_order) values
('TINH_GIAN_BIEN_CHE', 'Hoàn thành chỉ tiêu tinh giản biên chế được giao', 'Số biên chế đã tinh giản trong năm / số biên chế phải tinh giản theo lộ trình được giao cho năm', 'RATIO', 'HIGHER', 'SUM_RATIO', 'YEAR', 'REPORTED', 'người', null, null, null, 910),
('GIAI_NGAN_DTC', 'Giải ngân vốn đầu tư công được giao', 'Số vốn đầu tư công đã giải ngân đến hết năm / số vốn kế hoạch được giao trong năm (triệu đồng)', 'RATIO', 'HIGHER', 'SUM_RATIO', 'YEAR', 'REPORTED', 'triệu đồng', null, null, null, 920),
('KIEM_TRA_CCHC', 'Đơn vị trực thuộc được kiểm tra công tác CCHC', 'Số đơn vị trực thuộc được kiểm tra công tác cải cách hành chính trong năm / số đơn vị trực thuộc', 'RATIO', 'HIGHER', 'SUM_RATIO', 'YEAR', 'REPORTED', 'đơn vị', null, null, null, 930);
