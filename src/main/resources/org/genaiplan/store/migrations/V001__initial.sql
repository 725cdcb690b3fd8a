-- The first schema of the working store. H2 commits DDL on its own, so every statement is written to
-- be run again safely (IF NOT EXISTS) and the schema_version row is written last.
CREATE TABLE IF NOT EXISTS store_info (
    id INT PRIMARY KEY CHECK (id = 1),
    original_file CHARACTER VARYING,
    plan_name CHARACTER VARYING,
    created TIMESTAMP WITH TIME ZONE,
    last_commit TIMESTAMP WITH TIME ZONE,
    unsaved BOOLEAN NOT NULL,
    file_size BIGINT,
    file_mtime_nanos BIGINT,
    file_sha256 CHARACTER VARYING(64)
);

CREATE TABLE IF NOT EXISTS plan_settings (
    id INT PRIMARY KEY CHECK (id = 1),
    name CHARACTER VARYING NOT NULL,
    description CHARACTER VARYING NOT NULL,
    start_date DATE NOT NULL,
    deadline DATE,
    currency CHARACTER VARYING(3) NOT NULL,
    working_days CHARACTER VARYING(100) NOT NULL,
    day_start TIME NOT NULL,
    minutes_per_day INT NOT NULL
);

CREATE TABLE IF NOT EXISTS holidays (
    holiday_date DATE PRIMARY KEY
);

CREATE TABLE IF NOT EXISTS tasks (
    id BIGINT PRIMARY KEY,
    parent_id BIGINT,
    position INT NOT NULL,
    name CHARACTER VARYING NOT NULL,
    milestone BOOLEAN NOT NULL,
    duration_minutes BIGINT NOT NULL,
    percent_complete INT NOT NULL,
    actual_start TIMESTAMP,
    owner_role CHARACTER VARYING,
    notes CHARACTER VARYING NOT NULL,
    phase CHARACTER VARYING,
    constraint_type CHARACTER VARYING(40) NOT NULL,
    constraint_date DATE,
    fixed_cost CHARACTER VARYING(200) NOT NULL
);

CREATE TABLE IF NOT EXISTS dependencies (
    seq INT PRIMARY KEY,
    predecessor_id BIGINT NOT NULL,
    successor_id BIGINT NOT NULL,
    dep_type CHARACTER VARYING(2) NOT NULL,
    lag_minutes BIGINT NOT NULL
);

CREATE TABLE IF NOT EXISTS risks (
    id BIGINT PRIMARY KEY,
    position INT NOT NULL,
    title CHARACTER VARYING NOT NULL,
    statement CHARACTER VARYING NOT NULL,
    category CHARACTER VARYING,
    phase CHARACTER VARYING,
    owner CHARACTER VARYING,
    probability INT NOT NULL,
    impact INT NOT NULL,
    strategy CHARACTER VARYING(20) NOT NULL,
    mitigation CHARACTER VARYING NOT NULL,
    contingency CHARACTER VARYING NOT NULL,
    trigger_text CHARACTER VARYING NOT NULL,
    due_date DATE,
    status CHARACTER VARYING(20) NOT NULL,
    residual_probability INT NOT NULL,
    residual_impact INT NOT NULL,
    cost_impact CHARACTER VARYING(200) NOT NULL,
    raised DATE,
    last_reviewed DATE
);

CREATE TABLE IF NOT EXISTS risk_tasks (
    risk_id BIGINT NOT NULL,
    position INT NOT NULL,
    task_id BIGINT NOT NULL,
    PRIMARY KEY (risk_id, position)
);

CREATE TABLE IF NOT EXISTS roles (
    position INT PRIMARY KEY,
    name CHARACTER VARYING NOT NULL,
    rate_per_hour CHARACTER VARYING(200) NOT NULL
);
