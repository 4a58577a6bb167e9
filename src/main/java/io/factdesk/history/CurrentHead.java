package io.factdesk.history;

import io.factdesk.system.ChainHead;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** The chain head for {@code system} ({@link ChainHead}): audit_head as {@link HistoryService#head()} reads it. */
@ApplicationScoped
public class CurrentHead implements ChainHead {

    @Inject
    HistoryService history;

    @Override
    public At current() {
        HistoryService.Head head = history.head();
        return new At(head.seq(), head.hash());
    }
}
