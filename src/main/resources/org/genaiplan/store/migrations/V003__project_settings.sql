-- Project information: the status date, the default duration of new tasks and named calendar exceptions
-- that may span several days. A holiday row now starts an exception: holiday_date is its first day,
-- last_date its last (older rows, single days, get their own date) and name its optional name.
ALTER TABLE plan_settings ADD COLUMN IF NOT EXISTS status_date DATE;

ALTER TABLE plan_settings ADD COLUMN IF NOT EXISTS default_duration_minutes BIGINT;

-- Until now a new task took one working day.
UPDATE plan_settings SET default_duration_minutes = minutes_per_day WHERE default_duration_minutes IS NULL;

ALTER TABLE plan_settings ALTER COLUMN default_duration_minutes SET NOT NULL;

ALTER TABLE holidays ADD COLUMN IF NOT EXISTS last_date DATE;

ALTER TABLE holidays ADD COLUMN IF NOT EXISTS name CHARACTER VARYING DEFAULT '' NOT NULL;

UPDATE holidays SET last_date = holiday_date WHERE last_date IS NULL;

ALTER TABLE holidays ALTER COLUMN last_date SET NOT NULL;
