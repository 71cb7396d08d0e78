/** {@code /api/v1/agency/...}: an agency admin's units and users. */
package cn.huiyin.platform.api.agency;
