-- The id of the request that caused the entry (the same id is in every log line of that request).
alter table audit_entry add column request_id varchar(64);
