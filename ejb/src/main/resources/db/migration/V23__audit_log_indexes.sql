-- The audit log page over millions of events (issue 22): each filter and sort order of the page has an index, so
-- that a page of the trail reads about as many index entries as it shows, whatever the trail's size (bench/RESULTS.md:
-- ten million events). Expand-only. Built in the migration's transaction, which holds up the trail's writes while a
-- large table is indexed: on a region's trail of millions, create them beforehand with CREATE INDEX CONCURRENTLY
-- (README, "Upgrading one instance at a time"); "if not exists" then leaves them as they are.
create index if not exists audit_event_subject_idx on audit_event (subject, occurred_at desc, id desc);
create index if not exists audit_event_action_idx on audit_event (action, occurred_at desc, id desc);
create index if not exists audit_event_outcome_idx on audit_event (outcome, occurred_at desc, id desc);
-- A person's events: by the card acted for and by the object (card, appointment, register entry).
create index if not exists audit_event_acting_for_idx on audit_event (acting_for);
create index if not exists audit_event_object_idx on audit_event (object_id);
