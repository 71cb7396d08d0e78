package cn.huiyin.proposals.api;

import cn.huiyin.platform.api.problem.Problem;
import cn.huiyin.platform.api.problem.RequestIds;
import cn.huiyin.platform.application.UseCaseException;
import cn.huiyin.platform.domain.identity.RequiresPermission;
import cn.huiyin.proposals.ProposalsModule;
import cn.huiyin.proposals.application.intake.Intake;
import cn.huiyin.proposals.application.intake.ProposerChoice;
import cn.huiyin.proposals.application.intake.Proposers;
import cn.huiyin.proposals.application.intake.Registration;
import cn.huiyin.proposals.application.intake.RowsRejected;
import cn.huiyin.proposals.application.intake.SessionListImport;
import cn.huiyin.proposals.application.intake.SimilarItems;
import cn.huiyin.proposals.domain.intake.CheckedRow;
import cn.huiyin.proposals.domain.intake.Proposer;
import cn.huiyin.proposals.domain.intake.ProposerKind;
import cn.huiyin.proposals.domain.intake.RowError;
import cn.huiyin.proposals.domain.intake.SessionListColumn;
import cn.huiyin.proposals.domain.intake.SessionListFile;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Intake by district oversight (登记交办): register one item, find similar earlier ones, the
 * district's proposer registry, and the session list's XLSX import (template, preview, confirm).
 */
@Path("proposals/intake")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class IntakeResource {

    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public record ProposerBody(Long id,
                               @Size(max = 100, message = "at most 100 characters") String name,
                               @Size(max = 100, message = "at most 100 characters") String group,
                               @Size(max = 100, message = "at most 100 characters") String username) {
        ProposerChoice choice() {
            return new ProposerChoice(id, name, group, username);
        }
    }

    public record RegistrationBody(
            @NotNull(message = "must be suggestion or proposal") @Pattern(regexp = "suggestion|proposal", message = "must be suggestion or proposal") String kind,
            @NotBlank(message = "must not be empty") @Size(max = 64, message = "at most 64 characters") String session,
            @NotBlank(message = "must not be empty") @Size(max = 32, message = "at most 32 characters") String number,
            @NotBlank(message = "must not be empty") @Size(max = 300, message = "at most 300 characters") String title,
            @NotBlank(message = "must not be empty") @Size(max = 20000, message = "at most 20000 characters") String body,
            @NotBlank(message = "must be a category code") @Size(max = 32, message = "must be a category code") String category,
            Boolean keyItem,
            @NotBlank(message = "must name the lead agency") @Size(max = 64, message = "must be an agency alias") String agency,
            @NotNull(message = "must be a date (yyyy-MM-dd)") LocalDate assignedOn,
            @NotNull(message = "must name the lead proposer") @Valid ProposerBody lead,
            @Size(max = 50, message = "at most 50 co-signers") List<@Valid @NotNull ProposerBody> coSigners) {
    }

    public record NewProposerBody(@NotNull(message = "must be deputy or member") @Pattern(regexp = "deputy|member", message = "must be deputy or member") String kind,
                                  @NotBlank(message = "must not be empty") @Size(max = 100, message = "at most 100 characters") String name,
                                  @Size(max = 100, message = "at most 100 characters") String group,
                                  @Size(max = 100, message = "at most 100 characters") String username) {
    }

    public record ProposerView(long id, String name, String kind, String group, String username) {
        static ProposerView of(Proposer p) {
            return new ProposerView(p.getId(), p.getName(), p.getKind(), p.group(), p.getUsername());
        }
    }

    public record SimilarView(String agency, String agencyName, long id, String session, String number, String title,
                              String proposer, String state, LocalDate assignedOn, double score, boolean sameProposer) {
    }

    public record ErrorView(String column, String code, String detail) {
    }

    public record RowView(int row, String kind, String session, String number, String title, String proposer, String agency,
                          String assignedOn, boolean valid, List<ErrorView> errors) {
        static RowView of(CheckedRow r) {
            var s = r.source();
            return new RowView(s.row(), s.get(SessionListColumn.KIND), s.get(SessionListColumn.SESSION), s.get(SessionListColumn.NUMBER),
                    s.get(SessionListColumn.TITLE), s.get(SessionListColumn.PROPOSER), s.get(SessionListColumn.AGENCY),
                    s.get(SessionListColumn.ASSIGNED_ON), r.valid(),
                    r.errors().stream().map(e -> new ErrorView(e.column().code(), e.code(), e.detail())).toList());
        }
    }

    public record PreviewView(int rows, long invalidRows, boolean importable, List<RowView> items) {
    }

    public record ImportedView(int items, Map<String, Integer> byAgency) {
    }

    @Inject
    Intake intake;

    @Inject
    SimilarItems similar;

    @Inject
    Proposers proposers;

    @Inject
    SessionListImport imports;

    @Context
    HttpServletRequest request;

    /** Registers one item into a lead agency of the caller's district; 201 with where it lives. */
    @POST
    @Path("items")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermission(ProposalsModule.REGISTER)
    public Response register(@Valid @NotNull(message = "a JSON body is required") RegistrationBody body) {
        try {
            Intake.Registered done = intake.register(new Registration(body.kind(), body.session(), body.number(), body.title(),
                    body.body(), body.category(), Boolean.TRUE.equals(body.keyItem()), body.agency(), body.assignedOn(),
                    body.lead().choice(), body.coSigners() == null ? List.of() : body.coSigners().stream().map(ProposerBody::choice).toList()));
            return Response.created(URI.create("proposals/oversight/items/" + done.agency() + "/" + done.id()))
                    .entity(done).build();
        } catch (RowsRejected e) {
            return rejected(e);
        }
    }

    /** Earlier items of the district with the same proposer or a similar title/text, best first. */
    @GET
    @Path("similar")
    @RequiresPermission(ProposalsModule.REGISTER)
    public List<SimilarView> similar(@QueryParam("title") @Size(max = 300, message = "at most 300 characters") String title,
                                     @QueryParam("proposer") @Size(max = 100, message = "at most 100 characters") String proposer,
                                     @QueryParam("text") @Size(max = 2000, message = "at most 2000 characters") String text) {
        return similar.find(title, proposer, text).stream().map(f -> new SimilarView(f.agency(), f.agencyName(), f.item().id(),
                f.item().session(), f.item().number(), f.item().title(), f.item().proposer(), f.item().state(),
                f.item().assignedOn(), f.item().score(), f.item().sameProposer())).toList();
    }

    @GET
    @Path("proposers")
    @RequiresPermission(ProposalsModule.REGISTER)
    public List<ProposerView> proposers(@QueryParam("q") @Size(max = 100, message = "at most 100 characters") String q,
                                        @QueryParam("kind") @Pattern(regexp = "deputy|member", message = "must be deputy or member") String kind,
                                        @QueryParam("limit") @DefaultValue("50") @jakarta.validation.constraints.Min(value = 1, message = "must be 1 to 200")
                                        @jakarta.validation.constraints.Max(value = 200, message = "must be 1 to 200") int limit) {
        return proposers.search(q, kind == null ? null : ProposerKind.ofCode(kind), limit).stream().map(ProposerView::of).toList();
    }

    /** A new proposer of the district, or the registered one of that name and kind. */
    @POST
    @Path("proposers")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermission(ProposalsModule.REGISTER)
    public ProposerView createProposer(@Valid @NotNull(message = "a JSON body is required") NewProposerBody body) {
        return ProposerView.of(proposers.create(ProposerKind.ofCode(body.kind()), body.name(), body.group(), body.username()));
    }

    /** The session list's template (zh-CN headers, the district's agencies on the help sheet). */
    @GET
    @Path("template")
    @Produces(XLSX)
    @RequiresPermission(ProposalsModule.REGISTER)
    public Response template() {
        return Response.ok(imports.template(), XLSX)
                .header("Content-Disposition", "attachment; filename=\"session-list.xlsx\"; filename*=UTF-8''%E4%BA%A4%E5%8A%9E%E6%B8%85%E5%8D%95.xlsx")
                .build();
    }

    /** Every row checked with its errors; nothing is stored. Body: the .xlsx file itself. */
    @POST
    @Path("imports/preview")
    @Consumes({XLSX, MediaType.APPLICATION_OCTET_STREAM})
    @RequiresPermission(ProposalsModule.REGISTER)
    public PreviewView preview(InputStream body) {
        SessionListImport.Preview p = imports.preview(read(body));
        return new PreviewView(p.rows().size(), p.invalidRows(), p.importable(), p.rows().stream().map(RowView::of).toList());
    }

    /** Imports every row in one transaction, or nothing: 400 {@code invalid-rows} lists each row's errors. */
    @POST
    @Path("imports")
    @Consumes({XLSX, MediaType.APPLICATION_OCTET_STREAM})
    @RequiresPermission(ProposalsModule.REGISTER)
    public Response confirm(InputStream body) {
        try {
            SessionListImport.Imported done = imports.confirm(read(body));
            return Response.ok(new ImportedView(done.items(), done.byAgency())).build();
        } catch (RowsRejected e) {
            return rejected(e);
        }
    }

    /** At most the file limit plus one byte is read: a larger upload is refused without buffering it. */
    private static byte[] read(InputStream body) {
        if (body == null) {
            throw UseCaseException.invalid("not-xlsx", "Send the .xlsx file as the request body.");
        }
        try {
            byte[] content = body.readNBytes(SessionListFile.MAX_BYTES + 1);
            if (content.length > SessionListFile.MAX_BYTES) {
                throw UseCaseException.invalid("file-too-large", "The file has more than " + SessionListFile.MAX_BYTES / (1024 * 1024) + " MB.");
            }
            return content;
        } catch (IOException e) {
            throw UseCaseException.invalid("not-xlsx", "The upload could not be read.");
        }
    }

    private Response rejected(RowsRejected e) {
        List<Problem.FieldError> errors = e.errors().stream().map(IntakeResource::fieldError).toList();
        return new Problem(e.code(), 400, "Bad Request", e.getMessage(), errors).toResponse(RequestIds.of(request));
    }

    private static Problem.FieldError fieldError(RowError e) {
        String field = e.row() > 0 ? "rows[" + e.row() + "]." + e.column().code() : e.column().code();
        return new Problem.FieldError(field, e.code() + ": " + e.detail());
    }
}
