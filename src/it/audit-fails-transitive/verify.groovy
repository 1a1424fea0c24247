// A vulnerable dependency that comes through another module: named with the path that brings it
// in and placed at the line to change (app's <dependency> on lib-a, or the parent's managing
// entry); a managed version that fixes it passes.
def osv = System.properties['devflow.it.osv.audit-fails-transitive']
osv.server.stop(0)
def all = new File(basedir, 'build.log').getText('UTF-8').readLines()
def starts = all.findIndexValues { it.contains('Scanning for projects') }*.intValue()
assert starts.size() == 3
def builds = [all.subList(starts[0], starts[1]), all.subList(starts[1], starts[2]), all.subList(starts[2], all.size())]
def lineOf = { String pom, String text, int after = 0 ->
    def lines = new File(basedir, pom).readLines()
    (after..<lines.size()).find { lines[it].contains(text) } + 1
}
String path = 'Brought in by app -> lib-a 1.0.0-SNAPSHOT -> commons-text 1.9.'

// 1: at app's <dependency> on lib-a (the line above its groupId)
int libA = lineOf('app/pom.xml', '<artifactId>lib-a</artifactId>') - 2
assert builds[0].contains('[INFO] BUILD FAILURE')
assert builds[0].contains('[INFO] devflow audit: skipped (devflow.audit.skip)')
assert builds[0].any { it.contains("app/pom.xml:${libA}  org.apache.commons:commons-text 1.9 has GHSA-599f-7c49-w659") &&
        it.contains('Upgrade to 1.10.0. ' + path) }

// 2: managed to 1.10.0
assert builds[1].contains('[INFO] BUILD SUCCESS')
assert builds[1].any { it ==~ /\[INFO\] devflow audit: passed — \d+ dependencies, no known vulnerability/ }

// 3: at the parent's managing entry inside the profile managed-old
int profile = lineOf('pom.xml', '<id>managed-old</id>')
int managed = lineOf('pom.xml', '<artifactId>commons-text</artifactId>', profile) - 2
assert builds[2].contains('[INFO] BUILD FAILURE')
assert builds[2].any { it.contains("pom.xml:${managed}  org.apache.commons:commons-text 1.9 has GHSA-599f-7c49-w659") &&
        it.contains(path) && !it.contains('app/pom.xml') }
