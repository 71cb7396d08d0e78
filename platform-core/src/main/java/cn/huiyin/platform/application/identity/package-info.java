/** Permissions: which role may do what. */
package cn.huiyin.platform.application.identity;
