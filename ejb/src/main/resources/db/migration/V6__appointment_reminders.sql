-- Reminders the day before an appointment: reminded_at is set once the reminder has gone to the patient's
-- notifications (and, with an e-mail from ESIA, by mail), so that each appointment is reminded once even
-- when several cluster members run the reminder timer. The run finds tomorrow's slots by slot_starts_idx.
alter table appointment add column reminded_at timestamp with time zone;
