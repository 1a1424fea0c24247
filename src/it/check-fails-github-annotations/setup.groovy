// Tags v1.2.0 and v1.3.0; the changelog's latest release is 1.3.0, the version 1.4.0-SNAPSHOT.
// A repository of the scenario's own, so that JGit does not find the plugin's repository around
// target/it. Rebuilt from scratch on every run (the clone of an earlier run may still be there).
def git = { List<String> args ->
    def command = ['git', '-c', 'user.name=devflow IT', '-c', 'user.email=it@devflow.invalid',
                   '-c', 'commit.gpgsign=false', '-c', 'tag.gpgsign=false', '-c', 'core.autocrlf=false'] + args
    def process = command.execute(null, basedir)
    def out = new StringBuilder()
    def err = new StringBuilder()
    process.waitForProcessOutput(out, err)
    assert process.exitValue() == 0 : "${command.join(' ')} failed:\n$out$err"
}
new File(basedir, '.git').deleteDir()
git(['init', '-q', '-b', 'main'])
git(['add', '.'])
git(['commit', '-q', '-m', 'Release'])
git(['tag', 'v1.2.0'])
git(['tag', 'v1.3.0'])
