-- Items (建议/提案) owned by the lead agency. tenant_id leads every index so that one tenant's
-- queries stay fast however many rows the others hold; row-level security is the second wall
-- behind the application's own tenant filter.
CREATE TABLE proposal_item (
    id          BIGSERIAL PRIMARY KEY,
    tenant_id   VARCHAR(64)  NOT NULL,
    kind        VARCHAR(16)  NOT NULL CHECK (kind IN ('suggestion', 'proposal')),
    session     VARCHAR(64)  NOT NULL,
    number      VARCHAR(32)  NOT NULL,
    title       VARCHAR(300) NOT NULL,
    body        TEXT         NOT NULL,
    proposer    VARCHAR(100) NOT NULL,
    category    VARCHAR(32)  NOT NULL,
    key_item    BOOLEAN      NOT NULL DEFAULT FALSE,
    state       VARCHAR(32)  NOT NULL,
    assigned_on DATE         NOT NULL,
    version     BIGINT       NOT NULL DEFAULT 0,
    UNIQUE (tenant_id, session, number)
);
CREATE INDEX proposal_item_tenant_state ON proposal_item (tenant_id, state);

ALTER TABLE proposal_item ENABLE ROW LEVEL SECURITY;
ALTER TABLE proposal_item FORCE ROW LEVEL SECURITY;
CREATE POLICY proposal_item_tenant ON proposal_item
    USING (tenant_id = current_setting('app.tenant_id', true))
    WITH CHECK (tenant_id = current_setting('app.tenant_id', true));

GRANT SELECT, INSERT, UPDATE, DELETE ON proposal_item TO ${app_role};
GRANT USAGE, SELECT ON SEQUENCE proposal_item_id_seq TO ${app_role};
