/** Replies (答复): drafting, review, B plans with milestones, bulk replies and oversight's outcome corrections. */
package cn.huiyin.proposals.application.reply;
