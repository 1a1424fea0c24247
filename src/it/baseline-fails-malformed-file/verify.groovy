// .devflow/baseline.json records a LINE ratio of 1.5 (line 8), edited by hand. Both gates of check
// read the baseline and fail as bad input with the file, its line and the fix, never with a stack
// trace; nothing rewrites the file (only devflow:baseline does). With the gates' baseline switches
// off (build 2) the file is not read and the build passes.
import groovy.json.JsonSlurper

def all = new File(basedir, 'build.log').getText('UTF-8').readLines().findAll { !it.startsWith('[INFO] Download') }
// the two builds, one after the other in build.log
int second = all.findLastIndexOf { it.contains('Scanning for projects') }
assert second > 0
def lines = all.subList(0, second)
def switchedOff = all.subList(second, all.size())
def baselineFile = new File(basedir, '.devflow/baseline.json')
def problem = baselineFile.path + ':8: the LINE ratio must be a number from 0 to 1, not 1.5. Fix: correct it, or run' +
        ' mvn devflow:baseline to write it again.'

assert lines.contains('[INFO] devflow coverage: FAILED — bad input')
assert lines.contains('[INFO] devflow lint: FAILED — bad input')
int error = lines.findIndexOf { it.startsWith('[ERROR] Failed to execute goal ') }
assert lines[error].endsWith(':check (default) on project baseline-fails-malformed-file: devflow: 2 gates failed: coverage, lint')
assert lines.subList(error + 1, error + 3) == ['[ERROR] devflow coverage gate failed: bad input', '[ERROR]   ' + problem]
int lint = lines.indexOf('[ERROR] devflow lint gate failed: bad input')
assert lint > error + 2 && lines[lint + 1] == '[ERROR]   ' + problem
assert lines.contains('[INFO] BUILD FAILURE')
assert !lines.any { it ==~ /\s+at [\w.$]+\(.*\)/ || it.startsWith('Caused by:') }

// build 2: the switches keep the file unread, and the gates judge the code alone
assert switchedOff.contains('[INFO] BUILD SUCCESS')
assert !switchedOff.any { it.contains('bad input') || it.contains('baseline.json:8') }
def report = new JsonSlurper().parse(new File(basedir, 'target/devflow/report.json'), 'UTF-8')
assert report.status == 'PASSED'

// the file is as it was, byte for byte
def before = new File(basedir.parentFile, basedir.name + '.baseline-before.json')
assert before.bytes.length > 0
assert baselineFile.bytes == before.bytes
true
