-- Who belongs to which organization, as the platform itself records it: a token's organization
-- claim is trusted only for an active membership here (a token outlives a removed member).
CREATE TABLE platform_member (
    id                 BIGSERIAL PRIMARY KEY,
    username           VARCHAR(100) NOT NULL,
    organization_alias VARCHAR(64)  NOT NULL REFERENCES platform_organization (alias),
    active             BOOLEAN      NOT NULL DEFAULT TRUE,
    version            BIGINT       NOT NULL DEFAULT 0,
    UNIQUE (username, organization_alias)
);

-- A module switched off for a tenant has a row with enabled = false; no row means enabled.
-- Switching off hides; the module's data stays.
CREATE TABLE platform_tenant_module (
    tenant_id VARCHAR(64) NOT NULL REFERENCES platform_organization (alias),
    module_id VARCHAR(64) NOT NULL,
    enabled   BOOLEAN     NOT NULL,
    version   BIGINT      NOT NULL DEFAULT 0,
    PRIMARY KEY (tenant_id, module_id)
);

-- The one table that maps roles to permissions. Rows for the platform's and every module's
-- permissions are added at startup from their descriptors when missing.
CREATE TABLE platform_role_permission (
    role       VARCHAR(32)  NOT NULL,
    permission VARCHAR(100) NOT NULL,
    PRIMARY KEY (role, permission)
);

-- Append-only audit log: every state change, with actor, tenant, time, action and summaries.
CREATE TABLE platform_audit_log (
    id             BIGSERIAL PRIMARY KEY,
    at             TIMESTAMPTZ  NOT NULL DEFAULT now(),
    actor          VARCHAR(100) NOT NULL,
    tenant_id      VARCHAR(64),
    action         VARCHAR(100) NOT NULL,
    subject        VARCHAR(200) NOT NULL,
    before_summary TEXT,
    after_summary  TEXT,
    request_id     VARCHAR(64)
);
CREATE INDEX platform_audit_log_tenant_at ON platform_audit_log (tenant_id, at DESC, id DESC);

CREATE FUNCTION platform_audit_log_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'platform_audit_log is append-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
END
$$;
-- the trigger binds the owner too; the app role has no UPDATE/DELETE grant in the first place
CREATE TRIGGER platform_audit_log_no_update_delete BEFORE UPDATE OR DELETE ON platform_audit_log
    FOR EACH ROW EXECUTE FUNCTION platform_audit_log_refuse_change();
CREATE TRIGGER platform_audit_log_no_truncate BEFORE TRUNCATE ON platform_audit_log
    FOR EACH STATEMENT EXECUTE FUNCTION platform_audit_log_refuse_change();

GRANT SELECT, INSERT, UPDATE, DELETE ON platform_member, platform_tenant_module, platform_role_permission TO ${app_role};
-- only reading and appending: take back what default privileges may have granted
REVOKE ALL ON platform_audit_log FROM ${app_role};
GRANT SELECT, INSERT ON platform_audit_log TO ${app_role};
GRANT USAGE, SELECT ON SEQUENCE platform_member_id_seq, platform_audit_log_id_seq TO ${app_role};
