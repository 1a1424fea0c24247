// A reactor of three: each module's check evaluates that module (its classes, sources and build
// directory) and prints its table; the root (packaging pom) has nothing to cover or lint. After
// the last module, app, one table for the reactor: a row per module and gate.
import groovy.json.JsonSlurper
import groovy.xml.XmlSlurper

def lines = new File(basedir, 'build.log').getText('UTF-8').readLines()
def slurp = { String module, String name -> new JsonSlurper().parse(new File(basedir, "$module/target/devflow/$name"), 'UTF-8') }
def pluginVersion = new XmlSlurper().parse(new File(basedir, 'pom.xml')).build.plugins.plugin
        .find { it.artifactId.text() == 'devflow-maven-plugin' }.version.text()
def root = basedir.path
def noClasses = "no compiled classes in $root/target/classes, nothing to cover"
def noSources = "no Java sources in [$root/src/main/java]"
def gates = ['changelog', 'version', 'coverage', 'lint', 'static-analysis']
def nothingToAnalyse = 'no classes and no sources, nothing to analyse'
def expected = [
        'check-passes-reactor-summary': [
                ['passed', 'changelog 0 problems'], ['passed', 'version 1.4.0-SNAPSHOT, 0 problems'],
                ['not applicable', noClasses], ['not applicable', noSources], ['not applicable', nothingToAnalyse]],
        'core'                        : [
                ['passed', 'changelog 0 problems'], ['passed', 'version 1.4.0-SNAPSHOT, 0 problems'],
                ['passed', 'line coverage 1.00; the 1 rule limit holds'], ['passed', '0 violations within limits'],
                ['passed', '0 bugs']],
        'app'                         : [
                ['passed', 'changelog 0 problems'], ['passed', 'version 1.4.0-SNAPSHOT, 0 problems'],
                ['passed', 'line coverage 1.00; the 1 rule limit holds'], ['passed', '0 violations within limits'],
                ['passed', '0 bugs']],
]
def folder = { String module -> module == 'check-passes-reactor-summary' ? '.' : module }
def cells = { String line -> line.substring('[INFO]   '.length()).split(/ {2,}/) as List }

// Each module: its gates' summaries, then its table; the tables follow the build order. Under -T
// (the Maven 4 compatibility run) modules that do not depend on each other end in any order, so
// there each table only follows its own summaries, and the reactor's table follows them all.
boolean parallel = lines.any { it.contains('Using the MultiThreadedBuilder') }
int previous = -1
int lastTable = -1
expected.each { module, rows ->
    int table = lines.indexOf("[INFO] devflow check of $module: passed".toString())
    assert table > (parallel ? -1 : previous) : "the table of $module is missing or out of order"
    lastTable = Math.max(lastTable, table)
    assert lines[table + 1] ==~ /\[INFO\]   gate +status +result +time/
    def report = slurp(folder(module), 'report.json')
    rows.eachWithIndex { row, i ->
        assert cells(lines[table + 2 + i]) == [gates[i], row[0], row[1],
                String.format(Locale.ROOT, '%.1f s', report.gates[i].millis / 1000.0d)] : lines[table + 2 + i]
        // the gate's summary, above the table
        assert lines.subList(parallel ? 0 : previous + 1, table)
                .contains("[INFO] devflow ${gates[i]}: ${row[0]} — ${row[1]}".toString())
    }
    previous = table
}
// The coverage, lint and static analysis of core and app were their own: their classes and sources,
// reports in their folder.
['core', 'app'].each { module ->
    def coverage = slurp(module, 'coverage.json')
    assert coverage.details.bundle == module
    assert coverage.details.execFiles == [new File(basedir, "$module/target/jacoco.exec").path]
    assert lines.contains('[INFO] Full report: ' + new File(basedir, "$module/target/devflow/coverage.json").path)
    assert slurp(module, 'lint.json').status == 'PASSED'
    assert lines.contains('[INFO] Full report: ' + new File(basedir, "$module/target/devflow/lint.json").path)
    assert slurp(module, 'static-analysis.json').status == 'PASSED'
    // the root's changelog serves the module, and the root checks it
    assert slurp(module, 'changelog.json').details ==
            [releases: 2, latestRelease: '1.3.0', unreleasedEntries: 1, checkedIn: 'check-passes-reactor-summary']
}
assert slurp('core', 'coverage.json').details.counters.LINE == [missed: 0, covered: 2]
assert slurp('app', 'coverage.json').details.counters.LINE == [missed: 0, covered: 4]
assert slurp('.', 'coverage.json').status == 'NOT_APPLICABLE'
assert slurp('.', 'lint.json').status == 'NOT_APPLICABLE'
assert slurp('.', 'static-analysis.json').status == 'NOT_APPLICABLE'

// The reactor's table: once, right after the last module's table.
def heading = '[INFO] devflow check of the reactor: 3 modules, 0 failed'
assert lines.count(heading) == 1
int reactor = lines.indexOf(heading)
assert parallel ? reactor > lastTable : reactor == previous + 7
assert lines[reactor + 1] ==~ /\[INFO\]   module +gate +status +result/
def reactorRows = lines.subList(reactor + 2, reactor + 17).collect(cells)
assert reactorRows == expected.collectMany { module, rows ->
    (0..<rows.size()).collect { i -> [module, gates[i], rows[i][0], rows[i][1]] }
}
assert !lines[reactor + 17].startsWith('[INFO]   ')
assert lines.contains('[INFO] BUILD SUCCESS')
assert !lines.any { it.startsWith('[ERROR]') || it.startsWith('[WARNING]') }

// Each module's reports; the root's not-applicable gates are skipped test cases.
def schema = evaluate([new File(basedir, '../check-passes-all-gates/ReportSchema.groovy'),
                       new File(basedir, '../../../src/it/check-passes-all-gates/ReportSchema.groovy')].find { it.isFile() })
expected.each { module, rows ->
    def report = slurp(folder(module), 'report.json')
    assert report.module == module
    assert report.status == 'PASSED'
    assert report.gates*.gate == gates
    assert schema(report, localRepositoryPath, pluginVersion)
}
assert slurp('.', 'report.json').gates*.status == ['PASSED', 'PASSED', 'NOT_APPLICABLE', 'NOT_APPLICABLE', 'NOT_APPLICABLE']
def rootSuite = new XmlSlurper().parse(new File(basedir, 'target/devflow/devflow-junit.xml'))
assert rootSuite.@tests == '5' && rootSuite.@failures == '0' && rootSuite.@skipped == '3'
assert rootSuite.testcase.find { it.@name == 'coverage' }.skipped.@message == 'not applicable: ' + noClasses
assert rootSuite.testcase.find { it.@name == 'lint' }.skipped.@message == 'not applicable: ' + noSources
def coreSuite = new XmlSlurper().parse(new File(basedir, 'core/target/devflow/devflow-junit.xml'))
assert coreSuite.@name == 'devflow.core' && coreSuite.@tests == '5' && coreSuite.@skipped == '0'
def rootMarkdown = new File(basedir, 'target/devflow/report.md').getText('UTF-8').readLines()
assert rootMarkdown[6] ==~ /\| coverage \| not applicable \| no compiled classes in .* \| \d+\.\d s \|/
