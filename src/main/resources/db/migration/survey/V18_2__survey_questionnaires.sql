-- Version 1 of the two questionnaires. SIPAS follows the method of Decision 1001/QĐ-BNV (respondent profile,
-- the five service elements and their 16 items on a 5-point scale, 23 policy items, 10 needs, a free comment;
-- ../shared/domain/sipas.md, to be checked against the decision's form). The province's survey for the reform
-- index asks People's Council delegates, commune and department leaders to rate a unit area by area.
insert into survey_questionnaire (code, name, kind) values
    ('SIPAS', 'Khảo sát sự hài lòng của người dân, tổ chức đối với sự phục vụ của cơ quan hành chính nhà nước', 'SIPAS'),
    ('KS_CCHC', 'Điều tra xã hội học xác định Chỉ số cải cách hành chính của các sở, ngành, UBND cấp xã', 'REFORM_INDEX');
insert into survey_version (questionnaire_id, number, created_by, created_on)
select id, 1, 'system', date '2026-01-01' from survey_questionnaire;

insert into survey_section (version_id, code, title, kind, position)
select v.id, s.code, s.title, s.kind, s.position
from survey_version v join survey_questionnaire q on q.id = v.questionnaire_id and q.code = 'SIPAS'
cross join (values
    ('A', 'Thông tin người trả lời', 'PROFILE', 1),
    ('B', 'Trải nghiệm khi giải quyết thủ tục', 'EXPERIENCE', 2),
    ('E1', 'Tiếp cận dịch vụ', 'ELEMENT', 3),
    ('E2', 'Thủ tục hành chính', 'ELEMENT', 4),
    ('E3', 'Công chức trực tiếp giải quyết công việc', 'ELEMENT', 5),
    ('E4', 'Kết quả giải quyết công việc', 'ELEMENT', 6),
    ('E5', 'Tiếp nhận, xử lý góp ý, phản ánh, kiến nghị', 'ELEMENT', 7),
    ('C', 'Đánh giá về chính sách', 'POLICY', 8),
    ('D', 'Nhu cầu cải thiện', 'NEEDS', 9),
    ('Y', 'Ý kiến khác', 'COMMENT', 10)) as s (code, title, kind, position);

insert into survey_item (version_id, section_id, code, text, scale, choices, position, show_if_item, show_if_values, breakdown)
select v.id, s.id, i.code, i.text, i.scale, i.choices::text[], i.position, i.show_if_item, coalesce(i.show_if_values, '{}')::text[], i.breakdown
from survey_version v join survey_questionnaire q on q.id = v.questionnaire_id and q.code = 'SIPAS'
join (values
    ('A', 'A1', 'Giới tính', 'CHOICE', '{"Nam","Nữ"}', 1, null, null, false),
    ('A', 'A2', 'Độ tuổi', 'CHOICE', '{"Dưới 25 tuổi","Từ 25 đến 34 tuổi","Từ 35 đến 44 tuổi","Từ 45 đến 54 tuổi","Từ 55 đến 64 tuổi","Từ 65 tuổi trở lên"}', 2, null, null, false),
    ('A', 'A3', 'Dân tộc', 'CHOICE', '{"Kinh","Thái","Khơ Mú","Mông","Thổ","Ơ Đu","Dân tộc khác"}', 3, null, null, false),
    ('A', 'A4', 'Trình độ học vấn', 'CHOICE', '{"Chưa đi học","Tiểu học","Trung học cơ sở","Trung học phổ thông","Cao đẳng, đại học","Trên đại học"}', 4, null, null, false),
    ('A', 'A5', 'Nghề nghiệp', 'CHOICE', '{"Nông, lâm, ngư nghiệp","Công nhân","Kinh doanh, buôn bán, dịch vụ","Cán bộ, công chức, viên chức","Học sinh, sinh viên","Nghỉ hưu, nội trợ","Nghề khác"}', 5, null, null, false),
    ('A', 'A6', 'Lĩnh vực thủ tục hành chính Ông/Bà vừa giải quyết', 'CHOICE', '{"Đất đai","Xây dựng","Đầu tư","Tư pháp, hộ tịch","Lao động, thương binh và xã hội","Lĩnh vực khác"}', 6, null, null, true),
    ('B', 'B1', 'Ông/Bà nộp hồ sơ theo cách nào?', 'CHOICE', '{"Trực tiếp tại Bộ phận Một cửa","Trực tuyến toàn trình","Trực tuyến một phần","Qua dịch vụ bưu chính"}', 1, null, null, false),
    ('B', 'B2', 'Công chức có gây phiền hà, sách nhiễu hoặc gợi ý chi trả ngoài quy định không?', 'CHOICE', '{"Có","Không"}', 2, null, null, false),
    ('B', 'B3', 'Ông/Bà có gửi góp ý, phản ánh, kiến nghị về việc giải quyết thủ tục không?', 'CHOICE', '{"Có","Không"}', 3, null, null, false),
    ('E1', 'E1.1', 'Biển hiệu, chỉ dẫn tại nơi tiếp nhận, trả kết quả rõ ràng, dễ tìm', 'SATISFACTION5', '{}', 1, null, null, false),
    ('E1', 'E1.2', 'Nơi ngồi chờ có đủ chỗ ngồi', 'SATISFACTION5', '{}', 2, null, null, false),
    ('E1', 'E1.3', 'Trang thiết bị phục vụ người dân, tổ chức đầy đủ, dễ sử dụng', 'SATISFACTION5', '{}', 3, null, null, false),
    ('E2', 'E2.1', 'Thủ tục hành chính được niêm yết công khai đầy đủ, chính xác', 'SATISFACTION5', '{}', 1, null, null, false),
    ('E2', 'E2.2', 'Thành phần hồ sơ phải nộp đúng như niêm yết', 'SATISFACTION5', '{}', 2, null, null, false),
    ('E2', 'E2.3', 'Phí, lệ phí phải nộp đúng như niêm yết', 'SATISFACTION5', '{}', 3, null, null, false),
    ('E2', 'E2.4', 'Thời hạn giải quyết đúng như niêm yết', 'SATISFACTION5', '{}', 4, null, null, false),
    ('E3', 'E3.1', 'Công chức có thái độ giao tiếp lịch sự', 'SATISFACTION5', '{}', 1, null, null, false),
    ('E3', 'E3.2', 'Công chức hướng dẫn kê khai hồ sơ đầy đủ, dễ hiểu, một lần', 'SATISFACTION5', '{}', 2, null, null, false),
    ('E3', 'E3.3', 'Công chức tuân thủ đúng quy định khi giải quyết công việc', 'SATISFACTION5', '{}', 3, null, null, false),
    ('E4', 'E4.1', 'Kết quả được trả đúng hạn', 'SATISFACTION5', '{}', 1, null, null, false),
    ('E4', 'E4.2', 'Kết quả có thông tin đầy đủ, chính xác', 'SATISFACTION5', '{}', 2, null, null, false),
    ('E4', 'E4.3', 'Kết quả giải quyết đúng quy định, công bằng', 'SATISFACTION5', '{}', 3, null, null, false),
    ('E5', 'E5.1', 'Có bố trí hình thức tiếp nhận góp ý, phản ánh, kiến nghị dễ sử dụng', 'SATISFACTION5', '{}', 1, 'B3', '{"Có"}', false),
    ('E5', 'E5.2', 'Góp ý, phản ánh, kiến nghị được tiếp nhận, xử lý tích cực, đúng quy định', 'SATISFACTION5', '{}', 2, 'B3', '{"Có"}', false),
    ('E5', 'E5.3', 'Góp ý, phản ánh, kiến nghị được trả lời kịp thời', 'SATISFACTION5', '{}', 3, 'B3', '{"Có"}', false),
    ('C', 'C1', 'Thông tin về chính sách được cung cấp đầy đủ', 'SATISFACTION5', '{}', 1, null, null, false),
    ('C', 'C2', 'Thông tin về chính sách dễ tiếp cận, dễ hiểu', 'SATISFACTION5', '{}', 2, null, null, false),
    ('C', 'C3', 'Người dân được tham gia góp ý xây dựng chính sách', 'SATISFACTION5', '{}', 3, null, null, false),
    ('C', 'C4', 'Góp ý của người dân được tiếp thu, phản hồi', 'SATISFACTION5', '{}', 4, null, null, false),
    ('C', 'C5', 'Thực hiện chính sách giáo dục', 'SATISFACTION5', '{}', 5, null, null, false),
    ('C', 'C6', 'Thực hiện chính sách y tế', 'SATISFACTION5', '{}', 6, null, null, false),
    ('C', 'C7', 'Thực hiện chính sách an sinh xã hội', 'SATISFACTION5', '{}', 7, null, null, false),
    ('C', 'C8', 'Thực hiện chính sách đất đai', 'SATISFACTION5', '{}', 8, null, null, false),
    ('C', 'C9', 'Thực hiện chính sách giao thông, xây dựng', 'SATISFACTION5', '{}', 9, null, null, false),
    ('C', 'C10', 'Thực hiện chính sách môi trường', 'SATISFACTION5', '{}', 10, null, null, false),
    ('C', 'C11', 'Thực hiện chính sách an ninh, trật tự', 'SATISFACTION5', '{}', 11, null, null, false),
    ('C', 'C12', 'Thực hiện chính sách văn hóa, thể thao', 'SATISFACTION5', '{}', 12, null, null, false),
    ('C', 'C13', 'Thực hiện chính sách phát triển kinh tế', 'SATISFACTION5', '{}', 13, null, null, false),
    ('C', 'C14', 'Chính sách góp phần nâng cao thu nhập', 'SATISFACTION5', '{}', 14, null, null, false),
    ('C', 'C15', 'Chính sách góp phần tạo việc làm', 'SATISFACTION5', '{}', 15, null, null, false),
    ('C', 'C16', 'Chính sách góp phần giảm nghèo bền vững', 'SATISFACTION5', '{}', 16, null, null, false),
    ('C', 'C17', 'Chính sách góp phần nâng cao chất lượng giáo dục', 'SATISFACTION5', '{}', 17, null, null, false),
    ('C', 'C18', 'Chính sách góp phần nâng cao chất lượng khám, chữa bệnh', 'SATISFACTION5', '{}', 18, null, null, false),
    ('C', 'C19', 'Chính sách góp phần bảo vệ môi trường', 'SATISFACTION5', '{}', 19, null, null, false),
    ('C', 'C20', 'Chính sách góp phần bảo đảm an ninh, trật tự', 'SATISFACTION5', '{}', 20, null, null, false),
    ('C', 'C21', 'Chính sách góp phần phát triển văn hóa, tinh thần', 'SATISFACTION5', '{}', 21, null, null, false),
    ('C', 'C22', 'Chính sách góp phần cải thiện cơ sở hạ tầng', 'SATISFACTION5', '{}', 22, null, null, false),
    ('C', 'C23', 'Chính sách góp phần bảo đảm công bằng xã hội', 'SATISFACTION5', '{}', 23, null, null, false),
    ('D', 'D1', 'Mở rộng các hình thức thông tin về thủ tục hành chính', 'NEED4', '{}', 1, null, null, false),
    ('D', 'D2', 'Đơn giản hóa thủ tục hành chính', 'NEED4', '{}', 2, null, null, false),
    ('D', 'D3', 'Giảm phí, lệ phí', 'NEED4', '{}', 3, null, null, false),
    ('D', 'D4', 'Rút ngắn thời hạn giải quyết', 'NEED4', '{}', 4, null, null, false),
    ('D', 'D5', 'Cải thiện nơi tiếp nhận, trả kết quả', 'NEED4', '{}', 5, null, null, false),
    ('D', 'D6', 'Nâng cao thái độ phục vụ của công chức', 'NEED4', '{}', 6, null, null, false),
    ('D', 'D7', 'Nâng cao năng lực của công chức', 'NEED4', '{}', 7, null, null, false),
    ('D', 'D8', 'Mở rộng dịch vụ công trực tuyến', 'NEED4', '{}', 8, null, null, false),
    ('D', 'D9', 'Tăng cường tiếp nhận, xử lý góp ý, phản ánh', 'NEED4', '{}', 9, null, null, false),
    ('D', 'D10', 'Công khai kết quả giải quyết hồ sơ', 'NEED4', '{}', 10, null, null, false),
    ('Y', 'Y1', 'Ý kiến khác của Ông/Bà để cơ quan phục vụ tốt hơn', 'TEXT', '{}', 1, null, null, false)
) as i (section, code, text, scale, choices, position, show_if_item, show_if_values, breakdown) on true
join survey_section s on s.version_id = v.id and s.code = i.section;

insert into survey_section (version_id, code, title, kind, position)
select v.id, s.code, s.title, s.kind, s.position
from survey_version v join survey_questionnaire q on q.id = v.questionnaire_id and q.code = 'KS_CCHC'
cross join (values
    ('L1', 'Công tác chỉ đạo, điều hành cải cách hành chính', 'ELEMENT', 1),
    ('L2', 'Cải cách thể chế', 'ELEMENT', 2),
    ('L3', 'Cải cách thủ tục hành chính', 'ELEMENT', 3),
    ('L4', 'Cải cách tổ chức bộ máy', 'ELEMENT', 4),
    ('L5', 'Cải cách chế độ công vụ', 'ELEMENT', 5),
    ('L6', 'Cải cách tài chính công', 'ELEMENT', 6),
    ('L7', 'Xây dựng chính quyền điện tử, chính quyền số', 'ELEMENT', 7),
    ('Y', 'Ý kiến khác', 'COMMENT', 8)) as s (code, title, kind, position);

insert into survey_item (version_id, section_id, code, text, scale, position)
select v.id, s.id, i.code, i.text, 'SATISFACTION5', i.position
from survey_version v join survey_questionnaire q on q.id = v.questionnaire_id and q.code = 'KS_CCHC'
join (values
    ('L1', 'L1.1', 'Người đứng đầu quan tâm chỉ đạo công tác cải cách hành chính', 1),
    ('L1', 'L1.2', 'Kế hoạch cải cách hành chính được thực hiện đầy đủ, đúng tiến độ', 2),
    ('L2', 'L2.1', 'Văn bản quy phạm pháp luật do đơn vị tham mưu kịp thời, phù hợp thực tiễn', 1),
    ('L2', 'L2.2', 'Văn bản được tổ chức thực hiện nghiêm túc', 2),
    ('L3', 'L3.1', 'Thủ tục hành chính được công khai, minh bạch', 1),
    ('L3', 'L3.2', 'Thủ tục hành chính được rà soát, đơn giản hóa', 2),
    ('L4', 'L4.1', 'Tổ chức bộ máy tinh gọn, hoạt động hiệu quả', 1),
    ('L4', 'L4.2', 'Chức năng, nhiệm vụ rõ ràng, không chồng chéo', 2),
    ('L5', 'L5.1', 'Cán bộ, công chức có năng lực, trách nhiệm', 1),
    ('L5', 'L5.2', 'Kỷ luật, kỷ cương hành chính được chấp hành nghiêm', 2),
    ('L6', 'L6.1', 'Tài chính, tài sản công được quản lý công khai, đúng quy định', 1),
    ('L6', 'L6.2', 'Cơ chế tự chủ được thực hiện hiệu quả', 2),
    ('L7', 'L7.1', 'Dịch vụ công trực tuyến dễ sử dụng, hiệu quả', 1),
    ('L7', 'L7.2', 'Văn bản điện tử, chữ ký số được sử dụng rộng rãi', 2)
) as i (section, code, text, position) on true
join survey_section s on s.version_id = v.id and s.code = i.section;
insert into survey_item (version_id, section_id, code, text, scale, position)
select v.id, s.id, 'Y1', 'Ý kiến khác để đơn vị cải cách hành chính tốt hơn', 'TEXT', 1
from survey_version v join survey_questionnaire q on q.id = v.questionnaire_id and q.code = 'KS_CCHC'
join survey_section s on s.version_id = v.id and s.code = 'Y';
