// Four independent jar modules built by four threads (-T 4); devflow runs SpotBugs analyses side by
// side, each in a worker of its own (as many at once as the build's threads, the cores and the heap
// allow: two on a 2-core machine), and at least two of them overlap in time. Each module has one bug
// of a type no other module has; each must fail with exactly its own bug, located in its own
// sources, and its report and cache must hold nothing of the others'. The parent (packaging pom) is
// not applicable. The build finishes (invoker.timeoutInSeconds catches a hang). Build 2 analyses the
// same modules one at a time into target/devflow-serial: every finding is the same.
import groovy.json.JsonSlurper

// without the lines of the first build that resolves devflow's dependencies into the shared repository
def all = new File(basedir, 'build.log').getText('UTF-8').readLines().findAll { !it.startsWith('[INFO] Download') }
int second = all.findLastIndexOf { it.contains('Scanning for projects') }
assert second > 0
def lines = all.subList(0, second)
def serialLines = all.subList(second, all.size())
def expected = [
        alpha: [path: 'src/main/java/it/alpha/Codes.java', line: 7, type: 'RV_RETURN_VALUE_IGNORED',
                headline: '1 bug', category: 'CORRECTNESS'],
        beta : [path: 'src/main/java/it/beta/Customers.java', line: 7, type: 'ES_COMPARING_PARAMETER_STRING_WITH_EQ',
                headline: '1 bug', category: 'BAD_PRACTICE'],
        gamma: [path: 'src/main/java/it/gamma/Money.java', line: 14, type: 'HE_EQUALS_USE_HASHCODE',
                headline: '1 bug', category: 'BAD_PRACTICE'],
        delta: [path: 'src/main/java/it/delta/Hashes.java', line: 10, type: 'WEAK_MESSAGE_DIGEST_MD5',
                headline: '1 bug (1 security)', category: 'SECURITY']]

assert lines.contains('[INFO] Using the MultiThreadedBuilder implementation with a thread count of 4')
assert lines.contains('[INFO] BUILD FAILURE')
assert lines.any { it ==~ /\[INFO\] static-analysis-fails-parallel-reactor \.+ SUCCESS \[.*\]/ }

def parent = new JsonSlurper().parse(new File(basedir, 'target/devflow/static-analysis.json'), 'UTF-8')
assert parent.status == 'NOT_APPLICABLE'

expected.each { module, bug ->
    def report = new File(basedir, "$module/target/devflow/static-analysis.json")
    assert lines.any { it ==~ /\[INFO\] $module \.+ FAILURE \[.*\]/ }
    assert lines.contains("[INFO] devflow static-analysis: FAILED — ${bug.headline}".toString())

    // Maven's failure message for this module: its own bug and report, nothing else
    int error = lines.findIndexOf { it ==~ /\[ERROR\] Failed to execute goal dev\.devflow:devflow-maven-plugin:[^:]+:static-analysis / +
            /\(default\) on project $module: devflow static-analysis gate failed: / + java.util.regex.Pattern.quote(bug.headline) }
    assert error >= 0 : "no failure for $module"
    assert lines[error + 1].startsWith('[ERROR]   1 bug reported, expected none: fix it')
    assert lines[error + 2].startsWith("[ERROR]   ${bug.path}:${bug.line}  ${bug.type} (${bug.category}, rank ".toString())
    assert lines[error + 3] == '[ERROR] Full report: ' + report.path

    def json = new JsonSlurper().parse(report, 'UTF-8')
    assert json.status == 'FAILED'
    assert json.headline == bug.headline
    assert json.findings.size() == 1 : "$module: ${json.findings*.rule}"
    def finding = json.findings[0]
    assert finding.rule == 'static-analysis.' + bug.type
    assert finding.path == bug.path && finding.line == bug.line
    assert json.details.bugsByCategory == [(bug.category): 1]
    assert json.details.complete == true

    // the module's cache holds its own bug only
    def cached = new File(basedir, "$module/target/devflow").listFiles().findAll { it.name.startsWith('spotbugs-') }
    assert cached.size() == 1
    def cachedLines = cached[0].readLines('UTF-8')
    assert cachedLines.size() == 1 && cachedLines[0].startsWith("bug\t${bug.type}\t".toString())
    assert cachedLines[0].contains("\tit.$module.".toString())
}
// no type reported anywhere but in its own module
expected.each { module, bug ->
    assert lines.count { it.contains("  ${bug.type} (".toString()) } == 1 : "${bug.type} reported more than once"
}

// The analyses overlapped: each report says when SpotBugs ran, and two of the intervals intersect.
def parallel = expected.keySet().collectEntries { module ->
    [(module): new JsonSlurper().parse(new File(basedir, "$module/target/devflow/static-analysis.json"), 'UTF-8')]
}
def spans = parallel.collect { module, json ->
    [module, java.time.Instant.parse(json.details.analysis.started), java.time.Instant.parse(json.details.analysis.ended)]
}
def overlapping = [spans, spans].combinations().findAll { a, b ->
    a[0] < b[0] && a[1].isBefore(b[2]) && b[1].isBefore(a[2])
}
assert !overlapping.isEmpty() : "no two analyses ran at the same time: $spans"

// The serial build (one thread, one analysis at a time) found exactly the same, module by module.
assert serialLines.any { it.contains('Using the MultiThreadedBuilder implementation with a thread count of 1') } ||
        !serialLines.any { it.contains('MultiThreadedBuilder') }
def fields = { json -> json.findings.collect { [it.rule, it.severity, it.message, it.path, it.line] } }
expected.each { module, bug ->
    def serial = new JsonSlurper().parse(new File(basedir, "$module/target/devflow-serial/static-analysis.json"), 'UTF-8')
    assert serial.details.analysis != null : "$module: the serial build took a cached result"
    assert fields(serial) == fields(parallel[module]) : "$module differs between -T 4 and -T 1"
    assert serial.details.bugsByCategory == parallel[module].details.bugsByCategory
    assert serial.details.bugsByRank == parallel[module].details.bugsByRank
    assert serial.headline == parallel[module].headline
}
println "each of ${expected.size()} modules analysed concurrently reported its own bug only, as the serial build did"
