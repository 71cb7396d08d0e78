-- Units (科室) of the demo agencies. Row-level security binds the owner too: set the tenant first.
SELECT set_config('app.tenant_id', 'zhangdian-psb', true);
INSERT INTO platform_unit (tenant_id, name_zh, name_en) VALUES
    ('zhangdian-psb', '法制大队', 'Legal Affairs Brigade'),
    ('zhangdian-psb', '治安大队', 'Public Order Brigade'),
    ('zhangdian-psb', '交警大队', 'Traffic Police Brigade'),
    ('zhangdian-psb', '指挥中心', 'Command Center');
-- the demo handler works in 法制大队 (platform_member itself has no row-level security)
UPDATE platform_member SET unit_id = (SELECT id FROM platform_unit WHERE tenant_id = 'zhangdian-psb' AND name_zh = '法制大队')
    WHERE username = 'psb-handler' AND organization_alias = 'zhangdian-psb';
SELECT set_config('app.tenant_id', 'zhangdian-edu', true);
INSERT INTO platform_unit (tenant_id, name_zh, name_en) VALUES
    ('zhangdian-edu', '基础教育科', 'Basic Education Section'),
    ('zhangdian-edu', '安全稳定科', 'Safety and Stability Section');
SELECT set_config('app.tenant_id', 'zichuan-psb', true);
INSERT INTO platform_unit (tenant_id, name_zh, name_en) VALUES
    ('zichuan-psb', '法制大队', 'Legal Affairs Brigade'),
    ('zichuan-psb', '交警大队', 'Traffic Police Brigade');
SELECT set_config('app.tenant_id', 'zichuan-edu', true);
INSERT INTO platform_unit (tenant_id, name_zh, name_en) VALUES
    ('zichuan-edu', '基础教育科', 'Basic Education Section');
