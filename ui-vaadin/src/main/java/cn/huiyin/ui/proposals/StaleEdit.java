package cn.huiyin.ui.proposals;

import jakarta.persistence.OptimisticLockException;

/**
 * Whether a failure is somebody else's concurrent change: the optimistic lock can surface wrapped
 * by the transaction or the container, so the whole cause chain is looked at.
 */
public final class StaleEdit {

    private StaleEdit() {
    }

    public static boolean causedBy(Throwable e) {
        for (Throwable c = e; c != null; c = c.getCause()) {
            if (c instanceof OptimisticLockException) {
                return true;
            }
        }
        return false;
    }
}
