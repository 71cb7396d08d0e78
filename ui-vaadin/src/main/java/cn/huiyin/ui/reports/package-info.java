/** Views of the reports module. */
package cn.huiyin.ui.reports;
