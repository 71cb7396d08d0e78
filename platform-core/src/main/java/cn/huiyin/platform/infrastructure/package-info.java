/** Platform infrastructure: persistence, security mechanisms, health, configuration. */
package cn.huiyin.platform.infrastructure;
