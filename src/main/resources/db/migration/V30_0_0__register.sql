-- SPDX-License-Identifier: EUPL-1.2
create schema if not exists register;

create table register.toepassing (
    id                    uuid primary key,
    organisatie_code      varchar(20)  not null,
    naam                  varchar(200) not null,
    werkversie            integer      not null,
    werkstatus            varchar(20)  not null check (werkstatus in ('CONCEPT', 'TER_REVIEW', 'GEPUBLICEERD', 'INGETROKKEN')),
    gepubliceerde_versie  integer,
    gepubliceerd_op       timestamptz,
    aangemaakt            timestamptz  not null,
    gewijzigd             timestamptz  not null,
    versie                bigint       not null default 0
);
create index toepassing_organisatie on register.toepassing (organisatie_code, naam);

-- Every save is a new row here; rows never change (the application has no update path for them).
create table register.toepassing_versie (
    id            uuid primary key,
    toepassing_id uuid        not null references register.toepassing (id),
    organisatie_code varchar(20) not null,
    nummer        integer     not null,
    standaard     jsonb       not null,
    intern        jsonb       not null,
    auteur_id     varchar(100) not null,
    auteur_naam   varchar(200) not null,
    toelichting   varchar(500),
    aangemaakt    timestamptz not null,
    unique (toepassing_id, nummer)
);