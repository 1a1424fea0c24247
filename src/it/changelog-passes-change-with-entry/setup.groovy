// main: pom.xml, CHANGELOG.md (one [Unreleased] entry) and src/main/java/A.java. Branch feature
// changes A.java and adds an entry under [Unreleased], both committed.
// A repository of the scenario's own, so that JGit does not find the plugin's repository around
// target/it. Rebuilt from scratch on every run (the clone of an earlier run may still be there).
def gitIn = evaluate(new File(basedir, '../../../src/it/lib/git.groovy'))
def git = gitIn(basedir, identity: true, unsignedTags: true)
new File(basedir, '.git').deleteDir()
git(['init', '-q', '-b', 'main'])
def write = { String path, String text ->
    def file = new File(basedir, path)
    file.parentFile.mkdirs()
    file.setText(text, 'UTF-8')
}
def changelog = { List<String> unreleased ->
    (['# Changelog', '', '## [Unreleased]', '', '### Added', ''] + unreleased.collect { '- ' + it } +
            ['', '## [1.0.0] - 2024-03-01', '', '### Added', '', '- First release.', '']).join('\n')
}

write('CHANGELOG.md', changelog(['Greetings.']))
write('src/main/java/A.java', 'public class A {\n}\n')
git(['add', 'pom.xml', 'CHANGELOG.md', 'src'])
git(['commit', '-q', '-m', 'First release'])
git(['checkout', '-q', '-b', 'feature'])
write('src/main/java/A.java', 'public class A {\n    static String greet() {\n        return "Bonjour";\n    }\n}\n')
write('CHANGELOG.md', changelog(['Greetings.', 'A.greet() says Bonjour.']))
git(['commit', '-q', '-a', '-m', 'Greet in French'])
true
