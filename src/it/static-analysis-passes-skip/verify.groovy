// -Ddevflow.static-analysis.skip (no value: true). Cart.java has a bug the gate would fail on, but
// the goal only says it is skipped and by which switch; it writes no report and the build passes.
// without the lines of the first build that resolves devflow's dependencies into the shared repository
def lines = new File(basedir, 'build.log').getText('UTF-8').readLines().findAll { !it.startsWith('[INFO] Download') }

int step = lines.findIndexOf { it ==~ /\[INFO\] --- devflow(-maven-plugin)?:[^:]+:static-analysis \(default\) @ static-analysis-passes-skip ---/ }
assert step >= 0
assert lines[step + 1] == '[INFO] devflow static-analysis: skipped (devflow.static-analysis.skip)'
assert !lines.any { it.contains('RV_RETURN_VALUE_IGNORED') || it.contains('bugs at threshold') }
assert lines.contains('[INFO] BUILD SUCCESS')
assert !new File(basedir, 'target/devflow/static-analysis.json').exists()
assert !new File(basedir, 'target/devflow').exists() || !new File(basedir, 'target/devflow').listFiles().any { it.name.startsWith('spotbugs-') }
