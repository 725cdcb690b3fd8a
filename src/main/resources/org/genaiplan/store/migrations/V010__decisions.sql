-- The GenAI decisions (each task's technique, each role's responsibilities) as one JSON document, the same text a
-- package's decisions.json holds; it is small and always written whole.
CREATE TABLE IF NOT EXISTS decisions (
    id INT PRIMARY KEY,
    document CHARACTER LARGE OBJECT NOT NULL
);
