-- A task's own deadline (null: none). As in MS Project it never moves the task; finishing after it makes
-- the task late. Older working copies get no deadlines.
ALTER TABLE tasks ADD COLUMN IF NOT EXISTS deadline DATE;
