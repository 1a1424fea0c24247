// The truncated report fails the gate as bad input: its file, the line where it breaks, what it
// likely is and the fix; no stack trace, and the gate does not pass on the other report.
def lines = new File(basedir, 'build.log').getText('UTF-8').readLines()
def report = new File(basedir, 'target/failsafe-reports/TEST-shop.CrashedTest.xml').path
def failure = lines.find { it.startsWith('[ERROR] Failed to execute goal dev.devflow:devflow-maven-plugin:') }
assert failure != null
assert failure.contains(':test-results (default) on project test-results-fails-malformed-report: devflow test-results: ' + report + ':')
assert failure.contains('the test report is not well-formed XML')
assert failure.contains('a test JVM that crashed leaves such a report. Fix: run the tests again: mvn clean verify.')
assert lines.contains('[INFO] BUILD FAILURE')
assert lines.any { it.contains('Tests run: 1, Failures: 0') }
assert !lines.any { it.contains('at dev.devflow') || it.contains('Caused by:') || it.contains('XMLStreamException') }
