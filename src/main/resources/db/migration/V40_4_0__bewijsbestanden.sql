-- SPDX-License-Identifier: EUPL-1.2
-- Evidence files for a requirement of a toepassing, with their SHA-256 so anyone can check later that a file is the
-- one that was uploaded. Files are small documents (at most 5 MB) and stay with the record in the database, so a
-- backup holds everything.
create table aiact.bewijsbestand (
    id               uuid primary key,
    organisatie_code varchar(20)  not null,
    toepassing_id    uuid         not null,
    vereiste_code    varchar(20)  not null,
    naam             varchar(200) not null,
    soort            varchar(100) not null,
    grootte          integer      not null,
    sha256           varchar(64)  not null,
    inhoud           bytea        not null,
    geupload_door    varchar(200) not null,
    geupload_op      timestamptz  not null
);
create index bewijsbestand_taak on aiact.bewijsbestand (organisatie_code, toepassing_id, vereiste_code);
