// A linked worktree (git worktree add) of a shallow clone, as a CI job that checks out one commit
// and adds a worktree for a second checkout makes: git keeps the clone's `shallow` list in the
// common directory (this folder's .git), not in the worktree's own git directory
// (.git/worktrees/wt), so a check that looks only there takes the worktree for a full clone.
// The history, built in this folder first: main has A (pom.xml, CHANGELOG.md, A.java) and B
// (CHANGELOG.md's intro edited); feature branches off B with C (A.java changed, no entry); then
// main moves on with D. That repository goes beside this folder (<scenario>-origin.git); this
// folder becomes its shallow clone (depth 1, HEAD = C, origin/main = D: their merge-base B is not
// here), and wt/ a worktree of it at HEAD. Rebuilt from scratch on every run.
def gitIn = evaluate(new File(basedir, '../../../src/it/lib/git.groovy'))
def git = gitIn(basedir, identity: true, unsignedTags: true)
def origin = new File(basedir.parentFile, basedir.name + '-origin.git')
def clone = new File(basedir.parentFile, basedir.name + '-clone')
def worktree = new File(basedir, 'wt')
[new File(basedir, '.git'), worktree, origin, clone].each { it.deleteDir() }
def write = { String path, String text ->
    def file = new File(basedir, path)
    file.parentFile.mkdirs()
    file.setText(text, 'UTF-8')
}
def changelog = { String intro ->
    ['# Changelog', '', intro, '', '## [Unreleased]', '', '### Added', '', '- Greetings.', '',
     '## [1.0.0] - 2024-03-01', '', '### Added', '', '- First release.', ''].join('\n')
}

write('.gitignore', 'build.log\ntarget/\nwt/\n')
write('CHANGELOG.md', changelog('All notable changes.'))
write('src/main/java/A.java', 'public class A {\n}\n')
git(['init', '-q', '-b', 'main'])
git(['add', '.gitignore', 'pom.xml', 'CHANGELOG.md', 'src'])
git(['commit', '-q', '-m', 'A: first release'])
write('CHANGELOG.md', changelog('All notable changes to this project.'))
git(['commit', '-q', '-a', '-m', 'B: changelog intro'])
git(['checkout', '-q', '-b', 'feature'])
write('src/main/java/A.java', 'public class A {\n    static String greet() {\n        return "Bonjour";\n    }\n}\n')
git(['commit', '-q', '-a', '-m', 'C: greet in French'])
git(['checkout', '-q', 'main'])
write('CHANGELOG.md', changelog('All notable changes to this project are here.'))
git(['commit', '-q', '-a', '-m', 'D: changelog intro'])
git(['checkout', '-q', 'feature'])

assert new File(basedir, '.git').renameTo(origin)
gitIn(basedir.parentFile, identity: true)(['clone', '-q', '--depth', '1', '--no-single-branch', '--no-checkout',
        '--branch', 'feature', 'file://' + origin.absolutePath, clone.name])
assert new File(clone, '.git').renameTo(new File(basedir, '.git'))
clone.deleteDir()
git(['reset', '-q'])
git(['worktree', 'add', '-q', '--detach', 'wt', 'HEAD'])
true
