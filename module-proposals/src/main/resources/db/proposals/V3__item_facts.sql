-- Facts of an item that lists, filters and reports read in SQL without loading entities
-- (docs/roadmap.md): who handles it inside the agency, the reply's outcome, the proposer's
-- rating, and the proposer's account for the portal. Each is written by its own use case.
ALTER TABLE proposal_item
    ADD COLUMN proposer_username VARCHAR(100),
    ADD COLUMN leader_username   VARCHAR(100),
    ADD COLUMN unit_id           BIGINT,
    ADD COLUMN handler_username  VARCHAR(100),
    ADD COLUMN outcome           VARCHAR(1) CHECK (outcome IN ('A', 'B', 'C')),
    ADD COLUMN replied_on        DATE,
    ADD COLUMN rating            VARCHAR(32) CHECK (rating IN ('satisfied', 'basically_satisfied', 'unsatisfied'));

-- Every deadline of an item (acknowledgement, co-handling opinion, reply, re-handling, feedback
-- window), computed from the district's rules and calendar; met_at set when the step is done.
CREATE TABLE proposal_deadline (
    id        BIGSERIAL PRIMARY KEY,
    tenant_id VARCHAR(64)  NOT NULL,
    item_id   BIGINT       NOT NULL REFERENCES proposal_item (id),
    kind      VARCHAR(32)  NOT NULL,
    due_on    DATE         NOT NULL,
    met_at    TIMESTAMPTZ,
    version   BIGINT       NOT NULL DEFAULT 0
);
-- open deadlines by due date: overdue lists and the reminder job
CREATE INDEX proposal_deadline_tenant_open ON proposal_deadline (tenant_id, due_on) WHERE met_at IS NULL;
CREATE INDEX proposal_deadline_tenant_item ON proposal_deadline (tenant_id, item_id);

ALTER TABLE proposal_deadline ENABLE ROW LEVEL SECURITY;
ALTER TABLE proposal_deadline FORCE ROW LEVEL SECURITY;
CREATE POLICY proposal_deadline_tenant ON proposal_deadline
    USING (tenant_id = current_setting('app.tenant_id', true))
    WITH CHECK (tenant_id = current_setting('app.tenant_id', true));

GRANT SELECT, INSERT, UPDATE, DELETE ON proposal_deadline TO ${app_role};
GRANT USAGE, SELECT ON SEQUENCE proposal_deadline_id_seq TO ${app_role};
