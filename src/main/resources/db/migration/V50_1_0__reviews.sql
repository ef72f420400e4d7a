-- SPDX-License-Identifier: EUPL-1.2
-- Periodic reviews (ADR 0009): the municipality's own cadence per toepassing, completed reviews, and which
-- reminder went out, plus the table of the cluster-safe scheduler.

-- Only when the municipality chose its own cadence; otherwise the default for the phase applies.
create table assessments.reviewritme (
    id                  uuid primary key,
    organisatie_code    varchar(20)  not null,
    toepassing_id       uuid         not null, -- register.toepassing, by id only
    dagen               integer      not null check (dagen between 1 and 3650),
    gewijzigd           timestamptz  not null,
    gewijzigd_door_naam varchar(200) not null,
    revisie             bigint       not null default 0,
    unique (organisatie_code, toepassing_id)
);

-- A completed review: the checklist (an assessment of questionnaire 'review') and the next due date it set.
create table assessments.review (
    id                 uuid primary key,
    organisatie_code   varchar(20)  not null,
    toepassing_id      uuid         not null,
    beoordeling_id     uuid         not null unique references assessments.beoordeling (id),
    vervaldatum        date,
    afgerond_op        timestamptz  not null,
    afgerond_door_naam varchar(200) not null,
    dagen              integer,
    volgende_datum     date,
    herclassificeren   boolean      not null default false
);
create index review_toepassing on assessments.review (organisatie_code, toepassing_id, afgerond_op desc);

-- At most one reminder per review (toepassing and due date) per stage: the primary key is the guard that makes
-- two nodes, or a restart halfway, never send twice.
create table assessments.reviewherinnering (
    toepassing_id    uuid        not null,
    vervaldatum      date        not null,
    fase             varchar(20) not null check (fase in ('VOORAF', 'VANDAAG', 'TE_LAAT', 'ESCALATIE')),
    organisatie_code varchar(20) not null,
    verstuurd        timestamptz not null,
    ontvangers       integer     not null,
    primary key (toepassing_id, vervaldatum, fase)
);

-- The table of db-scheduler (com.github.kagkarlsson), in its own column names so its documentation applies.
create table assessments.scheduled_tasks (
    task_name            text                     not null,
    task_instance        text                     not null,
    task_data            bytea,
    execution_time       timestamp with time zone not null,
    picked               boolean                  not null,
    picked_by            text,
    last_success         timestamp with time zone,
    last_failure         timestamp with time zone,
    consecutive_failures integer,
    last_heartbeat       timestamp with time zone,
    version              bigint                   not null,
    priority             smallint,
    primary key (task_name, task_instance)
);
create index scheduled_tasks_execution_time on assessments.scheduled_tasks (execution_time);
create index scheduled_tasks_last_heartbeat on assessments.scheduled_tasks (last_heartbeat);
create index scheduled_tasks_priority_execution_time on assessments.scheduled_tasks (priority desc, execution_time asc);
