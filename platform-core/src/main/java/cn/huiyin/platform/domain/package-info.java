/** Platform domain: identity, tenancy, the module SPI. */
package cn.huiyin.platform.domain;
