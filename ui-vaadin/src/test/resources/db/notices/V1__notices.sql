CREATE TABLE notice (
    id        BIGSERIAL PRIMARY KEY,
    tenant_id VARCHAR(64) NOT NULL,
    text      VARCHAR(200) NOT NULL
);
ALTER TABLE notice ENABLE ROW LEVEL SECURITY;
ALTER TABLE notice FORCE ROW LEVEL SECURITY;
CREATE POLICY notice_tenant ON notice
    USING (tenant_id = current_setting('app.tenant_id', true))
    WITH CHECK (tenant_id = current_setting('app.tenant_id', true));
GRANT SELECT, INSERT, UPDATE, DELETE ON notice TO ${app_role};
GRANT USAGE, SELECT ON SEQUENCE notice_id_seq TO ${app_role};

SELECT set_config('app.tenant_id', 'zhangdian-psb', true);
INSERT INTO notice (tenant_id, text) VALUES ('zhangdian-psb', '分局通知一'), ('zhangdian-psb', '分局通知二');
SELECT set_config('app.tenant_id', 'zhangdian-edu', true);
INSERT INTO notice (tenant_id, text) VALUES ('zhangdian-edu', '教育局通知');
