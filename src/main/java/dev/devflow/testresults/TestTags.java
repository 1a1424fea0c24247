package dev.devflow.testresults;

import dev.devflow.gate.GateInputException;
import org.objectweb.asm.AnnotationVisitor;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * The JUnit 5 tags of a test, read from the compiled test classes as JUnit reads them: the
 * method's {@code @Tag}s, its class's, the superclasses' ({@code @Tag} is inherited), an
 * enclosing class's for a {@code @Nested} one, and those of a composed annotation
 * ({@code @SmokeTest} carrying {@code @Tag("smoke")}) when it is one of the module's own classes.
 * Only annotations are read, no code.
 */
final class TestTags {

    private static final String TAG = "Lorg/junit/jupiter/api/Tag;";
    private static final String TAGS = "Lorg/junit/jupiter/api/Tags;";

    private final Path testClasses;
    private final Map<String, ClassTags> classes = new HashMap<>();

    TestTags(Path testClasses) {
        this.testClasses = testClasses;
    }

    /** The tags of {@code test}; none when its class is not among the module's test classes. */
    Set<String> of(TestCase test) throws GateInputException {
        Set<String> tags = new LinkedHashSet<>();
        String method = methodName(test.name());
        String className = test.className().replace('.', '/');
        ClassTags own = read(className);
        tags.addAll(own.methods().getOrDefault(method, Set.of()));
        tags.addAll(inherited(className));
        for (int nested = className.lastIndexOf('$'); nested > 0; nested = className.lastIndexOf('$', nested - 1)) {
            tags.addAll(inherited(className.substring(0, nested)));
        }
        return tags;
    }

    /** A class's tags with its superclasses': {@code @Tag} is {@code @Inherited}. */
    private Set<String> inherited(String className) throws GateInputException {
        Set<String> tags = new LinkedHashSet<>();
        Set<String> seen = new HashSet<>();
        for (String type = className; type != null && seen.add(type); type = read(type).superName()) {
            tags.addAll(read(type).own());
        }
        return tags;
    }

    /** {@code totals}, from a report's {@code totals}, {@code add(int)[1]} or {@code totals()}. */
    static String methodName(String reported) {
        int end = reported.length();
        for (char stop : new char[] {'(', '['}) {
            int at = reported.indexOf(stop);
            end = at >= 0 ? Math.min(end, at) : end;
        }
        return reported.substring(0, end).trim();
    }

    /** One class's tags: on the class, per method name, and its superclass to look at next. */
    private record ClassTags(Set<String> own, Map<String, Set<String>> methods, String superName) {
        static final ClassTags NONE = new ClassTags(Set.of(), Map.of(), null);
    }

    private ClassTags read(String internalName) throws GateInputException {
        ClassTags known = classes.get(internalName);
        if (known != null) {
            return known;
        }
        classes.put(internalName, ClassTags.NONE); // a composed annotation may name itself: read each class once
        Path file = testClasses.resolve(internalName + ".class");
        if (!Files.isRegularFile(file)) {
            return ClassTags.NONE;
        }
        Scanner scanner = new Scanner();
        try {
            new ClassReader(Files.readAllBytes(file)).accept(scanner,
                    ClassReader.SKIP_CODE | ClassReader.SKIP_DEBUG | ClassReader.SKIP_FRAMES);
        } catch (IOException | RuntimeException e) {
            throw GateInputException.ofFile(file, "the test class cannot be read for its tags: "
                    + (e.getMessage() == null ? "not a class file" : e.getMessage()), "build the module again: mvn clean verify.");
        }
        Set<String> own = new LinkedHashSet<>(scanner.tags.own);
        for (String annotation : scanner.tags.annotations) {
            own.addAll(read(annotation).own()); // a composed annotation of the module's own
        }
        Map<String, Set<String>> methods = new HashMap<>();
        for (Map.Entry<String, Found> method : scanner.methods.entrySet()) {
            Set<String> tags = new LinkedHashSet<>(method.getValue().own);
            for (String annotation : method.getValue().annotations) {
                tags.addAll(read(annotation).own());
            }
            methods.merge(method.getKey(), tags, (a, b) -> {
                Set<String> both = new LinkedHashSet<>(a);
                both.addAll(b);
                return both;
            });
        }
        ClassTags tags = new ClassTags(own, methods, scanner.superName);
        classes.put(internalName, tags);
        return tags;
    }

    /** The tags written on one element, and its other annotations (each may be a composed one). */
    private static final class Found {
        final Set<String> own = new LinkedHashSet<>();
        final Set<String> annotations = new HashSet<>();

        AnnotationVisitor visit(String descriptor) {
            if (TAG.equals(descriptor)) {
                return new TagValue(own);
            }
            if (TAGS.equals(descriptor)) {
                return new AnnotationVisitor(Opcodes.ASM9) {
                    @Override
                    public AnnotationVisitor visitArray(String name) {
                        return new AnnotationVisitor(Opcodes.ASM9) {
                            @Override
                            public AnnotationVisitor visitAnnotation(String n, String d) {
                                return new TagValue(own);
                            }
                        };
                    }
                };
            }
            if (descriptor.startsWith("L") && !descriptor.startsWith("Ljava/") && !descriptor.startsWith("Lorg/junit/")) {
                annotations.add(descriptor.substring(1, descriptor.length() - 1));
            }
            return null;
        }
    }

    private static final class TagValue extends AnnotationVisitor {
        private final Set<String> into;

        TagValue(Set<String> into) {
            super(Opcodes.ASM9);
            this.into = into;
        }

        @Override
        public void visit(String name, Object value) {
            if ("value".equals(name) && value instanceof String tag) {
                into.add(tag.trim());
            }
        }
    }

    private static final class Scanner extends ClassVisitor {
        final Found tags = new Found();
        final Map<String, Found> methods = new HashMap<>();
        String superName;

        Scanner() {
            super(Opcodes.ASM9);
        }

        @Override
        public void visit(int version, int access, String name, String signature, String superName,
                          String[] interfaces) {
            this.superName = superName == null || superName.startsWith("java/") ? null : superName;
        }

        @Override
        public AnnotationVisitor visitAnnotation(String descriptor, boolean visible) {
            return tags.visit(descriptor);
        }

        @Override
        public MethodVisitor visitMethod(int access, String name, String descriptor, String signature,
                                         String[] exceptions) {
            Found found = methods.computeIfAbsent(name, n -> new Found());
            return new MethodVisitor(Opcodes.ASM9) {
                @Override
                public AnnotationVisitor visitAnnotation(String annotation, boolean visible) {
                    return found.visit(annotation);
                }
            };
        }
    }
}
