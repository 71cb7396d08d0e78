-- The reply to an item (one per round: 1 = first reply, 2 = after re-handling) and, for outcome
-- B, its implementation plan's milestones with their recorded progress (落实率). Shared by the
-- reply/review use cases (write) and the proposer's portal (read).
CREATE TABLE proposal_reply (
    id          BIGSERIAL PRIMARY KEY,
    tenant_id   VARCHAR(64)  NOT NULL,
    item_id     BIGINT       NOT NULL REFERENCES proposal_item (id),
    round       INT          NOT NULL DEFAULT 1,
    outcome     VARCHAR(1)   CHECK (outcome IN ('A', 'B', 'C')),
    body        TEXT         NOT NULL DEFAULT '',
    -- why it cannot be solved now (required for C)
    explanation TEXT,
    -- draft | submitted | approved
    status      VARCHAR(16)  NOT NULL DEFAULT 'draft',
    drafted_by  VARCHAR(100),
    approved_by VARCHAR(100),
    approved_at TIMESTAMPTZ,
    version     BIGINT       NOT NULL DEFAULT 0,
    UNIQUE (tenant_id, item_id, round)
);

CREATE TABLE proposal_plan_milestone (
    id          BIGSERIAL PRIMARY KEY,
    tenant_id   VARCHAR(64)  NOT NULL,
    item_id     BIGINT       NOT NULL REFERENCES proposal_item (id),
    reply_id    BIGINT       NOT NULL REFERENCES proposal_reply (id),
    position    INT          NOT NULL,
    title       VARCHAR(300) NOT NULL,
    due_on      DATE         NOT NULL,
    done_on     DATE,
    version     BIGINT       NOT NULL DEFAULT 0
);
CREATE INDEX proposal_plan_milestone_tenant_item ON proposal_plan_milestone (tenant_id, item_id);

-- progress recorded on a milestone, append-only (what the proposer is told)
CREATE TABLE proposal_milestone_progress (
    id           BIGSERIAL PRIMARY KEY,
    tenant_id    VARCHAR(64)   NOT NULL,
    milestone_id BIGINT        NOT NULL REFERENCES proposal_plan_milestone (id),
    at           TIMESTAMPTZ   NOT NULL,
    actor        VARCHAR(100)  NOT NULL,
    note         VARCHAR(2000) NOT NULL
);
CREATE INDEX proposal_milestone_progress_tenant ON proposal_milestone_progress (tenant_id, milestone_id);

DO $$
DECLARE t TEXT;
BEGIN
    FOREACH t IN ARRAY ARRAY['proposal_reply', 'proposal_plan_milestone', 'proposal_milestone_progress'] LOOP
        EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
        EXECUTE format('ALTER TABLE %I FORCE ROW LEVEL SECURITY', t);
        EXECUTE format('CREATE POLICY %I ON %I USING (tenant_id = current_setting(''app.tenant_id'', true)) '
                       'WITH CHECK (tenant_id = current_setting(''app.tenant_id'', true))', t || '_tenant', t);
        EXECUTE format('GRANT SELECT, INSERT, UPDATE, DELETE ON %I TO ${app_role}', t);
        EXECUTE format('GRANT USAGE, SELECT ON SEQUENCE %I TO ${app_role}', t || '_id_seq');
    END LOOP;
END $$;
CREATE INDEX proposal_reply_tenant_item ON proposal_reply (tenant_id, item_id);
