-- SPDX-License-Identifier: EUPL-1.2
-- The sums of a closed wave, written once when it closes (ADR 0012, addendum "Aanvulling opgeslagen sommen"). Results
-- are shown only after closing and answers no longer change then, so every report reads these few rows instead of all
-- answers. They hold less than pulse.antwoord already holds: counts and sums per team x function group x tool-use
-- group, no person, no token, no date, no free text. Suppression still runs on every read.

-- Respondents per group of a closed wave. Empty attributes are stored as 'onbekend', as the report shows them.
-- Besides the groups team x function group x tool-use group, the totals a report reads: per team (function group and
-- tool-use group '*'), and for the whole organisation (team 00000000-0000-0000-0000-000000000000) per function group
-- and per tool-use group. They are sums of the group rows, so they hold nothing more.
create table pulse.golf_groep (
    golf_id       uuid        not null references pulse.golf (id),
    team_id       uuid        not null,
    functiegroep  varchar(30) not null,
    gebruiksgroep varchar(30) not null,
    respondenten  integer     not null check (respondenten > 0),
    primary key (golf_id, team_id, functiegroep, gebruiksgroep)
);

-- Per group and subscale: how many respondents have a score, the sum of the scores and the sum of their squares.
create table pulse.golf_som (
    golf_id       uuid             not null references pulse.golf (id),
    team_id       uuid             not null,
    functiegroep  varchar(30)      not null,
    gebruiksgroep varchar(30)      not null,
    subschaal     varchar(60)      not null,
    aantal        integer          not null check (aantal > 0),
    som           double precision not null,
    kwadraten     double precision not null,
    primary key (golf_id, team_id, functiegroep, gebruiksgroep, subschaal)
);

-- Waves that were closed before this migration get their sums from their answers, with the same SQL as at closing
-- (Golfsommen.bewaar); a wave that already has sums is left alone, so the statements can safely run twice.
insert into pulse.golf_groep (golf_id, team_id, functiegroep, gebruiksgroep, respondenten)
select golf_id, coalesce(team_id, '00000000-0000-0000-0000-000000000000'), coalesce(fg, '*'), coalesce(tg, '*'), count(*)
from (select a.golf_id, a.team_id, coalesce(a.functiegroep, 'onbekend') as fg, coalesce(a.gebruiksgroep, 'onbekend') as tg
      from pulse.antwoord a join pulse.golf g on g.id = a.golf_id
      where g.status = 'GESLOTEN' and not exists (select 1 from pulse.golf_groep x where x.golf_id = g.id)) a
group by grouping sets ((golf_id, team_id, fg, tg), (golf_id, team_id), (golf_id, fg), (golf_id, tg));

insert into pulse.golf_som (golf_id, team_id, functiegroep, gebruiksgroep, subschaal, aantal, som, kwadraten)
select golf_id, coalesce(team_id, '00000000-0000-0000-0000-000000000000'), coalesce(fg, '*'), coalesce(tg, '*'),
       subschaal, count(*), sum(waarde), sum(waarde * waarde)
from (select a.golf_id, a.team_id, coalesce(a.functiegroep, 'onbekend') as fg,
             coalesce(a.gebruiksgroep, 'onbekend') as tg, s.key as subschaal, s.value::text::float8 as waarde
      from pulse.antwoord a join pulse.golf g on g.id = a.golf_id
      cross join lateral jsonb_each(a.scores) s
      where g.status = 'GESLOTEN' and jsonb_typeof(s.value) = 'number'
        and not exists (select 1 from pulse.golf_som x where x.golf_id = g.id)) a
group by grouping sets ((golf_id, team_id, fg, tg, subschaal), (golf_id, team_id, subschaal),
                        (golf_id, fg, subschaal), (golf_id, tg, subschaal));
