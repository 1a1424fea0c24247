// Every run of the scenario starts with an empty cache: a cache left by an earlier run would
// answer build 1.
new File(basedir, 'build-cache').deleteDir()
true
