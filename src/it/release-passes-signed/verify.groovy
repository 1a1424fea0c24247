// The release 1.2.0 signed as the repository's git config asks: both commits and the annotated
// tag carry signatures that C git, with its gpg.program (setup.groovy's gpg on its GnuPG home)
// and the ed25519 key made there, accepts. Then the agent is stopped and the home removed.
def home = new File(basedir, 'target/gnupg-home').getText('UTF-8')
def run = { List<String> command ->
    def builder = new ProcessBuilder(command).directory(basedir).redirectErrorStream(true)
    builder.environment().put('GNUPGHOME', home)
    def process = builder.start()
    process.outputStream.close()
    def out = process.inputStream.getText('UTF-8')
    [process.waitFor(), out]
}
def git = { List<String> args ->
    def (code, out) = run(['git'] + args)
    assert code == 0 : "git ${args.join(' ')} failed:\n$out"
    out
}

try {
    def lines = new File(basedir, 'build.log').getText('UTF-8').readLines()
    assert lines.contains('[INFO] Released v1.2.0; the project is now at 1.2.1-SNAPSHOT.')
    assert lines.contains('[INFO] BUILD SUCCESS')

    assert git(['log', '--format=%s', 'main']).readLines() ==
            ['Start 1.2.1-SNAPSHOT after v1.2.0', 'Release v1.2.0', 'Export to CSV, import from JSON']
    assert git(['cat-file', '-t', 'v1.2.0']).trim() == 'tag' : 'v1.2.0 is not an annotated tag'
    def key = git(['config', 'user.signingKey']).trim()
    [['verify-commit', 'HEAD'], ['verify-commit', 'HEAD~1'], ['verify-tag', 'v1.2.0']].each { verify ->
        def status = git([verify[0], '--raw', verify[1]])
        assert status.contains('[GNUPG:] VALIDSIG ' + key + ' ') : "${verify.join(' ')}:\n$status"
    }
    // the commit before the release was made unsigned, and stays so
    assert run(['git', 'verify-commit', 'HEAD~2'])[0] != 0
    assert git(['status', '--porcelain', '--untracked-files=all']) == ''
} finally {
    run(['gpgconf', '--kill', 'gpg-agent'])
    new File(home).deleteDir()
}
true
