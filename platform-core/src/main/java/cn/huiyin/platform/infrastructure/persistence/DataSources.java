package cn.huiyin.platform.infrastructure.persistence;

/**
 * JNDI names of the two datasources. The app role owns nothing and is bound by row-level
 * security; the owner role runs the migrations only.
 */
public final class DataSources {
    public static final String APP = "java:app/jdbc/huiyin";
    public static final String OWNER = "java:app/jdbc/huiyinOwner";

    private DataSources() {
    }
}
