-- People and communication (the stakeholder register, the RACI matrix, the communication plan) as one JSON
-- document, the same text a package's stakeholders.json holds; it is small and written whole.
CREATE TABLE IF NOT EXISTS stakeholders (
    id INT PRIMARY KEY,
    document CHARACTER LARGE OBJECT NOT NULL
);
