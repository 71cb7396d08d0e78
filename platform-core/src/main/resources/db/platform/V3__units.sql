-- Units (科室) of an agency, e.g. 法制大队 of 张店公安分局: tenant-owned, so tenant_id leads the
-- index and row-level security (forced, the owner included) is the wall behind the app's filter.
CREATE TABLE platform_unit (
    id        BIGSERIAL PRIMARY KEY,
    tenant_id VARCHAR(64)  NOT NULL REFERENCES platform_organization (alias),
    name_zh   VARCHAR(200) NOT NULL,
    name_en   VARCHAR(200),
    active    BOOLEAN      NOT NULL DEFAULT TRUE,
    version   BIGINT       NOT NULL DEFAULT 0,
    UNIQUE (tenant_id, name_zh)
);
CREATE INDEX platform_unit_tenant_active ON platform_unit (tenant_id, active);

ALTER TABLE platform_unit ENABLE ROW LEVEL SECURITY;
ALTER TABLE platform_unit FORCE ROW LEVEL SECURITY;
CREATE POLICY platform_unit_tenant ON platform_unit
    USING (tenant_id = current_setting('app.tenant_id', true))
    WITH CHECK (tenant_id = current_setting('app.tenant_id', true));

GRANT SELECT, INSERT, UPDATE, DELETE ON platform_unit TO ${app_role};
GRANT USAGE, SELECT ON SEQUENCE platform_unit_id_seq TO ${app_role};

-- A member's unit (承办科室); none for agency-wide roles. Foreign-key checks bypass row-level
-- security, so the application checks that the unit is the member's agency's own.
ALTER TABLE platform_member ADD COLUMN unit_id BIGINT REFERENCES platform_unit (id);
CREATE INDEX platform_member_unit ON platform_member (unit_id);
