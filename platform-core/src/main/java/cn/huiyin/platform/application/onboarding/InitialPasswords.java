package cn.huiyin.platform.application.onboarding;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Strong one-time passwords for first admins: 20 characters from a cryptographic random
 * source, at least one upper-case letter, lower-case letter, digit and symbol (so common
 * Keycloak password policies accept it), without look-alikes (I, l, O, 0, 1).
 */
public final class InitialPasswords {

    static final int LENGTH = 20;
    static final String UPPER = "ABCDEFGHJKLMNPQRSTUVWXYZ";
    static final String LOWER = "abcdefghijkmnopqrstuvwxyz";
    static final String DIGITS = "23456789";
    static final String SYMBOLS = "!#%+-=?@_";
    private static final String ALL = UPPER + LOWER + DIGITS + SYMBOLS;
    private static final SecureRandom RANDOM = new SecureRandom();

    private InitialPasswords() {
    }

    public static String generate() {
        List<Character> chars = new ArrayList<>(LENGTH);
        for (String set : List.of(UPPER, LOWER, DIGITS, SYMBOLS)) {
            chars.add(pick(set));
        }
        while (chars.size() < LENGTH) {
            chars.add(pick(ALL));
        }
        Collections.shuffle(chars, RANDOM);
        StringBuilder b = new StringBuilder(LENGTH);
        chars.forEach(b::append);
        return b.toString();
    }

    private static char pick(String set) {
        return set.charAt(RANDOM.nextInt(set.length()));
    }
}
