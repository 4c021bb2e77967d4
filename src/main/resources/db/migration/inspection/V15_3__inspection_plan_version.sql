-- An inspection plan is edited on its screen: each save names the version it was edited from, so a change made
-- meanwhile by someone else is refused instead of overwritten.
alter table inspection_plan add column version int not null default 1;
