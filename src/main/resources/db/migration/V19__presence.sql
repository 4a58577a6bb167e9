-- Who has an article or a claim open now (docs/ui.md, "Presence"): one row per open browser tab, kept
-- current by the page every 10 seconds and read as gone 30 seconds after its last sign of life. Presence
-- is not history: rows are written on every beat and deleted when stale. Portable SQL (H2 2.x,
-- PostgreSQL 13+); shared by every instance on the database.
create table presence (
    tab         varchar(64) primary key,
    user_id     bigint not null references app_user (id) on delete cascade,
    article_id  bigint not null references article (id) on delete cascade,
    claim_id    bigint references claim (id) on delete cascade,
    editing     boolean not null,
    seen_at     timestamp with time zone not null
);
create index presence_article_seen on presence (article_id, seen_at);
create index presence_seen on presence (seen_at);
