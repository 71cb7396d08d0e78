-- Demo district 张店区 and its agencies; aliases match the Keycloak organizations of the dev realm.
INSERT INTO platform_organization (alias, kind, name_zh, name_en, district_alias) VALUES
    ('zhangdian', 'district', '张店区', 'Zhangdian District', NULL),
    ('zhangdian-psb', 'agency', '张店公安分局', 'Zhangdian Public Security Sub-bureau', 'zhangdian'),
    ('zhangdian-edu', 'agency', '张店区教育局', 'Zhangdian District Education Bureau', 'zhangdian');
