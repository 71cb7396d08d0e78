package cn.huiyin.proposals.domain.letter;

import java.util.List;
import java.util.Optional;

/** The current agency's reply-letter templates. */
public interface ReplyTemplateRepository {

    List<ReplyTemplate> all();

    Optional<ReplyTemplate> find(long id);

    Optional<ReplyTemplate> findByName(String name);

    ReplyTemplate add(ReplyTemplate template);

    void remove(ReplyTemplate template);

    void flush();
}
