/** Datasources and schema migrations (Flyway, as the owner role). */
package cn.huiyin.platform.infrastructure.persistence;
