/** MicroProfile Health: readiness (database, Keycloak) and liveness. */
package cn.huiyin.platform.infrastructure.health;
