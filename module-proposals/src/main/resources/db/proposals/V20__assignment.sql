-- Assignment (交办): links of a reassigned item to its successor/predecessor in the other agency,
-- the handling group (领导小组) inside the agency, and co-handling agencies (会办单位).
ALTER TABLE proposal_item
    ADD COLUMN reassigned_to_tenant   VARCHAR(64),
    ADD COLUMN reassigned_to_item     BIGINT,
    ADD COLUMN reassigned_from_tenant VARCHAR(64),
    ADD COLUMN reassigned_from_item   BIGINT;

-- members of an item's handling group; the item's leader_username heads it
CREATE TABLE proposal_handling_member (
    id        BIGSERIAL PRIMARY KEY,
    tenant_id VARCHAR(64)  NOT NULL,
    item_id   BIGINT       NOT NULL REFERENCES proposal_item (id),
    username  VARCHAR(100) NOT NULL,
    UNIQUE (tenant_id, item_id, username)
);

ALTER TABLE proposal_handling_member ENABLE ROW LEVEL SECURITY;
ALTER TABLE proposal_handling_member FORCE ROW LEVEL SECURITY;
CREATE POLICY proposal_handling_member_tenant ON proposal_handling_member
    USING (tenant_id = current_setting('app.tenant_id', true))
    WITH CHECK (tenant_id = current_setting('app.tenant_id', true));
GRANT SELECT, INSERT, UPDATE, DELETE ON proposal_handling_member TO ${app_role};
GRANT USAGE, SELECT ON SEQUENCE proposal_handling_member_id_seq TO ${app_role};

-- One co-handling agency of one item. The row belongs to the CO-HANDLING agency (tenant_id): it
-- holds a snapshot of the item's public part taken at assignment, so the co-handler never reads
-- the lead's proposal_item. The lead agency reads the rows of its items (lead_tenant_id) to see
-- opinions and sign-off, but writes only through its own rows: WITH CHECK is the co-handler's.
-- No foreign key to proposal_item: the lead's row is invisible to the co-handler's transaction.
CREATE TABLE proposal_cohandling (
    id              BIGSERIAL PRIMARY KEY,
    tenant_id       VARCHAR(64)   NOT NULL,
    lead_tenant_id  VARCHAR(64)   NOT NULL,
    lead_item_id    BIGINT        NOT NULL,
    kind            VARCHAR(16)   NOT NULL,
    session         VARCHAR(64)   NOT NULL,
    number          VARCHAR(32)   NOT NULL,
    title           VARCHAR(300)  NOT NULL,
    body            TEXT          NOT NULL,
    proposer        VARCHAR(100)  NOT NULL,
    assigned_by     VARCHAR(100)  NOT NULL,
    assigned_at     TIMESTAMPTZ   NOT NULL,
    due_on          DATE          NOT NULL,
    opinion         TEXT,
    opinion_by      VARCHAR(100),
    opinion_at      TIMESTAMPTZ,
    signed_off_by   VARCHAR(100),
    signed_off_at   TIMESTAMPTZ,
    waived_by       VARCHAR(100),
    waived_at       TIMESTAMPTZ,
    waiver_reason   VARCHAR(2000),
    version         BIGINT        NOT NULL DEFAULT 0,
    UNIQUE (tenant_id, lead_tenant_id, lead_item_id),
    CHECK (tenant_id <> lead_tenant_id)
);
CREATE INDEX proposal_cohandling_tenant_due ON proposal_cohandling (tenant_id, due_on);
CREATE INDEX proposal_cohandling_lead ON proposal_cohandling (lead_tenant_id, lead_item_id);

ALTER TABLE proposal_cohandling ENABLE ROW LEVEL SECURITY;
ALTER TABLE proposal_cohandling FORCE ROW LEVEL SECURITY;
CREATE POLICY proposal_cohandling_read ON proposal_cohandling FOR SELECT
    USING (tenant_id = current_setting('app.tenant_id', true)
           OR lead_tenant_id = current_setting('app.tenant_id', true));
CREATE POLICY proposal_cohandling_insert ON proposal_cohandling FOR INSERT
    WITH CHECK (tenant_id = current_setting('app.tenant_id', true));
CREATE POLICY proposal_cohandling_update ON proposal_cohandling FOR UPDATE
    USING (tenant_id = current_setting('app.tenant_id', true))
    WITH CHECK (tenant_id = current_setting('app.tenant_id', true));
CREATE POLICY proposal_cohandling_delete ON proposal_cohandling FOR DELETE
    USING (tenant_id = current_setting('app.tenant_id', true));
GRANT SELECT, INSERT, UPDATE, DELETE ON proposal_cohandling TO ${app_role};
GRANT USAGE, SELECT ON SEQUENCE proposal_cohandling_id_seq TO ${app_role};
