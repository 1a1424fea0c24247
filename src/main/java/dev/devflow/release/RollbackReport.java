package dev.devflow.release;

import java.util.List;
import java.util.stream.Stream;

/**
 * What a rollback put back locally, and what it could not: refs the release pushed (or may have
 * pushed) stay on the remote, each with the command that undoes it there.
 *
 * @param restored what is back as before the release, one sentence each
 * @param onRemote what the remote may still hold and how to remove it; empty when nothing was pushed
 */
public record RollbackReport(List<String> restored, List<String> onRemote) {

    public RollbackReport {
        restored = List.copyOf(restored);
        onRemote = List.copyOf(onRemote);
    }

    static RollbackReport nothingToDo() {
        return new RollbackReport(List.of("no unfinished release here: nothing to roll back."), List.of());
    }

    /** Every sentence, local ones first, for the log. */
    public List<String> lines() {
        return Stream.concat(restored.stream(), onRemote.stream()).toList();
    }
}
