package cn.huiyin.proposals.domain.attachment;

import java.time.Instant;

/** An attachment without its bytes, for lists. */
public record AttachmentSummary(long id, long itemId, String kind, String filename, String mediaType, long sizeBytes,
                                String sha256, String uploadedBy, Instant uploadedAt) {

    public static AttachmentSummary of(Attachment a) {
        return new AttachmentSummary(a.getId(), a.getItemId(), a.getKind(), a.getFilename(), a.getMediaType(), a.getSizeBytes(),
                a.getSha256(), a.getUploadedBy(), a.getUploadedAt());
    }
}
