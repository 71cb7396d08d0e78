package cn.huiyin.proposals.api;

import cn.huiyin.proposals.domain.attachment.Attachment;
import jakarta.ws.rs.core.Response;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** A stored file as a download: its sniffed type, its name in RFC 6266/5987 form, its sha256. */
final class Downloads {

    private Downloads() {
    }

    static Response of(Attachment a) {
        String encoded = URLEncoder.encode(a.getFilename(), StandardCharsets.UTF_8).replace("+", "%20");
        return Response.ok(a.getContent(), a.getMediaType())
                .header("Content-Disposition", "attachment; filename=\"download" + extension(a) + "\"; filename*=UTF-8''" + encoded)
                .header("X-Content-Type-Options", "nosniff")
                .header("Digest", "sha-256=" + a.getSha256())
                .build();
    }

    private static String extension(Attachment a) {
        int dot = a.getFilename().lastIndexOf('.');
        return dot < 0 ? "" : a.getFilename().substring(dot);
    }
}
