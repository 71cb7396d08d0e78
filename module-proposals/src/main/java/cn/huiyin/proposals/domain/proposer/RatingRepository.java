package cn.huiyin.proposals.domain.proposer;

import java.util.List;

/** Ratings of the current agency's items. */
public interface RatingRepository {

    /** Oldest round first. */
    List<Rating> of(long itemId);

    void add(Rating rating);
}
