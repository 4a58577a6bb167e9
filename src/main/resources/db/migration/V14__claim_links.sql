-- A claim linked to an earlier claim that says the same (docs/review.md, "Linking to an earlier claim").
-- Portable SQL (H2 2.x, PostgreSQL 13+). Null while the claim is linked to nothing; set and cleared
-- through the link service, each change recorded in the history (CLAIM_LINKED).
alter table claim add column linked_to bigint references claim (id);
create index claim_linked_to_ix on claim (linked_to);
