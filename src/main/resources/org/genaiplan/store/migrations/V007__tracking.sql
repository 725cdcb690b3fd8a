-- Baselines, the compared baseline, the estimate-at-completion method and imported actuals, kept as one
-- JSON document (the package's tracking.json): written whole when the plan's tracking value changes.
CREATE TABLE IF NOT EXISTS tracking (
    id INT PRIMARY KEY,
    document CHARACTER LARGE OBJECT NOT NULL
);
