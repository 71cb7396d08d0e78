/** Views of the proposals module. */
package cn.huiyin.ui.proposals;
