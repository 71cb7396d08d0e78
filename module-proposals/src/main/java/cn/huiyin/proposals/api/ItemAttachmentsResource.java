package cn.huiyin.proposals.api;

import cn.huiyin.platform.domain.identity.RequiresPermission;
import cn.huiyin.proposals.ProposalsModule;
import cn.huiyin.proposals.application.ItemAttachments;
import cn.huiyin.proposals.application.ReplyLetters;
import cn.huiyin.proposals.domain.attachment.AttachmentSummary;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.io.InputStream;
import java.util.List;

/**
 * Files of one of the agency's items. An upload is the file itself as the request body
 * ({@code kind} and {@code filename} as query parameters); its type is judged from the content.
 */
@Path("proposals/items/{id}/attachments")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ItemAttachmentsResource {

    public record LetterBody(@NotNull(message = "must name a reply template") Long templateId) {
    }

    @Inject
    ItemAttachments attachments;

    @Inject
    ReplyLetters letters;

    @GET
    @RequiresPermission("proposals.read")
    public List<AttachmentSummary> list(@PathParam("id") long id) {
        return attachments.list(id);
    }

    @POST
    @Consumes(MediaType.WILDCARD)
    @RequiresPermission(ProposalsModule.HANDLE)
    public Response upload(@PathParam("id") long id,
                           @QueryParam("kind") @NotNull(message = "must be reply_letter or other")
                           @Pattern(regexp = "reply_letter|other", message = "must be reply_letter or other") String kind,
                           @QueryParam("filename") @Size(max = 300, message = "at most 300 characters") String filename,
                           InputStream content) {
        AttachmentSummary stored = attachments.upload(id, kind, filename, attachments.read(content));
        return Response.status(Response.Status.CREATED).entity(stored).build();
    }

    /** Generates the item's reply letter (DOCX) from one of the agency's templates and attaches it. */
    @POST
    @Path("reply-letter")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermission(ProposalsModule.HANDLE)
    public Response generate(@PathParam("id") long id, @Valid @NotNull(message = "a body {\"templateId\": ...} is required") LetterBody body) {
        return Response.status(Response.Status.CREATED).entity(letters.generate(id, body.templateId())).build();
    }

    @GET
    @Path("{attachment}")
    @Produces(MediaType.WILDCARD)
    @RequiresPermission("proposals.read")
    public Response download(@PathParam("id") long id, @PathParam("attachment") long attachment) {
        return Downloads.of(attachments.download(id, attachment));
    }
}
