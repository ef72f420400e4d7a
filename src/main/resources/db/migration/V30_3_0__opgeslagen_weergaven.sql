-- SPDX-License-Identifier: EUPL-1.2
-- Saved views of the internal register list: a name for a combination of filters and a sort order. A view belongs to
-- the person who saved it; a shared view is also offered to colleagues of the same municipality.
create table register.weergave (
    id               uuid primary key,
    organisatie_code varchar(20)  not null,
    eigenaar         varchar(100) not null,
    naam             varchar(80)  not null,
    filter           jsonb        not null,
    gedeeld          boolean      not null,
    aangemaakt       timestamptz  not null,
    constraint weergave_naam_uniek unique (organisatie_code, eigenaar, naam)
);
create index weergave_organisatie on register.weergave (organisatie_code);
