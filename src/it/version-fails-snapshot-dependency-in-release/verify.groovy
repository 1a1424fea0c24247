// Release 1.3.0 has its dated section, but depends on com.acme:widget-core:2.1.0-SNAPSHOT and on
// the devflow plugin itself, a SNAPSHOT here: one error each, at the line of its <version>. The
// dependencies (which exist nowhere) are never resolved in validate.
import groovy.json.JsonSlurper
import groovy.xml.XmlSlurper

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
        it.endsWith(':version (default) on project version-fails-snapshot-dependency-in-release: devflow version gate failed: version 1.3.0, 2 problems') }
assert failed >= 0
def pluginVersion = new XmlSlurper().parse(new File(basedir, 'pom.xml')).build.plugins.plugin.version.text()
assert pluginVersion.endsWith('-SNAPSHOT')
def dependencyAt = lineOf('pom.xml', '<version>2.1.0-SNAPSHOT</version>')
def pluginAt = lineOf('pom.xml', "<version>$pluginVersion</version>")
def dependency = 'release 1.3.0 depends on dependency com.acme:widget-core:2.1.0-SNAPSHOT; a release must not' +
        ' depend on SNAPSHOTs: use a released version.'
def plugin = "release 1.3.0 depends on plugin dev.devflow:devflow-maven-plugin:$pluginVersion; a release must not" +
        ' depend on SNAPSHOTs: use a released version.'

block([
        '[INFO] devflow version: FAILED — version 1.3.0, 2 problems',
        '[INFO]   measure                   value  threshold',
        '[INFO]   version                   1.3.0              release',
        '[INFO]   latest changelog release  1.3.0',
        '[INFO]   latest tag                1.3.0',
        '[INFO]   problems                      2  ≤ 0         MISSED',
])
assert lines.subList(failed + 1, failed + 5) == [
        '[ERROR]   2 version problems, expected none.',
        "[ERROR]   pom.xml:$dependencyAt  $dependency".toString(),
        "[ERROR]   pom.xml:$pluginAt  $plugin".toString(),
        '[ERROR] Full report: ' + report.path,
]
assert !lines.any { it.contains('widget-io') || it.contains('Could not resolve') || it.contains('Downloading') }
assert lines.contains('[INFO] BUILD FAILURE')
assert !lines.any { it.contains('at dev.devflow') || it.contains('Caused by:') }

def json = new JsonSlurper().parse(report, 'UTF-8')
assert json.status == 'FAILED'
assert json.headline == 'version 1.3.0, 2 problems'
assert json.findings.collect { [it.rule, it.severity, it.message, it.path, it.line] } == [
        ['version.release-snapshot', 'ERROR', dependency, 'pom.xml', dependencyAt],
        ['version.release-snapshot', 'ERROR', plugin.toString(), 'pom.xml', pluginAt],
]
assert json.details == [version: '1.3.0', latestChangelogRelease: '1.3.0', latestTag: '1.3.0']
