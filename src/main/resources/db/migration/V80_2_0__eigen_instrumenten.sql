-- SPDX-License-Identifier: EUPL-1.2
-- Own pulse instruments (issue 6): a municipality loads a licensed, validated instrument in the same JSON format as
-- the shipped files. Its items may not be in Helder's open-source repository, so the definition lives here, for that
-- organisation only. A row is never changed: a new version is a new row; a row no wave uses may be removed.
create table pulse.eigen_instrument (
    id                uuid primary key,
    organisatie_code  varchar(20)  not null,
    instrument_id     varchar(40)  not null,
    versie            varchar(20)  not null,
    geldig_vanaf      date         not null,
    titel             varchar(300) not null,
    licentie          text         not null check (length(trim(licentie)) > 0),
    definitie         text         not null, -- the JSON file as loaded, checked by the same reader as shipped files
    geladen_op        date         not null,
    geladen_door_naam varchar(200) not null,
    revisie           bigint       not null default 0,
    unique (organisatie_code, instrument_id, versie)
);
create index eigen_instrument_organisatie on pulse.eigen_instrument (organisatie_code, instrument_id);
