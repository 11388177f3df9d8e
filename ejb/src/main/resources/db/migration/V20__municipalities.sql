-- Municipal districts («г. Иркутск», «Иркутский район», …): the public directory groups institutions by them, as
-- the region's portal does. Kept by admins; an institution names its district (none: listed under «Другие») and
-- says its working hours.

create sequence municipality_seq start with 10000 increment by 50;

create table municipality (
    id          bigint       not null primary key,
    name        varchar(120) not null,
    sort_order  integer      not null,
    version     bigint       not null default 0,
    constraint municipality_name_uq unique (name)
);

alter table institution add column municipality_id bigint references municipality (id);
alter table institution add column working_hours varchar(300);
create index institution_municipality_idx on institution (municipality_id);
