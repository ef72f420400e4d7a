-- SPDX-License-Identifier: EUPL-1.2
-- Calendar links: a secret address per person that serves the municipality's due dates as iCalendar. Only the
-- SHA-256 of the secret is stored; a new link replaces the old one, and removing it stops the feed at once.
create table aiact.agenda (
    persoon_id       varchar(100) primary key,
    organisatie_code varchar(20)  not null,
    geheim_hash      varchar(64)  not null unique,
    aangemaakt       timestamptz  not null
);
