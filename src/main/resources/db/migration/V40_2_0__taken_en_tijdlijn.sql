-- SPDX-License-Identifier: EUPL-1.2
-- What a municipality did about a requirement for a toepassing: status, explanation and evidence links. The list of
-- requirements itself follows from the classification and the law (data files); only the work is stored here.
create table aiact.taak (
    id               uuid primary key,
    organisatie_code varchar(20)  not null,
    toepassing_id    uuid         not null,
    vereiste_code    varchar(20)  not null,
    status           varchar(30)  not null check (status in ('OPEN', 'BEZIG', 'AFGEROND', 'NIET_VAN_TOEPASSING')),
    toelichting      text,
    bewijs           jsonb        not null,
    gewijzigd_door   varchar(200) not null,
    gewijzigd_op     timestamptz  not null,
    versie           bigint       not null,
    unique (organisatie_code, toepassing_id, vereiste_code)
);

-- Platform-wide choices, such as the version of the legal timeline in force.
create table aiact.instelling (
    sleutel        varchar(50)  primary key,
    waarde         varchar(200) not null,
    gewijzigd_door varchar(200) not null,
    gewijzigd_op   timestamptz  not null
);
