-- Booking. A slot holds the appointment booked on it (slot.appointment_id). Booking claims a free slot with
-- one conditional update,
--     update slot set appointment_id = ? where id = ? and appointment_id is null
-- which the database makes atomic (the row lock; PostgreSQL re-checks the condition after waiting), on
-- PostgreSQL and on H2; cancelling releases it the same way. A slot is never booked twice, whatever the
-- concurrency: there is one row to win, and the loser's transaction writes nothing.
alter table slot add column appointment_id bigint;
alter table slot add constraint slot_appointment_fk foreign key (appointment_id) references appointment (id);
-- Not unique: PostgreSQL treats a column of a unique index as a key, and a key update conflicts with the
-- key-share lock that every concurrent appointment insert takes on its slot (foreign key check), which
-- deadlocks two bookings of one slot. The index serves the foreign key's checks when an appointment row
-- is discarded.
create index slot_appointment_idx on slot (appointment_id);
create index appointment_account_idx on appointment (account_id, status);
