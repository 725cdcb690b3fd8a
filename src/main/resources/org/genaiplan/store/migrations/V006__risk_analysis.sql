-- The tasks' three-point duration estimates for risk analysis (package format 5's estimates.json).
-- A task without a row has a certain duration. Older working copies get none.
CREATE TABLE IF NOT EXISTS task_estimates (
    task_id BIGINT PRIMARY KEY,
    optimistic_minutes BIGINT NOT NULL,
    most_likely_minutes BIGINT NOT NULL,
    pessimistic_minutes BIGINT NOT NULL,
    distribution VARCHAR(20) NOT NULL,
    correlation_group VARCHAR(1000)
);
