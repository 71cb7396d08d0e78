package cn.huiyin.proposals.api;

import cn.huiyin.platform.domain.identity.RequiresPermission;
import cn.huiyin.proposals.ProposalsModule;
import cn.huiyin.proposals.application.notification.Notifications;
import cn.huiyin.proposals.domain.notification.Notification;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import java.time.Instant;
import java.util.List;

/** The caller's own notifications (in-app), whichever agency's item they are about. */
@Path("proposals/notifications")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class NotificationsResource {

    public record NotificationView(long id, String kind, Long itemId, String tenantId, String textZh, String textEn,
                                   Instant createdAt, Instant readAt) {
        static NotificationView of(Notification n) {
            return new NotificationView(n.getId(), n.getKind(), n.getItemId(), n.getTenantId(), n.getTextZh(), n.getTextEn(),
                    n.getCreatedAt(), n.getReadAt());
        }
    }

    public record Unread(long unread) {
    }

    public record Marked(int marked) {
    }

    @Inject
    Notifications notifications;

    @GET
    @RequiresPermission(ProposalsModule.NOTIFICATIONS)
    public List<NotificationView> mine(@QueryParam("unread") @DefaultValue("false") boolean unreadOnly,
                                       @QueryParam("size") @DefaultValue("50") @Min(value = 1, message = "must be 1 to 200")
                                       @Max(value = 200, message = "must be 1 to 200") int size) {
        return notifications.mine(unreadOnly, size).stream().map(NotificationView::of).toList();
    }

    @GET
    @Path("unread-count")
    @RequiresPermission(ProposalsModule.NOTIFICATIONS)
    public Unread unread() {
        return new Unread(notifications.unreadCount());
    }

    @POST
    @Path("{id}/read")
    @RequiresPermission(ProposalsModule.NOTIFICATIONS)
    public Unread markRead(@PathParam("id") long id) {
        notifications.markRead(id);
        return new Unread(notifications.unreadCount());
    }

    @POST
    @Path("read-all")
    @RequiresPermission(ProposalsModule.NOTIFICATIONS)
    public Marked markAllRead() {
        return new Marked(notifications.markAllRead());
    }
}
