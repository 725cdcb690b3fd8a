-- The lessons-learned log as one JSON document, the same text a package's lessons.json holds; it is small and
-- always written whole.
CREATE TABLE IF NOT EXISTS lessons (
    id INT PRIMARY KEY,
    document CHARACTER LARGE OBJECT NOT NULL
);
