-- The platform's own registry of districts and agencies (tenants). Keycloak organizations carry
-- the same aliases; a token's organization claim is trusted only if it is listed here.
CREATE TABLE platform_organization (
    id             BIGSERIAL PRIMARY KEY,
    alias          VARCHAR(64)  NOT NULL UNIQUE,
    kind           VARCHAR(16)  NOT NULL CHECK (kind IN ('district', 'agency')),
    name_zh        VARCHAR(200) NOT NULL,
    name_en        VARCHAR(200),
    district_alias VARCHAR(64) REFERENCES platform_organization (alias),
    active         BOOLEAN      NOT NULL DEFAULT TRUE,
    version        BIGINT       NOT NULL DEFAULT 0,
    created_at     TIMESTAMPTZ  NOT NULL DEFAULT now(),
    CHECK ((kind = 'district') = (district_alias IS NULL))
);

GRANT SELECT, INSERT, UPDATE, DELETE ON platform_organization TO ${app_role};
GRANT USAGE, SELECT ON SEQUENCE platform_organization_id_seq TO ${app_role};
