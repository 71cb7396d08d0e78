/** RFC 9457 problem details: the one error shape of the API. */
package cn.huiyin.platform.api.problem;
