-- Intake (登记交办) by district oversight.
--
-- Trigram search for "similar earlier items" (and later the lists' free text). pg_trgm is a
-- trusted extension (PostgreSQL 13+): the database owner running Flyway may create it without
-- superuser. With a UTF-8 LC_CTYPE (C.UTF-8, zh_CN.UTF-8, ...) Chinese characters count as word
-- characters, so trigrams work on Chinese titles.
CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- The district's registry of proposers (人大代表 / 政协委员), reused across items and sessions.
-- Tenant = the DISTRICT's alias (bound with TenantContext.actFor(district)); forced RLS as usual.
-- A name is unique per kind within a district: the session list names people, not ids.
CREATE TABLE proposal_proposer (
    id         BIGSERIAL PRIMARY KEY,
    tenant_id  VARCHAR(64)  NOT NULL,
    name       VARCHAR(100) NOT NULL,
    kind       VARCHAR(16)  NOT NULL CHECK (kind IN ('deputy', 'member')),
    -- 代表团 (deputies) / 界别 (members)
    delegation VARCHAR(100),
    sector     VARCHAR(100),
    username   VARCHAR(100),
    version    BIGINT       NOT NULL DEFAULT 0,
    UNIQUE (tenant_id, kind, name)
);
CREATE INDEX proposal_proposer_name_trgm ON proposal_proposer USING gin (name gin_trgm_ops);

-- Co-signers (附议人) of an item, in the item's (agency's) tenant; the proposer row is the district's.
CREATE TABLE proposal_item_cosigner (
    tenant_id   VARCHAR(64) NOT NULL,
    item_id     BIGINT      NOT NULL REFERENCES proposal_item (id) ON DELETE CASCADE,
    proposer_id BIGINT      NOT NULL REFERENCES proposal_proposer (id),
    position    INT         NOT NULL,
    PRIMARY KEY (tenant_id, item_id, proposer_id)
);

-- the lead proposer in the registry (proposal_item.proposer keeps the display name)
ALTER TABLE proposal_item ADD COLUMN proposer_id BIGINT REFERENCES proposal_proposer (id);
CREATE INDEX proposal_item_tenant_proposer ON proposal_item (tenant_id, proposer);
CREATE INDEX proposal_item_tenant_session ON proposal_item (tenant_id, session);
CREATE INDEX proposal_item_title_trgm ON proposal_item USING gin (title gin_trgm_ops);

DO $$
DECLARE t TEXT;
BEGIN
    FOREACH t IN ARRAY ARRAY['proposal_proposer', 'proposal_item_cosigner'] LOOP
        EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
        EXECUTE format('ALTER TABLE %I FORCE ROW LEVEL SECURITY', t);
        EXECUTE format('CREATE POLICY %I ON %I USING (tenant_id = current_setting(''app.tenant_id'', true)) '
                       'WITH CHECK (tenant_id = current_setting(''app.tenant_id'', true))', t || '_tenant', t);
        EXECUTE format('GRANT SELECT, INSERT, UPDATE, DELETE ON %I TO ${app_role}', t);
    END LOOP;
END $$;
GRANT USAGE, SELECT ON SEQUENCE proposal_proposer_id_seq TO ${app_role};
