package dev.devflow.gate;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Where a finding is: a path (relative to the project where possible, with forward slashes)
 * and an optional line range. Printed as {@code path:line} or {@code path:first-last}, the
 * form terminals and IDEs turn into links.
 *
 * @param path     the file, never null
 * @param line     first line, 1-based; 0 when the finding concerns the whole file
 * @param endLine  last line, equal to {@code line} for a single line
 * @param column   1-based column of the start, 0 when not known
 */
public record Location(String path, int line, int endLine, int column) {

    public Location(String path, int line, int endLine) {
        this(path, line, endLine, 0);
    }

    public Location {
        Objects.requireNonNull(path, "path");
        if (line < 0 || endLine < line) {
            throw new IllegalArgumentException("bad line range " + line + "-" + endLine);
        }
    }

    public static Location ofFile(String path) {
        return new Location(path, 0, 0);
    }

    public static Location ofLine(String path, int line) {
        return new Location(path, line, line);
    }

    public static Location ofLines(String path, int first, int last) {
        return new Location(path, first, last);
    }

    /** {@code path:line:column}, as compilers and PMD print a place. */
    public static Location ofColumn(String path, int line, int column) {
        return new Location(path, line, line, column);
    }

    /**
     * How a file is named in a location: relative to {@code root} when it lies under it, else as
     * given; with forward slashes on every system.
     */
    public static String pathOf(Path root, Path file) {
        Path absolute = file.toAbsolutePath();
        Path base = root == null ? null : root.toAbsolutePath();
        Path shown = base != null && absolute.startsWith(base) ? base.relativize(absolute) : file;
        return shown.toString().replace('\\', '/');
    }

    @Override
    public String toString() {
        if (line == 0) {
            return path;
        }
        if (column > 0) {
            return path + ":" + line + ":" + column;
        }
        return endLine > line ? path + ":" + line + "-" + endLine : path + ":" + line;
    }
}
