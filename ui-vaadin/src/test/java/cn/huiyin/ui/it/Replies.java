package cn.huiyin.ui.it;

import java.net.URI;

import static cn.huiyin.ui.it.Api.call;
import static cn.huiyin.ui.it.Api.ok;

/** Writing the round's reply through the API: only a complete reply goes to review. */
final class Replies {

    private Replies() {
    }

    /** Saves an A reply with {@code body} on the item's open draft (after draft_reply) as {@code user}. */
    static void writeA(URI base, long itemId, String user, String body) {
        long version = ok(call(base, "GET", "api/v1/proposals/items/" + itemId + "/reply", user, null))
                .getJsonObject("reply").getJsonNumber("version").longValue();
        ok(call(base, "PUT", "api/v1/proposals/items/" + itemId + "/reply", user,
                "{\"outcome\": \"A\", \"body\": \"" + body + "\", \"version\": " + version + "}"));
    }
}
