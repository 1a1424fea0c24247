package dev.devflow.release.signing;

import org.eclipse.jgit.lib.GpgConfig;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.util.FS;
import org.eclipse.jgit.util.SystemReader;

import java.io.File;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The program git signs OpenPGP with, started as git starts it: {@code gpg.openpgp.program} or
 * {@code gpg.program} (as JGit's GpgConfig reads them), else {@code gpg} from the PATH. It runs
 * in the work tree with the build's environment, except {@code GNUPGHOME}, which is taken from
 * JGit's SystemReader: in a release that is the environment's value, and tests give gpg their own
 * GnuPG home there without touching the environment of the JVM.
 */
record GpgProgram(String command, boolean configured) {

    private static final String HOME_VARIABLE = "GNUPGHOME";

    static GpgProgram of(GpgConfig config) {
        String program = config.getProgram();
        return program == null || program.isBlank() ? new GpgProgram("gpg", false)
                : new GpgProgram(expandHome(program.strip()), true);
    }

    /** git reads gpg.program as a path: a leading ~/ is the home folder. */
    private static String expandHome(String program) {
        File home = FS.DETECTED.userHome();
        return program.startsWith("~/") && home != null ? new File(home, program.substring(2)).getPath() : program;
    }

    /** The program with {@code arguments}, ready to start in {@code repository}'s work tree. */
    ProcessBuilder command(Repository repository, List<String> arguments) {
        List<String> command = new ArrayList<>(List.of(this.command));
        command.addAll(arguments);
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(repository.isBare() ? repository.getDirectory() : repository.getWorkTree());
        Map<String, String> environment = builder.environment();
        String gnupgHome = SystemReader.getInstance().getenv(HOME_VARIABLE);
        if (gnupgHome == null) {
            environment.remove(HOME_VARIABLE);
        } else {
            environment.put(HOME_VARIABLE, gnupgHome);
        }
        return builder;
    }

    /** As the user would look for it: the command, and where it came from. */
    String describe() {
        return configured ? command + " (gpg.program)" : "gpg (gpg.program is not set: gpg from the PATH)";
    }
}
