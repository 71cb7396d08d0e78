/**
 * An agency admin's own agency: its units (科室) and its users (invite, role, unit, deactivate),
 * kept in step with Keycloak. Always the caller's agency, never one named in the request.
 */
package cn.huiyin.platform.application.agency;
