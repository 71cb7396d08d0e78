/** Platform → district → agency (tenant): the registry the platform trusts over token claims. */
package cn.huiyin.platform.domain.tenancy;
