-- A person's saved item-list filters (name + query string as the list's REST API takes it).
-- Tenant-owned like everything else (tenant first in the index, forced row-level security);
-- the owner column keeps them personal: the app reads and changes only the caller's own.
CREATE TABLE proposal_saved_filter (
    id             BIGSERIAL PRIMARY KEY,
    tenant_id      VARCHAR(64)   NOT NULL,
    owner_username VARCHAR(100)  NOT NULL,
    name           VARCHAR(60)   NOT NULL,
    query          VARCHAR(1000) NOT NULL,
    created_at     TIMESTAMPTZ   NOT NULL,
    version        BIGINT        NOT NULL DEFAULT 0,
    UNIQUE (tenant_id, owner_username, name)
);

ALTER TABLE proposal_saved_filter ENABLE ROW LEVEL SECURITY;
ALTER TABLE proposal_saved_filter FORCE ROW LEVEL SECURITY;
CREATE POLICY proposal_saved_filter_tenant ON proposal_saved_filter
    USING (tenant_id = current_setting('app.tenant_id', true))
    WITH CHECK (tenant_id = current_setting('app.tenant_id', true));

GRANT SELECT, INSERT, UPDATE, DELETE ON proposal_saved_filter TO ${app_role};
GRANT USAGE, SELECT ON SEQUENCE proposal_saved_filter_id_seq TO ${app_role};
