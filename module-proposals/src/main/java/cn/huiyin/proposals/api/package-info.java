/** Api layer of the proposals module. */
package cn.huiyin.proposals.api;
