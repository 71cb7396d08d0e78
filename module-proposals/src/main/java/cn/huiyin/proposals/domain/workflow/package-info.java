/** The item workflow (交办 → 签收 → 办理 → 答复 → 评价 → 办结) as data, with its guards. */
package cn.huiyin.proposals.domain.workflow;
