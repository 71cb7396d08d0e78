package cn.huiyin.ui.admin;

import cn.huiyin.platform.application.audit.AuditLog;
import cn.huiyin.platform.application.identity.CallerPermissions;
import cn.huiyin.platform.application.tenancy.TenantContext;
import cn.huiyin.platform.domain.audit.AuditEntry;
import cn.huiyin.platform.domain.identity.PlatformPermissions;
import cn.huiyin.platform.domain.tenancy.Organization;
import cn.huiyin.ui.shell.HomeView;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import jakarta.inject.Inject;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** The audit log: an agency admin sees their agency's lines, a platform admin every line. */
@Route("admin/audit")
public class AuditView extends VerticalLayout implements BeforeEnterObserver {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneId.systemDefault());

    private final CallerPermissions permissions;
    private final TenantContext tenants;
    private final AuditLog audit;
    private final Grid<AuditEntry> grid = new Grid<>();

    @Inject
    public AuditView(CallerPermissions permissions, TenantContext tenants, AuditLog audit) {
        this.permissions = permissions;
        this.tenants = tenants;
        this.audit = audit;
        setId("audit");
        setSizeFull();
        grid.setId("audit-grid");
        grid.addColumn(a -> TIME.format(a.getAt())).setHeader(getTranslation("admin.audit.at")).setAutoWidth(true);
        grid.addColumn(AuditEntry::getActor).setHeader(getTranslation("admin.audit.actor")).setAutoWidth(true);
        grid.addColumn(AuditEntry::getTenantId).setHeader(getTranslation("admin.audit.tenant")).setAutoWidth(true);
        grid.addColumn(AuditEntry::getAction).setHeader(getTranslation("admin.audit.action")).setAutoWidth(true);
        grid.addColumn(AuditEntry::getSubject).setHeader(getTranslation("admin.audit.subject")).setAutoWidth(true);
        grid.addColumn(a -> (a.getBefore() == null ? "" : a.getBefore() + " → ") + (a.getAfter() == null ? "" : a.getAfter()))
                .setHeader(getTranslation("admin.audit.change"));
        add(new H2(getTranslation("admin.audit.title")), grid);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        boolean allowed = permissions.has(PlatformPermissions.READ_AUDIT);
        String tenant = tenants.organization().map(Organization::getAlias).orElse(null);
        if (!allowed || (tenant == null && !tenants.isPlatformAdmin())) {
            event.forwardTo(HomeView.class);
            return;
        }
        grid.setItems(audit.latest(tenant, 0, 200));
    }
}
