-- People beside roles: who can own a task, with an own rate (null: the role's), max units and an
-- availability note. Roles gain max units (100 = one full-time person) and a note too.
ALTER TABLE roles ADD COLUMN IF NOT EXISTS max_units INT DEFAULT 100 NOT NULL;

ALTER TABLE roles ADD COLUMN IF NOT EXISTS availability CHARACTER VARYING DEFAULT '' NOT NULL;

CREATE TABLE IF NOT EXISTS people (
    position INT PRIMARY KEY,
    name CHARACTER VARYING NOT NULL,
    role CHARACTER VARYING,
    rate_per_hour CHARACTER VARYING(200),
    max_units INT NOT NULL,
    availability CHARACTER VARYING NOT NULL
);
