/** The append-only audit log (who did what, for which tenant, when, before → after). */
package cn.huiyin.platform.domain.audit;
