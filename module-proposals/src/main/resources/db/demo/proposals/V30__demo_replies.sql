-- Replies for demo items that are already past drafting, so the reply panel, the review buttons
-- and the rates find what the real use cases would have written: a submitted reply for items
-- under review, an empty draft for drafted ones, an approved reply (with a one-step plan for B)
-- for replied ones. Generic over every agency's items present now; row-level security binds the
-- owner too, so each agency is set first.
DO $$
DECLARE a TEXT;
BEGIN
    FOR a IN SELECT alias FROM platform_organization WHERE kind = 'agency' ORDER BY alias LOOP
        PERFORM set_config('app.tenant_id', a, true);

        UPDATE proposal_item SET outcome = 'A', replied_on = assigned_on + 60
        WHERE state IN ('replied', 'feedback_given', 'closed', 're_handling') AND outcome IS NULL;
        UPDATE proposal_item SET replied_on = assigned_on + 60
        WHERE state IN ('replied', 'feedback_given', 'closed', 're_handling') AND replied_on IS NULL;

        INSERT INTO proposal_reply (tenant_id, item_id, round, outcome, body, explanation, status, approved_at)
        SELECT i.tenant_id, i.id, 1, i.outcome,
               CASE i.outcome
                   WHEN 'A' THEN '经认真研究，您提出的问题已会同有关部门落实解决，感谢您对我们工作的关心和支持。'
                   WHEN 'B' THEN '您提出的问题已列入工作计划，我们将分期落实，并及时向您反馈进展。'
                   ELSE '您的建议很有价值，但受现有政策和经费条件限制，暂时无法实施，我们将留作参考。' END,
               CASE WHEN i.outcome = 'C' THEN '涉及上级统一政策和年度财政预算，区级单位暂无法调整。' END,
               'approved', (i.replied_on + TIME '10:00') AT TIME ZONE 'Asia/Shanghai'
        FROM proposal_item i
        WHERE i.state IN ('replied', 'feedback_given', 'closed', 're_handling')
          AND NOT EXISTS (SELECT 1 FROM proposal_reply r WHERE r.item_id = i.id);

        INSERT INTO proposal_plan_milestone (tenant_id, item_id, reply_id, position, title, due_on, done_on)
        SELECT r.tenant_id, r.item_id, r.id, 1, '完成整改并向代表委员反馈', i.replied_on + 90,
               CASE WHEN i.state = 'closed' THEN i.replied_on + 80 END
        FROM proposal_reply r JOIN proposal_item i ON i.id = r.item_id
        WHERE r.outcome = 'B' AND r.status = 'approved'
          AND NOT EXISTS (SELECT 1 FROM proposal_plan_milestone m WHERE m.reply_id = r.id);

        INSERT INTO proposal_reply (tenant_id, item_id, round, outcome, body, status)
        SELECT i.tenant_id, i.id, 1, 'A', '经认真研究，您提出的问题已会同有关部门落实解决，感谢您对我们工作的关心和支持。', 'submitted'
        FROM proposal_item i
        WHERE i.state = 'under_review' AND NOT EXISTS (SELECT 1 FROM proposal_reply r WHERE r.item_id = i.id);

        INSERT INTO proposal_reply (tenant_id, item_id, round, status)
        SELECT i.tenant_id, i.id, 1, 'draft'
        FROM proposal_item i
        WHERE i.state = 'reply_drafted' AND NOT EXISTS (SELECT 1 FROM proposal_reply r WHERE r.item_id = i.id);
    END LOOP;
END $$;
