// Paths in the CI outputs are from the repository root, whichever module reports: the changelog
// gate names the root's CHANGELOG.md from the root; lint names core's source from core, so core/
// goes in front. Every path named must be a file of the repository. The root's changelog problem is
// reported once, by the root that holds the file, not again by core, which reads the same file.
import groovy.json.JsonSlurper

def lines = new File(basedir, 'build.log').getText('UTF-8').readLines()
def slurp = { String path -> new JsonSlurper().parse(new File(basedir, path), 'UTF-8') }
def exists = { String path -> new File(basedir, path).isFile() }
def changelogError = "'### Bug Fixes' is not a change type; use one of Added, Changed, Deprecated, Removed, Fixed, Security."
def source = 'core/src/main/java/it/paths/Slugs.java'
def lintError = "UnnecessaryImport  Unused import 'java.util.List'"

assert lines.contains('[INFO] BUILD SUCCESS')
// the root's changelog; core's lint
assert lines.count('[WARNING] devflow check: 1 gate failed, but failOnError=false lets the build pass') == 2
assert !lines.any { it.contains('2 gates failed') }

// GitHub workflow commands: the root's, then core's.
def changelogCommand = "::error file=CHANGELOG.md,line=5,endLine=5,title=changelog.section::$changelogError".toString()
assert lines.findAll { it.startsWith('::') } == [
        changelogCommand,
        "::error file=$source,line=3,endLine=3,col=1,title=lint.UnnecessaryImport::$lintError".toString(),
]
lines.findAll { it.startsWith('::') }.each { command ->
    def file = (command =~ /file=([^,]+),/)[0][1]
    assert exists(file) : "the annotation names $file, which is not a file of the repository: $command"
}

// SARIF: core's lint result.
def sarif = slurp('core/target/devflow/devflow.sarif')
assert sarif.runs[0].results*.locations*.physicalLocation*.artifactLocation*.uri.flatten() == [source]
assert slurp('target/devflow/devflow.sarif').runs[0].results == []

// GitLab Code Quality: the root's changelog issue, and core's lint issue.
def rootIssues = slurp('target/devflow/gl-code-quality-report.json')
def coreIssues = slurp('core/target/devflow/gl-code-quality-report.json')
assert rootIssues*.location == [[path: 'CHANGELOG.md', lines: [begin: 5]]]
assert coreIssues*.location == [[path: source, lines: [begin: 3]]]
assert coreIssues*.check_name == ['lint.UnnecessaryImport']

// report.md of core, and the step summary (root's and core's, appended): the places named.
def places = { String markdown -> (markdown =~ /(?m)^- `([^`:]+)(:[\d:-]+)?`/).collect { it[1] } }
assert places(new File(basedir, 'core/target/devflow/report.md').getText('UTF-8')) == [source]
def summary = new File(basedir, 'step-summary.md').getText('UTF-8')
assert summary.startsWith('## devflow check of check-passes-reactor-finding-paths: FAILED\n')
assert summary.contains('## devflow check of core: FAILED\n')
assert places(summary) == ['CHANGELOG.md', source]
for (String place : places(summary)) {
    assert exists(place) : "the step summary names $place, which is not a file of the repository"
}
