-- The article version a claim was checked on (docs/text-and-anchors.md, "Which version a claim was checked on"):
-- the article's current version when the claim was last published, moved to the then current version when an
-- editor confirms that the verdict holds for a newer text (ANCHOR_CONFIRMED). Null for a claim never published.
-- Portable SQL (H2 2.x, PostgreSQL 13+).
alter table claim add column checked_version integer;

-- Existing claims: the latest version that existed at the later of the claim's last publication and its last
-- confirmation (versions are never changed and carry their creation time, so this is the version then current).
update claim set checked_version = coalesce((
    select max(v.number) from article_version v
     where v.article_id = claim.article_id
       and v.created_at <= coalesce((
           select max(e.occurred_at) from audit_event e
            where e.claim_id = claim.id and e.type = 'ANCHOR_CONFIRMED' and e.occurred_at > claim.published_at),
           claim.published_at)), 1)
 where published_at is not null;
