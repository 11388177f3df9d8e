-- The booking API for external systems (issue 7). A caller (the JWT's subject) may book only for people it
-- has looked up: each lookup is remembered. A booking request with an idempotency key is remembered with its
-- outcome, so that the same key again returns the same answer and books nothing more. An appointment booked
-- through the API keeps which caller booked it.
create table api_patient_lookup (
    subject           varchar(64)              not null,
    register_entry_id bigint                   not null references attachment_register (id) on delete cascade,
    looked_up_at      timestamp with time zone not null,
    constraint api_patient_lookup_pk primary key (subject, register_entry_id)
);

create table api_idempotency (
    subject         varchar(64)              not null,
    idempotency_key varchar(100)             not null,
    -- SHA-256 of the request body: the same key with another request is refused
    request_hash    varchar(64)              not null,
    appointment_id  bigint                   references appointment (id),
    -- the rule that refused the booking (the same refusal is answered again)
    refusal         varchar(30),
    created_at      timestamp with time zone not null,
    constraint api_idempotency_pk primary key (subject, idempotency_key)
);

alter table appointment add column api_client varchar(64);
