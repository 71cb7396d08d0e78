/** The caller and the realm roles; identity itself lives in Keycloak. */
package cn.huiyin.platform.domain.identity;
