-- A computed item may be fed by any module's item source (ScoreSource.itemValue), named in indicator_code.
alter table score_criterion drop constraint score_criterion_method_check;
alter table score_criterion add constraint score_criterion_method_check
    check (method in ('MANUAL', 'INDICATOR', 'TASK_COMPLETION', 'SURVEY', 'SOURCE'));
