-- Schedule changes by the registry. A change of a doctor's templates or exceptions regenerates the slots of
-- the booking horizon at once: new slots are added, slots no longer in the schedule are withdrawn. A
-- withdrawn slot is kept (cancelled appointments refer to it) but never offered or claimed again; a later
-- change that brings its time back revives it. An appointment cancelled by the institution keeps the
-- reason the patient was told.
alter table slot add column withdrawn boolean not null default false;
alter table appointment add column cancel_reason varchar(300);
