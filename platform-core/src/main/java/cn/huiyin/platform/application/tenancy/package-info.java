/** Tenancy use cases: the request's tenant, module switches per tenant. */
package cn.huiyin.platform.application.tenancy;
