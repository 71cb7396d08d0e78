-- The proposer's side of an item: ratings per round (the proposer's own, or one given on paper
-- and entered by staff), files attached to an item (reply letters and others, stored here with
-- their sha256), and the agency's reply-letter templates. All tenant-owned with forced RLS.
CREATE TABLE proposal_rating (
    id         BIGSERIAL PRIMARY KEY,
    tenant_id  VARCHAR(64)   NOT NULL,
    item_id    BIGINT        NOT NULL REFERENCES proposal_item (id),
    -- 1 = rating of the first reply, 2 = of the reply after re-handling
    round      INT           NOT NULL,
    rating     VARCHAR(32)   NOT NULL CHECK (rating IN ('satisfied', 'basically_satisfied', 'unsatisfied')),
    comment    VARCHAR(2000),
    -- true: given on paper, entered by entered_by (staff); false: the proposer rated in the portal
    on_paper   BOOLEAN       NOT NULL,
    entered_by VARCHAR(100)  NOT NULL,
    at         TIMESTAMPTZ   NOT NULL,
    UNIQUE (tenant_id, item_id, round)
);

CREATE TABLE proposal_attachment (
    id          BIGSERIAL PRIMARY KEY,
    tenant_id   VARCHAR(64)  NOT NULL,
    item_id     BIGINT       NOT NULL REFERENCES proposal_item (id),
    -- reply_letter | other
    kind        VARCHAR(32)  NOT NULL CHECK (kind IN ('reply_letter', 'other')),
    filename    VARCHAR(200) NOT NULL,
    -- from the sniffed content, never from the client
    media_type  VARCHAR(100) NOT NULL,
    size_bytes  BIGINT       NOT NULL,
    sha256      VARCHAR(64)  NOT NULL,
    content     BYTEA        NOT NULL,
    uploaded_by VARCHAR(100) NOT NULL,
    uploaded_at TIMESTAMPTZ  NOT NULL
);
CREATE INDEX proposal_attachment_tenant_item ON proposal_attachment (tenant_id, item_id, uploaded_at);

CREATE TABLE proposal_reply_template (
    id         BIGSERIAL PRIMARY KEY,
    tenant_id  VARCHAR(64)   NOT NULL,
    name       VARCHAR(100)  NOT NULL,
    body       VARCHAR(20000) NOT NULL,
    version    BIGINT        NOT NULL DEFAULT 0,
    UNIQUE (tenant_id, name)
);

DO $$
DECLARE t TEXT;
BEGIN
    FOREACH t IN ARRAY ARRAY['proposal_rating', 'proposal_attachment', 'proposal_reply_template'] LOOP
        EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
        EXECUTE format('ALTER TABLE %I FORCE ROW LEVEL SECURITY', t);
        EXECUTE format('CREATE POLICY %I ON %I USING (tenant_id = current_setting(''app.tenant_id'', true)) '
                       'WITH CHECK (tenant_id = current_setting(''app.tenant_id'', true))', t || '_tenant', t);
        EXECUTE format('GRANT USAGE, SELECT ON SEQUENCE %I TO ${app_role}', t || '_id_seq');
    END LOOP;
END $$;
-- ratings are given once per round and never rewritten by the app
GRANT SELECT, INSERT ON proposal_rating TO ${app_role};
GRANT SELECT, INSERT, DELETE ON proposal_attachment TO ${app_role};
GRANT SELECT, INSERT, UPDATE, DELETE ON proposal_reply_template TO ${app_role};
