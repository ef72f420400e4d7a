-- SPDX-License-Identifier: EUPL-1.2
create schema if not exists organisaties;

create table organisaties.organisatie (
    id            uuid primary key,
    code          varchar(20)  not null unique,
    naam          varchar(200) not null,
    soort         varchar(20)  not null check (soort in ('GEMEENTE', 'SECTOR', 'PLATFORM')),
    inwoners      integer check (inwoners is null or inwoners >= 0),
    thema_css_url varchar(500),
    thema_klasse  varchar(100),
    logo_url      varchar(500),
    aangemaakt    timestamptz  not null,
    versie        bigint       not null default 0,
    constraint gemeentecode check (soort <> 'GEMEENTE' or code ~ '^GM[0-9]{4}$')
);

create table organisaties.team (
    id               uuid primary key,
    organisatie_code varchar(20)  not null references organisaties.organisatie (code),
    naam             varchar(200) not null,
    ouder_id         uuid references organisaties.team (id),
    versie           bigint       not null default 0,
    unique (organisatie_code, ouder_id, naam)
);
create index team_organisatie on organisaties.team (organisatie_code);

create table organisaties.gebruiker (
    id               uuid primary key,
    organisatie_code varchar(20)  not null references organisaties.organisatie (code),
    gebruikersnaam   varchar(200) not null unique,
    naam             varchar(200) not null,
    email            varchar(320),
    wachtwoord_hash  varchar(200),
    rollen           varchar(500) not null default '',
    team_id          uuid references organisaties.team (id),
    actief           boolean      not null default true,
    oidc_subject     varchar(255),
    aangemaakt       timestamptz  not null,
    versie           bigint       not null default 0,
    unique (organisatie_code, oidc_subject)
);
create index gebruiker_organisatie on organisaties.gebruiker (organisatie_code);

create table organisaties.api_token (
    id               uuid primary key,
    gebruiker_id     uuid         not null references organisaties.gebruiker (id),
    organisatie_code varchar(20)  not null references organisaties.organisatie (code),
    naam             varchar(100) not null,
    token_hash       varchar(64)  not null unique,
    voorvoegsel      varchar(12)  not null,
    aangemaakt       timestamptz  not null,
    verloopt_op      timestamptz,
    ingetrokken_op   timestamptz,
    laatst_gebruikt  timestamptz
);
create index api_token_gebruiker on organisaties.api_token (gebruiker_id);

create table organisaties.oidc_configuratie (
    organisatie_code  varchar(20)  primary key references organisaties.organisatie (code),
    issuer_uri        varchar(500) not null,
    client_id         varchar(200) not null,
    client_secret     varchar(500) not null,
    rollen_claim      varchar(100) not null,
    rollen_toewijzing text         not null default '',
    actief            boolean      not null default false,
    versie            bigint       not null default 0
);

-- Failed logins per user name (also for names that do not exist, so lock-out does not reveal which exist).
-- Kept apart from gebruiker: counting attempts is not a change to a person's record.
create table organisaties.inlogpogingen (
    gebruikersnaam     varchar(200) primary key,
    mislukte_pogingen  integer     not null default 0,
    geblokkeerd_tot    timestamptz,
    laatste_poging     timestamptz not null
);
