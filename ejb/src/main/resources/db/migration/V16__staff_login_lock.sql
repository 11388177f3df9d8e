-- Failed staff logins and their lockout per account and client address (issue 18): five failures from an
-- address lock the account for that address only, so that nobody can keep an admin out of the admin's own
-- network. staff_user.failed_attempts and locked_until are no longer used (the demo data's inserts still name them).
create table staff_login_lock (
    username        varchar(100) not null,
    remote_address  varchar(64)  not null,
    failed_attempts integer      not null default 0,
    locked_until    timestamp with time zone,
    constraint staff_login_lock_pk primary key (username, remote_address)
);
