// 1.4-SNAPSHOT is not SemVer: one error at the pom's <version>; nothing is compared with it.
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
        it.endsWith(':version (default) on project version-fails-not-semver: devflow version gate failed: version 1.4-SNAPSHOT, 1 problem') }
assert failed >= 0
def at = lineOf('pom.xml', '<version>1.4-SNAPSHOT</version>')
def message = "version '1.4-SNAPSHOT' is not Semantic Versioning 2.0.0 (MAJOR.MINOR.PATCH, optionally -SNAPSHOT);" +
        ' write it as, for example, 1.4.0-SNAPSHOT.'

block([
        '[INFO] devflow version: FAILED — version 1.4-SNAPSHOT, 1 problem',
        '[INFO]   measure                          value  threshold',
        '[INFO]   version                   1.4-SNAPSHOT              not SemVer',
        '[INFO]   latest changelog release         1.3.0',
        '[INFO]   latest tag                       1.3.0',
        '[INFO]   problems                             1  ≤ 0         MISSED',
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
assert json.measurements[0] == [name: 'version', value: '1.4-SNAPSHOT', detail: 'not SemVer', met: true]
assert json.findings.collect { [it.rule, it.severity, it.message, it.path, it.line] } ==
        [['version.semver', 'ERROR', message, 'pom.xml', at]]
assert json.details == [version: '1.4-SNAPSHOT', latestChangelogRelease: '1.3.0', latestTag: '1.3.0']
