/** The application shell: layout, navigation built from module descriptors, home page. */
package cn.huiyin.ui.shell;
