-- Decisions of every replica (licensing.decision-log.store=postgresql). One row per decision, never updated;
-- the retention setting deletes old rows. The columns the listing filters on are plain columns with an index
-- each, ordered like the listing (newest first, then by id), so a page is an index range scan.
CREATE TABLE decision (
    id              text        PRIMARY KEY,
    decided_at      timestamptz NOT NULL,
    model           text        NOT NULL,
    license         text        NOT NULL,
    verdict         text        NOT NULL,
    ruleset_version text        NOT NULL,
    -- the profile as stored: without the masked fields, which masked_paths lists
    profile         jsonb       NOT NULL,
    masked_paths    text[]      NOT NULL DEFAULT '{}',
    verdict_json    jsonb       NOT NULL
);

CREATE INDEX decision_by_time    ON decision (decided_at DESC, id DESC);
CREATE INDEX decision_by_model   ON decision (model, decided_at DESC, id DESC);
CREATE INDEX decision_by_license ON decision (license, decided_at DESC, id DESC);
CREATE INDEX decision_by_verdict ON decision (verdict, decided_at DESC, id DESC);
