-- Deadlines and reminders (docs/proposals-deadlines.md).
--
-- District settings: the deadline rules and the calendar of holidays and make-up working days
-- (调休) belong to a district, not to an agency. They are no secret (every agency of the district
-- and its proposers work by them), so everybody may read them; only the district itself may
-- change them: the write policy compares with app.district_id, which only the district
-- settings use case sets (for district oversight of that district).
CREATE TABLE proposal_deadline_rule (
    district_alias VARCHAR(64) NOT NULL REFERENCES platform_organization (alias),
    kind           VARCHAR(32) NOT NULL CHECK (kind IN ('acknowledgement', 'co_handling_opinion', 'reply',
                                                        'reply_max', 'rehandling_reply', 'feedback')),
    amount         INT         NOT NULL CHECK (amount BETWEEN 1 AND 366),
    unit           VARCHAR(16) NOT NULL CHECK (unit IN ('working_days', 'calendar_days', 'months')),
    version        BIGINT      NOT NULL DEFAULT 0,
    PRIMARY KEY (district_alias, kind)
);

-- only the days that differ from the week: holidays (working = false) and make-up days (working = true)
CREATE TABLE proposal_calendar_day (
    district_alias VARCHAR(64)  NOT NULL REFERENCES platform_organization (alias),
    day            DATE         NOT NULL,
    working        BOOLEAN      NOT NULL,
    name           VARCHAR(100) NOT NULL,
    PRIMARY KEY (district_alias, day)
);

DO $$
DECLARE t TEXT;
BEGIN
    FOREACH t IN ARRAY ARRAY['proposal_deadline_rule', 'proposal_calendar_day'] LOOP
        EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
        EXECUTE format('ALTER TABLE %I FORCE ROW LEVEL SECURITY', t);
        EXECUTE format('CREATE POLICY %I ON %I FOR SELECT USING (true)', t || '_read', t);
        EXECUTE format('CREATE POLICY %I ON %I USING (district_alias = current_setting(''app.district_id'', true)) '
                       'WITH CHECK (district_alias = current_setting(''app.district_id'', true))', t || '_district', t);
        EXECUTE format('GRANT SELECT, INSERT, UPDATE, DELETE ON %I TO ${app_role}', t);
    END LOOP;
END $$;

-- One deadline per item and kind; an extension keeps the first due date beside the new one.
ALTER TABLE proposal_deadline
    ADD COLUMN original_due_on DATE,
    ADD COLUMN extended_by     VARCHAR(100),
    ADD CONSTRAINT proposal_deadline_one_per_kind UNIQUE (tenant_id, item_id, kind);

-- Which reminder went to whom: the reminder job inserts here first (ON CONFLICT DO NOTHING) and
-- tells a person only when the row is new, so a re-run, or a second instance, sends nothing twice.
CREATE TABLE proposal_reminder_sent (
    tenant_id   VARCHAR(64)  NOT NULL,
    deadline_id BIGINT       NOT NULL REFERENCES proposal_deadline (id) ON DELETE CASCADE,
    stage       VARCHAR(16)  NOT NULL CHECK (stage IN ('due_soon', 'overdue')),
    recipient   VARCHAR(100) NOT NULL,
    sent_at     TIMESTAMPTZ  NOT NULL,
    PRIMARY KEY (tenant_id, deadline_id, stage, recipient)
);

-- In-app notifications. Written in the agency's transaction (tenant policy); read and marked
-- read by their recipient, whichever organization they belong to (a proposer has none): the
-- recipient policy compares with app.recipient, set by the inbox use case to the caller.
CREATE TABLE proposal_notification (
    id         BIGSERIAL PRIMARY KEY,
    tenant_id  VARCHAR(64)   NOT NULL,
    recipient  VARCHAR(100)  NOT NULL,
    kind       VARCHAR(32)   NOT NULL,
    item_id    BIGINT,
    text_zh    VARCHAR(1000) NOT NULL,
    text_en    VARCHAR(1000) NOT NULL,
    created_at TIMESTAMPTZ   NOT NULL,
    read_at    TIMESTAMPTZ,
    version    BIGINT        NOT NULL DEFAULT 0
);
CREATE INDEX proposal_notification_tenant_recipient ON proposal_notification (tenant_id, recipient, created_at DESC);
CREATE INDEX proposal_notification_recipient_unread ON proposal_notification (recipient, created_at DESC) WHERE read_at IS NULL;

DO $$
DECLARE t TEXT;
BEGIN
    FOREACH t IN ARRAY ARRAY['proposal_reminder_sent', 'proposal_notification'] LOOP
        EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
        EXECUTE format('ALTER TABLE %I FORCE ROW LEVEL SECURITY', t);
        EXECUTE format('CREATE POLICY %I ON %I USING (tenant_id = current_setting(''app.tenant_id'', true)) '
                       'WITH CHECK (tenant_id = current_setting(''app.tenant_id'', true))', t || '_tenant', t);
    END LOOP;
END $$;
CREATE POLICY proposal_notification_recipient ON proposal_notification
    USING (recipient = current_setting('app.recipient', true))
    WITH CHECK (recipient = current_setting('app.recipient', true));

GRANT SELECT, INSERT ON proposal_reminder_sent TO ${app_role};
GRANT SELECT, INSERT, UPDATE, DELETE ON proposal_notification TO ${app_role};
GRANT USAGE, SELECT ON SEQUENCE proposal_notification_id_seq TO ${app_role};

-- An item's deadlines go with it: whoever deletes an item (tests, a data fix) need not know this table.
ALTER TABLE proposal_deadline DROP CONSTRAINT proposal_deadline_item_id_fkey,
    ADD CONSTRAINT proposal_deadline_item_id_fkey FOREIGN KEY (item_id) REFERENCES proposal_item (id) ON DELETE CASCADE;
