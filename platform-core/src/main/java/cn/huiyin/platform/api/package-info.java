/** REST edge of the platform: {@code /api/v1}, problem+json errors, DTOs only. */
package cn.huiyin.platform.api;
