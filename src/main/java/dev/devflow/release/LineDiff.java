package dev.devflow.release;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The lines a release edit removes and adds, for the dry run: {@code -12: <version>1.2.0-SNAPSHOT</version>}
 * then {@code +12: <version>1.2.0</version>}. A longest-common-subsequence diff, which is plenty
 * for poms and changelogs; a file too large for it is named instead of shown.
 */
final class LineDiff {

    private static final long MAX_CELLS = 4_000_000L;

    private LineDiff() {
    }

    static List<String> between(byte[] before, byte[] after) {
        List<String> a = new String(before, StandardCharsets.UTF_8).lines().toList();
        List<String> b = new String(after, StandardCharsets.UTF_8).lines().toList();
        if ((long) a.size() * b.size() > MAX_CELLS) {
            return List.of("(too large to show as a diff: " + a.size() + " lines)");
        }
        int[][] common = commonSuffixLengths(a, b);
        List<String> out = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < a.size() || j < b.size()) {
            if (i < a.size() && j < b.size() && a.get(i).equals(b.get(j))) {
                i++;
                j++;
            } else if (i < a.size() && (j == b.size() || common[i + 1][j] >= common[i][j + 1])) {
                out.add("-" + (i + 1) + ": " + a.get(i++));
            } else {
                out.add("+" + (j + 1) + ": " + b.get(j++));
            }
        }
        return out;
    }

    private static int[][] commonSuffixLengths(List<String> a, List<String> b) {
        int[][] common = new int[a.size() + 1][b.size() + 1];
        for (int i = a.size() - 1; i >= 0; i--) {
            for (int j = b.size() - 1; j >= 0; j--) {
                common[i][j] = a.get(i).equals(b.get(j)) ? common[i + 1][j + 1] + 1
                        : Math.max(common[i + 1][j], common[i][j + 1]);
            }
        }
        return common;
    }
}
