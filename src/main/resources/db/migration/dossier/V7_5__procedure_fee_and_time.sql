-- The procedure catalogue as the province keeps it on its own screen and in Excel: the fee (in đồng, 0 when free or
-- not known) and the processing time in working days the procedure's decision sets (null when not written down).
-- version guards an edit against a concurrent one: an update names the version it read.
alter table dossier_procedure
    add column fee numeric(14, 0) not null default 0 check (fee >= 0),
    add column processing_days smallint check (processing_days > 0),
    add column version integer not null default 0;

-- The catalogue is searched by folded name, as the header search folds words.
create index dossier_procedure_field_idx on dossier_procedure (field_code);
