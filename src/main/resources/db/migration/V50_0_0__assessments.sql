-- SPDX-License-Identifier: EUPL-1.2
create schema if not exists assessments;

-- One row per version of an assessment; all versions of one assessment share reeks_id. A signed-off version is
-- never changed again: editing it creates the next version beside it.
create table assessments.beoordeling (
    id                      uuid primary key,
    organisatie_code        varchar(20)  not null,
    toepassing_id           uuid         not null, -- register.toepassing, by id only (no cross-module foreign key)
    reeks_id                uuid         not null,
    versie                  integer      not null,
    vragenlijst_id          varchar(40)  not null,
    vragenlijst_versie      varchar(20)  not null,
    status                  varchar(20)  not null check (status in ('TE_DOEN', 'BEZIG', 'TER_ADVIES', 'GOEDGEKEURD')),
    antwoorden              jsonb        not null,
    aanleiding              jsonb,
    ingediend_op            timestamptz,
    ingediend_door_naam     varchar(200),
    advies_tekst            varchar(5000),
    advies_positief         boolean,
    adviseur_id             varchar(100),
    adviseur_naam           varchar(200),
    geadviseerd_op          timestamptz,
    goedkeurder_id          varchar(100),
    goedkeurder_naam        varchar(200),
    goedgekeurd_op          timestamptz,
    goedkeuring_toelichting varchar(5000),
    aangemaakt              timestamptz  not null,
    aangemaakt_door_naam    varchar(200) not null,
    gewijzigd               timestamptz  not null,
    gewijzigd_door_naam     varchar(200) not null,
    revisie                 bigint       not null default 0,
    unique (reeks_id, versie)
);
create index beoordeling_toepassing on assessments.beoordeling (organisatie_code, toepassing_id);

-- Answers that several instruments share (purpose, people affected), once per toepassing.
create table assessments.gedeeld_antwoord (
    id                  uuid primary key,
    organisatie_code    varchar(20)  not null,
    toepassing_id       uuid         not null,
    sleutel             varchar(60)  not null,
    waarde              jsonb        not null,
    bron_vragenlijst    varchar(40)  not null,
    gewijzigd           timestamptz  not null,
    gewijzigd_door_naam varchar(200) not null,
    revisie             bigint       not null default 0,
    unique (organisatie_code, toepassing_id, sleutel)
);
