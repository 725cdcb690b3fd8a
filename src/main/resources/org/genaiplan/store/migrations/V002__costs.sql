-- The cost model: a task's cost lines and the actual cost of its own work, the example flag of roles,
-- the plan's price table and its budgets. Money and decimal inputs are kept as text so that their scale
-- comes back exactly. Existing stores get no cost lines, an empty price table and no budget.
ALTER TABLE tasks ADD COLUMN IF NOT EXISTS work_actual_cost CHARACTER VARYING(200);

ALTER TABLE roles ADD COLUMN IF NOT EXISTS example BOOLEAN DEFAULT FALSE NOT NULL;

CREATE TABLE IF NOT EXISTS cost_lines (
    task_id BIGINT NOT NULL,
    position INT NOT NULL,
    description CHARACTER VARYING NOT NULL,
    kind CHARACTER VARYING(20) NOT NULL,
    role CHARACTER VARYING,
    gpu_type CHARACTER VARYING,
    model CHARACTER VARYING,
    hours CHARACTER VARYING(200),
    gpu_count BIGINT,
    requests_per_month BIGINT,
    input_tokens BIGINT,
    output_tokens BIGINT,
    months CHARACTER VARYING(200),
    items BIGINT,
    minutes_per_item CHARACTER VARYING(200),
    amount CHARACTER VARYING(200),
    actual CHARACTER VARYING(200),
    PRIMARY KEY (task_id, position)
);

CREATE TABLE IF NOT EXISTS plan_costs (
    id INT PRIMARY KEY CHECK (id = 1),
    priced_on DATE,
    budget_total CHARACTER VARYING(200)
);

CREATE TABLE IF NOT EXISTS gpu_prices (
    position INT PRIMARY KEY,
    name CHARACTER VARYING NOT NULL,
    price_per_hour CHARACTER VARYING(200) NOT NULL,
    peak_tflops DOUBLE PRECISION NOT NULL,
    example BOOLEAN NOT NULL
);

CREATE TABLE IF NOT EXISTS model_prices (
    position INT PRIMARY KEY,
    model CHARACTER VARYING NOT NULL,
    input_per_million CHARACTER VARYING(200) NOT NULL,
    output_per_million CHARACTER VARYING(200) NOT NULL,
    example BOOLEAN NOT NULL
);

CREATE TABLE IF NOT EXISTS phase_budgets (
    position INT PRIMARY KEY,
    phase CHARACTER VARYING NOT NULL,
    amount CHARACTER VARYING(200) NOT NULL
);
