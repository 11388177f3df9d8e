-- Patients' accounts as imported from ESIA at each login, the children ESIA reports for them, and the
-- audit trail (logins first; bookings and staff actions join it later). Portable between PostgreSQL
-- and H2 in PostgreSQL mode.

create sequence patient_account_seq start with 10000 increment by 50;
create sequence audit_event_seq start with 10000 increment by 50;

create table patient_account (
    id              bigint       not null primary key,
    -- ESIA's object id of the person (urn:esia:sbj_id): the key an account is found by at login.
    esia_oid        varchar(32)  not null,
    last_name       varchar(100),
    first_name      varchar(100),
    middle_name     varchar(100),
    birth_date      date,
    sex             char(1),
    snils           varchar(14),
    account_level   varchar(16)  not null,
    policy_series   varchar(20),
    policy_number   varchar(20),
    mobile          varchar(32),
    email           varchar(200),
    created_at      timestamp with time zone not null,
    last_login_at   timestamp with time zone not null,
    version         bigint       not null default 0,
    constraint patient_account_oid_uk unique (esia_oid),
    constraint patient_account_level_chk check (account_level in ('SIMPLIFIED', 'STANDARD', 'CONFIRMED')),
    constraint patient_account_sex_chk check (sex is null or sex in ('M', 'F'))
);

-- The children as ESIA listed them at the last login (replaced at each login); the card file adds
-- them to the patient's cards on request.
create table patient_account_child (
    account_id      bigint       not null references patient_account (id) on delete cascade,
    position        integer      not null,
    esia_id         varchar(32),
    last_name       varchar(100),
    first_name      varchar(100),
    middle_name     varchar(100),
    birth_date      date,
    sex             char(1),
    snils           varchar(14),
    policy_series   varchar(20),
    policy_number   varchar(20),
    primary key (account_id, position)
);

-- Who did what, when, from where, with what result. No personal data in "detail": identifiers only.
create table audit_event (
    id              bigint       not null primary key,
    occurred_at     timestamp with time zone not null,
    action          varchar(40)  not null,
    outcome         varchar(40)  not null,
    account_id      bigint,
    -- The actor as the source system knows it: the ESIA oid for patients.
    subject         varchar(64),
    remote_address  varchar(64),
    detail          varchar(500)
);

create index audit_event_time_idx on audit_event (occurred_at);
create index audit_event_account_idx on audit_event (account_id, occurred_at);
