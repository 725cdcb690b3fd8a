-- Capacity (issue 22): GPU pools, assignments with units, effort-driven flags, levelling delays, priorities
-- and people's leave, kept as the package's capacity entry (JSON) in one row.
CREATE TABLE IF NOT EXISTS capacity (
    id INT PRIMARY KEY,
    body CHARACTER LARGE OBJECT NOT NULL
);
