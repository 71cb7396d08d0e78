package cn.huiyin.proposals.api;

import cn.huiyin.platform.domain.identity.RequiresPermission;
import cn.huiyin.proposals.ProposalsModule;
import cn.huiyin.proposals.application.ReplyLetters;
import cn.huiyin.proposals.domain.letter.ReplyTemplate;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.util.List;

/** The agency's reply-letter templates: placeholders {{proposer}} {{title}} {{number}} {{reply}} {{agency}} {{date}}. */
@Path("proposals/reply-templates")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ReplyTemplatesResource {

    public record TemplateView(long id, String name, String body, long version) {
        static TemplateView of(ReplyTemplate t) {
            return new TemplateView(t.getId(), t.getName(), t.getBody(), t.getVersion());
        }
    }

    public record TemplateBody(@NotBlank(message = "must not be blank") @Size(max = 100, message = "at most 100 characters") String name,
                               @NotBlank(message = "must not be blank") @Size(max = 20000, message = "at most 20000 characters") String body,
                               Long version) {
    }

    @Inject
    ReplyLetters letters;

    @GET
    @RequiresPermission("proposals.read")
    public List<TemplateView> list() {
        return letters.templates().stream().map(TemplateView::of).toList();
    }

    @GET
    @Path("{tid}")
    @RequiresPermission("proposals.read")
    public TemplateView get(@PathParam("tid") long id) {
        return TemplateView.of(letters.template(id));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermission(ProposalsModule.TEMPLATES)
    public Response create(@Valid @NotNull(message = "a body {\"name\": ..., \"body\": ...} is required") TemplateBody body) {
        return Response.status(Response.Status.CREATED).entity(TemplateView.of(letters.create(body.name(), body.body()))).build();
    }

    @PUT
    @Path("{tid}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermission(ProposalsModule.TEMPLATES)
    public TemplateView update(@PathParam("tid") long id,
                               @Valid @NotNull(message = "a body {\"name\": ..., \"body\": ..., \"version\": ...} is required") TemplateBody body) {
        if (body.version() == null) {
            throw cn.huiyin.platform.application.UseCaseException.invalid("version-required", "Send the template's version you last saw.");
        }
        return TemplateView.of(letters.update(id, body.name(), body.body(), body.version()));
    }

    @DELETE
    @Path("{tid}")
    @RequiresPermission(ProposalsModule.TEMPLATES)
    public Response delete(@PathParam("tid") long id,
                           @QueryParam("version") @NotNull(message = "must be the template's version you last saw") Long version) {
        letters.delete(id, version);
        return Response.noContent().build();
    }
}
