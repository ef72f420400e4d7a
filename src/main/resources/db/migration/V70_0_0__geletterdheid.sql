-- SPDX-License-Identifier: EUPL-1.2
-- AI literacy (ADR 0011): the municipality's employees, its training catalogue, requirement rules, completed
-- trainings and which toepassingen an employee uses or oversees. Teams and toepassingen are referred to by id only.
create schema if not exists geletterdheid;

create table geletterdheid.training (
    id               uuid primary key,
    organisatie_code varchar(20)   not null,
    code             varchar(40)   not null,
    titel            varchar(200)  not null,
    niveau           varchar(20)   not null check (niveau in ('BASIS', 'VERDIEPEND')),
    onderwerpen      varchar(1000) not null default '',
    aanbieder        varchar(200),
    duur_uren        numeric(6, 1),
    geldig_maanden   integer check (geldig_maanden between 1 and 240),
    vorm             varchar(20)   not null check (vorm in ('KLASSIKAAL', 'E_LEARNING', 'WORKSHOP', 'LEZING')),
    aangeboden_sinds date,
    revisie          bigint        not null default 0,
    unique (organisatie_code, code)
);

create table geletterdheid.medewerker (
    id               uuid primary key,
    organisatie_code varchar(20)  not null,
    personeelsnummer varchar(40)  not null,
    naam             varchar(200) not null,
    team_id          uuid, -- organisaties.team, by id only
    functiegroep     varchar(100),
    email            varchar(320),
    in_dienst        date,
    revisie          bigint       not null default 0,
    unique (organisatie_code, personeelsnummer)
);
create index medewerker_email on geletterdheid.medewerker (organisatie_code, lower(email));

-- Who uses, oversees (human oversight) or manages which toepassing.
create table geletterdheid.toepassingsrol (
    id               uuid primary key,
    organisatie_code varchar(20) not null,
    medewerker_id    uuid        not null references geletterdheid.medewerker (id) on delete cascade,
    toepassing_id    uuid        not null, -- register.toepassing, by id only
    rol              varchar(20) not null check (rol in ('GEBRUIKER', 'TOEZICHTHOUDER', 'BEHEERDER')),
    unique (medewerker_id, toepassing_id, rol)
);
create index toepassingsrol_org on geletterdheid.toepassingsrol (organisatie_code);

-- Facts about a toepassing that only this module needs, such as "this is generative AI".
create table geletterdheid.toepassingskenmerk (
    id               uuid primary key,
    organisatie_code varchar(20) not null,
    toepassing_id    uuid        not null,
    generatief       boolean     not null,
    revisie          bigint      not null default 0,
    unique (organisatie_code, toepassing_id)
);

-- A requirement rule: conditions as data (JSON list of {feit, waarde}), read by one generic evaluator.
create table geletterdheid.eis (
    id               uuid primary key,
    organisatie_code varchar(20)   not null,
    naam             varchar(200)  not null,
    niveau           varchar(20)   not null check (niveau in ('BASIS', 'VERDIEPEND')),
    voorwaarden      varchar(4000) not null,
    uiterlijk        date,
    binnen_dagen     integer check (binnen_dagen between 1 and 3650),
    revisie          bigint        not null default 0,
    check (uiterlijk is not null or binnen_dagen is not null)
);

create table geletterdheid.afronding (
    id                 uuid primary key,
    organisatie_code   varchar(20)  not null,
    medewerker_id      uuid         not null references geletterdheid.medewerker (id) on delete cascade,
    training_id        uuid         not null references geletterdheid.training (id),
    datum              date         not null,
    bron               varchar(20)  not null check (bron in ('IMPORT', 'HANDMATIG', 'ZELF_GEMELD')),
    bevestigd          boolean      not null,
    geregistreerd      timestamptz  not null,
    geregistreerd_door varchar(200) not null,
    revisie            bigint       not null default 0,
    unique (medewerker_id, training_id, datum)
);
create index afronding_org on geletterdheid.afronding (organisatie_code);
