-- The demo proposers sign in: 李明 (deputy-li, 人大代表) and 张伟 (member-zhang, 政协委员) are
-- members of their district 张店区 (as in the dev realm's organization), and their items in the
-- district's agencies carry their account, which is what the proposer's portal shows them.
INSERT INTO platform_member (username, organization_alias) VALUES
    ('deputy-li', 'zhangdian'), ('member-zhang', 'zhangdian')
ON CONFLICT (username, organization_alias) DO NOTHING;

SELECT set_config('app.tenant_id', 'zhangdian-psb', true);
UPDATE proposal_item SET proposer_username = 'deputy-li' WHERE tenant_id = 'zhangdian-psb' AND proposer = '李明' AND kind = 'suggestion';
UPDATE proposal_item SET proposer_username = 'member-zhang' WHERE tenant_id = 'zhangdian-psb' AND proposer = '张伟' AND kind = 'proposal';
SELECT set_config('app.tenant_id', 'zhangdian-edu', true);
UPDATE proposal_item SET proposer_username = 'deputy-li' WHERE tenant_id = 'zhangdian-edu' AND proposer = '李明' AND kind = 'suggestion';
UPDATE proposal_item SET proposer_username = 'member-zhang' WHERE tenant_id = 'zhangdian-edu' AND proposer = '张伟' AND kind = 'proposal';

-- a reply-letter template for each agency of the district
SELECT set_config('app.tenant_id', 'zhangdian-psb', true);
INSERT INTO proposal_reply_template (tenant_id, name, body) VALUES ('zhangdian-psb', '标准答复函',
'{{proposer}}代表/委员：

您提出的《{{title}}》（{{number}}）收悉。经认真研究，现答复如下：

{{reply}}

感谢您对公安工作的关心和支持。

{{agency}}
{{date}}');
SELECT set_config('app.tenant_id', 'zhangdian-edu', true);
INSERT INTO proposal_reply_template (tenant_id, name, body) VALUES ('zhangdian-edu', '标准答复函',
'{{proposer}}代表/委员：

您提出的《{{title}}》（{{number}}）收悉。经认真研究，现答复如下：

{{reply}}

感谢您对教育工作的关心和支持。

{{agency}}
{{date}}');
