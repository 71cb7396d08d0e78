/** Views of the visits module. */
package cn.huiyin.ui.visits;
