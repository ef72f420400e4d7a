-- SPDX-License-Identifier: EUPL-1.2
create schema if not exists audit;

create table audit.gebeurtenis (
    id               bigserial primary key,
    tijdstip         timestamptz  not null default now(),
    actor_type       varchar(20)  not null,
    actor_id         varchar(100) not null,
    actor_naam       varchar(200) not null,
    organisatie_code varchar(20),
    entiteit_type    varchar(100) not null,
    entiteit_id      varchar(100) not null,
    actie            varchar(20)  not null check (actie in ('AANGEMAAKT', 'GEWIJZIGD', 'VERWIJDERD')),
    voor             jsonb,
    na               jsonb,
    verzoek_id       varchar(64)
);
create index gebeurtenis_organisatie_tijd on audit.gebeurtenis (organisatie_code, tijdstip desc, id desc);
create index gebeurtenis_entiteit on audit.gebeurtenis (entiteit_type, entiteit_id);

-- Append-only: the database itself refuses to change or remove history, whoever asks.
create function audit.weiger_wijziging() returns trigger language plpgsql as $$
begin
    raise exception 'Het auditlog kan niet worden gewijzigd of verwijderd (%)', tg_op
        using errcode = 'insufficient_privilege';
end;
$$;

create trigger gebeurtenis_alleen_toevoegen
    before update or delete on audit.gebeurtenis
    for each row execute function audit.weiger_wijziging();

create trigger gebeurtenis_niet_legen
    before truncate on audit.gebeurtenis
    for each statement execute function audit.weiger_wijziging();
