// Parity with spotbugs-maven-plugin: in one build, spotbugs:spotbugs (4.10.4.1: SpotBugs 4.10.4 with
// FindSecBugs 1.14.0, default effort, default threshold medium) and devflow's static-analysis gate
// (run by check with failOnError=false) analyse the same three classes. Every bug in
// target/spotbugsXml.xml must be in static-analysis.json and nothing more: same source file, line and
// type (at the primary source line), and the same category, rank and message.
// devflow also reports SECURITY findings below the threshold; the code has none (asserted below).
import groovy.json.JsonSlurper
import groovy.xml.XmlSlurper

// without the lines of the first build that resolves devflow's dependencies into the shared repository
def lines = new File(basedir, 'build.log').getText('UTF-8').readLines().findAll { !it.startsWith('[INFO] Download') }
int spotbugsStep = lines.findIndexOf { it.startsWith('[INFO] --- spotbugs:4.10.4.1:spotbugs (spotbugs) @ ') }
int checkStep = lines.findIndexOf { it.startsWith('[INFO] --- devflow:') && it.contains(':check (default) @ ') }
assert spotbugsStep >= 0 && checkStep > spotbugsStep
assert lines.any { it ==~ /\[WARNING\] devflow check: 1 gates? failed, but failOnError=false lets the build pass/ }
assert lines.contains('[INFO] BUILD SUCCESS')

def xml = new XmlSlurper(false, false).parse(new File(basedir, 'target/spotbugsXml.xml'))
assert xml.@version.text() == '4.10.4'
assert xml.Project.Plugin.find { it.@id.text() == 'com.h3xstream.findsecbugs' }.@enabled.text() == 'true'
assert xml.Errors.@errors.text() == '0' && xml.Errors.@missingClasses.text() == '0'
def fromSpotBugs = [:]      // [source path, line, type] -> [category, rank, message]
xml.BugInstance.each { bug ->
    def sourceLines = bug.SourceLine.list()
    def primary = sourceLines.find { it.@primary.text() == 'true' } ?: sourceLines.find { it.@synthetic.text() == 'true' } ?: sourceLines[0]
    def key = [primary.@sourcepath.text(), primary.@start.text() as int, bug.@type.text()]
    assert !fromSpotBugs.containsKey(key) : "two bugs at $key"
    assert bug.@category.text() != 'SECURITY' || (bug.@priority.text() as int) <= 2
    fromSpotBugs[key] = [bug.@category.text(), bug.@rank.text() as int, bug.LongMessage.text()]
}

def json = new JsonSlurper().parse(new File(basedir, 'target/devflow/static-analysis.json'), 'UTF-8')
assert json.status == 'FAILED'
assert json.details.complete == true
def fromDevflow = [:]
json.findings.each { f ->
    assert f.severity == 'ERROR' && f.rule.startsWith('static-analysis.') && f.path.startsWith('src/main/java/')
    def type = f.rule - 'static-analysis.'
    def m = f.message =~ /^(\S+) \((\w+), rank (\d+)\)  (.*?)(?: — if accepted, suppress it where it stands: @SuppressFBWarnings\(value = "(\S+)", justification = "…"\))?$/
    assert m.matches() : f.message
    assert m.group(1) == type
    assert (m.group(5) != null) == (m.group(2) == 'SECURITY') && (m.group(5) == null || m.group(5) == type)
    def key = [f.path - 'src/main/java/', f.line, type]
    assert !fromDevflow.containsKey(key) : "two findings at $key"
    fromDevflow[key] = [m.group(2), m.group(3) as int, m.group(4)]
}

def types = fromSpotBugs.keySet().collect { it[2] }.toSet()
assert types.size() >= 8 : "too few bug types to compare: $types"
assert fromSpotBugs.values().count { it[0] == 'SECURITY' } >= 3
assert fromSpotBugs.keySet().collect { it[0] }.toSet() == ['it/parity/Orders.java', 'it/parity/Money.java',
                                                           'it/parity/Tokens.java'] as Set
def onlySpotBugs = fromSpotBugs.keySet() - fromDevflow.keySet()
def onlyDevflow = fromDevflow.keySet() - fromSpotBugs.keySet()
assert onlySpotBugs.isEmpty() : "only spotbugs-maven-plugin reports ${onlySpotBugs.sort { it.toString() }}"
assert onlyDevflow.isEmpty() : "only devflow reports ${onlyDevflow.sort { it.toString() }}"
def differ = fromSpotBugs.findAll { key, value -> fromDevflow[key] != value }
        .collect { key, value -> "$key: spotbugs-maven-plugin $value, devflow ${fromDevflow[key]}" }
assert differ.isEmpty() : "category, rank or message differ:\n  " + differ.join('\n  ')
def byCategory = fromSpotBugs.values().countBy { it[0] }
assert json.details.bugsByCategory == byCategory
println "spotbugs:spotbugs and devflow static-analysis agree on ${fromSpotBugs.size()} bugs of ${types.size()} types"
