-- The append-only history of an item's transitions (who, when, which action, from → to, why).
-- Tenant-owned like proposal_item: tenant_id first in the index, forced row-level security.
CREATE TABLE proposal_item_history (
    id         BIGSERIAL PRIMARY KEY,
    tenant_id  VARCHAR(64)  NOT NULL,
    item_id    BIGINT       NOT NULL REFERENCES proposal_item (id),
    at         TIMESTAMPTZ  NOT NULL,
    actor      VARCHAR(100) NOT NULL,
    action     VARCHAR(32)  NOT NULL,
    from_state VARCHAR(32)  NOT NULL,
    to_state   VARCHAR(32)  NOT NULL,
    reason     VARCHAR(2000)
);
CREATE INDEX proposal_item_history_tenant_item_at ON proposal_item_history (tenant_id, item_id, at);

ALTER TABLE proposal_item_history ENABLE ROW LEVEL SECURITY;
ALTER TABLE proposal_item_history FORCE ROW LEVEL SECURITY;
CREATE POLICY proposal_item_history_tenant ON proposal_item_history
    USING (tenant_id = current_setting('app.tenant_id', true))
    WITH CHECK (tenant_id = current_setting('app.tenant_id', true));

-- history is appended, never rewritten, by the app (the item's own rows may still be deleted by the owner)
GRANT SELECT, INSERT ON proposal_item_history TO ${app_role};
GRANT USAGE, SELECT ON SEQUENCE proposal_item_history_id_seq TO ${app_role};
