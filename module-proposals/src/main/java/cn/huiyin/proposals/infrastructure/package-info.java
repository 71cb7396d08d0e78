/** Infrastructure layer of the proposals module. */
package cn.huiyin.proposals.infrastructure;
