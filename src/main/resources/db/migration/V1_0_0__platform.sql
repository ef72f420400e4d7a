-- SPDX-License-Identifier: EUPL-1.2
-- Platform: extensions that several modules use (Dutch full-text search, typo tolerance, accents).
-- Version ranges per module: 1.x platform, 10.x organisaties, 20.x audit, 30.x register, 40.x aiact,
-- 50.x assessments, 60.x pilots, 70.x geletterdheid, 80.x pulse, 90.x werk, 100.x monitor, 110.x kennis.
create extension if not exists pg_trgm;
create extension if not exists unaccent;
