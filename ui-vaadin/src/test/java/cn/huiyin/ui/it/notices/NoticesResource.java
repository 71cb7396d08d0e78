package cn.huiyin.ui.it.notices;

import cn.huiyin.platform.application.tenancy.TenantContext;
import cn.huiyin.platform.application.tenancy.TenantJobs;
import cn.huiyin.platform.domain.identity.RequiresPermission;
import cn.huiyin.platform.infrastructure.persistence.TenantScoped;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import java.util.List;

/** The test module's API: its notices (native SQL, RLS-bound) and a trigger for its job. */
@Path("notices")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class NoticesResource {

    @PersistenceContext(unitName = "platform")
    EntityManager em;

    @Inject
    TenantContext tenants;

    @Resource
    TransactionSynchronizationRegistry tx;

    @Inject
    TenantJobs jobs;

    @GET
    @Transactional
    @RequiresPermission("notices.read")
    @SuppressWarnings("unchecked")
    public List<String> list() {
        return TenantScoped.bind(em, tenants, tx).createNativeQuery("select text from notice order by id").getResultList();
    }

    /** Runs the module's "job" and answers which agencies it ran for. */
    @POST
    @Path("job")
    @RequiresPermission("notices.read")
    public List<String> job() {
        return jobs.forEachEnabledAgency(NoticesModule.ID, agency -> { });
    }
}
