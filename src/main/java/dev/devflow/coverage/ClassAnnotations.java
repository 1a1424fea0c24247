package dev.devflow.coverage;

import org.jacoco.core.runtime.WildcardMatcher;
import org.objectweb.asm.AnnotationVisitor;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Which parts of one class carry an excluding annotation. Reads only the annotations (no
 * code), in the class file, so annotations with CLASS and RUNTIME retention are seen, as
 * JaCoCo's own {@code *Generated*} filter sees them.
 *
 * @param className        VM name ({@code com/acme/Foo})
 * @param wholeClass       the class itself is annotated
 * @param excludedMethods  methods annotated, as {@code name + descriptor}
 */
record ClassAnnotations(String className, boolean wholeClass, Set<String> excludedMethods) {

    static ClassAnnotations read(byte[] classFile, List<String> excludedAnnotations) {
        WildcardMatcher matcher = new WildcardMatcher(String.join(":", excludedAnnotations));
        Scanner scanner = new Scanner(excludedAnnotations.isEmpty() ? null : matcher);
        new ClassReader(classFile).accept(scanner, ClassReader.SKIP_CODE | ClassReader.SKIP_FRAMES);
        return new ClassAnnotations(scanner.className, scanner.wholeClass, scanner.methods);
    }

    private static final class Scanner extends ClassVisitor {
        private final WildcardMatcher matcher;
        private String className;
        private boolean wholeClass;
        private final Set<String> methods = new HashSet<>();

        Scanner(WildcardMatcher matcher) {
            super(Opcodes.ASM9);
            this.matcher = matcher;
        }

        @Override
        public void visit(int version, int access, String name, String signature, String superName,
                          String[] interfaces) {
            className = name;
        }

        @Override
        public AnnotationVisitor visitAnnotation(String descriptor, boolean visible) {
            wholeClass |= excluding(descriptor);
            return null;
        }

        @Override
        public MethodVisitor visitMethod(int access, String name, String descriptor, String signature,
                                         String[] exceptions) {
            String method = name + descriptor;
            return new MethodVisitor(Opcodes.ASM9) {
                @Override
                public AnnotationVisitor visitAnnotation(String annotation, boolean visible) {
                    if (excluding(annotation)) {
                        methods.add(method);
                    }
                    return null;
                }
            };
        }

        /** Matches the simple name and the qualified name, so {@code *Generated*} finds both. */
        private boolean excluding(String descriptor) {
            if (matcher == null) {
                return false;
            }
            String qualified = Type.getType(descriptor).getClassName();
            String simple = qualified.substring(qualified.lastIndexOf('.') + 1);
            return matcher.matches(simple) || matcher.matches(qualified);
        }
    }
}
