-- Dossiers partitioned by month of receipt (range on received_at), so that a year can be archived or dropped by
-- detaching its twelve partitions instead of deleting millions of rows, and the heap of one month stays small.
-- Rows of a month without a partition land in the default partition until the look-ahead job gives that month one.
alter table dossier rename to dossier_unpartitioned;
alter table dossier_unpartitioned rename constraint dossier_pkey to dossier_unpartitioned_pkey;
alter index dossier_late_idx rename to dossier_unpartitioned_late_idx;
alter index dossier_overdue_idx rename to dossier_unpartitioned_overdue_idx;

create table dossier (like dossier_unpartitioned including defaults) partition by range (received_at);
-- A unique constraint of a partitioned table must contain the partition key; that the code alone is unique is kept
-- by dossier_code below.
alter table dossier add constraint dossier_pkey primary key (code, received_at);
create index dossier_late_idx on dossier (unit_id, finished_month) where late;
create index dossier_overdue_idx on dossier (unit_id, overdue_month) where overdue_month is not null;
-- a unit's dossiers received in a window (DossierFigures, the reform report's appendix)
create index dossier_unit_received_idx on dossier (unit_id, received_at);
create table dossier_p_default partition of dossier default;

-- Every stored dossier code, once: PostgreSQL has no unique index across partitions, and a file must not store a code
-- twice under two receipt dates. The ingest adds the codes it stores; a code here always has its dossier, or had
-- one that was archived.
create table dossier_code (
    code varchar(64) primary key
);

-- Gives the month of p_month its partition, moving its rows out of the default partition if some landed there;
-- false when it had one. Security definer: the runtime role has no right to create tables, only to ask for this one.
create function dossier_partition_ensure(p_month date) returns boolean
    language plpgsql security definer set search_path from current as $$
declare
    m date := date_trunc('month', p_month)::date;
    n date := (date_trunc('month', p_month) + interval '1 month')::date;
    part text := 'dossier_p' || to_char(date_trunc('month', p_month), 'YYYY_MM');
begin
    if to_regclass(part) is not null then
        return false;
    end if;
    -- two nodes at once: one creates, the other waits here and then finds it made (taking a table lock also makes
    -- this transaction read the catalog afresh, which an advisory lock would not)
    lock table dossier_p_default in share row exclusive mode;
    if to_regclass(part) is not null then
        return false;
    end if;
    if exists (select 1 from dossier_p_default where received_at >= m and received_at < n) then
        execute format('create table %I (like dossier including defaults)', part);
        execute format('with moved as (delete from dossier_p_default where received_at >= %L and received_at < %L returning *)'
                       ' insert into %I select * from moved', m, n, part);
        execute format('alter table dossier attach partition %I for values from (%L) to (%L)', part, m, n);
    else
        execute format('create table %I partition of dossier for values from (%L) to (%L)', part, m, n);
    end if;
    return true;
end $$;

-- Detaches the partition of p_month (its codes leave dossier_code) and drops it or keeps it as the table
-- dossier_archive_YYYY_MM; answers its number of rows, or null when the month has no partition. Months of the
-- current year in the province are refused here as well as in the application.
create function dossier_partition_detach(p_month date, p_drop boolean) returns bigint
    language plpgsql security definer set search_path from current as $$
declare
    part text := 'dossier_p' || to_char(date_trunc('month', p_month), 'YYYY_MM');
    archive text := 'dossier_archive_' || to_char(date_trunc('month', p_month), 'YYYY_MM');
    counted bigint;
begin
    if date_trunc('month', p_month) >= date_trunc('year', now() at time zone 'Asia/Ho_Chi_Minh') then
        raise exception 'dossiers of the current year cannot be archived: %', p_month;
    end if;
    if to_regclass(part) is null then
        return null;
    end if;
    execute format('alter table dossier detach partition %I', part);
    execute format('select count(*) from %I', part) into counted;
    execute format('delete from dossier_code c using %I p where c.code = p.code', part);
    if p_drop then
        execute format('drop table %I', part);
    else
        execute format('alter table %I rename to %I', part, archive);
    end if;
    return counted;
end $$;

-- one partition per month present, then the rows
select dossier_partition_ensure(m) from (select distinct date_trunc('month', received_at)::date as m
                                         from dossier_unpartitioned) months;
insert into dossier select * from dossier_unpartitioned;
insert into dossier_code (code) select code from dossier_unpartitioned;
drop table dossier_unpartitioned;

-- the two years the dashboards show, this month and the next three (as the daily job keeps them), so that loading the
-- history of a new installation fills monthly partitions rather than the default one
select dossier_partition_ensure((date_trunc('month', now() at time zone 'Asia/Ho_Chi_Minh') + make_interval(months => i))::date)
from generate_series(-24, 3) i;
