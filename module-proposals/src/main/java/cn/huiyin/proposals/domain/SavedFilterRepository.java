package cn.huiyin.proposals.domain;

import java.util.List;
import java.util.Optional;

/** Saved filters of the current tenant; the owner is always a parameter (they are personal). */
public interface SavedFilterRepository {

    List<SavedFilter> of(String owner);

    Optional<SavedFilter> find(String owner, long id);

    Optional<SavedFilter> findByName(String owner, String name);

    SavedFilter add(SavedFilter filter);

    void remove(SavedFilter filter);

    void flush();
}
