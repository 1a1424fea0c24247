// Release 2.0.0 of a reactor with a CI-friendly ${revision}: ### Removed is the largest change
// after 1.4.0 (a major bump, which the project's 2.0.0-SNAPSHOT agrees with). The release sets
// the root's revision property (2.0.0 in the tagged commit, 2.0.1-SNAPSHOT after) and its
// output timestamp; the modules' poms are not touched. The child clean verify builds the reactor.
import java.time.Instant
import java.time.LocalDate

def gitIn = evaluate(new File(basedir, '../../../src/it/lib/git.groovy'))
def gitBytes = gitIn(basedir, bytes: true)
def git = { List<String> args -> new String(gitBytes(args), 'UTF-8') }
def today = LocalDate.now().toString()

def lines = new File(basedir, 'build.log').getText('UTF-8').readLines()
def block = { List<String> expected ->
    assert Collections.indexOfSubList(lines, expected) >= 0 : 'build.log lacks, in this order:\n' + expected.join('\n')
}
def index = { String line ->
    int at = lines.indexOf(line)
    assert at >= 0 : "build.log lacks: $line"
    at
}

int plan = index('[INFO] Release 2.0.0 (major bump from 1.4.0: \'Removed\' entry at CHANGELOG.md:11' +
        ' (The XML export, deprecated since 1.3.0.))')
// the timestamp is the release's own instant: read it from the plan
int timestampLine = lines.findIndexOf(plan) { it.startsWith('[INFO]      +21:     <project.build.outputTimestamp>') }
assert timestampLine > plan
def timestamp = (lines[timestampLine] =~ /<project.build.outputTimestamp>([^<]+)</)[0][1]
def instant = Instant.parse(timestamp)
assert Math.abs(instant.epochSecond - Instant.now().epochSecond) < 600 && timestamp ==~ /\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ/
block([
        '[INFO]    pom.xml',
        '[INFO]      -20:     <revision>2.0.0-SNAPSHOT</revision>',
        '[INFO]      -21:     <project.build.outputTimestamp>2024-01-01T00:00:00Z</project.build.outputTimestamp>',
        '[INFO]      +20:     <revision>2.0.0</revision>',
        "[INFO]      +21:     <project.build.outputTimestamp>$timestamp</project.build.outputTimestamp>".toString(),
        '[INFO] 2. Commit \'Release v2.0.0\', annotated tag v2.0.0 with the release notes:',
])
block([
        '[INFO] 3. Set 2.0.1-SNAPSHOT and commit \'Start 2.0.1-SNAPSHOT after v2.0.0\':',
        '[INFO]    pom.xml',
        '[INFO]      -20:     <revision>2.0.0</revision>',
        '[INFO]      +20:     <revision>2.0.1-SNAPSHOT</revision>',
        '[INFO] 4. Nothing is pushed (push is off).',
        '[INFO] Verifying the release state: mvn clean verify',
])
// the child build built the reactor at 2.0.0, b against a
int child = index('[INFO] Verifying the release state: mvn clean verify')
assert !lines.subList(plan, child).any { it.contains('a/pom.xml') || it.contains('b/pom.xml') } : 'the plan edits a module pom'
block([
        '[INFO] Reactor Build Order:',
        '[INFO] ',
        '[INFO] release-passes-multi-module-revision                               [pom]',
        '[INFO] module-a                                                           [jar]',
        '[INFO] module-b                                                           [jar]',
])
def jar = { String m -> lines.findIndexOf(child) { it == "[INFO] Building jar: ${new File(basedir, "$m/target/module-$m-2.0.0.jar").path}".toString() } }
assert jar('a') > child && jar('b') > jar('a')
int released = index('[INFO] Released v2.0.0; the project is now at 2.0.1-SNAPSHOT.')
assert lines.count { it == '[INFO] BUILD SUCCESS' } == 2 && lines.lastIndexOf('[INFO] BUILD SUCCESS') > released
assert !lines.any { it.startsWith('[ERROR]') }

// Git: the two commits, the annotated tag on the first, holding the [Unreleased] text verbatim.
assert git(['log', '--format=%s', 'main']).readLines() ==
        ['Start 2.0.1-SNAPSHOT after v2.0.0', 'Release v2.0.0', 'Import from CSV, drop the XML export']
assert git(['tag', '-l']).readLines() == ['v2.0.0']
assert git(['cat-file', '-t', 'v2.0.0']).trim() == 'tag'
assert git(['rev-parse', 'v2.0.0^{commit}']).trim() == git(['rev-parse', 'HEAD~1']).trim()
def notes = '### Added\n\n- Import from CSV.\n\n### Removed\n\n- The XML export, deprecated since 1.3.0.\n\n' +
        '### Fixed\n\n- Empty lines in imports.\n'
assert git(['tag', '-l', '--format=%(contents)', 'v2.0.0']) == notes + '\n'
assert new File(basedir, 'target/devflow/release-notes.md').getText('UTF-8') == notes
assert git(['diff', '--name-only', 'HEAD~2', 'HEAD~1']).readLines() == ['CHANGELOG.md', 'pom.xml']
assert git(['diff', '--name-only', 'HEAD~1', 'HEAD']).readLines() == ['pom.xml']

// The root pom: revision and timestamp replaced in place, nothing else; the modules as they were.
def original = git(['show', 'HEAD~2:pom.xml'])
def rootAt = { String revision ->
    original.replace('<revision>2.0.0-SNAPSHOT</revision>', "<revision>$revision</revision>")
            .replace('<project.build.outputTimestamp>2024-01-01T00:00:00Z<',
                    "<project.build.outputTimestamp>$timestamp<")
}
assert git(['show', 'v2.0.0:pom.xml']) == rootAt('2.0.0')
assert git(['show', 'HEAD:pom.xml']) == rootAt('2.0.1-SNAPSHOT')
assert new File(basedir, 'pom.xml').getText('UTF-8') == rootAt('2.0.1-SNAPSHOT')
assert original.contains('<version>${revision}</version>') && rootAt('2.0.0').contains('<version>${revision}</version>')
for (module in ['a/pom.xml', 'b/pom.xml']) {
    assert gitBytes(['show', "v2.0.0:$module"]) == gitBytes(['show', "HEAD~2:$module"])
    assert new File(basedir, module).bytes == gitBytes(['show', "HEAD~2:$module"])
}
assert new File(basedir, 'b/pom.xml').getText('UTF-8').contains('<version>${project.version}</version>')

// The changelog rolled, links included.
def changelog = new File(basedir, 'CHANGELOG.md').getText('UTF-8')
assert changelog.startsWith("# Changelog\n\n## [Unreleased]\n\n## [2.0.0] - $today\n\n### Added\n\n- Import from CSV.\n")
assert changelog.endsWith('[Unreleased]: https://github.com/devflow/release-it/compare/v2.0.0...HEAD\n' +
        '[2.0.0]: https://github.com/devflow/release-it/compare/v1.4.0...v2.0.0\n' +
        '[1.4.0]: https://github.com/devflow/release-it/compare/v1.3.0...v1.4.0\n' +
        '[1.3.0]: https://github.com/devflow/release-it/releases/tag/v1.3.0\n')
assert git(['show', 'v2.0.0:CHANGELOG.md']) == changelog

assert !new File(basedir, '.git/devflow-release.json').exists()
assert git(['status', '--porcelain', '--untracked-files=all']) == ''
true
