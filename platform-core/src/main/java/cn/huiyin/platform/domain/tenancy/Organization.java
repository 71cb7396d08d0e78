package cn.huiyin.platform.domain.tenancy;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.util.Locale;

/** A district (区) or an agency (单位, the tenant), mirrored by a Keycloak organization of the same alias. */
@Entity
@Table(name = "platform_organization")
public class Organization {

    public enum Kind {
        DISTRICT, AGENCY;

        /** Stored as lower-case code. */
        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, length = 64)
    private String alias;

    @Column(nullable = false, length = 16)
    private String kind;

    @Column(name = "name_zh", nullable = false)
    private String nameZh;

    @Column(name = "name_en")
    private String nameEn;

    @Column(name = "district_alias")
    private String districtAlias;

    @Column(nullable = false)
    private boolean active = true;

    @Version
    private long version;

    protected Organization() {
    }

    private Organization(String alias, Kind kind, String nameZh, String nameEn, String districtAlias) {
        this.alias = alias;
        this.kind = kind.code();
        this.nameZh = nameZh;
        this.nameEn = nameEn;
        this.districtAlias = districtAlias;
    }

    public static Organization district(String alias, String nameZh, String nameEn) {
        return new Organization(alias, Kind.DISTRICT, nameZh, nameEn, null);
    }

    public static Organization agency(String alias, String nameZh, String nameEn, String districtAlias) {
        return new Organization(alias, Kind.AGENCY, nameZh, nameEn, districtAlias);
    }

    public Long getId() {
        return id;
    }

    public String getAlias() {
        return alias;
    }

    public Kind getKind() {
        return Kind.valueOf(kind.toUpperCase(Locale.ROOT));
    }

    public String getNameZh() {
        return nameZh;
    }

    public String getNameEn() {
        return nameEn;
    }

    public String name(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) && nameEn != null ? nameEn : nameZh;
    }

    public String getDistrictAlias() {
        return districtAlias;
    }

    public boolean isActive() {
        return active;
    }

    public long getVersion() {
        return version;
    }
}
