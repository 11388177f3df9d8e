-- The cabinet's «Сообщения» and «Уведомления». A message keeps its topic and arguments, not a text: the
-- page words it in the reader's language. The card may be deleted later; the message stays.

create sequence patient_message_seq start with 10000 increment by 50;

create table patient_message (
    id          bigint       not null primary key,
    account_id  bigint       not null references patient_account (id),
    card_id     bigint       references patient_card (id) on delete set null,
    -- MESSAGE («Сообщения») or NOTIFICATION («Уведомления»)
    kind        varchar(12)  not null,
    topic       varchar(30)  not null,
    -- the person the message is about, as named then
    person      varchar(310) not null,
    -- the topic's further arguments, separated by U+001F
    arguments   varchar(1000),
    created_at  timestamp with time zone not null,
    read_at     timestamp with time zone,
    version     bigint       not null default 0,
    constraint patient_message_kind_chk check (kind in ('MESSAGE', 'NOTIFICATION'))
);
create index patient_message_account_idx on patient_message (account_id, kind, created_at);
