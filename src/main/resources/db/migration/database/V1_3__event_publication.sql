-- Spring Modulith's event publication registry (JDBC, schema version 2 of Modulith 2.1, PostgreSQL flavour).
-- Created here rather than by Modulith's own initialiser, so that Flyway alone owns the schema. A row is written
-- for each listener of an event in the publisher's transaction and completed when that listener succeeds;
-- rows left incomplete are sent again on restart.
create table event_publication (
    id uuid not null primary key,
    listener_id text not null,
    event_type text not null,
    serialized_event text not null,
    publication_date timestamp with time zone not null,
    completion_date timestamp with time zone,
    status text,
    completion_attempts int,
    last_resubmission_date timestamp with time zone
);
create index event_publication_serialized_event_hash_idx on event_publication using hash (serialized_event);
create index event_publication_by_completion_date_idx on event_publication (completion_date);
