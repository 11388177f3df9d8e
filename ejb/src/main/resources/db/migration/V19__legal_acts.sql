-- «Законодательство»: the legal acts that govern the portal, kept by admins as a list (federal first, then the
-- region's), each with its title, number and date where it has them, and a link to its text.

create sequence legal_act_seq start with 10000 increment by 50;

create table legal_act (
    id          bigint        not null primary key,
    -- FEDERAL or REGIONAL
    level       varchar(20)   not null,
    title       varchar(500)  not null,
    number      varchar(60),
    adopted_on  date,
    url         varchar(500),
    sort_order  integer       not null,
    version     bigint        not null default 0,
    constraint legal_act_level_chk check (level in ('FEDERAL', 'REGIONAL'))
);
