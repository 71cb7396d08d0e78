/** Domain of suggestions and proposals: items, their states and outcomes. */
package cn.huiyin.proposals.domain;
