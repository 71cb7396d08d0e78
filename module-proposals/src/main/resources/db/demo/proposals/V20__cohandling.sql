-- A co-handling opinion the demo can show: 区教育局 co-handles 张店公安分局's suggestion on
-- technical security of old residential areas (still open). The row belongs to the co-handling
-- agency; the lead's item id is read as the lead first (row-level security binds the owner too).
SELECT set_config('app.tenant_id', 'zhangdian-psb', true);
SELECT set_config('huiyin.demo_lead_item',
                  (SELECT id::text FROM proposal_item WHERE tenant_id = 'zhangdian-psb' AND number = '建议第0031号'), true);
SELECT set_config('app.tenant_id', 'zhangdian-edu', true);
INSERT INTO proposal_cohandling (tenant_id, lead_tenant_id, lead_item_id, kind, session, number, title, body, proposer,
                                 assigned_by, assigned_at, due_on)
SELECT 'zhangdian-edu', 'zhangdian-psb', current_setting('huiyin.demo_lead_item')::bigint, 'suggestion', '2020年区两会',
       '建议第0031号', '关于提升老旧小区技防水平的建议', '部分老旧小区监控覆盖不足，建议加装视频监控并接入派出所平台。', '王芳',
       'zd-oversight', TIMESTAMPTZ '2020-03-10 09:00:00+08', DATE '2020-04-10'
WHERE current_setting('huiyin.demo_lead_item', true) IS NOT NULL AND current_setting('huiyin.demo_lead_item', true) <> '';
