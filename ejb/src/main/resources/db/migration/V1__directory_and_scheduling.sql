-- The region's directory (institutions, divisions, specialties, doctors, districts),
-- doctors' schedules (weekly templates, exceptions) and the slots generated from them,
-- and the information banners of the home page.
--
-- Portable between PostgreSQL 15 and H2 2.2 in PostgreSQL mode: only types and syntax both
-- understand. Ids come from sequences (JPA allocation size 50); demo data uses ids below 10000.

create sequence institution_seq start with 10000 increment by 50;
create sequence division_seq start with 10000 increment by 50;
create sequence specialty_seq start with 10000 increment by 50;
create sequence doctor_seq start with 10000 increment by 50;
create sequence district_seq start with 10000 increment by 50;
create sequence schedule_template_seq start with 10000 increment by 50;
create sequence schedule_exception_seq start with 10000 increment by 50;
create sequence slot_seq start with 10000 increment by 50;
create sequence banner_seq start with 10000 increment by 50;

create table institution (
    id          bigint       not null primary key,
    name        varchar(300) not null,
    short_name  varchar(120) not null,
    address     varchar(300) not null,
    phone       varchar(60)  not null,
    -- ADULT: adults only, CHILDREN: a children's polyclinic, MIXED: both
    patients    varchar(20)  not null,
    version     bigint       not null default 0,
    constraint institution_patients_chk check (patients in ('ADULT', 'CHILDREN', 'MIXED'))
);

create table division (
    id             bigint       not null primary key,
    institution_id bigint       not null references institution (id),
    name           varchar(300) not null,
    address        varchar(300),
    phone          varchar(60),
    version        bigint       not null default 0
);
create index division_institution_idx on division (institution_id);

create table specialty (
    id            bigint       not null primary key,
    -- code of the federal nomenclature of medical specialties (V021)
    federal_code  varchar(10)  not null,
    name          varchar(200) not null,
    -- ages in full years, both inclusive; null means no limit
    min_age       integer,
    max_age       integer,
    -- M or F when the specialty serves one sex only
    sex           varchar(1),
    -- set for district specialties: the patient's district doctor is chosen automatically
    district_kind varchar(20),
    version       bigint       not null default 0,
    constraint specialty_code_uq unique (federal_code),
    constraint specialty_sex_chk check (sex is null or sex in ('M', 'F')),
    constraint specialty_age_chk check (min_age is null or max_age is null or min_age <= max_age),
    constraint specialty_district_kind_chk
        check (district_kind is null or district_kind in ('THERAPEUTIC', 'PEDIATRIC', 'GENERAL_PRACTICE'))
);

create table doctor (
    id             bigint       not null primary key,
    institution_id bigint       not null references institution (id),
    division_id    bigint       references division (id),
    specialty_id   bigint       not null references specialty (id),
    last_name      varchar(100) not null,
    first_name     varchar(100) not null,
    middle_name    varchar(100),
    cabinet        varchar(20)  not null,
    active         boolean      not null default true,
    version        bigint       not null default 0
);
create index doctor_institution_idx on doctor (institution_id);
create index doctor_specialty_idx on doctor (specialty_id);

create table district (
    id             bigint      not null primary key,
    institution_id bigint      not null references institution (id),
    number         varchar(10) not null,
    kind           varchar(20) not null,
    doctor_id      bigint      references doctor (id),
    version        bigint      not null default 0,
    constraint district_number_uq unique (institution_id, number),
    constraint district_kind_chk check (kind in ('THERAPEUTIC', 'PEDIATRIC', 'GENERAL_PRACTICE'))
);

create table schedule_template (
    id           bigint      not null primary key,
    doctor_id    bigint      not null references doctor (id),
    -- ISO weekdays as a bit mask: bit 0 is Monday ... bit 6 is Sunday
    weekdays     integer     not null,
    starts       time        not null,
    ends         time        not null,
    slot_minutes integer     not null,
    cabinet      varchar(20),
    -- INTERNET: patients may book online (and the registry too); REGISTRY: registry only
    access       varchar(20) not null,
    valid_from   date        not null,
    valid_until  date,
    version      bigint      not null default 0,
    constraint schedule_template_weekdays_chk check (weekdays > 0 and weekdays < 128),
    constraint schedule_template_hours_chk check (starts < ends),
    constraint schedule_template_slot_chk check (slot_minutes between 5 and 240),
    constraint schedule_template_access_chk check (access in ('INTERNET', 'REGISTRY')),
    constraint schedule_template_period_chk check (valid_until is null or valid_from <= valid_until)
);
create index schedule_template_doctor_idx on schedule_template (doctor_id);

create table schedule_exception (
    id         bigint       not null primary key,
    doctor_id  bigint       not null references doctor (id),
    -- DAY_OFF and ABSENCE: no reception on these days; SHORTENED: reception only within starts..ends
    kind       varchar(20)  not null,
    first_day  date         not null,
    last_day   date         not null,
    starts     time,
    ends       time,
    reason     varchar(300),
    version    bigint       not null default 0,
    constraint schedule_exception_kind_chk check (kind in ('DAY_OFF', 'ABSENCE', 'SHORTENED')),
    constraint schedule_exception_period_chk check (first_day <= last_day),
    constraint schedule_exception_hours_chk
        check (kind <> 'SHORTENED' or (starts is not null and ends is not null and starts < ends))
);
create index schedule_exception_doctor_idx on schedule_exception (doctor_id, first_day);

create table slot (
    id          bigint                   not null primary key,
    doctor_id   bigint                   not null references doctor (id),
    starts_at   timestamp with time zone not null,
    ends_at     timestamp with time zone not null,
    cabinet     varchar(20)              not null,
    access      varchar(20)              not null,
    template_id bigint                   references schedule_template (id),
    version     bigint                   not null default 0,
    -- one slot per doctor and start time: a second generation run or a concurrent one adds nothing
    constraint slot_doctor_start_uq unique (doctor_id, starts_at),
    constraint slot_access_chk check (access in ('INTERNET', 'REGISTRY')),
    constraint slot_time_chk check (starts_at < ends_at)
);
create index slot_starts_idx on slot (starts_at);

create table banner (
    id          bigint        not null primary key,
    title       varchar(200),
    body        varchar(2000) not null,
    link_url    varchar(500),
    link_text   varchar(200),
    shown_from  date          not null,
    shown_until date,
    sort_order  integer       not null default 0,
    version     bigint        not null default 0,
    constraint banner_period_chk check (shown_until is null or shown_from <= shown_until)
);
