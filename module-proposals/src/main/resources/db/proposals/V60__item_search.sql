-- Search and lists over an agency's items (docs/proposals-search.md). Sized for 100k items per
-- agency and 1M in total: tenant_id leads every index; the choices follow bench/results/.
--
-- pg_trgm and btree_gin are "trusted" extensions: the database owner (the Flyway role) may
-- create them without superuser rights. btree_gin lets tenant_id lead a GIN index.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE EXTENSION IF NOT EXISTS btree_gin;

-- pg_trgm makes trigrams of "word" characters as the database's LC_CTYPE classifies them: with a
-- UTF-8 ctype (C.UTF-8, zh_CN.UTF-8, en_US.UTF-8) Chinese characters count, with plain C they do
-- not and Chinese search would fall back to scanning. Say so loudly at migration time.
DO $$
BEGIN
    IF array_length(show_trgm('交通管理'), 1) IS NULL THEN
        RAISE WARNING 'pg_trgm sees no trigrams in Chinese text: LC_CTYPE % is not a UTF-8 locale; Chinese search will scan',
            current_setting('lc_ctype');
    END IF;
END $$;

-- Free text over number, title, proposer and body, lowered once when written (LIKE on it
-- is case-insensitive without ILIKE's per-row lower()).
ALTER TABLE proposal_item
    ADD COLUMN search_text TEXT GENERATED ALWAYS AS (lower(number || ' ' || title || ' ' || proposer || ' ' || body)) STORED;

-- Trigrams need a query of three characters or more. Chinese words are mostly two characters
-- (交通, 教育, 停车), so two-character queries go through the item's set of bigrams instead.
-- (Duplicates and pairs with a space are left in: GIN dedups keys, and a query term has no space.)
CREATE FUNCTION proposal_bigrams(t TEXT) RETURNS TEXT[]
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
AS $$
    SELECT coalesce(array_agg(substr(t, i, 2)), '{}') FROM generate_series(1, length(t) - 1) AS i
$$;


-- The item's nearest open deadline, kept by a trigger on proposal_deadline so that "overdue"
-- and "sort by deadline" are one indexed column instead of a subquery per row. The trigger runs
-- as the caller: row-level security keeps it inside the caller's agency. It does not touch the
-- item's version (a new deadline is no edit of the item; nobody's optimistic lock breaks).
ALTER TABLE proposal_item ADD COLUMN next_due_on DATE;

CREATE FUNCTION proposal_item_refresh_next_due(item BIGINT) RETURNS VOID
    LANGUAGE sql
AS $$
    UPDATE proposal_item i
    SET next_due_on = (SELECT min(d.due_on) FROM proposal_deadline d
                       WHERE d.tenant_id = i.tenant_id AND d.item_id = i.id AND d.met_at IS NULL)
    WHERE i.id = item
$$;

CREATE FUNCTION proposal_deadline_changed() RETURNS TRIGGER
    LANGUAGE plpgsql
AS $$
BEGIN
    IF TG_OP <> 'INSERT' THEN
        PERFORM proposal_item_refresh_next_due(OLD.item_id);
    END IF;
    IF TG_OP = 'INSERT' OR (TG_OP = 'UPDATE' AND NEW.item_id <> OLD.item_id) THEN
        PERFORM proposal_item_refresh_next_due(NEW.item_id);
    END IF;
    RETURN NULL;
END $$;

CREATE TRIGGER proposal_deadline_next_due
    AFTER INSERT OR DELETE OR UPDATE OF item_id, due_on, met_at ON proposal_deadline
    FOR EACH ROW EXECUTE FUNCTION proposal_deadline_changed();

-- The text indexes live in a side table, not on proposal_item, because of row-level security:
-- under RLS PostgreSQL uses a qual as an index condition only if its operator is LEAKPROOF, and
-- LIKE (textlike) and array containment (@>) are not — so a GIN index on proposal_item is never
-- used for them, whatever the query (measured: bench/results/item-search.md, first run). Marking
-- them leakproof needs a superuser and would weaken every policy. Instead:
--   * proposal_item_search (item, tenant, text) is owned by the schema owner with RLS enabled but
--     not forced, and the app role has NO privilege on it;
--   * the app reaches it only through the SECURITY DEFINER functions below, which return the ids
--     of matching items of the tenant set on the connection (app.tenant_id) — the same setting
--     the policies read, so they hand out nothing RLS would not;
--   * a SECURITY DEFINER trigger keeps it in step with proposal_item (the item's delete cascades).
CREATE TABLE proposal_item_search (
    item_id     BIGINT PRIMARY KEY REFERENCES proposal_item (id) ON DELETE CASCADE,
    tenant_id   VARCHAR(64) NOT NULL,
    search_text TEXT        NOT NULL
);
ALTER TABLE proposal_item_search ENABLE ROW LEVEL SECURITY;
CREATE POLICY proposal_item_search_tenant ON proposal_item_search
    USING (tenant_id = current_setting('app.tenant_id', true))
    WITH CHECK (tenant_id = current_setting('app.tenant_id', true));
REVOKE ALL ON proposal_item_search FROM PUBLIC;
-- (also against default privileges that would hand the owner's new tables to the app role)
REVOKE ALL ON proposal_item_search FROM ${app_role};

CREATE FUNCTION proposal_item_search_sync() RETURNS TRIGGER
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp
AS $$
BEGIN
    INSERT INTO proposal_item_search (item_id, tenant_id, search_text)
    VALUES (NEW.id, NEW.tenant_id, NEW.search_text)
    ON CONFLICT (item_id) DO UPDATE SET tenant_id = EXCLUDED.tenant_id, search_text = EXCLUDED.search_text;
    RETURN NULL;
END $$;

CREATE TRIGGER proposal_item_search_sync
    AFTER INSERT OR UPDATE OF tenant_id, number, title, proposer, body ON proposal_item
    FOR EACH ROW EXECUTE FUNCTION proposal_item_search_sync();

-- Ids of the current tenant's items whose text matches every term: called once per query, in
-- the FROM clause (a function in a WHERE … IN may be re-run per row). Lists are joined with
-- U+001F (the list parser refuses control characters). With a term of three or more characters
-- (the longest, as trigram_pattern) the trigram index finds candidates; otherwise the bigram
-- index does with every two-character term; LIKE confirms every term either way.
CREATE FUNCTION proposal_item_matching(trigram_pattern TEXT, bigrams TEXT, patterns TEXT) RETURNS SETOF BIGINT
    LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public, pg_temp ROWS 500
AS $$
DECLARE
    likes TEXT[] := string_to_array(patterns, chr(31));
BEGIN
    IF trigram_pattern IS NOT NULL THEN
        RETURN QUERY SELECT s.item_id FROM proposal_item_search s
            WHERE s.tenant_id = current_setting('app.tenant_id', true)
              AND s.search_text LIKE trigram_pattern AND s.search_text LIKE ALL (likes);
    ELSIF bigrams IS NOT NULL THEN
        RETURN QUERY SELECT s.item_id FROM proposal_item_search s
            WHERE s.tenant_id = current_setting('app.tenant_id', true)
              AND proposal_bigrams(s.search_text) @> string_to_array(bigrams, chr(31))
              AND s.search_text LIKE ALL (likes);
    END IF;
END $$;

-- rows already there: forced row-level security binds this owner too, and it acts for no tenant
-- here, so it lifts the force for the backfill only (inside this migration's transaction, under
-- the ALTER's exclusive lock: nobody sees the table unforced)
ALTER TABLE proposal_item NO FORCE ROW LEVEL SECURITY;
ALTER TABLE proposal_deadline NO FORCE ROW LEVEL SECURITY;
UPDATE proposal_item i
SET next_due_on = d.due_on
FROM (SELECT tenant_id, item_id, min(due_on) AS due_on FROM proposal_deadline WHERE met_at IS NULL
      GROUP BY tenant_id, item_id) AS d
WHERE d.tenant_id = i.tenant_id AND d.item_id = i.id;
INSERT INTO proposal_item_search (item_id, tenant_id, search_text) SELECT id, tenant_id, search_text FROM proposal_item;
ALTER TABLE proposal_item FORCE ROW LEVEL SECURITY;
ALTER TABLE proposal_deadline FORCE ROW LEVEL SECURITY;

-- indexes last: built once over the backfilled rows instead of updated row by row
CREATE INDEX proposal_item_search_trgm ON proposal_item_search USING gin (tenant_id, search_text gin_trgm_ops);
CREATE INDEX proposal_item_search_bigram ON proposal_item_search USING gin (tenant_id, proposal_bigrams(search_text));
-- sorts of the list (the default is newest assignment first) and the inbox's nearest deadline
CREATE INDEX proposal_item_tenant_assigned ON proposal_item (tenant_id, assigned_on DESC, id DESC);
CREATE INDEX proposal_item_tenant_next_due ON proposal_item (tenant_id, next_due_on, id);
CREATE INDEX proposal_item_tenant_number ON proposal_item (tenant_id, number, id);
-- "mine": the inbox and the handler filter
CREATE INDEX proposal_item_tenant_handler ON proposal_item (tenant_id, handler_username, next_due_on);
CREATE INDEX proposal_item_tenant_leader ON proposal_item (tenant_id, leader_username, next_due_on);
CREATE INDEX proposal_item_tenant_unit ON proposal_item (tenant_id, unit_id);
