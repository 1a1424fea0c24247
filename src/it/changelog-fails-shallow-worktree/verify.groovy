// In a linked worktree of a shallow clone the changelog's "change without entry" check cannot find
// the merge-base of HEAD and origin/main, and says the clone is shallow and how to fetch the history
// (before devflow read `shallow` from the common directory, it said only "no common history").
import groovy.json.JsonSlurper

def gitIn = evaluate(new File(basedir, '../../../src/it/lib/git.groovy'))
def worktree = new File(basedir, 'wt')
// The fixture itself: wt/ is a linked worktree (.git is a file) of this shallow clone, without a
// shallow file of its own, and git cannot find the merge-base there either.
def wtGit = gitIn(worktree, check: false)
assert new File(worktree, '.git').isFile()
assert wtGit(['rev-parse', '--is-shallow-repository']) == [0, 'true\n']
def gitDir = wtGit(['rev-parse', '--git-dir'])[1].trim()
assert gitDir.contains('worktrees') && !new File(gitDir, 'shallow').exists()
assert new File(basedir, '.git/shallow').isFile()
assert wtGit(['merge-base', 'HEAD', 'origin/main'])[0] != 0

def logs = [new File(basedir, 'build.log'), new File(worktree, 'build.log')].findAll { it.isFile() }
def all = logs.collectMany { it.getText('UTF-8').readLines() }
def starts = all.findIndexValues { it.contains('Scanning for projects') }*.intValue()
assert starts.size() == 2 : "expected 2 builds in ${logs*.path}"
def first = all.subList(starts[0], starts[1])
def second = all.subList(starts[1], all.size())
def reason = 'the change-without-entry check could not run: the merge-base of HEAD and origin/main is not in' +
        ' this shallow clone. Fetch the full history (actions/checkout: fetch-depth: 0, or git fetch --unshallow).'

assert first.contains('[ERROR]   CHANGELOG.md  ' + reason + ' Set devflow.changelog.failOnGitProblem=false to only warn.')
assert first.contains('[INFO] BUILD FAILURE')
assert !all.any { it.contains('no common history') || it.contains('at dev.devflow') || it.contains('Caused by:') }

assert second.any { it.startsWith('[WARNING]') && it.contains(reason) }
assert second.contains('[INFO] BUILD SUCCESS')
def json = new JsonSlurper().parse(new File(worktree, 'target/devflow/changelog.json'), 'UTF-8')
assert json.findings.collect { [it.rule, it.severity, it.message] } == [['changelog.git', 'WARNING', reason]]
