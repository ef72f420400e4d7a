-- SPDX-License-Identifier: EUPL-1.2
-- Pulse reminders and invitations for people who join a target team after a wave opened (ADR 0012, Aanvulling
-- herinneringen en nieuwe collega's).

-- Up to three reminder dates, chosen in the concept and fixed once the wave opens (respondents were told), and the
-- dates a reminder went out. On the wave itself, so every change is in the audit log. ISO dates, comma separated.
alter table pulse.golf add column herinneringen           varchar(40) not null default '';
alter table pulse.golf add column herinneringen_verstuurd varchar(40) not null default '';
-- Whether pulse.uitgenodigd is complete for this wave: true for waves opened from this version on. Waves opened
-- before have no list, so they get no invitations for newcomers (everybody would be invited a second time).
alter table pulse.golf add column uitgenodigden_bekend    boolean     not null default false;

-- Who was invited to a wave: the person only, never with a token, a team or a time. Written in a different
-- transaction than the invitations (so no transaction id ties a person to a link), in random order, with plain SQL
-- (the audit log would add a time per person), and removed when the wave closes, like the invitations.
create table pulse.uitgenodigd (
    golf_id    uuid not null references pulse.golf (id),
    persoon_id uuid not null, -- organisaties gebruiker, by id only
    primary key (golf_id, persoon_id)
);
