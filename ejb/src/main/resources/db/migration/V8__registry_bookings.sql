-- Bookings by the registry (channel REGISTRY): for a portal card as before, or for a person of the
-- attachment register who has no card in the portal (register_entry_id, card_id and account_id null);
-- booked_by names the registry operator (staff_user) who booked.
alter table appointment add column register_entry_id bigint references attachment_register (id);
alter table appointment add column booked_by bigint references staff_user (id);
create index appointment_register_entry_idx on appointment (register_entry_id);
