// <ruleset>config/nosuch.xml</ruleset> names no file of the project, no category and no resource:
// the build fails on the parameter, with PMD's reason and the fix, before anything is analysed,
// and without a stack trace.
def lines = new File(basedir, 'build.log').getText('UTF-8').readLines()
def hasLine = { String expected -> lines.contains(expected) }

def failure = lines.find { it.startsWith('[ERROR] Failed to execute goal ') }
assert failure ==~ /\[ERROR\] Failed to execute goal dev\.devflow:devflow-maven-plugin:[^:]+:lint \(default\) on project / +
        /lint-fails-missing-ruleset: devflow lint: parameter ruleSets: rule set 'config\/nosuch\.xml' cannot be loaded: .*/
assert failure.contains("Cannot resolve rule/ruleset reference 'config/nosuch.xml'")
assert failure.endsWith(" Fix: give a PMD category (category/java/bestpractices.xml), a file of the project or a" +
        " resource on the plugin's classpath, and check its XML. -> [Help 1]")
// a MojoFailureException (the user's input), not an execution error
assert hasLine('[ERROR] [Help 1] http://cwiki.apache.org/confluence/display/MAVEN/MojoFailureException')
assert !lines.any { it.startsWith('[INFO] devflow lint: ') }
assert hasLine('[INFO] BUILD FAILURE')
assert !lines.any { it ==~ /\s+at [\w.$]+\(.*\)/ || it.startsWith('Caused by:') || it.contains('RuleSetLoadException') }
assert !new File(basedir, 'target/devflow/lint.json').exists()
