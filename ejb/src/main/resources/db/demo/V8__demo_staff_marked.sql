-- The demo staff, marked as such: disabled at the start of a server whose demo data is switched off, and not counted
-- when the first real admin is created.
update staff_user set demo = true where username in ('admin.demo', 'registrator.p4', 'registrator.dp3');
