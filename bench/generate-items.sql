-- Loaded before V60 (the search migration) runs, so that migration's backfill and index builds are
-- measured on 1M rows too.
-- 1M items over 500 agencies (bench-big holds 100k, the 499 others ~1,800 each), with
-- Chinese titles and bodies, handlers, units, outcomes, ratings and open deadlines for half
-- of them. Run as the superuser on an empty, migrated database (RLS is bypassed for loading only;
-- the queries then run as the app role). Deterministic: setseed.
SELECT setseed(0.42);

CREATE TEMP TABLE words (n int, w text);
INSERT INTO words SELECT row_number() OVER (), w FROM unnest(ARRAY[
  '交通','教育','停车','校园','治安','养老','医疗','环境','消防','社区','农村','道路','电动自行车','老旧小区',
  '食品安全','噪音','供暖','物业','菜市场','公交','学区','夜市','河道','垃圾分类','绿化','路灯','充电桩',
  '网格化','反诈','户籍','出入境','托育','课后服务','乡村教师','体育设施','图书馆','文物保护','应急',
  '防汛','燃气','快递','外卖骑手','共享单车','背街小巷','农贸市场','学生安全','心理健康','技防','监控',
  '执法','涉案财物','窗口服务','办证','残疾人','退役军人','就业','技能培训','食堂','校车','健身'
]) AS w;

INSERT INTO proposal_item (tenant_id, kind, session, number, title, body, proposer, category, key_item, state,
                           assigned_on, proposer_username, leader_username, unit_id, handler_username, outcome,
                           replied_on, rating, version)
SELECT tenant,
       CASE WHEN g % 3 = 0 THEN 'proposal' ELSE 'suggestion' END,
       (2019 + g % 6) || '年区两会',
       CASE WHEN g % 3 = 0 THEN '提案' ELSE '建议' END || '第' || lpad(g::text, 7, '0') || '号',
       '关于加强' || w1.w || '与' || w2.w || '管理的' || CASE WHEN g % 3 = 0 THEN '提案' ELSE '建议' END,
       '群众反映' || w1.w || '问题突出，建议有关部门统筹' || w3.w || '工作，完善' || w2.w || '长效机制，加大投入并定期通报进展。',
       (ARRAY['李明','王芳','张伟','刘洋','陈磊','赵静','孙强','周敏','吴刚','郑丽'])[1 + g % 10] || (g % 97),
       (ARRAY['traffic','education','social_governance','case_handling','public_service'])[1 + g % 5],
       g % 10 = 0,
       st,
       DATE '2019-03-01' + (g % 2000),
       NULL,
       'leader' || (g % 10),
       1 + g % 20,
       'handler' || (g % 50),
       CASE WHEN st IN ('replied','feedback_given','re_handling','closed') THEN (ARRAY['A','B','C'])[1 + g % 3] END,
       CASE WHEN st IN ('replied','feedback_given','re_handling','closed') THEN DATE '2019-06-01' + (g % 2000) END,
       CASE WHEN st IN ('feedback_given','re_handling','closed') THEN
            (ARRAY['satisfied','basically_satisfied','unsatisfied'])[1 + (g / 3) % 3] END,
       0
FROM (SELECT g,
             CASE WHEN g <= 100000 THEN 'bench-big' ELSE 'bench-' || lpad((g % 499)::text, 3, '0') END AS tenant,
             (ARRAY['assigned','reassignment_requested','acknowledged','in_handling','reply_drafted','under_review',
                    'returned_for_rework','replied','feedback_given','re_handling','closed'])[1 + (g * 7) % 11] AS st,
             1 + (g * 13) % 60 AS n1, 1 + (g * 31 + 7) % 60 AS n2, 1 + (g * 17 + 3) % 60 AS n3
      FROM generate_series(1, 1000000) AS g) AS x
JOIN words w1 ON w1.n = x.n1
JOIN words w2 ON w2.n = x.n2
JOIN words w3 ON w3.n = x.n3;

-- half the items have an open reply deadline (due from 60 days ago to 60 days ahead), a few a met one
INSERT INTO proposal_deadline (tenant_id, item_id, kind, due_on, met_at)
SELECT tenant_id, id, 'reply', current_date - 60 + (id % 121)::int, CASE WHEN id % 7 = 0 THEN now() END
FROM proposal_item WHERE id % 2 = 0;

SET session_replication_role = DEFAULT;
