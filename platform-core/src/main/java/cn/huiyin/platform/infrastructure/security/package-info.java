/** Keycloak sign-in for the UI and bearer tokens for the API, side by side in one WAR. */
package cn.huiyin.platform.infrastructure.security;
