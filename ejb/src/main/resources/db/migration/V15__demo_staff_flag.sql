-- Demo staff accounts are marked (the demo region's own migration marks them): with the demo switched off they are
-- disabled at start, and they never count as "an admin exists" for the first admin (server-config/create-admin.sh).
alter table staff_user add column demo boolean not null default false;
