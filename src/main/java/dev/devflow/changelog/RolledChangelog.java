package dev.devflow.changelog;

import java.util.List;

/**
 * The changelog after the release edit, and what the edit did, for the plan and the dry run.
 *
 * @param text    the whole new file
 * @param changes one sentence per edit, with the line it was made at in the old file
 */
public record RolledChangelog(String text, List<String> changes) {

    public RolledChangelog {
        changes = List.copyOf(changes);
    }
}
