-- SPDX-License-Identifier: EUPL-1.2
-- The mentale-kracht pulse (ADR 0012). Invitations and answers live in separate tables that share only the wave and
-- the team: no person, no token, no IP address, no time of day, no serial number beside an answer.
create schema if not exists pulse;

-- A wave: one instrument version sent to some teams between two dates. It opens only with the works council's
-- consent (WOR art. 27) and a DPIA on record.
create table pulse.golf (
    id                     uuid primary key,
    organisatie_code       varchar(20)  not null,
    titel                  varchar(200) not null,
    instrument_id          varchar(40)  not null,
    instrument_versie      varchar(20)  not null,
    k                      integer      not null check (k >= 5),
    opent                  date         not null,
    sluit                  date         not null,
    doelteams              text         not null, -- organisaties teams, by id only, comma separated
    or_instemming_datum    date,
    or_instemming_document varchar(300),
    dpia_referentie        varchar(300),
    status                 varchar(20)  not null check (status in ('CONCEPT', 'OPEN', 'GESLOTEN')),
    aangemaakt_door_naam   varchar(200) not null,
    revisie                bigint       not null default 0,
    check (sluit >= opent)
);
create index golf_organisatie on pulse.golf (organisatie_code, opent desc);

-- How many people of a team were invited: the group size, kept after the invitations themselves are removed.
create table pulse.golf_team (
    golf_id     uuid    not null references pulse.golf (id),
    team_id     uuid    not null,
    uitgenodigd integer not null check (uitgenodigd >= 0),
    primary key (golf_id, team_id)
);

-- A single-use link: only the SHA-256 of its random token. Which person received it is not stored anywhere, and the
-- rows are inserted in random order. Removed when the wave closes.
create table pulse.uitnodiging (
    token_hash char(64) primary key,
    golf_id    uuid     not null references pulse.golf (id),
    team_id    uuid     not null,
    gebruikt   boolean  not null default false
);

-- One respondent's answers: random id (UUID v4, not ordered), the date only, coarse attributes.
create table pulse.antwoord (
    id                     uuid primary key,
    golf_id                uuid        not null references pulse.golf (id),
    team_id                uuid        not null,
    functiegroep           varchar(30),
    gebruiksgroep          varchar(30),
    datum                  date        not null,
    items                  jsonb       not null,
    scores                 jsonb       not null,
    vrije_tekst            text,
    vrije_tekst_verborgen  boolean     not null default false
);
create index antwoord_golf on pulse.antwoord (golf_id, team_id);

-- What was done with the results, for the works council and staff.
create table pulse.actie (
    id                uuid primary key,
    organisatie_code  varchar(20)   not null,
    golf_id           uuid          not null references pulse.golf (id),
    datum             date          not null,
    tekst             varchar(2000) not null,
    door_naam         varchar(200)  not null
);

-- When a toepassing went live, for the before/after view; the register has no go-live date (yet).
create table pulse.invoering (
    id                uuid primary key,
    organisatie_code  varchar(20)  not null,
    toepassing_id     uuid         not null, -- register.toepassing, by id only
    datum             date         not null,
    revisie           bigint       not null default 0,
    unique (organisatie_code, toepassing_id)
);
