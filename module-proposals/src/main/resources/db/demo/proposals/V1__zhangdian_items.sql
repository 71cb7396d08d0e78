-- A few items of the 2020 session for the demo agencies (the full demo session comes with the
-- proposal workflow). Row-level security binds the owner too, so each tenant is set first.
SELECT set_config('app.tenant_id', 'zhangdian-psb', true);
INSERT INTO proposal_item (tenant_id, kind, session, number, title, body, proposer, category, key_item, state, assigned_on) VALUES
 ('zhangdian-psb', 'suggestion', '2020年区两会', '建议第0012号', '关于加强校园周边交通秩序管理的建议', '上下学高峰时段校园周边车辆乱停乱放，建议增派警力疏导并设置临时停车区。', '李明', 'traffic', TRUE, 'replied', DATE '2020-03-10'),
 ('zhangdian-psb', 'suggestion', '2020年区两会', '建议第0031号', '关于提升老旧小区技防水平的建议', '部分老旧小区监控覆盖不足，建议加装视频监控并接入派出所平台。', '王芳', 'social_governance', FALSE, 'in_handling', DATE '2020-03-10'),
 ('zhangdian-psb', 'proposal', '2020年区政协全会', '提案第0045号', '关于加快涉案财物处置的提案', '涉案财物保管周期长、处置慢，建议建立集中管理与定期处置机制。', '张伟', 'case_handling', FALSE, 'acknowledged', DATE '2020-03-12'),
 ('zhangdian-psb', 'proposal', '2020年区政协全会', '提案第0052号', '关于规范电动自行车管理的提案', '电动自行车闯红灯、逆行现象突出，建议加强源头登记和路面执法。', '赵静', 'traffic', TRUE, 'assigned', DATE '2020-03-12');
SELECT set_config('app.tenant_id', 'zhangdian-edu', true);
INSERT INTO proposal_item (tenant_id, kind, session, number, title, body, proposer, category, key_item, state, assigned_on) VALUES
 ('zhangdian-edu', 'suggestion', '2020年区两会', '建议第0007号', '关于增加中小学课后服务供给的建议', '双职工家庭接孩子难，建议学校提供课后托管服务并合理收费。', '刘洋', 'education', TRUE, 'under_review', DATE '2020-03-10'),
 ('zhangdian-edu', 'proposal', '2020年区政协全会', '提案第0019号', '关于改善农村学校办学条件的提案', '部分农村学校教学设施陈旧，建议统筹资金分批改造。', '陈磊', 'education', FALSE, 'closed', DATE '2020-03-12');
SELECT set_config('app.tenant_id', 'zichuan-psb', true);
INSERT INTO proposal_item (tenant_id, kind, session, number, title, body, proposer, category, key_item, state, assigned_on) VALUES
 ('zichuan-psb', 'suggestion', '2020年区两会', '建议第0003号', '关于加强农村道路交通安全管理的建议', '农村道路缺少警示标志，建议增设标志并加强巡逻。', '孙强', 'traffic', FALSE, 'in_handling', DATE '2020-03-11');
SELECT set_config('app.tenant_id', 'zichuan-edu', true);
INSERT INTO proposal_item (tenant_id, kind, session, number, title, body, proposer, category, key_item, state, assigned_on) VALUES
 ('zichuan-edu', 'proposal', '2020年区政协全会', '提案第0008号', '关于加强乡村教师队伍建设的提案', '乡村教师流失严重，建议完善待遇保障和职称评聘倾斜政策。', '周敏', 'education', TRUE, 'assigned', DATE '2020-03-11');
