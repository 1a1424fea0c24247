// The dry run plans release 1.3.0 (the project's 1.3.0-SNAPSHOT is above the patch bump the fix
// asks for), shows each file's changed lines, says that nothing changed and no verify build ran,
// and changes nothing: HEAD, refs and every file as setup.groovy recorded them.
import java.time.LocalDate

def gitIn = evaluate(new File(basedir, '../../../src/it/lib/git.groovy'))
def git = gitIn(basedir)
def today = LocalDate.now().toString()
def lines = new File(basedir, 'build.log').getText('UTF-8').readLines()
def block = { List<String> expected ->
    assert Collections.indexOfSubList(lines, expected) >= 0 : 'build.log lacks, in this order:\n' + expected.join('\n')
}

block([
        '[INFO] Release 1.3.0 (1.3.0 from the project version 1.3.0-SNAPSHOT, above 1.2.1 (patch bump from 1.2.0:' +
                ' \'Fixed\' entry at CHANGELOG.md:7 (Greeting without a name.)))',
        '[INFO] 1. Edit, then verify with mvn clean verify:',
        '[INFO]    CHANGELOG.md',
        "[INFO]      +5: ## [1.3.0] - $today".toString(),
        '[INFO]      +6: ',
        '[INFO]      -15: [Unreleased]: https://github.com/devflow/release-it/compare/v1.2.0...HEAD',
        '[INFO]      +17: [Unreleased]: https://github.com/devflow/release-it/compare/v1.3.0...HEAD',
        '[INFO]      +18: [1.3.0]: https://github.com/devflow/release-it/compare/v1.2.0...v1.3.0',
        '[INFO]    pom.xml',
        '[INFO]      -8:   <version>1.3.0-SNAPSHOT</version>',
        '[INFO]      +8:   <version>1.3.0</version>',
        '[INFO] 2. Commit \'Release v1.3.0\', annotated tag v1.3.0 with the release notes:',
        '[INFO]      | ### Fixed',
        '[INFO]      | ',
        '[INFO]      | - Greeting without a name.',
        '[INFO] 3. Set 1.3.1-SNAPSHOT and commit \'Start 1.3.1-SNAPSHOT after v1.3.0\':',
        '[INFO]    pom.xml',
        '[INFO]      -8:   <version>1.3.0</version>',
        '[INFO]      +8:   <version>1.3.1-SNAPSHOT</version>',
        '[INFO] 4. Nothing is pushed (push is off).',
        '[INFO] Dry run: nothing was changed, and no verify build ran.',
        '[INFO] ------------------------------------------------------------------------',
        '[INFO] BUILD SUCCESS',
])
assert !lines.any { it.startsWith('[INFO] Verifying the release state') || it.startsWith('[INFO] Released ') }
assert lines.count { it.startsWith('[INFO] Scanning for projects') } == 1 : 'a child build ran'
assert lines.count { it == '[INFO] BUILD SUCCESS' } == 1
assert !lines.any { it.startsWith('[ERROR]') || it.startsWith('[WARNING]') }

// Nothing changed: the same HEAD, branch, refs (no tag) and file bytes, a clean tree, no journal.
def sha256 = { File file -> java.security.MessageDigest.getInstance('SHA-256').digest(file.bytes).encodeHex().toString() }
def state = ['HEAD ' + git(['rev-parse', 'HEAD']).trim(), 'symbolic ' + git(['symbolic-ref', 'HEAD']).trim()]
state += git(['for-each-ref', '--format=%(refname) %(objectname)']).readLines()
state += git(['ls-files']).readLines().collect { it + ' ' + sha256(new File(basedir, it)) }
assert state.join('\n') + '\n' == new File(basedir.parentFile, basedir.name + '.before.txt').getText('UTF-8')
assert git(['tag', '-l']) == ''
assert git(['rev-list', '--count', 'HEAD']).trim() == '1'
assert git(['status', '--porcelain', '--untracked-files=all']) == ''
assert !new File(basedir, '.git/devflow-release.json').exists()
assert !new File(basedir, 'target/devflow/release-notes.md').exists()
assert !new File(basedir, 'target').exists() : 'the dry run wrote into target/'
true
