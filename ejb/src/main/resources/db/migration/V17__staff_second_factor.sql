-- The staff's second factor (issue 18): a TOTP secret (RFC 6238, Base32) once the user has confirmed it with a code
-- from the app, when, and the last 30-second step whose code was taken (no code is taken twice). Admins must have
-- one; operators may (or must, where the region's setting says so).
alter table staff_user add column totp_secret varchar(64);
alter table staff_user add column totp_enabled_at timestamp with time zone;
alter table staff_user add column totp_last_step bigint not null default 0;
