/** JPA repositories of the proposals module (tenant-bound through the platform's TenantScoped). */
package cn.huiyin.proposals.infrastructure;
