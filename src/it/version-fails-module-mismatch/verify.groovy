// Module app declares 1.3.9-SNAPSHOT under a 1.4.0-SNAPSHOT parent; core inherits the parent's.
// The root checks the reactor once: one error naming app and app/pom.xml:<line of its version>.
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
        it.endsWith(':version (default) on project version-fails-module-mismatch: devflow version gate failed: version 1.4.0-SNAPSHOT, 1 problem') }
assert failed >= 0
def at = lineOf('app/pom.xml', '<version>1.3.9-SNAPSHOT</version>')
def message = 'module app has version 1.3.9-SNAPSHOT, but the project is 1.4.0-SNAPSHOT; give every module the' +
        ' same version (or set devflow.version.independentModules).'

block([
        '[INFO] devflow version: FAILED — version 1.4.0-SNAPSHOT, 1 problem',
        '[INFO]   measure                            value  threshold',
        '[INFO]   version                   1.4.0-SNAPSHOT              snapshot',
        '[INFO]   latest changelog release           1.3.0',
        '[INFO]   latest tag                         1.3.0',
        '[INFO]   problems                               1  ≤ 0         MISSED',
])
assert lines.subList(failed + 1, failed + 4) == [
        '[ERROR]   1 version problem, expected none.',
        "[ERROR]   app/pom.xml:$at  $message".toString(),
        '[ERROR] Full report: ' + report.path,
]
assert lines.count { it.startsWith('[INFO] devflow version:') } == 1
assert lines.contains('[INFO] BUILD FAILURE')
assert !lines.any { it.contains('at dev.devflow') || it.contains('Caused by:') }

def json = new JsonSlurper().parse(report, 'UTF-8')
assert json.status == 'FAILED'
assert json.findings.collect { [it.rule, it.severity, it.message, it.path, it.line] } ==
        [['version.modules', 'ERROR', message, 'app/pom.xml', at]]
assert json.details == [version: '1.4.0-SNAPSHOT', latestChangelogRelease: '1.3.0', latestTag: '1.3.0']
