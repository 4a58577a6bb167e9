-- The history: one row per change, hash-chained (docs/history.md). Portable SQL (H2 2.x, PostgreSQL).
-- Rows are only ever inserted; the triggers of V5_1 (db/vendor/<database>/) refuse UPDATE and DELETE.
-- seq is the position in the chain, assigned by the application under the lock of audit_head.
-- actor_name and the JSON columns are copies, not references, so that the history reads the same
-- after users, claims or sources change; claim_id and article_id carry no foreign key for that reason.
create table audit_event (
    seq         bigint not null primary key,
    occurred_at timestamp with time zone not null,
    actor_id    bigint,
    actor_name  varchar(128),
    type        varchar(40) not null,
    article_id  bigint,
    claim_id    bigint,
    before_json varchar not null,
    after_json  varchar not null,
    comment     varchar,
    prev_hash   varchar(64) not null,
    hash        varchar(64) not null
);
create index audit_event_claim_idx on audit_event (claim_id, seq);
create index audit_event_article_idx on audit_event (article_id, seq);
create index audit_event_actor_idx on audit_event (actor_name, seq);
create index audit_event_type_idx on audit_event (type, seq);
create index audit_event_time_idx on audit_event (occurred_at);

-- The head of the chain: one row, locked (SELECT ... FOR UPDATE) by every append and moved
-- forward in the same transaction, so that appends from any number of threads and application
-- instances form one line. It is also what verification compares the last event with.
create table audit_head (
    id   integer not null primary key,
    seq  bigint not null,
    hash varchar(64) not null,
    constraint audit_head_single_ck check (id = 1)
);
insert into audit_head (id, seq, hash)
    values (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');
