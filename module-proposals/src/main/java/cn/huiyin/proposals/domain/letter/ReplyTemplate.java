package cn.huiyin.proposals.domain.letter;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/** An agency's reply-letter template (答复函模板): a name and a text with {@link TemplateText} placeholders. */
@Entity
@Table(name = "proposal_reply_template")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id", contextProperty = "eclipselink.tenant-id")
public class ReplyTemplate {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private String name;

    @Column(nullable = false)
    private String body;

    @Version
    private long version;

    protected ReplyTemplate() {
    }

    public ReplyTemplate(String name, String body) {
        change(name, body);
    }

    /** @throws IllegalArgumentException naming an unknown placeholder */
    public void change(String name, String body) {
        TemplateText.requireKnownPlaceholders(body);
        this.name = name.strip();
        this.body = body;
    }

    public Long getId() { return id; }
    public String getName() { return name; }
    public String getBody() { return body; }
    public long getVersion() { return version; }
}
