// main: pom.xml at 1.2.0-SNAPSHOT and CHANGELOG.md ([Unreleased] with ### Added after 1.1.0),
// committed unsigned; then the repository's git config asks for signed commits and tags with
// an RSA key that gpg makes here, into gnupg/ (ignored by git, read by the release through
// -Djgit.gpg.home). The key is made in a short temporary GnuPG home, since gpg-agent's socket
// path has a length limit that the scenario's folder may exceed; verify needs no agent.
import java.nio.file.Files
import java.nio.file.attribute.PosixFilePermissions

def run = { List<String> command, Map<String, String> environment = [:] ->
    def builder = new ProcessBuilder(command).directory(basedir).redirectErrorStream(true)
    builder.environment().putAll(environment)
    def process = builder.start()
    process.outputStream.close()
    def out = process.inputStream.getText('UTF-8')
    assert process.waitFor() == 0 : "${command.join(' ')} failed:\n$out"
    out
}
def git = { List<String> args -> run(['git'] + args) }

new File(basedir, '.git').deleteDir()
new File(basedir, 'target').deleteDir()
def gnupg = new File(basedir, 'gnupg')
gnupg.deleteDir()
git(['init', '-q', '-b', 'main'])
git(['config', 'user.name', 'devflow IT'])
git(['config', 'user.email', 'it@devflow.invalid'])
git(['config', 'commit.gpgsign', 'false'])
git(['config', 'tag.gpgsign', 'false'])
git(['config', 'core.autocrlf', 'false'])
new File(basedir, '.gitignore').setText('build.log\ntarget/\ngnupg/\n', 'UTF-8')
git(['add', '-A'])
git(['commit', '-q', '-m', 'Export to CSV, import from JSON'])

def home = Files.createTempDirectory('gnupg').toFile() // 0700, as gpg wants it
try {
    def gpgHome = [GNUPGHOME: home.path]
    def created = run(['gpg', '--batch', '--pinentry-mode', 'loopback', '--passphrase', '', '--status-fd', '1',
                       '--quick-gen-key', 'devflow IT <it@devflow.invalid>', 'rsa2048', 'sign', 'never'], gpgHome)
    def fingerprint = created.readLines().find { it.startsWith('[GNUPG:] KEY_CREATED ') }?.tokenize(' ')?.last()
    assert fingerprint : "gpg made no key:\n$created"
    run(['gpgconf', '--kill', 'gpg-agent'], gpgHome)
    def owner = PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString('rwx------'))
    Files.createDirectory(gnupg.toPath(), owner)
    Files.createDirectory(gnupg.toPath().resolve('private-keys-v1.d'), owner)
    ['pubring.kbx', 'trustdb.gpg'].each { Files.copy(new File(home, it).toPath(), gnupg.toPath().resolve(it)) }
    new File(home, 'private-keys-v1.d').eachFile { Files.copy(it.toPath(), gnupg.toPath().resolve('private-keys-v1.d/' + it.name)) }
    git(['config', 'commit.gpgsign', 'true'])
    git(['config', 'tag.gpgsign', 'true'])
    git(['config', 'user.signingKey', fingerprint])
} finally {
    home.deleteDir()
}
true
