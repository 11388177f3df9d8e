-- Free slots by doctor and time: the wizard's calendar and times, the API's slots and the times offered when
-- one was taken all ask for "the doctor's slots with appointment_id is null from now on". A region's slot
-- table holds millions of rows, most of them free. With only the index of (appointment_id), which holds the
-- NULLs too, PostgreSQL's planner chose to read all its free entries and AND them with the doctor's range
-- (2 million entries, 80 ms a query in the booking rush, whenever the statistics lagged behind a large
-- insert). On PostgreSQL the free slots get a partial index of their own, and the index of the slots'
-- appointments keeps the booked ones only (the foreign key's checks look up a given id, never NULL).
-- H2 (the zero-setup run) has no partial indexes: there each statement is a no-op and the unique
-- (doctor_id, starts_at) index serves (the placeholders are DatabaseMigration's).
${free_slot_index};
${drop_slot_appointment_index};
${slot_appointment_index};
