-- Staff of the region's institutions and its admins: a login of their own (not ESIA), a PBKDF2 hash of the
-- password (algorithm:iterations:salt:hash, never the password), lockout after failed attempts, roles and,
-- for registry operators, the institutions they work for. Portable between PostgreSQL and H2.

create sequence staff_user_seq start with 10000 increment by 50;

create table staff_user (
    id                  bigint       not null primary key,
    -- Lower case, as typed at login after trimming and lower-casing.
    username            varchar(64)  not null,
    full_name           varchar(200) not null,
    password_hash       varchar(300) not null,
    enabled             boolean      not null default true,
    -- Failed logins since the last success; at the limit the account is locked until locked_until.
    failed_attempts     integer      not null default 0,
    locked_until        timestamp with time zone,
    password_changed_at timestamp with time zone not null,
    created_at          timestamp with time zone not null,
    version             bigint       not null default 0,
    constraint staff_user_username_uk unique (username),
    constraint staff_user_username_chk check (username = lower(username))
);

create table staff_user_role (
    staff_user_id   bigint       not null references staff_user (id) on delete cascade,
    role            varchar(20)  not null,
    primary key (staff_user_id, role),
    constraint staff_user_role_chk check (role in ('REGISTRAR', 'ADMIN'))
);

create table staff_user_institution (
    staff_user_id   bigint       not null references staff_user (id) on delete cascade,
    institution_id  bigint       not null references institution (id),
    primary key (staff_user_id, institution_id)
);

-- The audit trail names staff users as well as patients' accounts.
alter table audit_event add column staff_user_id bigint;
create index audit_event_staff_idx on audit_event (staff_user_id, occurred_at);
