package cn.huiyin.proposals.domain.intake;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** A deputy of the People's Congress (人大代表) proposes suggestions; a CPPCC member (政协委员) proposals. */
public enum ProposerKind {
    DEPUTY, MEMBER;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static ProposerKind ofCode(String code) {
        return find(code).orElseThrow(() -> new IllegalArgumentException("Unknown proposer kind '" + code + "'"));
    }

    public static Optional<ProposerKind> find(String code) {
        return Arrays.stream(values()).filter(k -> k.code().equals(code)).findFirst();
    }

    /** The kind of proposer an item of {@code itemKind} has. */
    public static ProposerKind of(ItemKind itemKind) {
        return itemKind == ItemKind.SUGGESTION ? DEPUTY : MEMBER;
    }
}
