package cn.huiyin.proposals.domain.attachment;

import java.util.List;
import java.util.Optional;

/** Files of the current agency's items. Lists carry no content; only a download reads the bytes. */
public interface AttachmentRepository {

    /** Oldest first. */
    List<AttachmentSummary> of(long itemId);

    Optional<Attachment> find(long itemId, long attachmentId);

    Attachment add(Attachment attachment);

    void flush();
}
