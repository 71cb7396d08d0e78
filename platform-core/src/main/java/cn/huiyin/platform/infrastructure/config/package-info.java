/** Configuration read from MicroProfile Config (system properties, env). */
package cn.huiyin.platform.infrastructure.config;
