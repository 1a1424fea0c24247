// GITHUB_ACTIONS=true: after the table, each error finding is a workflow command on stdout,
// ::error file=<path from the repository root>,line=…,endLine=…[,col=…],title=<rule>::<message>,
// which GitHub shows on the pull request's lines; the Markdown summary is appended to the file
// that GITHUB_STEP_SUMMARY names.
def lines = new File(basedir, 'build.log').getText('UTF-8').readLines()
def devflow = new File(basedir, 'target/devflow')

def commands = lines.findAll { it.startsWith('::') }
assert commands == [
        "::error file=CHANGELOG.md,line=5,endLine=5,title=changelog.section::'### Bug Fixes' is not a change type;" +
                ' use one of Added, Changed, Deprecated, Removed, Fixed, Security.',
        '::error file=src/main/java/it/gh/Ledger.java,line=3,endLine=3,col=1,title=lint.UnnecessaryImport::' +
                "UnnecessaryImport  Unused import 'java.util.List'",
]
// Printed once, after the module's table and before the build's failure.
int table = lines.indexOf('[INFO] devflow check of check-fails-github-annotations: FAILED')
assert table >= 0 && lines.indexOf(commands[0]) > table
assert lines.indexOf(commands[1]) < lines.findIndexOf { it.startsWith('[ERROR] Failed to execute goal') }
assert lines.any { it ==~ /\[ERROR\] Failed to execute goal .*:check \(default\) on project check-fails-github-annotations: / +
        /devflow: 2 gates failed: changelog, lint/ }

// The step summary: report.md, appended (GitHub collects every step's additions).
def summary = new File(basedir, 'step-summary.md')
assert summary.isFile() : 'nothing was written to GITHUB_STEP_SUMMARY (step-summary.md in the scenario)'
def markdown = new File(devflow, 'report.md').getText('UTF-8')
assert summary.getText('UTF-8') == markdown + '\n'
def table2 = markdown.readLines()
assert table2[0] == '## devflow check of check-fails-github-annotations: FAILED'
assert table2[2] == '| gate | status | result | time |'
assert table2[4] ==~ /\| changelog \| ❌ FAILED \| changelog 1 problem \| \d+\.\d s \|/
assert table2[6] ==~ /\| coverage \| ✅ passed \| line coverage 1\.00; the 1 rule limit holds \| \d+\.\d s \|/
assert table2.contains("- `src/main/java/it/gh/Ledger.java:3:1` UnnecessaryImport  Unused import 'java.util.List'")

// Not GitLab.
assert !new File(devflow, 'gl-code-quality-report.json').exists()
