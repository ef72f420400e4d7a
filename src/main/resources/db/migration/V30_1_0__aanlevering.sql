-- SPDX-License-Identifier: EUPL-1.2
-- Which national id (LARS code from the Algoritmeregister's aanleverAPI) belongs to which toepassing.
create table register.aanlevering (
    toepassing_id    uuid primary key references register.toepassing (id),
    extern_id        varchar(100) not null,
    laatst_verstuurd timestamptz  not null
);
