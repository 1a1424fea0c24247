// main: pom.xml at 1.2.0-SNAPSHOT and CHANGELOG.md ([Unreleased] with ### Added after 1.1.0),
// committed unsigned; then the repository's git config asks for signed commits and tags with
// an ed25519 key, which JGit's own signer could not sign with so that git accepts it.
// The release signs through the gpg program, as git does: gpg.program is target/gpg.sh, which
// runs gpg with a GnuPG home made here. That home is a short temporary folder, not in the
// scenario, because gpg-agent makes its socket in it and a socket's path has a length limit;
// verify.groovy stops the agent and removes the home (its path is in target/gnupg-home).
import java.nio.file.Files

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
def target = new File(basedir, 'target')
target.deleteDir()
target.mkdirs()
git(['init', '-q', '-b', 'main'])
git(['config', 'user.name', 'devflow IT'])
git(['config', 'user.email', 'it@devflow.invalid'])
git(['config', 'commit.gpgsign', 'false'])
git(['config', 'tag.gpgsign', 'false'])
git(['config', 'core.autocrlf', 'false'])
new File(basedir, '.gitignore').setText('build.log\ntarget/\n', 'UTF-8')
git(['add', '-A'])
git(['commit', '-q', '-m', 'Export to CSV, import from JSON'])

def home = Files.createTempDirectory('gnupg').toFile() // 0700, as gpg wants it
new File(target, 'gnupg-home').setText(home.path, 'UTF-8')
def created = run(['gpg', '--batch', '--pinentry-mode', 'loopback', '--passphrase', '', '--status-fd', '1',
                   '--quick-gen-key', 'devflow IT <it@devflow.invalid>', 'ed25519', 'sign', 'never'],
        [GNUPGHOME: home.path])
def fingerprint = created.readLines().find { it.startsWith('[GNUPG:] KEY_CREATED ') }?.tokenize(' ')?.last()
assert fingerprint : "gpg made no key:\n$created"
def gpg = new File(target, 'gpg.sh')
gpg.setText("#!/bin/sh\nGNUPGHOME='${home.path}' exec gpg \"\$@\"\n", 'UTF-8')
assert gpg.setExecutable(true)
git(['config', 'gpg.program', gpg.path])
git(['config', 'commit.gpgsign', 'true'])
git(['config', 'tag.gpgsign', 'true'])
git(['config', 'user.signingKey', fingerprint])
true
