// <file>docs/CHANGES.md</file>, the old name of <changelogFile>: the changelog goal validates that file
// and the version goal compares with its releases (1.1.0 the latest); each says the name is deprecated.
import groovy.json.JsonSlurper

def lines = new File(basedir, 'build.log').getText('UTF-8').readLines()
def deprecation = '[WARNING] devflow: the parameter <file> is deprecated; name the changelog <changelogFile>, which' +
        ' the changelog, version and release goals all read.'

assert lines.contains('[INFO] BUILD SUCCESS')
assert lines.count(deprecation) == 2
assert !new File(basedir, 'CHANGELOG.md').exists()
def changelog = new JsonSlurper().parse(new File(basedir, 'target/devflow/changelog.json'), 'UTF-8')
assert changelog.status == 'PASSED'
assert changelog.details == [releases: 2, latestRelease: '1.1.0', unreleasedEntries: 1]
assert lines.any { it ==~ /\[INFO\]   latest changelog release +1\.1\.0/ }
