// Tag v1.2.0 exists and the project depends on widget-core:0.9.0-SNAPSHOT: the release fails in
// its readiness step naming both, without trying to resolve the dependency, and changes nothing.
def gitIn = evaluate(new File(basedir, '../../../src/it/lib/git.groovy'))
def git = gitIn(basedir)
def lines = new File(basedir, 'build.log').getText('UTF-8').readLines()
def lineOf = { String pom, String text ->
    def at = new File(basedir, pom).readLines('UTF-8').findIndexOf { it.contains(text) }
    assert at >= 0 : "$pom has no '$text'"
    at + 1
}

def failed = lines.findIndexOf { it.startsWith('[ERROR] Failed to execute goal dev.devflow:devflow-maven-plugin:') &&
        it.endsWith(':release (default-cli) on project release-fails-tag-exists-and-snapshot-dependency: devflow' +
                ' release failed. Release step \'readiness\': 2 problems keep the project from being released:') }
assert failed >= 0
def dependencyAt = lineOf('pom.xml', '<version>0.9.0-SNAPSHOT</version>')
assert lines.subList(failed + 1, failed + 3) == [
        "[ERROR]   - pom.xml:$dependencyAt: release-fails-tag-exists-and-snapshot-dependency depends on dependency" +
                ' dev.devflow.it.nowhere:widget-core:0.9.0-SNAPSHOT. Fix: use a released version; a release must not' +
                ' depend on SNAPSHOTs.',
        '[ERROR]   - the tag v1.2.0 already exists in this repository. Fix: release another version, or delete the' +
                ' tag if it is a mistake (git tag -d v1.2.0).',
].collect { it.toString() }
assert lines.contains('[INFO] BUILD FAILURE')
// the dependency was never looked for
assert !lines.any { it.contains('widget-core') && (it.contains('Download') || it.contains('resolve')) }
assert !lines.any { it.contains('Could not resolve') || it.contains('Could not find artifact') }
assert !lines.any { it.startsWith('[INFO] Release ') || it.startsWith('[INFO] Verifying') }
assert !lines.any { it.contains('at dev.devflow') || it.contains('Caused by:') }

// Nothing changed: HEAD, refs (the hand-made tag untouched), file bytes, a clean tree, no journal.
def sha256 = { File file -> java.security.MessageDigest.getInstance('SHA-256').digest(file.bytes).encodeHex().toString() }
def state = ['HEAD ' + git(['rev-parse', 'HEAD']).trim(), 'symbolic ' + git(['symbolic-ref', 'HEAD']).trim()]
state += git(['for-each-ref', '--format=%(refname) %(objectname)']).readLines()
state += git(['ls-files', '--cached', '--others', '--exclude-standard']).readLines().sort()
        .collect { it + ' ' + sha256(new File(basedir, it)) }
state += 'status ' + git(['status', '--porcelain', '--untracked-files=all']).readLines().join('|')
assert state.join('\n') + '\n' == new File(basedir.parentFile, basedir.name + '.before.txt').getText('UTF-8')
assert git(['tag', '-l', '--format=%(contents)', 'v1.2.0']).trim() == 'Made by hand'
assert git(['rev-list', '--count', 'HEAD']).trim() == '1'
assert git(['status', '--porcelain', '--untracked-files=all']) == ''
assert !new File(basedir, '.git/devflow-release.json').exists()
true
