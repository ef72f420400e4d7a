-- SPDX-License-Identifier: EUPL-1.2
-- AI Act module. Uploaded decision trees, kept as the text that was sent (so what was checked is what is evaluated);
-- the tree Helder ships is read from the classpath and is not stored here.
create schema if not exists aiact;

create table aiact.beslisboom (
    id                  uuid primary key,
    naam                varchar(200) not null,
    versie              varchar(50)  not null,
    geldig_vanaf        date,
    formaat             varchar(10)  not null check (formaat in ('JSON', 'YAML')),
    bron                text         not null,
    geupload_door_id    varchar(100) not null,
    geupload_door_naam  varchar(200) not null,
    geupload_op         timestamptz  not null,
    unique (naam, versie)
);
