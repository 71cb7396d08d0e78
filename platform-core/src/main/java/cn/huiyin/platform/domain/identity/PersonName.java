package cn.huiyin.platform.domain.identity;

/** How a person's name is shown: Chinese names family name first and without a space (吴志强). */
public final class PersonName {

    private PersonName() {
    }

    public static String display(String given, String family, String fullName, String fallback) {
        boolean hasGiven = given != null && !given.isBlank();
        boolean hasFamily = family != null && !family.isBlank();
        if (hasGiven && hasFamily && (isChinese(given) || isChinese(family))) {
            return family.strip() + given.strip();
        }
        if (fullName != null && !fullName.isBlank()) {
            return fullName.strip();
        }
        return fallback;
    }

    private static boolean isChinese(String s) {
        return s.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
    }
}
