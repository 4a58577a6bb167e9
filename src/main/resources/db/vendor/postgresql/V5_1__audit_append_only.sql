-- The history is append-only in the database too: UPDATE, DELETE and TRUNCATE of audit_event are
-- refused, whoever connects (docs/history.md). audit_head stays updatable: every append moves it.
-- Version 5.1 so that it runs right after V5 without taking a whole-number version from db/migration.
create function audit_event_refuse_change() returns trigger language plpgsql as $$
begin
    raise exception 'audit_event is append-only: % refused', tg_op using errcode = '42501';
end
$$;

create trigger audit_event_append_only before update or delete on audit_event
    for each row execute function audit_event_refuse_change();

-- TRUNCATE fires no row trigger; it needs its own.
create trigger audit_event_no_truncate before truncate on audit_event
    for each statement execute function audit_event_refuse_change();
