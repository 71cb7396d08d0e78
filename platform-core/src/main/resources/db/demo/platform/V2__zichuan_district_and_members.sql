-- A second demo district, so that isolation between districts can be seen, and the demo
-- users' memberships (the same as the Keycloak organizations of the dev realm).
INSERT INTO platform_organization (alias, kind, name_zh, name_en, district_alias) VALUES
    ('zichuan', 'district', '淄川区', 'Zichuan District', NULL),
    ('zichuan-psb', 'agency', '淄川公安分局', 'Zichuan Public Security Sub-bureau', 'zichuan'),
    ('zichuan-edu', 'agency', '淄川区教育局', 'Zichuan District Education Bureau', 'zichuan');

INSERT INTO platform_member (username, organization_alias) VALUES
    ('zd-oversight', 'zhangdian'),
    ('psb-admin', 'zhangdian-psb'), ('psb-leader', 'zhangdian-psb'),
    ('psb-supervisor', 'zhangdian-psb'), ('psb-handler', 'zhangdian-psb'),
    ('edu-admin', 'zhangdian-edu'), ('edu-leader', 'zhangdian-edu'),
    ('edu-supervisor', 'zhangdian-edu'), ('edu-handler', 'zhangdian-edu'),
    ('zc-oversight', 'zichuan'),
    ('zcpsb-admin', 'zichuan-psb'), ('zcpsb-leader', 'zichuan-psb'),
    ('zcpsb-supervisor', 'zichuan-psb'), ('zcpsb-handler', 'zichuan-psb'),
    ('zcedu-admin', 'zichuan-edu'), ('zcedu-leader', 'zichuan-edu'),
    ('zcedu-supervisor', 'zichuan-edu'), ('zcedu-handler', 'zichuan-edu');
