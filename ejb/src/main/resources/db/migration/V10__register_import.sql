-- The attachment register import (a Jakarta Batch job): the file of the territorial OMS fund adds and updates
-- register entries by the person's policy, which becomes the entry's key: the ЕНП, or «series number» of an
-- old-style policy. Entries without a policy (none come from an import) keep a null key. Institutions are
-- named in the file by their code in the federal register of medical organisations (реестровый код МО).
alter table institution add column oms_code varchar(6);
alter table institution add constraint institution_oms_code_uq unique (oms_code);

alter table attachment_register add column register_key varchar(40);
update attachment_register
   set register_key = case when policy_series is null then policy_number else policy_series || ' ' || policy_number end
 where policy_number is not null;
alter table attachment_register add constraint attachment_register_key_uq unique (register_key);

create sequence register_import_seq start with 10000 increment by 50;

-- One import: who started it with which file, the job's progress (counters written with each chunk), and
-- the re-run of the pending and NOT_FOUND attachment searches that follows it.
create table register_import (
    id               bigint       not null primary key,
    file_name        varchar(255) not null,
    total_lines      integer      not null,
    staff_user_id    bigint       not null references staff_user (id),
    job_execution_id bigint,
    -- RUNNING, COMPLETED, FAILED
    status           varchar(10)  not null,
    started_at       timestamp with time zone not null,
    loaded_at        timestamp with time zone,
    finished_at      timestamp with time zone,
    rows_read        integer      not null default 0,
    rows_added       integer      not null default 0,
    rows_updated     integer      not null default 0,
    rows_unchanged   integer      not null default 0,
    rows_rejected    integer      not null default 0,
    searches_rerun   integer,
    searches_found   integer,
    version          bigint       not null default 0,
    constraint register_import_status_chk check (status in ('RUNNING', 'COMPLETED', 'FAILED'))
);
create index register_import_started_idx on register_import (started_at);

-- Each rejected line: its number in the file and why (a message key, and the line it repeats for a duplicate).
-- Never the line's content: it is personal data.
create table register_import_rejection (
    import_id   bigint      not null references register_import (id) on delete cascade,
    line_number integer     not null,
    reason      varchar(60) not null,
    argument    varchar(40),
    constraint register_import_rejection_pk primary key (import_id, line_number)
);
