-- Referrals (направления): a specialty, or one doctor, may be booked only with a referral (referral_required). A
-- registry operator issues one for a person (a portal card, or a person of the attachment register): a specialty,
-- an institution or any, valid until a date, a number the patient can quote (to the API too). A booking with it
-- consumes it (USED, appointment_id); the appointment's cancellation returns it (ISSUED again). A referral issued for a
-- card goes with the card when the patient deletes it (the register person's referrals stay). Expand-only: the new
-- columns have defaults an older version of the portal need not know.
alter table specialty add column referral_required boolean not null default false;
alter table doctor add column referral_required boolean not null default false;

create sequence referral_seq start with 10000 increment by 50;

create table referral (
    id                 bigint       primary key,
    number             varchar(40)  not null,
    card_id            bigint       references patient_card (id) on delete cascade,
    register_entry_id  bigint       references attachment_register (id),
    patient_name       varchar(400) not null,
    specialty_id       bigint       not null references specialty (id),
    institution_id     bigint       references institution (id),
    valid_until        date         not null,
    status             varchar(16)  not null,
    appointment_id     bigint       references appointment (id) on delete set null,
    issued_by          bigint       references staff_user (id),
    issued_at          timestamp with time zone not null,
    version            bigint       not null default 0,
    constraint referral_number_uk unique (number),
    constraint referral_person_chk check (card_id is not null or register_entry_id is not null)
);
create index referral_card_idx on referral (card_id);
create index referral_entry_idx on referral (register_entry_id);
create index referral_appointment_idx on referral (appointment_id);
