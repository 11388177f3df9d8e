-- «Сообщить о более раннем времени»: a card's request for an earlier time with a doctor (doctor_id) or with any
-- doctor of a specialty at an institution (specialty_id, institution_id), starting before wanted_before; with
-- appointment_id the request is to move that appointment earlier. Requests are served in the order they were made
-- (created_at, id). A free slot found for one is held for it (slot.held_by, slot.held_until) and the request is
-- OFFERED until offer_until; the patient confirms (FULFILLED), declines, or lets the time pass (MISSED) and the slot
-- goes to the next. Expand-only: an older version of the portal ignores the new columns during a rolling upgrade.
create sequence wait_request_seq start with 10000 increment by 50;

create table wait_request (
    id              bigint       primary key,
    account_id      bigint       not null references patient_account (id),
    card_id         bigint       not null references patient_card (id) on delete cascade,
    patient_name    varchar(400) not null,
    doctor_id       bigint       references doctor (id),
    specialty_id    bigint       references specialty (id),
    institution_id  bigint       references institution (id),
    appointment_id  bigint       references appointment (id),
    wanted_before   timestamp with time zone not null,
    status          varchar(16)  not null,
    created_at      timestamp with time zone not null,
    slot_id         bigint       references slot (id),
    offer_until     timestamp with time zone,
    closed_at       timestamp with time zone,
    version         bigint       not null default 0,
    constraint wait_request_target_chk check (doctor_id is not null or (specialty_id is not null and institution_id is not null))
);
create index wait_request_status_idx on wait_request (status, created_at, id);
create index wait_request_card_idx on wait_request (card_id);
create index wait_request_doctor_idx on wait_request (doctor_id);

-- The wait_request a free slot is held for, and until when; a held slot is offered to nobody else and booked only
-- through its request. No foreign key: the hold is cleared by the conditional updates that claim or release it.
alter table slot add column held_by bigint;
alter table slot add column held_until timestamp with time zone;

insert into job_lease (job) values ('waitlist');
