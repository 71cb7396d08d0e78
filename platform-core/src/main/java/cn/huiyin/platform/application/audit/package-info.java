/** Recording and reading the audit log. */
package cn.huiyin.platform.application.audit;
