// Release 1.4.0, but the changelog's latest section is 1.3.0: one error at the pom's <version>.
// The goal runs by its full name (default-cli), so no SNAPSHOT build plugin is reported.
import groovy.json.JsonSlurper

def lines = new File(basedir, 'build.log').getText('UTF-8').readLines()
def report = new File(basedir, 'target/devflow/version.json')
def block = { List<String> expected ->
    assert Collections.indexOfSubList(lines, expected) >= 0 : 'build.log lacks, in this order:\n' + expected.join('\n')
}
// The line of the first pom line holding text, as the findings name it.
def lineOf = { String pom, String text ->
    def at = new File(basedir, pom).readLines('UTF-8').findIndexOf { it.contains(text) }
    assert at >= 0 : "$pom has no '$text'"
    at + 1
}
def failed = lines.findIndexOf { it.startsWith('[ERROR] Failed to execute goal dev.devflow:devflow-maven-plugin:') &&
        it.endsWith(':version (default-cli) on project version-fails-release-without-changelog-section: devflow version gate failed: version 1.4.0, 1 problem') }
assert failed >= 0
def at = lineOf('pom.xml', '<version>1.4.0</version>')
def message = "release 1.4.0 has no section in the changelog; add '## [1.4.0] - YYYY-MM-DD' (devflow:release does it)."

block([
        '[INFO] devflow version: FAILED — version 1.4.0, 1 problem',
        '[INFO]   measure                   value  threshold',
        '[INFO]   version                   1.4.0              release',
        '[INFO]   latest changelog release  1.3.0',
        '[INFO]   latest tag                1.3.0',
        '[INFO]   problems                      1  ≤ 0         MISSED',
])
assert lines.subList(failed + 1, failed + 4) == [
        '[ERROR]   1 version problem, expected none.',
        "[ERROR]   pom.xml:$at  $message".toString(),
        '[ERROR] Full report: ' + report.path,
]
assert lines.contains('[INFO] BUILD FAILURE')
assert !lines.any { it.contains('at dev.devflow') || it.contains('Caused by:') }

def json = new JsonSlurper().parse(report, 'UTF-8')
assert json.status == 'FAILED'
assert json.findings.collect { [it.rule, it.severity, it.message, it.path, it.line] } ==
        [['version.release-changelog', 'ERROR', message, 'pom.xml', at]]
assert json.details == [version: '1.4.0', latestChangelogRelease: '1.3.0', latestTag: '1.3.0']
