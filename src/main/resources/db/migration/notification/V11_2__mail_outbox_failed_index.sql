-- The failed mails are counted for the metrics scrape and listed, newest first, on the administrator's mail page;
-- they are few, the sent ones many: a partial index keeps both from reading the whole outbox.
create index mail_outbox_failed_idx on mail_outbox (created_at desc, id desc) where status = 'FAILED';
