// Build 1 writes the baseline; build 2 runs devflow:baseline again on the same build output, finds
// the same content and leaves the file alone: "unchanged", and its time is still build 1's. The
// file is what a reviewer reads in a diff: two-space indentation, modules and gates by name,
// findings by path then rule, one newline at the end. The fingerprints are pinned: a change in how
// they are computed would turn every finding in every committed baseline into a new one.
import java.time.OffsetDateTime

def all = new File(basedir, 'build.log').getText('UTF-8').readLines()
def starts = all.findIndexValues { it == '[INFO] Scanning for projects...' }.collect { it as int }
assert starts.size() == 2
def first = all.subList(starts[0], starts[1])
def second = all.subList(starts[1], all.size())
def baselineFile = new File(basedir, '.devflow/baseline.json')
def logged = { String outcome -> ('[INFO] devflow baseline: dev.devflow.it:baseline-passes-unchanged-not-rewritten: 0 coverage' +
        ' ratios, 2 lint and 1 static-analysis findings; ' + baselineFile.path + ' ' + outcome).toString() }

assert first.contains(logged('written'))
assert first.contains('[INFO] BUILD SUCCESS')
assert second.contains(logged('unchanged'))
assert second.contains('[INFO] BUILD SUCCESS')
assert !all.any { it.startsWith('[ERROR]') || it.startsWith('[WARNING]') && it.contains('devflow') }

// Not written by build 2: the file's time is no later than the end of build 1 (Maven logs it to
// the second; build 2 takes seconds to analyse before it could write).
def finished = first.find { it.startsWith('[INFO] Finished at: ') } - '[INFO] Finished at: '
long firstEnd = OffsetDateTime.parse(finished).toInstant().toEpochMilli()
assert baselineFile.lastModified() < firstEnd + 1000 : "baseline.json modified at ${new Date(baselineFile.lastModified())}, after build 1 ($finished)"
// and nothing else was left in the committed folder (no temporary file)
assert baselineFile.parentFile.list() as List == ['baseline.json']

def expected = '''\
{
  "schemaVersion": 1,
  "modules": {
    "dev.devflow.it:baseline-passes-unchanged-not-rewritten": {
      "coverage": {},
      "findings": {
        "lint": [
          {
            "fingerprint": "96ab16010018fb3d",
            "rule": "lint.EmptyCatchBlock",
            "path": "src/main/java/it/legacy/Orders.java"
          },
          {
            "fingerprint": "3781825c931634b1",
            "rule": "lint.UnusedPrivateField",
            "path": "src/main/java/it/legacy/Stock.java"
          }
        ],
        "static-analysis": [
          {
            "fingerprint": "13b4050092898d65",
            "rule": "static-analysis.UUF_UNUSED_FIELD",
            "path": "src/main/java/it/legacy/Stock.java"
          }
        ]
      }
    }
  }
}
'''
assert new String(baselineFile.bytes, 'UTF-8') == expected
true
