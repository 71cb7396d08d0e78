-- Facts of the 2026 demo session that the later slices keep for live items: the lead proposer's
-- registry entry, ratings per round (on paper when staff entered them) and the deadlines with
-- when each was met, derived from each item's history so that lists, inbox, portal and reports
-- agree. Row-level security binds the owner too: every step runs per tenant.

-- registry entries are the district's: copy them out as the district, use them as the agency
CREATE TEMP TABLE demo_registry (district VARCHAR(64), name VARCHAR(100), id BIGINT);
DO $$
DECLARE d TEXT;
BEGIN
    FOREACH d IN ARRAY ARRAY['zhangdian', 'zichuan'] LOOP
        PERFORM set_config('app.tenant_id', d, true);
        INSERT INTO demo_registry SELECT tenant_id, name, id FROM proposal_proposer;
    END LOOP;
END $$;

DO $$
DECLARE t TEXT;
BEGIN
    FOREACH t IN ARRAY ARRAY['zhangdian-psb', 'zhangdian-edu', 'zichuan-psb', 'zichuan-edu'] LOOP
        PERFORM set_config('app.tenant_id', t, true);

        UPDATE proposal_item i SET proposer_id = r.id
          FROM demo_registry r
         WHERE r.district = split_part(t, '-', 1) AND r.name = i.proposer AND i.session LIKE '2026%';

        INSERT INTO proposal_rating (tenant_id, item_id, round, rating, comment, on_paper, entered_by, at)
        SELECT t, h.item_id, row_number() OVER (PARTITION BY h.item_id ORDER BY h.at),
               substring(h.action FROM 6), h.reason, h.actor IS DISTINCT FROM i.proposer_username, h.actor, h.at
          FROM proposal_item_history h JOIN proposal_item i ON i.id = h.item_id
         WHERE h.action LIKE 'rate\_%' AND i.session LIKE '2026%';

        -- acknowledgement: 5 working days (Monday to Friday) after assignment
        INSERT INTO proposal_deadline (tenant_id, item_id, kind, due_on, met_at)
        SELECT t, i.id, 'acknowledgement',
               (SELECT d::date FROM generate_series(i.assigned_on + 1, i.assigned_on + 14, interval '1 day') d
                 WHERE extract(isodow FROM d) < 6 ORDER BY d OFFSET 4 LIMIT 1),
               (SELECT min(h.at) FROM proposal_item_history h WHERE h.item_id = i.id AND h.action = 'acknowledge')
          FROM proposal_item i WHERE i.session LIKE '2026%';

        -- reply: 3 months after assignment, met by the first approved reply
        INSERT INTO proposal_deadline (tenant_id, item_id, kind, due_on, met_at)
        SELECT t, i.id, 'reply', (i.assigned_on + interval '3 months')::date,
               (SELECT min(h.at) FROM proposal_item_history h WHERE h.item_id = i.id AND h.action = 'approve_reply')
          FROM proposal_item i WHERE i.session LIKE '2026%' AND i.state <> 'reassignment_requested';

        -- re-handling: 1 month after the unsatisfied rating, met by the approval after it
        INSERT INTO proposal_deadline (tenant_id, item_id, kind, due_on, met_at)
        SELECT t, u.item_id, 'rehandling_reply', (u.at + interval '1 month')::date,
               (SELECT min(h.at) FROM proposal_item_history h WHERE h.item_id = u.item_id AND h.action = 'approve_reply' AND h.at > u.at)
          FROM proposal_item_history u JOIN proposal_item i ON i.id = u.item_id
         WHERE u.action = 'rate_unsatisfied' AND i.session LIKE '2026%';

        -- feedback window: 30 days after the latest approved reply, met by a rating after it or closure
        INSERT INTO proposal_deadline (tenant_id, item_id, kind, due_on, met_at)
        SELECT t, a.item_id, 'feedback', (a.at + interval '30 days')::date,
               (SELECT min(h.at) FROM proposal_item_history h WHERE h.item_id = a.item_id AND h.at > a.at
                   AND (h.action LIKE 'rate\_%' OR h.action = 'close'))
          FROM (SELECT item_id, max(at) AS at FROM proposal_item_history WHERE action = 'approve_reply' GROUP BY item_id) a
          JOIN proposal_item i ON i.id = a.item_id
         WHERE i.session LIKE '2026%';
    END LOOP;
END $$;

DROP TABLE demo_registry;
