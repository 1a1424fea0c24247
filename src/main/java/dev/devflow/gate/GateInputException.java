package dev.devflow.gate;

import java.nio.file.Path;

/**
 * The user's input is wrong: a corrupt file, an impossible threshold, an unknown name. Carries
 * what is wrong, where (file and line when there is one) and how to fix it, so that the build
 * can fail with that sentence instead of a stack trace.
 */
public class GateInputException extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient Path file;
    private final int line;
    private final String problem;
    private final String fix;

    public GateInputException(Path file, int line, String problem, String fix) {
        super(compose(file, line, problem, fix));
        this.file = file;
        this.line = line;
        this.problem = problem;
        this.fix = fix;
    }

    /** Bad input that is not in a file, such as a parameter value. */
    public static GateInputException ofParameter(String parameter, String problem, String fix) {
        return new GateInputException(null, 0, "parameter " + parameter + ": " + problem, fix);
    }

    public static GateInputException ofFile(Path file, String problem, String fix) {
        return new GateInputException(file, 0, problem, fix);
    }

    private static String compose(Path file, int line, String problem, String fix) {
        StringBuilder text = new StringBuilder();
        if (file != null) {
            text.append(file);
            if (line > 0) {
                text.append(':').append(line);
            }
            text.append(": ");
        }
        text.append(problem);
        if (fix != null && !fix.isEmpty()) {
            text.append(" Fix: ").append(fix);
        }
        return text.toString();
    }

    public Path file() {
        return file;
    }

    public int line() {
        return line;
    }

    public String problem() {
        return problem;
    }

    public String fix() {
        return fix;
    }
}
