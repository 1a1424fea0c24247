// The project's argLine (-Dfoo=bar) is kept and the agent appended to it; surefire's
// '@{argLine} -Dextra=1' then carries both. The tests assert foo, extra and the agent inside
// the test JVM; here the log and the report.
import groovy.json.JsonSlurper
import java.util.regex.Pattern

def lines = new File(basedir, 'build.log').getText('UTF-8').readLines()
def exec = new File(basedir, 'target/jacoco.exec')

assert lines.any {
    it ==~ /\[INFO\] devflow coverage-agent: argLine set to -Dfoo=bar -javaagent:\S+\/org\.jacoco\.agent-0\.8\.15-runtime\.jar=destfile=/ +
            Pattern.quote(exec.path) + /,append=true/
}
assert lines.contains('[INFO] Tests run: 3, Failures: 0, Errors: 0, Skipped: 0')
assert exec.isFile() && exec.length() > 0
assert lines.contains('[INFO] devflow coverage: passed — line coverage 1.00; the 1 rule limit holds')
assert lines.contains('[INFO] BUILD SUCCESS')

def json = new JsonSlurper().parse(new File(basedir, 'target/devflow/coverage.json'), 'UTF-8')
assert json.status == 'PASSED'
assert json.details.counters.LINE == [missed: 0, covered: 2]
assert json.details.execFiles == [exec.path]
