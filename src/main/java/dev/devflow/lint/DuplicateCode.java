package dev.devflow.lint;

import dev.devflow.gate.Location;
import net.sourceforge.pmd.cpd.CPDConfiguration;
import net.sourceforge.pmd.cpd.CpdAnalysis;
import net.sourceforge.pmd.cpd.Mark;
import net.sourceforge.pmd.cpd.Match;
import net.sourceforge.pmd.lang.document.FileLocation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** Duplicated code found by PMD's CPD, each duplicate with every place it stands. */
final class DuplicateCode {

    /** A duplicated block: where it first stands, and the other places. */
    record Duplicate(Location first, String others, int tokens, int lines) {
    }

    private DuplicateCode() {
    }

    static List<Duplicate> find(LintSettings settings, List<Path> files) {
        CPDConfiguration config = new CPDConfiguration();
        config.setMinimumTileSize(settings.minimumTokens());
        config.setSourceEncoding(settings.encoding());
        List<Duplicate> duplicates = new ArrayList<>();
        try (CpdAnalysis cpd = CpdAnalysis.create(config)) {
            files.forEach(cpd.files()::addFile);
            cpd.performAnalysis(report -> {
                for (Match match : report.getMatches()) {
                    List<Location> places = new ArrayList<>();
                    for (Mark mark : match.getMarkSet()) {
                        places.add(location(settings, mark.getLocation()));
                    }
                    places.sort(java.util.Comparator.comparing(Location::path).thenComparingInt(Location::line));
                    duplicates.add(new Duplicate(places.get(0), places.subList(1, places.size()).stream()
                            .map(Location::toString).collect(Collectors.joining(", ")),
                            match.getTokenCount(), match.getLineCount()));
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return duplicates;
    }

    private static Location location(LintSettings settings, FileLocation location) {
        String shown = Location.pathOf(settings.projectRoot(), Path.of(location.getFileId().getAbsolutePath()));
        return Location.ofLines(shown, location.getStartLine(), location.getEndLine());
    }
}
