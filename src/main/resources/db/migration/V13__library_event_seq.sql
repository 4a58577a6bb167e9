-- The fact-check library in the claim index (docs/matching.md, "Index"): each entry names the history event
-- of the import that last added or changed it (LIBRARY_IMPORTED), so that every instance's index, catching up
-- from the history, re-indexes the entries of the imports it has not read. Null for entries imported before
-- this column existed (the index's rebuild at the new format reads them all). Portable SQL (H2 2.x, PostgreSQL 13+).
alter table library_entry add column event_seq bigint;

create index library_entry_event_seq_ix on library_entry (event_seq);
