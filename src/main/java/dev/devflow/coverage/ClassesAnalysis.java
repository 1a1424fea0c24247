package dev.devflow.coverage;

import dev.devflow.gate.GateInputException;
import org.jacoco.core.analysis.Analyzer;
import org.jacoco.core.analysis.CoverageBuilder;
import org.jacoco.core.analysis.IClassCoverage;
import org.jacoco.core.analysis.ICoverageVisitor;
import org.jacoco.core.analysis.IMethodCoverage;
import org.jacoco.core.data.ExecutionDataStore;
import org.jacoco.core.internal.analysis.ClassCoverageImpl;
import org.jacoco.report.JavaNames;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Analyses the class files of one or more classes directories against execution data, as
 * jacoco's report does, leaving out excluded classes and methods and counting them.
 */
final class ClassesAnalysis {

    private static final JavaNames NAMES = new JavaNames();

    private final CoverageSettings settings;
    private final ClassFileFilter filter;
    private final CoverageBuilder builder = new CoverageBuilder();
    private final List<String> excludedClasses = new ArrayList<>();
    private final List<String> excludedMethods = new ArrayList<>();
    private final List<String> duplicates = new ArrayList<>();
    private final Map<String, Path> seen = new HashMap<>();
    private Set<String> methodsToDrop = Set.of();
    private int classFiles;

    ClassesAnalysis(CoverageSettings settings) {
        this.settings = settings;
        this.filter = new ClassFileFilter(settings.classExcludes());
    }

    /** Whether any of the directories holds a class file at all. */
    static boolean hasClassFiles(List<Path> directories) {
        return directories.stream().anyMatch(dir -> !classFilesIn(dir).isEmpty());
    }

    AnalysedBundle analyse(ExecutionDataStore data) throws GateInputException {
        Analyzer analyzer = new Analyzer(data, new ExcludingVisitor());
        for (Path directory : settings.classesDirectories()) {
            for (Path file : classFilesIn(directory)) {
                analyse(analyzer, directory, file);
            }
        }
        List<String> mismatched = new ArrayList<>();
        List<String> withoutDebug = new ArrayList<>();
        for (IClassCoverage c : builder.getClasses()) {
            String name = NAMES.getQualifiedClassName(c.getName());
            if (c.isNoMatch()) {
                mismatched.add(name);
            }
            if (c.getInstructionCounter().getTotalCount() > 0 && c.getLineCounter().getTotalCount() == 0) {
                withoutDebug.add(name);
            }
        }
        return new AnalysedBundle(builder.getBundle(settings.bundleName()), classFiles,
                sorted(excludedClasses), sorted(excludedMethods), sorted(mismatched),
                sorted(withoutDebug), sorted(duplicates));
    }

    private void analyse(Analyzer analyzer, Path directory, Path file) throws GateInputException {
        String relative = directory.relativize(file).toString().replace('\\', '/');
        if (filter.excludes(relative)) {
            excludedClasses.add(relative.substring(0, relative.length() - ".class".length()).replace('/', '.'));
            return;
        }
        classFiles++;
        try {
            byte[] bytes = Files.readAllBytes(file);
            ClassAnnotations annotations = ClassAnnotations.read(bytes, settings.excludedAnnotations());
            String name = annotations.className();
            Path earlier = seen.putIfAbsent(name, directory);
            if (earlier != null) {
                duplicates.add(NAMES.getQualifiedClassName(name) + " (in " + earlier + " and " + directory + ")");
                return;
            }
            if (annotations.wholeClass()) {
                excludedClasses.add(NAMES.getQualifiedClassName(name));
                return;
            }
            methodsToDrop = annotations.excludedMethods();
            methodsToDrop.forEach(m -> excludedMethods.add(methodName(name, m)));
            analyzer.analyzeClass(bytes, file.toString());
        } catch (IOException | RuntimeException e) {
            throw GateInputException.ofFile(file, "cannot be analysed as a class file (" + rootMessage(e) + ").",
                    "rebuild the module from clean (mvn clean verify); if the class file is newer than"
                            + " JaCoCo 0.8.15 supports, compile for an older --release.");
        } finally {
            methodsToDrop = Set.of();
        }
    }

    private static String methodName(String className, String nameAndDescriptor) {
        int descriptor = nameAndDescriptor.indexOf('(');
        return NAMES.getQualifiedMethodName(className, nameAndDescriptor.substring(0, descriptor),
                nameAndDescriptor.substring(descriptor), null);
    }

    private static List<Path> classFilesIn(Path directory) {
        if (!Files.isDirectory(directory)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(directory)) {
            return files.filter(f -> f.toString().endsWith(".class") && Files.isRegularFile(f)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() == null ? "the class file is malformed" : root.getMessage();
    }

    private static List<String> sorted(List<String> names) {
        return names.stream().sorted().toList();
    }

    /** Drops annotated methods from a class before it reaches the builder, counting them. */
    private final class ExcludingVisitor implements ICoverageVisitor {
        @Override
        public void visitCoverage(IClassCoverage coverage) {
            if (methodsToDrop.isEmpty()) {
                builder.visitCoverage(coverage);
                return;
            }
            ClassCoverageImpl kept = new ClassCoverageImpl(coverage.getName(), coverage.getId(), coverage.isNoMatch());
            kept.setSignature(coverage.getSignature());
            kept.setSuperName(coverage.getSuperName());
            kept.setInterfaces(coverage.getInterfaceNames());
            kept.setSourceFileName(coverage.getSourceFileName());
            for (IMethodCoverage method : coverage.getMethods()) {
                if (!methodsToDrop.contains(method.getName() + method.getDesc())) {
                    kept.addMethod(method);
                }
            }
            builder.visitCoverage(kept);
        }
    }
}
