/** The module SPI: what a module declares so the platform can host it without naming it. */
package cn.huiyin.platform.domain.module;
