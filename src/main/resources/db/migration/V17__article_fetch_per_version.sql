-- Checking a fetched article for updates (docs/articles.md, "Check for updates"). Portable SQL (H2 2.x,
-- PostgreSQL 13+).
--
-- A page is kept for each version that came from a fetch: the import's (version 1) and every re-fetch that
-- found new text. Every page kept so far is an import's, so version 1. The unique constraint on article_id goes
-- with the column: H2 keeps a dropped constraint's unique index when the foreign key uses it, and the foreign
-- key's own name differs between the databases, so the column is copied, dropped (its constraints with it) and
-- put back under its name with named constraints.
alter table article_fetch add column version integer not null default 1;
alter table article_fetch add column article_ref bigint;
update article_fetch set article_ref = article_id;
alter table article_fetch drop column article_id;
alter table article_fetch rename column article_ref to article_id;
alter table article_fetch alter column article_id set not null;
alter table article_fetch add constraint article_fetch_article_fk foreign key (article_id) references article (id);
alter table article_fetch add constraint article_fetch_version_uq unique (article_id, version);

-- When each article imported by web address was last checked, and how it went: operational bookkeeping,
-- not history (a check that finds nothing new changes nothing of the desk; one that finds a new version
-- records it as history). claimed_until: an instance checking it now holds it until then, so that
-- instances sharing the database never check one article at the same time.
create table article_check (
    article_id    bigint primary key references article (id),
    checked_at    timestamp with time zone not null,
    outcome       varchar(12) not null,
    error         varchar(1000),
    claimed_until timestamp with time zone
);

insert into article_check (article_id, checked_at, outcome)
    select a.id, coalesce(max(f.fetched_at), a.created_at), 'IMPORTED'
    from article a left join article_fetch f on f.article_id = a.id
    where a.imported_as = 'URL'
    group by a.id, a.created_at;
