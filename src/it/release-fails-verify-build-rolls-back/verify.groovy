// The release edits the changelog and pom, then its child clean verify fails to compile
// Greeter.java: the release fails in step 'verify', says so, puts everything back and lists it.
def gitIn = evaluate(new File(basedir, '../../../src/it/lib/git.groovy'))
def git = gitIn(basedir)
def lines = new File(basedir, 'build.log').getText('UTF-8').readLines()
def index = { String line ->
    int at = lines.indexOf(line)
    assert at >= 0 : "build.log lacks: $line"
    at
}
def head = git(['rev-parse', '--short=7', 'HEAD']).trim()

int plan = index('[INFO] Release 1.2.0 (minor bump from 1.1.0: \'Added\' entry at CHANGELOG.md:9 (Export to CSV.))')
int child = index('[INFO] Verifying the release state: mvn clean verify')
// the child build ran on the release state and failed on Greeter.java
int building = index('[INFO] Building release-fails-verify-build-rolls-back 1.2.0')
int compileError = lines.findIndexOf(child) { it.startsWith('[ERROR] ') && it.contains('Greeter.java') && it.contains('incompatible types') }
assert plan < child && child < building && building < compileError
int failed = lines.findIndexOf { it.startsWith('[ERROR] Failed to execute goal dev.devflow:devflow-maven-plugin:') &&
        it.endsWith(':release (default-cli) on project release-fails-verify-build-rolls-back: devflow release failed.' +
                ' Release step \'verify\': the verify build (mvn clean verify) failed with exit code 1; its output is' +
                ' above. Fix: make the build pass on main and release again.') }
assert failed > compileError
assert lines.subList(failed + 1, failed + 5) == [
        '[ERROR] Everything the release changed in this repository was put back:',
        "[ERROR]   - HEAD on main at $head.".toString(),
        '[ERROR]   - CHANGELOG.md as before the release.',
        '[ERROR]   - pom.xml as before the release.',
]
assert lines.count { it == '[INFO] BUILD FAILURE' } == 2 : 'one failure for the child build, one for the release'
assert !lines.any { it.startsWith('[INFO] Released ') || it.startsWith('[INFO] Release notes: ') }
assert !lines.any { it.contains('at dev.devflow') || it.contains('Caused by:') }

// As before the release: the same HEAD, branch, refs (no tag), file bytes, status; no journal.
def sha256 = { File file -> java.security.MessageDigest.getInstance('SHA-256').digest(file.bytes).encodeHex().toString() }
def state = ['HEAD ' + git(['rev-parse', 'HEAD']).trim(), 'symbolic ' + git(['symbolic-ref', 'HEAD']).trim()]
state += git(['for-each-ref', '--format=%(refname) %(objectname)']).readLines()
state += git(['ls-files', '--cached', '--others', '--exclude-standard']).readLines().sort()
        .collect { it + ' ' + sha256(new File(basedir, it)) }
state += 'status ' + git(['status', '--porcelain', '--untracked-files=all']).readLines().join('|')
assert state.join('\n') + '\n' == new File(basedir.parentFile, basedir.name + '.before.txt').getText('UTF-8')
assert git(['tag', '-l']) == ''
assert git(['rev-list', '--count', 'HEAD']).trim() == '1'
assert git(['symbolic-ref', '--short', 'HEAD']).trim() == 'main'
assert git(['status', '--porcelain', '--untracked-files=all']) == ''
assert !new File(basedir, '.git/devflow-release.json').exists()
assert !new File(basedir, '.pom.xml.devflow-release').exists() && !new File(basedir, '.CHANGELOG.md.devflow-release').exists()
assert !new File(basedir, 'target/devflow/release-notes.md').exists()
true
