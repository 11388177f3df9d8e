-- A password an admin set (a new account, a reset) is known to the admin: the user must change it at the first
-- login before anything else of the workspace opens (issue 18).
alter table staff_user add column must_change_password boolean not null default false;
