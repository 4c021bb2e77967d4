-- Closing a plan ends its follow-up; the reason and who closed it stay with the plan (and in the audit log).
alter table plan add column closed_reason text;
alter table plan add column closed_by text;
alter table plan add column closed_at timestamptz;
