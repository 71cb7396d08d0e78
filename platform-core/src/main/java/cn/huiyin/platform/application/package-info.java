/** Platform use cases: module discovery and the signed-in caller. */
package cn.huiyin.platform.application;
