-- Full-text indexes for the header's search (vn.cchc.search): plans by number, title and theme, tasks by number and
-- content, evidence files by name. Folded with cchc_fold (V1_4) and with / . _ - made spaces, so "02/KH-BCĐ" and
-- "bao-cao_quy-II.pdf" index as words; PlanSearch queries exactly these expressions.
create index plan_search_fts_idx on plan using gin (to_tsvector('simple',
    translate(cchc_fold(coalesce(doc_number, '') || ' ' || coalesce(title, '') || ' ' || coalesce(theme, '')), '/._-', '    ')));
create index plan_task_search_fts_idx on plan_task using gin (to_tsvector('simple',
    translate(cchc_fold(coalesce(number, '') || ' ' || content), '/._-', '    ')));
create index task_evidence_search_fts_idx on task_evidence using gin (to_tsvector('simple',
    translate(cchc_fold(filename), '/._-', '    ')));
