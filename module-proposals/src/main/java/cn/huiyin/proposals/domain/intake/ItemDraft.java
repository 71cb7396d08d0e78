package cn.huiyin.proposals.domain.intake;

import java.time.LocalDate;
import java.util.List;

/**
 * An item ready to be registered: every field checked, the lead agency resolved to its alias and
 * the proposers named (the district's registry resolves names to proposers when it is written).
 */
public record ItemDraft(ItemKind kind, String session, String number, String title, String body,
                        String proposer, String proposerGroup, List<String> coSigners, Category category,
                        boolean keyItem, String agency, LocalDate assignedOn) {

    public ItemDraft {
        coSigners = List.copyOf(coSigners);
    }

    /** The key that must be unique in a district: session and number. */
    public String numberKey() {
        return numberKey(session, number);
    }

    public static String numberKey(String session, String number) {
        return session + "\u0000" + number;
    }
}
