// The release 1.2.0: derived from [Unreleased] (### Added after 1.1.0, and the project is at
// 1.2.0-SNAPSHOT), verified by a child clean verify that got -Drelease.it.marker, recorded as
// two commits and an annotated tag, the changelog rolled, the pom edited byte for byte.
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

// The plan, then the child build, then the record.
int plan = index('[INFO] Release 1.2.0 (minor bump from 1.1.0: \'Added\' entry at CHANGELOG.md:9 (Export to CSV.))')
block([
        '[INFO] 1. Edit, then verify with mvn clean verify:',
        '[INFO]    CHANGELOG.md',
])
block([
        '[INFO]    pom.xml',
        '[INFO]      -10:   <version>1.2.0-SNAPSHOT</version><!-- the release edits this element\'s text only -->',
        '[INFO]      +10:   <version>1.2.0</version><!-- the release edits this element\'s text only -->',
        '[INFO] 2. Commit \'Release v1.2.0\', annotated tag v1.2.0 with the release notes:',
        '[INFO]      | ### Added',
        '[INFO]      | ',
        '[INFO]      | - Export to CSV.',
        '[INFO]      | - Import from JSON.',
        '[INFO] 3. Set 1.2.1-SNAPSHOT and commit \'Start 1.2.1-SNAPSHOT after v1.2.0\':',
        '[INFO]    pom.xml',
        '[INFO]      -10:   <version>1.2.0</version><!-- the release edits this element\'s text only -->',
        '[INFO]      +10:   <version>1.2.1-SNAPSHOT</version><!-- the release edits this element\'s text only -->',
        '[INFO] 4. Nothing is pushed (push is off).',
])
int child = index('[INFO] Verifying the release state: mvn clean verify')
// The child build: enforcer's requireProperty passed only because the -D property reached it.
int enforcer = lines.findIndexOf(child) { it ==~ /\[INFO\] --- (maven-)?enforcer(-plugin)?:3\.6\.2:enforce \(marker-reached-the-child-build\) @ release-passes-single-module ---/ }
assert enforcer > child : 'the child build did not run the enforcer'
assert lines.findIndexOf(enforcer) { it == '[INFO] Rule 0: org.apache.maven.enforcer.rules.property.RequireProperty passed' } > enforcer
int childJar = lines.findIndexOf(child) { it.startsWith('[INFO] Building jar: ') && it.endsWith('release-passes-single-module-1.2.0.jar') }
assert childJar > enforcer : 'the child build did not package 1.2.0'
assert !lines.any { it.contains('Property "release.it.marker"') } : 'the enforcer rule failed'
int released = index('[INFO] Released v1.2.0; the project is now at 1.2.1-SNAPSHOT.')
assert plan < child && childJar < released
index('[INFO] Release notes: ' + new File(basedir, 'target/devflow/release-notes.md').path)
// the outer build ran the release goal only, once, and passed
assert lines.count { it == '[INFO] BUILD SUCCESS' } == 2 : 'one success for the child build, one for the release'
assert !lines.any { it.startsWith('[ERROR]') || it.startsWith('[WARNING]') && it.contains('devflow') }
// The child build gets only the options it needs: on Maven 4 a -gs naming Maven's own settings
// would be warned of as deprecated.
assert !lines.any { it.startsWith('[WARNING]') && it.contains('deprecated') } : 'the child build was given a deprecated option'

// Git: two new commits on main, the tag on the first of them.
assert git(['log', '--format=%s', 'main']).readLines() ==
        ['Start 1.2.1-SNAPSHOT after v1.2.0', 'Release v1.2.0', 'Export to CSV, import from JSON']
assert git(['symbolic-ref', 'HEAD']).trim() == 'refs/heads/main'
assert git(['tag', '-l']).readLines() == ['v1.2.0']
assert git(['cat-file', '-t', 'v1.2.0']).trim() == 'tag' : 'v1.2.0 is not an annotated tag'
assert git(['rev-parse', 'v1.2.0^{commit}']).trim() == git(['rev-parse', 'HEAD~1']).trim()
def tagObject = git(['cat-file', '-p', 'v1.2.0'])
def tagMessage = tagObject.substring(tagObject.indexOf('\n\n') + 2)
def notes = '### Added\n\n- Export to CSV.\n- Import from JSON.\n'
assert tagMessage == notes
assert tagObject.contains('\ntagger devflow IT <it@devflow.invalid> ')
assert git(['log', '-1', '--format=%an <%ae>|%cn <%ce>', 'HEAD']).trim() ==
        'devflow IT <it@devflow.invalid>|devflow IT <it@devflow.invalid>'
// each commit touches what it should, nothing else
assert git(['diff', '--name-only', 'HEAD~2', 'HEAD~1']).readLines() == ['CHANGELOG.md', 'pom.xml']
assert git(['diff', '--name-only', 'HEAD~1', 'HEAD']).readLines() == ['pom.xml']

// The pom: the original bytes (CRLF, comments) with the version text replaced, nothing else.
byte[] original = gitBytes(['show', 'HEAD~2:pom.xml'])
def originalText = new String(original, 'UTF-8')
assert originalText.count('\r\n') == originalText.count('\n') && originalText.count('\r\n') > 40 : 'the fixture pom is not CRLF'
def withVersion = { String v ->
    assert originalText.count('<version>1.2.0-SNAPSHOT</version>') == 1
    originalText.replace('<version>1.2.0-SNAPSHOT</version>', "<version>$v</version>").getBytes('UTF-8')
}
assert gitBytes(['show', 'v1.2.0:pom.xml']) == withVersion('1.2.0')
assert gitBytes(['show', 'HEAD:pom.xml']) == withVersion('1.2.1-SNAPSHOT')
assert new File(basedir, 'pom.xml').bytes == withVersion('1.2.1-SNAPSHOT')
assert new String(new File(basedir, 'pom.xml').bytes, 'UTF-8').contains('which names 1.2.0-SNAPSHOT too. -->\r\n')

// The changelog: [Unreleased] became [1.2.0] - today under a new empty [Unreleased]; the links follow.
def changelog = """# Changelog

All notable changes to this project are documented in this file.

## [Unreleased]

## [1.2.0] - $today

### Added

- Export to CSV.
- Import from JSON.

## [1.1.0] - 2024-05-01

### Fixed

- Empty files.

## [1.0.0] - 2024-03-01

### Added

- First release.

[Unreleased]: https://github.com/devflow/release-it/compare/v1.2.0...HEAD
[1.2.0]: https://github.com/devflow/release-it/compare/v1.1.0...v1.2.0
[1.1.0]: https://github.com/devflow/release-it/compare/v1.0.0...v1.1.0
[1.0.0]: https://github.com/devflow/release-it/releases/tag/v1.0.0
"""
assert new File(basedir, 'CHANGELOG.md').getText('UTF-8') == changelog
assert git(['show', 'v1.2.0:CHANGELOG.md']) == changelog
assert git(['show', 'HEAD:CHANGELOG.md']) == changelog

// The release notes, the journal gone, nothing left uncommitted.
assert new File(basedir, 'target/devflow/release-notes.md').getText('UTF-8') == notes
assert !new File(basedir, '.git/devflow-release.json').exists()
assert !new File(basedir, '.pom.xml.devflow-release').exists() && !new File(basedir, '.CHANGELOG.md.devflow-release').exists()
assert git(['status', '--porcelain', '--untracked-files=all']) == ''
true
