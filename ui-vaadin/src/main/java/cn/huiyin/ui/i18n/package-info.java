/** zh-CN first, English second: texts by key, never logic by label. */
package cn.huiyin.ui.i18n;
