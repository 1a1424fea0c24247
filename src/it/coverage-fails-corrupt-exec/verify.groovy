// exec-data/corrupt.exec is copied to target/ and matches the default dataFiles glob *.exec;
// the gate must name the file and fail with a sentence, not a stack trace.
def lines = new File(basedir, 'build.log').getText('UTF-8').readLines()
def corrupt = new File(basedir, 'target/corrupt.exec')
assert corrupt.isFile() : 'the corrupt file was not planted'

def errors = lines.findAll { it.startsWith('[ERROR] Failed to execute goal ') }
assert errors.size() == 1
def error = errors[0]
assert error ==~ /\[ERROR\] Failed to execute goal dev\.devflow:devflow-maven-plugin:[^:]+:coverage \(default\) on project coverage-fails-corrupt-exec: devflow coverage: .*/
assert error.contains(corrupt.path + ': ')
assert error.contains('is not a valid JaCoCo execution data file')
assert error.contains('Invalid execution data file')  // JaCoCo's own reason
assert error.contains('mvn clean verify')
assert lines.contains('[INFO] BUILD FAILURE')
assert lines.any { it.contains('MojoFailureException') }  // a build failure, not an internal error
// No Java stack trace anywhere.
assert !lines.any { it.contains('at dev.devflow') || it.contains('Exception in thread') || it.contains('Caused by:') }
assert !lines.any { it ==~ '\\s+at [\\w.$]+ ?\\(.*\\)' }
