/** Use cases of the proposals module: one transaction each, permission checked at the API edge. */
package cn.huiyin.proposals.application;
