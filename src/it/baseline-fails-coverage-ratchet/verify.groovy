// Amounts has 6 lines and 6 branches. Build 1: ParseTest and FormatTest cover all of them; the
// baseline records LINE 1.0000 and BRANCH 1.0000. Build 2 runs ParseTest alone: 3 of 6 lines, 4 of 6
// branches. The minimum (0.30) holds, but both ratios fell below the baseline: the gate fails,
// naming the module, both ratios and the fix. Build 3 follows that fix, mvn devflow:baseline, on
// what build 2 left; build 4, with the same single test, passes against the new baseline.
import groovy.json.JsonSlurper

def all = new File(basedir, 'build.log').getText('UTF-8').readLines().findAll { !it.startsWith('[INFO] Download') }
def starts = all.findIndexValues { it == '[INFO] Scanning for projects...' }.collect { it as int }
assert starts.size() == 4
def builds = (0..3).collect { i -> all.subList(starts[i], i < 3 ? starts[i + 1] : all.size()) }
def baselineFile = new File(basedir, '.devflow/baseline.json')
def report = new File(basedir, 'target/devflow/coverage.json')
def module = 'dev.devflow.it:baseline-fails-coverage-ratchet'
def recorded = { String ratios -> ("[INFO] devflow baseline: $module: $ratios coverage ratios, 0 lint and 0 static-analysis" +
        " findings; $baselineFile.path written").toString() }
def fix = ' (tolerance 0.0005): cover the code again, or if the drop is intended, refresh the baseline with mvn devflow:baseline.'

// Build 1: full coverage, recorded.
assert builds[0].contains('[INFO] devflow coverage: passed — line coverage 1.00; the 1 rule limit holds')
assert builds[0].contains(recorded('6'))
assert builds[0].contains('[INFO] BUILD SUCCESS')

// Build 2: the rule holds, the baseline does not.
def second = builds[1]
assert second.contains('[INFO] devflow coverage: FAILED — line coverage 0.50; the 1 rule limit holds; coverage fell below the baseline')
assert second.any { it ==~ /\[INFO\]   overall line coverage: BUNDLE LINE COVEREDRATIO +0\.50  ≥ 0\.30 +ok \(3 of 6 lines covered\)/ }
assert second.any { it ==~ /\[INFO\]   LINE against the baseline +0\.5000  ≥ 0\.9995 +MISSED \(recorded 1\.0000\)/ }
assert second.any { it ==~ /\[INFO\]   BRANCH against the baseline +0\.6667  ≥ 0\.9995 +MISSED \(recorded 1\.0000\)/ }
int error = second.findIndexOf { it.startsWith('[ERROR] Failed to execute goal ') }
assert second[error].endsWith(":coverage (default) on project baseline-fails-coverage-ratchet: devflow coverage gate failed:" +
        ' line coverage 0.50; the 1 rule limit holds; coverage fell below the baseline')
assert second[error + 1] == "[ERROR]   $module: LINE coverage fell from 1.0000 to 0.5000$fix".toString()
assert second[error + 2] == "[ERROR]   $module: BRANCH coverage fell from 1.0000 to 0.6667$fix".toString()
assert second.contains('[INFO] BUILD FAILURE')

// Build 3: the baseline alone, from the classes and the JaCoCo data build 2 left.
assert builds[2].contains(recorded('6'))
assert !builds[2].any { it.contains(':coverage (default)') || it.contains('Tests run:') }
assert builds[2].contains('[INFO] BUILD SUCCESS')

// Build 4: held to the new baseline, and met.
def fourth = builds[3]
assert fourth.contains('[INFO] devflow coverage: passed — line coverage 0.50; the 1 rule limit holds')
assert fourth.any { it ==~ /\[INFO\]   LINE against the baseline +0\.5000  ≥ 0\.4995 +ok \(recorded 0\.5000\)/ }
assert fourth.any { it ==~ /\[INFO\]   BRANCH against the baseline +0\.6667  ≥ 0\.6662 +ok \(recorded 0\.6667\)/ }
assert fourth.contains('[INFO] BUILD SUCCESS')
assert !all.any { it ==~ /\s+at [\w.$]+\(.*\)/ || it.startsWith('Caused by:') }

// The baseline as build 3 left it: four decimals, every counter, in JaCoCo's order.
assert baselineFile.getText('UTF-8').contains('''\
      "coverage": {
        "INSTRUCTION": 0.3056,
        "BRANCH": 0.6667,
        "LINE": 0.5000,
        "COMPLEXITY": 0.6000,
        "METHOD": 0.5000,
        "CLASS": 1.0000
      },
''')
def baseline = new JsonSlurper().parse(baselineFile, 'UTF-8')
assert baseline.modules.keySet() as List == [module]
assert baseline.modules[module].coverage.LINE == 0.5 && baseline.modules[module].coverage.BRANCH == 0.6667

// Build 4's report.
def json = new JsonSlurper().parse(report, 'UTF-8')
assert json.status == 'PASSED'
def line = json.measurements.find { it.name == 'LINE against the baseline' }
assert line.subMap(['value', 'detail', 'threshold', 'met']) ==
        [value: '0.5000', detail: 'recorded 0.5000', threshold: [minimum: 0.4995], met: true]
assert json.measurements.find { it.name == 'BRANCH against the baseline' }.met == true
true
