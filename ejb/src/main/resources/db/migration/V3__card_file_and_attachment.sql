-- The card file (the patient and the relatives an account acts for), the attachment register of the
-- territorial OMS fund with each card's attachment search, and appointments as far as the card file needs
-- them (the booking issue adds the rest). Portable between PostgreSQL 15 and H2 in PostgreSQL mode.

create sequence patient_card_seq start with 10000 increment by 50;
create sequence attachment_register_seq start with 10000 increment by 50;
create sequence appointment_seq start with 10000 increment by 50;

create table patient_card (
    id              bigint       not null primary key,
    account_id      bigint       not null references patient_account (id),
    -- SELF: the account holder; SON, DAUGHTER, WARD: a relative the holder acts for
    kinship         varchar(10)  not null,
    -- ESIA: prefilled from ESIA («О себе», «Данные детей»); MANUAL: typed by the patient
    source          varchar(10)  not null,
    esia_child_id   varchar(32),
    last_name       varchar(100) not null,
    first_name      varchar(100) not null,
    middle_name     varchar(100),
    sex             char(1)      not null,
    birth_date      date         not null,
    policy_series   varchar(12),
    policy_number   varchar(16),
    snils           varchar(14),
    phone           varchar(20),
    -- the consent to the processing of personal data: when, and which text was shown
    consent_at      timestamp with time zone not null,
    consent_version varchar(20)  not null,
    created_at      timestamp with time zone not null,
    updated_at      timestamp with time zone not null,
    version         bigint       not null default 0,
    constraint patient_card_kinship_chk check (kinship in ('SELF', 'SON', 'DAUGHTER', 'WARD')),
    constraint patient_card_source_chk check (source in ('ESIA', 'MANUAL')),
    constraint patient_card_sex_chk check (sex in ('M', 'F')),
    constraint patient_card_identifier_chk check (policy_number is not null or snils is not null),
    -- the same policy twice in one card file is refused (several nulls are allowed on both databases)
    constraint patient_card_policy_uq unique (account_id, policy_number)
);
create index patient_card_account_idx on patient_card (account_id);

-- Who is attached where, as the territorial OMS fund provides it: one row per insured person.
create table attachment_register (
    id              bigint       not null primary key,
    policy_series   varchar(12),
    policy_number   varchar(16),
    snils           varchar(14),
    last_name       varchar(100) not null,
    first_name      varchar(100) not null,
    middle_name     varchar(100),
    birth_date      date         not null,
    sex             char(1),
    -- the insurer (страховая медицинская организация) that issued the policy
    insurer         varchar(200),
    institution_id  bigint       not null references institution (id),
    district_id     bigint       references district (id),
    attached_since  date         not null,
    version         bigint       not null default 0,
    constraint attachment_register_sex_chk check (sex is null or sex in ('M', 'F'))
);
create index attachment_register_policy_idx on attachment_register (policy_number);
create index attachment_register_snils_idx on attachment_register (snils);
create index attachment_register_birth_idx on attachment_register (birth_date, last_name);

-- The attachment search of each card: PENDING after the card is added or changed, then FOUND (with the
-- register entry and how it was matched), NOT_FOUND, or FAILED (the patient may retry).
create table attachment_search (
    card_id         bigint       not null primary key references patient_card (id) on delete cascade,
    status          varchar(10)  not null,
    entry_id        bigint       references attachment_register (id) on delete set null,
    matched_by      varchar(10),
    requested_at    timestamp with time zone not null,
    finished_at     timestamp with time zone,
    version         bigint       not null default 0,
    constraint attachment_search_status_chk check (status in ('PENDING', 'FOUND', 'NOT_FOUND', 'FAILED')),
    constraint attachment_search_matched_chk check (matched_by is null or matched_by in ('POLICY', 'SNILS', 'NAME'))
);

-- Appointments, as the card file needs them: a card with future booked appointments cannot be deleted, and
-- the card's tab «Записи на приём» lists them. An appointment keeps who it was for when its card is deleted.
create table appointment (
    id              bigint       not null primary key,
    slot_id         bigint       not null references slot (id),
    card_id         bigint       references patient_card (id) on delete set null,
    account_id      bigint       references patient_account (id),
    patient_name    varchar(310) not null,
    -- PORTAL, REGISTRY or API
    channel         varchar(10)  not null,
    -- BOOKED, CANCELLED, ATTENDED or NO_SHOW
    status          varchar(10)  not null,
    booked_at       timestamp with time zone not null,
    cancelled_at    timestamp with time zone,
    version         bigint       not null default 0,
    constraint appointment_channel_chk check (channel in ('PORTAL', 'REGISTRY', 'API')),
    constraint appointment_status_chk check (status in ('BOOKED', 'CANCELLED', 'ATTENDED', 'NO_SHOW'))
);
create index appointment_card_idx on appointment (card_id);
create index appointment_slot_idx on appointment (slot_id);

-- The audit trail learns whom the actor acted for and which object the action touched.
alter table audit_event add column acting_for bigint;
alter table audit_event add column object_id bigint;
