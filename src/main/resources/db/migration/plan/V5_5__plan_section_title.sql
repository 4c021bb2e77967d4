-- The printed title of a task's section ("CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO, ĐIỀU HÀNH" of section I), so screens and
-- exports show the heading as the document does rather than "Phần I".
alter table plan_task add column section_title text;
