-- The demo districts' registries of deputies and members; 李明 and 张伟 have accounts (deputy-li,
-- member-zhang). Row-level security binds the owner too, so each district is set first.
SELECT set_config('app.tenant_id', 'zhangdian', true);
INSERT INTO proposal_proposer (tenant_id, name, kind, delegation, sector, username) VALUES
 ('zhangdian', '李明', 'deputy', '车站街道代表团', NULL, 'deputy-li'),
 ('zhangdian', '王芳', 'deputy', '公园街道代表团', NULL, NULL),
 ('zhangdian', '刘洋', 'deputy', '和平街道代表团', NULL, NULL),
 ('zhangdian', '张伟', 'member', NULL, '教育界', 'member-zhang'),
 ('zhangdian', '赵静', 'member', NULL, '经济界', NULL),
 ('zhangdian', '陈磊', 'member', NULL, '农业界', NULL);
SELECT set_config('app.tenant_id', 'zichuan', true);
INSERT INTO proposal_proposer (tenant_id, name, kind, delegation, sector, username) VALUES
 ('zichuan', '孙强', 'deputy', '般阳路街道代表团', NULL, NULL),
 ('zichuan', '周敏', 'member', NULL, '教育界', NULL);
