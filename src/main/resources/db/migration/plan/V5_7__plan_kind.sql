-- What a plan comes from: a document (imported or typed), or the conclusion notice of an inspection or of a
-- steering-committee meeting whose recommendations and conclusions are followed up as the plan's tasks.
alter table plan add column kind varchar(32) not null default 'DOCUMENT'
    check (kind in ('DOCUMENT', 'INSPECTION_CONCLUSION', 'MEETING_CONCLUSION'));
