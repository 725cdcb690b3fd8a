-- The quality plan (metrics, measurements, the graded issue log and the gates) as one JSON document, the same
-- text a package's quality.json holds; it is small and always written whole.
CREATE TABLE IF NOT EXISTS quality_plan (
    id INT PRIMARY KEY,
    document CHARACTER LARGE OBJECT NOT NULL
);
