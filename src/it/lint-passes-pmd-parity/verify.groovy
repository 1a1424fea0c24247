// Parity with maven-pmd-plugin: in one build, pmd:pmd (3.28.0, its default rule set, PMD 7.27.0
// like devflow) and devflow lint analyse the same three classes. Every violation in
// target/pmd.xml must be in lint.json and nothing more: same file, line, column, rule, message,
// and the same count per priority.
import groovy.json.JsonSlurper
import groovy.xml.XmlSlurper

import java.nio.file.Path

def lines = new File(basedir, 'build.log').getText('UTF-8').readLines()
int pmdStep = lines.findIndexOf { it.startsWith('[INFO] --- pmd:3.28.0:pmd (pmd) @ ') }
int lintStep = lines.findIndexOf { it.startsWith('[INFO] --- devflow:') && it.contains(':lint (default) @ ') }
assert pmdStep >= 0 && lintStep > pmdStep
assert lines.contains('[INFO] PMD version: 7.27.0')
assert lines.contains('[INFO] BUILD SUCCESS')

def base = basedir.toPath().toAbsolutePath()
def pmd = new XmlSlurper(false, false).parse(new File(basedir, 'target/pmd.xml'))
assert pmd.@version.text() == '7.27.0'
assert pmd.error.size() == 0 : 'maven-pmd-plugin could not process a file'
def fromPmd = [] as Set
def pmdMessages = [:]
def pmdPriorities = [:]
pmd.file.each { file ->
    def path = base.relativize(Path.of(file.@name.text()).toAbsolutePath()).toString().replace('\\', '/')
    file.violation.each { v ->
        def key = [path, v.@beginline.text() as int, v.@rule.text()]
        fromPmd << key
        pmdMessages[key + [v.@begincolumn.text() as int]] = v.text().trim()
        pmdPriorities.merge(v.@priority.text(), 1, Integer::sum)
    }
}

def json = new JsonSlurper().parse(new File(basedir, 'target/devflow/lint.json'), 'UTF-8')
assert json.status == 'WARNED'
assert json.findings.every { it.rule.startsWith('lint.') && it.severity == 'WARNING' }
def fromDevflow = json.findings.collect { [it.path, it.line, it.rule - 'lint.'] } as Set
def devflowMessages = json.findings.collectEntries {
    def rule = it.rule - 'lint.'
    [[it.path, it.line, rule, it.column], it.message - (rule + '  ')]
}

assert fromPmd.size() >= 8 && fromPmd.collect { it[2] }.toSet().size() >= 8 : "too few violations to compare: $fromPmd"
assert fromPmd.collect { it[0] }.toSet() == ['src/main/java/it/parity/Orders.java', 'src/main/java/it/parity/Pricing.java',
                                            'src/main/java/it/parity/Shape.java'] as Set
assert (fromPmd - fromDevflow).isEmpty() : "only maven-pmd-plugin reports ${(fromPmd - fromDevflow).sort()}"
assert (fromDevflow - fromPmd).isEmpty() : "only devflow reports ${(fromDevflow - fromPmd).sort()}"
assert json.findings.size() == pmd.file.violation.size()
assert devflowMessages == pmdMessages
assert json.details.violationsByPriority == pmdPriorities
println "pmd:pmd and devflow lint agree on ${fromPmd.size()} violations of " +
        "${fromPmd.collect { it[2] }.toSet().size()} rules"
