/**
 * Onboarding (开通) of districts and agencies without restarts: the Keycloak organization, its
 * first user with role and membership, then the platform's own rows and audit line — all or
 * nothing, with Keycloak's objects removed again when a later step fails.
 */
package cn.huiyin.platform.application.onboarding;
