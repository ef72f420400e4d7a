-- SPDX-License-Identifier: EUPL-1.2
-- Classifications of toepassingen with a decision tree. A classification keeps the tree's id and version and every
-- answer with its remark, so it can be read back and re-run on a newer tree. The newest one per toepassing counts;
-- older ones stay as history.
create table aiact.classificatie (
    id               uuid primary key,
    organisatie_code varchar(20)  not null,
    toepassing_id    uuid         not null,
    boom_id          varchar(100) not null,
    boom_versie      varchar(50)  not null,
    antwoorden       jsonb        not null,
    open_vraag       varchar(50),
    weet_niet        text,
    conclusie_id     varchar(50),
    labels           jsonb        not null,
    gestart_door     varchar(200) not null,
    gestart_op       timestamptz  not null,
    gewijzigd_op     timestamptz  not null,
    afgerond_op      timestamptz,
    versie           bigint       not null
);
create index classificatie_toepassing on aiact.classificatie (organisatie_code, toepassing_id, gestart_op desc);
