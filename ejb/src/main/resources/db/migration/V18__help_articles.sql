-- The help centre («Помощь»): articles that admins write in Markdown (rendered and sanitised when shown), in
-- their order, published or not, each with the articles it names as related. Portable between PostgreSQL 15 and
-- H2 2.2 in PostgreSQL mode. The public pages search the published articles in memory (see HelpSearch).

create sequence help_article_seq start with 10000 increment by 50;

create table help_article (
    id          bigint                   not null primary key,
    -- the article's address: /help/article.xhtml?a=<slug>
    slug        varchar(80)              not null,
    title       varchar(200)             not null,
    body        varchar(20000)           not null,
    sort_order  integer                  not null,
    published   boolean                  not null,
    updated_at  timestamp with time zone not null,
    version     bigint                   not null default 0,
    constraint help_article_slug_uq unique (slug)
);

create table help_article_related (
    article_id  bigint not null references help_article (id) on delete cascade,
    related_id  bigint not null references help_article (id) on delete cascade,
    primary key (article_id, related_id)
);
