/**
 * Keycloak's admin REST API, called with the JDK's HTTP client and JSON-P: organizations (our
 * districts and agencies), users, realm roles and organization memberships, for onboarding.
 */
package cn.huiyin.platform.infrastructure.keycloak;
