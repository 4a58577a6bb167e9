-- The history is append-only in the database too: UPDATE and DELETE of audit_event are refused,
-- whoever connects (docs/history.md). H2 runs a Java class as the trigger. H2 has no TRUNCATE
-- trigger; a truncated chain is still caught by verification, which compares it with audit_head.
-- Version 5.1 so that it runs right after V5 without taking a whole-number version from db/migration.
create trigger audit_event_append_only before update, delete on audit_event
    for each row call 'io.factdesk.history.AppendOnlyTrigger';
