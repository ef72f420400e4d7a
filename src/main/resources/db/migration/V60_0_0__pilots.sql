-- SPDX-License-Identifier: EUPL-1.2
-- Pilots (ADR 0010): per toepassing of the register (by id only) an intake, a plan, KPI observations and a decision.
create schema if not exists pilots;

create table pilots.pilot (
    id                          uuid primary key,
    organisatie_code            varchar(20)   not null,
    toepassing_id               uuid          not null, -- register.toepassing, by id only
    titel                       varchar(200)  not null,
    fase                        varchar(20)   not null check (fase in ('INTAKE', 'PLAN', 'LOPEND', 'BESLUIT')),
    -- intake: the problem first
    probleem                    text,
    probleemhouder              text,
    huidig_proces               text,
    waarom_ai                   text,
    alternatieven               text,
    criteria_versie             varchar(40),
    scores                      jsonb,
    intake_uitkomst             varchar(20) check (intake_uitkomst in ('PILOTEN', 'NIET_NU', 'NEE')),
    intake_redenen              text,
    -- plan
    leerdoelen                  text,
    team_ids                    text,
    aantal_deelnemers           integer check (aantal_deelnemers between 1 and 100000),
    startdatum                  date,
    einddatum                   date,
    kpis                        text,
    vervolgmeting_op            date,
    or_soort                    varchar(20) check (or_soort in ('ADVIES', 'INSTEMMING', 'INFORMEREN')),
    or_datum                    date,
    or_uitkomst                 text,
    medewerkers_geinformeerd_op date,
    gestart_op                  timestamptz,
    -- decision, with the KPI summary frozen at that moment
    besluit                     varchar(20) check (besluit in ('OPSCHALEN', 'BIJSTELLEN', 'STOPPEN')),
    besluit_redenen             text,
    bewijs                      jsonb,
    besloten_op                 timestamptz,
    besloten_door_naam          varchar(200),
    lessen                      text,
    lessen_deelbaar             boolean       not null default false,
    aangemaakt                  timestamptz   not null,
    gewijzigd                   timestamptz   not null,
    gewijzigd_door_naam         varchar(200)  not null,
    revisie                     bigint        not null default 0,
    check (einddatum is null or startdatum is null or einddatum > startdatum)
);
create index pilot_toepassing on pilots.pilot (organisatie_code, toepassing_id);

-- One measurement of one KPI; moment 0 is the baseline (nulmeting), 1, 2 ... the follow-ups.
create table pilots.waarneming (
    id                 uuid primary key,
    organisatie_code   varchar(20)    not null,
    pilot_id           uuid           not null references pilots.pilot (id),
    kpi                varchar(60)    not null,
    moment             integer        not null check (moment between 0 and 99),
    datum              date           not null,
    waarde             numeric(18, 4) not null,
    bron               varchar(10)    not null check (bron in ('HAND', 'CSV')),
    ingevoerd          timestamptz    not null,
    ingevoerd_door_naam varchar(200)  not null
);
create index waarneming_pilot on pilots.waarneming (pilot_id, kpi, moment);
