/** REST API of the proposals module under /api/v1/proposals. */
package cn.huiyin.proposals.api;
