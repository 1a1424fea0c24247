// -Ddevflow.version.tagPattern=release: the old property still reaches the gate (which rejects a
// pattern without {version}, naming the fix), and the log names the property to use instead.
def lines = new File(basedir, 'build.log').getText('UTF-8').readLines()

assert lines.contains('[WARNING] devflow: the property devflow.version.tagPattern is deprecated; set devflow.tagPattern,' +
        ' which the version and release goals both read.')
assert lines.any { it.startsWith('[ERROR] Failed to execute goal') && it.contains(':version (default)') &&
        it.contains("parameter tagPattern: 'release' has no {version}.") }
assert lines.contains('[INFO] BUILD FAILURE')
