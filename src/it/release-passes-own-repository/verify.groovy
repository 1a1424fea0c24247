// devflow:release on a copy of devflow-maven-plugin's own repository: the version comes from the
// plugin's own CHANGELOG.md, so it is read from the log rather than written here; everything else
// is held to what the release of any project must do: two commits, an annotated tag whose message
// is the changelog section (and release-notes.md), the version edited and no other byte of the pom
// changed, the changelog rolled, a clean tree and no journal left behind.
def gitIn = evaluate(new File(basedir, '../../../src/it/lib/git.groovy'))
def gitBytes = gitIn(basedir, bytes: true)
def git = { List<String> args -> new String(gitBytes(args), 'UTF-8') }
def lines = new File(basedir, 'build.log').getText('UTF-8').readLines()
def planned = lines.find { it.startsWith('[INFO] Release ') && it.contains(' bump from ') }
assert planned != null : 'no release plan in the log'
def version = (planned =~ /^\[INFO\] Release (\d+\.\d+\.\d+) \(/)[0][1]
def originalPom = new File(basedir, 'originals/pom.xml').getText('UTF-8')
def snapshot = (originalPom =~ /<artifactId>devflow-maven-plugin<\/artifactId>\s*<version>([^<]+)<\/version>/)[0][1]
def today = java.time.LocalDate.now(java.time.ZoneOffset.UTC).toString()

assert lines.contains('[INFO] Verifying the release state: mvn validate')
assert lines.contains("[INFO] Building devflow-maven-plugin $version".toString()) : 'the child build did not see the release version'
assert lines.count { it == '[INFO] BUILD SUCCESS' } == 2 : 'the child build and the release both succeed'

def subjects = git(['log', '--format=%s']).readLines()
assert subjects.size() == 3 && subjects[1] == "Release v$version" && subjects[2] == 'devflow-maven-plugin as this build sees it'
def next = (subjects[0] =~ /^Start (\S+-SNAPSHOT) after v/ + java.util.regex.Pattern.quote(version) + /$/)[0][1]
assert git(['tag', '-l']).readLines() == ["v$version".toString()]
assert git(['cat-file', '-t', "v$version"]).trim() == 'tag'
assert git(['rev-parse', "v$version^{commit}"]) == git(['rev-parse', 'HEAD~1'])

// The pom: the project version, and nothing else.
def versionLine = { String v -> "<artifactId>devflow-maven-plugin</artifactId>\n  <version>$v</version>".toString() }
assert originalPom.contains(versionLine(snapshot))
assert git(['show', "v$version:pom.xml"]) == originalPom.replace(versionLine(snapshot), versionLine(version))
assert git(['show', 'HEAD:pom.xml']) == originalPom.replace(versionLine(snapshot), versionLine(next))
assert new File(basedir, 'pom.xml').getText('UTF-8') == git(['show', 'HEAD:pom.xml'])

// The changelog: a dated section under a new, empty [Unreleased]; the second commit leaves it.
def originalChangelog = new File(basedir, 'originals/CHANGELOG.md').getText('UTF-8')
def rolled = git(['show', "v$version:CHANGELOG.md"])
assert rolled == originalChangelog.replaceFirst(/(?m)^## \[Unreleased\]\n/, "## [Unreleased]\n\n## [$version] - $today\n")
assert git(['show', 'HEAD:CHANGELOG.md']) == rolled

// The tag's message is that section, verbatim, and so are the release notes.
def tagObject = git(['cat-file', 'tag', "v$version"])
def message = tagObject.substring(tagObject.indexOf('\n\n') + 2)
def notes = new File(basedir, 'target/devflow/release-notes.md').getText('UTF-8')
assert message == notes
assert message.startsWith('### Added\n') && rolled.contains('\n' + message)

assert git(['status', '--porcelain']).trim().isEmpty()
assert !new File(basedir, '.git/devflow-release.json').exists()
assert !lines.any { it.startsWith('[ERROR]') }
true
