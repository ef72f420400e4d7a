-- SPDX-License-Identifier: EUPL-1.2
-- The scheduler's table moves to the platform, now that more modules than assessments have jobs (ADR 0009,
-- Aanvulling). It lives in the 50.x range, not 1.x, on purpose: it moves a table that V50_1_0 created, so it must run
-- after that migration, and a 1.x version would sort before it on a new database.
create schema if not exists platform;
alter table assessments.scheduled_tasks set schema platform;
