/** Browser sign-in and sign-out through Keycloak, and the caller it yields. */
package cn.huiyin.ui.security;
